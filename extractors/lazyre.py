"""Module-level patterns of the rules, compiled when first used instead of when their module is imported.

The rules' modules hold some 320 patterns, and compiling them was most of the rules' import (~0.1 s of CPU,
paid by every ``extract`` before its first page's rules run, or beside a long document's page readers).
A document uses only some of them (a third to two thirds: the rest are for shapes it does not have), so each
is compiled at its first use. A pattern behaves as the compiled one (``search``, ``match``, ``sub``, ...;
``pattern`` is the source, known without compiling); it is no ``re.Pattern``, so it is not handed to
``re.search`` and the like, only used through its own methods.
"""
from __future__ import annotations

import re

# what a rule calls on a pattern: bound once, at the first use, so that later calls cost what the compiled
# pattern's own calls cost
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
               "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        # only asked for what the instance does not hold yet: the first use of the pattern
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern, flags: int = 0):
    """``re.compile(pattern, flags)``, compiled at the first use (a compiled pattern given is returned as is)."""
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return LazyPattern(pattern, flags)
