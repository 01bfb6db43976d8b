"""Behaviour fingerprint: ``python -m benchmarks.identity --data DIR... [--views page,paragraphs,html] [--cache DIR] [--save f.json] [--compare f.json]``.

For a change that must not change behaviour (a speed-up, a refactoring), hash
every output text and every removal of ``cleantext.explain`` over each set ×
view (page, paragraphs; html with ``--views``) × config (defaults, body), before
and after: one digest per combination, and, with ``--compare``, the documents
whose output or removals differ from an earlier ``--save``.

``explain`` is run, and then ``clean``, whose text must equal ``explain``'s
(they share the decisions but build the result apart); for the html view,
``explain_html`` (the digest also covers the blocks and their DOM evidence)
and ``clean_html``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

from .sets import CONFIGS, load_cached

VIEWS = ("page", "paragraphs")
ALL_VIEWS = ("page", "paragraphs", "html")


def fingerprint(docs, view: str, options: dict) -> dict[str, str]:
    """doc id -> digest of its output text and removals."""
    import cleantext
    from cleantext.html import blocks

    config = replace(cleantext.Config(), **options)
    out = {}
    if view == "html":
        explain, clean = cleantext.explain_html, cleantext.clean_html
    else:
        explain, clean = cleantext.explain, cleantext.clean
    for doc in docs:
        text = getattr(doc, view)
        result = explain(text, config=config)
        cleaned = clean(text, config=config)
        if cleaned != result.text:
            raise AssertionError(f"{doc.doc_id}: clean() and explain().text differ")
        h = hashlib.sha256(result.text.encode("utf-8", "surrogatepass"))
        if view == "html":  # the blocks and all their DOM evidence, not only what the decisions made of it
            for block, evidence in blocks(text):
                h.update(block.encode("utf-8", "surrogatepass"))
                h.update(repr(evidence).encode("utf-8", "surrogatepass"))
        for r in result.removals:
            h.update(repr(r).encode("utf-8", "surrogatepass"))
        h.update(repr((result.repaired, result.notes)).encode())
        out[doc.doc_id] = h.hexdigest()[:16]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", type=Path, required=True)
    ap.add_argument("--views", default=",".join(VIEWS), help=f"comma-separated, of {','.join(ALL_VIEWS)}")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    views = [v for v in args.views.split(",") if v]
    if any(v not in ALL_VIEWS for v in views):
        ap.error(f"--views: one of {', '.join(ALL_VIEWS)}")
    results: dict[str, dict[str, str]] = {}
    for data_dir in args.data:
        docs = load_cached(data_dir, args.cache)
        for config in CONFIGS:
            for view in views:
                key = f"{data_dir.name}/{view}/{config}"
                results[key] = fingerprint(docs, view, CONFIGS[config])
                total = hashlib.sha256(json.dumps(results[key], sort_keys=True).encode()).hexdigest()[:16]
                print(f"{key:40s} {len(results[key]):4d} docs  {total}")
    if args.save:
        args.save.write_text(json.dumps(results, indent=1, sort_keys=True))
    if args.compare:
        old = json.loads(args.compare.read_text())
        differ = [(key, doc) for key in old if key in results for doc in old[key] if results[key].get(doc) != old[key][doc]]
        missing = [key for key in old if key not in results]
        for key, doc in differ[:50]:
            print(f"DIFFERS {key} {doc}")
        print(f"identity: {len(differ)} document outputs differ, {len(missing)} combinations missing "
              f"of {sum(len(v) for v in old.values())}")
        return 1 if differ or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
