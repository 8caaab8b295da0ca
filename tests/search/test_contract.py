"""One contract suite, run against both engines: they must give the same answers.

The Elasticsearch run needs the session fixture ``elasticsearch_url`` (tests/engines/elasticsearch), which
skips with its reason when no node is available.
"""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from boardpapers.errors import SearchError
from boardpapers.models import (
    AttendanceRecord,
    Decision,
    DecisionQuery,
    IndexedDocument,
    IndexedMeeting,
    Page,
    SearchQuery,
    TrendQuery,
)
from boardpapers.search import open_engine
from boardpapers.search.trends import NOT_RECORDED, trend_rows_to_csv

D = dt.date
TODAY = D(2024, 1, 1)


def rec(name, status, org=None, org_name=None, org_id=None, org_type=None):
    return AttendanceRecord(name=name, status=status, organisation=org, organisation_name=org_name,
                            organisation_id=org_id, organisation_type=org_type)


def doc(document_id, source, date, pages, *, type="minutes", board_type="hwb", orgs=(), title=None, att=(),
        decisions=(), sha="v1"):
    return IndexedDocument(
        document_id=document_id, source_id=source, board_name=source.replace("-", " ").title(),
        board_type=board_type, title=title or f"{type.title()} {date}", type=type,
        url=f"https://example.org/{document_id}.pdf", meeting_id=f"m-{source}-{date}", meeting_date=date,
        sha256=sha, pages=[Page(i + 1, t) for i, t in enumerate(pages)], organisations=list(orgs),
        attendance=list(att), decisions=list(decisions),
    )


FILLER = "The chair welcomed everyone to the board."

DOCS = [
    doc("d1", "north-hwb", D(2015, 3, 10), [
        FILLER,
        "The board discussed the Better Care Fund and agreed the plan.",
        "Mental health services were reviewed by the meeting.",
    ], orgs=["Northmere County Council", "NHS Northmere CCG"],
        att=[rec("Cllr A", "present", "Northmere CC", "Northmere County Council", "org-ncc")],
        decisions=[Decision(item="5.", text="The Better Care Fund plan was approved.", page=2)]),
    doc("d2", "north-hwb", D(2016, 6, 1), [
        "Agenda for the meeting of the board.",
        "Item 4: Better Care Fund quarterly report.",
    ], type="agenda", orgs=["Northmere County Council"]),
    doc("d3", "south-hwb", D(2017, 9, 20), [
        FILLER,
        "Healthwatch raised concerns about mental wellbeing in care homes.",
        "Commissioning intentions for 2018 were noted.",
    ], orgs=["Southvale Council", "Healthwatch Southvale"]),
    doc("d4", "south-hwb", D(2018, 1, 15), [
        "The Better Care Fund was not discussed; social care funding was.",
    ], type="report", orgs=["Southvale Council"]),
    doc("d5", "east-stp", D(2019, 11, 5), [
        FILLER,
        "Sustainability and transformation partnership: the commissioner presented the estates strategy.",
    ], board_type="stp", orgs=["NHS Eastshire CCG"]),
    doc("d6", "east-stp", D(2020, 2, 28), [
        "COVID-19 preparedness: <script>alert('x')</script> & other risks.",
        "Mental health crisis care & A&E pressures.",
    ], board_type="stp", type="report", orgs=["NHS Eastshire CCG", "Eastshire Hospitals Trust"]),
    doc("d7", "north-hwb", D(2019, 4, 2), [
        "Pharmaceutical needs assessment consultation.",
    ], type="other", orgs=["NHS Northmere CCG"]),
]


MEETINGS = [
    IndexedMeeting("m1", "north-hwb", "North Hwb", "hwb", D(2016, 2, 1), "held", attendance=[
        rec("Cllr A", "present", "Northmere CC", "Northmere County Council", "org-ncc", "council"),
        rec("Cllr B", "apologies", "Northmere CC", "Northmere County Council", "org-ncc", "council"),
        rec("Dr C", "present", "NHS Northmere CCG", "NHS Northmere CCG", "org-nccg", "ccg"),
        rec("Ms D", "present", None),
    ]),
    IndexedMeeting("m2", "north-hwb", "North Hwb", "hwb", D(2016, 5, 3), "held", attendance=[
        rec("Cllr B", "apologies", "Northmere CC", "Northmere County Council", "org-ncc", "council"),
        rec("Mr E", "substitute", "NHS Northmere CCG", "NHS Northmere CCG", "org-nccg", "ccg"),
    ]),
    IndexedMeeting("m3", "north-hwb", "North Hwb", "hwb", D(2016, 9, 7), "held", attendance=[]),  # not recorded
    IndexedMeeting("m4", "north-hwb", "North Hwb", "hwb", D(2016, 11, 7), "cancelled", attendance=[
        rec("Cllr A", "present", "Northmere CC", "Northmere County Council", "org-ncc", "council"),
    ]),
    IndexedMeeting("m5", "south-hwb", "South Hwb", "hwb", D(2017, 3, 1), "held", attendance=[
        rec("Ms F", "present", "Healthwatch Southvale", "Healthwatch Southvale", "org-hws", "healthwatch"),
        rec("Cllr G", "absent", "Southvale Council", "Southvale Council", "org-svc", "council"),
    ]),
    IndexedMeeting("m6", "south-hwb", "South Hwb", "hwb", D(2030, 1, 1), "held", attendance=[
        rec("Ms F", "present", "Healthwatch Southvale", "Healthwatch Southvale", "org-hws", "healthwatch"),
    ]),  # in the future: not held yet
    IndexedMeeting("m7", "north-hwb", "North Hwb", "hwb", D(2018, 7, 1), "held", attendance=[]),
]


@pytest.fixture(params=["embedded", "elasticsearch"])
def engine(request, home):
    if request.param == "embedded":
        eng = open_engine("embedded", home=home)
        yield eng
        eng.close()
    else:
        url = request.getfixturevalue("elasticsearch_url")
        eng = open_engine("elasticsearch", home=home, url=url, index_prefix=f"bptest-{uuid.uuid4().hex[:10]}")
        try:
            yield eng
        finally:
            eng.drop()
            eng.close()


@pytest.fixture
def loaded(engine):
    res = engine.index_documents(DOCS)
    assert res.indexed == len(DOCS) and not res.failed
    res = engine.index_meetings(MEETINGS)
    assert res.indexed == len(MEETINGS) and not res.failed
    return engine


def ids(result):
    return {h.document_id for h in result.hits}


def search(engine, q="", **kw):
    kw.setdefault("limit", 50)
    return engine.search(SearchQuery(q=q, **kw))


# --- search ----------------------------------------------------------------------------------------------


def test_phrase_query_finds_exact_docs_and_page(loaded):
    r = search(loaded, '"better care fund"')
    assert r.total == 3 and ids(r) == {"d1", "d2", "d4"}
    pages = {h.document_id: h.page for h in r.hits}
    assert pages == {"d1": 2, "d2": 2, "d4": 1}
    # words in another order are not the phrase
    assert search(loaded, '"fund care better"').total == 0


def test_hit_shape(loaded):
    h = search(loaded, '"estates strategy"').hits[0]
    assert (h.document_id, h.body, h.type, h.page, h.meeting_date) == ("d5", "east-stp", "minutes", 2, D(2019, 11, 5))
    assert h.url == "https://example.org/d5.pdf" and h.title
    d = h.to_dict()
    for key in ("document_id", "title", "body", "meeting_date", "type", "url", "snippet", "page"):
        assert key in d
    assert d["meeting_date"] == "2019-11-05"


def test_stemming(loaded):
    assert ids(search(loaded, "meetings")) == {"d1", "d2"}  # "meeting" on both
    assert "d3" in ids(search(loaded, "commissioned"))  # "Commissioning"


def test_prefix(loaded):
    r = search(loaded, "pharma*")
    assert ids(r) == {"d7"}
    assert ids(search(loaded, "commission*")) == {"d3", "d5"}  # commissioning, commissioner


def test_boolean_operators(loaded):
    assert ids(search(loaded, "mental AND health")) == {"d1", "d6"}
    assert ids(search(loaded, "mental health")) == {"d1", "d6"}
    assert ids(search(loaded, "pharmaceutical OR estates")) == {"d5", "d7"}
    assert ids(search(loaded, '"better care fund" NOT discussed')) == {"d2"}
    assert ids(search(loaded, '"better care fund" -discussed -agreed')) == {"d2"}
    assert ids(search(loaded, '"better care fund" -homes')) == {"d1", "d2", "d4"}
    assert ids(search(loaded, "mental (crisis OR services)")) == {"d1", "d6"}
    # a pure negation: every document with a page lacking the word
    everything = search(loaded, "").total
    assert everything == len(DOCS)
    assert search(loaded, "-zzzunknownword").total == len(DOCS)


def test_stemming_is_the_same_english_stemmer_on_both_engines(loaded):
    loaded.index_documents([doc("g1", "north-hwb", D(2021, 1, 5), ["A generous offer was made to the board."])])
    # Snowball English (Porter2) on both: "general" and "generous" stay apart (the original Porter stemmer
    # reduces both to "gener"), "generously" and "generous" meet
    assert search(loaded, "general").total == 0
    assert ids(search(loaded, "generously")) == {"g1"}
    assert ids(search(loaded, "offering")) == {"g1"}


def test_totals_and_facets_of_and_queries_are_exact(loaded):
    r = loaded.search(SearchQuery(q="mental AND health", facets=True))
    assert (r.total, r.total_exact) == (2, True)
    assert r.facets["board"] == {"north-hwb": 1, "east-stp": 1}
    assert r.facets["type"] == {"minutes": 1, "report": 1}
    r = search(loaded, '"better care fund" OR pharmaceutical')  # counted on the document index
    assert (r.total, r.total_exact) == (4, True)


def test_per_page_semantics(loaded):
    # "plan" is on page 2 of d1 and "reviewed" on page 3: no single page has both
    assert search(loaded, "plan reviewed").total == 0
    assert ids(search(loaded, "plan")) == {"d1"}


def test_filters(loaded):
    assert ids(search(loaded, "care", body=["south-hwb"])) == {"d3", "d4"}
    assert ids(search(loaded, "", board_type=["stp"])) == {"d5", "d6"}
    assert ids(search(loaded, "", type=["agenda", "other"])) == {"d2", "d7"}
    assert ids(search(loaded, "", org=["nhs northmere ccg"])) == {"d1", "d7"}
    assert ids(search(loaded, "", org=["ORG-NCC"])) == {"d1"}  # an attendance record's organisation id
    assert ids(search(loaded, "", org=["Northmere CC"])) == {"d1"}  # the raw name as written
    assert search(loaded, "", org=["Nobody At All"]).total == 0
    assert ids(search(loaded, "", date_from=D(2017, 1, 1), date_to=D(2018, 12, 31))) == {"d3", "d4"}
    assert ids(search(loaded, "care", date_from=D(2018, 1, 15))) == {"d4", "d6"}
    assert ids(search(loaded, "mental", body=["east-stp"], type=["report"], date_to=D(2020, 12, 31))) == {"d6"}


def test_sort_and_paging(loaded):
    r = search(loaded, "", sort="date")
    assert [h.document_id for h in r.hits] == ["d6", "d5", "d7", "d4", "d3", "d2", "d1"]
    r = search(loaded, "", sort="date_asc")
    assert [h.document_id for h in r.hits] == ["d1", "d2", "d3", "d4", "d7", "d5", "d6"]
    r = search(loaded, "plan OR agenda", sort="date", limit=1, offset=1)
    assert r.total == 2 and [h.document_id for h in r.hits] == ["d1"]
    r = search(loaded, "care", sort="relevance", limit=2)
    assert r.total == 5 and len(r.hits) == 2


def test_empty_query_first_page(loaded):
    r = search(loaded, "", body=["south-hwb"], sort="date")
    assert [(h.document_id, h.page) for h in r.hits] == [("d4", 1), ("d3", 1)]
    assert "&lt;" not in r.hits[0].snippet and r.hits[0].snippet.startswith("The Better Care Fund")


def test_facets(loaded):
    f = loaded.search(SearchQuery(q="care", facets=True)).facets
    assert f["board"] == {"north-hwb": 2, "south-hwb": 2, "east-stp": 1}
    assert f["year"] == {"2015": 1, "2016": 1, "2017": 1, "2018": 1, "2020": 1}
    assert f["type"] == {"minutes": 2, "agenda": 1, "report": 2}
    assert f["organisation"]["Southvale Council"] == 2
    assert f["organisation"]["Northmere County Council"] == 2
    assert f["organisation"]["Eastshire Hospitals Trust"] == 1
    assert loaded.facets(SearchQuery(board_type=["stp"]))["board"] == {"east-stp": 2}


ALL = {"d1", "d2", "d3", "d4", "d5", "d6", "d7"}
CARE = {"d1", "d2", "d3", "d4", "d6"}  # the documents with the word "care"


@pytest.mark.parametrize("q,expected", [
    # nothing left but operators or punctuation: the query means "everything", as an empty one does
    ("(", ALL), (")", ALL), ("*", ALL), ("AND", ALL), ("OR", ALL), ("NOT", ALL), ("-", ALL), ('""', ALL),
    ("\\", ALL),
    # engine syntax is never syntax here: it is words (a phrase of them when they were joined)
    ('"unbalanced', set()), ("NEAR(", set()), ("NEAR(a b)", set()), ("col:term", set()), ("text:care", set()),
    ("'; DROP TABLE pages; --", set()), ("care^2", set()), ("care~2", set()), ("c*re", set()),
    ("{care}", CARE), ("[care]", CARE), ("*care", CARE), ("care*^", CARE), ("(" * 200 + "care", CARE),
    ("\x00care\x01", CARE), ("care " * 400, CARE),
    ("a AND OR NOT b", {"d6"}),  # dangling operators dropped: a AND NOT b ("A&E" is the only "a")
    ("x" * 10000, set()),
])
def test_hostile_input_means_words(loaded, q, expected):
    r = search(loaded, q)
    assert ids(r) == expected
    assert r.total == len(r.hits)  # one hit per document at this limit


def test_hostile_input_still_means_words(loaded):
    assert ids(search(loaded, "text:pharmaceutical")) == set()  # the phrase "text pharmaceutical"
    assert ids(search(loaded, "pharmaceutical^")) == {"d7"}
    assert ids(search(loaded, '"pharmaceutical needs')) == {"d7"}  # unbalanced quote = phrase to the end
    assert ids(search(loaded, "(pharmaceutical")) == {"d7"}


def test_snippet_marks_and_escapes(loaded):
    h = search(loaded, "preparedness").hits[0]
    assert "<mark>" in h.snippet and "</mark>" in h.snippet
    assert "<script>" not in h.snippet and "&lt;script&gt;" in h.snippet
    stripped = h.snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped
    h = search(loaded, "script").hits[0]
    assert "<script" not in h.snippet.replace("<mark>", "")


def test_idempotent_and_new_version(loaded):
    assert loaded.document_count() == len(DOCS)
    loaded.index_documents([DOCS[0], DOCS[0]])
    assert loaded.document_count() == len(DOCS)
    assert search(loaded, '"mental health services"').total == 1
    v2 = doc("d1", "north-hwb", D(2015, 3, 10), ["A wholly rewritten page about dentistry."], sha="v2",
             orgs=["Northmere County Council"])
    assert loaded.index_documents([v2]).indexed == 1
    assert loaded.document_count() == len(DOCS)
    assert search(loaded, '"mental health services"').total == 0  # old pages gone
    assert search(loaded, "reviewed").total == 0
    r = search(loaded, "dentistry")
    assert ids(r) == {"d1"} and r.hits[0].page == 1
    assert ids(search(loaded, "", org=["NHS Northmere CCG"])) == {"d7"}  # old metadata gone too


def test_delete(loaded):
    loaded.delete_document("d7")
    loaded.delete_document("no-such-document")
    assert loaded.document_count() == len(DOCS) - 1
    assert search(loaded, "pharmaceutical").total == 0


def test_rebuild_swaps_in_same_results(loaded):
    before = search(loaded, "care", sort="date")
    res = loaded.rebuild(DOCS, MEETINGS)
    assert res.indexed == len(DOCS) and not res.failed
    after = search(loaded, "care", sort="date")
    assert after.total == before.total
    assert [(h.document_id, h.page) for h in after.hits] == [(h.document_id, h.page) for h in before.hits]
    # a rebuild from a smaller set really replaces the index
    loaded.rebuild(DOCS[:2], MEETINGS[:1])
    assert loaded.document_count() == 2
    assert search(loaded, "").total == 2


def test_bad_documents_are_reported_not_fatal(loaded):
    bad = doc("bad", "north-hwb", D(2016, 1, 1), ["x"])
    bad.pages[0].number = 0
    res = loaded.index_documents([bad, DOCS[1]])
    assert res.indexed == 1 and [f[0] for f in res.failed] == ["bad"]


def test_bad_arguments_are_search_errors(loaded):
    with pytest.raises(SearchError):
        loaded.search(SearchQuery(q="care", sort="sideways"))


def test_get_document(loaded):
    got = loaded.get_document("d1")
    assert got is not None and [p.number for p in got.pages] == [1, 2, 3]
    assert got.decisions[0].item == "5."
    assert loaded.get_document("nope") is None


def test_search_decisions(loaded):
    found = loaded.search_decisions(DecisionQuery(q="approved"))
    assert [(d.document_id, d.item, d.page, d.kind) for d in found.decisions] == [("d1", "5.", 2, "approved")]


def _decision_doc(document_id, source, meeting_id, date, decisions):
    d = doc(document_id, source, date, ["Minutes."], decisions=decisions)
    d.meeting_id = meeting_id
    return d


HOSTILE_DECISION = "That the strategy be rejected <script>alert(1)</script> & redrafted."
DECISION_DOCS = [
    _decision_doc("dx1", "north-hwb", "m1", D(2016, 2, 1), [
        Decision("5.", "That the Better Care Fund plan be approved.", "Better Care Fund", 2),
        Decision("6.", "That the report be noted.", "Performance report", 3)]),
    _decision_doc("dx2", "north-hwb", "m2", D(2016, 5, 3), [
        Decision("12/16", "That the pharmacy item be deferred to the next meeting.", "Pharmacy", 1),
        Decision(None, "That the Better Care Fund update be noted and the plan agreed.", None, 2)]),
    _decision_doc("dx3", "south-hwb", "m5", D(2017, 3, 1), [
        Decision("3", HOSTILE_DECISION, "Strategy", 1),
        Decision("4", "That the Better Care Fund section 75 agreement be signed off.", "BCF", 1, kind="approved")]),
]


def decisions(engine, q="", **kw):
    kw.setdefault("limit", 100)
    return engine.search_decisions(DecisionQuery(q=q, **kw))


def keys(result):
    return [(d.document_id, d.item) for d in result.decisions]


@pytest.fixture
def with_decisions(loaded):
    res = loaded.index_documents(DECISION_DOCS)
    assert res.indexed == 3 and not res.failed
    return loaded


def test_decisions_all_newest_first_with_kinds(with_decisions):
    result = decisions(with_decisions)
    assert result.total == 7
    assert keys(result) == [("dx3", "3"), ("dx3", "4"), ("dx2", "12/16"), ("dx2", None), ("dx1", "5."),
                            ("dx1", "6."), ("d1", "5.")]
    assert [d.kind for d in result.decisions] == ["rejected", "approved", "deferred", "agreed", "approved", "noted",
                                                  "approved"]
    first = result.decisions[0]
    assert first.text == HOSTILE_DECISION  # stored as written: escaping is the renderer's job
    assert (first.body, first.meeting_date, first.page, first.item_title, first.meeting_id) == \
        ("south-hwb", D(2017, 3, 1), 1, "Strategy", "m5")
    assert first.url == "https://example.org/dx3.pdf" and first.board_name == "South Hwb"
    assert set(first.to_dict()) >= {"text", "kind", "item", "item_title", "body", "meeting_date", "document_id",
                                    "page", "url"}


def test_decisions_phrase_filters_and_paging(with_decisions):
    assert keys(decisions(with_decisions, '"Better Care Fund"')) == [("dx3", "4"), ("dx2", None), ("dx1", "5."),
                                                                     ("d1", "5.")]
    assert keys(decisions(with_decisions, "fund NOT agreement")) == [("dx2", None), ("dx1", "5."), ("d1", "5.")]
    assert keys(decisions(with_decisions, "NOT fund")) == [("dx3", "3"), ("dx2", "12/16"), ("dx1", "6.")]
    assert keys(decisions(with_decisions, kind=["noted", "deferred"])) == [("dx2", "12/16"), ("dx1", "6.")]
    assert keys(decisions(with_decisions, body=["south-hwb"])) == [("dx3", "3"), ("dx3", "4")]
    assert keys(decisions(with_decisions, date_from=D(2016, 1, 1), date_to=D(2016, 3, 1))) == [("dx1", "5."),
                                                                                               ("dx1", "6.")]
    page = decisions(with_decisions, limit=2, offset=2)
    assert page.total == 7 and keys(page) == [("dx2", "12/16"), ("dx2", None)]
    assert decisions(with_decisions, "zanzibarquux").total == 0


def test_decisions_of_meetings_an_organisation_attended(with_decisions):
    # the CCG was present at m1 and sent a substitute to m2; the council was present at m1, apologies at m2
    assert keys(decisions(with_decisions, org=["org-nccg"])) == [("dx2", "12/16"), ("dx2", None), ("dx1", "5."),
                                                                 ("dx1", "6.")]
    assert keys(decisions(with_decisions, org=["Northmere County Council"])) == [("dx1", "5."), ("dx1", "6.")]
    assert keys(decisions(with_decisions, org=["healthwatch southvale"], q="rejected")) == [("dx3", "3")]
    assert decisions(with_decisions, org=["Southvale Council"]).total == 0  # absent is not attending
    assert decisions(with_decisions, org=["nobody at all"]).total == 0


def test_decision_facets(with_decisions):
    result = decisions(with_decisions, facets=True, limit=1)
    assert result.facets == {
        "board": {"north-hwb": 5, "south-hwb": 2},
        "kind": {"approved": 3, "agreed": 1, "deferred": 1, "noted": 1, "rejected": 1},
        "year": {"2016": 4, "2017": 2, "2015": 1},
    }
    assert list(result.facets["year"]) == ["2016", "2017", "2015"]
    assert len(result.decisions) == 1


def test_decision_bad_arguments(with_decisions):
    with pytest.raises(SearchError):
        decisions(with_decisions, kind=["maybe"])
    with pytest.raises(SearchError):
        decisions(with_decisions, date_from=D(2020, 1, 1), date_to=D(2019, 1, 1))


def test_decisions_follow_document_versions(with_decisions):
    new = _decision_doc("dx1", "north-hwb", "m1", D(2016, 2, 1), [Decision("5.", "That the plan be deferred.", None, 1)])
    new.sha256 = "v2"
    with_decisions.index_documents([new])
    assert keys(decisions(with_decisions, date_from=D(2016, 1, 1), date_to=D(2016, 3, 1))) == [("dx1", "5.")]
    assert decisions(with_decisions, "deferred plan").decisions[0].kind == "deferred"
    with_decisions.delete_document("dx1")
    assert "dx1" not in {d.document_id for d in decisions(with_decisions).decisions}


# --- trends ----------------------------------------------------------------------------------------------


def by_org(rows, period):
    return {r.organisation: r for r in rows if r.period == period}


def test_trends_by_year(loaded):
    rows = loaded.attendance_trends(TrendQuery(by="year"), today=TODAY)
    y16 = by_org(rows, "2016")
    ncc = y16["Northmere County Council"]
    assert (ncc.present, ncc.apologies, ncc.absent) == (1, 2, 0)
    assert ncc.meetings == 2 and ncc.attendance_rate == 0.5  # present at m1, apologies only at m2
    assert ncc.meeting_ids == ["m1", "m2"] and ncc.organisation_id == "org-ncc"
    ccg = y16["NHS Northmere CCG"]
    assert (ccg.present, ccg.substitute, ccg.meetings, ccg.attendance_rate) == (1, 1, 2, 1.0)
    assert y16["(organisation not stated)"].present == 1
    for r in y16.values():
        assert r.meetings_held == 3  # m1, m2, m3; cancelled m4 not counted
        assert r.not_recorded == 1  # m3
    y17 = by_org(rows, "2017")
    assert y17["Southvale Council"].absent == 1 and y17["Southvale Council"].attendance_rate == 0.0
    assert y17["Healthwatch Southvale"].meetings_held == 1  # m6 is in the future
    y18 = by_org(rows, "2018")
    assert list(y18) == [NOT_RECORDED]
    assert (y18[NOT_RECORDED].meetings_held, y18[NOT_RECORDED].not_recorded, y18[NOT_RECORDED].meetings) == (1, 1, 0)
    assert y18[NOT_RECORDED].attendance_rate is None
    assert "2030" not in {r.period for r in rows}


def test_trends_filters_and_periods(loaded):
    rows = loaded.attendance_trends(TrendQuery(by="quarter", org=["org-ncc"]), today=TODAY)
    assert {(r.period, r.organisation) for r in rows} == {
        ("2016-Q1", "Northmere County Council"), ("2016-Q2", "Northmere County Council"),
        ("2016-Q3", NOT_RECORDED), ("2018-Q3", NOT_RECORDED),
    }
    rows = loaded.attendance_trends(TrendQuery(by="month", body=["south-hwb"]), today=TODAY)
    assert {r.period for r in rows} == {"2017-03"}
    rows = loaded.attendance_trends(TrendQuery(by="year", board_type=["stp"]), today=TODAY)
    assert rows == []
    rows = loaded.attendance_trends(TrendQuery(by="year", group="organisation_type",
                                               date_from=D(2016, 1, 1), date_to=D(2016, 12, 31)), today=TODAY)
    t = by_org(rows, "2016")
    assert t["council"].apologies == 2 and t["ccg"].meetings == 2 and t["(type not stated)"].present == 1
    csv_text = trend_rows_to_csv(rows)
    assert csv_text.splitlines()[0].startswith("period,organisation,present,apologies,absent,substitute")
    assert "m1 m2" in csv_text
