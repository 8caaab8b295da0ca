from boardpapers.extractors.decisions import parse_decisions
from boardpapers.models import Page


def _one(text):
    return parse_decisions([Page(number=1, text=text)])


def test_resolved_on_own_line_then_that_lines():
    d = _one("53. Better Care Fund\nRESOLVED:\nThat the Board approve the plan.\nThat the plan be submitted.\n")
    assert len(d) == 1
    assert d[0].item == "53." and d[0].item_title == "Better Care Fund" and d[0].page == 1
    assert d[0].text.splitlines() == ["That the Board approve the plan.", "That the plan be submitted."]


def test_resolved_dash_and_inline_forms():
    d = _one("77/21 Minutes\nResolved – That the report be noted.\n\n14.1 JSNA\nRESOLVED that the report be noted.\n")
    assert [(x.item, x.text) for x in d] == [("77/21", "That the report be noted."),
                                             ("14.1", "Resolved that the report be noted.")]


def test_numbered_parts_kept_on_lines():
    d = _one("E.70/23 Pharmaceutical Needs Assessment\nAGREED:\n(i) That the PNA be published;\n"
             "(ii) That authority be delegated.\n\nE.71/23 Next item\n")
    assert d[0].item == "E.70/23"
    assert d[0].text.splitlines() == ["(i) That the PNA be published;", "(ii) That authority be delegated."]
    d = _one("7. AOB\nRESOLVED: (i) That the report be noted (ii) That the plan be approved.\n")
    assert d[0].text.splitlines() == ["(i) That the report be noted", "(ii) That the plan be approved."]
    d = _one("8. Plan\nRESOLVED:\n(1) That A.\n(2) That B.\n(a) That C.\n")
    assert len(d[0].text.splitlines()) == 3


def test_agreed_that_wrapped_and_minute_item():
    d = _one("Minute 12 Healthwatch report\nAgreed that the report be noted and an update be brought in\nsix months.\n")
    assert d[0].item == "Minute 12" and d[0].item_title == "Healthwatch report"
    assert d[0].text == "Agreed that the report be noted and an update be brought in six months."


def test_decision_block_and_board_resolved_sentence():
    d = _one("Item 5 Terms of reference\nDecision:\nThe Board approved the revised terms.\n\n"
             "6. Strategy\nThe Board RESOLVED to endorse the strategy.\n")
    assert [(x.item, x.text) for x in d] == [("Item 5", "The Board approved the revised terms."),
                                             ("6.", "Resolved to endorse the strategy.")]


def test_one_decision_per_item_and_pages():
    pages = [Page(1, "1. Welcome\nThe Chair welcomed members.\n2. Plan\nRESOLVED:\n(i) That A;"),
             Page(2, "(ii) That B.\n3. Close\nNo decisions.")]
    d = parse_decisions(pages)
    assert len(d) == 1 and d[0].item == "2." and d[0].page == 1
    assert d[0].text.splitlines() == ["(i) That A;", "(ii) That B."]


def test_no_decision_words_no_decisions():
    assert _one("1. Welcome\nThe Board noted the update.\nDecision making in the ICS was discussed.\n") == []
