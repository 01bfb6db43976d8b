"""What is concluded about one line: its class, and if it goes, the reason.

Below both the context-free pass (:mod:`cleantext.classify`), the DOM evidence
(:mod:`cleantext.evidence`) and the context stage (:mod:`cleantext.context`),
so none of them imports another for it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .rules import Rule

GOOD, BAD, SHORT = "good", "bad", "short"


@dataclass(slots=True)
class Decision:
    """What the classifier concluded about one line.

    :func:`_first_pass` builds it with positional arguments: keep the field order in step.
    """

    cls: str                      # GOOD, BAD or SHORT (context-free)
    keep: bool = True
    stage: str = ""
    category: str = ""
    rule: str = ""
    role: str = "line"
    words: int = 0
    sentence: bool = False        # ends like a sentence and starts like one, or is a list item
    forced: bool = False          # a user keep-pattern matched
    terminal: bool = False        # ends with sentence punctuation
    stops: int = 0                # function words
    sentences: int = 0            # sentence ends inside the line
    cjk: bool = False             # written without spaces between words
    near: bool = False            # long enough and dense enough to be body beside body
    punct: int = 0                # punctuation marks inside the line
    tail: Rule | None = None      # a "tail" rule matched: furniture if it ends the article


def drop(d: Decision, stage: str, category: str, rule: str) -> None:
    """Mark ``d`` removed, with its reason (a line a user's keep-pattern matched stays)."""
    if d.forced:
        return
    d.keep, d.stage, d.category, d.rule = False, stage, category, rule
