"""Text -> lines with positions, residue stripped and whitespace normalised."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from . import encoding, residue, triggers
from .residue import Span


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the HTML front end knows about one line of its text (None in text mode)."""

    tag: str = ""                         # the block element: "p", "li", "h2", "figcaption", "td", ...
    sourceline: int = 0                   # 1-based line of the element in the HTML source
    link_density: float = 0.0             # share of the text that is inside links
    hint: tuple[str, str] | None = None   # (category, evidence) from tag/class/id of the block or an ancestor
    heading: bool = False                 # an <h1>-<h6> or equivalent
    caption: bool = False                 # a <figcaption> or image caption
    body: bool = False                    # it sits in the container holding most of the page's prose


@dataclass(slots=True)
class Line:
    """One non-blank source line and what is known about it."""

    index: int                 # 0-based line number in the source
    start: int                 # offset of the line's first character in the source
    raw: str                   # the line as in the source (without its line break)
    text: str                  # residue stripped, mojibake repaired, whitespace collapsed
    spans: list[Span] = field(default_factory=list)   # residue removed from ``raw``
    blank_before: bool = False  # a blank line separates it from the previous line
    blank_after: bool = False   # a blank line separates it from the next line
    repaired: bool = False      # encoding repair changed it
    caption: bool = False       # it carried image residue (alt text, [caption]): a caption
    evidence: Evidence | None = None  # DOM evidence, when the text came from HTML

    @property
    def end(self) -> int:
        return self.start + len(self.raw)


_CAPTION_RULES = frozenset({"attribute-fragment"})
# A caption in plain text: a sentence or two about a picture that ends in its credit
# ("... at the summit. Photo: Jane Doe/Agency", "... © Agency", "(AP Photo/Jane Doe)"),
# or that a label introduces ("Caption: ...").
CAPTION_MIN_CHARS = 15   # a credit needs this much caption before it (a bare credit is the photo-credit rule's)
CAPTION_MAX_CHARS = 400  # a caption is at most this long
_CREDIT_WORDS = (r"(?:photo|photos|photograph|image|picture|pic|foto|fotos|fotografia|fotografía|bild|bilder|bildquelle"
                 r"|imagen|immagine|imagem|zdjęcie|fot\.|kuva|bilde|billede|illustration|credit|crédit|crédito|video)")
_CREDIT_TAIL = regex.compile(
    rf"(?<=[.!?»”\"'’)]\s*|\s)(?:{_CREDIT_WORDS}\s*(?:credit\s*)?:\s*[^.!?:]{{2,80}}|©\s*[^.!?:©]{{2,80}}"
    rf"|[(\[](?:[^()\[\]]{{0,40}}\s)?{_CREDIT_WORDS}\s*(?::|/|by\b)[^()\[\]]{{1,80}}[)\]])$", regex.IGNORECASE)
_CREDIT_REACH = 140  # the credit is within this many characters of the caption's end
# One of these is in every credit _CREDIT_TAIL finds (triggers.needed_strings of it; a test keeps them in step):
# most lines ending in a bracket or holding a colon name no picture, and substring tests are cheaper than its search.
_CREDIT_NEEDS = ("bild", "billede", "credit", "crédit", "fot.", "foto", "illustration", "image", "immagine", "kuva",
                 "photo", "pic", "video", "zdjęcie", "©")
_CAPTION_LABEL = regex.compile(r"(?:caption|légende|legende|bildlegende|bildunterschrift|leyenda|didascalia|legenda|podpis)\s*:\s*\p{L}",
                               regex.IGNORECASE)

_INDENT = " \t\u00a0"
# A line ending in one of these (before closing quotes and brackets) ends its sentence.
_TERMINALS = frozenset(".!?…:;。！？؟۔।")
_CLOSERS = "\"'”’»)]"
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def lines(source: str, *, repair: bool = True, evidence: Sequence[Evidence] | None = None) -> list[Line]:
    """Split ``source`` into :class:`Line` records (blank lines are skipped).

    Every line break convention counts (``\\n``, ``\\r\\n``, ``\\r``, and the
    Unicode separators ``str.splitlines`` knows). A line that is empty once
    residue and whitespace are gone is blank for layout; if residue went, it
    is still returned, with empty ``text``, so its removal can be reported.
    ``evidence``, when given, holds one :class:`Evidence` per source line.
    """
    out: list[Line] = []
    append = out.append
    pos = 0
    blank = False
    # Whole-text tests first: most lines need no residue stripping or repair at all.
    marks = residue.residue_positions(source)
    marks.append(len(source) + 1)
    mark = 0
    allowed = repair
    repair = repair and encoding.needs_repair(source)
    no_spans: list = []
    for index, chunk in enumerate(source.splitlines(keepends=True)):
        start = pos
        pos += len(chunk)
        raw = chunk.rstrip(_BREAKS)
        if not raw:  # a bare line break (a third of a page view): blank, as the general path would find
            if out and out[-1].text:
                out[-1].blank_after = True
            blank = True
            continue
        while marks[mark] < start:
            mark += 1
        if marks[mark] < pos:
            stripped, spans = residue.strip(raw)
        else:
            stripped, spans = raw, no_spans
        # Every whitespace character but the space is unprintable: a printable line without
        # double, leading or trailing spaces is already collapsed (most lines; no split and join).
        if stripped.isprintable() and "  " not in stripped and stripped[:1] != " " and stripped[-1:] != " ":
            text = stripped
        else:
            text = " ".join(stripped.split())
        if not text:
            if out and out[-1].text:
                out[-1].blank_after = True
            if spans:  # a line of nothing but residue: kept as a record of what went
                append(Line(index, start, raw, "", spans))
            blank = True
            continue
        repaired = False
        if (repair or (allowed and stripped is not raw)) and encoding.needs_repair(text):
            fixed = residue.drop_invisible(encoding.repair(text))
            if residue.may_hold_residue(fixed):  # repair can complete residue ("cÃ©=" -> "cé=")
                fixed = residue.strip(fixed)[0]
            fixed = " ".join(fixed.split())
            repaired = fixed != text
            text = fixed
        ev = evidence[index] if evidence is not None and index < len(evidence) else None
        if ev is None and not blank and out and raw[:1] in _INDENT and _wraps(out[-1], raw):
            out[-1] = _joined(out[-1], source, start, raw, text, spans, repaired)
            continue
        # credited() only says yes to a line with a colon, a © or a closing bracket at its end: asked only then.
        caption = (spans and any(s.rule in _CAPTION_RULES for s in spans)) or (ev is not None and ev.caption) or (
            "[caption" in raw) or ((text[-1:] in ")]" or ":" in text or "©" in text) and credited(text))
        # Positional: Line(index, start, raw, text, spans, blank_before, blank_after, repaired, caption, evidence).
        append(Line(index, start, raw, text, spans, blank and bool(out), False, repaired, caption, ev))
        blank = False
    return out


def credited(text: str) -> bool:
    """Whether ``text`` reads as a picture's caption in plain text: text that ends in the
    picture's credit, or that a caption label introduces."""
    if len(text) > CAPTION_MAX_CHARS:  # a paragraph, perhaps with its picture's caption glued on
        return False
    if ":" in text and _CAPTION_LABEL.match(text):  # the label's colon: most lines have none, and skip the regex
        return True
    tail = text[-_CREDIT_REACH:]
    if text[-1:] in ".!?:" or (text[-1:] not in ")]" and ":" not in tail and "©" not in tail):
        return False  # a credit ends the line: after its colon or ©, or in brackets
    if text[-1:] not in ")]":
        # Then the credit follows the line's last colon (the label's) or © (the sign's): nothing after it
        # ends a sentence. Most colons in text are followed by one (a quote, a list): no search.
        after = text[max(text.rfind(":"), text.rfind("©")) + 1:]
        if "." in after or "!" in after or "?" in after:
            return False
    if triggers.folds_plainly(tail) and not any(map(tail.lower().__contains__, _CREDIT_NEEDS)):
        return False
    m = _CREDIT_TAIL.search(text, max(0, len(text) - _CREDIT_REACH))
    return m is not None and m.start() > CAPTION_MIN_CHARS


def _wraps(line: Line, raw: str) -> bool:
    """Whether the source line ``raw`` continues ``line``: ``line`` stops mid-sentence and
    ``raw`` is indented deeper than it starts (a paragraph hard-wrapped in the page's source:
    ``<p>`` text keeps its line breaks and the indentation after them). Text indented
    evenly throughout is not wrapped."""
    return (bool(line.text) and line.text.rstrip(_CLOSERS)[-1:] not in _TERMINALS
            and len(raw) - len(raw.lstrip(_INDENT)) > len(line.raw) - len(line.raw.lstrip(_INDENT)))


def _joined(line: Line, source: str, start: int, raw: str, text: str, spans: list[Span], repaired: bool) -> Line:
    """``line`` continued by the source line at ``start``: one line of text, spanning both."""
    shift = start - line.start
    line.spans = [*line.spans, *(Span(s.start + shift, s.end + shift, s.rule) for s in spans)]
    line.raw = source[line.start:start + len(raw)]
    line.text = f"{line.text} {text}"
    line.repaired = line.repaired or repaired
    line.caption = line.caption or any(s.rule in _CAPTION_RULES for s in spans)
    return line
