"""The HTML report: counts, escaping of untrusted text, caps for large runs, the CLI command."""
from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

import cleantext
from cleantext import cli
from cleantext.report import CSP, Report, category_class, document, explain_inputs, write_report
from cleantext.result import Removal, Result
from cleantext.rules import Rule

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BODY = ("The council approved the new budget on Tuesday after a long debate about schools and roads.\n\n"
        "Officials said the money would be spent over the next three years on repairs and new teachers.\n")
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def parse(path: Path):
    return lxml.html.fromstring(path.read_bytes())


def assert_inert(tree) -> None:
    """No live element or attribute from the input: no script, no img, no event handler, no remote load."""
    assert tree.xpath("//script") == []
    assert tree.xpath("//img | //iframe | //object | //embed | //link | //base | //form") == []
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert "javascript:" not in value.lower()
            if name in ("href", "src"):
                assert value.startswith("#"), value
    policy = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert policy == [CSP] and "default-src 'none'" in CSP and "script" not in CSP


def hostile_page() -> str:
    return (f"Local council votes on the new library budget\n\n{SCRIPT}\n\n"
            "The council approved the new library budget on Tuesday after a long debate about opening hours.\n\n"
            f"Residents said {IMG} the money should go to longer opening hours and more books for children.\n\n"
            "Share\n\nAdvertisement\n\nSign up for our newsletter\n")


def test_untrusted_text_is_escaped(tmp_path):
    page = hostile_page()
    out = tmp_path / "report.html"
    write_report([(f"{SCRIPT}{IMG}.txt", cleantext.explain(page))], out, title=IMG)
    raw = out.read_text(encoding="utf-8")
    tree = parse(out)
    assert_inert(tree)
    assert "<script" not in raw.lower() and "<img" not in raw.lower()
    text = tree.text_content()
    assert SCRIPT in text and IMG in text  # shown as text, escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw


def test_untrusted_html_page_and_file_names_are_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{IMG.replace('/', '_')}.html").write_text(
        "<html><head><title>x</title><script>alert(2)</script></head><body><article>"
        "<h1>Local council votes on the budget</h1>"
        "<p>The council approved the new library budget on Tuesday after a long debate about opening hours.</p>"
        f"<p>{SCRIPT.replace('<', '&lt;')} and {IMG.replace('<', '&lt;').replace('>', '&gt;')} in the text.</p>"
        f"<p onclick=\"alert(3)\">Residents said the money should go to longer opening hours and more books.</p>"
        "<img src=x onerror=alert(4)></article></body></html>", encoding="utf-8")
    (folder / "plain.txt").write_text(hostile_page(), encoding="utf-8")
    out = tmp_path / "report.html"
    write_report(explain_inputs([folder], globs=("*.html", "*.txt")), out)
    tree = parse(out)
    assert_inert(tree)
    assert SCRIPT in tree.text_content()


def test_hostile_category_names_are_escaped(tmp_path):
    rule = Rule("evil", f'{SCRIPT}"x', r"sign up for our newsletter\W*", examples=("Sign up for our newsletter",))
    config = cleantext.Config(extra_rules=(rule,))
    out = tmp_path / "report.html"
    write_report([("page", cleantext.explain(hostile_page(), config=config))], out)
    tree = parse(out)
    assert_inert(tree)
    assert f'{SCRIPT}"x' in tree.text_content()
    assert category_class(f'{SCRIPT}"x').isalnum()


def test_counts_and_lines():
    page = hostile_page()
    result = cleantext.explain(page)
    doc = document(0, "page", result)
    covered = set()
    for r in result.removals:
        covered.update(range(r.start, r.end))
    removed_lines, position = 0, 0
    for line in page.splitlines(keepends=True):  # a line is removed when removals cover all its characters
        text = line.rstrip("\n")
        removed_lines += bool(text.strip()) and all(position + k in covered or ch.isspace()
                                                    for k, ch in enumerate(text))
        position += len(line)
    assert doc.lines_removed == removed_lines
    assert removed_lines > len({r.line for r in result.removals if r.stage != "residue"})  # a residue-only line
    assert doc.lines_kept + doc.lines_removed == sum(1 for line in page.splitlines() if line.strip())
    assert doc.chars_kept == len(result.text)
    assert doc.chars_removed == sum(len(r.text) for r in result.removals)
    assert dict(doc.categories) == {c: sum(1 for r in result.removals if r.category == c)
                                    for c in {r.category for r in result.removals}}


def section_of(doc) -> str:
    import zlib
    return zlib.decompress(doc.section).decode()


def test_residue_is_marked_inside_a_kept_line_and_notes_are_shown():
    source = "A kept line<br> with residue inside it and more words after.\nShare\n"
    removals = (Removal("residue", "html-residue", "tag", "<br>", 1, 11, 15),
                Removal("rules", "share", "share-bar", "Share", 2, 61, 66))
    assert source[11:15] == "<br>" and source[61:66] == "Share"
    result = Result("A kept line with residue inside it and more words after.", removals, source=source,
                    notes=("fallback/prose-cut: kept every block",))
    html = section_of(document(3, "doc", result))
    tree = lxml.html.fromstring(html)
    assert tree.get("id") == "d3"
    marks = tree.xpath('//div[contains(@class, "k")]/mark')
    assert [m.text for m in marks] == ["<br>"] and "html-residue/tag" in marks[0].get("title")
    removed = tree.xpath('//div[contains(@class, " r ")]')
    assert [d.xpath("string(del)") for d in removed] == ["Share"]
    assert removed[0].xpath('string(span[@class="chip"])') == "share/share-bar"
    assert "fallback/prose-cut: kept every block" in tree.xpath('string(//ul[@class="notes"])')


def test_a_line_of_residue_alone_is_a_removed_line():
    source = "<br></p>\nThe council approved the new budget on Tuesday after a long debate.\n"
    removals = (Removal("residue", "html-residue", "tag", "<br>", 1, 0, 4),
                Removal("residue", "html-residue", "tag", "</p>", 1, 4, 8))
    doc = document(0, "d", Result(source.splitlines()[1], removals, source=source))
    assert (doc.lines_kept, doc.lines_removed) == (1, 1)
    tree = lxml.html.fromstring(section_of(doc))
    removed = tree.xpath('//div[contains(@class, " r ")]')
    assert len(removed) == 1 and category_class("html-residue") in removed[0].get("class")
    assert removed[0].xpath('string(span[@class="chip"])') == "html-residue/tag"


def test_a_multi_line_removal_marks_every_line_it_covers():
    source = "Body line one is long enough to stay here.\nRelated story one\nRelated story two\n"
    start = source.index("Related")
    removal = Removal("context", "related", "list", source[start:-1], 2, start, len(source) - 1)
    doc = document(0, "d", Result("Body line one is long enough to stay here.", (removal,), source=source))
    assert (doc.lines_kept, doc.lines_removed) == (1, 2)


def test_table_sorted_by_share_removed_and_linked(tmp_path):
    report = Report(title="t")
    report.add("clean", cleantext.explain(BODY))
    report.add("furniture", cleantext.explain(hostile_page()))
    report.add_failure("broken.txt", "binary file (NUL bytes); skipped")
    out = tmp_path / "r.html"
    report.write(out)
    tree = parse(out)
    rows = tree.xpath('//table[@class="docs"]/tbody/tr')
    assert [r.xpath("string(td[2])") for r in rows] == ["furniture", "clean", "broken.txt"]
    for row in rows[:2]:
        target = row.xpath("td[2]/a/@href")[0]
        assert tree.xpath(f'//section[@id="{target[1:]}"]')
    assert "binary file" in rows[2].text_content()
    assert tree.xpath("//svg//rect")  # the chart


def test_detail_is_capped_and_the_summary_is_whole(tmp_path):
    report = Report(detail_documents=5, detail_lines=3)
    for i in range(400):
        report.add(f"doc-{i}", cleantext.explain(hostile_page() if i % 7 == 0 else BODY))
    out = tmp_path / "r.html"
    report.write(out)
    tree = parse(out)
    assert len(tree.xpath('//table[@class="docs"]/tbody/tr')) == 400
    sections = tree.xpath('//section[starts-with(@id, "d")]')
    assert len(sections) == 5
    assert all(s.xpath('string(h3)') in {f"doc-{i}" for i in range(0, 400, 7)} for s in sections)
    assert all(len(s.xpath('.//div[contains(@class, "l ")]')) <= 3 for s in sections)
    assert "more lines not shown" in sections[0].text_content()
    assert "Line-by-line sections are shown for the 5 documents" in tree.text_content()
    assert report._detail.__len__() == 5  # only the shown sections are held


def test_a_long_table_folds_after_the_first_rows(tmp_path):
    from cleantext.report import TABLE_GROUP, Document

    report = Report(detail_documents=0)
    for i in range(2 * TABLE_GROUP + 234):
        report.add_document(Document(i, f"doc-{i}", 1, 1, 1000, i, (("navigation", 1),)))
    out = tmp_path / "r.html"
    report.write(out)
    tree = parse(out)
    tables = tree.xpath('//table[@class="docs"]')
    assert [len(t.xpath("tbody/tr")) for t in tables] == [TABLE_GROUP, TABLE_GROUP, 234]
    assert [t.getparent().tag for t in tables] == ["section", "details", "details"]
    ranks = [int(r.xpath("string(td[1])")) for t in tables for r in t.xpath("tbody/tr")]
    assert ranks == list(range(1, 2 * TABLE_GROUP + 235))
    names = [r.xpath("string(td[2])") for t in tables for r in t.xpath("tbody/tr")]
    assert names[0] == f"doc-{2 * TABLE_GROUP + 233}" and names[-1] == "doc-0"  # most removed first
    assert tree.xpath('//section[starts-with(@id, "d")]') == []


def test_explain_inputs_reads_folders_and_dataset_records(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    records = [{"id": 1, "text": hostile_page()}, {"id": 2, "text": BODY}, {"id": 3}]
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = list(explain_inputs([tmp_path / "a.txt", tmp_path / "crawl.jsonl"], field="text"))
    assert [d.name for d in docs] == [str(tmp_path / "a.txt"), f"{tmp_path / 'crawl.jsonl'}#1",
                                      f"{tmp_path / 'crawl.jsonl'}#2"]
    assert [d.index for d in docs] == [0, 1, 2]
    assert docs[1].chars_kept == len(cleantext.clean(hostile_page()))
    parallel = list(explain_inputs([tmp_path / "a.txt", tmp_path / "crawl.jsonl"], field="text", jobs=2))
    assert parallel == docs


# --- the command ---------------------------------------------------------------------------------

def run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_report_of_the_fixtures(tmp_path, capsys):
    out = tmp_path / "report.html"
    code, stdout, err = run(["report", str(FIXTURES), "--glob", "*.input.txt,*.input.html", "--out", str(out)],
                            capsys)
    assert code == 0, err
    assert stdout == ""
    tree = parse(out)
    assert_inert(tree)
    cases = list(FIXTURES.glob("*.input.txt")) + list(FIXTURES.glob("*.input.html"))
    assert len(tree.xpath('//table[@class="docs"]/tbody/tr')) == len(cases)
    assert f"{len(cases)} documents" in err


def test_cli_report_of_a_dataset_and_profile(tmp_path, capsys):
    data = tmp_path / "crawl.jsonl"
    data.write_text(json.dumps({"text": hostile_page()}) + "\n" + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert run(["report", str(data), "--out", str(out)], capsys)[0] == 2  # --field is required
    code, _, err = run(["report", str(data), "--field", "text", "--out", str(out), "--jobs", "2"], capsys)
    assert code == 0, err
    assert len(parse(out).xpath('//table[@class="docs"]/tbody/tr')) == 2

    corpus = sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt"))
    profile = cleantext.learn_profile(p.read_text(encoding="utf-8") for p in corpus)
    profile.save(tmp_path / "site.profile.json")
    code, _, err = run(["report", str(corpus[0]), "--profile", str(tmp_path / "site.profile.json"),
                        "--out", str(out), "--no-headline"], capsys)
    assert code == 0, err
    tree = parse(out)
    assert tree.xpath('//nav[@class="filters"]/label[@data-category="repeated"]')
    assert "repeated/" in tree.text_content()


@pytest.mark.parametrize("argv", [
    ["report", "x.txt"],                                   # --out is required
    ["report", "missing.txt", "--out", "r.html"],
    ["report", "x.txt", "--out", "x.txt"],                 # over the input
    ["report", "x.txt", "--out", "."],                     # a directory
    ["report", "x.txt", "--out", "r.html", "--jobs", "-1"],
])
def test_cli_report_usage_errors(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(BODY, encoding="utf-8")
    assert run(argv, capsys)[0] == 2
    assert (tmp_path / "x.txt").read_text(encoding="utf-8") == BODY


def test_cli_report_names_unreadable_files_and_exits_1(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"binary\x00data")
    out = tmp_path / "r.html"
    code, _, err = run(["report", str(tmp_path / "in"), "--out", str(out)], capsys)
    assert code == 1 and "b.txt" in err and "binary" in err
    assert "binary file" in parse(out).text_content()


# --- any text: the section parses to the report's own elements only ------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

SECTION_TAGS = {"section", "h3", "p", "a", "ul", "li", "div", "span", "del", "mark"}
PIECES = st.sampled_from(["<script>", "</div>", "<img src=x onerror=alert(1)>", '"', "'", "&amp;", "&", "<br>",
                          "\n", "\r\n", "\r", "\u2028", "\x00", "\ud800", "Share", "Advertisement", "© AP",
                          "The council approved the new budget on Tuesday after a long debate.", " ", "<!--",
                          "]]>", "<![CDATA[", "Sign up for our newsletter"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join))
def test_any_text_gives_an_inert_section(text):
    import zlib

    result = cleantext.explain(text)
    doc = document(0, text[:30], result)
    assert doc.lines_kept + doc.lines_removed == sum(1 for line in text.splitlines() if line.strip())
    html = zlib.decompress(doc.section).decode("utf-8", "surrogatepass").encode("utf-8", "replace").decode()
    tree = lxml.html.fragment_fromstring(html.replace("\x00", ""), create_parent="div")
    assert {element.tag for element in tree.iter()} <= SECTION_TAGS | {"div"}
    for element in tree.iter():
        assert not any(name.startswith("on") or name == "src" for name in element.attrib)
