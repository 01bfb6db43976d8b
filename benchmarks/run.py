"""Run the quality + speed benchmark: ``python -m benchmarks.run --data DIR``.

Quality is the README metric (4-token shingle P/R/F1, see ``metric.py``);
speed is the best-of-N wall time of the extraction calls alone over all
documents (decoding and view building are excluded).
"""
from __future__ import annotations

import argparse
import csv
import gc
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .data import Doc, load_docs
from .metric import CorpusScore, DocScore, score_corpus, score_doc
from .systems import SYSTEMS, SYSTEMS_BY_NAME, Extractor, System, Unavailable

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "scrapinghub"
DEFAULT_BASELINE = "trafilatura"


@dataclass
class Outcome:
    """The measured result of one system over the corpus (or why it was skipped)."""

    system: System
    skipped: str | None = None
    outputs: list[str] = field(default_factory=list)
    doc_scores: list[DocScore] = field(default_factory=list)
    corpus: CorpusScore | None = None
    seconds: float = 0.0
    input_bytes: int = 0
    errors: int = 0

    @property
    def docs_per_s(self) -> float | None:
        """Documents per second of the best pass, None when skipped or unmeasurable."""
        if self.skipped or not self.system.timed or self.seconds <= 0:
            return None
        return len(self.outputs) / self.seconds

    @property
    def mb_per_s(self) -> float | None:
        """Input megabytes (UTF-8, 10^6 bytes) per second of the best pass."""
        if self.skipped or not self.system.timed or self.seconds <= 0:
            return None
        return self.input_bytes / 1e6 / self.seconds


def system_input(doc: Doc, system: System) -> str:
    """The text a system is given for one document."""
    return {"page": doc.page, "paragraphs": doc.paragraphs, "html": doc.html}[system.input]


def timed_pass(fn: Extractor, inputs: list[str]) -> tuple[list[str], float, int]:
    """Run ``fn`` over all inputs; return outputs, summed call time and error count."""
    outputs: list[str] = []
    total = 0.0
    errors = 0
    _forget_memos()  # every pass is timed cold: cleantext remembers lines it has seen
    gc.collect()
    for text in inputs:
        start = time.perf_counter()
        try:
            out = fn(text)
        except Exception:  # a peer failing on one page scores that page as empty
            out = ""
            errors += 1
        total += time.perf_counter() - start
        outputs.append(out if isinstance(out, str) else "")
    return outputs, total, errors


def _forget_memos() -> None:
    try:
        from cleantext.classify import clear_memos
    except ImportError:
        return
    clear_memos()


def measure(system: System, docs: list[Doc], repeat: int) -> Outcome:
    """Build and run one system; quality from the first pass, time = best of ``repeat``."""
    return measure_all([system], docs, repeat)[0]


def measure_all(systems: list[System], docs: list[Doc], repeat: int) -> list[Outcome]:
    """Build and run each system; quality from its first pass, time = its best of ``repeat``.

    The passes after the first go round the systems in turn (system 1, 2, ..., 1, 2, ...), so
    that a shared machine's slow spell falls on all of them alike and the ratios between them
    hold, instead of on whichever system happened to be running.
    """
    outcomes: list[Outcome] = []
    runs: list[tuple[int, Extractor, list[str]]] = []  # (outcome index, extractor, inputs) of the timed ones
    for system in systems:
        print(f"running {system.name} ...", file=sys.stderr)
        try:
            fn = system.build()
        except Unavailable as exc:
            outcomes.append(Outcome(system, skipped=str(exc)))
            continue
        inputs = [system_input(d, system) for d in docs]
        try:  # one untimed call, so that lazy set-up (imports, compiled patterns) is not timed
            fn(inputs[0])
        except Exception:
            pass
        outputs, seconds, errors = timed_pass(fn, inputs)
        scores = [score_doc(out, d.truth) for out, d in zip(outputs, docs)]
        outcomes.append(Outcome(
            system,
            outputs=outputs,
            doc_scores=scores,
            corpus=score_corpus(scores),
            seconds=seconds,
            input_bytes=sum(len(t.encode("utf-8")) for t in inputs),
            errors=errors,
        ))
        if system.timed:
            runs.append((len(outcomes) - 1, fn, inputs))
    for _ in range(repeat - 1):
        for k, fn, inputs in runs:
            _, seconds, _ = timed_pass(fn, inputs)
            outcomes[k].seconds = min(outcomes[k].seconds, seconds)
    return outcomes


def _fmt(value: float | None, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def table_rows(outcomes: list[Outcome], baseline: str) -> tuple[list[str], list[list[str]]]:
    """Header and formatted rows: system, input, F1, P, R, docs/s, MB/s, x baseline."""
    base = next((o for o in outcomes if o.system.name == baseline), None)
    base_rate = base.docs_per_s if base else None
    header = ["system", "input", "F1", "P", "R", "docs/s", "MB/s", f"x {baseline}"]
    rows: list[list[str]] = []
    for o in outcomes:
        c = o.corpus
        rate = o.docs_per_s
        ratio = rate / base_rate if rate is not None and base_rate else None
        speed = [_fmt(rate, ",.1f"), _fmt(o.mb_per_s, ",.2f"), _fmt(ratio, ",.2f")]
        if not o.system.timed:
            speed = ["-", "-", "-"]  # an unchanged view has no extraction call to time
        rows.append(
            [
                o.system.name,
                o.system.input,
                _fmt(c.f1 if c else None, ".3f"),
                _fmt(c.precision if c else None, ".3f"),
                _fmt(c.recall if c else None, ".3f"),
                *speed,
            ]
        )
    return header, rows


def render_table(header: list[str], rows: list[list[str]], *, markdown: bool) -> str:
    """Render rows as a markdown table or as aligned plain text."""
    if markdown:
        align = ["---", "---"] + ["---:"] * (len(header) - 2)
        lines = [header, align, *rows]
        return "\n".join("| " + " | ".join(r) + " |" for r in lines)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(r: list[str]) -> str:
        cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))]
        return "  ".join(cells)

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def outcome_json(o: Outcome) -> dict[str, object]:
    """A JSON-ready summary of one outcome."""
    c = o.corpus
    return {
        "system": o.system.name,
        "input": o.system.input,
        "description": o.system.description,
        "skipped": o.skipped,
        "f1": c.f1 if c else None,
        "precision": c.precision if c else None,
        "recall": c.recall if c else None,
        "docs_scored_precision": c.n_precision if c else None,
        "docs_scored_recall": c.n_recall if c else None,
        "docs": len(o.outputs),
        "seconds": o.seconds if o.system.timed and not o.skipped else None,
        "docs_per_s": o.docs_per_s,
        "mb_per_s": o.mb_per_s,
        "input_bytes": o.input_bytes,
        "errors": o.errors,
    }


def write_per_doc(path: Path, outcome: Outcome, docs: list[Doc]) -> None:
    """Write one CSV row per document: id, url, tp, fp, fn, precision, recall, f1."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["doc_id", "url", "tp", "fp", "fn", "precision", "recall", "f1"])
        for d, s in zip(docs, outcome.doc_scores):
            scores = [f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}"]
            writer.writerow([d.doc_id, d.url, s.tp, s.fp, s.fn, *scores])


def write_dump(directory: Path, outcome: Outcome, docs: list[Doc]) -> None:
    """Write ``<id>.pred.txt``, ``.input.txt`` and ``.truth.txt`` per doc, plus index.tsv."""
    directory.mkdir(parents=True, exist_ok=True)
    index = ["doc_id\tprecision\trecall\tf1\turl"]
    for d, out, s in zip(docs, outcome.outputs, outcome.doc_scores):
        (directory / f"{d.doc_id}.pred.txt").write_text(out, encoding="utf-8")
        (directory / f"{d.doc_id}.truth.txt").write_text(d.truth, encoding="utf-8")
        source = system_input(d, outcome.system)
        (directory / f"{d.doc_id}.input.txt").write_text(source, encoding="utf-8")
        index.append(f"{d.doc_id}\t{s.precision:.4f}\t{s.recall:.4f}\t{s.f1:.4f}\t{d.url}")
    (directory / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    names = ", ".join(s.name for s in SYSTEMS)
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    add = ap.add_argument
    add("--data", type=Path, default=DEFAULT_DATA, help="data dir (html/, ground-truth.json)")
    add("--systems", default="", help=f"comma-separated subset (default: all): {names}")
    add("--repeat", type=int, default=1, help="timing passes per system (after the first, round the systems in turn); the best is reported")
    add("--baseline", default=DEFAULT_BASELINE, help="system for the speed-ratio column")
    add("--markdown", action="store_true", help="print a markdown table")
    add("--json", type=Path, help="write the results as JSON to this file")
    add("--per-doc", type=Path, help="write per-document scores of --system to this CSV")
    add("--dump", type=Path, help="write prediction, input and truth per doc of --system here")
    add("--system", help="the system for --per-doc / --dump")
    add("--limit", type=int, help="only the first N documents (quick checks)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")
    if (args.per_doc or args.dump) and not args.system:
        ap.error("--per-doc and --dump need --system NAME")
    requested = [n.strip() for n in args.systems.split(",") if n.strip()]
    requested = requested or [s.name for s in SYSTEMS]
    if args.system and args.system not in requested:
        requested.append(args.system)
    unknown = [n for n in requested if n not in SYSTEMS_BY_NAME]
    if unknown:
        ap.error(f"unknown system(s): {', '.join(unknown)}; known: {names}")
    args.selected = requested
    if not (args.data / "ground-truth.json").is_file():
        ap.error(f"no ground-truth.json under {args.data}")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point: load data, measure the selected systems, print and write results."""
    args = parse_args(argv)
    print(f"loading {args.data} ...", file=sys.stderr)
    docs = load_docs(args.data, limit=args.limit)
    outcomes = measure_all([SYSTEMS_BY_NAME[name] for name in args.selected], docs, args.repeat)
    header, rows = table_rows(outcomes, args.baseline)
    print(f"{len(docs)} documents, best of {args.repeat} pass(es)")
    print(render_table(header, rows, markdown=args.markdown))
    for o in outcomes:
        if o.skipped:
            print(f"n/a {o.system.name}: {o.skipped}")
        elif o.errors:
            print(f"{o.system.name}: {o.errors} document(s) raised and were scored as empty")
    if args.json:
        payload = {
            "docs": len(docs),
            "repeat": args.repeat,
            "baseline": args.baseline,
            "results": [outcome_json(o) for o in outcomes],
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.system:
        chosen = next(o for o in outcomes if o.system.name == args.system)
        if chosen.skipped:
            print(f"--system {args.system} was skipped: {chosen.skipped}", file=sys.stderr)
            return 1
        if args.per_doc:
            write_per_doc(args.per_doc, chosen, docs)
        if args.dump:
            write_dump(args.dump, chosen, docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
