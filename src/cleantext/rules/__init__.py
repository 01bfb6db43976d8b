"""Rule tables: each kind of page furniture named once, as data."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A pattern of page furniture.

    ``pattern`` is a ``regex``-module expression matched (``fullmatch`` for
    scope "line", ``search`` for scope "span") against one whitespace-normalised
    line. ``examples`` must match and ``counterexamples`` must not; the test
    suite checks both for every rule.
    """

    name: str
    category: str
    pattern: str
    reason: str = ""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    scope: str = "line"        # "line": the whole line is furniture; "span": remove the matched span
    strength: str = "strong"   # "strong": removed alone; "weak": removed only among other furniture
