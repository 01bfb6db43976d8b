"""What cleaning returns: the text, and every removal with its reason."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of the input that is not in the output, and why.

    ``text`` is exactly ``result.source[start:end]``: for :func:`cleantext.explain`
    the string it was given; for :func:`cleantext.explain_html` the text of the
    page's blocks, one per line (``line`` is then the line of the HTML source
    the block starts on).
    """

    stage: str      # pipeline stage that decided: "residue", "rules", "context", "duplicate", "html", "repeated"
    category: str   # kind of page furniture: "paywall", "pricing", "html-residue", "navigation", ...
    rule: str       # name of the rule (or statistical test) that fired
    text: str       # the removed text, verbatim from the source
    line: int       # 1-based line number in the source
    start: int      # character offsets into the source
    end: int

    def to_dict(self) -> dict:
        return {
            "stage": self.stage, "category": self.category, "rule": self.rule,
            "text": self.text, "line": self.line, "start": self.start, "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """The cleaned body text and everything that was removed to get it."""

    text: str
    removals: tuple[Removal, ...] = field(default_factory=tuple)
    repaired: bool = False          # True when encoding repair (ftfy) changed the text
    source: str = field(default="", repr=False, compare=False)  # what the removals' offsets index
    #: Notes on the document as a whole, e.g. ``"fallback/prose-cut: ..."`` when a context
    #: decision was distrusted and a conservative pass kept the text instead.
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.text
