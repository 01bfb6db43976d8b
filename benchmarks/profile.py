"""Where text-mode time goes: ``python -m benchmarks.profile --data DIR [--view page]``.

Two tables for one cold pass of ``cleantext.clean`` over a view of every page
(after a warm-up pass that compiles the rules, the line memo cleared, as in
``benchmarks.run``):

* the functions with the most own time (cProfile);
* the line rules by time spent in their compiled alternatives' ``fullmatch``
  (each alternative wrapped with a timer: tries, matches, milliseconds).

The timers add overhead of their own, so compare rows within a table, not
with ``benchmarks.run``'s docs/s.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import Counter
from pathlib import Path

from .data import load_docs
from .run import DEFAULT_DATA


def function_profile(texts: list[str], top: int) -> None:
    import cleantext
    from cleantext.classify import clear_memos

    for text in texts:  # warm: rule tables compiled, caches filled; then forget the lines seen
        cleantext.clean(text)
    clear_memos()
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        cleantext.clean(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def rule_profile(texts: list[str], top: int) -> None:
    import cleantext
    from cleantext import classify

    seconds: Counter[str] = Counter()
    tries: Counter[str] = Counter()
    hits: Counter[str] = Counter()

    def timed(fullmatch, name: str):
        def run(text: str):
            start = time.perf_counter()
            found = fullmatch(text)
            seconds[name] += time.perf_counter() - start
            tries[name] += 1
            hits[name] += found is not None
            return found
        return run

    matcher = classify.matcher_for((), frozenset()).compile()  # every alternative, not only those reached so far
    alts = matcher._alts  # shared by the matcher's indexes: wrapped in place
    saved = list(alts)
    try:
        alts[:] = [(timed(fullmatch, rule.name), rule, *rest) for fullmatch, rule, *rest in saved]
        classify.clear_memos()
        for text in texts:
            cleantext.clean(text)
    finally:
        alts[:] = saved
        classify.clear_memos()
    print(f"rule regexes: {sum(seconds.values()) * 1000:.0f} ms in {sum(tries.values()):,} fullmatch calls")
    print(f"{'rule':26s} {'ms':>7s} {'tries':>7s} {'hits':>6s}")
    for name, secs in seconds.most_common(top):
        print(f"{name:26s} {secs * 1000:7.1f} {tries[name]:7,d} {hits[name]:6,d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data dir (html/, ground-truth.json)")
    parser.add_argument("--view", choices=("page", "paragraphs"), default="page")
    parser.add_argument("--top", type=int, default=15, help="rows per table")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    texts = [getattr(doc, args.view) for doc in load_docs(args.data, limit=args.limit)]
    function_profile(texts, args.top)
    rule_profile(texts, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
