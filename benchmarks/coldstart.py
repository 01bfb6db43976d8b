"""Cold start: ``python -m benchmarks.coldstart [--data DIR] [--fixture F] [--runs N]``.

What a CLI call in a shell loop or a fresh worker process pays before its
first answer. Each case runs in a fresh interpreter (``python -c``), N times,
interleaved (case 1, case 2, ..., case 1, ...), so that load on the machine
falls on every case alike; the table shows medians:

* ``cleantext import``: ``import cleantext`` alone;
* ``cleantext fixture``: the import and the first ``clean()`` of a seed fixture;
* ``cleantext page``: the import and the first ``clean()`` of the page view of a
  benchmark page (the view is built beforehand, in this process);
* ``... no cache``: the same with an empty pattern cache (:mod:`cleantext.patterncache`),
  a fresh directory every run: the first process on a machine, or after the rules or
  ``regex`` changed, which compiles what it needs (and writes it to the cache);
  without the suffix, the cache is as an earlier process left it: a private
  directory, filled by one untimed run of the same case (what every later process
  of a CLI loop or worker pool finds);
* ``trafilatura import``: ``import trafilatura`` alone;
* ``trafilatura extract``: the import and the first ``extract()`` of that page's HTML.

Two times per case: *in-process* (from just before the import to just after the
call, read by the child itself: what the library costs) and *wall* (the whole
subprocess, interpreter start-up and exit included). Input files are read
before the clock starts. No warm-up: every run is a cold process (the OS file
cache is warm after the first, for every case alike).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .run import DEFAULT_DATA, REPO_ROOT

DEFAULT_FIXTURE = REPO_ROOT / "fixtures" / "business-standard-paywall.input.txt"

# Each child prints the seconds from before its import to after its call.
_CHILD = """\
import sys, time
data = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else None
start = time.perf_counter()
{body}
print(time.perf_counter() - start)
"""
CASES = {
    "cleantext import": "import cleantext",
    "cleantext fixture": "import cleantext\ncleantext.clean(data)",
    "cleantext page": "import cleantext\ncleantext.clean(data)",
    "cleantext fixture no cache": "import cleantext\ncleantext.clean(data)",
    "cleantext page no cache": "import cleantext\ncleantext.clean(data)",
    "trafilatura import": "import trafilatura",
    "trafilatura extract": "import trafilatura\ntrafilatura.extract(data)",
}
CACHE_ENV = "CLEANTEXT_CACHE_DIR"


def run_case(python: str, body: str, arg: str | None, env: dict) -> tuple[float, float]:
    """(in-process seconds, wall seconds) of one fresh interpreter."""
    args = [python, "-c", _CHILD.format(body=body)] + ([arg] if arg else [])
    start = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - start
    return float(out.strip().splitlines()[-1]), wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.coldstart", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark set (its first page is used)")
    ap.add_argument("--fixture", type=Path, default=DEFAULT_FIXTURE, help="text fixture for 'cleantext fixture'")
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per case (the median is shown)")
    ap.add_argument("--cases", default=",".join(CASES), help="comma-separated subset of the cases")
    args = ap.parse_args(argv)
    from .data import load_docs

    doc = load_docs(args.data, limit=1)[0]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT / "src"), env.get("PYTHONPATH")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cases = [c for c in args.cases.split(",") if c]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp, "page.txt")
        page.write_text(doc.page, encoding="utf-8")
        html = Path(tmp, "page.html")
        html.write_text(doc.html, encoding="utf-8")
        inputs = {"cleantext fixture": str(args.fixture), "cleantext page": str(page),
                  "cleantext fixture no cache": str(args.fixture), "cleantext page no cache": str(page),
                  "trafilatura extract": str(html)}
        counter = iter(range(10**9))

        def case_env(case: str) -> dict:
            """The environment of one run: its own cache directory (a fresh one for 'no cache')."""
            kind = f"fresh-{next(counter)}" if case.endswith("no cache") else case.replace(" ", "-")
            return {**env, CACHE_ENV: str(Path(tmp, "cache", kind))}

        times: dict[str, list[tuple[float, float]]] = {c: [] for c in cases}
        for case in cases:  # bytecode written, and each cached case's cache filled, outside the measured runs
            run_case(sys.executable, CASES[case], inputs.get(case), case_env(case))
        for _ in range(args.runs):
            for case in cases:
                times[case].append(run_case(sys.executable, CASES[case], inputs.get(case), case_env(case)))
    print(f"cold start, median of {args.runs} fresh processes (page: {doc.doc_id[:12]}..., "
          f"fixture: {args.fixture.name})")
    print(f"{'case':28s} {'in-process s':>12s} {'wall s':>8s}")
    med = {}
    for case in cases:
        inner = statistics.median(t[0] for t in times[case])
        wall = statistics.median(t[1] for t in times[case])
        med[case] = (inner, wall)
        print(f"{case:28s} {inner:12.3f} {wall:8.3f}")
    base = med.get("trafilatura extract")
    if base:
        for case in ("cleantext fixture", "cleantext page", "cleantext fixture no cache", "cleantext page no cache"):
            if case in med:
                print(f"{case} / trafilatura extract: in-process {med[case][0] / base[0]:.2f}x, "
                      f"wall {med[case][1] / base[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
