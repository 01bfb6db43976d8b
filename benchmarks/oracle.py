"""Headroom of text mode: ``python -m benchmarks.oracle --data DIR``.

cleantext's output for each view is split into its paragraphs; a paragraph is
*body* when at least half of its 4-token shingles are in the true body, and
*junk* otherwise. The oracle then removes the junk paragraphs that stand
before the first body paragraph, after the last one, inside, or all of them,
and scores what is left with the benchmark metric. It says where the errors
left are, and what perfect removal of each kind would be worth; it never
adds text, so recall can only stay or fall.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .data import load_docs
from .metric import score_corpus, score_doc, shingles
from .run import DEFAULT_DATA

MODES = ("none", "before", "after", "inside", "all")
BODY_SHARE = 0.5  # a paragraph with at least this share of its shingles in the truth is body


def _is_body(paragraph: str, truth: dict) -> bool:
    own = shingles(paragraph)
    total = sum(own.values())
    return total > 0 and sum(min(n, truth[k]) for k, n in own.items()) >= BODY_SHARE * total


def oracle_texts(output: str, truth_text: str) -> dict[str, str]:
    """The output with each kind of junk paragraph removed, by mode."""
    paragraphs = output.split("\n\n") if output else []
    truth = shingles(truth_text)
    body = [_is_body(p, truth) for p in paragraphs]
    first = body.index(True) if any(body) else len(body)
    last = len(body) - 1 - body[::-1].index(True) if any(body) else -1

    def place(i: int) -> str:
        return "before" if i < first else "after" if i > last else "inside"

    return {mode: "\n\n".join(p for i, (p, ok) in enumerate(zip(paragraphs, body))
                              if ok or not (mode == "all" or mode == place(i)))
            for mode in MODES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.oracle", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data dir (html/, ground-truth.json)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    import cleantext

    docs = load_docs(args.data, limit=args.limit)
    print("view        junk removed   F1     P      R")
    for view in ("page", "paragraphs"):
        scores: dict[str, list] = {mode: [] for mode in MODES}
        for doc in docs:
            for mode, text in oracle_texts(cleantext.clean(getattr(doc, view)), doc.truth).items():
                scores[mode].append(score_doc(text, doc.truth))
        for mode in MODES:
            c = score_corpus(scores[mode])
            print(f"{view:11s} {mode:13s} {c.f1:.3f}  {c.precision:.3f}  {c.recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
