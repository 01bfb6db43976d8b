"""Clean or learn over many files, locally in worker processes or on a Dask cluster.

The command line builds :class:`Task` records (paths and a config, never
texts) and reads back :class:`Outcome` records; everything between lives here.
Memory stays flat however many files: tasks are consumed lazily and only a
bounded number of batches is in flight. The functions the workers run
(:func:`process_batch`, :func:`learn_files`) are module-level, so worker
processes and Dask workers import them by reference
(``cleantext.runner.process_batch``) instead of unpickling code.
"""
from __future__ import annotations

import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

import cleantext
from .config import Config
from .corpus import ProfileBuilder
from .encoding import BinaryInputError, decode
from .fileio import atomic_write, is_html, show, with_final_newline

__all__ = ["BATCH_SIZE", "CONNECT_TIMEOUT", "INFLIGHT_PER_JOB", "ClusterError", "Outcome", "Task", "clean_text",
           "learn_files", "learn_locally", "learn_on_cluster", "process", "process_batch", "run_on_cluster",
           "run_tasks"]

INFLIGHT_PER_JOB = 4  # bounded submissions: memory stays flat however many files
BATCH_SIZE = 16  # files per submission: tiny files cost less than the round trip
CONNECT_TIMEOUT = "10s"  # a Dask scheduler: give up connecting after this long


class ClusterError(Exception):
    """Dask is not installed, or the scheduler cannot be reached."""


def clean_text(text: str, config: Config, *, html: bool) -> str:
    clean_html = getattr(cleantext, "clean_html", None)
    if html and clean_html is not None:
        return clean_html(text, config=config)
    return cleantext.clean(text, config=config)


# --- cleaning files ----------------------------------------------------------------

@dataclass(frozen=True)
class Task:
    source: Path
    target: Path
    config: Config
    skip_existing: bool


@dataclass(frozen=True)
class Outcome:
    source: Path
    status: str  # "cleaned", "skipped" or "failed"
    messages: tuple[str, ...] = ()
    kept: int = 0
    removed: int = 0


def process(task: Task) -> Outcome:
    """Read, clean and write one file; never raises for a per-file problem."""
    if task.skip_existing and task.target.exists():
        return Outcome(task.source, "skipped")
    name = show(task.source)
    try:
        data = task.source.read_bytes()
        decoded = decode(data, html=is_html(task.source))
        text = clean_text(decoded.text, task.config, html=is_html(task.source))
        atomic_write(task.target, with_final_newline(text))
    except BinaryInputError:
        return Outcome(task.source, "failed", (f"{name}: binary file (NUL bytes); skipped",))
    except OSError as exc:
        return Outcome(task.source, "failed", (f"{name}: {exc.strerror or exc}",))
    except Exception as exc:  # a bug while cleaning one file must not stop the run
        return Outcome(task.source, "failed", (f"{name}: {type(exc).__name__}: {exc}",))
    warnings = (f"{name}: {decoded.warning}",) if decoded.warning else ()
    return Outcome(task.source, "cleaned", warnings, len(text), max(len(decoded.text) - len(text), 0))


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def process_batch(tasks: list[Task]) -> list[Outcome]:
    return [process(task) for task in tasks]


def run_tasks(tasks: Iterator[Task | Outcome], jobs: int) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` (already-failed ones pass through).

    With ``jobs > 1`` tasks go to worker processes in batches of
    :data:`BATCH_SIZE`, at most ``jobs * INFLIGHT_PER_JOB`` batches in flight.
    """
    if jobs == 1:
        for task in tasks:
            yield task if isinstance(task, Outcome) else process(task)
        return
    limit = jobs * INFLIGHT_PER_JOB
    pending: set[Future[list[Outcome]]] = set()
    batch: list[Task] = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:
        try:
            for task in tasks:
                if isinstance(task, Outcome):
                    yield task
                    continue
                batch.append(task)
                if len(batch) < BATCH_SIZE:
                    continue
                pending.add(pool.submit(process_batch, batch))
                batch = []
                if len(pending) >= limit:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (outcome for f in done for outcome in f.result())
            if batch:
                pending.add(pool.submit(process_batch, batch))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (outcome for f in done for outcome in f.result())
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def run_on_cluster(tasks: Iterator[Task | Outcome], address: str) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` run on a Dask cluster, in batches of :data:`BATCH_SIZE`.

    The workers read the input paths and write the outputs themselves: they must
    see the same filesystem (same paths) as this process.
    """
    batches: list[list[Task]] = [[]]
    for task in tasks:  # paths only; the texts are read by the workers
        if isinstance(task, Outcome):
            yield task
            continue
        if len(batches[-1]) >= BATCH_SIZE:
            batches.append([])
        batches[-1].append(task)
    if not batches[-1]:
        return
    with _client(address) as client:  # says "needs Dask" when it is not installed
        from distributed import as_completed

        futures = client.map(process_batch, batches, pure=False)
        for future in as_completed(futures):
            yield from future.result()


# --- learning repeated lines from files -----------------------------------------------

def learn_files(paths: Sequence[str], settings: dict) -> cleantext.Profile:
    """The profile of some files (unreadable and binary ones are skipped here:
    the cleaning pass reports them)."""
    settings = dict(settings)
    builder = ProfileBuilder(config=replace(Config(), repair_encoding=settings.pop("repair")), **settings)
    for name in paths:
        path = Path(name)
        try:
            decoded = decode(path.read_bytes(), html=is_html(path))
        except (OSError, BinaryInputError):
            continue
        builder.add(decoded.text, html=is_html(path))
    return builder.build()


def learn_locally(files: Iterator[str], settings: dict, jobs: int) -> cleantext.Profile:
    """The profile of ``files`` (``settings``: see :func:`learn_files`), learned in
    ``jobs`` worker processes, batches of :data:`BATCH_SIZE` files, partial profiles merged."""
    if jobs == 1:
        return learn_files(list(files), settings)
    profile = None
    pending: set[Future] = set()
    batch: list[str] = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:
        def collect(done) -> None:
            nonlocal profile
            for f in done:
                profile = f.result() if profile is None else profile.merge(f.result())
        for name in files:
            batch.append(name)
            if len(batch) >= BATCH_SIZE:
                pending.add(pool.submit(learn_files, batch, settings))
                batch = []
                if len(pending) >= jobs * INFLIGHT_PER_JOB:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    collect(done)
        if batch or profile is None and not pending:
            pending.add(pool.submit(learn_files, batch, settings))
        collect(pending)
    return profile


def learn_on_cluster(files: list[str], settings: dict, address: str) -> cleantext.Profile:
    """The same on a Dask cluster: a map-reduce whose workers read the files themselves."""
    import dask.bag as db
    from functools import partial

    from cleantext.dask import merge_profiles

    if not files:
        return learn_files([], settings)
    with _client(address) as client:
        bag = db.from_sequence(files, partition_size=BATCH_SIZE)
        item = bag.reduction(partial(learn_files, settings=settings), merge_profiles, name="cleantext-learn")
        return client.compute(item).result()


def _client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("needs Dask: pip install 'cleantext-body[dask]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"{address}: cannot connect: {exc}") from None
