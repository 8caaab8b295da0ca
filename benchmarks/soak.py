"""Soak benchmark: a generated ModernGov site (web service on) with BOARDS boards x YEARS years of meetings
(10 a year, 3 small PDFs each), a full ingest and an incremental re-run. Not a test.

    .venv/bin/python benchmarks/soak.py --boards 150 --years 10 --process-limit 500 \
        [--home DIR] [--report benchmarks/results/soak.md]

Phases (each timed, with fetcher and server-side request counts):
1. discover   every source (GetMeetings + GetMeeting per meeting), documents recorded as pending;
2. fetch      every pending document downloaded and archived (exactly what ``process_document`` does first,
              via ``pipeline._current_bytes``);
3. process    extraction + indexing (``process_document``) for a sample of ``--process-limit`` documents: all
              documents of meetings inside the re-check window first (so the incremental run re-checks indexed
              documents as it would in production), then a seeded random sample; the full-processing time is
              extrapolated from the sample and labelled as such;
4. incremental every source discovered again without ``full`` and every new/changed document processed:
              must cost only listing and conditional requests, and download no document.

With ``--process-limit 0`` (or >= the document count) the whole corpus is processed.

The site runs in a child process (so its CPU does not share the benchmark's GIL); it generates everything on
the fly: XML from the meeting number, and each PDF from one hand-written template with a varying text line
(valid PDF 1.4 with a correct xref table).
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.server
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MEETINGS_PER_YEAR = 10
DOCS_PER_MEETING = 3
DOC_KINDS = ("Agenda", "Minutes", "Report")
LAST_MODIFIED = "Mon, 02 Mar 2026 10:00:00 GMT"


# --- the generated site --------------------------------------------------------------------------------------


FILLER = ("The board considered the paper on {topic} presented by the director, asked about the timetable for the "
          "next stage and the resources committed by each partner, and heard how residents had been engaged.")
TOPICS = ("the joint strategic needs assessment", "the better care fund plan", "childhood immunisation",
          "social prescribing", "the pharmaceutical needs assessment", "winter pressures", "mental health crisis care")


def minutes_pdf(first_page: list[str], pages: int = 1, seed: int = 0) -> bytes:
    """A valid PDF of ``pages`` A4 pages in Helvetica, built by string formatting (microseconds): ``first_page``
    lines, then pages of minutes-like narrative (about 45 lines of 80 characters each), varying with ``seed``."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def narrative(page: int) -> list[str]:
        words = " ".join(FILLER.format(topic=TOPICS[(seed + page + i) % len(TOPICS)]) for i in range(15)).split()
        lines, line = [f"{page + 1}. Item {seed % 97 + page}"], ""
        for word in words:
            if len(line) + len(word) > 80:
                lines.append(line)
                line = ""
            line = f"{line} {word}".strip()
        return lines[:46]

    page_lines = [first_page] + [narrative(n) for n in range(1, pages)]
    font = 3 + 2 * pages  # objects: catalog, pages, then (page, contents) per page, then the font
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * n) for n in range(pages)), pages)]
    for n, lines in enumerate(page_lines):
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"] + [f"({esc(line)}) Tj T*" for line in lines] + ["ET"]
        stream = "\n".join(ops).encode("latin-1", "replace")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                       b">> >> /Contents %d 0 R >>" % (font, 4 + 2 * n))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class World:
    """Meetings are numbered; everything about one is computed from its number."""

    def __init__(self, boards: int, years: int, today: dt.date, pages: int = 1):
        self.boards, self.years, self.pages = boards, years, pages
        self.per_board = years * MEETINGS_PER_YEAR
        self.start = today - dt.timedelta(days=365 * years - 60)  # the last meetings are ~2 months ahead
        self.step = 365 / MEETINGS_PER_YEAR

    def date(self, index: int) -> dt.date:
        return self.start + dt.timedelta(days=int(index * self.step))

    def meeting_id(self, board: int, index: int) -> int:
        return board * 100_000 + index + 1

    def split(self, meeting_id: int) -> tuple[int, int]:
        return meeting_id // 100_000, meeting_id % 100_000 - 1

    def committee_id(self, board: int) -> int:
        return 1000 + board


def _handler(world: World, stats: Counter, lock: threading.Lock):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body in two writes meet delayed ACK: 40 ms a request

        def log_message(self, *args):
            pass

        def send(self, status, body=b"", ctype="text/xml; charset=utf-8", headers=None):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)) if status != 304 else "0")
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def count(self, key):
            with lock:
                stats[key] += 1
                stats["requests"] += 1

        def do_GET(self):
            parts = urlsplit(self.path)
            path, q = parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}
            if path == "/__stats":
                return self.send(200, json.dumps(dict(stats)).encode(), "application/json")
            if path == "/robots.txt":
                self.count("robots")
                return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            segments = path.strip("/").split("/")
            try:
                board = int(segments[0][1:])
            except (ValueError, IndexError):
                self.count("not_found")
                return self.send(404, b"no")
            base = f"http://{self.headers['Host']}/b{board}/"
            if path.endswith("mgWebService.asmx/GetMeetings"):
                self.count("GetMeetings")
                lo = dt.datetime.strptime(q["sFromDate"], "%d/%m/%Y").date()
                hi = dt.datetime.strptime(q["sToDate"], "%d/%m/%Y").date()
                rows = []
                for i in range(world.per_board):
                    day = world.date(i)
                    if lo <= day <= hi:
                        rows.append(f"<meeting><meetingid>{world.meeting_id(board, i)}</meetingid>"
                                    f"<meetingdate>{day:%d/%m/%Y}</meetingdate><meetingtime>14:00</meetingtime>"
                                    f"<meetingstatus>Confirmed</meetingstatus></meeting>")
                body = (f'<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>'
                        f'{world.committee_id(board)}</committeeid><committeetitle>Board {board}</committeetitle>'
                        f'<committeemeetings>{"".join(rows)}</committeemeetings></committee></getmeetings>')
                return self.send(200, body.encode())
            if path.endswith("mgWebService.asmx/GetMeeting"):
                self.count("GetMeeting")
                mid = int(q["lMeetingId"])
                b, i = world.split(mid)
                day = world.date(i)
                docs = "".join(
                    f"<linkeddoc><attachmentid>{mid * 10 + k}</attachmentid><title>{kind} {day:%d %B %Y}</title>"
                    f"<url>{base}documents/s{mid * 10 + k}/{kind}.pdf</url>"
                    f"<publicationdate>{day - dt.timedelta(days=7):%d/%m/%Y}</publicationdate></linkeddoc>"
                    for k, kind in enumerate(DOC_KINDS))
                body = (f'<?xml version="1.0" encoding="utf-8"?><getmeeting><meeting><meetingid>{mid}</meetingid>'
                        f"<committeeid>{world.committee_id(b)}</committeeid><committeetitle>Board {b}"
                        f"</committeetitle><meetingdate>{day:%d/%m/%Y}</meetingdate><meetingtime>14:00"
                        f"</meetingtime><meetingstatus>Confirmed</meetingstatus><meetinglocation>Room {b}"
                        f"</meetinglocation><meetingdocuments>{docs}</meetingdocuments><attendees/>"
                        f"</meeting></getmeeting>")
                return self.send(200, body.encode())
            if len(segments) == 4 and segments[1] == "documents" and segments[2].startswith("s"):
                doc = int(segments[2][1:])
                etag = f'"d{doc}"'
                if self.headers.get("If-None-Match") == etag:
                    self.count("document_304")
                    return self.send(304, headers={"ETag": etag, "Last-Modified": LAST_MODIFIED})
                self.count("document_200")
                mid, k = divmod(doc, 10)
                b, i = world.split(mid)
                kind = DOC_KINDS[k]
                pdf = minutes_pdf([f"Board {b} Health and Wellbeing Board", f"{kind} of the meeting on "
                                   f"{world.date(i):%d %B %Y}", f"Document reference soakdoc{doc}",
                                   "Present: Councillor A Example (Chair), B Sample (Director of Public Health)",
                                   "RESOLVED: that the report be noted."], world.pages, seed=doc)
                return self.send(200, pdf, "application/pdf", {"ETag": etag, "Last-Modified": LAST_MODIFIED})
            self.count("not_found")
            return self.send(404, b"no")

    return Handler


def serve(boards: int, years: int, today: str, port_queue, pages: int = 1) -> None:
    world = World(boards, years, dt.date.fromisoformat(today), pages)
    stats, lock = Counter(), threading.Lock()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(world, stats, lock))
    httpd.daemon_threads = True
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever(poll_interval=0.2)


def server_stats(port: int) -> Counter:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats", timeout=10) as response:
        return Counter(json.loads(response.read()))


# --- the benchmark -------------------------------------------------------------------------------------------


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def descendants_peak_rss_mb() -> dict[int, tuple[str, float]]:
    """VmHWM (peak RSS) of every live descendant process (extraction workers, the forkserver, the site)."""
    parents, names = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        pid = int(stat.parent.name)
        names[pid] = text[text.index("(") + 1:text.rindex(")")]
        parents[pid] = int(text[text.rindex(")") + 2:].split()[1])
    me, out = os.getpid(), {}
    for pid in parents:
        ancestor, hops = parents.get(pid), 0
        while ancestor and ancestor != me and hops < 10:
            ancestor, hops = parents.get(ancestor), hops + 1
        if ancestor == me:
            try:
                hwm = next(l for l in Path(f"/proc/{pid}/status").read_text().splitlines() if l.startswith("VmHWM"))
                out[pid] = (names[pid], int(hwm.split()[1]) / 1024)
            except (OSError, StopIteration):
                pass
    return out


class Phase:
    def __init__(self, name, ws, port):
        self.name, self.ws, self.port = name, ws, port

    def __enter__(self):
        self.t0 = time.perf_counter()
        self.fetch0 = _snapshot(self.ws.fetcher.stats)
        self.server0 = server_stats(self.port)
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0
        after = _snapshot(self.ws.fetcher.stats)
        self.fetch = {k: after[k] - self.fetch0[k] for k in after}
        server = server_stats(self.port)
        server.subtract(self.server0)
        self.server = {k: v for k, v in server.items() if v}
        print(f"[{self.name}] {self.seconds:.1f}s fetcher={self.fetch} server={self.server}", flush=True)


def _cpu_seconds() -> float:
    """User + system CPU of this process and its waited-for children (the extraction sandboxes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _snapshot(stats) -> dict:
    return {"requests": stats.requests, "conditional": stats.conditional, "not_modified": stats.not_modified,
            "bytes": stats.bytes}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--boards", type=int, default=150)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--process-limit", type=int, default=500,
                        help="documents to extract+index (0 = all); the rest is extrapolated")
    parser.add_argument("--home", type=Path, default=None, help="data directory (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    parser.add_argument("--report", type=Path, default=None, help="write the Markdown report here")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pages", type=int, default=1, help="pages per generated PDF (minutes-like narrative)")
    parser.add_argument("--workers", type=int, default=None,
                        help="extraction workers in the process phase (default: as ingest, one per core)")
    args = parser.parse_args(argv)

    from boardpapers.config import Settings, parse_sources
    from boardpapers.fetch import Fetcher
    from boardpapers.pipeline import ProcessReport, Workspace, _current_bytes, discover, process_document
    from boardpapers.pipeline.run import ExtractionPool

    today = dt.date.today()
    ctx = multiprocessing.get_context("spawn")
    ports = ctx.Queue()
    server = ctx.Process(target=serve, args=(args.boards, args.years, today.isoformat(), ports, args.pages),
                         daemon=True)
    server.start()
    port = ports.get(timeout=30)
    world = World(args.boards, args.years, today, args.pages)
    home = args.home or Path(tempfile.mkdtemp(prefix="soak-"))
    results: dict = {"boards": args.boards, "years": args.years, "pages_per_document": args.pages,
                     "meetings_expected": args.boards * world.per_board,
                     "documents_expected": args.boards * world.per_board * DOCS_PER_MEETING, "home": str(home)}
    try:
        sources = parse_sources({"sources": [
            {"id": f"soak-b{b}", "name": f"Board {b} Health and Wellbeing Board", "kind": "moderngov",
             "base_url": f"http://127.0.0.1:{port}/b{b}/", "committee": str(world.committee_id(b)),
             "board_type": "hwb", "delay_seconds": 0, "from_date": (world.start - dt.timedelta(days=1)).isoformat()}
            for b in range(args.boards)]})
        fetcher = Fetcher(timeout=30, deadline=120, retries=3, backoff=0.2, default_delay=0)
        ws = Workspace(Settings(home=home), fetcher=fetcher)
        phases = {}

        # 1. discovery
        pending: list[tuple] = []
        with Phase("discover", ws, port) as phase:
            for source in sources:
                report = discover(ws, source)
                assert report.error is None, report.error
                pending.extend((source, doc_id) for doc_id in report.to_process)
        phases["discover"] = phase
        results["documents_discovered"] = len(pending)
        results["meetings_catalogued"] = len(ws.catalogue.meetings_for())

        # 2. fetch + archive every document
        fetch_failed = 0
        with Phase("fetch", ws, port) as phase:
            for source, doc_id in pending:
                record = ws.catalogue.document(doc_id)
                try:
                    _current_bytes(ws, source, record, ProcessReport(doc_id))
                except Exception as err:  # noqa: BLE001 - counted, the soak goes on
                    fetch_failed += 1
                    print("fetch failed", record.url, err, file=sys.stderr)
        phases["fetch"] = phase
        results["fetch_failed"] = fetch_failed

        # 3. extraction + indexing: the whole corpus, or a sample led by the meetings inside the re-check window
        limit = args.process_limit if 0 < args.process_limit < len(pending) else len(pending)
        window = today - dt.timedelta(days=sources[0].recheck_days)
        meeting_dates = {m.meeting_id: m.date for m in ws.catalogue.meetings_for()}
        recent, older = [], []
        for source, doc_id in pending:
            record = ws.catalogue.document(doc_id)
            (recent if (meeting_dates.get(record.meeting_id) or today) >= window else older).append((source, doc_id))
        random.Random(args.seed).shuffle(older)
        sample = (recent + older)[:limit]
        process_failed = pages = 0
        by_source: dict[str, list[str]] = {}
        for source, doc_id in sample:
            by_source.setdefault(source.id, []).append(doc_id)
        source_of = {source.id: source for source in sources}
        # the production path: ingest's pool (one extraction child per core; fetch, catalogue and index here)
        pool = ExtractionPool(ws, workers=args.workers)
        cpu0 = _cpu_seconds()
        with Phase("process", ws, port) as phase:
            for source_id, todo in by_source.items():
                if pool.size > 1 and len(todo) > 1:
                    reports = pool.process(todo, source=source_of[source_id], run_id=None, announce=lambda _: None)
                else:
                    reports = [process_document(ws, doc_id, source=source_of[source_id]) for doc_id in todo]
                process_failed += sum(not r.ok for r in reports)
                pages += sum(r.pages for r in reports)
            pool.close()  # its children are waited for here, so their CPU time is counted below
        results["process_cpu_seconds"] = round(_cpu_seconds() - cpu0, 1)
        results["process_workers"] = pool.size
        results["pages_processed"] = pages
        phases["process"] = phase
        results.update(processed=len(sample), process_failed=process_failed, recent_documents=len(recent),
                       index_documents=ws.engine.document_count())

        # 4. incremental re-run
        incremental = Counter()
        with Phase("incremental", ws, port) as phase:
            for source in sources:
                report = discover(ws, source)
                incremental["meetings"] += report.meetings
                incremental["unchanged"] += report.unchanged
                incremental["retry_pending"] += len(report.retry)
                incremental["new"] += len(report.new)
                incremental["changed"] += len(report.changed)
                incremental["modes"] += report.mode == "incremental"
                for doc_id in report.new + report.changed:
                    process_document(ws, doc_id, source=source)
        phases["incremental"] = phase
        results["incremental"] = dict(incremental)
        results["phases"] = {name: {"seconds": round(p.seconds, 1), "fetcher": p.fetch, "server": p.server}
                             for name, p in phases.items()}
        children = descendants_peak_rss_mb()
        results["archive_blobs"] = len(ws.archive.shas())
        results["status_counts"] = ws.catalogue.status_counts()
        ws.close()
        results["data_bytes"] = dir_size(home)
        results["data_parts"] = {p.name: dir_size(p) if p.is_dir() else p.stat().st_size for p in home.iterdir()}
        results["peak_rss_mb"] = {"benchmark": round(peak_rss_mb(), 1),
                                  "largest_child": round(max((m for _, m in children.values()), default=0), 1),
                                  "children": len(children)}
    finally:
        server.terminate()
        server.join(timeout=10)
        if args.home is None and not args.keep:
            shutil.rmtree(home, ignore_errors=True)

    print(json.dumps(results, indent=2, default=str))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(render(results, argv if argv is not None else sys.argv[1:]), encoding="utf-8")
    return 0


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs{mem}, Python {platform.python_version()}"


def render(r: dict, argv: list[str]) -> str:
    p = r["phases"]
    docs, meetings = r["documents_discovered"], r["meetings_catalogued"]
    per_doc = p["process"]["seconds"] / max(r["processed"], 1)
    full_process = per_doc * docs
    measured_total = p["discover"]["seconds"] + p["fetch"]["seconds"] + full_process
    inc = r["incremental"]
    lines = [
        "# Soak benchmark: generated ModernGov site",
        "",
        f"Command: `.venv/bin/python benchmarks/soak.py {' '.join(argv)}`  ",
        f"Machine: {machine()}  ",
        f"Date: {dt.date.today().isoformat()}",
        "",
        f"Site: {r['boards']} boards x {r['years']} years x {MEETINGS_PER_YEAR} meetings/year x {DOCS_PER_MEETING} "
        f"documents = {r['meetings_expected']:,} meetings, {r['documents_expected']:,} documents (ModernGov web "
        f"service on; {r.get('pages_per_document', 1)}-page PDFs generated on the fly with ETag/Last-Modified; served "
        "from a separate process).",
        "",
        "| phase | wall time | fetcher requests | conditional | 304 | bytes | server-side requests |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, ph in p.items():
        f = ph["fetcher"]
        server = ", ".join(f"{k} {v:,}" for k, v in sorted(ph["server"].items()) if k != "requests")
        lines.append(f"| {name} | {ph['seconds']:,.1f} s | {f['requests']:,} | {f['conditional']:,} | "
                     f"{f['not_modified']:,} | {f['bytes']:,} | {ph['server'].get('requests', 0):,} ({server}) |")
    lines += [
        "",
        f"- Catalogued: {meetings:,} meetings, {docs:,} documents; fetch failures {r['fetch_failed']}; "
        f"archive blobs {r['archive_blobs']:,}.",
        f"- Discovery: {p['discover']['seconds'] / max(meetings, 1) * 1000:.1f} ms per meeting; "
        f"fetch+archive: {p['fetch']['seconds'] / max(docs, 1) * 1000:.1f} ms per document.",
        f"- Extraction + indexing **measured on {r['processed']:,} documents** "
        f"({min(r['recent_documents'], r['processed']):,} of them from meetings inside the 90-day re-check window, "
        f"the rest a seeded random sample): "
        f"{per_doc * 1000:.0f} ms per document, {r['process_failed']} failed; index holds "
        f"{r['index_documents']:,} documents.",
        f"- Process phase, through ingest's extraction pool ({r['process_workers']} workers): "
        f"{r['pages_processed']:,} pages in {p['process']['seconds']:,.1f} s wall = "
        f"**{r['pages_processed'] / max(p['process']['seconds'], 1e-9):,.0f} pages/s end to end** "
        f"(fetch from the archive, extraction, catalogue, index), {r['process_cpu_seconds']:,.1f} CPU-s "
        f"= {r['pages_processed'] / max(r['process_cpu_seconds'], 1e-9):,.0f} pages per CPU-second "
        "(this process and the extraction children; the site's server process not included).",
    ]
    if r["processed"] < docs:
        lines.append(f"- **Extrapolated** (not measured): processing all {docs:,} documents ≈ "
                     f"{full_process / 60:,.1f} min, so a full first ingest ≈ {measured_total / 60:,.1f} min "
                     "(discovery + fetch measured, processing extrapolated linearly; the embedded index grows, so "
                     "this is a lower bound).")
    else:
        lines.append(f"- Full first ingest (all phases measured, nothing extrapolated): {measured_total / 60:,.1f} min "
                     f"for {r['pages_processed']:,} pages = {r['pages_processed'] / max(measured_total, 1e-9):,.0f} "
                     "pages/s from an empty data directory to searchable (discovery + download + processing).")
    s_inc = p["incremental"]["server"]
    lines += [
        f"- Incremental re-run: {p['incremental']['seconds']:,.1f} s, {inc.get('modes', 0)} of {r['boards']} "
        f"sources in incremental mode, {inc.get('meetings', 0):,} meetings re-listed (re-check window), "
        f"{inc.get('unchanged', 0):,} documents unchanged, {inc.get('new', 0)} new, {inc.get('changed', 0)} changed; "
        f"**document downloads: {s_inc.get('document_200', 0)}** (304 answers: {s_inc.get('document_304', 0):,}). "
        f"Documents left pending by `--process-limit` ({r['status_counts'].get('pending', 0):,}) belong mostly to old "
        f"meetings outside the window, so incremental discovery does not list them "
        f"({inc.get('retry_pending', 0):,} were listed as retries); `ingest` would pick them up as pending and "
        "process them from the archive, without a download.",
        f"- Data directory: {r['data_bytes'] / 1e6:,.1f} MB ("
        + ", ".join(f"{k} {v / 1e6:,.1f} MB" for k, v in sorted(r["data_parts"].items())) + ").",
        f"- Peak RSS: benchmark process {r['peak_rss_mb']['benchmark']:,.0f} MB; largest of "
        f"{r['peak_rss_mb']['children']} child processes (extraction workers, forkserver, site server) "
        f"{r['peak_rss_mb']['largest_child']:,.0f} MB.",
        f"- Final document statuses: {r['status_counts']}.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
