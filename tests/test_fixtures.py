"""Every bundled fixture, through the public API and the same helper users get.

Each case is one test id: ``tests/test_fixtures.py::test_fixtures[<name>]``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import cleantext
from cleantext.testing import fixture_cases, fixture_tests

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

test_fixtures = fixture_tests(FIXTURES)

TEXT_CASES = [c for c in fixture_cases(FIXTURES) if c.input_path.name.endswith(".input.txt")]


def _ids(cases):
    return [c.name for c in cases]


def _read(case) -> str:
    return case.input_path.read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize("case", TEXT_CASES, ids=_ids(TEXT_CASES))
def test_every_removal_is_in_the_input_where_it_says(case):
    source = _read(case)
    result = cleantext.explain(source)
    assert result.source is source
    for r in result.removals:
        assert source[r.start:r.end] == r.text
        assert source.count("\n", 0, r.start) + 1 == r.line or "\r" in source
        assert r.category and r.rule and r.stage


@pytest.mark.parametrize("case", TEXT_CASES, ids=_ids(TEXT_CASES))
def test_cleaning_is_idempotent(case):
    once = cleantext.clean(_read(case))
    assert cleantext.clean(once) == once


@pytest.mark.parametrize("case", TEXT_CASES, ids=_ids(TEXT_CASES))
def test_clean_is_explain_text(case):
    source = _read(case)
    assert cleantext.clean(source) == cleantext.explain(source).text


def test_seed_fixtures_are_present():
    names = {c.name for c in fixture_cases(FIXTURES)}
    assert {"business-standard-paywall", "sputnik-taliban-caption-residue"} <= names
    assert len(names) >= 18
