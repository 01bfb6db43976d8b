"""The command line: arguments -> Config -> library -> files. No cleaning logic here;
running over many files (worker processes, a Dask cluster) is :mod:`cleantext.runner`.

Exit codes: 0 everything cleaned (or all fixtures pass), 1 some file failed
(or a fixture differs), 2 usage error, 130 interrupted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import cleantext
from cleantext import explain  # module-level name, so tests can patch it
from cleantext.config import FAVORS, Config
from cleantext.datasets import is_dataset
from cleantext.encoding import BinaryInputError, decode
from cleantext.fileio import (
    atomic_write, is_html, iter_sources, output_dir_problem, output_path, parse_globs, show,
    with_final_newline,
)
from cleantext.report import DETAIL_DOCUMENTS, DETAIL_LINES
from cleantext.runner import (
    ClusterError, Outcome, Task, clean_text, learn_locally, learn_on_cluster, run_on_cluster, run_tasks,
)

PROG = "cleantext"
EXPLAIN_WIDTH = 80  # removed text longer than this is truncated with "…"


class UsageError(Exception):
    """Bad arguments: exit status 2."""


# --- messages -----------------------------------------------------------------

def warn(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


def write_stdout(text: str) -> None:
    """Write UTF-8 to stdout whatever the locale."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


# --- arguments ----------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    group = options.add_argument_group("cleaning options")
    group.add_argument("--no-captions", action="store_true", help="drop image captions")
    group.add_argument("--no-headline", action="store_true", help="drop the headline")
    group.add_argument("--favor", choices=FAVORS, default="balanced",
                       help="the context stage's trade-off: balanced (default), precision or recall")
    group.add_argument("--disable", action="extend", nargs="+", default=[], metavar="CATEGORY",
                       help="rule categories that never fire (e.g. byline credit); commas allowed")
    group.add_argument("--profile", type=Path, metavar="FILE",
                       help="a saved repeated-line profile (see clean --learn-repeats --save-profile)")

    parser = argparse.ArgumentParser(prog=PROG, description="Keep the article body of scraped text or HTML.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {cleantext.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser("clean", parents=[options], help="clean files or folders",
                                description="Clean files; folders are mirrored into --out. "
                                            "'-' reads stdin and writes stdout.")
    clean.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    clean.add_argument("--out", type=Path, metavar="DIR",
                       help="output folder (required for folders); for a dataset file, the output file")
    clean.add_argument("--glob", default="*.txt", metavar="PAT",
                       help="file names to take from folders, comma-separated (default: *.txt)")
    clean.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (0 = all cores)")
    clean.add_argument("--skip-existing", action="store_true", help="leave existing output files alone")
    clean.add_argument("--no-progress", action="store_true", help="no progress bar")
    corpus = clean.add_argument_group("corpus mode")
    corpus.add_argument("--learn-repeats", action="store_true",
                        help="first learn the lines the inputs repeat (a site's furniture), then clean with them; "
                             "with --profile, the saved counts are added to")
    corpus.add_argument("--save-profile", type=Path, metavar="FILE",
                        help="write the learned profile to FILE (JSON; needs --learn-repeats)")
    corpus.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on this Dask scheduler (e.g. tcp://host:8786); workers read and write "
                             "the paths, so they must share the filesystem")
    data = clean.add_argument_group("dataset files (.jsonl, .ndjson, .jsonl.gz, .csv, .parquet)")
    data.add_argument("--field", metavar="NAME", help="the field (column) holding the text (required)")
    data.add_argument("--into", metavar="NAME", help="write the cleaned text to this field instead of --field")
    data.add_argument("--explain-field", metavar="NAME", help="also write each record's removals to this field")
    data.add_argument("--on-error", choices=("keep", "skip"), default="keep",
                      help="malformed records: copy them unchanged (default) or leave them out")
    data.add_argument("--html", action="store_true", help="the field holds HTML")

    rep = commands.add_parser("report", parents=[options], help="write an HTML report of what is removed",
                              description="Explain files, folders or dataset records and write one "
                                          "self-contained HTML file: totals, removals per category, documents "
                                          "by share removed, and each document line by line.")
    rep.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    rep.add_argument("--out", type=Path, required=True, metavar="FILE", help="the HTML file to write")
    rep.add_argument("--glob", default="*.txt", metavar="PAT",
                     help="file names to take from folders, comma-separated (default: *.txt)")
    rep.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (0 = all cores)")
    rep.add_argument("--no-progress", action="store_true", help="no progress bar")
    rep.add_argument("--field", metavar="NAME", help="dataset files: the field (column) holding the text")
    rep.add_argument("--html", action="store_true", help="dataset files: the field holds HTML")
    rep.add_argument("--title", metavar="TEXT", help="the report's title (default: the inputs)")
    rep.add_argument("--detail", type=int, default=DETAIL_DOCUMENTS, metavar="N",
                     help=f"documents shown line by line, those with the largest share removed "
                          f"(default: {DETAIL_DOCUMENTS})")
    rep.add_argument("--detail-lines", type=int, default=DETAIL_LINES, metavar="N",
                     help=f"lines shown per document (default: {DETAIL_LINES})")

    exp = commands.add_parser("explain", parents=[options], help="show what is removed from a file and why")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--json", action="store_true", help='print {"text": ..., "removals": [...]}')
    exp.add_argument("--show-text", action="store_true", help="also print the cleaned text")

    check = commands.add_parser("check", parents=[options], help="compare fixtures with expected outputs",
                                description="Pairs <name>.input.txt|.input.html with <name>.expected.txt.")
    check.add_argument("directory", type=Path, metavar="DIR")
    check.add_argument("--update", action="store_true", help="rewrite expected files that differ")
    return parser


def config_from(args: argparse.Namespace) -> Config:
    disabled = frozenset(c.strip() for item in args.disable for c in item.split(",") if c.strip())
    known = _known_categories()
    for category in sorted(disabled - known) if known else ():
        warn(f"warning: no built-in rule has the category {category!r}")
    profile = None
    if args.profile is not None:
        from cleantext.corpus import Profile
        try:
            profile = Profile.load(args.profile)
        except OSError as exc:
            raise UsageError(f"--profile {show(args.profile)}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise UsageError(f"--profile {show(args.profile)}: {exc}") from None
    return replace(Config(), keep_captions=not args.no_captions, keep_headline=not args.no_headline,
                   disabled_categories=disabled, profile=profile, favor=args.favor)


def _known_categories() -> frozenset[str]:
    try:
        from cleantext.rules import LINE_RULES
    except ImportError:
        return frozenset()
    return frozenset(rule.category for rule in LINE_RULES) | {
        "boilerplate", "navigation", "captions", "duplicate", "html-residue"}


# --- reading one input; the totals of a run --------------------------------------

def read_text(data: bytes, name: Path | str, *, html: bool) -> str:
    """Decode ``data``; a fallback warning names the file on stderr."""
    decoded = decode(data, html=html)
    if decoded.warning:
        warn(f"{show(name)}: {decoded.warning}")
    return decoded.text


@dataclass
class Totals:
    cleaned: int = 0
    skipped: int = 0
    failed: int = 0
    kept: int = 0
    removed: int = 0
    seen: set[str] = field(default_factory=set)  # outputs written so far (strings: small per file)

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.kept += outcome.kept
        self.removed += outcome.removed

    def summary(self) -> str:
        return (f"{self.cleaned} cleaned, {self.skipped} skipped, {self.failed} failed; "
                f"{self.kept:,} characters kept, {self.removed:,} removed")


# --- commands -------------------------------------------------------------------

def cmd_clean(args: argparse.Namespace) -> int:
    config = config_from(args)
    paths: list[Path] = args.paths
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    if args.save_profile is not None and not args.learn_repeats:
        raise UsageError("--save-profile needs --learn-repeats")
    if (args.learn_repeats or args.scheduler) and any(str(p) == "-" for p in paths):
        raise UsageError("--learn-repeats and --scheduler read files and folders, not stdin")
    if args.scheduler and args.out is None:
        raise UsageError("--scheduler needs --out DIR")
    if args.field is not None or any(is_dataset(p) for p in paths):
        return _clean_datasets(args, paths, config)
    if any(str(p) == "-" for p in paths):
        if len(paths) > 1 or args.out is not None:
            raise UsageError("'-' (stdin) cannot be combined with other paths or --out")
        text = read_text(sys.stdin.buffer.read(), "<stdin>", html=False)
        write_stdout(with_final_newline(clean_text(text, config, html=False)))
        return 0
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {show(missing[0])}")
    if args.out is None:
        if len(paths) > 1 or paths[0].is_dir():
            raise UsageError("--out DIR is required for folders and several files")
        if args.learn_repeats:
            config = _learn_repeats(args, paths, config)
        return _clean_to_stdout(paths[0], config)
    problem = output_dir_problem(args.out, paths)
    if problem:
        raise UsageError(problem)
    if args.learn_repeats:
        config = _learn_repeats(args, paths, config)
    return _clean_to_folder(args, paths, config)


def _clean_to_stdout(path: Path, config: Config) -> int:
    try:
        text = read_text(path.read_bytes(), path, html=is_html(path))
    except BinaryInputError:
        warn(f"{show(path)}: binary file (NUL bytes); skipped")
        return 1
    except OSError as exc:
        warn(f"{show(path)}: {exc.strerror or exc}")
        return 1
    write_stdout(with_final_newline(clean_text(text, config, html=is_html(path))))
    return 0


def _clean_to_folder(args: argparse.Namespace, paths: list[Path], config: Config) -> int:
    from tqdm import tqdm

    jobs = args.jobs or os.cpu_count() or 1
    folders = [p.resolve() for p in paths if p.is_dir()]
    named_inputs = {p.resolve() for p in paths if not p.is_dir()}
    out_dir = args.out.resolve()
    show_bar = bool(folders) and not args.no_progress and sys.stderr.isatty()
    bar = tqdm(unit=" files", file=sys.stderr, disable=not show_bar, dynamic_ncols=True)
    totals = Totals()

    def say(message: str) -> None:
        if show_bar:
            bar.write(f"{PROG}: {message}", file=sys.stderr)
        else:
            warn(message)

    def on_problem(path: Path, message: str, failed: bool) -> None:
        say(f"{show(path)}: {message}")
        if failed:
            totals.failed += 1

    def tasks() -> Iterator[Task | Outcome]:
        for source in iter_sources(paths, parse_globs(args.glob), on_problem=on_problem):
            target = output_path(args.out, source.relative)
            resolved = out_dir / output_path(Path(), source.relative)  # lexical: no syscalls per file
            if resolved in named_inputs or any(f == resolved or f in resolved.parents for f in folders):
                yield Outcome(source.path, "failed", (f"{show(source.path)}: output {show(target)} would overwrite an input; skipped",))
            elif str(resolved) in totals.seen:
                yield Outcome(source.path, "failed", (f"{show(source.path)}: output {show(target)} already written by another input; skipped",))
            else:
                totals.seen.add(str(resolved))
                yield Task(source.path, target, config, args.skip_existing)

    try:
        outcomes = run_on_cluster(tasks(), args.scheduler) if args.scheduler else run_tasks(tasks(), jobs)
        for outcome in outcomes:
            totals.add(outcome)
            for message in outcome.messages:
                say(message)
            bar.update()
    except ClusterError as exc:
        raise UsageError(f"--scheduler {exc}") from None
    finally:
        bar.close()
    warn(totals.summary())
    return 1 if totals.failed else 0


# --- corpus mode: learn repeated lines (cleantext.runner does the work) ------------

def _learn_repeats(args: argparse.Namespace, paths: list[Path], config: Config) -> Config:
    """Pass one over the inputs: count their lines into a profile (files are read, counted,
    dropped: texts are not held). Returns ``config`` with the profile; saves it if asked."""
    from cleantext.corpus import MIN_DOCUMENTS, MIN_SHARE

    start = config.profile  # --profile FILE: its counts are added to
    settings = dict(repair=config.repair_encoding,
                    min_documents=start.min_documents if start else MIN_DOCUMENTS,
                    min_share=start.min_share if start else MIN_SHARE)
    files = (str(s.path) for s in iter_sources(paths, parse_globs(args.glob)))
    if args.scheduler:
        try:
            profile = learn_on_cluster(list(files), settings, args.scheduler)
        except ClusterError as exc:
            raise UsageError(f"--scheduler {exc}") from None
    else:
        profile = learn_locally(files, settings, args.jobs or os.cpu_count() or 1)
    return _use_profile(profile, start, args, config, "documents")


def _use_profile(profile, start, args: argparse.Namespace, config: Config, unit: str) -> Config:
    """Add a saved profile's counts, say what was learned, save it if asked; the config to clean with."""
    if start is not None:
        profile = start.merge(profile)
    warn(f"learned repeated lines from {profile.documents:,} {unit}: {len(profile.repeated):,} repeat")
    if args.save_profile is not None:
        try:
            profile.save(args.save_profile)
        except OSError as exc:
            raise UsageError(f"--save-profile {show(args.save_profile)}: {exc.strerror or exc}") from None
    return replace(config, profile=profile.trimmed())


# --- dataset files: a text column of JSONL, CSV, Parquet (cleantext.datasets) ------------

def _clean_datasets(args: argparse.Namespace, paths: list[Path], config: Config) -> int:
    """Each dataset file into ``--out`` (a file of the same format, or a folder for several)."""
    from tqdm import tqdm

    from cleantext.datasets import DatasetError, clean_dataset, dataset_format

    if not all(is_dataset(p) for p in paths):
        raise UsageError("dataset files (.jsonl, .csv, .parquet) cannot be mixed with other inputs"
                         if any(is_dataset(p) for p in paths) else "--field is for dataset files")
    if args.field is None:
        raise UsageError("--field NAME is required for dataset files")
    if args.out is None or args.scheduler:
        raise UsageError("dataset files need --out (and do not run on --scheduler)")
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise UsageError(f"no such file: {show(missing[0])}")
    if is_dataset(args.out):
        if len(paths) > 1:
            raise UsageError("several dataset files need --out DIR")
        targets = [(paths[0], args.out)]
    elif args.out.exists() and not args.out.is_dir():
        raise UsageError(f"--out {show(args.out)} exists and is not a directory")
    else:
        targets = [(p, args.out / p.name) for p in paths]
    written: set[Path] = set()
    for source, target in targets:
        if dataset_format(target) != dataset_format(source):
            raise UsageError(f"--out {show(target)}: must be a {dataset_format(source)} file like the input")
        if target.resolve() in written or any(target.resolve() == p.resolve() for p in paths):
            raise UsageError(f"--out {show(target)} would overwrite an input or another output")
        written.add(target.resolve())
    if args.learn_repeats:
        config = _learn_dataset_repeats(args, paths, config)
    show_bar = not args.no_progress and sys.stderr.isatty()
    failed = 0
    for source, target in targets:
        if args.skip_existing and target.exists():
            warn(f"{show(target)} exists; skipped")
            continue
        bar = tqdm(unit=" records", file=sys.stderr, disable=not show_bar, dynamic_ncols=True, desc=source.name)
        say = (lambda m: bar.write(f"{PROG}: {m}", file=sys.stderr)) if show_bar else warn
        try:
            stats = clean_dataset(source, target, field=args.field, into=args.into, explain_field=args.explain_field,
                                  on_error=args.on_error, jobs=args.jobs, config=config, html=args.html,
                                  progress=bar.update, on_problem=lambda m, s=source: say(f"{show(s)}: {m}"))
        except DatasetError as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            warn(f"{show(source)}: {exc.strerror or exc}")
            failed += 1
            continue
        finally:
            bar.close()
        warn(f"{show(source)} -> {show(target)}: {stats.summary()}")
        failed += stats.failed > 0
    return 1 if failed else 0


def _learn_dataset_repeats(args: argparse.Namespace, paths: list[Path], config: Config) -> Config:
    """Corpus mode for dataset files: a first streaming pass over the field of every record."""
    from cleantext.corpus import MIN_DOCUMENTS, MIN_SHARE, learn_profile
    from cleantext.datasets import DatasetError, dataset_texts

    start = config.profile
    texts = (text for path in paths for text in dataset_texts(path, field=args.field))
    try:
        profile = learn_profile(texts, config=config, html=args.html,
                                min_documents=start.min_documents if start else MIN_DOCUMENTS,
                                min_share=start.min_share if start else MIN_SHARE)
    except DatasetError as exc:
        raise UsageError(str(exc)) from None
    return _use_profile(profile, start, args, config, "records")


def cmd_report(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from cleantext.datasets import DatasetError
    from cleantext.report import Report, explain_inputs

    config = config_from(args)
    paths: list[Path] = args.paths
    if args.jobs < 0 or args.detail < 0 or args.detail_lines < 0:
        raise UsageError("--jobs, --detail and --detail-lines must be 0 or more")
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {show(missing[0])}")
    if any(is_dataset(p) for p in paths) and args.field is None:
        raise UsageError("--field NAME is required for dataset files")
    if args.out.is_dir():
        raise UsageError(f"--out {show(args.out)} is a directory; name the HTML file to write")
    if any(p.resolve() == args.out.resolve() for p in paths if not p.is_dir()):
        raise UsageError(f"--out {show(args.out)} would overwrite an input")
    failed = 0
    show_bar = not args.no_progress and sys.stderr.isatty()
    bar = tqdm(unit=" documents", file=sys.stderr, disable=not show_bar, dynamic_ncols=True)
    say = (lambda m: bar.write(f"{PROG}: {m}", file=sys.stderr)) if show_bar else warn

    def on_problem(path: Path, message: str, is_failure: bool) -> None:
        nonlocal failed
        say(f"{show(path)}: {message}")
        failed += is_failure

    report = Report(title=args.title or " ".join(show(p) for p in paths), detail_documents=args.detail,
                    detail_lines=args.detail_lines)
    try:
        for doc in explain_inputs(paths, config=config, globs=parse_globs(args.glob), field=args.field,
                                  html=args.html, jobs=args.jobs, detail_lines=args.detail_lines,
                                  on_problem=on_problem):
            if doc.error is not None:
                say(f"{doc.name}: {doc.error}")
                failed += 1
            report.add_document(doc)
            bar.update()
    except DatasetError as exc:
        raise UsageError(str(exc)) from None
    finally:
        bar.close()
    try:
        report.write(args.out)
    except OSError as exc:
        raise UsageError(f"--out {show(args.out)}: {exc.strerror or exc}") from None
    warn(f"{len(report.rows):,} documents ({failed:,} failed) -> {show(args.out)}")
    return 1 if failed else 0


def cmd_explain(args: argparse.Namespace) -> int:
    config = config_from(args)
    path: Path = args.file
    if not path.is_file() and str(path) != "-":
        raise UsageError(f"no such file: {show(path)}")
    data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    html = is_html(path)
    try:
        text = read_text(data, path, html=html)
    except BinaryInputError:
        warn(f"{show(path)}: binary file (NUL bytes)")
        return 1
    explain_html = getattr(cleantext, "explain_html", None)
    result = explain_html(text, config=config) if html and explain_html else explain(text, config=config)
    if args.json:
        payload = {"text": result.text, "removals": [r.to_dict() for r in result.removals], "notes": list(result.notes)}
        write_stdout(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = [f"note  {note}" for note in result.notes] + [format_removal(r) for r in result.removals]
    if args.show_text:
        lines += ["", "--- cleaned text ---", result.text]
    write_stdout("\n".join(lines) + "\n" if lines else "")
    return 0


def format_removal(removal: cleantext.Removal, width: int = EXPLAIN_WIDTH) -> str:
    """``line N  category/rule  text`` with the text on one line, truncated with …."""
    text = " ".join(removal.text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"line {removal.line}  {removal.category}/{removal.rule}  {text}"


def cmd_check(args: argparse.Namespace) -> int:
    from cleantext.testing import diff, expected_text, fixture_cases, render

    config = config_from(args)
    if not args.directory.is_dir():
        raise UsageError(f"no such directory: {show(args.directory)}")
    cases = fixture_cases(args.directory)
    if not cases:
        warn(f"no fixtures (<name>.input.txt|.input.html) in {show(args.directory)}")
        return 1
    passed = failed = 0
    updated: list[Path] = []
    for case in cases:
        try:
            actual = render(case, config)
        except Exception as exc:
            warn(f"{case.name}: {type(exc).__name__}: {exc}")
            failed += 1
            continue
        expected = expected_text(case)
        if expected == actual:
            passed += 1
        elif args.update:
            atomic_write(case.expected_path, actual)
            updated.append(case.expected_path)
        else:
            failed += 1
            label = show(case.expected_path) + (" (missing)" if expected is None else "")
            write_stdout(diff(expected or "", actual, expected_name=label, actual_name=f"{case.name} (cleaned)") + "\n")
    for path in updated:
        write_stdout(f"updated {show(path)}\n")
    write_stdout(f"{passed} passed, {failed} failed" + (f", {len(updated)} updated" if args.update else "") + "\n")
    return 1 if failed else 0


COMMANDS = {"clean": cmd_clean, "report": cmd_report, "explain": cmd_explain, "check": cmd_check}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (never raises, never a traceback)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"{PROG} {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except Exception as exc:
        print(f"{PROG}: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at devnull so the exit flush does not fail."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
