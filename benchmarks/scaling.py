"""How ``cleantext.clean`` scales with input size, and how it copes with hostile inputs.

``python -m benchmarks.scaling --data DIR`` prints:

* seconds per MB on a ~100 KB and on a ~8 MB document, both built by
  concatenating page views of the benchmark pages, and their ratio (1.0 means
  linear; much above 1 means super-linear cost);
* seconds per MB on synthetic hostile inputs (one 2 MB line, long runs of
  ``<``, ``{{``, ``"`` and ``class="" style="`` fragments, 100k short lines).

Every case runs in a child process with a time limit, so a pathological
(e.g. backtracking) case is reported as a timeout instead of hanging the run.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path

from .run import DEFAULT_DATA

MB = 1_000_000
SMALL_BYTES = 100 * 1000
LARGE_BYTES = 8 * MB


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def build_document(views: list[str], target_bytes: int) -> str:
    """Concatenate page views (cycling through them) until ``target_bytes`` is reached."""
    if not any(views):
        raise ValueError("no page-view text to build a document from")
    parts: list[str] = []
    size = 0
    i = 0
    while size < target_bytes:
        view = views[i % len(views)]
        i += 1
        if view:
            parts.append(view)
            size += _utf8_len(view) + 2
    return "\n\n".join(parts)


def _repeat_to(unit: str, target_bytes: int) -> str:
    return unit * max(1, target_bytes // _utf8_len(unit))


def hostile_inputs() -> dict[str, str]:
    """Synthetic inputs that stress regexes and per-line work."""
    prose = "the quick brown fox jumps over the lazy dog and then it reads the news. "
    return {
        "2 MB line, no newline": _repeat_to(prose, 2 * MB),
        "1 MB of '<'": "<" * MB,
        "1 MB of '{{'": "{{" * (MB // 2),
        "1 MB of '\"'": '"' * MB,
        "1 MB of 'class=\"\" style=\"'": _repeat_to('class="" style="', MB),
        "1 MB of '<div class=\"x\"' unclosed": _repeat_to('<div class="x" ', MB),
        "100k short lines": "\n".join(f"Item {i}." for i in range(100_000)),
        "100k lines 'Advertisement'": "\n".join(["Advertisement"] * 100_000),
    }


def _child(text: str, repeat: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    import cleantext
    from cleantext.classify import clear_memos

    cleantext.clean("warm-up: compile the rules")
    best = float("inf")
    for _ in range(repeat):
        clear_memos()  # time every pass cold: the line memo would flatter small, repeated inputs
        start = time.perf_counter()
        cleantext.clean(text)
        best = min(best, time.perf_counter() - start)
    out.put(best)


def time_clean(text: str, *, repeat: int, timeout: float) -> float | None:
    """Best-of-``repeat`` seconds of ``cleantext.clean(text)`` in a child; None on timeout."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(text, repeat, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    if proc.exitcode != 0 or queue.empty():
        raise RuntimeError(f"cleantext.clean failed in the child (exit code {proc.exitcode})")
    return float(queue.get())


def _report(label: str, text: str, seconds: float | None, timeout: float) -> float | None:
    size_mb = _utf8_len(text) / MB
    if seconds is None:
        print(f"{label:<40} {size_mb:8.2f} MB   TIMEOUT (> {timeout:.0f} s)")
        return None
    per_mb = seconds / size_mb
    print(f"{label:<40} {size_mb:8.2f} MB  {seconds:9.3f} s  {per_mb:9.3f} s/MB")
    return per_mb


def _load_views(data: Path) -> list[str]:
    from .data import load_docs

    return [d.page for d in load_docs(data)]


def main(argv: list[str] | None = None) -> int:
    """Entry point: size scaling on real text, then hostile synthetic inputs."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.scaling", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="scrapinghub data dir")
    ap.add_argument("--repeat", type=int, default=3, help="best of N for the small document")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per case")
    ap.add_argument("--hostile-only", action="store_true", help="skip the real-text size scaling")
    args = ap.parse_args(argv)

    def run(text: str, repeat: int) -> float | None:
        return time_clean(text, repeat=repeat, timeout=args.timeout)

    status = 0
    if not args.hostile_only:
        print(f"loading page views from {args.data} ...", file=sys.stderr)
        views = _load_views(args.data)
        small = build_document(views, SMALL_BYTES)
        large = build_document(views, LARGE_BYTES)
        print("size scaling (concatenated page views)")
        small_per_mb = _report("~100 KB document", small, run(small, args.repeat), args.timeout)
        large_per_mb = _report("~8 MB document", large, run(large, 1), args.timeout)
        if small_per_mb and large_per_mb:
            print(f"cost per MB, 8 MB / 100 KB: {large_per_mb / small_per_mb:.2f}x (1.0 = linear)")
        else:
            status = 1
    print("hostile inputs")
    for label, text in hostile_inputs().items():
        if _report(label, text, run(text, 1), args.timeout) is None:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
