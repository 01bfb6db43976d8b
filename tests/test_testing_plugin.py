"""cleantext.testing: fixture helpers and the one-line pytest integration."""
from __future__ import annotations

from pathlib import Path

import pytest

import cleantext
from cleantext.testing import Case, check_case, fixture_cases

pytest_plugins = ["pytester"]

BODY = "The council  approved the new budget on Tuesday after a long debate about schools and roads.\n"


def make_fixtures(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.input.txt").write_text(BODY)
    (folder / "good.expected.txt").write_text(cleantext.clean(BODY) + "\n")
    (folder / "bad.input.txt").write_text(BODY)
    (folder / "bad.expected.txt").write_text("Not what comes out.\n")
    (folder / "README.md").write_text("not a fixture")
    return folder


def test_fixture_cases_pairs_by_name(tmp_path):
    folder = make_fixtures(tmp_path / "fx")
    (folder / "page.input.html").write_text("<p>x</p>")
    cases = fixture_cases(folder)
    assert [c.name for c in cases] == ["bad", "good", "page"]
    assert cases[2] == Case("page", folder / "page.input.html", folder / "page.expected.txt")
    assert cases[2].is_html and not cases[0].is_html


def test_two_inputs_for_one_name_rejected(tmp_path):
    folder = make_fixtures(tmp_path / "fx")
    (folder / "good.input.html").write_text("<p>x</p>")
    with pytest.raises(ValueError, match="good"):
        fixture_cases(folder)


def test_check_case(tmp_path):
    folder = make_fixtures(tmp_path / "fx")
    good, bad = {c.name: c for c in fixture_cases(folder)}["good"], {c.name: c for c in fixture_cases(folder)}["bad"]
    assert check_case(good) is None
    problem = check_case(bad)
    assert problem is not None
    assert "-Not what comes out." in problem and "+The council approved" in problem


def test_check_case_missing_expected_and_empty_result(tmp_path):
    folder = tmp_path / "fx"
    folder.mkdir()
    (folder / "empty.input.txt").write_text("")
    (folder / "empty.expected.txt").write_text("")
    (folder / "lonely.input.txt").write_text(BODY)
    empty, lonely = fixture_cases(folder)
    assert check_case(empty) is None
    assert "(missing)" in (check_case(lonely) or "")


def test_fixture_tests_one_id_per_case(pytester, tmp_path):
    make_fixtures(pytester.path / "fixtures")
    pytester.makepyfile(test_user="""
        from cleantext.testing import fixture_tests

        test_fixtures = fixture_tests("fixtures")
    """)
    result = pytester.runpytest("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*test_fixtures?bad? FAILED*",
        "*test_fixtures?good? PASSED*",
    ])
    result.stdout.fnmatch_lines(["*-Not what comes out.*"])


def test_fixture_tests_relative_to_calling_module(pytester):
    make_fixtures(pytester.path / "tests" / "fixtures")
    pytester.makepyfile(**{"tests/test_user": """
        from cleantext.testing import fixture_tests

        test_fixtures = fixture_tests("fixtures")
    """})
    pytester.chdir()
    result = pytester.runpytest("tests", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)


def test_known_failures_are_strict_xfail(pytester):
    make_fixtures(pytester.path / "fixtures")
    pytester.makepyfile(test_user="""
        from cleantext.testing import fixture_tests

        test_fixtures = fixture_tests("fixtures", known_failures={"bad": "menu kept", "good": "now passes"})
    """)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(xfailed=1, failed=1)  # "good" passes: strict xfail reports it
    result.stdout.fnmatch_lines(["*XPASS(strict)*now passes*"])


def test_unknown_known_failure_is_an_error(pytester):
    make_fixtures(pytester.path / "fixtures")
    pytester.makepyfile(test_user="""
        from cleantext.testing import fixture_tests

        test_fixtures = fixture_tests("fixtures", known_failures={"typo": "x"})
    """)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)


def test_plugin_leaves_other_runs_alone(pytester):
    pytester.makepyfile(test_other="def test_ok():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
