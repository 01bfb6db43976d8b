"""DOM evidence -> decisions, for lines that came from HTML.

:func:`judge` runs before the text rules on every line the HTML front end
produced. It only ever marks a line BAD (stage ``"html"``); everything it
leaves alone is judged by the text rules and the statistics exactly as in
text mode. Headings and captions are left to the text logic.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .decision import Decision
    from .segment import Line

#: A block whose words are at least this share link text...
LINK_DENSITY_MAX = 0.5
#: ...and which is shorter than this is a link list item (menu entry, teaser headline).
LINK_BLOCK_MAX_WORDS = 40
#: A longer block that is all link, outside the article's container, is a clickable teaser card.
LINKED_TEXT_MIN = 0.9
#: A subheading (not <h1>) that is all link is the headline of a teaser for another page.
LINKED_HEADING_MIN = 0.9
#: ...unless it sits in the article's container with this many words of its own (a round-up item:
#: the linked headline of a story, then what it says).
BODY_OWN_WORDS = 8
#: Link-only blocks up to this many words are menu entries; longer ones are headlines of other stories.
MENU_ITEM_MAX_WORDS = 4


def judge(line: "Line", d: "Decision") -> None:
    """Mark ``d`` BAD (stage "html", a category and the evidence as rule) when the DOM says furniture.

    - a furniture hint on the block or an ancestor (tag or class/id token,
      :mod:`cleantext.rules.dom`): its category, rule ``dom:<token>``;
    - a short block that is mostly link text (not a heading): ``navigation``
      (up to :data:`MENU_ITEM_MAX_WORDS` words) or ``related``, rule ``link-density``;
    - a subheading that is all link (a teaser headline): ``related``, rule ``linked-heading``;
    - a longer block that is all link, outside the article's container (a teaser card):
      ``related``, rule ``linked-text``.
    """
    ev = line.evidence
    if ev is None:
        return
    if ev.hint is not None:
        category, token = ev.hint
        _bad(d, category, f"dom:{token}")
        return
    if ev.heading:
        if ev.link_density >= LINKED_HEADING_MIN and ev.tag != "h1":
            _bad(d, "related", "linked-heading")
        return
    if ev.link_density >= LINK_DENSITY_MAX and d.words < LINK_BLOCK_MAX_WORDS and not (
            ev.body and d.words * (1 - ev.link_density) >= BODY_OWN_WORDS):
        _bad(d, "navigation" if d.words <= MENU_ITEM_MAX_WORDS else "related", "link-density")
    elif ev.link_density >= LINKED_TEXT_MIN and not ev.body:
        _bad(d, "related", "linked-text")
    elif ev.body:
        d.cls = "good"  # a block beside the article's paragraphs, in their container (text rules may still veto)


def _bad(d: "Decision", category: str, rule: str) -> None:
    d.cls, d.keep, d.stage, d.category, d.rule = "bad", False, "html", category, rule
