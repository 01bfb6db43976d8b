"""Hostile inputs: each one must finish and keep every invariant.

Sizes are modest (about 200 KB) so the suite stays fast; the time per MB at
100 KB / 1 MB / 8 MB is measured by ``benchmarks/linearity.py``, not here
(no timing asserts in unit tests).
"""
from __future__ import annotations

import pytest

import cleantext

from test_properties import check_invariants

SIZE = 200_000
SENTENCE = "The council voted on Tuesday to expand the bus network into the northern suburbs by next spring. "


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HOSTILE = {
    "one-line-no-newline": lambda: _fill(SENTENCE),
    "lt-run": lambda: _fill("<"),
    "lt-a-run": lambda: _fill("<a"),
    "lt-a-attrs-unclosed": lambda: _fill('<a href="x" '),
    "braces-run": lambda: _fill("{{"),
    "brackets-run": lambda: _fill("["),
    "shortcode-unclosed": lambda: _fill("[caption id=x "),
    "quotes-run": lambda: _fill('"'),
    "eq-quote-run": lambda: _fill('="'),
    "attr-fragment-run": lambda: _fill('class="" style="'),
    "attr-fragment-closed": lambda: _fill('" class="" style="">'),
    "amp-run": lambda: _fill("&"),
    "amp-hash-run": lambda: _fill("&#"),
    "amp-amp-chain": lambda: "&" + _fill("amp;") + "lt;",
    "comment-unclosed": lambda: "<!--" + _fill(SENTENCE),
    "comment-open-run": lambda: _fill("<!--"),
    "script-unclosed": lambda: "<script>" + _fill(SENTENCE),
    "percent-run": lambda: _fill("%%"),
    "dollar-brace-run": lambda: _fill("${"),
    "doubled-tail": lambda: _fill("ab") + '" class="x" style="y">',
    "many-short-lines": lambda: "\n".join(f"Line {i}" for i in range(100_000)),
    "many-blank-lines": lambda: "Body text that is long enough to stand on its own as a sentence, they said." + "\n" * 50_000 + "End.",
    "one-repeated-word": lambda: _fill("buffalo "),
    "binary-looking": lambda: "".join(map(chr, range(256))) * (SIZE // 256),
    "mixed-newlines": lambda: _fill("a\rb\r\nc\u2028d\u2029e\x85f\x0bg\x0ch\n"),
    "zero-width-run": lambda: _fill("\u200b\u00ad\ufeff x"),
    "mojibake-run": lambda: _fill("Ã© â€™ "),
    "digits-and-dates": lambda: _fill("March 2, 2024 | 10:15 AM | 5 min read | "),
    "byline-like": lambda: _fill("By Jane Doe, Staff Writer, "),
    "rule-words-short-lines": lambda: "\n".join(["Share", "Advertisement", "By Jane Doe", "Subscribe now"] * 10_000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_keeps_the_invariants(name):
    text = HOSTILE[name]()
    check_invariants(text)


def test_long_body_line_is_kept_whole():
    text = _fill(SENTENCE).strip()
    assert cleantext.clean(text) == " ".join(text.split())


def test_unclosed_comment_loses_nothing():
    text = "<!--" + SENTENCE * 50
    assert SENTENCE.strip() in cleantext.clean(text)


def test_binary_looking_text_is_utf8_encodable():
    text = "".join(map(chr, range(256))) + "".join(map(chr, range(0xD7F0, 0xE010)))
    cleantext.clean(text).encode("utf-8")
    for r in cleantext.explain(text).removals:
        r.text.encode("utf-8", "surrogatepass")


def test_clean_html_on_hostile_text_if_present():
    clean_html = getattr(cleantext, "clean_html", None)
    if clean_html is None:
        pytest.skip("no clean_html")
    for name in ("lt-run", "lt-a-run", "comment-unclosed", "amp-run", "binary-looking"):
        out = clean_html(HOSTILE[name]()[:50_000])
        assert isinstance(out, str) and "\n\n\n" not in out and out == out.strip()
