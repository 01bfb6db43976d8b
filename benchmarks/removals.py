"""Which rules remove body text: every removal checked against the true body.

    PYTHONPATH=src python -m benchmarks.removals --data ../shared/bench/scrapinghub \
        ../shared/bench/fundus ../shared/bench/readability [--view page] [--rule NAME] [--show 20]

A removed line counts as *body* when most of its 4-token shingles occur in the
document's true body (lines of 1-3 tokens: when all their tokens do, in order).
Per (stage, rule): lines and words removed, and how many of them were body.
``--rule`` prints examples of the body lines that rule removed.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from .metric import shingles
from .sets import CONFIGS, load_cached

BODY_SHARE = 0.5


def is_body(text: str, truth_shingles: Counter) -> bool:
    own = shingles(text)
    if not own:
        return False
    return sum((own & truth_shingles).values()) / sum(own.values()) > BODY_SHARE


def main(argv: list[str] | None = None) -> int:
    import cleantext

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", type=Path, required=True)
    ap.add_argument("--view", default="page", choices=["page", "paragraphs", "html"])
    ap.add_argument("--config", default="body", choices=list(CONFIGS))
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--rule", help="print body lines this rule removed")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args(argv)
    config = replace(cleantext.Config(), **CONFIGS[args.config])
    stats: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    examples: list[str] = []
    for data_dir in args.data:
        for doc in load_cached(data_dir, args.cache):
            if args.view == "html":
                result = cleantext.explain_html(doc.html, config=config)
            else:
                result = cleantext.explain(getattr(doc, args.view), config=config)
            truth = shingles(doc.truth)
            for r in result.removals:
                if r.stage == "residue":
                    continue
                words = len(r.text.split())
                body = is_body(r.text, truth)
                s = stats[(r.stage, r.category, r.rule)]
                s[0] += 1
                s[1] += words
                s[2] += body
                s[3] += words if body else 0
                if body and args.rule == r.rule and len(examples) < args.show:
                    examples.append(f"{data_dir.name}/{doc.doc_id}: {r.text[:200]}")
    print(f"{'stage/category/rule':60} {'lines':>6} {'words':>7} {'body lines':>10} {'body words':>10}")
    for key, (n, w, b, bw) in sorted(stats.items(), key=lambda kv: -kv[1][3]):
        print(f"{'/'.join(key)[:60]:60} {n:6} {w:7} {b:10} {bw:10}")
    if examples:
        print("\n".join(["", f"body lines removed by {args.rule}:", *examples]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
