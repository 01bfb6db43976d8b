"""Bytes -> text, and gated mojibake repair.

:func:`decode` picks a codec in a fixed order (BOM, UTF-8, declared HTML
charset, cp1252, latin-1) and says when it had to fall back. :func:`repair`
undoes UTF-8-read-as-cp1252/latin-1 mojibake with ftfy, but only on text the
cheap :func:`needs_repair` gate flags, and with every ftfy fix that is not
about mojibake switched off.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["BinaryInputError", "Decoded", "decode", "needs_repair", "repair"]


class BinaryInputError(ValueError):
    """The data holds NUL bytes (and no UTF-16/32 BOM): it is not text."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec used, and a warning when a fallback was needed."""

    text: str
    encoding: str
    warning: str | None = None


# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
META_SCAN_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
# What browsers really mean by some declared names (WHATWG encoding spec).
_CHARSET_ALIASES = {
    "iso8859-1": "cp1252", "ascii": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030",
}
# Declared names never trusted: wide encodings without a BOM, and codecs
# that are not plain text encodings.
_UNTRUSTED = re.compile(r"utf[-_]?(16|32)|utf[-_]?7|escape|undefined|mbcs|oem", re.IGNORECASE)
_SURROGATES = re.compile("[\ud800-\udfff]")


def decode(data: bytes, *, html: bool = False) -> Decoded:
    """Decode ``data``; raise :class:`BinaryInputError` for NUL-byte data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig" and not _is_utf8(data[len(bom):]):
                fallback = _decode_fallback(data[len(bom):])  # UTF-8 BOM, some cp1252 lines
                return Decoded(fallback.text, f"utf-8-sig+{fallback.encoding}", fallback.warning)
            return _decode_declared(data, codec, "BOM")
    if b"\x00" in data:
        raise BinaryInputError("binary data (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data[:META_SCAN_BYTES])
        if declared and declared != "utf-8":
            return _decode_declared(data, declared, "<meta charset>")
    return _decode_fallback(data)


def _decode_declared(data: bytes, codec: str, source: str) -> Decoded:
    try:
        return Decoded(_no_surrogates(data.decode(codec)), codec)
    except UnicodeDecodeError:
        text = _no_surrogates(data.decode(codec, errors="replace"))
        return Decoded(text, codec, f"invalid {codec} bytes (declared by {source}) replaced with U+FFFD")


def _declared_charset(head: bytes) -> str | None:
    """The codec a ``<meta charset>``/http-equiv declares, normalised; None if unknown."""
    match = _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").strip().lower()
    if _UNTRUSTED.search(name):
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return _CHARSET_ALIASES.get(info.name, info.name)


def _decode_fallback(data: bytes) -> Decoded:
    """Not valid UTF-8: mixed UTF-8/cp1252 line by line, else cp1252, else latin-1."""
    lines = data.splitlines(keepends=True)
    utf8_lines = [i for i, line in enumerate(lines) if not line.isascii() and _is_utf8(line)]
    if utf8_lines:
        parts = [line.decode("utf-8") if _is_utf8(line) else _decode_single_byte(line) for line in lines]
        fallback = sum(1 for line in lines if not _is_utf8(line))
        return Decoded("".join(parts), "utf-8+cp1252",
                       f"mixed encodings: {fallback} line(s) not valid UTF-8 were read as cp1252")
    try:
        return Decoded(data.decode("cp1252"), "cp1252", "not valid UTF-8; read as cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", "not valid UTF-8 or cp1252; read as latin-1")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_single_byte(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def _no_surrogates(text: str) -> str:
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


# --- mojibake repair -------------------------------------------------------

# UTF-8 continuation bytes 0x80-0xBF as cp1252 (or latin-1, for the five
# bytes cp1252 leaves undefined) shows them.
_CONT = "[\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
# A UTF-8 lead byte shown as cp1252/latin-1, followed by as many continuation
# characters as it announces: "Ã©" (é), "â€™" (’), "ðŸ˜€" (😀), "Â\xa0" (NBSP).
# A lead byte followed by a letter ("SÃO", "Ä" in "ÄRGER") is not a sequence.
MOJIBAKE = re.compile(
    f"(?:[\xc2-\xdf]{_CONT}|[\xe0-\xef]{_CONT}{{2}}|[\xf0-\xf4]{_CONT}{{3}})+"
)


# The test needs_repair makes, spelled to open with one character class: a
# lead byte, then (looking back at which one it was) its continuation
# characters. ``re`` skips through a text to that class quickly, where
# MOJIBAKE makes it try a three-way alternation at every position: the same
# answer as ``MOJIBAKE.search``, about ten times faster on a whole page.
_MOJIBAKE_GATE = re.compile(
    f"[\xc2-\xf4](?:(?<=[\xc2-\xdf]){_CONT}|(?<=[\xe0-\xef]){_CONT}{{2}}|(?<=[\xf0-\xf4]){_CONT}{{3}})"
)


def needs_repair(text: str) -> bool:
    """True when ``text`` contains a UTF-8-as-cp1252/latin-1 mojibake sequence."""
    # Every sequence opens with a character beyond ASCII: an English page is ruled out
    # far faster than the search over it would be.
    return not text.isascii() and _MOJIBAKE_GATE.search(text) is not None


@lru_cache(maxsize=1)
def _fixer_config():
    """ftfy limited to mojibake.

    * ``normalization=None``: NFC would also rewrite undamaged characters
      (decomposed accents, CJK compatibility ideographs); decoding the bytes
      back already gives the original characters.
    * ``restore_byte_a0=False`` and ``decode_inconsistent_utf8=False``: ftfy
      would turn "Ã " into "à", damaging uppercase Portuguese ("IRMÃ E");
      partial mojibake is fixed by :func:`repair` span by span instead.
    * quotes, dashes, ligatures, widths, entities, line breaks and control
      characters are none of our business.
    """
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, restore_byte_a0=False,
        decode_inconsistent_utf8=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False,
        normalization=None, explain=True,  # explain=False makes ftfy ignore the config
    )


MAX_REPAIR_PASSES = 4  # a pass may uncover another layer; real text settles in one or two


def repair(text: str) -> str:
    """Undo UTF-8-as-cp1252/latin-1 mojibake; text without it is returned as is.

    Repeated until nothing changes, so ``repair(repair(x)) == repair(x)``.
    """
    for _ in range(max(MAX_REPAIR_PASSES, len(text))):  # each change shortens the text
        if not needs_repair(text):
            return text
        fixed = _repair_once(text)
        if fixed == text:
            return text
        text = fixed
    return text


#: The mojibake we undo: UTF-8 read as these. ftfy also knows MacRoman and others,
#: but on a short run they invent letters ("’â€™" -> "Չ۪").
_REPAIR_CODECS = frozenset({"sloppy-windows-1252", "windows-1252", "latin-1", "iso-8859-1", "sloppy-windows-1250"})


def _fix(text: str, config) -> str:
    """ftfy's fix, accepted only when every re-encoding step is one of _REPAIR_CODECS."""
    import ftfy

    result = ftfy.fix_and_explain(text, config)
    for step in result.explanation or ():
        if step[0] == "encode" and step[1] not in _REPAIR_CODECS:
            return text
    return result.text


def _repair_once(text: str) -> str:
    config = _fixer_config()
    fixed = _fix(text, config)
    if not needs_repair(fixed):
        return fixed

    def fix_span(match: re.Match[str]) -> str:
        return _fix(match.group(0), config)

    # The whole text did not decode consistently: fix each mojibake run alone.
    return MOJIBAKE.sub(fix_span, fixed)
