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
MAX_RULE_LINE = 1000


@dataclass(frozen=True)
class Rule:
    """A pattern of page furniture.

    ``pattern`` is a ``regex``-module expression, matched case-insensitively
    with ``fullmatch`` against one whitespace-normalised line. ``examples``
    must match and ``counterexamples`` must not; the test suite checks both
    for every rule.

    A rule is only tried on lines it could match (:mod:`cleantext.triggers`):
    an alternative of the pattern is tried on lines starting with a word it
    can start with. Where that cannot be read off the pattern (it opens with
    a name, ``.``, ``\\S``...), the alternative is tried on lines containing
    one of ``triggers`` (words, single symbols, ``"0"`` for a digit), or,
    if the rule declares none, any of the pattern's literal words.
    Spell words out (``(?:síguenos|siguenos)``, not ``s[íi]guenos``): a
    word broken by a character class cannot be indexed.

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
    - ``"tail"``: furniture only at the end of an article (an author's bio,
      "About the author"): the line is judged like any other, and goes, with
      what is kept after it, only when an article's worth of body comes
      before it and little body after it (see ``classify._tail``). Read
      alone, such a line could be body ("Jane Doe is a reporter who...").
    """

    name: str
    category: str
    pattern: str
    reason: str = ""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    role: str = "line"
    #: What a line must contain for the alternatives whose first word cannot
    #: be read off the pattern: words, single symbols (``"©"``, ``"|"``), or
    #: ``"0"`` for "a digit".
    triggers: tuple[str, ...] = ()
    #: The longest line (in ``\\w+`` words) the rule is tried on: furniture
    #: is short, and a body paragraph is never sent to a rule for labels.
    max_words: int = 16


def _collect() -> tuple[Rule, ...]:
    from . import meta, navigation, paywall, promo, today

    # today.py last: a line an older rule decides keeps that rule's label and role.
    return (*paywall.RULES, *promo.RULES, *navigation.RULES, *meta.RULES, *today.RULES)


#: Every built-in line rule, in the order they are tried.
LINE_RULES: tuple[Rule, ...] = _collect()

#: Every category a built-in rule or pipeline stage can report.
CATEGORIES: tuple[str, ...] = (
    "html-residue", "paywall", "pricing", "promo", "share", "advertisement",
    "related", "navigation", "byline", "disclaimer", "copyright", "credit",
    "cookie", "comments", "duplicate", "boilerplate", "repeated",
    "caption", "headline",  # only when Config.keep_captions / keep_headline are off
)

__all__ = ["CATEGORIES", "LINE_RULES", "MAX_RULE_LINE", "Rule"]
