"""DOM evidence -> decisions, for lines that came from HTML (stub until the HTML front end lands)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .classify import Decision
    from .segment import Line


def judge(line: "Line", d: "Decision") -> None:
    """Mark ``d`` BAD (stage "html", a category and the evidence as rule) when the DOM says furniture."""
    ev = line.evidence
    if ev is not None and ev.hint is not None:
        category, token = ev.hint
        d.cls, d.keep, d.stage, d.category, d.rule = "bad", False, "html", category, f"dom:{token}"
