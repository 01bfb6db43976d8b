"""Fixture helpers and the pytest plugin.

Fixtures are pairs named by case: ``<name>.input.txt`` (or
``<name>.input.html``) and ``<name>.expected.txt``. The expected file holds
the cleaned text followed by one ``"\\n"`` (an empty result: an empty file).

In a test module, one line gives one test id per case::

    from cleantext.testing import fixture_tests

    test_fixtures = fixture_tests("fixtures", known_failures={"odd-page": "menu kept"})

Known failures are ``xfail(strict=True)``: a case that starts passing is
reported. This module is also registered as a pytest plugin (``pytest11``),
so it imports nothing heavy and defines no hooks that change a test run.
"""
from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config

__all__ = ["Case", "fixture_cases", "render", "expected_text", "diff", "check_case", "fixture_tests"]

INPUT_SUFFIXES = (".input.txt", ".input.html")
EXPECTED_SUFFIX = ".expected.txt"


@dataclass(frozen=True)
class Case:
    """One fixture: its name, its input file and its (maybe missing) expected file."""

    name: str
    input_path: Path
    expected_path: Path

    @property
    def is_html(self) -> bool:
        return self.input_path.name.endswith(".input.html")


def fixture_cases(directory: str | Path) -> list[Case]:
    """The cases in ``directory`` (not recursive), sorted by name.

    Raises ``ValueError`` when one name has both a ``.txt`` and an ``.html`` input.
    """
    folder = Path(directory)
    cases: dict[str, Case] = {}
    for path in sorted(folder.iterdir()):
        suffix = next((s for s in INPUT_SUFFIXES if path.name.endswith(s)), None)
        if suffix is None or not path.is_file():
            continue
        name = path.name[: -len(suffix)]
        if name in cases:
            raise ValueError(f"fixture {name!r} has two inputs: {cases[name].input_path.name}, {path.name}")
        cases[name] = Case(name, path, folder / f"{name}{EXPECTED_SUFFIX}")
    return [cases[name] for name in sorted(cases)]


def render(case: Case, config: Config | None = None) -> str:
    """What the expected file of ``case`` should contain: the cleaned text plus one newline."""
    import cleantext
    from .encoding import decode

    source = decode(case.input_path.read_bytes(), html=case.is_html).text  # as the CLI reads files
    clean_html = getattr(cleantext, "clean_html", None)
    if case.is_html and clean_html is not None:
        text = clean_html(source, config=config)
    else:
        text = cleantext.clean(source, config=config)
    return text + "\n" if text else ""


def expected_text(case: Case) -> str | None:
    """The expected file's text, or None when it does not exist."""
    try:
        return case.expected_path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None


def diff(expected: str, actual: str, *, expected_name: str = "expected", actual_name: str = "actual") -> str:
    """A unified diff of two texts (with a note when they differ only in line endings)."""
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      fromfile=expected_name, tofile=actual_name, lineterm=""))
    if not lines and expected != actual:
        lines = [f"--- {expected_name}", f"+++ {actual_name}",
                 f"(texts differ only in line endings: {expected[-20:]!r} vs {actual[-20:]!r})"]
    return "\n".join(lines)


def check_case(case: Case, config: Config | None = None) -> str | None:
    """None when ``case`` passes, else a unified diff (expected -> actual)."""
    actual = render(case, config)
    expected = expected_text(case)
    if expected == actual:
        return None
    label = str(case.expected_path) + (" (missing)" if expected is None else "")
    return diff(expected or "", actual, expected_name=label, actual_name=f"{case.name} (cleaned)")


def fixture_tests(directory: str | Path, *, config: Config | None = None,
                  known_failures: Mapping[str, str] | None = None) -> Callable[..., None]:
    """A pytest test function parametrized over the cases in ``directory``.

    A relative ``directory`` is looked up from the current directory, then
    from the directory of the calling module. ``known_failures`` maps case
    names to reasons; those cases are ``xfail(strict=True)``. An unknown name
    there raises ``ValueError`` (a typo would otherwise hide a failure).
    """
    import pytest

    folder = _resolve(Path(directory), sys._getframe(1).f_globals)
    cases = fixture_cases(folder)
    known = dict(known_failures or {})
    unknown = sorted(set(known) - {c.name for c in cases})
    if unknown:
        raise ValueError(f"known_failures names no fixture in {folder}: {', '.join(unknown)}")
    params = [
        pytest.param(c, id=c.name,
                     marks=[pytest.mark.xfail(strict=True, reason=known[c.name])] if c.name in known else [])
        for c in cases
    ]

    @pytest.mark.parametrize("case", params)
    def test_fixture(case: Case) -> None:
        problem = check_case(case, config)
        if problem is not None:
            pytest.fail(problem, pytrace=False)

    return test_fixture


def _resolve(folder: Path, caller: Mapping[str, Any]) -> Path:
    if folder.is_absolute() or folder.is_dir():
        return folder
    module_file = caller.get("__file__")
    if module_file:
        candidate = Path(module_file).resolve().parent / folder
        if candidate.is_dir():
            return candidate
    return folder
