"""Findings of the property tests and the fuzzer (fuzz/fuzz_clean.py), one test each.

Fixed bugs are plain tests. Bugs in modules this suite does not own are
``xfail(strict=True)`` with the fix described in the reason: when the fix lands
the test passes, strict xfail reports it, and the marker goes.
"""
from __future__ import annotations

import pytest

import cleantext
from cleantext import encoding, residue

from test_properties import check_invariants


# --- residue.py (fixed) ----------------------------------------------------------

def test_residue_offsets_survive_invisible_characters():
    """Invisible characters were deleted before the scan, so spans were in the wrong coordinates
    (the removal said it took "\\u200b\\u200b<b" instead of "<br>")."""
    r = cleantext.explain("\u200b\u200b<br>Hello there")
    assert [(x.rule, x.text, x.start, x.end) for x in r.removals] == [("stray-tag", "<br>", 2, 6)]
    spans = residue.strip("a\u00adb <br> c")[1]
    assert [("a\u00adb <br> c"[s.start:s.end]) for s in spans] == ["<br>"]


@pytest.mark.parametrize("text, expected", [
    ("Tom &amp;amp; Jerry", "Tom & Jerry"),                      # double-escaped: decoded all the way
    ("a &amp;amp;amp;lt;b&amp;gt; c", "a c"),                      # ...even into a tag
    ("&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;", "Hello world"),  # escaped HTML is residue too
    ("x&<b>amp; y", "x& y"),                                       # a removed tag makes a new entity
    ("<<b>br>z", "z"),                                             # ...or a new tag
    ("&#8203;ok&#27;", "ok"),                                      # decoded invisible characters go
])
def test_decoding_is_idempotent(text, expected):
    """clean() decoded an entity once, so clean(clean(x)) decoded it again (or stripped the tag it made)."""
    assert check_invariants(text) == expected


def test_escaped_tag_removal_reports_the_source_text():
    r = cleantext.explain("Use the &lt;br&gt; tag here.")
    assert [(x.rule, x.text) for x in r.removals] == [("stray-tag", "&lt;br&gt;")]


def test_deep_escaping_is_linear_and_complete():
    text = "&" + "amp;" * 20000 + "lt;p&gt;body"
    assert cleantext.clean(text) == "body"


# --- encoding.py -----------------------------------------------------

def test_repair_never_picks_macroman():
    assert encoding.repair("x ’â€™ y") == "x ’’ y"
    assert cleantext.clean("It’s here: ’â€™ and more.") == "It’s here: ’’ and more."


def test_repaired_invisible_characters_do_not_survive():
    out = cleantext.clean("Hello â€‹world, this is fine.")
    assert out == "Hello world, this is fine."
    assert cleantext.clean(out) == out


def test_repair_is_idempotent():
    once = encoding.repair("ªÃ\x83\x83\x83\x83\x83\x83")
    assert encoding.repair(once) == once


# --- segment.py -----------------------------------------------------

def test_repair_gate_sees_text_after_invisible_removal():
    check_invariants("Â\x1b\x80")


# --- classify.py --------------------------------------------------

BODY = ("The city council voted on Tuesday to expand the bus network into the northern suburbs by next spring.\n"
        "{}\n"
        "Officials said the new routes would cut commuting times for thousands of residents who currently drive.\n"
        "Critics of the plan argue that the budget does not account for rising fuel costs and a shortage of drivers.")


def test_menu_run_split_by_furniture_is_idempotent():
    check_invariants(BODY.format("Red\nAdvertisement\nGreen\nBlue"))


def test_menu_run_idempotent_without_context():
    from dataclasses import replace
    cfg = replace(cleantext.Config(), disabled_categories=frozenset({"advertisement"}), context=False)
    check_invariants(BODY.format("Share") + "\nAdvertisement\nShare\nAdvertisement\nAdvertisement", cfg)


def test_fuzz_context_idempotence():
    check_invariants("Al>A&uAR!\r>\x1d\n\x7f>\x1d\x1d-A!\nAl>A&u\x00AR!")


def test_duplicate_paragraph_splitting_a_menu_run_is_idempotent():
    b = "The council voted on Tuesday to expand the bus network into the northern suburbs by next spring."
    c = "The mayor said the new routes would open next year in the north of the city."
    check_invariants(f"{b}\nFoo bar\n\n{b}\nBaz qux\nQuux corge\n\n{c}")


def test_residue_hidden_by_mojibake_is_removed_in_one_pass():
    check_invariants('a " b="" cÃ©="">')


def test_wordless_lines_in_a_menu_run_are_idempotent():
    check_invariants("!v@<scr>pt>&gt;<<scr>pt>@<scr>@<scr>pt>&gt;<<&gt;<pt>pt>&g:\nA\nj\n\x15A\n]\n!\nj")
