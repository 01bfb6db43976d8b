"""The CLI in-process (main([...])) plus one real subprocess.

Expected outputs are computed with the library itself: these tests check the
wiring (files, exit codes, messages, conventions), not cleaning quality.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext import cli
from cleantext.result import Removal, Result

BODY = ("The council  approved the new budget on Tuesday after a long debate about schools and roads.\n\n\n"
        "Officials said the  money would be spent over the next three years on repairs and new teachers.\n")


def expected(text: str) -> str:
    result = cleantext.clean(text)
    return result + "\n" if result else ""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    write(src / "a.txt", BODY)
    write(src / "sub" / "b.txt", BODY.replace("council", "committee"))
    write(src / "sub" / "page.html", "<html><body><p>" + BODY.replace("\n", " ") + "</p></body></html>")
    write(src / "notes.md", "not taken by the default glob")
    return src


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_smoke_whitespace_is_normalised(tmp_path, capsys):
    src = write(tmp_path / "x.txt", BODY)
    code, out, _ = run(["clean", str(src)], capsys)
    assert code == 0
    assert out == expected(BODY)
    assert "council approved" in out and "  " not in out and not out.endswith("\n\n")


def test_mirrors_folder_with_one_trailing_newline(tree, tmp_path, capsys):
    before = snapshot(tree)
    out_dir = tmp_path / "out"
    code, _, err = run(["clean", str(tree), "--out", str(out_dir), "--glob", "*.txt, *.html", "--no-progress"], capsys)
    assert code == 0, err
    written = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*") if p.is_file())
    assert written == ["a.txt", "sub/b.txt", "sub/page.txt"]
    for rel in ("a.txt", "sub/b.txt"):
        text = (out_dir / rel).read_text(encoding="utf-8")
        assert text == expected((tree / rel).read_text())
        assert text.endswith("\n") and not text.endswith("\n\n")
    assert "approved" in (out_dir / "sub" / "page.txt").read_text()
    assert "3 cleaned, 0 skipped, 0 failed" in err
    assert snapshot(tree) == before  # inputs untouched: bytes and mtimes


def test_default_glob_is_txt(tree, tmp_path, capsys):
    code, _, _ = run(["clean", str(tree), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "o").rglob("*") if p.is_file()) == ["a.txt", "b.txt"]


def test_stdin_to_stdout(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    code, out, _ = run(["clean", "-"], capsys)
    assert code == 0
    assert out == expected(BODY)


@pytest.mark.parametrize("argv", [
    ["clean"],
    ["clean", "x", "--jobs", "-1"],
    ["clean", "x", "--no-such-option"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "x", BODY)
    assert run(argv, capsys)[0] == 2


def test_nonexistent_path_exit_2(tmp_path, capsys):
    code, _, err = run(["clean", str(tmp_path / "missing"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "missing" in err


def test_folder_needs_out(tree, capsys):
    code, _, err = run(["clean", str(tree)], capsys)
    assert code == 2 and "--out" in err


def test_out_inside_input_refused(tree, capsys):
    before = snapshot(tree)
    code, _, err = run(["clean", str(tree), "--out", str(tree / "cleaned")], capsys)
    assert code == 2 and "inside" in err
    assert not (tree / "cleaned").exists()
    assert snapshot(tree) == before


def test_out_overwriting_input_file_refused(tmp_path, capsys):
    src = write(tmp_path / "a.txt", BODY)
    code, _, err = run(["clean", str(src), "--out", str(tmp_path)], capsys)
    assert code == 2 and "overwrite" in err
    assert src.read_text() == BODY


def test_binary_file_named_and_others_written(tree, tmp_path, capsys):
    write(tree / "blob.txt", b"PK\x03\x04\x00\x00\x00")
    code, _, err = run(["clean", str(tree), "--out", str(tmp_path / "o"), "--no-progress"], capsys)
    assert code == 1
    assert "blob.txt" in err and "binary" in err
    assert (tmp_path / "o" / "a.txt").is_file() and (tmp_path / "o" / "sub" / "b.txt").is_file()
    assert not (tmp_path / "o" / "blob.txt").exists()
    assert "1 failed" in err


def test_vanished_file_named_and_run_completes(tree, tmp_path, capsys):
    (tree / "gone.txt").symlink_to(tree / "nowhere.txt")  # broken link: a file that vanished
    code, _, err = run(["clean", str(tree), "--out", str(tmp_path / "o")], capsys)
    assert code == 1
    assert "gone.txt" in err and "Traceback" not in err
    assert (tmp_path / "o" / "sub" / "b.txt").is_file()


def test_cp1252_file_warns_and_cleans(tmp_path, capsys):
    text = BODY.replace("council", "café council")
    src = write(tmp_path / "in" / "old.txt", text.encode("cp1252"))
    code, _, err = run(["clean", str(src.parent), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    assert "old.txt" in err and "cp1252" in err
    assert (tmp_path / "o" / "old.txt").read_text(encoding="utf-8") == expected(text)


def test_empty_file_gives_empty_output(tmp_path, capsys):
    write(tmp_path / "in" / "empty.txt", b"")
    code, _, _ = run(["clean", str(tmp_path / "in"), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    assert (tmp_path / "o" / "empty.txt").read_bytes() == b""


def test_odd_file_names(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    names = ["with space.txt", "ünï cødé.txt", "line\nbreak.txt", os.fsdecode(b"bad\xffbyte.txt")]
    for name in names:
        (src / name).write_bytes(BODY.encode())
    code, _, err = run(["clean", str(src), "--out", str(tmp_path / "o")], capsys)
    assert code == 0, err
    for name in names:
        assert (tmp_path / "o" / name).read_text(encoding="utf-8") == expected(BODY)


def test_symlink_loop_terminates(tree, tmp_path, capsys):
    (tree / "sub" / "loop").symlink_to(tree, target_is_directory=True)
    code, _, err = run(["clean", str(tree), "--out", str(tmp_path / "o")], capsys)
    assert code == 0
    assert "loop" in err
    assert (tmp_path / "o" / "sub" / "b.txt").is_file()


def test_skip_existing(tree, tmp_path, capsys):
    out_dir = tmp_path / "o"
    write(out_dir / "a.txt", "old\n")
    code, _, err = run(["clean", str(tree), "--out", str(out_dir), "--skip-existing"], capsys)
    assert code == 0
    assert (out_dir / "a.txt").read_text() == "old\n"
    assert (out_dir / "sub" / "b.txt").is_file()
    assert "1 cleaned, 1 skipped" in err
    code, _, _ = run(["clean", str(tree), "--out", str(out_dir)], capsys)
    assert (out_dir / "a.txt").read_text() == expected(BODY)


def test_jobs_2_matches_serial(tmp_path, capsys):
    src = tmp_path / "in"
    for i in range(12):
        write(src / f"d{i % 3}" / f"f{i:02}.txt", BODY.replace("Tuesday", f"day {i}"))
    write(src / "bin.txt", b"\x00\x01")
    assert run(["clean", str(src), "--out", str(tmp_path / "serial")], capsys)[0] == 1
    code, _, err = run(["clean", str(src), "--out", str(tmp_path / "par"), "--jobs", "2"], capsys)
    assert code == 1 and "bin.txt" in err and "12 cleaned" in err
    serial = snapshot(tmp_path / "serial")
    parallel = snapshot(tmp_path / "par")
    assert [v[0] for v in serial.values()] == [v[0] for v in parallel.values()]
    assert len(parallel) == 12


def test_config_flags_reach_the_library(tmp_path, capsys, monkeypatch):
    seen = []
    monkeypatch.setattr(cleantext, "clean", lambda text, config=None: seen.append(config) or "x")
    src = write(tmp_path / "a.txt", BODY)
    code, out, _ = run(["clean", str(src), "--no-captions", "--no-headline", "--disable", "byline,credit", "ads"], capsys)
    assert code == 0 and out == "x\n"
    (config,) = seen
    assert not config.keep_captions and not config.keep_headline
    assert config.disabled_categories == {"byline", "credit", "ads"}


def test_keyboard_interrupt_exit_130(monkeypatch, capsys, tmp_path):
    def interrupted(args):
        raise KeyboardInterrupt
    monkeypatch.setitem(cli.COMMANDS, "clean", interrupted)
    code, _, err = run(["clean", str(tmp_path)], capsys)
    assert code == 130 and "Traceback" not in err


def test_unexpected_error_is_one_line(monkeypatch, capsys, tmp_path):
    def broken(args):
        raise RuntimeError("boom")
    monkeypatch.setitem(cli.COMMANDS, "clean", broken)
    code, _, err = run(["clean", str(tmp_path)], capsys)
    assert code == 1 and err.strip() == "cleantext: error: RuntimeError: boom"


# --- explain --------------------------------------------------------------------

REMOVALS = (
    Removal("rules", "paywall", "subscribe-now", "Subscribe now", 3, 10, 23),
    Removal("rules", "promo", "newsletter", "Sign up " * 20, 7, 40, 200),
)


@pytest.fixture
def fake_explain(monkeypatch):
    calls = []

    def explain(text, config=None):
        calls.append(text)
        return Result("Body text.", REMOVALS)

    monkeypatch.setattr(cli, "explain", explain)
    return calls


def test_explain_lines(tmp_path, capsys, fake_explain):
    src = write(tmp_path / "a.txt", BODY)
    code, out, _ = run(["explain", str(src)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "line 3  paywall/subscribe-now  Subscribe now"
    assert lines[1].startswith("line 7  promo/newsletter  Sign up Sign up")
    assert lines[1].endswith("…") and len(lines[1]) < 130
    assert len(lines) == 2
    assert fake_explain == [BODY]


def test_explain_show_text_and_json(tmp_path, capsys, fake_explain):
    src = write(tmp_path / "a.txt", BODY)
    code, out, _ = run(["explain", str(src), "--show-text"], capsys)
    assert code == 0 and out.rstrip().endswith("Body text.")
    code, out, _ = run(["explain", str(src), "--json"], capsys)
    payload = json.loads(out)
    assert payload["text"] == "Body text."
    assert payload["removals"][0] == {"stage": "rules", "category": "paywall", "rule": "subscribe-now",
                                      "text": "Subscribe now", "line": 3, "start": 10, "end": 23}


def test_explain_real_library(tmp_path, capsys):
    src = write(tmp_path / "a.txt", BODY)
    code, out, _ = run(["explain", str(src), "--json"], capsys)
    assert code == 0
    assert json.loads(out)["text"] == cleantext.clean(BODY)


def test_explain_missing_file(tmp_path, capsys):
    assert run(["explain", str(tmp_path / "nope.txt")], capsys)[0] == 2


# --- check ----------------------------------------------------------------------

@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    write(folder / "good.input.txt", BODY)
    write(folder / "good.expected.txt", expected(BODY))
    write(folder / "bad.input.txt", BODY)
    write(folder / "bad.expected.txt", "Something else entirely.\n")
    write(folder / "new.input.txt", BODY)  # no expected file yet
    return folder


def test_check_reports_diffs(fixtures, capsys):
    code, out, _ = run(["check", str(fixtures)], capsys)
    assert code == 1
    assert "-Something else entirely." in out
    assert "+The council approved" in out
    assert "new.expected.txt (missing)" in out
    assert out.splitlines()[-1] == "1 passed, 2 failed"


def test_check_update_then_pass(fixtures, capsys):
    code, out, _ = run(["check", str(fixtures), "--update"], capsys)
    assert code == 0
    assert "updated" in out and "bad.expected.txt" in out and "new.expected.txt" in out
    assert "good.expected.txt" not in out
    assert (fixtures / "new.expected.txt").read_text() == expected(BODY)
    code, out, _ = run(["check", str(fixtures)], capsys)
    assert code == 0 and out.splitlines()[-1] == "3 passed, 0 failed"


def test_check_missing_dir(tmp_path, capsys):
    assert run(["check", str(tmp_path / "nope")], capsys)[0] == 2


# --- a real process ---------------------------------------------------------------

def test_python_dash_m_subprocess(tmp_path):
    src = write(tmp_path / "in" / "a.txt", BODY)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # output must be UTF-8 regardless
    proc = subprocess.run([sys.executable, "-m", "cleantext", "clean", "-"], input=BODY.replace("council", "conseil général — é").encode(),
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == expected(BODY.replace("council", "conseil général — é"))
    proc = subprocess.run([sys.executable, "-m", "cleantext", "clean", str(src.parent), "--out", str(src.parent)],
                          capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


# --- fileio -----------------------------------------------------------------------

from cleantext import fileio  # noqa: E402


def test_iter_sources_order_globs_and_named_files(tmp_path):
    src = tmp_path / "in"
    for rel in ["b.txt", "a.htm", "z/c.html", "z/d.txt", "m.md", "A.txt"]:
        write(src / rel, "x")
    extra = write(tmp_path / "named.md", "x")
    found = [(str(s.relative), s.root) for s in fileio.iter_sources([src, extra], fileio.parse_globs("*.txt,*.htm*"))]
    assert found == [("A.txt", src), ("a.htm", src), ("b.txt", src), ("z/c.html", src), ("z/d.txt", src),
                     ("named.md", None)]
    assert fileio.output_path(Path("o"), Path("z/c.html")) == Path("o/z/c.txt")
    assert fileio.parse_globs(" , ") == ("*.txt",)


def test_unreadable_folder_is_a_failure(tree, tmp_path, capsys, monkeypatch):
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(fileio.os, "scandir", scandir)
    code, _, err = run(["clean", str(tree), "--out", str(tmp_path / "o")], capsys)
    assert code == 1
    assert "sub: cannot read directory: Permission denied" in err
    assert (tmp_path / "o" / "a.txt").is_file()


def test_atomic_write_leaves_no_temp_files(tmp_path):
    target = tmp_path / "deep" / "x.txt"
    fileio.atomic_write(target, "één\n")
    fileio.atomic_write(target, "two\n")
    assert target.read_bytes() == b"two\n"
    assert [p.name for p in target.parent.iterdir()] == ["x.txt"]
    assert fileio.with_final_newline("a\n\n") == "a\n" and fileio.with_final_newline("") == ""


def test_scheduler_without_dask_is_a_usage_error(tree, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # "import distributed" now fails
    code, _, err = run(["clean", str(tree), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"], capsys)
    assert code == 2
    assert "needs Dask" in err
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").rglob("*.txt"))


def test_favor_reaches_the_library(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text("Home\nNews\nSport\nWeather\n"
                    "The council met on Tuesday to discuss the new bus routes for the northern suburbs.\n"
                    "The vote is expected next month, after a public consultation on the plans for the network.\n"
                    "Officials said the new routes would cut commuting times for thousands of residents who drive.\n"
                    "Critics argue that the budget does not account for rising fuel costs and a shortage of drivers.\n"
                    "The mayor, who has championed the project since her election, called the vote a turning point.\n"
                    "Opinion\nJobs\nTravel\nThe museum stays closed until the end of the month.\n",
                    encoding="utf-8")
    for favor in ("balanced", "precision", "recall"):
        code, out, _ = run(["clean", str(page), "--favor", favor], capsys)
        config = cleantext.Config(favor=favor)
        assert code == 0 and out == cleantext.clean(page.read_text(encoding="utf-8"), config=config) + "\n"
    assert run(["clean", str(page), "--favor", "recall"], capsys)[1] != run(["clean", str(page)], capsys)[1]
    assert run(["clean", str(page), "--favor", "fast"], capsys)[0] == 2
