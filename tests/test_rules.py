"""Every rule matches its examples and no rule matches any counterexample."""
from __future__ import annotations

import pytest
import regex

import cleantext

from cleantext import triggers
from cleantext.classify import Matcher
from cleantext.rules import CATEGORIES, LINE_RULES

ALL = Matcher(LINE_RULES)


def _ids(rules):
    return [r.name for r in rules]


def test_rule_names_are_unique():
    names = _ids(LINE_RULES)
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", LINE_RULES, ids=_ids(LINE_RULES))
def test_rule_is_documented(rule):
    assert rule.category in CATEGORIES
    assert rule.reason and rule.examples and rule.counterexamples
    assert rule.role in {"line", "inline", "heading", "barrier", "tail"}


def _words(text):
    return regex.findall(r"\w+", triggers.lower_words(text))


@pytest.mark.parametrize("rule", LINE_RULES, ids=_ids(LINE_RULES))
def test_rule_matches_its_examples(rule):
    """Through the trigger index, so a rule whose triggers miss its own examples fails."""
    alone = Matcher((rule,))
    missed = [e for e in rule.examples if alone.match(" ".join(e.split()), _words(e)) is None]
    assert not missed


@pytest.mark.parametrize("rule", LINE_RULES, ids=_ids(LINE_RULES))
def test_no_rule_matches_a_counterexample(rule):
    hits = {c: ALL.match(c, _words(c)).name for c in rule.counterexamples if ALL.match(c, _words(c))}
    assert not hits


def test_a_rule_reads_a_line_behind_its_leading_arrow():
    result = cleantext.explain("\n".join([
        "The council voted on Tuesday to close the old bridge to cars from next spring, engineers said.",
        "» Publicidade", "• Share",
        "Cyclists and pedestrians will still be able to cross, but buses will be diverted, officials said."]))
    assert [(r.text, r.rule) for r in result.removals] == [("» Publicidade", "advertisement"), ("• Share", "share-bar")]
