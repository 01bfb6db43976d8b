"""Repeated-line profiles: a site's furniture, learned across a folder of its pages.

No generic rule knows a site's slogan, its tip line or its sponsor note; a
folder of the site's pages does: those lines come back in page after page.
:func:`learn_profile` counts, in one streaming pass, in how many documents
each short line occurs and where; ``Config(profile=...)`` then lets
:meth:`Profile.mark` drop the lines that are furniture, each with the reason
``repeated/seen-in-N-documents``.

Repetition alone is not enough. A topical folder repeats body too: the same
minister's statement is quoted in several stories, a wire background
paragraph recurs. What separates them is *place*:

* furniture sits in the same place in every page: above the first or below
  the last paragraph of prose;
* furniture comes in blocks: it follows or precedes the same line page after
  page (the logo and its slogan, the tip line and the sponsor note);
* body sits among body paragraphs, between different neighbours each time.

**The decision rule.** A line of a document is repeated furniture when all of:

1. *Seen*: its key (below) occurs in at least ``min_documents`` documents and
   in at least ``min_share`` of the documents learned.
2. *Placed* or *in a block*:
   - placed: in at least :data:`PLACE_SHARE` of its documents it sat above the
     prose of the page (or below it), and in this document it sits on that
     same side of the prose. "The prose" of this document is its lines of
     :data:`PROSE_MIN_WORDS` words or more ending like a sentence that are
     not themselves repeated;
   - in a block: with the line before it or the line after it in this
     document it forms a pair of consecutive lines seen in at least
     ``min_documents`` documents.
3. *More common than the document's own text*: it occurs in more documents
   than the median prose line of this document does. An article's own
   paragraphs occur once; when the folder holds the same article three times
   (crawls do), its paragraphs, headline and subheadings occur three times,
   and so does nothing that is body of it: only lines more common than that go.
4. *Prose needs more*: a line that reads as prose (a sentence of at least
   :data:`PROSE_MIN_WORDS` words) must be placed **and** in a block, be seen
   in at least :data:`PROSE_MIN_SHARE` of the documents, and contain no
   quotation mark. A quoted statement is body however often it is quoted.

Lines a rule already dropped, lines a keep-pattern forced and lines without a
letter (share counts, page numbers, bullets: once digits read as ``0`` they all
look alike) are left alone.

**Keys.** A line's key is its text (residue stripped, whitespace collapsed,
as the classifier sees it), case-folded, with every run of digits read as
``0``: "© 2023 Harbour Gazette" and "© 2024 harbour gazette" are one line.
Lines longer than :data:`MAX_LINE_CHARS` characters are counted under a
16-hex-digit hash of their key (``#`` first) and are never marked: furniture
is short, but the counts of long paragraphs tell a document's own text (rule 3).

**Memory.** The table holds one entry per distinct short line (and one per
distinct pair of consecutive short lines). When it passes ``max_lines``
entries, lines seen in one document only are forgotten (lossy counting: lines
that come back in many documents survive). Below the cap the counts are exact,
so learning in parts and merging (:meth:`Profile.merge`, the Dask map-reduce)
gives exactly the profile of one pass.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .profile import (FORMAT, MAX_LINES, MIN_DOCUMENTS, MIN_SHARE, VERSION, Profile, _document_keys, _is_prose,
                      _pair, line_key)

if TYPE_CHECKING:
    from .config import Config
    from .segment import Line

__all__ = ["Profile", "ProfileBuilder", "learn_profile", "line_key", "FORMAT", "VERSION"]


class ProfileBuilder:
    """Counts documents one at a time (the accumulator behind :func:`learn_profile`).

    ``add`` takes one document's text (``html=True``: an HTML page, read as the
    HTML front end reads it); ``build`` returns the :class:`Profile` so far.
    """

    def __init__(self, *, config: Config | None = None, min_documents: int = MIN_DOCUMENTS,
                 min_share: float = MIN_SHARE, max_lines: int = MAX_LINES):
        if min_documents < 1:
            raise ValueError("min_documents must be at least 1")
        if not 0 <= min_share <= 1:
            raise ValueError("min_share must be from 0 to 1")
        self.repair = True if config is None else config.repair_encoding
        self.min_documents, self.min_share, self.max_lines = min_documents, float(min_share), max_lines
        self.documents = 0
        self.lines: dict[str, list[int]] = {}
        self.pairs: dict[str, int] = {}
        self._floor = 1  # entries seen in at most this many documents go when the table is full

    def add(self, text: str, *, html: bool = False) -> None:
        from .segment import lines as split_lines

        if html:
            from .html import blocks
            text = "\n".join(t for t, _ in blocks(text))
        self.add_lines(split_lines(text, repair=self.repair))

    def add_lines(self, lines: Sequence[Line]) -> None:
        """Count one document given as segmented lines."""
        self.documents += 1
        present = [line for line in lines if line.text]
        keys = _document_keys(present)
        prose = [i for i, line in enumerate(present) if _is_prose(line.text)]
        first = prose[0] if prose else None
        last = prose[-1] if prose else None
        where: dict[str, list[bool]] = {}
        for i, k in enumerate(keys):
            if k is None:
                continue
            above = first is None or i <= first  # no other prose line above it
            below = last is None or i >= last
            w = where.get(k)
            if w is None:
                where[k] = [above, below]
            else:
                w[0] |= above
                w[1] |= below
        table = self.lines
        for k, (above, below) in where.items():
            entry = table.get(k)
            if entry is None:
                table[k] = [1, int(above), int(below)]
            else:
                entry[0] += 1
                entry[1] += above
                entry[2] += below
        pairs = {_pair(a, b) for a, b in zip(keys, keys[1:]) if a is not None and b is not None}
        for p in pairs:
            self.pairs[p] = self.pairs.get(p, 0) + 1
        if len(table) > self.max_lines or len(self.pairs) > self.max_lines:
            self._prune()

    def _prune(self) -> None:
        """Forget the rarest entries (lossy counting); raise the bar when that frees too little."""
        floor = self._floor
        self.lines = {k: v for k, v in self.lines.items() if v[0] > floor}
        self.pairs = {k: n for k, n in self.pairs.items() if n > floor}
        if max(len(self.lines), len(self.pairs)) > self.max_lines // 2:
            self._floor += 1

    def build(self) -> Profile:
        return Profile(self.documents, {k: tuple(v) for k, v in self.lines.items()}, dict(self.pairs),
                       self.min_documents, self.min_share)


def learn_profile(texts: Iterable[str], *, config: Config | None = None, html: bool = False,
                  min_documents: int = MIN_DOCUMENTS, min_share: float = MIN_SHARE,
                  max_lines: int = MAX_LINES) -> Profile:
    """Learn which lines repeat across ``texts`` (one pass; texts are not kept).

    ``texts`` are documents of one site (plain text, or HTML pages with
    ``html=True``). A line is judged once it is seen in ``min_documents``
    documents and in ``min_share`` of them; ``max_lines`` bounds the table
    (see the module docstring). ``config`` supplies ``repair_encoding``, so
    lines are read exactly as cleaning with that config reads them.

    Example::

        profile = cleantext.learn_profile(texts)
        config = dataclasses.replace(cleantext.Config(), profile=profile)
        bodies = [cleantext.clean(t, config=config) for t in texts]
    """
    builder = ProfileBuilder(config=config, min_documents=min_documents, min_share=min_share, max_lines=max_lines)
    for text in texts:
        builder.add(text, html=html)
    return builder.build()
