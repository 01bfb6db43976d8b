"""Input discovery, output mirroring, atomic writes and printable paths for the CLI and the runner.

Everything streams: :func:`iter_sources` is a generator that never reads a
file, so a run over 100,000 files holds paths, not texts.
"""
from __future__ import annotations

import fnmatch
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "DEFAULT_GLOB", "HTML_SUFFIXES", "Source", "parse_globs", "iter_sources", "is_html",
    "output_path", "inside", "output_dir_problem", "with_final_newline", "atomic_write", "show",
]

DEFAULT_GLOB = "*.txt"
HTML_SUFFIXES = frozenset({".html", ".htm"})


@dataclass(frozen=True)
class Source:
    """An input file and its path relative to the folder it was found in."""

    path: Path
    relative: Path
    root: Path | None = None  # the input folder; None for a file named directly


def show(path: Path | str) -> str:
    """A path printable on any terminal (undecodable bytes as escapes)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def parse_globs(spec: str) -> tuple[str, ...]:
    """``"*.html, *.htm"`` -> ``("*.html", "*.htm")``."""
    globs = tuple(g.strip() for g in spec.split(",") if g.strip())
    return globs or (DEFAULT_GLOB,)


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def iter_sources(paths: Sequence[Path], globs: Sequence[str] = (DEFAULT_GLOB,), *,
                 on_problem: Callable[[Path, str, bool], None] | None = None) -> Iterator[Source]:
    """Input files in a deterministic order.

    A file named directly is taken whatever its name; folders are walked
    recursively (entries sorted by name) and yield files matching any glob.
    Symbolic links are followed, but a directory is entered only once, so
    symlink loops end. Problems go to ``on_problem(path, message, failed)``
    and the walk goes on: an unreadable folder is a failure (``failed=True``),
    a skipped loop is not.
    """
    report = on_problem or (lambda path, message, failed: None)
    for path in paths:
        if path.is_dir():
            visited: set[tuple[int, int]] = set()
            for file in _walk(path, tuple(globs), visited, report):
                yield Source(file, file.relative_to(path), path)
        else:
            yield Source(path, Path(path.name))


def _walk(folder: Path, globs: tuple[str, ...], visited: set[tuple[int, int]],
          report: Callable[[Path, str, bool], None]) -> Iterator[Path]:
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in visited:
            report(folder, "directory already visited (symlink loop?); skipped", False)
            return
        visited.add(key)
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        report(folder, f"cannot read directory: {exc.strerror or exc}", True)
        return
    for entry in entries:
        path = folder / entry.name
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file() or (entry.is_symlink() and not path.exists())  # broken link: report on read
        except OSError:
            is_dir, is_file = False, True
        if is_dir:
            yield from _walk(path, globs, visited, report)
        elif is_file and any(fnmatch.fnmatch(entry.name, g) for g in globs):
            yield path


def output_path(out_dir: Path, relative: Path) -> Path:
    """Where the cleaned text of ``relative`` goes: same path, ``.html``/``.htm`` -> ``.txt``."""
    if is_html(relative):
        relative = relative.with_suffix(".txt")
    return out_dir / relative


def inside(child: Path, parent: Path) -> bool:
    """True when ``child`` is ``parent`` or below it (both resolved)."""
    child, parent = child.resolve(), parent.resolve()
    return child == parent or parent in child.parents


def output_dir_problem(out_dir: Path, inputs: Sequence[Path]) -> str | None:
    """Why ``out_dir`` must not be used for ``inputs``, or None when it is safe."""
    if out_dir.exists() and not out_dir.is_dir():
        return f"--out {out_dir} exists and is not a directory"
    for path in inputs:
        if path.is_dir() and inside(out_dir, path):
            return f"--out {out_dir} is inside the input folder {path}"
        if not path.is_dir() and output_path(out_dir, Path(path.name)).resolve() == path.resolve():
            return f"--out {out_dir} would overwrite the input file {path}"
    return None


def with_final_newline(text: str) -> str:
    """File contents for ``text``: exactly one trailing newline, empty for empty text."""
    text = text.rstrip("\r\n")
    return text + "\n" if text else ""


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@lru_cache(maxsize=4096)
def _ensure_dir(path: Path) -> None:
    """Create ``path`` once per process (folder runs write many files into few folders)."""
    path.mkdir(parents=True, exist_ok=True)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path``, renamed over it when the block succeeds
    and removed when it fails: an interrupted write never leaves half a file."""
    _ensure_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cleantext-", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 via a temporary file in the same folder and ``os.replace``."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
