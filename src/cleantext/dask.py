"""Cleaning on a Dask cluster: a bag of texts in, a bag of bodies out.

Needs the ``dask`` extra (``pip install 'cleantext-body[dask]'``). The work
runs wherever the current Dask scheduler is (a ``distributed.Client`` points
it at a cluster); workers need ``cleantext`` installed.

With ``learn_repeats=True`` it is a map-reduce: each partition counts its
texts into a partial :class:`~cleantext.corpus.Profile`, the partials are
merged in a tree (:meth:`Profile.merge` is associative), and the merged
profile is handed once to every partition that cleans. Output is identical,
text for text, to ``learn_profile`` over the same texts followed by
``clean`` with that profile (counts are exact below the profile's
``max_lines`` cap).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

# Absolute imports: this module is cleantext.dask, the library is the top-level dask.
import dask
import dask.bag

from .config import Config
from .corpus import MAX_LINES, MIN_DOCUMENTS, MIN_SHARE, Profile, ProfileBuilder

__all__ = ["clean_bag", "merge_profiles", "profile_bag"]


def profile_bag(bag: dask.bag.Bag, *, config: Config | None = None, html: bool = False,
                min_documents: int = MIN_DOCUMENTS, min_share: float = MIN_SHARE,
                max_lines: int = MAX_LINES, split_every: int | None = None) -> dask.bag.Item:
    """The repeated-line profile of a bag of texts, lazily (``.compute()`` it to save it).

    Each partition is counted by one task into a partial profile; partials are merged in a tree.
    """
    settings = dict(config=config, html=html, min_documents=min_documents, min_share=min_share, max_lines=max_lines)
    return bag.reduction(_PartialProfile(settings), merge_profiles, split_every=split_every,
                         name="cleantext-profile")


def clean_bag(bag: dask.bag.Bag, *, config: Config | None = None, learn_repeats: bool = False,
              html: bool = False, **profile_options) -> dask.bag.Bag:
    """Clean every text of ``bag`` (lazily; the result is a bag of bodies in the same order).

    ``learn_repeats=True`` first learns the repeated-line profile of the whole bag
    (:func:`profile_bag`; ``profile_options`` are its ``min_documents``,
    ``min_share``, ``max_lines``) and cleans with it. A profile already in
    ``config.profile`` is used as given otherwise. ``html=True``: the texts are
    HTML pages.
    """
    config = config or Config()
    if not learn_repeats:
        return bag.map_partitions(_clean_partition, config, None, html, token="cleantext-clean")
    profile = profile_bag(bag, config=config, html=html, **profile_options)
    trimmed = profile.apply(Profile.trimmed)  # only what marking uses is shipped to the cleaning tasks
    return bag.map_partitions(_clean_partition, config, trimmed, html, token="cleantext-clean")


class _PartialProfile:
    """Per-partition step of the reduction (a picklable callable carrying the settings)."""

    def __init__(self, settings: dict):
        self.settings = settings

    def __call__(self, texts: Iterable[str]) -> Profile:
        settings = dict(self.settings)
        html = settings.pop("html")
        builder = ProfileBuilder(**settings)
        for text in texts:
            builder.add(text, html=html)
        return builder.build()


def merge_profiles(profiles: Iterable[Profile]) -> Profile:
    """One profile from several (the reduction's combine step)."""
    merged: Profile | None = None
    for p in profiles:
        merged = p if merged is None else merged.merge(p)
    if merged is None:
        raise ValueError("no partitions to learn from")
    return merged


def _clean_partition(texts: Iterable[str], config: Config, profile: Profile | None, html: bool) -> list[str]:
    from .html import clean_html
    from .pipeline import clean

    if profile is not None:
        config = replace(config, profile=profile)
    fn = clean_html if html else clean
    return [fn(text, config=config) for text in texts]
