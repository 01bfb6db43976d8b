"""The one configuration object: frozen, changed by copy (``dataclasses.replace``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .profile import Profile
    from .rules import Rule


@dataclass(frozen=True)
class Config:
    """How :func:`cleantext.clean` decides.

    Example::

        from dataclasses import replace
        cfg = replace(cleantext.Config(), keep_captions=False,
                      disabled_categories=frozenset({"byline"}))
        cleantext.clean(text, config=cfg)
    """

    #: Keep image captions (their HTML residue is stripped either way).
    keep_captions: bool = True
    #: Keep the headline (the first line when it looks like a title). A repeated headline is kept once.
    keep_headline: bool = True
    #: Repair mojibake with ftfy, only on lines that look damaged.
    repair_encoding: bool = True
    #: Judge short ambiguous lines by their neighbours (the statistical pass).
    context: bool = True
    #: Categories whose rules never fire, e.g. ``frozenset({"byline", "copyright"})``.
    disabled_categories: frozenset[str] = frozenset()
    #: Extra user rules, checked like the built-in ones.
    extra_rules: tuple["Rule", ...] = ()
    #: Regular expressions: a line matching any of them is always kept.
    keep_patterns: tuple[str, ...] = ()
    #: Lines learned to repeat across a corpus (see :func:`cleantext.learn_profile`).
    profile: "Profile | None" = None
