"""An HTML report of what cleaning removed, over one document or ten thousand.

:class:`Report` takes :class:`~cleantext.Result` objects one at a time
(``report.add(name, result)``) and writes ONE self-contained HTML file: no
network, no script, no external style or font, and every text of the input
escaped (a Content-Security-Policy that forbids scripts and remote loads is a
second fence). The file has

- a summary: documents, lines and characters kept and removed; an inline SVG
  bar chart of removals per category; a table of every document sorted by the
  share of its text removed, most first (where body loss shows);
- a section per document (for the :data:`DETAIL_DOCUMENTS` documents that lost
  the largest share, each cut after :data:`DETAIL_LINES` lines): every line in
  order, kept lines plain, removed lines struck through with a
  ``category/rule`` chip, residue spans marked inside kept lines, and the
  result's notes. Checkboxes (plain CSS: hidden inputs before the sections, labels in
  a sticky bar) hide or show each category.

Memory stays flat: a document becomes a small row (its counts) and, while it
is among the :data:`DETAIL_DOCUMENTS` with the largest share removed, a
compressed section; results are not kept. :func:`explain_inputs` turns
files, folders and dataset records into ``(name, Result)`` pairs, optionally
in worker processes, for the command line (``cleantext report``).

Example::

    report = Report(title="crawl")
    for path in paths:
        report.add(str(path), cleantext.explain(path.read_text()))
    report.write("report.html")
"""
from __future__ import annotations

import heapq
import html as _html
import os
import signal
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import cleantext
from .config import Config
from .encoding import BinaryInputError, decode
from .fileio import DEFAULT_GLOB, atomic_path, is_html, iter_sources
from .result import Result

__all__ = ["DETAIL_DOCUMENTS", "DETAIL_LINES", "LINE_CHARS", "TABLE_GROUP", "Document", "Report", "document", "explain_inputs",
           "write_report"]

DETAIL_DOCUMENTS = 200  # documents shown line by line (those with the largest share removed)
DETAIL_LINES = 1_000    # lines shown per document; the rest is counted, not shown
LINE_CHARS = 2_000      # characters shown per line; a longer line is cut with "…"
TABLE_GROUP = 500       # documents table: rows past the first this many fold into <details> of this many
BATCH = 16              # documents per submission to a worker process
INFLIGHT_PER_JOB = 4    # submissions in flight per worker: bounds memory
RESIDUE = "residue"     # the stage of spans removed inside kept lines
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks on

# Content-Security-Policy of the report: inline styles only; nothing loaded, nothing run.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


# --- one document: counts and its rendered section ------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    """What the report keeps of one document: its counts and (compressed) section."""

    index: int                      # input order, 0-based: the section's anchor is ``d<index>``
    name: str
    lines_kept: int = 0
    lines_removed: int = 0
    chars_kept: int = 0             # len(result.text)
    chars_removed: int = 0          # the removed texts' lengths, residue included
    categories: tuple[tuple[str, int], ...] = ()  # removals per category, most first
    notes: tuple[str, ...] = ()
    error: str | None = None        # the document could not be read or cleaned
    section: bytes = b""            # zlib-compressed HTML of the line-by-line section

    @property
    def share_removed(self) -> float:
        total = self.chars_kept + self.chars_removed
        return self.chars_removed / total if total else 0.0


def document(index: int, name: str, result: Result, *, detail_lines: int = DETAIL_LINES) -> Document:
    """The :class:`Document` of one result: counts over the whole text, a section of its first lines."""
    source = result.source
    removals = sorted(result.removals, key=lambda r: (r.start, r.end))
    categories = Counter(r.category for r in removals)
    kept = removed = 0
    body: list[str] = []
    shown = hidden_removed = 0
    for number, (start, end, line_removals) in enumerate(_physical_lines(source, removals), 1):
        text = source[start:end]
        if not text.strip():
            continue
        if line_removals and not _uncovered(text, start, line_removals):  # residue alone can empty a line
            removed += 1
            kind = "removed"
        else:
            kept += 1
            kind = "kept"
        if shown < detail_lines:
            shown += 1
            body.append(_line_html(number, text, start, line_removals, kind))
        elif kind == "removed":
            hidden_removed += 1
    if kept + removed > shown:
        more = kept + removed - shown
        body.append(f'<p class="cap">… {more:,} more lines not shown ({hidden_removed:,} of them removed); '
                    f'the counts above include them.</p>')
    notes = tuple(result.notes)
    section = _section_html(index, name, notes, body, kept, removed)
    return Document(index, name, kept, removed, len(result.text), sum(len(r.text) for r in removals),
                    tuple(categories.most_common()), notes, None,
                    zlib.compress(section.encode("utf-8", "surrogatepass"), 6))


def failed_document(index: int, name: str, message: str) -> Document:
    return Document(index, name, error=message)


def _physical_lines(source: str, removals: Sequence) -> Iterator[tuple[int, int, list]]:
    """``(start, end, removals overlapping the line)`` for every line of ``source`` (breaks excluded);
    ``removals`` sorted by start."""
    position = i = 0
    active: list = []
    for raw in source.splitlines(keepends=True):
        start = position
        end = start + len(raw.rstrip(_BREAKS))
        position += len(raw)
        while i < len(removals) and removals[i].start < end:
            active.append(removals[i])
            i += 1
        active = [r for r in active if r.end > start]
        yield start, end, [r for r in active if r.start < end]


def _uncovered(text: str, start: int, removals: Sequence) -> bool:
    """Whether some non-blank character of the line is outside every removal."""
    covered = bytearray(len(text))
    for r in removals:
        a, b = max(r.start - start, 0), min(r.end - start, len(text))
        covered[a:b] = b"\x01" * max(b - a, 0)
    return any(not covered[k] and not ch.isspace() for k, ch in enumerate(text))


def category_class(category: str) -> str:
    """A CSS class for a category: hex of its name, so any name is a safe identifier."""
    return "c" + category.encode("utf-8", "surrogatepass").hex()


def _esc(text: str) -> str:
    return _html.escape(text, quote=True)


def _line_html(number: int, text: str, start: int, removals: Sequence, kind: str) -> str:
    cut = len(text) > LINE_CHARS
    shown = text[:LINE_CHARS]
    if kind == "removed":
        main = next((r for r in removals if r.stage != RESIDUE), removals[0])
        chip = (f'<span class="chip" title="{_esc(f"stage {main.stage}, source line {main.line}")}">'
                f'{_esc(main.category)}/{_esc(main.rule)}</span>')
        return (f'<div class="l r {category_class(main.category)}"><span class="n">{number}</span>'
                f'<del>{_esc(shown)}{"…" if cut else ""}</del>{chip}</div>')
    parts: list[str] = []
    position = 0
    for r in sorted((r for r in removals if r.stage == RESIDUE), key=lambda r: r.start):
        a, b = max(r.start - start, position), min(r.end - start, len(shown))
        if b <= a:
            continue
        parts.append(_esc(shown[position:a]))
        parts.append(f'<mark class="{category_class(r.category)}" title="{_esc(r.category)}/{_esc(r.rule)}">'
                     f'{_esc(shown[a:b])}</mark>')
        position = b
    parts.append(_esc(shown[position:]))
    return f'<div class="l k"><span class="n">{number}</span>{"".join(parts)}{"…" if cut else ""}</div>'


def _section_html(index: int, name: str, notes: Sequence[str], body: Sequence[str], kept: int,
                  removed: int) -> str:
    note_html = "".join(f'<li>{_esc(n)}</li>' for n in notes)
    return (f'<section id="d{index}"><h3>{_esc(name)}</h3>'
            f'<p class="meta">{kept:,} lines kept, {removed:,} removed · <a href="#top">back to the table</a></p>'
            + (f'<ul class="notes">{note_html}</ul>' if notes else "")
            + f'<div class="lines">{"".join(body)}</div></section>\n')


# --- the report -------------------------------------------------------------------------------------

@dataclass
class Report:
    """Documents added one at a time; :meth:`write` writes the HTML file.

    ``detail_documents``: how many documents get a line-by-line section (those
    with the largest share removed; ties: the first added). ``detail_lines``:
    lines shown per section.
    """

    title: str = "cleantext report"
    detail_documents: int = DETAIL_DOCUMENTS
    detail_lines: int = DETAIL_LINES
    rows: list[tuple] = field(default_factory=list)  # one small tuple per document (the summary table)
    categories: Counter = field(default_factory=Counter)
    _detail: list[tuple[float, int, bytes]] = field(default_factory=list)  # a min-heap of sections
    _next: int = 0

    def add(self, name: str, result: Result) -> Document:
        """Count one result (and keep its section while it is among the most removed)."""
        doc = document(self._next, name, result, detail_lines=self.detail_lines)
        self.add_document(doc)
        return doc

    def add_failure(self, name: str, message: str) -> None:
        self.add_document(failed_document(self._next, name, message))

    def add_document(self, doc: Document) -> None:
        """Add a :class:`Document` made elsewhere (e.g. in a worker process by :func:`document`)."""
        self._next = max(self._next, doc.index + 1)
        self.rows.append((doc.index, doc.name, doc.lines_kept, doc.lines_removed, doc.chars_kept,
                          doc.chars_removed, doc.categories, doc.notes, doc.error))
        for category, count in doc.categories:
            self.categories[category] += count
        if doc.error is None and self.detail_documents > 0:
            entry = (doc.share_removed, -doc.index, doc.section)
            if len(self._detail) < self.detail_documents:
                heapq.heappush(self._detail, entry)
            elif entry[:2] > self._detail[0][:2]:
                heapq.heapreplace(self._detail, entry)

    # --- writing ---

    def write(self, path: str | os.PathLike) -> None:
        """Write the report to ``path`` (atomically: a temporary file renamed over it)."""
        path = Path(path)
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", errors="replace") as out:
            self.render(out)

    def render(self, out: IO[str]) -> None:
        rows = sorted(self.rows, key=lambda row: (-_share(row), row[0]))
        detailed = {-index for _, index, _ in self._detail}
        failed = sum(1 for row in rows if row[8] is not None)
        lines_kept = sum(row[2] for row in rows)
        lines_removed = sum(row[3] for row in rows)
        chars_kept = sum(row[4] for row in rows)
        chars_removed = sum(row[5] for row in rows)
        noted = sum(1 for row in rows if row[7])
        categories = self.categories.most_common()
        out.write(_HEAD.format(title=_esc(self.title), csp=_esc(CSP), style=_style(c for c, _ in categories)))
        for category, count in categories:
            cls = category_class(category)
            out.write(f'<input type="checkbox" id="f-{cls}" checked hidden>')
        out.write('<input type="checkbox" id="f-kept" checked hidden>')
        out.write(f'<main><h1 id="top">{_esc(self.title)}</h1>\n')
        out.write('<section class="summary"><h2>Summary</h2><table class="totals"><tr><th></th><th>kept</th>'
                  '<th>removed</th><th>share removed</th></tr>')
        out.write(f'<tr><th>lines</th><td>{lines_kept:,}</td><td>{lines_removed:,}</td>'
                  f'<td>{_percent(lines_removed, lines_kept + lines_removed)}</td></tr>')
        out.write(f'<tr><th>characters</th><td>{chars_kept:,}</td><td>{chars_removed:,}</td>'
                  f'<td>{_percent(chars_removed, chars_kept + chars_removed)}</td></tr></table>')
        out.write(f'<p>{len(rows):,} documents' + (f', {failed:,} could not be read or cleaned' if failed else "")
                  + (f'; {noted:,} with notes (e.g. a fallback)' if noted else "") + '.</p>')
        out.write('<h2>Removals per category</h2>')
        out.write(_chart(categories))
        out.write('<h2>Documents, most removed first</h2>')
        shown_sections = len(detailed)
        if shown_sections < len(rows) - failed:
            out.write(f'<p class="cap">Line-by-line sections are shown for the {shown_sections:,} documents '
                      f'with the largest share removed; the table lists all {len(rows):,}.</p>')
        head = ('<table class="docs"><thead><tr><th>#</th><th>document</th><th>removed</th><th>characters '
                'removed</th><th>lines kept / removed</th><th>categories</th><th>notes</th></tr></thead><tbody>\n')
        for first in range(0, max(len(rows), 1), TABLE_GROUP):
            group = rows[first:first + TABLE_GROUP]
            if first:  # later rows fold away: a browser lays out only what is open
                out.write(f'<details class="more"><summary>documents {first + 1:,}–{first + len(group):,} '
                          f'of {len(rows):,}</summary>')
            out.write(head)
            for rank, row in enumerate(group, first + 1):
                out.write(_row_html(rank, row, row[0] in detailed))
            out.write('</tbody></table>' + ('</details>\n' if first else '\n'))
        out.write('</section></main>\n')
        out.write('<nav class="filters" aria-label="filter"><strong>Show:</strong> '
                  '<label for="f-kept" class="k-toggle">kept lines</label>')
        for category, count in categories:
            cls = category_class(category)
            out.write(f'<label for="f-{cls}" class="tag {cls}" data-category="{_esc(category)}">'
                      f'{_esc(category)} ({count:,})</label>')
        out.write('</nav>\n<div class="documents">\n')
        for _, _, section in sorted(self._detail, key=lambda e: (-e[0], -e[1])):
            out.write(zlib.decompress(section).decode("utf-8", "surrogatepass"))
        out.write('</div></body></html>\n')


def _share(row: tuple) -> float:
    total = row[4] + row[5]
    return row[5] / total if total else (-1.0 if row[8] is not None else 0.0)


def _percent(part: int, total: int) -> str:
    return f"{100 * part / total:.1f}%" if total else "–"


def _row_html(rank: int, row: tuple, linked: bool) -> str:
    index, name, lines_kept, lines_removed, chars_kept, chars_removed, categories, notes, error = row
    label = f'<a href="#d{index}">{_esc(name)}</a>' if linked else _esc(name)
    if error is not None:
        return (f'<tr class="failed"><td>{rank}</td><td>{label}</td><td colspan="5">{_esc(error)}</td></tr>\n')
    share = _share(row)
    cats = ", ".join(f"{_esc(c)} {n}" for c, n in categories[:4]) + (" …" if len(categories) > 4 else "")
    return (f'<tr><td>{rank}</td><td>{label}</td>'
            f'<td class="share"><span class="bar" style="width:{share * 100:.1f}%"></span>'
            f'<span class="v">{share * 100:.1f}%</span></td>'
            f'<td>{chars_removed:,} of {chars_kept + chars_removed:,}</td><td>{lines_kept:,} / {lines_removed:,}</td>'
            f'<td>{cats}</td><td>{"<br>".join(_esc(n) for n in notes)}</td></tr>\n')


def _chart(categories: Sequence[tuple[str, int]]) -> str:
    """A horizontal bar chart of removals per category, as inline SVG."""
    if not categories:
        return '<p>Nothing was removed.</p>'
    bar_height, gap, label_width, width = 18, 6, 170, 420
    top = max(count for _, count in categories)
    height = len(categories) * (bar_height + gap) + gap
    parts = [f'<svg class="chart" role="img" aria-label="removals per category" xmlns="http://www.w3.org/2000/svg" '
             f'width="{label_width + width + 80}" height="{height}" viewBox="0 0 {label_width + width + 80} {height}">']
    for i, (category, count) in enumerate(categories):
        y = gap + i * (bar_height + gap)
        length = max(1.0, width * count / top)
        parts.append(f'<g class="{category_class(category)}"><title>{_esc(category)}: {count:,}</title>'
                     f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end">{_esc(category)}</text>'
                     f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}"></rect>'
                     f'<text x="{label_width + length + 4:.1f}" y="{y + bar_height - 5}">{count:,}</text></g>')
    parts.append('</svg>')
    return "".join(parts)


_PALETTE = ("#c0392b", "#2471a3", "#b9770e", "#7d3c98", "#138d75", "#a04000", "#2e4053", "#b03a2e",
            "#1f618d", "#7e5109", "#6c3483", "#117864", "#873600", "#566573")


def _style(categories: Iterable[str]) -> str:
    rules = []
    for i, category in enumerate(categories):
        cls = category_class(category)
        color = _PALETTE[i % len(_PALETTE)]
        rules.append(f"#f-{cls}:not(:checked)~.documents .{cls}{{display:none}}"
                     f"#f-{cls}:not(:checked)~.filters label.{cls}{{opacity:.45;text-decoration:line-through}}"
                     f".chart .{cls} rect{{fill:{color}}} .{cls} .chip, label.{cls}{{border-color:{color}}}")
    return "\n".join(rules)


_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1c1c1c;background:#fff}}
main,.filters,.documents{{max-width:1100px;margin:0 auto;padding:0 1.5em}} main{{padding-top:1em}} .documents{{padding-bottom:4em}}
section[id^=d]{{content-visibility:auto;contain-intrinsic-size:auto 600px}}
h1{{font-size:1.5em}} h2{{font-size:1.2em;margin-top:1.6em}} h3{{font-size:1.05em;margin:0 0 .2em;word-break:break-all}}
table{{border-collapse:collapse}} td,th{{padding:2px 8px;text-align:left;vertical-align:top}}
table.docs{{width:100%;table-layout:fixed}} table.docs th:first-child{{width:3em}} table.docs th:nth-child(2){{width:32%}} table.docs th:nth-child(3){{width:6em}} table.docs th:nth-child(4){{width:8.5em}} table.docs th:nth-child(5){{width:6.5em}} table.docs th:nth-child(7){{width:12%}} table.docs tr:nth-child(even){{background:#f5f5f5}} table.docs td:nth-child(2){{word-break:break-all}}
td.share{{position:relative;min-width:5em}} .bar{{position:absolute;left:0;top:3px;height:1.2em;background:#f2b8b0}} td.share .v{{position:relative}}
tr.failed td{{color:#a00}} details.more{{margin:.3em 0}} details.more summary{{cursor:pointer;color:#2457a0}}
.chart text{{font-size:12px;fill:#333}}
.cap{{color:#666;font-style:italic}}
.filters{{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5em 0;z-index:2}}
.filters label{{display:inline-block;border:2px solid #999;border-radius:10px;padding:0 .5em;margin:2px;cursor:pointer;user-select:none}}
#f-kept:not(:checked)~.documents .l.k{{display:none}}
#f-kept:not(:checked)~.filters label.k-toggle{{opacity:.45;text-decoration:line-through}}
section[id^=d]{{border-top:1px solid #ddd;padding-top:.6em;margin-top:1.2em}}
.meta{{color:#555;margin:0 0 .4em}} .notes{{color:#8a5a00;margin:.2em 0}}
.l{{white-space:pre-wrap;word-break:break-word;padding:1px 0 1px 3.5em;text-indent:-3.5em}}
.n{{display:inline-block;width:3em;margin-right:.5em;text-align:right;color:#aaa;font-size:.85em;text-indent:0}}
.l.r{{color:#999}} .l.r del{{text-decoration-color:#bbb}}
.chip{{display:inline-block;margin-left:.6em;border:1px solid #999;border-radius:8px;padding:0 .4em;font-size:.8em;color:#444;text-indent:0}}
mark{{background:#fde2c8;color:#888;text-decoration:line-through}}
{style}
</style></head><body>
"""


# --- inputs -> (name, Result) ------------------------------------------------------------------------

def explain_inputs(paths: Sequence[Path], *, config: Config | None = None, globs: Sequence[str] = (DEFAULT_GLOB,),
                   field: str | None = None, html: bool = False, jobs: int = 1,
                   detail_lines: int = DETAIL_LINES,
                   on_problem: Callable[[Path, str, bool], None] | None = None) -> Iterator[Document]:
    """A :class:`Document` for every input, in input order.

    Files are named directly or found in folders by ``globs`` (HTML by their
    suffix); dataset files (JSONL, CSV, Parquet) give one document per record of
    ``field`` (named ``file#N``, the N-th record holding the field; ``html``:
    the field holds HTML). A file that cannot be read or cleaned is a failed
    document. ``jobs > 1`` explains in worker processes, a bounded number of
    documents in flight; the order stays the input's.
    """
    from .datasets import DatasetError, dataset_texts, is_dataset

    def items() -> Iterator[tuple[int, str, str | None, bool, str]]:  # (index, name, text or None, html, path)
        index = 0
        for source in iter_sources(paths, globs, on_problem=on_problem):
            if is_dataset(source.path):
                if field is None:
                    raise DatasetError(f"{source.path}: a dataset file needs a field (--field)")
                for number, text in enumerate(dataset_texts(source.path, field=field), 1):
                    yield index, f"{source.path}#{number}", text, html, ""
                    index += 1
            else:
                yield index, str(source.path), None, is_html(source.path), str(source.path)
                index += 1

    settings = (config, detail_lines)
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1:
        for item in items():
            yield _explain_item(item, settings)
        return
    window: deque = deque()
    batch: list = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:
        try:
            for item in items():
                batch.append(item)
                if len(batch) >= BATCH:
                    window.append(pool.submit(_explain_batch, batch, settings))
                    batch = []
                    if len(window) >= jobs * INFLIGHT_PER_JOB:
                        yield from window.popleft().result()
            if batch:
                window.append(pool.submit(_explain_batch, batch, settings))
            while window:
                yield from window.popleft().result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def _explain_batch(items: list, settings: tuple) -> list[Document]:
    return [_explain_item(item, settings) for item in items]


def _explain_item(item: tuple, settings: tuple) -> Document:
    index, name, text, html, path = item
    config, detail_lines = settings
    try:
        if text is None:
            text = decode(Path(path).read_bytes(), html=html).text
        result = (cleantext.explain_html if html else cleantext.explain)(text, config=config)
    except BinaryInputError:
        return failed_document(index, name, "binary file (NUL bytes); skipped")
    except OSError as exc:
        return failed_document(index, name, exc.strerror or str(exc))
    except Exception as exc:  # a bug on one document must not stop the report
        return failed_document(index, name, f"{type(exc).__name__}: {exc}")
    return document(index, name, result, detail_lines=detail_lines)


def write_report(documents: Iterable[Document | tuple[str, Result]], path: str | os.PathLike, *,
                 title: str = "cleantext report", detail_documents: int = DETAIL_DOCUMENTS,
                 detail_lines: int = DETAIL_LINES) -> Report:
    """Write the report of ``documents`` (``(name, Result)`` pairs or :class:`Document` records) to ``path``."""
    report = Report(title=title, detail_documents=detail_documents, detail_lines=detail_lines)
    for item in documents:
        if isinstance(item, Document):
            report.add_document(item)
        else:
            report.add(*item)
    report.write(path)
    return report
