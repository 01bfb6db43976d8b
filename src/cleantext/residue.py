"""HTML residue inside a line: attribute fragments, tags, comments, entities,
shortcodes and unrendered template placeholders.

:func:`strip` is a pure ``str -> (str, spans)`` function. Each span it
reports is a removal in the line's own coordinates; decoding an entity is a
repair, not a removal, and is not reported.

Every pattern is bounded: a match can only start at one of ``< & [ { % $ "``,
and what it may scan from there is either stopped by the next delimiter or
limited in length, so a line costs time linear in its length.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import regex

from .rules.residue import (
    BLOCK_TAGS, DROP_CONTENT_SHORTCODES, DROP_CONTENT_TAGS, HTML_TAGS, MAX_DOUBLED_CHECKS, MAX_DOUBLED_GAP, MAX_DOUBLED_TAIL,
    MAX_PASSES,
)


class Span(NamedTuple):
    start: int
    end: int
    rule: str


# Characters with no visible content that scraping leaves behind.
_INVISIBLE = regex.compile(r"[\u200b\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

# Cheap test: nothing in the line can start residue.
_GATE = regex.compile(r"[<&\[{%]|=\"|\$\{|=\s*'")

# What every match of _RESIDUE_SOURCE (and every comment) contains, read off its
# alternatives: a tag or comment opener, an entity's "&" and first character,
# a shortcode's bracket, a placeholder's opening, an attribute's "=" and quote.
# A line _GATE lets through without one of these ("Q & A", "50%", "[1]") has no
# residue, and skips the scan (which costs ~0.1 µs a character on long lines).
_RESIDUE_START = re.compile(r"<[/!A-Za-z]|&[#A-Za-z]|\[/?[a-z]|\{[{%]|%%|\$\{|=\s*[\"']")

_ATTR = r"[A-Za-z_:@][\w:.\-]{0,40}\s*=\s*(?:\"[^\"\n]{0,2000}\"|'[^'\n]{0,2000}')"
_TAG_ATTRS = r"(?:\s+[A-Za-z_:@][\w:.\-]{0,40}(?:\s*=\s*(?:\"[^\"<>]{0,2000}\"|'[^'<>]{0,2000}'|[^\s\"'<>=`]{1,200}))?){0,40}"

_RESIDUE_SOURCE = (
    # the tail of a tag whose start was cut off: `" class="" style="...">`
    rf"(?P<attr_fragment>\"(?:\s*{_ATTR}){{1,30}}\s*/?>|(?<![\w\"'=])(?:{_ATTR}\s*){{2,30}}/?>)"
    # a whole tag: <br>, </p>, <img src="..." alt="...">
    rf"|(?P<tag></?(?P<tagname>[A-Za-z][A-Za-z0-9]{{0,20}})\b{_TAG_ATTRS}\s*/?>)"
    # an entity: &amp; &#8217; &#x2019;
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    # a closing shortcode, or an opening one with attributes: [/caption] [caption id="x"]
    r"|(?P<shortcode>\[/(?P<sc_close>[a-z][a-z0-9_\-]{1,40})\]|\[(?P<sc_open>[a-z][a-z0-9_\-]{1,40})(?P<sc_attrs>(?:\s+[^\[\]\n]{0,1000})?)\])"
    # unrendered template placeholders: {{free_limit}} {% if x %} %%COUNT%% ${name}
    r"|(?P<placeholder>\{\{[^{}\n]{1,100}\}\}|\{%[^{}\n]{1,100}%\}|%%[A-Za-z_][A-Za-z0-9_]{0,40}%%|\$\{[A-Za-z_][\w.]{0,60}\})"
)


@lru_cache(maxsize=1)
def residue_pattern():
    """The compiled residue pattern: compiled on first need (most lines hold no residue, and
    compiling it is a good part of ``import cleantext``), from the pattern cache when it is there."""
    from . import patterncache

    return patterncache.compiled(_RESIDUE_SOURCE, 0)


# The rest of an entity after its "&", for entities escaped more than once.
_ENTITY_TAIL = regex.compile(r"#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};")


def strip(line: str) -> tuple[str, list[Span]]:
    """Remove HTML residue from one line; return the new line and the removed spans.

    Spans are in ``line``'s coordinates. Stripping is repeated (at most
    :data:`MAX_PASSES` times) while a pass changed the line and what is left
    could still hold residue: a decoded ``&lt;`` or a removed inline tag can
    put together residue that was not there before (``&lt;br&gt;``,
    ``<<b>br>``), and cleaning must be idempotent.
    """
    text, spans, maps = _strip_once(line)
    if text == line:
        return line, spans
    passes = 1
    while passes < MAX_PASSES and (_GATE.search(text) or _INVISIBLE.search(text)):
        new, more, new_maps = _strip_once(text)
        if new == text:
            break
        if more:
            for m in reversed(maps):
                more = [_map_span(m, sp) for sp in more]
            spans = _union(spans + more)
        maps = maps + new_maps
        text = new
        passes += 1
    return text, spans


# A map from a string back to the one it was made from: segments
# (out_start, out_end, src_start, src_end, atomic), sorted and gapless in
# out coordinates. A non-atomic segment is a copy; an atomic one (a decoded
# entity, the space put for a removed tag) maps every position to its whole source.
_Map = list


def _map_span(m: _Map, span: Span) -> Span:
    starts = m[0]
    segs = m[1]
    i = bisect_right(starts, span.start) - 1
    o0, _, s0, s1, atomic = segs[i]
    start = s0 if atomic else s0 + span.start - o0
    j = bisect_right(starts, span.end - 1) - 1 if span.end > span.start else i
    o0, _, s0, s1, atomic = segs[j]
    end = s1 if atomic else s0 + span.end - o0
    return Span(start, end, span.rule)


def _union(spans: list[Span]) -> list[Span]:
    """Sort and merge overlapping spans (the first one's rule names the union)."""
    out: list[Span] = []
    for sp in sorted(spans):
        if out and sp.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, sp.end), last.rule)
        else:
            out.append(sp)
    return out


def _make_map(segs: list[tuple[int, int, int, int, bool]]) -> _Map:
    return [[seg[0] for seg in segs], segs]


def _strip_once(line: str) -> tuple[str, list[Span], list[_Map]]:
    """One pass: invisible characters, then residue. Spans in ``line``'s coordinates;
    the maps lead from the result back to ``line`` (innermost last)."""
    maps: list[_Map] = []
    if _INVISIBLE.search(line):
        segs = []
        pos = out = 0
        for m in _INVISIBLE.finditer(line):
            if m.start() > pos:
                n = m.start() - pos
                segs.append((out, out + n, pos, m.start(), False))
                out += n
            pos = m.end()
        if pos < len(line):
            segs.append((out, out + len(line) - pos, pos, len(line), False))
        if segs:
            maps.append(_make_map(segs))
        line = _INVISIBLE.sub("", line)
    if not (_GATE.search(line) and _RESIDUE_START.search(line)):
        return line, [], maps
    spans: list[Span] = []
    out_parts: list[str] = []
    segs = []
    pos = olen = 0
    for start, end, rule, replacement in _scan(line):
        if start < pos:
            continue
        if start > pos:
            out_parts.append(line[pos:start])
            segs.append((olen, olen + start - pos, pos, start, False))
            olen += start - pos
        if replacement:
            out_parts.append(replacement)
            segs.append((olen, olen + len(replacement), start, end, True))
            olen += len(replacement)
        if rule:
            spans.append(Span(start, end, rule))
        pos = end
    if not segs and pos == 0:
        return line, [], maps
    if pos < len(line):
        out_parts.append(line[pos:])
        segs.append((olen, olen + len(line) - pos, pos, len(line), False))
    if maps:
        spans = [_map_span(maps[0], sp) for sp in spans]
    if segs:
        maps.append(_make_map(segs))
    return "".join(out_parts), spans, maps


def _scan(line: str):
    """Yield (start, end, rule, replacement) in order of start, non-overlapping."""
    yield from _merge(_comments(line), _matches(line))


def _comments(line: str):
    """HTML comments (and inline <script>/<style> blocks), found with str.find: linear."""
    i = line.find("<!--")
    while i != -1:
        j = line.find("-->", i + 4)
        if j == -1:
            return
        yield i, j + 3, "html-comment", " "
        i = line.find("<!--", j + 3)


def _matches(line: str):
    open_shortcodes: set[str] | None = None
    lower: str | None = None
    checks = 0
    for m in residue_pattern().finditer(line):
        if m.group("attr_fragment") is not None:
            checks += 1
            start = _doubled_tail_start(line, m.start()) if checks <= MAX_DOUBLED_CHECKS else m.start()
            yield start, m.end(), "attribute-fragment", " "
        elif m.group("tag") is not None:
            name = m.group("tagname").lower()
            if name not in HTML_TAGS:
                continue
            if name in DROP_CONTENT_TAGS and not m.group("tag").startswith("</"):
                lower = lower if lower is not None else line.lower()
                close = lower.find(f"</{name}", m.end())
                end = lower.find(">", close) if close != -1 else -1
                if end != -1:
                    yield m.start(), end + 1, f"{name}-block", " "
                    continue
            yield m.start(), m.end(), "stray-tag", " " if name in BLOCK_TAGS else ""
        elif m.group("entity") is not None:
            text = m.group("entity")
            decoded = html.unescape(text)
            end = m.end()
            # Escaped more than once (&amp;amp; &amp;lt;): decode the whole chain here, in one linear step.
            while decoded == "&" and (tail := _ENTITY_TAIL.match(line, end)) is not None:
                decoded = html.unescape("&" + tail.group(0))
                end = tail.end()
            if decoded != line[m.start():end]:
                yield m.start(), end, "", decoded
        elif m.group("shortcode") is not None:
            if m.group("sc_close"):
                yield m.start(), m.end(), "shortcode", " "
                continue
            name, attrs = m.group("sc_open"), m.group("sc_attrs")
            if open_shortcodes is None:
                open_shortcodes = set(regex.findall(r"\[/([a-z][a-z0-9_\-]{1,40})\]", line))
            if name in DROP_CONTENT_SHORTCODES and name in open_shortcodes:
                close = line.find(f"[/{name}]", m.end())
                if close != -1:
                    yield m.start(), close + len(name) + 3, "media-shortcode", " "
                    continue
            if "=" in attrs or name in open_shortcodes:
                yield m.start(), m.end(), "shortcode", " "
        elif m.group("placeholder") is not None:
            yield m.start(), m.end(), "template-placeholder", ""


def _merge(a, b):
    """Merge two position-ordered streams."""
    a, b = list(a), b
    ai = 0
    for item in b:
        while ai < len(a) and a[ai][0] <= item[0]:
            yield a[ai]
            ai += 1
        yield item
    yield from a[ai:]


def _doubled_tail_start(line: str, end: int) -> int:
    """Where the attribute-value tail glued before an attribute fragment starts.

    A cut tag leaves the end of its ``alt``/``title`` value right after the
    caption whose last words it repeats, with or without punctuation between
    the two copies: ``…AfghanistanAfghanistan" class=…``, ``…in March.March" class=…``,
    ``…at dawn. The river at dawn" alt=…``. If the text before ``end`` ends
    with some words that also end the text just before them (directly, or
    across a gap of up to :data:`MAX_DOUBLED_GAP` spaces and punctuation
    marks), return where the second copy starts: it is part of the fragment.
    Otherwise return ``end`` (nothing but the fragment is removed). The
    longest such repeat wins; the first copy and its punctuation stay.
    """
    for k in range(min(MAX_DOUBLED_TAIL, end // 2), 2, -1):
        start = end - k
        tail = line[start:end]
        if line[start - k:start] == tail and (tail[0].isalnum() or " " in tail.strip()):
            return start
        if not tail[0].isalnum():
            continue
        for gap in range(1, MAX_DOUBLED_GAP + 1):
            if line[start - gap] not in _GAP_CHARS:
                break
            first = start - gap - k
            if first < 0:
                break
            # The first copy starts a word too ("in March.March", not "in March.arch"); the value
            # may start with a capital where the caption's words do not ("…at dawn. The river at dawn").
            if (line[first:start - gap].lower() == tail.lower() and (first == 0 or not line[first - 1].isalnum())
                    and (" " in tail.strip() or not line[start - gap:start].isspace())):
                # (A one-word repeat across a bare space is a name: "Bora Bora", "Walla Walla".)
                return start
    return end


# What may stand between a caption's last words and the attribute value repeating them.
_GAP_CHARS = frozenset(" \t.,;:!?…·|—–-\"'”’»)")


def drop_invisible(text: str) -> str:
    """``text`` without the invisible characters :func:`strip` deletes."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def may_hold_residue(text: str) -> bool:
    """Cheap test over a whole text: False means :func:`strip` would change no line."""
    return _GATE.search(text) is not None or _INVISIBLE.search(text) is not None


# The first characters of everything _GATE and _INVISIBLE match, as one class:
# ``re`` scans a whole page for a class many times faster than ``regex`` runs
# the alternation, and a few false alarms (a lone "=") only cost a :func:`strip`
# that changes nothing.
_STARTS = re.compile(r"[<&\[{%=$\u200b\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def residue_positions(text: str) -> list[int]:
    """Offsets in ``text`` where residue may start: a line without one needs no :func:`strip`.

    Every offset where :func:`strip` would find residue is listed; some listed
    offsets hold none.
    """
    return [m.start() for m in _STARTS.finditer(text)]
