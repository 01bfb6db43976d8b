"""Unit tests of the benchmark metric on tiny hand-made strings (no data, no bench extras)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.metric import DocScore, score_corpus, score_doc, shingles, tokens  # noqa: E402


def test_tokens_lowercase_unicode_word_runs() -> None:
    assert tokens("Hello, World! it's") == ["hello", "world", "it", "s"]
    assert tokens("Ça va TRÈS bien") == ["ça", "va", "très", "bien"]
    assert tokens("snake_case 42") == ["snake_case", "42"]


def test_shingles_are_consecutive_four_token_tuples() -> None:
    assert shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_shingles_exactly_four_tokens_give_one() -> None:
    assert shingles("a b c d") == Counter({("a", "b", "c", "d"): 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [("one", ("one",)), ("one two", ("one", "two")), ("One, two; THREE", ("one", "two", "three"))],
)
def test_shingles_short_text_is_one_whole_tuple(text: str, expected: tuple[str, ...]) -> None:
    assert shingles(text) == Counter({expected: 1})


@pytest.mark.parametrize("text", ["", "   \n", "... !!! --"])
def test_shingles_empty_text_gives_none(text: str) -> None:
    assert shingles(text) == Counter()


def test_shingles_are_a_multiset() -> None:
    # a b c d a b c d -> abcd, bcda, cdab, dabc, abcd
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert sum(shingles("a b c d a b c d").values()) == 5


def test_score_doc_extra_text_lowers_precision_only() -> None:
    # pred: abcd bcde cdef; truth: abcd bcde -> tp 2, fp 1, fn 0
    s = score_doc("a b c d e f", "a b c d e")
    assert (s.tp, s.fp, s.fn) == (2, 1, 0)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == 1.0
    assert s.f1 == pytest.approx(0.8)


def test_score_doc_missing_text_lowers_recall_only() -> None:
    # pred: abcd; truth: abcd bcde cdef defg -> tp 1, fp 0, fn 3
    s = score_doc("a b c d", "a b c d e f g")
    assert (s.tp, s.fp, s.fn) == (1, 0, 3)
    assert s.precision == 1.0
    assert s.recall == pytest.approx(0.25)
    assert s.f1 == pytest.approx(0.4)


def test_score_doc_multiset_intersection_counts_repeats_once_each() -> None:
    # pred abcd x2 + bcda, cdab, dabc; truth abcd x1 -> tp 1, fp 4
    s = score_doc("a b c d a b c d", "A B C D")
    assert (s.tp, s.fp, s.fn) == (1, 4, 0)
    assert s.precision == pytest.approx(0.2)
    assert s.recall == 1.0


def test_score_doc_short_texts() -> None:
    same = score_doc("Yes.", "yes")
    assert (same.tp, same.fp, same.fn, same.precision, same.recall) == (1, 0, 0, 1.0, 1.0)
    # ("yes", "no") is not ("yes",): no partial credit for short texts
    other = score_doc("yes no", "yes")
    assert (other.tp, other.fp, other.fn, other.precision, other.recall) == (0, 1, 1, 0.0, 0.0)


def test_score_doc_both_empty_is_perfect() -> None:
    s = score_doc("", "")
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_score_doc_empty_prediction() -> None:
    s = score_doc("", "a b c d e")
    assert (s.tp, s.fp, s.fn) == (0, 0, 2)
    assert (s.precision, s.recall) == (0.0, 0.0)


def test_score_doc_empty_truth() -> None:
    s = score_doc("a b c", "")
    assert (s.tp, s.fp, s.fn) == (0, 1, 0)
    assert (s.precision, s.recall) == (0.0, 0.0)


def test_score_corpus_means_over_nonzero_denominators() -> None:
    docs = [
        DocScore(tp=2, fp=1, fn=0),  # P 2/3, R 1
        DocScore(tp=0, fp=0, fn=3),  # P not counted, R 0
        DocScore(tp=0, fp=0, fn=0),  # counted in neither
        DocScore(tp=1, fp=0, fn=1),  # P 1, R 1/2
        DocScore(tp=0, fp=2, fn=0),  # P 0, R not counted
    ]
    c = score_corpus(docs)
    assert (c.n_precision, c.n_recall) == (3, 3)
    assert c.precision == pytest.approx((2 / 3 + 1 + 0) / 3)  # 5/9
    assert c.recall == pytest.approx((1 + 0 + 0.5) / 3)  # 1/2
    assert c.f1 == pytest.approx(2 * (5 / 9) * 0.5 / (5 / 9 + 0.5))  # 10/19


def test_score_corpus_empty() -> None:
    c = score_corpus([])
    assert (c.precision, c.recall, c.f1, c.n_precision, c.n_recall) == (0.0, 0.0, 0.0, 0, 0)


def test_oracle_removes_junk_by_place():
    from benchmarks.oracle import oracle_texts

    truth = "the council voted to close the old bridge to cars next spring after engineers warned"
    output = "\n\n".join(["Menu of the day here today", "the council voted to close the old bridge",
                          "Advert for a great new car here", "to cars next spring after engineers warned",
                          "Most read stories this week here"])
    texts = oracle_texts(output, truth)
    assert texts["none"] == output
    assert texts["before"] == output.split("\n\n", 1)[1]
    assert texts["after"] == output.rsplit("\n\n", 1)[0]
    assert "Advert" not in texts["inside"] and "Menu" in texts["inside"]
    assert texts["all"] == "the council voted to close the old bridge\n\nto cars next spring after engineers warned"
    assert oracle_texts("", truth) == {mode: "" for mode in texts}
