"""cleantext as a datatrove pipeline step (``pip install 'cleantext-body[datatrove]'``).

:class:`CleantextFilter` cleans ``doc.text`` of every document that passes
through it, like :func:`cleantext.clean` (or :func:`cleantext.clean_html` with
``html=True``), and follows datatrove's filter conventions (``BaseFilter``):
it counts ``total``, ``forwarded`` and ``dropped`` documents, and a dropped
document is counted under its reason (``dropped_<reason>``) and, with an
``exclusion_writer``, written there with ``metadata["filter_reason"]``.

What it adds to the step's stats (``self.stat_update``):

- ``removed/<category>`` and ``removed/<category>/<rule>``: removals, one per
  removed line or residue span (the same counts ``cleantext explain`` lists);
- ``removed_chars``: characters removed per document; ``changed``: documents
  whose text changed;
- ``note/<kind>``: documents with a note, e.g. ``note/fallback/prose-cut``.

Documents are dropped only when asked: ``drop_empty=True`` drops those whose
cleaned text is empty (reason ``cleantext_empty``), ``min_words=N`` those with
fewer than N words (``cleantext_too_few_words``). A document that cleantext
cannot clean (a bug) is dropped with reason ``cleantext_error`` and logged,
never passed on uncleaned.

Example::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.datatrove import CleantextFilter

    LocalPipelineExecutor([JsonlReader("crawl/"), CleantextFilter(min_words=50, write_removals=True),
                           JsonlWriter("clean/")], tasks=4).run()
"""
from __future__ import annotations

import os
from dataclasses import replace

try:
    from datatrove.data import Document
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.writers.disk_base import DiskWriter
    from datatrove.utils.logging import logger
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("cleantext.datatrove needs datatrove: pip install 'cleantext-body[datatrove]'") from exc

import cleantext
from .config import Config
from .profile import Profile

__all__ = ["CleantextFilter"]

EMPTY = "cleantext_empty"
TOO_FEW_WORDS = "cleantext_too_few_words"
ERROR = "cleantext_error"


class CleantextFilter(BaseFilter):
    """Clean ``doc.text`` to the article body; count every removal by category and rule.

    Args:
        config: a :class:`cleantext.Config` (default: ``Config()``).
        profile: a saved repeated-line profile (a path for :meth:`cleantext.Profile.load`,
            or a :class:`cleantext.Profile`); it replaces ``config.profile``.
        html: ``doc.text`` holds HTML (cleaned with :func:`cleantext.clean_html`).
        write_removals: store the removals in ``doc.metadata[removals_key]``, a list of
            ``{"category", "rule", "text"}``.
        removals_key: the metadata key for ``write_removals`` (default ``"removals"``).
        drop_empty: drop documents whose cleaned text is empty (reason ``cleantext_empty``).
        min_words: drop documents whose cleaned text has fewer words (whitespace-separated)
            than this (reason ``cleantext_too_few_words``); ``None``: no minimum.
        exclusion_writer: datatrove's: a writer for the dropped documents.
    """

    name = "🧹 cleantext"

    def __init__(self, config: Config | None = None, *, profile: str | os.PathLike | Profile | None = None,
                 html: bool = False, write_removals: bool = False, removals_key: str = "removals",
                 drop_empty: bool = False, min_words: int | None = None,
                 exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        config = config or Config()
        if profile is not None:
            config = replace(config, profile=profile if isinstance(profile, Profile) else Profile.load(profile))
        if min_words is not None and min_words < 0:
            raise ValueError("min_words must be None or 0 or more")
        # datatrove records each step's attributes in executor.json (dataclasses through asdict):
        # the config is shown there without its profile, a site's whole line table; the step
        # cleans with the full config, held in an object the record shows by its repr.
        self.config = replace(config, profile=None)
        self.profile = None if config.profile is None else (
            repr(config.profile) if isinstance(profile, Profile) or profile is None else os.fspath(profile))
        self._full = _Held(config)
        self.html = html
        self.write_removals = write_removals
        self.removals_key = removals_key
        self.drop_empty = drop_empty
        self.min_words = min_words

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Clean ``doc.text`` in place; keep the document unless it is left empty or too short (when asked)."""
        explain = cleantext.explain_html if self.html else cleantext.explain
        try:
            result = explain(doc.text, config=self._full.value)
        except Exception as exc:  # one document must not stop the task, nor pass on uncleaned
            logger.warning(f"cleantext could not clean document {doc.id!r}: {type(exc).__name__}: {exc}")
            return False, ERROR
        removed = 0
        for removal in result.removals:
            self.stat_update(f"removed/{removal.category}", f"removed/{removal.category}/{removal.rule}")
            removed += len(removal.text)
        for note in result.notes:
            self.stat_update(f"note/{note.split(':', 1)[0].strip()}")
        self.stat_update("removed_chars", value=removed)
        if result.text != doc.text:
            self.stat_update("changed")
        doc.text = result.text
        if self.write_removals:
            doc.metadata[self.removals_key] = [{"category": r.category, "rule": r.rule, "text": r.text}
                                               for r in result.removals]
        if self.drop_empty and not result.text.strip():
            return False, EMPTY
        if self.min_words is not None and len(result.text.split()) < self.min_words:
            return False, TOO_FEW_WORDS
        return True


class _Held:
    """A value kept out of datatrove's executor.json (shown by its repr); it pickles as usual."""

    def __init__(self, value) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"<{type(self.value).__name__}>"

    __str__ = __repr__
