"""The pattern cache only saves time: answers read back equal the ones worked out."""
from __future__ import annotations

import pickle

import regex

from cleantext import classify, patterncache, triggers
from cleantext.rules import LINE_RULES


def _fresh(monkeypatch, folder):
    monkeypatch.setenv(patterncache.ENV, str(folder))
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())


def test_answers_read_back_equal_the_computed_ones(monkeypatch, tmp_path):
    sources = [a for rule in LINE_RULES[:8] for a in triggers.alternatives(rule.pattern)]
    _fresh(monkeypatch, tmp_path)
    first = [(patterncache.get("needed_literal", s, triggers.needed_literal),
              patterncache.compiled(s, regex.IGNORECASE)) for s in sources]
    patterncache.save()
    assert list(tmp_path.glob("patterns-*.pickle"))
    _fresh(monkeypatch, tmp_path)
    calls = []
    again = [(patterncache.get("needed_literal", s, lambda p: calls.append(p)),
              patterncache.compiled(s, regex.IGNORECASE)) for s in sources]
    assert not calls  # read back, not worked out
    for (needs, pattern), (needs2, pattern2) in zip(first, again):
        assert needs == needs2
        assert (pattern.pattern, pattern.flags) == (pattern2.pattern, pattern2.flags)
        assert pickle.dumps(pattern) == pickle.dumps(pattern2)  # the same compiled code


def test_a_matcher_decides_alike_with_and_without_the_cache(monkeypatch, tmp_path):
    lines = [" ".join(e.split()) for rule in LINE_RULES for e in (*rule.examples, *rule.counterexamples)]
    results = []
    for folder in (tmp_path, tmp_path, ""):  # empty, then filled, then switched off
        _fresh(monkeypatch, folder)
        matcher = classify.Matcher(LINE_RULES)
        results.append([getattr(matcher.match(t, regex.findall(r"\w+", t.lower())), "name", None) for t in lines])
        patterncache.save()
    assert results[0] == results[1] == results[2]
    assert any(results[0])


def test_a_broken_cache_file_is_ignored(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    patterncache.compiled("ab+c", regex.IGNORECASE)
    patterncache.save()
    (path,) = tmp_path.glob("patterns-*.pickle")
    path.write_bytes(b"not a pickle")
    _fresh(monkeypatch, tmp_path)
    assert patterncache.compiled("ab+c", regex.IGNORECASE).fullmatch("ABBC")


def test_a_cache_entry_may_not_call_anything_but_the_regex_compiler(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    patterncache.compiled("x", regex.IGNORECASE)  # makes the store know its file
    store = patterncache._STORE
    store.entries[(f"compiled/{regex.IGNORECASE}", "evil")] = pickle.dumps(print)
    assert patterncache.compiled("evil", regex.IGNORECASE).fullmatch("EVIL")


def test_switched_off_it_writes_nothing(monkeypatch, tmp_path):
    _fresh(monkeypatch, "")
    patterncache.compiled("ab+c", regex.IGNORECASE)
    patterncache.save()
    assert patterncache._STORE.path is None


def _json_round_trip(data):
    import json
    return json.loads(json.dumps(data))


def test_the_shipped_analysis_is_that_of_the_rules_and_analyser_of_this_checkout():
    import gzip
    import json
    with gzip.open(patterncache.SEED, "rt", encoding="utf-8") as f:
        shipped = json.load(f)
    assert shipped == _json_round_trip(patterncache.seed_of(LINE_RULES)), (
        "the shipped pattern analysis is out of date: run "
        "python -c 'from cleantext import patterncache; patterncache.write_seed()'")


def test_a_first_process_reads_the_analysis_of_the_built_in_rules_off_the_seed(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)  # an empty cache folder: the first process on a machine

    def worked_out(pattern):
        raise AssertionError(f"analysed, not read: {pattern[:60]}")

    lines = [" ".join(e.split()) for rule in LINE_RULES for e in (*rule.examples, *rule.counterexamples)]
    with monkeypatch.context() as m:
        for name in ("indexed_alternatives", "leading_words", "literal_words", "needed_strings", "needs_digit"):
            m.setattr(triggers, name, worked_out)
        matcher = classify.Matcher(LINE_RULES)
        seeded = [getattr(matcher.match(t, regex.findall(r"\w+", t.lower())), "name", None) for t in lines]
    _fresh(monkeypatch, "")  # no cache, and no seed: everything worked out
    monkeypatch.setattr(patterncache, "SEED", tmp_path / "missing.json.gz")
    matcher = classify.Matcher(LINE_RULES)
    assert seeded == [getattr(matcher.match(t, regex.findall(r"\w+", t.lower())), "name", None) for t in lines]
    assert any(seeded)


def test_a_seed_of_another_analyser_or_a_broken_one_is_ignored(monkeypatch, tmp_path):
    assert patterncache._seed()
    monkeypatch.setattr(patterncache, "_analyser", lambda: "another analyser")
    assert patterncache._seed() == {}
    monkeypatch.undo()
    # a Python or regex that sees one of the patterns' characters otherwise (another case mapping, class)
    monkeypatch.setattr(patterncache, "_characters", lambda patterns: "another view of the characters")
    assert patterncache._seed() == {}
    monkeypatch.undo()
    broken = tmp_path / "seed.json.gz"
    broken.write_bytes(b"not gzip")
    monkeypatch.setattr(patterncache, "SEED", broken)
    assert patterncache._seed() == {}
