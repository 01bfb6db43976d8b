"""Quality on several benchmark sets at once: F1/P/R per set and view, lost documents, crashes.

    PYTHONPATH=src python -m benchmarks.sets --data ../shared/bench/scrapinghub \
        ../shared/bench/fundus ../shared/bench/readability [--config body|defaults|both]
        [--views page,paragraphs,html] [--favor balanced,precision,recall] [--peers trafilatura]
        [--cache DIR] [--save run.json] [--compare old.json] [--markdown]

A document is *lost* by a system when its input already holds the body (recall of
the unchanged input view at least :data:`HOLDS_BODY`; for HTML input, of the page
view) and the output keeps less than half of that recall. Every change is judged on
all the sets at once: ``--save`` writes per-document scores, ``--compare`` lists the
documents whose recall or precision moved most against an earlier ``--save``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path

from .data import Doc, load_docs
from .metric import score_corpus, score_doc

HOLDS_BODY = 0.8      # the unchanged view holds the body when its recall is at least this
LOST_SHARE = 0.5      # ...and a system loses it when it keeps less than this share of that recall
VIEWS = ("page", "paragraphs", "html")
CONFIGS = {"body": {"keep_headline": False, "keep_captions": False}, "defaults": {}}


def load_cached(data_dir: Path, cache: Path | None) -> list[Doc]:
    """``load_docs``, remembered in ``cache`` (views take a while to build)."""
    if cache is None:
        return load_docs(data_dir)
    truth = (data_dir / "ground-truth.json").read_bytes()
    key = hashlib.sha1(str(data_dir.resolve()).encode() + truth).hexdigest()[:16]
    path = cache / f"{data_dir.name}-{key}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    docs = load_docs(data_dir)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(docs))
    return docs


def extractor(view: str, options: dict):
    if "peer" in options:  # a peer system of benchmarks.systems, reading the view it reads
        from .systems import SYSTEMS_BY_NAME

        system = SYSTEMS_BY_NAME[options["peer"]]
        run = system.build()
        return lambda doc: run(getattr(doc, system.input))
    import cleantext

    config = replace(cleantext.Config(), **options)
    if view == "html":
        return lambda doc: cleantext.clean_html(doc.html, config=config)
    return lambda doc: cleantext.clean(getattr(doc, view), config=config)


def run_set(docs: list[Doc], view: str, options: dict) -> dict:
    """Scores, lost documents and crashes of one view of one set."""
    fn = extractor(view, options)
    per_doc: dict[str, dict] = {}
    crashes: list[str] = []
    lost: list[str] = []
    scores = []
    seconds = 0.0
    for doc in docs:
        start = time.perf_counter()
        try:
            out = fn(doc)
        except Exception:
            out = ""
            crashes.append(doc.doc_id)
            traceback.print_exc(limit=3, file=sys.stderr)
        seconds += time.perf_counter() - start
        s = score_doc(out, doc.truth)
        scores.append(s)
        held = score_doc(doc.page if view == "html" else getattr(doc, view), doc.truth).recall
        if held >= HOLDS_BODY and s.recall < LOST_SHARE * held:
            lost.append(doc.doc_id)
        per_doc[doc.doc_id] = {"p": round(s.precision, 4), "r": round(s.recall, 4)}
    c = score_corpus(scores)
    return {"f1": c.f1, "p": c.precision, "r": c.recall, "lost": lost, "crashes": crashes,
            "docs": len(docs), "docs_per_s": len(docs) / seconds if seconds else None, "per_doc": per_doc}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", type=Path, required=True, help="benchmark set folders")
    ap.add_argument("--views", default=",".join(VIEWS))
    ap.add_argument("--config", default="body", choices=[*CONFIGS, "both"])
    ap.add_argument("--favor", default="balanced", help="presets to run, comma-separated: balanced,precision,recall")
    ap.add_argument("--peers", default="", help="peer systems of benchmarks.systems to run beside, e.g. trafilatura")
    ap.add_argument("--cache", type=Path, help="folder to keep the built views in between runs")
    ap.add_argument("--save", type=Path, help="write every figure and per-document score as JSON")
    ap.add_argument("--compare", type=Path, help="an earlier --save: list the documents that moved")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    views = [v for v in args.views.split(",") if v]
    configs = list(CONFIGS) if args.config == "both" else [args.config]
    favors = [f for f in args.favor.split(",") if f]
    results: dict[str, dict] = {}
    for data_dir in args.data:
        docs = load_cached(data_dir, args.cache)
        for config in configs:
            for favor in favors:
                name = config if favor == "balanced" else f"{config}+{favor}"
                for view in views:
                    results[f"{data_dir.name}/{view}/{name}"] = run_set(docs, view, {**CONFIGS[config], "favor": favor})
        for peer in (p for p in args.peers.split(",") if p):
            results[f"{data_dir.name}/{peer}"] = run_set(docs, "html", {"peer": peer})
    print(render(results, markdown=args.markdown))
    if args.compare:
        print(compare(json.loads(args.compare.read_text()), results))
    if args.save:
        args.save.write_text(json.dumps(results, indent=1))
    return 1 if any(r["crashes"] for r in results.values()) else 0


def render(results: dict[str, dict], *, markdown: bool = False) -> str:
    rows = [["set/view/config", "F1", "P", "R", "lost", "crashes", "docs/s"]]
    for key, r in results.items():
        rows.append([key, f"{r['f1']:.3f}", f"{r['p']:.3f}", f"{r['r']:.3f}", f"{len(r['lost'])}/{r['docs']}",
                     str(len(r["crashes"])), f"{r['docs_per_s']:.0f}" if r["docs_per_s"] else "-"])
    if markdown:
        return "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ["---"] * len(rows[0]), *rows[1:]])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    for key, r in results.items():
        if r["lost"]:
            out.append(f"lost {key}: {' '.join(r['lost'])}")
        if r["crashes"]:
            out.append(f"CRASH {key}: {' '.join(r['crashes'])}")
    return "\n".join(out)


def compare(old: dict, new: dict, top: int = 8) -> str:
    """Per run key: the figures' change, then the documents whose recall or precision moved most."""
    out = []
    for key, r in new.items():
        o = old.get(key)
        if not o:
            continue
        out.append(f"{key}: F1 {o['f1']:.4f} -> {r['f1']:.4f}  P {o['p']:.4f} -> {r['p']:.4f}  "
                   f"R {o['r']:.4f} -> {r['r']:.4f}  lost {len(o['lost'])} -> {len(r['lost'])}")
        moves = []
        for doc_id, s in r["per_doc"].items():
            t = o["per_doc"].get(doc_id)
            if t and (abs(s["r"] - t["r"]) > 0.005 or abs(s["p"] - t["p"]) > 0.005):
                moves.append((s["r"] - t["r"] + s["p"] - t["p"], doc_id, t, s))
        moves.sort()
        for delta, doc_id, t, s in moves[:top] + [m for m in moves[-top:] if m not in moves[:top]]:
            out.append(f"   {doc_id}: R {t['r']:.3f} -> {s['r']:.3f}  P {t['p']:.3f} -> {s['p']:.3f}")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
