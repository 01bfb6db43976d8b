"""The benchmark's own metric: 4-token shingle precision/recall (see README).

Pure functions only. Tokens are Unicode ``\\w+`` matches of the lower-cased text;
shingles are the multiset of consecutive 4-token tuples (a text of 1-3 tokens
gives its whole token tuple as one shingle; an empty text gives none).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-case ``text`` and return its ``\\w+`` tokens in order."""
    return _TOKEN.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Return the multiset of consecutive ``size``-token tuples of ``text``."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True)
class DocScore:
    """Shingle counts and scores of one predicted text against its truth."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp/(tp+fp); 1.0 when fp = fn = 0, 0.0 when tp+fp = 0 otherwise."""
        return _ratio(self.tp, self.tp + self.fp, self.fp == 0 and self.fn == 0)

    @property
    def recall(self) -> float:
        """tp/(tp+fn); 1.0 when fp = fn = 0, 0.0 when tp+fn = 0 otherwise."""
        return _ratio(self.tp, self.tp + self.fn, self.fp == 0 and self.fn == 0)

    @property
    def f1(self) -> float:
        """Harmonic mean of this document's precision and recall."""
        return harmonic_mean(self.precision, self.recall)


def _ratio(num: int, den: int, perfect: bool) -> float:
    if perfect:
        return 1.0
    if den == 0:
        return 0.0
    return num / den


def harmonic_mean(p: float, r: float) -> float:
    """2pr/(p+r), 0.0 when both are 0."""
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score_doc(predicted: str, truth: str) -> DocScore:
    """Score one document: multiset intersection of predicted and true shingles."""
    pred = shingles(predicted)
    true = shingles(truth)
    tp = sum((pred & true).values())
    return DocScore(tp=tp, fp=sum(pred.values()) - tp, fn=sum(true.values()) - tp)


@dataclass(frozen=True)
class CorpusScore:
    """Corpus precision, recall and F1 (means over eligible documents)."""

    precision: float
    recall: float
    f1: float
    n_precision: int
    n_recall: int


def score_corpus(docs: Iterable[DocScore]) -> CorpusScore:
    """Mean precision over docs with tp+fp > 0, mean recall over docs with tp+fn > 0."""
    precisions: list[float] = []
    recalls: list[float] = []
    for d in docs:
        if d.tp + d.fp > 0:
            precisions.append(d.precision)
        if d.tp + d.fn > 0:
            recalls.append(d.recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return CorpusScore(p, r, harmonic_mean(p, r), len(precisions), len(recalls))
