"""Dataset files: one text column of a JSONL, CSV or Parquet file, cleaned record by record.

:func:`clean_dataset` reads a file in chunks of records, cleans one field of
each record and writes the records, in their order and with every other field
untouched, to a file of the same format. Memory stays flat whatever the size
of the file: at most a few chunks are held (``jobs * INFLIGHT_PER_JOB`` with
worker processes), and the output goes to a temporary file renamed over the
destination at the end.

Formats, by file name: ``.jsonl`` / ``.ndjson`` (one JSON object per line;
``.jsonl.gz`` / ``.ndjson.gz`` gzipped), ``.csv`` (UTF-8, a header row; the
header order is kept, new columns are added at the end) and ``.parquet``
(needs pyarrow: ``pip install 'cleantext-body[parquet]'``; read batch by
batch, written with ``ParquetWriter``; other columns keep their types).

A malformed record -- a line that is not a JSON object, a record without the
field, a value that is not a string (or null), a CSV row with the wrong number
of columns -- is reported with its line or row number (``on_problem``) and
then copied unchanged (``on_error="keep"``) or left out (``"skip"``); the rest
of the file is processed and :class:`Stats` counts the failures. A problem
with the whole file (unknown format, no such column, output over the input,
pyarrow missing) raises :class:`DatasetError` before anything is written.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field as dataclass_field
from pathlib import Path
from typing import Any

import cleantext
from .config import Config
from .fileio import atomic_path

__all__ = ["FORMATS", "DatasetError", "Stats", "clean_dataset", "dataset_format", "dataset_texts",
           "is_dataset"]

#: File name endings and their formats (``.gz`` after a JSONL ending: gzipped).
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
CHUNK_RECORDS = 256  # records per chunk (one unit of work for a worker process)
CHUNK_CHARS = 4_000_000  # ... or fewer, once the chunk's texts reach this many characters
INFLIGHT_PER_JOB = 2  # chunks in flight per worker process: bounds memory, keeps order cheap
MAX_PROBLEMS = 100  # problem messages kept in Stats.problems (all of them go to on_problem)
CSV_FIELD_LIMIT = 2**31 - 1  # the csv module's default limit (131,072 characters) is too small for pages
PARQUET_GROUP_BYTES = 64 << 20  # output row groups: the input's row count, or fewer past this size
ON_ERROR = ("keep", "skip")

_JSON_TYPES = {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
               list: "an array", dict: "an object"}


class DatasetError(ValueError):
    """The file as a whole cannot be cleaned (raised before anything is written)."""


@dataclass
class Stats:
    """What :func:`clean_dataset` did."""

    records: int = 0   # records read, malformed ones included
    cleaned: int = 0   # records whose field was cleaned
    failed: int = 0    # malformed records (and records that could not be cleaned)
    dropped: int = 0   # failed records left out of the output (on_error="skip")
    chars_in: int = 0  # characters of the field before cleaning ...
    chars_out: int = 0  # ... and after
    problems: list[str] = dataclass_field(default_factory=list)  # the first MAX_PROBLEMS messages

    def summary(self) -> str:
        what = "left out" if self.dropped else "copied unchanged"
        failed = f", {self.failed:,} malformed ({what})" if self.failed else ""
        return (f"{self.records:,} records, {self.cleaned:,} cleaned{failed}; "
                f"{self.chars_out:,} characters kept, {max(self.chars_in - self.chars_out, 0):,} removed")


def dataset_format(path: str | os.PathLike) -> str | None:
    """``"jsonl"``, ``"csv"``, ``"parquet"`` or None, by the file name (case-insensitive)."""
    name = os.fspath(path).lower()
    gzipped = name.endswith(".gz")
    if gzipped:
        name = name[:-3]
    for ending, fmt in FORMATS.items():
        if name.endswith(ending) and (fmt == "jsonl" or not gzipped):
            return fmt
    return None


def is_dataset(path: str | os.PathLike) -> bool:
    return dataset_format(path) is not None


# --- cleaning one chunk of texts (in this process or a worker) -----------------------

Cleaned = tuple[str, "tuple[dict, ...] | None"] | str | None  # (text, removals) / error message / not cleaned
_SETTINGS: tuple[Config | None, bool, bool] = (None, False, False)  # a worker's (config, html, explain)


def _clean_one(text: str, settings: tuple[Config | None, bool, bool]) -> Cleaned:
    config, html, explain = settings
    try:
        if explain:
            result = (cleantext.explain_html if html else cleantext.explain)(text, config=config)
            return result.text, tuple(r.to_dict() for r in result.removals)
        return (cleantext.clean_html if html else cleantext.clean)(text, config=config), None
    except Exception as exc:  # a bug on one record must not stop the file
        return f"cannot be cleaned: {type(exc).__name__}: {exc}"


def _clean_texts(texts: list[str | None], settings: tuple | None = None) -> list[Cleaned]:
    settings = _SETTINGS if settings is None else settings
    return [None if t is None else _clean_one(t, settings) for t in texts]


def _init_worker(settings: tuple) -> None:
    global _SETTINGS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _SETTINGS = settings


def _cleaned_chunks(chunks: Iterable[Any], texts_of: Callable[[Any], list[str | None]],
                    settings: tuple, jobs: int) -> Iterator[tuple[Any, list[Cleaned]]]:
    """``(chunk, results)`` in input order; with ``jobs > 1`` at most
    ``jobs * INFLIGHT_PER_JOB`` chunks are in flight (the config is sent once per worker)."""
    if jobs <= 1:
        for chunk in chunks:
            yield chunk, _clean_texts(texts_of(chunk), settings)
        return
    window: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        try:
            for chunk in chunks:
                window.append((chunk, pool.submit(_clean_texts, texts_of(chunk))))
                if len(window) >= jobs * INFLIGHT_PER_JOB:
                    done, future = window.popleft()
                    yield done, future.result()
            while window:
                done, future = window.popleft()
                yield done, future.result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# --- the entry point --------------------------------------------------------------------

def clean_dataset(src: str | os.PathLike, dst: str | os.PathLike, *, field: str, into: str | None = None,
                  explain_field: str | None = None, on_error: str = "keep", jobs: int = 1,
                  config: Config | None = None, html: bool = False,
                  progress: Callable[[int], None] | None = None,
                  on_problem: Callable[[str], None] | None = None) -> Stats:
    """Clean the ``field`` of every record of ``src`` into ``dst`` (same format).

    ``into``: write the cleaned text to this field (column) instead of
    replacing ``field``. ``explain_field``: also write each record's removals,
    a list of ``{"stage", "category", "rule", "text", "line", "start", "end"}``
    (offsets into the field's text; JSON text in a CSV cell, a list of structs
    in Parquet). ``on_error``: ``"keep"`` copies a malformed record unchanged,
    ``"skip"`` leaves it out. ``jobs``: worker processes (0 = all cores).
    ``html``: the field holds HTML. ``progress(n)`` is called after every n
    records written; ``on_problem(message)`` once per malformed record
    (``"line 7: invalid JSON (...)"``).

    Example::

        stats = clean_dataset("crawl.jsonl", "clean.jsonl", field="text", into="body")
        print(stats.summary())
    """
    src, dst = Path(src), Path(dst)
    fmt = dataset_format(src)
    if fmt is None:
        raise DatasetError(f"{src}: not a dataset file (expected {', '.join(FORMATS)})")
    if dataset_format(dst) != fmt:
        raise DatasetError(f"{dst}: the output must be a {fmt} file like the input")
    if on_error not in ON_ERROR:
        raise DatasetError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
    names = [field, into, explain_field]
    if explain_field is not None and explain_field in (field, into):
        raise DatasetError("the explanation field must differ from the text fields")
    if not field or any(n == "" for n in names):
        raise DatasetError("field names must not be empty")
    if _same_file(src, dst):
        raise DatasetError(f"{dst}: would overwrite the input")
    if not src.is_file():
        raise DatasetError(f"{src}: no such file")
    jobs = jobs or os.cpu_count() or 1
    if jobs < 0:
        raise DatasetError("jobs must be 0 (all cores) or more")
    run = _Run(field, into, explain_field, on_error == "skip", (config, html, explain_field is not None),
               jobs, Stats(), progress, on_problem)
    {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[fmt](run, src, dst)
    return run.stats


def dataset_texts(src: str | os.PathLike, *, field: str) -> Iterator[str]:
    """The ``field`` values of ``src``'s records, streamed (malformed records are passed over).

    For a first pass over a file, e.g. learning a corpus profile::

        profile = cleantext.learn_profile(dataset_texts("crawl.jsonl", field="text"))
    """
    src = Path(src)
    fmt = dataset_format(src)
    if fmt == "jsonl":
        with _open_jsonl(src) as handle:
            for chunk in _jsonl_chunks(handle, field):
                yield from (item.text for item in chunk if item.problem is None)
    elif fmt == "csv":
        with _csv_input(src) as (reader, header, _):
            index = _csv_column(header, field, src)
            for chunk in _csv_chunks(reader, header):
                yield from (item.payload[index] for item in chunk if item.problem is None)
    elif fmt == "parquet":
        parquet, _ = _pyarrow()
        source = parquet.ParquetFile(src)
        _string_column(source.schema_arrow, field, src)
        for batch in source.iter_batches(batch_size=CHUNK_RECORDS, columns=[field]):
            yield from (t for t in batch.column(0).to_pylist() if t is not None)
    else:
        raise DatasetError(f"{src}: not a dataset file (expected {', '.join(FORMATS)})")


@dataclass
class _Run:
    field: str
    into: str | None
    explain_field: str | None
    skip: bool
    settings: tuple
    jobs: int
    stats: Stats
    progress: Callable[[int], None] | None
    on_problem: Callable[[str], None] | None

    @property
    def target(self) -> str:
        return self.into or self.field

    def problem(self, where: str, message: str) -> None:
        """Count one failed record and report it."""
        text = f"{where}: {message}"
        self.stats.failed += 1
        self.stats.dropped += self.skip
        if len(self.stats.problems) < MAX_PROBLEMS:
            self.stats.problems.append(text)
        if self.on_problem is not None:
            self.on_problem(text)

    def cleaned(self, before: str, after: str) -> None:
        self.stats.cleaned += 1
        self.stats.chars_in += len(before)
        self.stats.chars_out += len(after)

    def advance(self, n: int) -> None:
        self.stats.records += n
        if self.progress is not None and n:
            self.progress(n)


@dataclass(slots=True)
class _Item:
    """One record of a text format: where it is, its field's text, or why it is malformed."""

    where: str
    text: str | None
    problem: str | None
    payload: Any  # JSONL: the parsed object (or None); CSV: the row
    raw: bytes = b""  # JSONL: the line as read


def _texts(chunk: list[_Item]) -> list[str | None]:
    return [item.text if item.problem is None else None for item in chunk]


def _same_file(src: Path, dst: Path) -> bool:
    try:
        if dst.resolve() == src.resolve():
            return True
        return dst.exists() and os.path.samefile(src, dst)
    except OSError:
        return False


def _chunked(items: Iterable[_Item]) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text or "")
        if len(chunk) >= CHUNK_RECORDS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


# --- JSONL ---------------------------------------------------------------------------------

def _open_jsonl(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _jsonl_chunks(handle: Iterable[bytes], field: str) -> Iterator[list[_Item]]:
    def items() -> Iterator[_Item]:
        for number, raw in enumerate(handle, 1):
            if raw.strip():  # a blank line is not a record
                yield _jsonl_item(number, raw, field)
    return _chunked(items())


def _jsonl_item(number: int, raw: bytes, field: str) -> _Item:
    where = f"line {number}"
    try:
        record = json.loads(raw.strip())
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        reason = f"{exc.msg}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
        return _Item(where, None, f"invalid JSON ({reason})", None, raw)
    if not isinstance(record, dict):
        return _Item(where, None, f"not a JSON object but {_JSON_TYPES.get(type(record), 'a string')}", None, raw)
    if field not in record:
        return _Item(where, None, f"no field {field!r}", None, raw)
    value = record[field]
    if not isinstance(value, str):
        return _Item(where, None, f"field {field!r} is {_JSON_TYPES.get(type(value), 'not a string')}, "
                                  "not a string", None, raw)
    return _Item(where, value, None, record, raw)


def _json_line(record: dict) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # lone surrogates (from \ud800 escapes): keep them escaped
        return json.dumps(record).encode("ascii") + b"\n"


def _jsonl(run: _Run, src: Path, dst: Path) -> None:
    with _open_jsonl(src) as handle, atomic_path(dst) as tmp:
        raw = open(tmp, "wb")
        # gzip: no name or time in the header, so the same input gives the same bytes
        out = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if dst.name.lower().endswith(".gz") else raw
        try:
            for chunk, results in _cleaned_chunks(_jsonl_chunks(handle, run.field), _texts,
                                                  run.settings, run.jobs):
                lines = []
                for item, result in zip(chunk, results):
                    problem = item.problem or (result if isinstance(result, str) else None)
                    if problem is not None:
                        run.problem(item.where, problem)
                        if not run.skip:
                            lines.append(item.raw.rstrip(b"\r\n") + b"\n")
                        continue
                    text, removals = result
                    run.cleaned(item.text, text)
                    record = item.payload
                    record[run.target] = text
                    if run.explain_field is not None:
                        record[run.explain_field] = list(removals)
                    lines.append(_json_line(record))
                out.write(b"".join(lines))
                run.advance(len(chunk))
        finally:
            out.close()
            raw.close()  # GzipFile does not close a file object it was given


# --- CSV -------------------------------------------------------------------------------------

@contextmanager
def _csv_input(path: Path):
    """``(reader, header, line terminator)``; the csv field size limit raised meanwhile."""
    with open(path, "rb") as probe:
        start = probe.read(1 << 16)
    newline = start.find(b"\n")
    terminator = "\r\n" if newline > 0 and start[newline - 1:newline] == b"\r" else "\n"
    previous = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = next(reader, None)
            except csv.Error as exc:
                raise DatasetError(f"{path}: the header cannot be read: {exc}") from None
            yield reader, header, terminator
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 (byte {exc.start}); convert the file to UTF-8 first") from None
    finally:
        csv.field_size_limit(previous)


def _csv_column(header: list[str] | None, name: str, path: Path) -> int:
    if header is None or name not in header:
        columns = ", ".join(header or []) or "none"
        raise DatasetError(f"{path}: no column {name!r} (columns: {columns})")
    return header.index(name)


def _csv_chunks(reader, header: list[str], index: int | None = None) -> Iterator[list[_Item]]:
    def items() -> Iterator[_Item]:
        row_number = 0
        line = reader.line_num + 1  # the line the next row starts on
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                row_number += 1
                yield _Item(f"row {row_number} (line {line})", None, f"cannot be parsed: {exc}", None)
                line = reader.line_num + 1
                continue
            where, line = line, reader.line_num + 1
            if not row:  # a blank line is not a record
                continue
            row_number += 1
            where = f"row {row_number} (line {where})"
            if len(row) != len(header):
                yield _Item(where, None, f"{len(row)} columns, the header has {len(header)}", row)
            else:
                yield _Item(where, row[index] if index is not None else None, None, row)
    return _chunked(items())


def _csv(run: _Run, src: Path, dst: Path) -> None:
    with _csv_input(src) as (reader, header, terminator), atomic_path(dst) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            if header is None:  # an empty file stays empty
                return
            writer = csv.writer(out, lineterminator=terminator)
            index = _csv_column(header, run.field, src)
            columns = list(header)
            for name in (run.into, run.explain_field):
                if name is not None and name not in columns:
                    columns.append(name)
            target = columns.index(run.target)
            explain = columns.index(run.explain_field) if run.explain_field is not None else None
            padding = [""] * (len(columns) - len(header))
            writer.writerow(columns)
            for chunk, results in _cleaned_chunks(_csv_chunks(reader, header, index), _texts,
                                                  run.settings, run.jobs):
                rows = []
                for item, result in zip(chunk, results):
                    problem = item.problem or (result if isinstance(result, str) else None)
                    if problem is not None:
                        run.problem(item.where, problem)
                        if not run.skip and item.payload is not None:
                            # unchanged; a row of the right length gets the new columns, empty
                            rows.append(item.payload + padding if len(item.payload) == len(header)
                                        else item.payload)
                        continue
                    text, removals = result
                    run.cleaned(item.text, text)
                    row = item.payload + padding
                    row[target] = text
                    if explain is not None:
                        row[explain] = json.dumps(list(removals), ensure_ascii=False)
                    rows.append(row)
                writer.writerows(rows)
                run.advance(len(chunk))


# --- Parquet ----------------------------------------------------------------------------------

def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise DatasetError("Parquet files need pyarrow: pip install 'cleantext-body[parquet]'") from None
    return pyarrow.parquet, pyarrow


def _string_column(schema, name: str, path: Path):
    import pyarrow as pa

    if name not in schema.names:
        raise DatasetError(f"{path}: no column {name!r} (columns: {', '.join(schema.names) or 'none'})")
    column = schema.field(name)
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        raise DatasetError(f"{path}: column {name!r} holds {column.type}, not strings")
    return column


def _explain_type(pa):
    return pa.list_(pa.struct([("stage", pa.string()), ("category", pa.string()), ("rule", pa.string()),
                               ("text", pa.string()), ("line", pa.int64()), ("start", pa.int64()),
                               ("end", pa.int64())]))


def _parquet(run: _Run, src: Path, dst: Path) -> None:
    parquet, pa = _pyarrow()
    source = parquet.ParquetFile(src)
    schema = source.schema_arrow
    text_column = _string_column(schema, run.field, src)
    out_schema = schema
    targets = [(run.target, text_column.type)]
    if run.explain_field is not None:
        targets.append((run.explain_field, _explain_type(pa)))
    for name, kind in targets:
        column = pa.field(name, kind)
        if name in out_schema.names:
            out_schema = out_schema.set(out_schema.get_field_index(name), column)
        else:
            out_schema = out_schema.append(column)
    group_rows = source.metadata.row_group(0).num_rows if source.metadata.num_row_groups else CHUNK_RECORDS

    def chunks():
        start = 0
        for batch in source.iter_batches(batch_size=CHUNK_RECORDS):
            yield start, batch
            start += batch.num_rows

    def texts(chunk) -> list[str | None]:
        return chunk[1].column(schema.get_field_index(run.field)).to_pylist()

    with atomic_path(dst) as tmp:
        writer = parquet.ParquetWriter(tmp, out_schema)
        pending, rows, size = [], 0, 0
        try:
            for (start, batch), results in _cleaned_chunks(chunks(), texts, run.settings, run.jobs):
                table = _parquet_table(run, pa, batch, start, results, out_schema)
                pending.append(table)
                rows, size = rows + table.num_rows, size + table.nbytes
                if rows >= group_rows or size >= PARQUET_GROUP_BYTES:
                    writer.write_table(pa.concat_tables(pending), row_group_size=max(rows, 1))
                    pending, rows, size = [], 0, 0
                run.advance(batch.num_rows)
            if pending:
                writer.write_table(pa.concat_tables(pending), row_group_size=max(rows, 1))
        finally:
            writer.close()


def _parquet_table(run: _Run, pa, batch, start: int, results: list[Cleaned], out_schema):
    table = pa.Table.from_batches([batch])
    originals = table.column(run.field).to_pylist()
    # a failed row keeps what its target column held (nothing, for a new column)
    same_type = run.target in table.column_names and table.schema.field(run.target).type == out_schema.field(
        run.target).type
    before = table.column(run.target).to_pylist() if same_type else None
    texts: list[str | None] = []
    explained: list[list[dict] | None] = []
    keep: list[bool] = []
    for i, (original, result) in enumerate(zip(originals, results)):
        problem = "null, not a string" if result is None else result if isinstance(result, str) else None
        if problem is not None:
            run.problem(f"row {start + i + 1}", problem)
            keep.append(not run.skip)
            texts.append(before[i] if before is not None else None)
            explained.append(None)
            continue
        text, removals = result
        run.cleaned(original, text)
        keep.append(True)
        texts.append(text)
        explained.append(list(removals) if removals is not None else None)
    columns = [(run.target, texts)]
    if run.explain_field is not None:
        columns.append((run.explain_field, explained))
    for name, values in columns:
        column = out_schema.field(name)
        array = pa.array(values, type=column.type)
        if name in table.column_names:
            table = table.set_column(table.column_names.index(name), column, array)
        else:
            table = table.append_column(column, array)
    if not all(keep):
        table = table.filter(pa.array(keep))
    return table.select(out_schema.names).cast(out_schema)
