"""Folder runs through the real CLI: --jobs scaling and memory on many files.

Builds a temporary folder of N text files from the benchmark's page views (cycled,
each copy made distinct so no cache can remember it), then runs
``python -m cleantext clean DIR --out OUT`` with each --jobs value in a child
process and reports wall time, files/s, the speed-up over --jobs 1 and the peak
memory (max RSS) of the run.

    PYTHONPATH=src .venv/bin/python -m benchmarks.folders --data ../shared/bench/scrapinghub \\
        --files 2000 --jobs 1,2

    # the same in memory (tmpfs): the cleaning alone, without the disk's cost of creating files
    PYTHONPATH=src .venv/bin/python -m benchmarks.folders --files 4000 --jobs 1,2 --dir /dev/shm

    # memory stays flat however many files: compare peak RSS at 1,000 and 100,000 files
    PYTHONPATH=src .venv/bin/python -m benchmarks.folders --files 100000 --jobs 2 --small
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .data import load_docs
from .run import DEFAULT_DATA


def build_folder(root: Path, texts: list[str], n: int) -> int:
    """Write ``n`` files (cycling through ``texts``) in 100 sub-folders; return total bytes."""
    total = 0
    for i in range(n):
        sub = root / f"{i % 100:02d}"
        sub.mkdir(exist_ok=True)
        # A distinct first line per copy: no two files are the same document.
        body = f"Copy {i}\n{texts[i % len(texts)]}"
        (sub / f"doc{i:06d}.txt").write_text(body, encoding="utf-8")
        total += len(body.encode("utf-8"))
    return total


def run_cli(src: Path, out: Path, jobs: int) -> tuple[float, int, int]:
    """Run the CLI in a child process; return (seconds, exit status, peak RSS in KB).

    Peak memory comes from GNU time (``/usr/bin/time -f %M``: the largest resident
    set of the CLI process and its workers), or -1 where it is not installed.
    """
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "cleantext", "clean", str(src), "--out", str(out), "--jobs", str(jobs), "--no-progress"]
    gnu_time = shutil.which("time") if Path("/usr/bin/time").exists() else None
    if gnu_time:
        cmd = ["/usr/bin/time", "-f", "PEAK_KB=%M", *cmd]
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    peak = -1
    for line in proc.stderr.splitlines():
        if line.startswith("PEAK_KB="):
            peak = int(line.split("=", 1)[1])
    if proc.returncode:
        print(proc.stderr[-2000:], file=sys.stderr)
    return seconds, proc.returncode, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder (html/ + ground-truth.json)")
    ap.add_argument("--files", type=int, default=2000, help="number of files in the folder")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to run")
    ap.add_argument("--small", action="store_true", help="short files (first 2 KB of each page): for the memory test")
    ap.add_argument("--dir", type=Path, default=None,
                    help="where to build the folder (default: the system temp dir; /dev/shm takes the disk out of the figure)")
    args = ap.parse_args(argv)

    docs = load_docs(args.data)
    texts = [d.page[:2000] if args.small else d.page for d in docs]
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="cleantext-folders-", dir=args.dir) as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        size = build_folder(src, texts, args.files)
        print(f"{args.files} files, {size / 1e6:.1f} MB")
        print("| --jobs | seconds | files/s | MB/s | speed-up | peak RSS (MB) | exit |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        base = None
        for j in jobs:
            seconds, status, peak = run_cli(src, out, j)
            base = base or seconds
            print(f"| {j} | {seconds:.1f} | {args.files / seconds:,.0f} | {size / 1e6 / seconds:.2f} | "
                  f"{base / seconds:.2f}x | {peak / 1024:.0f} | {status} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
