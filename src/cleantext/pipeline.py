"""The stages in order: text -> lines -> decisions -> Result."""
from __future__ import annotations

from collections.abc import Sequence

from . import context
from .classify import classify
from .config import Config
from .decision import Decision
from .result import Removal, Result
from .segment import Evidence, Line, lines as split_lines

_DEFAULT = Config()


def explain(text: str, *, config: Config | None = None) -> Result:
    """Clean ``text`` and say what was removed and why."""
    return explain_lines(text, config=config)


def explain_lines(text: str, evidence: Sequence[Evidence] | None = None, *, config: Config | None = None) -> Result:
    """The pipeline behind both front ends: ``text`` with optional per-line DOM evidence."""
    lines, decisions, notes = _decide(text, evidence, config)
    removals: list[Removal] = []
    for line, d in zip(lines, decisions):
        if d.keep:
            removals.extend(_residue_removals(line))
        elif line.text:
            removals.append(Removal(d.stage, d.category, d.rule, line.raw, _line_number(line), line.start, line.end))
        else:
            removals.extend(_residue_removals(line))
    return Result(_body(lines, decisions), tuple(removals), any(line.repaired for line in lines), source=text,
                  notes=notes)


def clean(text: str, *, config: Config | None = None) -> str:
    """The article body of ``text``: paragraphs joined by one blank line."""
    return clean_lines(text, config=config)


def clean_lines(text: str, evidence: Sequence[Evidence] | None = None, *, config: Config | None = None) -> str:
    """``explain_lines(...).text``, without building the removals nobody will read."""
    lines, decisions, _ = _decide(text, evidence, config)
    return _body(lines, decisions)


def _decide(text: str, evidence: Sequence[Evidence] | None,
            config: Config | None) -> tuple[list[Line], list[Decision], tuple[str, ...]]:
    """Lines, their decisions and the notes on the whole: the work :func:`clean` and :func:`explain_lines` share."""
    config = config or _DEFAULT
    lines = split_lines(text, repair=config.repair_encoding, evidence=evidence)
    decisions = classify(lines, config)
    notes = context.decide(lines, decisions, config)
    return lines, decisions, notes


def _body(lines: list[Line], decisions: list[Decision]) -> str:
    """The kept lines, one blank line between them."""
    return "\n\n".join([line.text for line, d in zip(lines, decisions) if d.keep])


def _residue_removals(line: Line) -> list[Removal]:
    return [Removal("residue", "html-residue", span.rule, line.raw[span.start:span.end],
                    _line_number(line), line.start + span.start, line.start + span.end)
            for span in line.spans]


def _line_number(line: Line) -> int:
    """1-based line in the source: the HTML source line for text from the HTML front end."""
    if line.evidence is not None and line.evidence.sourceline:
        return line.evidence.sourceline
    return line.index + 1
