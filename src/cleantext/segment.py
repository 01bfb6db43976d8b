"""Text -> lines with positions, residue stripped and whitespace normalised."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import encoding, residue
from .residue import Span


@dataclass(slots=True)
class Line:
    """One non-blank source line and what is known about it."""

    index: int                 # 0-based line number in the source
    start: int                 # offset of the line's first character in the source
    raw: str                   # the line as in the source (without its line break)
    text: str                  # residue stripped, mojibake repaired, whitespace collapsed
    spans: list[Span] = field(default_factory=list)   # residue removed from ``raw``
    blank_before: bool = False  # a blank line separates it from the previous line
    repaired: bool = False      # encoding repair changed it
    caption: bool = False       # it carried image residue (alt text, [caption]): a caption

    @property
    def end(self) -> int:
        return self.start + len(self.raw)


_CAPTION_RULES = frozenset({"attribute-fragment"})


def lines(source: str, *, repair: bool = True) -> list[Line]:
    """Split ``source`` into :class:`Line` records (blank lines are skipped).

    Every line break convention counts (``\\n``, ``\\r\\n``, ``\\r``, and the
    Unicode separators ``str.splitlines`` knows). A line that is empty once
    residue and whitespace are gone is blank for layout; if residue went, it
    is still returned, with empty ``text``, so its removal can be reported.
    """
    out: list[Line] = []
    pos = 0
    blank = False
    for index, chunk in enumerate(source.splitlines(keepends=True)):
        raw = chunk.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        start = pos
        pos += len(chunk)
        stripped, spans = residue.strip(raw)
        text = " ".join(stripped.split())
        if not text:
            if spans:  # a line of nothing but residue: kept as a record of what went
                out.append(Line(index, start, raw, "", spans))
            blank = True
            continue
        repaired = False
        if repair and encoding.needs_repair(text):
            fixed = " ".join(encoding.repair(text).split())
            repaired = fixed != text
            text = fixed
        caption = any(s.rule in _CAPTION_RULES for s in spans) or "[caption" in raw
        out.append(Line(index, start, raw, text, spans, blank_before=blank and any(line.text for line in out[-1:]),
                        repaired=repaired, caption=caption))
        blank = False
    return out
