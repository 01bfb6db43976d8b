"""The repeated-line profile: a site's furniture, learned across a folder of its pages, and
how it marks a document's lines. :mod:`cleantext.corpus` learns it; the decision rule and
the keys are described there.

A module of its own, below :mod:`cleantext.config` (which names the type) and above no
front end, so the configuration, the learning and the HTML front end import no loop.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import regex

from .fileio import atomic_write

if TYPE_CHECKING:
    from .decision import Decision
    from .segment import Line

__all__ = ["Profile", "line_key", "FORMAT", "VERSION"]

FORMAT = "cleantext-profile"
VERSION = 1

# Thresholds, named once.
MIN_DOCUMENTS = 3          # a line must be seen in this many documents...
MIN_SHARE = 0.05           # ...and in this share of the documents learned
PLACE_SHARE = 0.5          # share of its documents in which a line sat on one side of the prose
PROSE_MIN_WORDS = 10       # a sentence this long is prose (cf. classify.GOOD_MIN_WORDS)
PROSE_MIN_SHARE = 0.5      # a prose line must be in this share of all documents to be furniture
MAX_LINE_CHARS = 300       # longer lines are counted by hash and never marked
MAX_LINES = 200_000        # table size past which lines seen once are forgotten

_WORD = regex.compile(r"\w+")
_DIGITS = regex.compile(r"\d+")
_LETTER = regex.compile(r"\p{L}")
_CLOSERS = "\"'”’»)]"
_TERMINALS = frozenset(".!?…。！？")
_QUOTES = frozenset("\"“”„«»‹›「」『』")  # not ' or ’: apostrophes are not quotation marks


def line_key(text: str) -> str:
    """The key a line is counted under: case-folded, whitespace collapsed, digit runs as ``0``."""
    return _DIGITS.sub("0", " ".join(text.casefold().split()))


def _is_prose(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _TERMINALS and len(_WORD.findall(text)) >= PROSE_MIN_WORDS


def _pair(a: str, b: str) -> str:
    """A stable id for two consecutive keys (the same in every process: no ``hash()``)."""
    return hashlib.blake2b(f"{a}\n{b}".encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _key(text: str) -> str:
    key = line_key(text)
    if len(text) <= MAX_LINE_CHARS:
        return key
    return "#" + hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _document_keys(lines: Sequence[Line]) -> list[str | None]:
    """Each line's key, or None when it is blank."""
    return [_key(line.text) if line.text else None for line in lines]


# --- the profile ---------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Profile:
    """What repeats across a corpus: per line key, ``(documents, above, below)``
    (documents containing it; of those, how many had it above the prose, and
    below); per pair of consecutive keys, documents containing the pair.

    Immutable: :meth:`merge` returns a new profile. Use it through
    ``dataclasses.replace(Config(), profile=profile)``.
    """

    documents: int = 0
    lines: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)
    pairs: Mapping[str, int] = field(default_factory=dict)
    min_documents: int = MIN_DOCUMENTS
    min_share: float = MIN_SHARE

    def __post_init__(self) -> None:
        lines = MappingProxyType(dict(self.lines))
        pairs = MappingProxyType(dict(self.pairs))
        object.__setattr__(self, "lines", lines)
        object.__setattr__(self, "pairs", pairs)
        need = max(self.min_documents, self.min_share * self.documents)
        object.__setattr__(self, "_seen", {k: v for k, v in lines.items() if v[0] >= need})
        object.__setattr__(self, "_linked", frozenset(k for k, n in pairs.items() if n >= self.min_documents))

    # Mapping proxies do not pickle (Dask ships profiles to workers): pickle the plain data.
    def __reduce__(self):
        return (Profile, (self.documents, dict(self.lines), dict(self.pairs), self.min_documents, self.min_share))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Profile):
            return NotImplemented
        return (self.documents, self.min_documents, self.min_share, self.lines, self.pairs) == (
            other.documents, other.min_documents, other.min_share, other.lines, other.pairs)

    def __hash__(self) -> int:
        return hash((self.documents, self.min_documents, self.min_share, len(self.lines), len(self.pairs)))

    def __repr__(self) -> str:
        return (f"Profile(documents={self.documents}, lines={len(self.lines)}, pairs={len(self.pairs)}, "
                f"repeated={len(self._seen)})")

    @property
    def repeated(self) -> Mapping[str, tuple[int, int, int]]:
        """The line keys seen often enough to be judged (``(documents, above, below)`` each)."""
        return MappingProxyType(self._seen)

    # --- combining ---------------------------------------------------------------------------

    def merge(self, other: Profile) -> Profile:
        """The profile of both corpora (counts add up; associative and commutative).

        Both must have been learned with the same ``min_documents`` and ``min_share``.
        """
        if (self.min_documents, self.min_share) != (other.min_documents, other.min_share):
            raise ValueError("cannot merge profiles learned with different min_documents/min_share: "
                             f"{(self.min_documents, self.min_share)} vs {(other.min_documents, other.min_share)}")
        lines = dict(self.lines)
        for k, (n, a, b) in other.lines.items():
            m = lines.get(k)
            lines[k] = (n, a, b) if m is None else (m[0] + n, m[1] + a, m[2] + b)
        pairs = dict(self.pairs)
        for k, n in other.pairs.items():
            pairs[k] = pairs.get(k, 0) + n
        return Profile(self.documents + other.documents, lines, pairs, self.min_documents, self.min_share)

    def trimmed(self) -> Profile:
        """Only what :meth:`mark` can use (the repeated lines and pairs): marks exactly
        like this profile, is much smaller to ship to workers, but cannot be merged
        meaningfully any more."""
        pairs = {k: n for k, n in self.pairs.items() if k in self._linked}
        return Profile(self.documents, self._seen, pairs, self.min_documents, self.min_share)

    # --- files -------------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION, "documents": self.documents,
            "min_documents": self.min_documents, "min_share": self.min_share,
            "lines": [[k, n, a, b] for k, (n, a, b) in sorted(self.lines.items())],
            "pairs": [[k, n] for k, n in sorted(self.pairs.items())],
        }

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        """Validate and read :meth:`to_dict` output. Raises ValueError for anything else
        (profile files may come from elsewhere: plain JSON, checked field by field)."""
        def fail(why: str):
            raise ValueError(f"not a cleantext profile: {why}")

        if not isinstance(data, dict) or data.get("format") != FORMAT:
            fail(f"'format' must be {FORMAT!r}")
        if data.get("version") != VERSION:
            fail(f"unsupported version {data.get('version')!r} (this cleantext reads version {VERSION})")
        docs, min_docs, share = data.get("documents"), data.get("min_documents"), data.get("min_share")
        if not _count(docs) or not _count(min_docs) or min_docs < 1:
            fail("'documents' and 'min_documents' must be counts")
        if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
            fail("'min_share' must be a number from 0 to 1")
        lines: dict[str, tuple[int, int, int]] = {}
        for row in _rows(data.get("lines"), fail):
            if len(row) != 4 or not isinstance(row[0], str) or len(row[0]) > 4 * MAX_LINE_CHARS or not all(
                    _count(x) for x in row[1:]) or not (row[2] <= row[1] <= docs and row[3] <= row[1]):
                fail(f"bad line entry {str(row)[:80]}")
            lines[row[0]] = (row[1], row[2], row[3])
        pairs: dict[str, int] = {}
        for row in _rows(data.get("pairs"), fail):
            if len(row) != 2 or not isinstance(row[0], str) or len(row[0]) != 16 or not _count(row[1]) or row[1] > docs:
                fail(f"bad pair entry {str(row)[:80]}")
            pairs[row[0]] = row[1]
        return cls(docs, lines, pairs, min_docs, float(share))

    def save(self, path: str | os.PathLike) -> None:
        """Write the profile as versioned JSON (atomically: temporary file + rename)."""
        path = Path(path)
        text = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
        atomic_write(path, text + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike) -> Profile:
        """Read a profile written by :meth:`save` (JSON only, never pickle). Raises
        OSError when the file cannot be read, ValueError when it is not a profile."""
        with open(path, encoding="utf-8") as handle:
            try:
                data = json.load(handle)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise ValueError(f"not a cleantext profile: {exc}") from None
        return cls.from_dict(data)

    # --- marking -----------------------------------------------------------------------------

    def mark(self, lines: Sequence[Line], decisions: Sequence[Decision]) -> None:
        """Drop this document's repeated furniture (see the module docstring for the rule).

        Called by the classifier after its context-free pass; sets
        ``stage="repeated"``, ``category="repeated"``, ``rule="seen-in-N-documents"``.
        """
        seen = self._seen
        if not seen:
            return
        keys = _document_keys(lines)
        facts = [seen.get(k) if k is not None else None for k in keys]
        if not any(facts):
            return
        is_prose = [bool(line.text) and _is_prose(line.text) for line in lines]
        prose = [i for i, p in enumerate(is_prose) if p and facts[i] is None]
        first = prose[0] if prose else None
        last = prose[-1] if prose else None
        # How common the document's own text is: the median count of its prose lines (1 when unseen).
        counts = sorted(self.lines.get(keys[i], (1,))[0] for i, p in enumerate(is_prose) if p)
        own = counts[(len(counts) - 1) // 2] if counts else 1
        present = [i for i, line in enumerate(lines) if line.text]
        for pos, i in enumerate(present):
            fact = facts[i]
            d = decisions[i]
            if fact is None or fact[0] <= own or d.cls == "bad" or d.forced or len(lines[i].text) > MAX_LINE_CHARS or (
                    _LETTER.search(lines[i].text) is None):
                continue
            n, above, below = fact
            here_above = first is None or i < first
            here_below = last is None or i > last
            placed = (here_above and above >= PLACE_SHARE * n) or (here_below and below >= PLACE_SHARE * n)
            key = keys[i]
            before = keys[present[pos - 1]] if pos > 0 else None
            after = keys[present[pos + 1]] if pos + 1 < len(present) else None
            block = (before is not None and _pair(before, key) in self._linked) or (
                after is not None and _pair(key, after) in self._linked)
            text = lines[i].text
            if is_prose[i]:
                furniture = (placed and block and n >= PROSE_MIN_SHARE * self.documents
                             and not any(c in _QUOTES for c in text))
            else:
                furniture = placed or block
            if furniture:
                d.cls, d.keep, d.stage, d.category, d.rule = "bad", False, "repeated", "repeated", f"seen-in-{n}-documents"


def _count(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool) and x >= 0


def _rows(value: object, fail) -> list:
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        fail("'lines' and 'pairs' must be lists of lists")
    return value


# --- learning ------------------------------------------------------------------------------------
