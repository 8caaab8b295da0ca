# Over 400 lines on purpose: the whole command tree in one place (the contract in PRODUCT.md), one short function per command.
"""The ``boardpapers`` command. Every command takes ``--home`` (default $BOARDPAPERS_HOME, else ./.boardpapers).

Errors are one line on stderr naming the thing and the cause, with a non-zero exit; never a bare traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from boardpapers.errors import BoardpapersError

# boardpapers.models and boardpapers.search (and logging, datetime) are imported where used: `extract` starts
# its extraction worker before they are (see _start_extraction_worker)
if TYPE_CHECKING:
    import datetime as dt

EXIT_ERROR, EXIT_USAGE = 1, 2


class UsageError(BoardpapersError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, like every other error
        raise UsageError(f"{self.prog}: {message}")


def _date(value: str) -> dt.date:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1 or number > 10000:
        raise argparse.ArgumentTypeError(f"must be between 1 and 10000: {value}")
    return number


def _common_options(default) -> argparse.ArgumentParser:
    from boardpapers.search import DEFAULT_ENGINE, engine_names

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=default, help="data directory (default $BOARDPAPERS_HOME, else ./.boardpapers)")
    common.add_argument("--engine", choices=engine_names(), default=default,
                        help=f"search engine (default $BOARDPAPERS_ENGINE, else {DEFAULT_ENGINE})")
    common.add_argument("-v", "--verbose", action="store_true", default=default or False, help="log what happens")
    return common


def build_parser() -> argparse.ArgumentParser:
    from boardpapers.vocabularies import DECISION_KINDS, DOCUMENT_TYPES

    parser = _Parser(prog="boardpapers", description="Meeting papers of Health and Wellbeing Boards, STP/ICS "
                     "boards and NHS bodies: crawl, archive, extract, search.", parents=[_common_options(None)])
    # Options repeated after the sub-command must not reset those given before it: SUPPRESS their defaults.
    common = _common_options(argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("ingest", parents=[common], help="discover → fetch → extract → index, in-process")
    p.add_argument("--sources", help="sources YAML (default $BOARDPAPERS_SOURCES, else sources.yaml)")
    p.add_argument("--source", action="append", default=[], metavar="ID", help="only this source (repeatable)")
    p.add_argument("--full", action="store_true", help="re-list every meeting, not only recent ones")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any document failed")
    p.add_argument("--json", action="store_true", help="print the run summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress display")

    p = sub.add_parser("extract", parents=[common], help="extract one document; nothing is stored")
    p.add_argument("target", metavar="PATH_OR_URL")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", parents=[common], help="search the index")
    p.add_argument("query", metavar="QUERY", nargs="?", default="")
    p.add_argument("--body", action="append", default=[], metavar="ID")
    p.add_argument("--org", action="append", default=[], metavar="NAME")
    p.add_argument("--board-type", action="append", default=[], metavar="T")
    p.add_argument("--type", action="append", default=[], choices=DOCUMENT_TYPES)
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--sort", choices=["relevance", "date", "date_asc"], default="relevance")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--facets", action="store_true")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("attendance", parents=[common], help="attendance trends by period and organisation")
    p.add_argument("--body", action="append", default=[], metavar="ID")
    p.add_argument("--org", action="append", default=[], metavar="NAME")
    p.add_argument("--board-type", action="append", default=[], metavar="T")
    p.add_argument("--by", choices=["year", "quarter", "month"], default="year")
    p.add_argument("--group", choices=["organisation", "organisation_type"], default="organisation")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    p = sub.add_parser("decisions", parents=[common], help="decisions across boards, newest first")
    p.add_argument("query", metavar="QUERY", nargs="?", default="", help="words, \"phrases\", AND / OR / NOT")
    p.add_argument("--body", action="append", default=[], metavar="ID")
    p.add_argument("--org", action="append", default=[], metavar="NAME",
                   help="decisions of meetings this organisation (or its predecessors / successors) attended")
    p.add_argument("--kind", action="append", default=[], choices=DECISION_KINDS)
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=_positive, default=None, help="at most N decisions (default: all)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--facets", action="store_true", help="add counts by board, kind and year")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    p = sub.add_parser("demo", parents=[common], help="serve the bundled sample sites, ingest them, show results")
    p.add_argument("--serve", action="store_true", help="then start the web app on 127.0.0.1:8000")

    p = sub.add_parser("serve", parents=[common], help="the web app and JSON API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("reindex", parents=[common], help="rebuild the index from the catalogue and archive")
    p.add_argument("--re-extract", action="store_true", help="extract again from the archive, ignoring cached results")

    p = sub.add_parser("status", parents=[common], help="per source: last run, counts, errors, documents waiting")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("sources", parents=[common], help="check a sources file and list its sources")
    p.add_argument("--sources", help="sources YAML (default $BOARDPAPERS_SOURCES, else sources.yaml)")
    return parser


def _command_word(argv: list[str]) -> str | None:
    """The sub-command named in ``argv``, read without the parser: the first word that is neither an option nor
    the value of one of the options that come before it (--home, --engine). None where help is asked for."""
    takes_value = False
    for word in argv:
        if takes_value:
            takes_value = False
        elif word in ("-h", "--help"):
            return None
        elif word in ("--home", "--engine"):
            takes_value = True
        elif not word.startswith("-"):
            return word
    return None


def _start_extraction_worker(argv: list[str]):
    """For `extract`: its sandbox worker, forked before this process builds the parser (and imports the search
    engines' registry for it), so the worker's own start (pdfium, the page readers) runs beside this process's
    instead of after it. Not the models (~17 ms: dataclasses written and compiled): the worker imports them while
    its pages are read (``_prepare_rules``, beside the forked reader), and this process's extract path needs none
    (its parser, payload check and ``--json`` reply). None for any other command."""
    if _command_word(argv) != "extract":
        return None
    try:
        from boardpapers.sandbox import ExtractionSandbox

        sandbox = ExtractionSandbox(fork=True)  # this program runs one thread: its worker can be forked
        sandbox.start()
    except Exception:  # only a head start: cmd_extract starts one itself and reports what fails
        return None
    return sandbox


def main(argv: list[str] | None = None) -> int:
    as_program, argv = argv is None, sys.argv[1:] if argv is None else list(argv)
    early = _start_extraction_worker(argv)
    try:
        code = _run(argv, early)
    finally:
        if early is not None:
            early.close()  # cmd_extract closed it already unless the command failed before using it
    if as_program and early is not None:
        _leave(code)
    return code


def _leave(code: int) -> None:
    """`extract` as the program: its output flushed, exit without the interpreter's finalisation (every module
    torn down, ~10 ms of CPU), which the caller would wait for; the sandbox is closed, nothing else is open.
    A flush that fails (a closed pipe) returns, and the ordinary exit reports it."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        return
    os._exit(code)


def _run(argv: list[str], early_sandbox) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "extract":
        args.sandbox = early_sandbox
    import logging

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except BoardpapersError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: still one line, with a hint to get the traceback
        if args.verbose:
            raise
        print(f"error: {type(err).__name__}: {err} (run with -v for details)", file=sys.stderr)
        return EXIT_ERROR


def _settings(args) -> Settings:
    from boardpapers.config import Settings  # imported where used: `extract` starts faster without YAML

    return Settings.from_env(args.home, args.engine)


def _home_lock(args, command: str):
    """One writing run per data directory (see boardpapers/homelock.py)."""
    from boardpapers.homelock import HomeLock

    return HomeLock(_settings(args).home, command)


def _workspace(args, **kwargs):
    from boardpapers.pipeline import Workspace

    return Workspace(_settings(args), **kwargs)


# --- commands ------------------------------------------------------------------------------------------------


def cmd_ingest(args) -> int:
    from boardpapers.config import default_sources_file, load_sources
    from boardpapers.pipeline import ingest

    path = Path(args.sources) if args.sources else default_sources_file()
    sources = load_sources(path)
    if args.source:
        known = {s.id for s in sources}
        unknown = [s for s in args.source if s not in known]
        if unknown:
            raise BoardpapersError(f"source {', '.join(unknown)} is not in {path}")
        sources = [s for s in sources if s.id in args.source]
    progress = None if args.quiet else _progress_printer()
    with _home_lock(args, "ingest"), _workspace(args) as ws:
        summaries = ingest(ws, sources, full=args.full, progress=progress)
    if progress:
        progress.done()
    totals = _totals(summaries)
    if args.json:
        print(json.dumps({"sources": {s.source_id: s.counts() for s in summaries}, "totals": totals}, indent=2,
                         default=str))
    else:
        _print_summary(summaries, totals)
    for summary in summaries:
        if summary.discover.error:
            print(f"error: source {summary.source_id}: {summary.discover.error}", file=sys.stderr)
        for failed in summary.failed:
            print(f"failed: source {summary.source_id}: {failed.url}: {failed.stage}: {failed.error}",
                  file=sys.stderr)
        for skipped in summary.skipped:
            print(f"skipped: source {summary.source_id}: {skipped}", file=sys.stderr)
        for url in summary.discover.undated:
            print(f"undated: source {summary.source_id}: {url}: no meeting date found", file=sys.stderr)
    if summaries and all(s.discover.error for s in summaries):
        return EXIT_ERROR  # nothing could run at all
    if args.strict and (totals["documents_failed"] or totals["sources_failed"]):
        return EXIT_ERROR
    return 0


def _totals(summaries) -> dict:
    keys = ("meetings", "new", "changed", "unchanged", "withdrawn", "indexed", "documents_failed", "skipped",
            "undated", "pages", "attendance_records", "requests", "alerts")
    totals = {k: sum(s.counts()[k] for s in summaries) for k in keys}
    totals["sources"] = len(summaries)
    totals["sources_failed"] = sum(1 for s in summaries if s.discover.error)
    totals["sources_suspect"] = sum(1 for s in summaries if s.discover.suspect)
    return totals


def _print_summary(summaries, totals) -> None:
    print(f"{'source':32} {'meetings':>8} {'new':>5} {'changed':>7} {'unchanged':>9} {'withdrawn':>9} "
          f"{'failed':>6} {'skipped':>7} {'undated':>7} {'pages':>6}  note")
    for s in summaries:
        c = s.counts()
        note = s.discover.error and f"DISCOVERY FAILED: {s.discover.error}" or \
            s.discover.suspect and f"SUSPECT: {s.discover.suspect}" or ""
        print(f"{s.source_id[:32]:32} {c['meetings']:>8} {c['new']:>5} {c['changed']:>7} {c['unchanged']:>9} "
              f"{c['withdrawn']:>9} {c['documents_failed']:>6} {c['skipped']:>7} {c['undated']:>7} {c['pages']:>6}  "
              f"{note}")
    print(f"total: {totals['sources']} sources, {totals['meetings']} meetings, documents {totals['new']} new / "
          f"{totals['changed']} changed / {totals['unchanged']} unchanged / {totals['documents_failed']} failed / "
          f"{totals['skipped']} skipped / {totals['undated']} undated, "
          f"{totals['indexed']} indexed, {totals['pages']} pages, {totals['requests']} requests")


class _progress_printer:
    """One updating line on a terminal; plain lines otherwise (logs, CI)."""

    def __init__(self):
        self.tty = sys.stderr.isatty()

    def __call__(self, message: str) -> None:
        if self.tty:
            width = max(20, os.get_terminal_size(sys.stderr.fileno()).columns - 1)
            sys.stderr.write("\r" + message[:width].ljust(width))
        else:
            sys.stderr.write(message + "\n")
        sys.stderr.flush()

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def cmd_extract(args) -> int:
    from urllib.parse import urlsplit

    from boardpapers.sandbox import ExtractionSandbox

    target = args.target
    content_type = None
    sandbox = getattr(args, "sandbox", None) or ExtractionSandbox(fork=True)
    sandbox.start()  # the worker starts while this process reads the document (unless main started it already)
    try:
        if urlsplit(target).scheme in ("http", "https"):
            from boardpapers.fetch import Fetcher  # requests: only for a URL
            from boardpapers.urls import host_of

            result = Fetcher(default_delay=0).get(target, allowed_hosts=[host_of(target)])
            data, content_type = result.content, result.content_type
        else:
            try:
                data = Path(target).read_bytes()
            except OSError as err:
                raise BoardpapersError(f"{target}: {err.strerror or err}") from None
        from boardpapers.payload import check_payload  # not the pipeline: no catalogue / SQLAlchemy import

        try:  # the same refusals as ingest: empty bodies, HTML error pages where a PDF was promised
            check_payload(target, data, content_type)
        except BoardpapersError as err:
            raise BoardpapersError(f"{target}: {getattr(err, 'reason', '')}: {getattr(err, 'detail', err)}") from None
        # --json: the worker makes the text, printed as it comes (no extraction rebuilt here to be dumped again)
        extract = sandbox.extract_json if args.json else sandbox.extract
        try:
            result = extract(data, content_type=content_type, filename=Path(urlsplit(target).path).name)
        except BoardpapersError as err:
            raise BoardpapersError(f"{target}: {err}") from None
        sandbox.release()  # the worker leaves while the result is printed
        if args.json:
            print(result)
        else:
            _print_extraction(result)
    finally:
        sandbox.close()
    return 0


def _print_extraction(extraction) -> None:
    print(f"title: {extraction.title}\ntype: {extraction.type}\nmeeting date: {extraction.meeting_date}\n"
          f"pages: {len(extraction.pages)}{' (partial)' if extraction.partial else ''}")
    for record in extraction.attendance:
        print(f"  {record.status or '?':14} {record.name}" + (f" — {record.role}" if record.role else "")
              + (f" ({record.organisation_name or record.organisation})" if record.organisation else ""))
    for decision in extraction.decisions:
        print(f"  [{decision.item or '-'}] {decision.text[:100]}")
    for warning in extraction.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _lineage_names(names: list[str]) -> list[str]:
    """``organisations.expand_organisations`` with the bundled gazetteer (imported here: CLI start-up cost)."""
    from boardpapers.extractors.organisations import Gazetteer, expand_organisations

    return expand_organisations(Gazetteer.default(), names)


def cmd_search(args) -> int:
    from boardpapers.models import SearchQuery

    query = SearchQuery(q=args.query, body=args.body, org=_lineage_names(args.org), board_type=args.board_type,
                        type=args.type,
                        date_from=args.date_from, date_to=args.date_to, sort=args.sort, limit=args.limit,
                        offset=max(0, args.offset), facets=args.facets)
    with _workspace(args) as ws:
        result = ws.engine.search(query)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"{result.total} documents" if result.total_exact else f"more than {result.total:,} documents")
    for hit in result.hits:
        snippet = hit.snippet.replace("<mark>", "[").replace("</mark>", "]")
        print(f"- {hit.meeting_date or '????-??-??'} {hit.body} [{hit.type}] {hit.title} (page {hit.page})\n"
              f"  {snippet}\n  {hit.url}")
    return 0


def cmd_attendance(args) -> int:
    from boardpapers.models import TrendQuery

    from boardpapers.search.trends import trend_rows_to_csv

    query = TrendQuery(body=args.body, org=_lineage_names(args.org), board_type=args.board_type, by=args.by,
                       group=args.group, date_from=args.date_from, date_to=args.date_to)
    with _workspace(args) as ws:
        rows = ws.engine.attendance_trends(query)
    if args.csv:
        sys.stdout.write(trend_rows_to_csv(rows))
    elif args.json:
        print(json.dumps({"rows": [r.to_dict() for r in rows]}, indent=2, ensure_ascii=False))
    else:
        from boardpapers.search.trends import RATE_DEFINITION, rate_text

        for r in rows:
            print(f"{r.period:8} {r.organisation}: {rate_text(r)}")
        print(f"\n{RATE_DEFINITION}")
    return 0


def cmd_decisions(args) -> int:
    from boardpapers.models import DecisionQuery

    from boardpapers.search.decisions import decisions_to_csv, decisions_to_json

    query = DecisionQuery(q=args.query, body=args.body, org=_lineage_names(args.org), kind=args.kind,
                          date_from=args.date_from, date_to=args.date_to, limit=args.limit or 1_000_000,
                          offset=max(0, args.offset), facets=args.facets)
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"decisions: --from {args.date_from} is after --to {args.date_to}")
    with _workspace(args) as ws:
        result = ws.engine.search_decisions(query)
        for d in result.decisions:  # the archived copy on this machine (the web app serves it at /archive/)
            record = ws.catalogue.document(d.document_id)
            path = ws.archive.local_path(record.sha256) if record and record.sha256 else None
            d.archive_url = str(path) if path else None
    if args.csv:
        sys.stdout.write(decisions_to_csv(result.decisions))
    elif args.json:
        print(json.dumps(decisions_to_json(result, facets=args.facets), indent=2, ensure_ascii=False))
    else:
        print(f"{result.total} decisions")
        for d in result.decisions:
            item = " ".join(filter(None, [d.item, d.item_title])) or "(no item)"
            print(f"- {d.meeting_date or '????-??-??'} {d.body} [{d.kind}] {item} (page {d.page})\n"
                  f"  {' / '.join(d.text.splitlines())}\n  {d.url}")
        for name, counts in result.facets.items():
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_demo(args) -> int:
    from boardpapers.models import DecisionQuery, SearchQuery, TrendQuery

    from boardpapers.pipeline import ingest
    from boardpapers.samplesites import SampleSites

    settings = _settings(args)
    settings.home.mkdir(parents=True, exist_ok=True)
    with SampleSites.start() as sites:
        sources_file = settings.home / "demo-sources.yaml"
        sources_file.write_text(sites.sources_yaml(), encoding="utf-8")
        print(f"Serving {len(sites.sources())} sample sites on 127.0.0.1; sources written to {sources_file}")
        progress = _progress_printer()
        with _home_lock(args, "demo"), _workspace(args) as ws:
            summaries = ingest(ws, sites.sources(), progress=progress)
            progress.done()
            _print_summary(summaries, _totals(summaries))
            phrase = '"social prescribing"'
            result = ws.engine.search(SearchQuery(q=phrase, limit=5))
            print(f"\n$ boardpapers search '{phrase}'\n{result.total} documents")
            for hit in result.hits:
                snippet = hit.snippet.replace("<mark>", "[").replace("</mark>", "]")
                print(f"- {hit.meeting_date} {hit.body} {hit.title} (page {hit.page})\n  {snippet}")
            rows = ws.engine.attendance_trends(TrendQuery(by="year", org=_lineage_names(["NHS England"])))
            print("\n$ boardpapers attendance --org 'NHS England' --by year")
            from boardpapers.search.trends import RATE_DEFINITION, rate_text

            for r in rows:
                print(f"  {r.period} {r.organisation}: {rate_text(r)}")
            print(f"  {RATE_DEFINITION}")
            result = ws.engine.search_decisions(DecisionQuery(q="approved", limit=3))
            print(f"\n$ boardpapers decisions approved\n{result.total} decisions")
            for d in result.decisions:
                print(f"- {d.meeting_date} {d.body} [{d.kind}] {d.item or ''} {d.item_title or ''}: "
                      f"{' / '.join(d.text.splitlines())[:120]}")
        if args.serve:
            return _serve(args, "127.0.0.1", 8000)
    print(f"\nData is in {settings.home}. Try: boardpapers --home {settings.home} serve")
    return 0


def cmd_serve(args) -> int:
    return _serve(args, args.host, args.port)


def _serve(args, host: str, port: int) -> int:
    import uvicorn

    from boardpapers.web.app import create_app

    settings = _settings(args)
    app = create_app(settings.home, engine=settings.engine)
    print(f"boardpapers web app on http://{host}:{port}/ (data: {settings.home})", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def cmd_reindex(args) -> int:
    from boardpapers.reindex import reindex

    with _home_lock(args, "reindex"), _workspace(args) as ws:
        counts = reindex(ws, re_extract=args.re_extract)
    if counts.get("set_aside"):
        print(f"the corrupt index was set aside as {counts['set_aside']}")
    print(f"reindexed {counts['documents']} documents ({counts['extracted']} re-extracted from the archive, "
          f"{counts['failed']} failed) and {counts['meetings']} meetings into the {ws.settings.engine} engine")
    return 0


def cmd_status(args) -> int:
    from boardpapers.status import source_status

    with _workspace(args) as ws:
        report = source_status(ws)
    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    if not report:
        print("no sources have run yet")
    for item in report:
        last = item["last_discover"] or {}
        flag = " SUSPECT: " + item["suspect"] if item["suspect"] else ""
        flag += " FAILED: " + last["error"] if last.get("status") == "failed" else ""
        print(f"{item['source_id']}: last run {last.get('finished_at') or last.get('started_at') or 'never'} "
              f"({last.get('status', '-')}){flag}")
        print(f"  documents: " + ", ".join(f"{k} {v}" for k, v in sorted(item["documents"].items())))
        print(f"  waiting: {item['waiting']}; meetings known: {item['meetings']}")
        for failure in item["recent_failures"][:5]:
            print(f"  error: {failure['stage']}: {failure['url']}: {failure['reason']}")
        for skipped in item["skipped"]:
            print(f"  skipped: {skipped['url']}: {skipped['reason']}")
        for url in item["undated"]:
            print(f"  undated: {url}: no meeting date found")
    return 0


def cmd_sources(args) -> int:
    from boardpapers.config import default_sources_file, load_sources

    path = Path(args.sources) if args.sources else default_sources_file()
    for source in load_sources(path):
        print(f"{source.id:36} {source.kind:10} {source.board_type:6} {source.entry_url}")
    return 0


COMMANDS = {"ingest": cmd_ingest, "extract": cmd_extract, "search": cmd_search, "attendance": cmd_attendance,
            "decisions": cmd_decisions,
            "demo": cmd_demo, "serve": cmd_serve, "reindex": cmd_reindex, "status": cmd_status,
            "sources": cmd_sources}

if __name__ == "__main__":
    sys.exit(main())
