"""Cleaning the output again changes nothing: ``python -m benchmarks.idempotence --data DIR``.

The property tests check ``clean(clean(x)) == clean(x)`` on generated text; this
checks it on real pages: both text views of every benchmark document, with the
default configuration. (With ``keep_headline=False`` it cannot hold: each pass
drops the title-like line above the body, and the second pass finds another.)
It prints each view that changes on the second pass (with the first differing
line) and exits 1 if any does.
"""
from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from .data import load_docs
from .run import DEFAULT_DATA


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.idempotence", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data dir (html/, ground-truth.json)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    import cleantext

    checked = changed = 0
    for doc in load_docs(args.data, limit=args.limit):
        for view in ("page", "paragraphs"):
            once = cleantext.clean(getattr(doc, view))
            twice = cleantext.clean(once)
            checked += 1
            if once != twice:
                changed += 1
                diff = [d for d in difflib.unified_diff(once.splitlines(), twice.splitlines(), lineterm="", n=0)
                        if d[:1] in "+-" and d[:3] not in ("+++", "---")]
                print(f"{doc.doc_id} {view}: {diff[0][:120] if diff else '(whitespace)'}")
    print(f"{checked} views cleaned twice, {changed} changed on the second pass")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
