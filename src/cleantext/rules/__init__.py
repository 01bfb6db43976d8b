"""Rule tables: each kind of page furniture named once, as data.

A :class:`Rule` is a pattern of page furniture that holds across sites (and,
where it can, languages). Line rules are matched against a whole
whitespace-normalised line; they only fire on lines of at most
:data:`MAX_RULE_LINE` characters, because furniture is short and body
paragraphs are not, which also keeps long paragraphs cheap.

Rule tables live in one module per family of furniture; :data:`LINE_RULES`
collects them in the order they are tried.
"""
from __future__ import annotations

from dataclasses import dataclass

#: Lines longer than this are never matched by line rules.
MAX_RULE_LINE = 400


@dataclass(frozen=True)
class Rule:
    """A pattern of page furniture.

    ``pattern`` is a ``regex``-module expression, matched case-insensitively
    with ``fullmatch`` against one whitespace-normalised line. ``examples``
    must match and ``counterexamples`` must not; the test suite checks both
    for every rule.

    A rule is only tried on a line that shares a trigger with it: a word of
    the pattern's literal text (compared on its first four letters), or one
    of ``triggers``. A pattern whose match can avoid all its literal words
    (a bare price, a date in digits) names what it needs in ``triggers``.

    ``role`` says what a match means beyond the line itself:

    - ``"line"``: the line is furniture;
    - ``"inline"``: furniture set into the body (an ad marker, a share bar, a
      link to another story): the lines on its two sides stay neighbours;
    - ``"heading"``: the line introduces a list of furniture (related
      headlines, a share bar, a footer menu): the short lines that follow it
      go with it;
    - ``"barrier"``: the line starts a block of furniture that runs to the
      end of the text (a paywall, a plan chooser, a comment section): short
      lines after it go, body-like ones stay.
    """

    name: str
    category: str
    pattern: str
    reason: str = ""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    role: str = "line"
    #: Extra triggers, beside the words of the pattern itself: words, single
    #: symbols (``"©"``, ``"|"``), or ``"0"`` for "the line has a digit". A rule
    #: is only tried on lines that contain one of its triggers (see
    #: :class:`cleantext.classify.Matcher`).
    triggers: tuple[str, ...] = ()
    #: The longest line (in ``\\w+`` words) the rule is tried on: furniture
    #: is short, and a body paragraph is never sent to a rule for labels.
    max_words: int = 16


def _collect() -> tuple[Rule, ...]:
    from . import meta, navigation, paywall, promo

    return (*paywall.RULES, *promo.RULES, *navigation.RULES, *meta.RULES)


#: Every built-in line rule, in the order they are tried.
LINE_RULES: tuple[Rule, ...] = _collect()

#: Every category a built-in rule or pipeline stage can report.
CATEGORIES: tuple[str, ...] = (
    "html-residue", "paywall", "pricing", "promo", "share", "advertisement",
    "related", "navigation", "byline", "disclaimer", "copyright", "credit",
    "cookie", "comments", "duplicate", "boilerplate", "repeated",
)

__all__ = ["CATEGORIES", "LINE_RULES", "MAX_RULE_LINE", "Rule"]
