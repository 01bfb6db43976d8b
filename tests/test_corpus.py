"""Corpus profiles: a site's furniture learned across a folder; quoted body stays.

The corpus is tests/data/corpus (written by make.py there): eight articles of an
invented site whose furniture no generic rule knows, and the trap: the same quote
of a minister (and the same background paragraph) in the bodies of four stories.
"""
from __future__ import annotations

import json
import pickle
import sys
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

import cleantext
from cleantext import Config, Profile, learn_profile
from cleantext.cli import main
from cleantext.corpus import ProfileBuilder, line_key

DATA = Path(__file__).parent / "data" / "corpus"
sys.path.insert(0, str(DATA))
import make  # noqa: E402  (the corpus's own definitions: furniture lines, the quote)

FILES = sorted(DATA.glob("article-*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in FILES]
FURNITURE = [make.LOGO, make.SLOGAN, "Edition", make.SPONSOR, make.TIP, make.MEMBERS]
NOVEL = [make.SLOGAN, "Edition", make.SPONSOR]  # what the generic rules keep


@pytest.fixture(scope="module")
def profile() -> Profile:
    return learn_profile(TEXTS)


def with_profile(profile: Profile) -> Config:
    return replace(Config(), profile=profile)


def contains(body: str, line: str) -> bool:
    return line.casefold() in " ".join(body.split()).casefold()


def test_corpus_files_are_what_make_py_writes():
    assert {p.name: p.read_text(encoding="utf-8") for p in FILES} == make.pages()


def test_generic_rules_keep_the_novel_furniture():
    """Without a profile the site's slogan, edition line and sponsor note stay: the profile is what removes them."""
    for text in TEXTS:
        body = cleantext.clean(text)
        assert all(contains(body, line) for line in NOVEL)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_trap_quote_stays_furniture_goes(profile, path):
    text = path.read_text(encoding="utf-8")
    result = cleantext.explain(text, config=with_profile(profile))
    for line in FURNITURE:
        assert not contains(result.text, line), line
    for line in (make.QUOTE, make.BACKGROUND):
        assert contains(result.text, line) == contains(text, line)
    # Everything else the plain cleaner keeps stays too: the profile only takes furniture.
    plain = cleantext.clean(text).split("\n\n")
    kept = result.text.split("\n\n")
    assert [p for p in plain if p not in kept] == [p for p in plain if any(contains(p, f) for f in FURNITURE)]
    repeated = [r for r in result.removals if r.category == "repeated"]
    assert {r.rule for r in repeated} == {"seen-in-8-documents"}
    assert {r.stage for r in repeated} == {"repeated"}
    assert all(result.source[r.start:r.end] == r.text for r in result.removals)


def test_quote_is_counted_but_not_furniture(profile):
    """The quote repeats as often as furniture needs to (4 of 8 documents): place decides, not count."""
    assert profile.repeated[line_key(make.QUOTE)][0] == 4
    assert profile.repeated[line_key(make.BACKGROUND)][0] == 4


def test_cleaning_with_a_profile_is_idempotent(profile):
    config = with_profile(profile)
    for text in TEXTS:
        once = cleantext.clean(text, config=config)
        assert cleantext.clean(once, config=config) == once


def test_near_duplicates_are_one_line(profile):
    """Case, spacing and numbers do not make a line new: 'THE HARBOUR GAZETTE', 'Edition 403'."""
    assert line_key("THE  Harbour\tGazette") == line_key(make.LOGO)
    assert line_key("Edition 403 · Saltmarsh Press") == line_key("Edition 7 · Saltmarsh Press")
    assert profile.lines[line_key(make.LOGO)][0] == 8
    assert profile.lines[line_key(make.SLOGAN)][0] == 8
    assert profile.lines[line_key("Edition 401 · Saltmarsh Press")] == (8, 8, 0)


def _site(bottom: list[str], n: int = 6) -> list[str]:
    """n small pages: header, two distinct paragraphs, then ``bottom``."""
    pages = []
    for name in NAMES[:n]:  # names, not numbers: keys read every number as 0
        body = (f"The story of {name} begins with a paragraph about the weather and the tides that followed it.\n\n"
                f"A second paragraph tells what {name} and the harbour master did about the storm that week.")
        pages.append(f"Harbour Daily\nNews from the quay\n\nHeadline about {name}\n\n{body}\n\n"
                     + "\n".join(bottom) + "\n")
    return pages


NAMES = ("Ana", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hana")


def test_quoted_statement_stays_even_where_furniture_would_go():
    """The same sentence, in the same place, between the same neighbours in every page: unquoted it is
    furniture (a sponsor note), quoted it is a statement and stays. Other furniture beside it still goes."""
    note = "This page is supported by the Quay Trust, which has no say over what we report on."
    quote = "“This page is supported by the Quay Trust, which has no say over what we report on,” she said."
    footer = "Harbour Daily: reader-funded"
    for line, stays in ((note, False), (quote, True)):
        pages = _site([line, footer])
        config = with_profile(learn_profile(pages))
        for page in pages:
            body = cleantext.clean(page, config=config)
            assert contains(body, line) == stays
            assert not contains(body, footer) and not contains(body, "News from the quay")
            assert contains(body, "and the harbour master did about the storm")


def test_a_folder_holding_the_same_article_three_times_keeps_it(profile):
    """Crawls repeat articles: three copies of one story must not make its lines furniture.
    Only lines more common than the story's own paragraphs go."""
    texts = TEXTS + [TEXTS[0]] * 2 + [TEXTS[3].replace("Edition 404", "Edition 499")]
    config = with_profile(learn_profile(texts))
    for text in (TEXTS[0], TEXTS[3]):
        expected = cleantext.clean(text, config=with_profile(profile))
        assert cleantext.clean(text, config=config) == expected
        assert contains(expected, "Lifeboat crew honoured") or contains(expected, "Fleet owners cautiously")


def test_templated_pages_differing_in_numbers_keep_their_text():
    """Keys read digits as 0, so numbers-only pages look alike; their own text is as common as
    anything else they hold, so nothing goes."""
    pages = [f"Tide table for day {k}\n\nHigh water at {k % 12 + 1} o'clock and low water at {(k + 6) % 12 + 1} "
             f"o'clock, with a range of {k % 5 + 2} metres at the harbour mouth.\n" for k in range(10)]
    config = with_profile(learn_profile(pages))
    assert [cleantext.clean(p, config=config) for p in pages] == [cleantext.clean(p) for p in pages]


def test_a_recurring_subheading_between_different_paragraphs_stays():
    """Not placed (inside the prose), not in a block (different neighbours each time): body."""
    pages = []
    for name in NAMES:
        pages.append(f"Harbour Daily\nNews from the quay\n\nHeadline about {name}\n\n"
                     f"The story of {name} begins with a paragraph about the weather and the tides that followed.\n\n"
                     f"Why it matters\n\n"
                     f"What {name} and the harbour master did about the storm that week is told in this paragraph.\n")
    profile = learn_profile(pages)
    assert line_key("Why it matters") in profile.repeated
    for page in pages:
        body = cleantext.clean(page, config=with_profile(profile))
        assert "Why it matters" in body and "News from the quay" not in body


def test_rare_lines_are_not_learned():
    pages = _site(["Harbour Daily: reader-funded"], n=2)  # two documents: below min_documents
    profile = learn_profile(pages)
    assert not profile.repeated
    assert [cleantext.clean(p, config=with_profile(profile)) for p in pages] == [cleantext.clean(p) for p in pages]


def test_min_share():
    pages = _site(["Harbour Daily: reader-funded"], n=3) + [f"Unrelated page {k}." for k in range(60)]
    assert line_key("Harbour Daily: reader-funded") not in learn_profile(pages).repeated  # 3 of 63 < 5%
    assert line_key("Harbour Daily: reader-funded") in learn_profile(pages, min_share=0.04).repeated


def test_lines_a_rule_dropped_keep_their_reason(profile):
    """Repeated lines a rule already removes keep the rule's category."""
    pages = _site(["Sign up for our newsletter", "Harbour Daily: reader-funded"])
    config = with_profile(learn_profile(pages))
    removals = cleantext.explain(pages[0], config=config).removals
    assert {r.text: r.category for r in removals}["Sign up for our newsletter"] == "promo"


def test_keep_patterns_win():
    pages = _site(["Harbour Daily: reader-funded"])
    config = replace(Config(), profile=learn_profile(pages), keep_patterns=(r"reader-funded",))
    assert contains(cleantext.clean(pages[0], config=config), "reader-funded")


# --- the profile object ------------------------------------------------------------

def test_save_load_round_trip(profile, tmp_path):
    path = tmp_path / "site.profile.json"
    profile.save(path)
    loaded = Profile.load(path)
    assert loaded == profile
    assert loaded.lines == profile.lines and loaded.pairs == profile.pairs
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["documents"]) == ("cleantext-profile", 1, 8)
    assert [cleantext.clean(t, config=with_profile(loaded)) for t in TEXTS] == [
        cleantext.clean(t, config=with_profile(profile)) for t in TEXTS]


@pytest.mark.parametrize("content, why", [
    (b"\x80\x04\x95pickle", "not JSON"),
    (b"[]", "format"),
    (b'{"format": "cleantext-profile", "version": 99}', "version"),
    (b'{"format": "cleantext-profile", "version": 1, "documents": -1, "min_documents": 3, "min_share": 0.1,'
     b' "lines": [], "pairs": []}', "counts"),
    (b'{"format": "cleantext-profile", "version": 1, "documents": 2, "min_documents": 3, "min_share": 0.1,'
     b' "lines": [["x", 5, 0, 0]], "pairs": []}', "line entry"),
    (b'{"format": "cleantext-profile", "version": 1, "documents": 2, "min_documents": 3, "min_share": 0.1,'
     b' "lines": [], "pairs": [["abc", 1]]}', "pair entry"),
    (b'{"format": "cleantext-profile", "version": 1, "documents": 2, "min_documents": 3, "min_share": 2,'
     b' "lines": [], "pairs": []}', "min_share"),
])
def test_load_rejects_what_is_not_a_profile(tmp_path, content, why):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="not a cleantext profile"):
        Profile.load(path)


def test_merge_is_associative_and_matches_one_pass():
    parts = [TEXTS[:3], TEXTS[3:5], TEXTS[5:]]
    a, b, c = (learn_profile(p) for p in parts)
    assert a.merge(b).merge(c) == a.merge(b.merge(c)) == learn_profile(TEXTS)
    assert a.merge(b) == b.merge(a)
    assert a.merge(Profile()) == a


def test_merge_refuses_different_settings():
    with pytest.raises(ValueError, match="min_documents"):
        learn_profile(TEXTS).merge(learn_profile(TEXTS, min_documents=2))


def test_profile_is_immutable(profile):
    with pytest.raises(FrozenInstanceError):
        profile.documents = 3
    with pytest.raises(TypeError):
        profile.lines["x"] = (1, 0, 0)


def test_trimmed_and_pickled_profiles_mark_the_same(profile):
    small = profile.trimmed()
    assert len(small.lines) < len(profile.lines)
    assert pickle.loads(pickle.dumps(profile)) == profile
    for p in (small, pickle.loads(pickle.dumps(small))):
        assert [cleantext.clean(t, config=with_profile(p)) for t in TEXTS] == [
            cleantext.clean(t, config=with_profile(profile)) for t in TEXTS]


def test_table_is_bounded_and_keeps_frequent_lines():
    builder = ProfileBuilder(max_lines=50)
    for k in range(300):
        builder.add(f"Site header line\nUnique line {k} about nothing in particular {k * 7}x\nAnother one {k}y\n")
        assert len(builder.lines) <= 51 and len(builder.pairs) <= 51
    profile = builder.build()
    assert profile.documents == 300
    assert profile.lines[line_key("Site header line")][0] == 300


def test_long_lines_are_counted_by_hash_and_never_marked():
    long = "A word about the harbour. " * 15
    pages = [f"{long}\n\nThe story of {name} is told in this paragraph about the harbour and the storm." for name in NAMES]
    profile = learn_profile(pages)
    assert [k for k in profile.lines if k.startswith("#")] == [k for k in profile.repeated]
    assert [cleantext.clean(p, config=with_profile(profile)) for p in pages] == [cleantext.clean(p) for p in pages]


def test_html_pages():
    page = ("<html><body><div class='x1'><p>Harbour Daily</p><p>News from the quay, every tide</p></div>"
            "<article><h1>Title {k}</h1><p>Story {k} begins with a paragraph about the weather on day {k} and "
            "the tides that followed it all week long.</p><p>A second paragraph of story {k} tells what the "
            "harbour master did about the storm that week.</p></article></body></html>")
    pages = [page.replace("{k}", name) for name in ("Ana", "Ben", "Cleo", "Dan", "Eve")]
    profile = learn_profile(pages, html=True)
    assert line_key("News from the quay, every tide") in profile.repeated
    assert cleantext.clean_html(pages[0]).count("every tide") == 1
    body = cleantext.clean_html(pages[0], config=with_profile(profile))
    assert "every tide" not in body and "harbour master" in body


# --- the command line --------------------------------------------------------------

def test_cli_learn_repeats_matches_the_library(profile, tmp_path, capsys):
    out = tmp_path / "out"
    saved = tmp_path / "site.json"
    assert main(["clean", str(DATA), "--out", str(out), "--learn-repeats", "--save-profile", str(saved),
                 "--no-progress"]) == 0
    assert "learned repeated lines from 8 documents" in capsys.readouterr().err
    assert Profile.load(saved) == profile
    for path, text in zip(FILES, TEXTS):
        cleaned = (out / path.name).read_text(encoding="utf-8")
        assert cleaned == cleantext.clean(text, config=with_profile(profile)) + "\n"
        assert contains(cleaned, make.QUOTE) == contains(text, make.QUOTE)
        assert not contains(cleaned, make.SLOGAN) and not contains(cleaned, make.SPONSOR)

    # A saved profile cleans the same without learning again, and explain shows its removals.
    again = tmp_path / "again"
    assert main(["clean", str(DATA), "--out", str(again), "--profile", str(saved), "--no-progress"]) == 0
    assert all((again / p.name).read_bytes() == (out / p.name).read_bytes() for p in FILES)
    capsys.readouterr()
    assert main(["explain", str(FILES[6]), "--profile", str(saved)]) == 0
    shown = capsys.readouterr().out
    assert "repeated/seen-in-8-documents  Tide, town and everything in between" in shown
    assert "Fisheries Minister" not in shown


def test_cli_learn_repeats_in_parallel_is_the_same(tmp_path):
    one, many = tmp_path / "one", tmp_path / "many"
    assert main(["clean", str(DATA), "--out", str(one), "--learn-repeats", "--no-progress"]) == 0
    assert main(["clean", str(DATA), "--out", str(many), "--learn-repeats", "--jobs", "2", "--no-progress"]) == 0
    assert all((one / p.name).read_bytes() == (many / p.name).read_bytes() for p in FILES)


def test_cli_profile_plus_learn_adds_counts(profile, tmp_path):
    saved, merged = tmp_path / "a.json", tmp_path / "b.json"
    learn_profile(TEXTS[:4]).save(saved)
    assert main(["clean", *map(str, FILES[4:]), "--out", str(tmp_path / "o"), "--profile", str(saved),
                 "--learn-repeats", "--save-profile", str(merged), "--no-progress"]) == 0
    assert Profile.load(merged) == profile


@pytest.mark.parametrize("argv, message", [
    (["clean", str(DATA), "--out", "{tmp}/o", "--save-profile", "{tmp}/p.json"], "--save-profile needs --learn-repeats"),
    (["clean", "-", "--learn-repeats"], "not stdin"),
    (["clean", str(DATA), "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --out"),
    (["explain", str(DATA / "article-01.txt"), "--profile", "{tmp}/missing.json"], "--profile"),
    (["explain", str(DATA / "article-01.txt"), "--profile", str(DATA / "make.py")], "not a cleantext profile"),
])
def test_cli_usage_errors(tmp_path, capsys, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
