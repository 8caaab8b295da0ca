import re

from boardpapers.extractors.lazyre import LazyPattern, lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source, text = r"(?P<title>Cllr|Dr)\.?\s+(?P<name>[A-Z]\w+)", "Present: Cllr Quenby, Dr. Oakhart and Ms Vell"
    lazy, compiled = lazy_compile(source, re.I), re.compile(source, re.I)
    assert lazy.search(text).group("name") == compiled.search(text).group("name") == "Quenby"
    assert lazy.match(text) is None and compiled.match(text) is None
    assert lazy.fullmatch("dr Oakhart").group(0) == "dr Oakhart"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)] == [(9, 20), (22, 33)]
    assert lazy.findall(text) == compiled.findall(text) == [("Cllr", "Quenby"), ("Dr", "Oakhart")]
    assert lazy.sub(r"\g<name>", text) == compiled.sub(r"\g<name>", text) == "Present: Quenby, Oakhart and Ms Vell"
    assert lazy.subn("X", text) == ("Present: X, X and Ms Vell", 2)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (compiled.flags, 2, {"title": 1, "name": 2})


def test_the_pattern_is_compiled_at_its_first_use_only():
    lazy = lazy_compile(r"apolog(?:y|ies)")
    assert isinstance(lazy, LazyPattern)
    assert lazy.pattern == r"apolog(?:y|ies)"  # known without compiling: rules build other patterns from it
    assert "search" not in vars(lazy)
    assert lazy.search("Apologies: none; apologies from Ms Vell").start() == 17
    assert vars(lazy)["search"].__self__.pattern == r"apolog(?:y|ies)"  # bound once, to the compiled pattern


def test_a_bad_pattern_fails_at_its_first_use():
    lazy = lazy_compile(r"(unclosed")
    try:
        lazy.search("text")
    except re.error as err:
        assert "missing )" in str(err)
    else:
        raise AssertionError("an unbalanced pattern compiled")


def test_a_compiled_pattern_is_returned_as_it_is():
    compiled = re.compile(r"present", re.I)
    assert lazy_compile(compiled) is compiled
