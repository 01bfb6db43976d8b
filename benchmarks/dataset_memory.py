"""A big JSONL file through ``cleantext clean data.jsonl --field text``: peak memory and throughput.

Generates a JSONL file of synthetic scraped articles (furniture around distinct
body paragraphs, other fields next to the text) in a temporary folder, then runs
the real CLI on it in a child process, once per ``--jobs`` value, and reports
wall time, records/s, MB/s and the peak memory of the run. Memory should not
grow with the file: compare ``--size-mb 50`` with ``--size-mb 1000``.

    PYTHONPATH=src .venv/bin/python -m benchmarks.dataset_memory --size-mb 1000 --jobs 1,2

Peak memory: with psutil, the resident memory of the CLI process and its workers
summed, sampled every 0.1 s ("tree"); always, the largest single process as the
kernel reports it for the run (``os.wait4`` -> ``ru_maxrss``, "largest").
No data outside this script is needed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HEADLINES = ["Council approves budget after long debate", "Flooding closes the coastal road",
             "Local team wins regional final", "New library opens in the old post office",
             "Hospital extends visiting hours", "Rail line to reopen after repairs"]
TOP = ["Home > News > Local", "Skip to content", "Sign in", "By Jane Doe, Staff Writer",
       "Updated: March 3, 2024", "5 min read", "Share", "Tweet"]
MIDDLE = ["Advertisement", "Also read: Ten things to do this weekend", "Story continues below advertisement"]
BOTTOM = ["Subscribe to continue reading", "Already a subscriber? Log in", "Sign up for our newsletter",
          "© 2024 Example Media. All rights reserved.", "12 Comments", "Leave a reply"]
SUBJECTS = ["The council", "Officials", "Residents", "The mayor", "A spokesperson for the transport office",
            "Engineers", "Teachers at the school", "The committee", "Local businesses", "Volunteers"]
VERBS = ["said on Tuesday that", "confirmed that", "argued that", "warned that", "expect that",
         "announced that", "told reporters that", "wrote in a statement that"]
CLAUSES = ["the work would take another three years", "the money would be spent on repairs and new teachers",
           "the road would reopen by Wednesday if the weather stayed dry",
           "the decision followed months of consultation with people living nearby",
           "more than four thousand people had signed the petition",
           "the project was running slightly ahead of schedule and under budget",
           "the old building would be kept and turned into a community centre",
           "the plan had been changed after objections from the neighbouring villages"]


def article(rng: random.Random, n: int, target_chars: int) -> str:
    """One scraped page: furniture around distinct body paragraphs (each names the record)."""
    lines = [rng.choice(HEADLINES) + f" ({n})", *rng.sample(TOP, 4)]
    size = 0
    while size < target_chars:
        sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}, "
                     f"according to report {n}-{size}." for _ in range(rng.randint(2, 4))]
        paragraph = " ".join(sentences)
        lines.append(paragraph)
        size += len(paragraph)
        if rng.random() < 0.15:
            lines.append(rng.choice(MIDDLE))
    lines += rng.sample(BOTTOM, 3)
    return "\n".join(lines)


def build_jsonl(path: Path, size_mb: float, seed: int = 1) -> tuple[int, int]:
    """Write about ``size_mb`` MB of records; return (records, bytes)."""
    rng = random.Random(seed)
    limit = int(size_mb * 1e6)
    written = records = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < limit:
            records += 1
            record = {"id": records, "url": f"https://example.com/news/{records}",
                      "text": article(rng, records, rng.randint(1500, 8000)),
                      "meta": {"lang": "en", "fetched": "2024-03-05T10:00:00Z"}}
            line = json.dumps(record) + "\n"
            out.write(line)
            written += len(line)
    return records, written


def peak_tree_rss(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Sample the summed RSS of ``pid`` and its children until ``stop`` (needs psutil)."""
    try:
        import psutil
    except ImportError:
        return
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            total = root.memory_info().rss
            for child in root.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
        except psutil.Error:
            return
        stop.wait(0.1)


def run_cli(src: Path, dst: Path, jobs: int) -> tuple[float, int, int, int, str]:
    """Run the CLI in a child process: (seconds, exit status, tree peak bytes, largest-process peak KB, stderr)."""
    cmd = [sys.executable, "-m", "cleantext", "clean", str(src), "--field", "text", "--out", str(dst),
           "--jobs", str(jobs), "--no-progress"]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1] / "src"),
                                                      env.get("PYTHONPATH")]))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stop, peak = threading.Event(), [0]
    sampler = threading.Thread(target=peak_tree_rss, args=(proc.pid, stop, peak), daemon=True)
    sampler.start()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)  # this run's own usage (its workers included)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    proc.stderr.close()
    return seconds, proc.returncode, peak[0], usage.ru_maxrss, err  # ru_maxrss: KB on Linux


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=100, help="size of the generated JSONL (default 100)")
    ap.add_argument("--jobs", default="1", help="comma-separated --jobs values to run (default 1)")
    ap.add_argument("--dir", type=Path, help="where to put the files (default: a temporary folder)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cleantext-dataset-", dir=args.dir) as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        records, size = build_jsonl(src, args.size_mb)
        print(f"{records:,} records, {size / 1e6:,.0f} MB generated in {time.perf_counter() - start:.0f} s")
        print("| --jobs | seconds | records/s | MB/s | peak RSS, tree (MB) | peak RSS, largest process (MB) | exit |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for jobs in (int(j) for j in args.jobs.split(",")):
            seconds, status, tree, largest, err = run_cli(src, dst, jobs)
            tree_mb = f"{tree / 2**20:.0f}" if tree else "n/a (no psutil)"
            print(f"| {jobs} | {seconds:.1f} | {records / seconds:,.0f} | {size / 1e6 / seconds:.2f} | "
                  f"{tree_mb} | {largest / 1024:.0f} | {status} |", flush=True)
            if status:
                print(err[-2000:], file=sys.stderr)
            dst.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
