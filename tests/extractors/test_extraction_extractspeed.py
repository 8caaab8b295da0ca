"""extract_document loads the shipped gazetteer only when attendance first looks a body up (branch extractspeed)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from boardpapers.extractors import extract_document
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.extractors.organisations import Gazetteer

from .conftest import _new_pdf


def _pdf(lines: list[str]) -> bytes:
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_xy(10, 20)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_report_with_no_attendance_does_not_load_the_gazetteer():
    Gazetteer.default.cache_clear()
    extraction = extract_document(_pdf(["Better Care Fund quarterly report", "The plan is on track this quarter."]),
                                  filename="report.pdf")
    assert extraction.attendance == []
    assert Gazetteer.default.cache_info().currsize == 0


def test_attendance_links_bodies_as_with_the_loaded_gazetteer():
    Gazetteer.default.cache_clear()
    data = _pdf(["Minutes of the Health and Wellbeing Board, 18 April 2019",
                 "Present: Cllr Jane Hollis (Cumbria County Council), Dr Amir Patel (NHS England)",
                 "Apologies: Ms Ruth Oduya (Healthwatch Cumbria)"])
    extraction = extract_document(data, filename="minutes.pdf")
    expected = parse_attendance(extraction.pages, Gazetteer.default())
    assert [r.to_dict() for r in extraction.attendance] == [r.to_dict() for r in expected]
    assert [(r.name, r.status) for r in extraction.attendance] == [
        ("Cllr Jane Hollis", "present"), ("Dr Amir Patel", "present"), ("Ms Ruth Oduya", "apologies")]
    council = next(r for r in extraction.attendance if r.name == "Cllr Jane Hollis")
    assert council.organisation_id == Gazetteer.default().match("Cumbria County Council").id


_MALLOC_CHILD = """
import ctypes, sys
from boardpapers.sandbox_worker import keep_freed_memory
libc = ctypes.CDLL(None)
class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                                               "uordblks", "fordblks", "keepcost")]
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype, libc.malloc.argtypes, libc.free.argtypes = ctypes.c_void_p, [ctypes.c_size_t], [ctypes.c_void_p]
if sys.argv[1] == "tuned":
    assert keep_freed_memory()
for size in (1 << 20, 3 << 20):  # blocks of the size pdfium takes and frees for a page
    for _ in range(3):
        before = libc.mallinfo2()
        block = libc.malloc(size)
        held = libc.mallinfo2()
        libc.free(block)
        after = libc.mallinfo2()
        # a block of its own mapping (given back to the kernel when freed), and heap given back by the free
        print(held.hblks - before.hblks, held.arena - after.arena)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_the_worker_keeps_freed_memory_instead_of_faulting_it_back_page_after_page():
    """Measured with glibc's own counters (``mallinfo2``), which do not move with the machine's load as page-fault
    counts do: tuned, a page-sized block comes from the heap and its memory stays there when freed (the next
    page reuses it, no page faults); with glibc's defaults the same block is a mapping of its own, unmapped
    when freed and faulted in again for the next page."""
    def blocks(mode: str) -> list[tuple[int, int]]:
        out = subprocess.run([sys.executable, "-c", _MALLOC_CHILD, mode], capture_output=True, text=True)
        if out.returncode and "mallinfo2" in out.stderr:
            pytest.skip("glibc older than 2.33 (no mallinfo2)")
        assert out.returncode == 0, out.stderr
        return [tuple(map(int, line.split())) for line in out.stdout.split("\n") if line]

    assert blocks("tuned") == [(0, 0)] * 6  # never a mapping of its own, never given back
    assert (1, 0) in blocks("default")  # the measure tells the two apart: glibc's default maps such a block
