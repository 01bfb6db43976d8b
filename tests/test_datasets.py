"""Dataset files (cleantext.datasets and `cleantext clean data.jsonl --field text`).

Expected texts are computed with the library itself: these tests check the
record plumbing (fields, order, malformed records, formats, exit codes), not
cleaning quality. The inputs are in tests/data/datasets (Parquet files are
made from them here, so no binary file is committed).
"""
from __future__ import annotations

import csv
import dataclasses
import gzip
import json
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext import cli, datasets
from cleantext.datasets import DatasetError, clean_dataset, dataset_format, dataset_texts

DATA = Path(__file__).parent / "data" / "datasets"
CORPUS = Path(__file__).parent / "data" / "corpus"
ARTICLE = ("Council approves budget after long debate\nAdvertisement\n"
           "The council approved the new budget on Tuesday after a long debate about schools and roads.\n"
           "Subscribe to continue reading\n© 2024 Example Media. All rights reserved.")


def run(argv: list, capsys) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def parsed(line: str):
    try:
        return json.loads(line)
    except ValueError:
        return None


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of two records, so every test file spans several chunks."""
    monkeypatch.setattr(datasets, "CHUNK_RECORDS", 2)


# --- formats ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt", [
    ("a.jsonl", "jsonl"), ("a.NDJSON", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.csv", "csv"),
    ("a.parquet", "parquet"), ("a.csv.gz", None), ("a.txt", None), ("a.json", None)])
def test_format_by_extension(name, fmt):
    assert dataset_format(name) == fmt


# --- JSONL ----------------------------------------------------------------------------------

def test_jsonl_round_trip_keeps_other_fields_order_and_malformed_lines(tmp_path, small_chunks):
    src = DATA / "articles.jsonl"
    dst = tmp_path / "out.jsonl"
    problems: list[str] = []
    stats = clean_dataset(src, dst, field="text", on_problem=problems.append)
    before, after = jsonl_lines(src), jsonl_lines(dst)
    assert len(before) == len(after) == 7
    for old, new in zip(before, after):
        record = parsed(old)
        if record is None or not isinstance(record.get("text"), str):
            assert new == old  # copied unchanged, byte for byte
            continue
        cleaned = parsed(new)
        assert list(cleaned) == list(record)  # same keys, same order
        assert cleaned == {**record, "text": cleaned["text"]}
        assert cleaned["text"] == cleantext.clean(record["text"])
        assert cleaned["text"] != record["text"]  # the furniture went
    assert [p.split(":")[0] for p in problems] == ["line 3", "line 4", "line 5"]
    assert (stats.records, stats.cleaned, stats.failed, stats.dropped) == (7, 4, 3, 0)
    assert "Bürgermeisterin" in dst.read_text(encoding="utf-8")  # unicode written as itself


def test_jsonl_into_and_explain_field(tmp_path):
    dst = tmp_path / "out.jsonl"
    clean_dataset(DATA / "articles.jsonl", dst, field="text", into="body", explain_field="removed")
    records = [parsed(line) for line in jsonl_lines(dst)]
    good = [r for r in records if r and isinstance(r.get("text"), str)]
    assert len(good) == 4
    for record in good:
        result = cleantext.explain(record["text"])
        assert record["body"] == result.text
        assert record["removed"] == [r.to_dict() for r in result.removals]
        assert record["removed"], "every test article has furniture"
        for removal in record["removed"]:
            assert record["text"][removal["start"]:removal["end"]] == removal["text"]
        assert list(record)[-2:] == ["body", "removed"]
    assert not any(r and "body" in r for r in records if r not in good)  # malformed: unchanged


MALFORMED = {
    "invalid-json": ('{"id": 2, "text": "cut off', "invalid JSON"),
    "missing-field": ({"id": 2, "title": "no text"}, "no field 'text'"),
    "non-string": ({"id": 2, "text": 42}, "is a number, not a string"),
    "null": ({"id": 2, "text": None}, "is null, not a string"),
    "not-an-object": ('["id", 2]', "not a JSON object"),
}


@pytest.mark.parametrize("kind", sorted(MALFORMED))
@pytest.mark.parametrize("on_error", ["keep", "skip"])
def test_jsonl_malformed_record_is_reported_and_kept_or_skipped(tmp_path, capsys, kind, on_error):
    bad, message = MALFORMED[kind]
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": ARTICLE}, bad, {"id": 3, "text": ARTICLE}])
    bad_line = jsonl_lines(src)[1]
    dst = tmp_path / "out.jsonl"
    code, _, err = run(["clean", src, "--field", "text", "--out", dst, "--on-error", on_error], capsys)
    assert code == 1
    assert "in.jsonl: line 2: " in err and message in err
    lines = jsonl_lines(dst)
    assert [parsed(line)["id"] for line in (lines[0], lines[-1])] == [1, 3]
    assert parsed(lines[0])["text"] == cleantext.clean(ARTICLE)
    if on_error == "keep":
        assert lines[1] == bad_line
        assert "1 malformed (copied unchanged)" in err
    else:
        assert len(lines) == 2
        assert "1 malformed (left out)" in err


def test_jsonl_well_formed_file_exits_0_and_blank_lines_are_not_records(tmp_path, capsys):
    src = tmp_path / "in.ndjson"
    src.write_text(json.dumps({"text": ARTICLE}) + "\r\n\r\n" + json.dumps({"text": "Short."}) + "\r\n")
    code, _, err = run(["clean", src, "--field", "text", "--out", tmp_path / "out.ndjson"], capsys)
    assert code == 0, err
    assert "2 records, 2 cleaned" in err
    assert len(jsonl_lines(tmp_path / "out.ndjson")) == 2


def test_jsonl_gz_round_trip_is_deterministic(tmp_path):
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress((DATA / "articles.jsonl").read_bytes()))
    first, second = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    clean_dataset(src, first, field="text")
    clean_dataset(src, second, field="text")
    plain = tmp_path / "c.jsonl"
    clean_dataset(DATA / "articles.jsonl", plain, field="text")
    assert gzip.decompress(first.read_bytes()) == plain.read_bytes()
    assert first.read_bytes() == second.read_bytes()


def test_lone_surrogate_escape_survives(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "A line with a lone \\ud800 surrogate in an otherwise ordinary sentence."}\n')
    stats = clean_dataset(src, tmp_path / "out.jsonl", field="text")
    assert stats.failed == 0
    assert "surrogate" in parsed(jsonl_lines(tmp_path / "out.jsonl")[0])["text"]


# --- CSV ------------------------------------------------------------------------------------

def test_csv_round_trip_keeps_header_columns_quotes_and_newlines(tmp_path, small_chunks):
    src, dst = DATA / "articles.csv", tmp_path / "out.csv"
    problems: list[str] = []
    stats = clean_dataset(src, dst, field="text", on_problem=problems.append)
    before, after = read_csv(src), read_csv(dst)
    assert after[0] == before[0] == ["id", "url", "text", "lang"]
    assert len(after) == len(before)
    for old, new in zip(before[1:], after[1:]):
        if len(old) != 4:
            assert new == old  # the wrong-length row, unchanged
            continue
        assert new[:2] + new[3:] == old[:2] + old[3:]
        assert new[2] == cleantext.clean(old[2])
    quoted = after[2][2]
    assert 'Mayor says "no" to new tower' in quoted and "\n\n" in quoted and "Tweet" not in quoted
    assert problems == ["row 3 (line 16): 5 columns, the header has 4"]
    assert (stats.records, stats.cleaned, stats.failed) == (5, 4, 1)
    assert dst.read_bytes().startswith(b"id,url,text,lang\r\n")  # the input's line ending


def test_csv_wrong_column_count_skip_via_cli(tmp_path, capsys):
    dst = tmp_path / "out.csv"
    code, _, err = run(["clean", DATA / "articles.csv", "--field", "text", "--out", dst, "--on-error", "skip"], capsys)
    assert code == 1
    assert "articles.csv: row 3 (line 16): 5 columns, the header has 4" in err
    assert [row[0] for row in read_csv(dst)] == ["id", "1", "2", "4", "5"]


def test_csv_huge_field_and_field_size_limit_restored(tmp_path):
    paragraph = "The council approved the new budget on Tuesday after a long debate about schools and roads. "
    huge = "\n".join([paragraph * 40] * 100)  # ~370,000 characters: past the csv module's 131,072
    assert len(huge) > csv.field_size_limit()
    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["text", "id"], [huge + "\nShare", "1"], ['say "hi", then go', "2"]])
    limit = csv.field_size_limit()
    stats = clean_dataset(src, tmp_path / "out.csv", field="text")
    assert csv.field_size_limit() == limit
    assert stats.failed == 0 and stats.cleaned == 2
    rows = read_csv_unlimited(tmp_path / "out.csv")
    assert rows[1] == [cleantext.clean(huge + "\nShare"), "1"]
    assert rows[2] == ['say "hi", then go', "2"]


def read_csv_unlimited(path: Path) -> list[list[str]]:
    limit = csv.field_size_limit(sys.maxsize if sys.maxsize < 2**63 else 2**31 - 1)
    try:
        return read_csv(path)
    finally:
        csv.field_size_limit(limit)


def test_csv_into_and_explain_columns_are_appended(tmp_path):
    dst = tmp_path / "out.csv"
    clean_dataset(DATA / "articles.csv", dst, field="text", into="body", explain_field="removed")
    rows = read_csv(dst)
    assert rows[0] == ["id", "url", "text", "lang", "body", "removed"]
    source = read_csv(DATA / "articles.csv")
    first = rows[1]
    assert first[:4] == source[1]
    assert first[4] == cleantext.clean(first[2])
    assert json.loads(first[5]) == [r.to_dict() for r in cleantext.explain(first[2]).removals]
    assert rows[3] == source[3]  # the malformed row: unchanged (no padding for a wrong-length row)
    assert rows[5][4:] == ["", "[]"]  # the empty text


def test_csv_with_bom_and_header_only(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(b"\xef\xbb\xbfid,text\n")
    assert clean_dataset(src, tmp_path / "out.csv", field="text").records == 0
    assert (tmp_path / "out.csv").read_text() == "id,text\n"
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert clean_dataset(empty, tmp_path / "out2.csv", field="text").records == 0
    assert (tmp_path / "out2.csv").read_bytes() == b""


# --- Parquet ---------------------------------------------------------------------------------

def make_parquet(path: Path, texts: list, *, row_group_size: int = 2) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    n = len(texts)
    table = pa.table({
        "id": pa.array(range(1, n + 1), pa.int64()),
        "text": pa.array(texts, pa.string()),
        "score": pa.array([i / 4 for i in range(n)], pa.float32()),
        "tags": pa.array([["news", f"t{i}"] for i in range(n)], pa.list_(pa.string())),
    })
    table = table.replace_schema_metadata({"source": "crawl-42"})
    pq.write_table(table, path, row_group_size=row_group_size)
    return path


def parquet_texts() -> list:
    records = [parsed(line) for line in jsonl_lines(DATA / "articles.jsonl")]
    return [r["text"] for r in records if r and isinstance(r.get("text"), str)] + [None, ARTICLE]


def test_parquet_round_trip_keeps_types_order_and_nulls(tmp_path, small_chunks):
    pq = pytest.importorskip("pyarrow.parquet")
    texts = parquet_texts()
    src = make_parquet(tmp_path / "in.parquet", texts)
    dst = tmp_path / "out.parquet"
    problems: list[str] = []
    stats = clean_dataset(src, dst, field="text", on_problem=problems.append)
    before, after = pq.read_table(src), pq.read_table(dst)
    assert after.schema == before.schema and after.schema.metadata == before.schema.metadata
    for name in ("id", "score", "tags"):
        assert after.column(name).equals(before.column(name))
    assert after.column("text").to_pylist() == [None if t is None else cleantext.clean(t) for t in texts]
    assert problems == ["row 5: null, not a string"]
    assert (stats.records, stats.cleaned, stats.failed) == (6, 5, 1)


def test_parquet_skip_into_and_explain(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    texts = parquet_texts()
    src = make_parquet(tmp_path / "in.parquet", texts)
    dst = tmp_path / "out.parquet"
    clean_dataset(src, dst, field="text", into="body", explain_field="removed", on_error="skip")
    table = pq.read_table(dst)
    assert table.column_names == ["id", "text", "score", "tags", "body", "removed"]
    assert table.column("id").to_pylist() == [1, 2, 3, 4, 6]
    kept = [t for t in texts if t is not None]
    assert table.column("text").to_pylist() == kept
    assert table.column("body").to_pylist() == [cleantext.clean(t) for t in kept]
    assert table.column("removed").to_pylist()[0] == [r.to_dict() for r in cleantext.explain(kept[0]).removals]


def test_parquet_cli_and_wrong_column_type(tmp_path, capsys):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = make_parquet(tmp_path / "in.parquet", [ARTICLE, ARTICLE])
    code, _, err = run(["clean", src, "--field", "text", "--out", tmp_path / "out.parquet"], capsys)
    assert code == 0, err
    assert pq.read_table(tmp_path / "out.parquet").column("text").to_pylist() == [cleantext.clean(ARTICLE)] * 2
    code, _, err = run(["clean", src, "--field", "id", "--out", tmp_path / "x.parquet"], capsys)
    assert code == 2 and "column 'id' holds int64, not strings" in err
    assert not (tmp_path / "x.parquet").exists()
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "empty.parquet")
    assert clean_dataset(tmp_path / "empty.parquet", tmp_path / "e.parquet", field="text").records == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_parquet_without_pyarrow_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    (tmp_path / "in.parquet").write_bytes(b"PAR1")
    with pytest.raises(DatasetError, match=r"cleantext-body\[parquet\]"):
        clean_dataset(tmp_path / "in.parquet", tmp_path / "out.parquet", field="text")


# --- parallel, progress, HTML, corpus mode -----------------------------------------------------

@pytest.mark.parametrize("name", ["articles.jsonl", "articles.csv"])
def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path, small_chunks, name):
    suffix = Path(name).suffix
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    stats1 = clean_dataset(DATA / name, one, field="text", explain_field="why", jobs=1)
    stats2 = clean_dataset(DATA / name, two, field="text", explain_field="why", jobs=2)
    assert one.read_bytes() == two.read_bytes()
    assert dataclasses.astuple(stats1) == dataclasses.astuple(stats2)


def test_parquet_jobs_2_equals_jobs_1(tmp_path, small_chunks):
    pq = pytest.importorskip("pyarrow.parquet")
    src = make_parquet(tmp_path / "in.parquet", parquet_texts() * 3)
    clean_dataset(src, tmp_path / "one.parquet", field="text", jobs=1)
    clean_dataset(src, tmp_path / "two.parquet", field="text", jobs=2)
    assert pq.read_table(tmp_path / "one.parquet").equals(pq.read_table(tmp_path / "two.parquet"))


def test_progress_counts_records(tmp_path, small_chunks):
    counts: list[int] = []
    clean_dataset(DATA / "articles.jsonl", tmp_path / "out.jsonl", field="text", progress=counts.append)
    assert sum(counts) == 7 and len(counts) == 4  # chunks of two


def test_html_field(tmp_path):
    page = ("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><p>"
            + ARTICLE.splitlines()[2] + "</p></article><footer>© 2024 Example Media</footer></body></html>")
    src = write_jsonl(tmp_path / "in.jsonl", [{"html": page}])
    clean_dataset(src, tmp_path / "out.jsonl", field="html", html=True)
    assert parsed(jsonl_lines(tmp_path / "out.jsonl")[0])["html"] == cleantext.clean_html(page)


def test_learn_repeats_over_records_matches_the_library(tmp_path, capsys):
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    src = write_jsonl(tmp_path / "site.jsonl", [{"n": i, "text": t} for i, t in enumerate(texts)])
    dst = tmp_path / "out.jsonl"
    code, _, err = run(["clean", src, "--field", "text", "--out", dst, "--learn-repeats",
                        "--save-profile", tmp_path / "p.json"], capsys)
    assert code == 0, err
    profile = cleantext.learn_profile(texts)
    config = dataclasses.replace(cleantext.Config(), profile=profile.trimmed())
    assert [parsed(line)["text"] for line in jsonl_lines(dst)] == [cleantext.clean(t, config=config) for t in texts]
    assert [parsed(line)["text"] for line in jsonl_lines(dst)] != [cleantext.clean(t) for t in texts]
    assert cleantext.Profile.load(tmp_path / "p.json").documents == len(texts)


def test_dataset_texts_streams_the_valid_values():
    assert len(list(dataset_texts(DATA / "articles.jsonl", field="text"))) == 4
    assert len(list(dataset_texts(DATA / "articles.csv", field="text"))) == 4


# --- usage errors and safety ---------------------------------------------------------------------

@pytest.mark.parametrize("argv, message", [
    (["{src}", "--out", "{tmp}/o.jsonl"], "--field NAME is required"),
    (["{src}", "--field", "text", "--out", "{src}"], "would overwrite"),
    (["{src}", "--field", "text", "--out", "{tmp}/o.csv"], "must be a jsonl file"),
    (["{src}", "--field", "text"], "need --out"),
    (["{src}", "{tmp}/x.txt", "--field", "text", "--out", "{tmp}/o"], "cannot be mixed"),
    (["{tmp}/x.txt", "--field", "text", "--out", "{tmp}/o"], "--field is for dataset files"),
    (["{src}", "{src2}", "--field", "text", "--out", "{tmp}/o.jsonl"], "need --out DIR"),
    (["{src}", "--field", "text", "--explain-field", "text", "--out", "{tmp}/o.jsonl"], "must differ"),
], ids=["no-field", "out-is-input", "other-format", "no-out", "mixed", "field-on-text", "two-into-one",
        "explain-over-text"])
def test_usage_errors_exit_2_and_write_nothing(tmp_path, capsys, argv, message):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    src2 = write_jsonl(tmp_path / "in2.jsonl", [{"text": ARTICLE}])
    (tmp_path / "x.txt").write_text(ARTICLE)
    before = sorted(p.name for p in tmp_path.iterdir())
    data = src.read_bytes()
    args = [a.format(src=src, src2=src2, tmp=tmp_path) for a in argv]
    code, _, err = run(["clean", *args], capsys)
    assert code == 2 and message in err, err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert src.read_bytes() == data


def test_missing_column_exits_2_without_leaving_a_temporary_file(tmp_path, capsys):
    code, _, err = run(["clean", DATA / "articles.csv", "--field", "body", "--out", tmp_path / "o.csv"], capsys)
    assert code == 2 and "no column 'body' (columns: id, url, text, lang)" in err
    assert list(tmp_path.iterdir()) == []


def test_several_files_into_a_folder(tmp_path, capsys):
    out = tmp_path / "out"
    code, _, err = run(["clean", DATA / "articles.jsonl", DATA / "articles.csv", "--field", "text",
                        "--out", out, "--no-progress"], capsys)
    assert code == 1  # both test files hold a malformed record
    assert sorted(p.name for p in out.iterdir()) == ["articles.csv", "articles.jsonl"]
    code, _, err = run(["clean", DATA / "articles.jsonl", "--field", "text", "--out", out, "--skip-existing"], capsys)
    assert code == 0 and "exists; skipped" in err


def test_library_refuses_to_write_over_the_input(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    link = tmp_path / "link.jsonl"
    link.symlink_to(src)
    for dst in (src, link):
        with pytest.raises(DatasetError, match="overwrite"):
            clean_dataset(src, dst, field="text")
    with pytest.raises(DatasetError, match="on_error"):
        clean_dataset(src, tmp_path / "o.jsonl", field="text", on_error="ignore")


def test_parquet_into_an_existing_column_of_another_type(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = make_parquet(tmp_path / "in.parquet", [ARTICLE, None])
    clean_dataset(src, tmp_path / "out.parquet", field="text", into="id")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names == ["id", "text", "score", "tags"]
    assert table.column("id").to_pylist() == [cleantext.clean(ARTICLE), None]
    assert table.column("text").to_pylist() == [ARTICLE, None]
