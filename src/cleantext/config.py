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
    #: The trade-off of the context stage: ``"balanced"``; ``"recall"`` keeps every line only
    #: the context stage would drop unless it sits in a recognised structure (a menu, a comment
    #: thread, a list of teasers or links); ``"precision"`` also drops the ambiguous short lines
    #: around the body and the standfirst-like lines that nothing supports. Rules apply in all three.
    favor: str = "balanced"

    def __post_init__(self) -> None:
        if self.favor not in FAVORS:
            raise ValueError(f"favor must be one of {', '.join(FAVORS)}, not {self.favor!r}")


#: The values of :attr:`Config.favor`.
FAVORS = ("balanced", "precision", "recall")
