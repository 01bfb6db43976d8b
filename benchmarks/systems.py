"""Every benchmarked system as a named ``str -> str`` callable over one input view.

A system reads one input of a :class:`benchmarks.data.Doc`: ``page`` (html-text
page view), ``paragraphs`` (the ``<p>`` view) or ``html`` (the decoded page).
Peers are imported lazily; a missing package makes its system unavailable
(reported as "n/a") instead of failing the run.
"""
from __future__ import annotations

import html as html_lib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

Extractor = Callable[[str], str]


class Unavailable(Exception):
    """Raised by a system factory when its package or entry point is missing."""


@dataclass(frozen=True)
class System:
    """A named extraction system: which view it reads and how to build its callable."""

    name: str
    input: str  # "page" | "paragraphs" | "html"
    description: str
    factory: Callable[[], Extractor]
    timed: bool = True  # False for the unchanged views: there is no call to time

    def build(self) -> Extractor:
        """Import the system's package and return its extraction callable."""
        try:
            return self.factory()
        except ImportError as exc:
            raise Unavailable(f"{exc}") from exc


# --- unchanged views and the speed floor -------------------------------------------------


def _identity() -> Extractor:
    return lambda text: text


def _floor_tokenize() -> Extractor:
    import regex

    word = regex.compile(r"\w+")

    def run(text: str) -> str:
        return " ".join(word.findall(text))

    return run


# --- cleantext -----------------------------------------------------------------------------


def _cleantext_text(**options: object) -> Callable[[], Extractor]:
    """cleantext.clean, with Config fields changed by ``options`` (none: the defaults)."""

    def make() -> Extractor:
        import dataclasses

        import cleantext

        if not options:
            return cleantext.clean
        config = dataclasses.replace(cleantext.Config(), **options)
        return lambda text: cleantext.clean(text, config=config)

    return make


def _cleantext_html(**options: object) -> Callable[[], Extractor]:
    def make() -> Extractor:
        import dataclasses

        import cleantext

        fn = getattr(cleantext, "clean_html", None)
        if fn is None:
            raise Unavailable("cleantext.clean_html does not exist yet")
        if not options:
            return fn
        config = dataclasses.replace(cleantext.Config(), **options)
        return lambda html: fn(html, config=config)

    return make


# --- HTML peers ----------------------------------------------------------------------------


def _trafilatura(**options: object) -> Callable[[], Extractor]:
    def factory() -> Extractor:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

        def run(html: str) -> str:
            return trafilatura.extract(html, **options) or ""

        return run

    return factory


def _readability() -> Extractor:
    from bs4 import BeautifulSoup
    from readability import Document

    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def run(html: str) -> str:
        summary = Document(html).summary()
        return BeautifulSoup(summary, "lxml").get_text(" ")

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str) -> str:
        return extract_plain_text(html, main_content=True)

    return run


def _justext_html() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(html: str) -> str:
        if not html.strip():
            return ""
        paragraphs = justext.justext(html, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


# --- text-only peers -----------------------------------------------------------------------


def _justext_lines() -> Extractor:
    """jusText over a text view: each non-empty line becomes one ``<p>``."""
    import justext

    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            return ""
        body = "".join(f"<p>{html_lib.escape(line)}</p>" for line in lines)
        paragraphs = justext.justext(f"<html><body>{body}</body></html>", stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


# C4 line rules (Raffel et al. 2020, section 2.2; TFDS c4_utils.clean_page defaults).
# "End quotation mark" read as both the ASCII and the typographic closing double quote.
C4_TERMINAL_PUNCT = (".", "!", "?", '"', "\u201d")
C4_MIN_WORDS_PER_LINE = 3
C4_MIN_SENTENCES_PER_PAGE = 5
C4_MAX_WORD_LENGTH = 1000
C4_POLICY_SUBSTRINGS = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
_C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]", re.I)
_C4_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")


def c4_clean(text: str) -> str:
    """Apply the C4 line and page rules to plain text; "" when the page is dropped.

    Per line (after stripping and removing Wikipedia-style citation marks):
    drop if any word exceeds 1000 chars, if it does not end in . ! ? " or \u201d,
    if it has fewer than 3 whitespace-separated words, if it contains
    "javascript", or if it contains a cookie/privacy/terms-of-use phrase.
    Per page: drop if any line contains "lorem ipsum" or a curly brace "{",
    or if the kept lines hold fewer than 5 sentences (counted as runs of
    . ! ? followed by whitespace or the end; C4 used a sentence tokenizer).
    The bad-words page filter and the 3-sentence-span dedup are not applied.
    """
    kept: list[str] = []
    for raw in text.splitlines():
        line = _C4_CITATION.sub("", raw).strip()
        words = line.split()
        if any(len(w) > C4_MAX_WORD_LENGTH for w in words):
            continue
        if not line.endswith(C4_TERMINAL_PUNCT) or len(words) < C4_MIN_WORDS_PER_LINE:
            continue
        lower = line.lower()
        if "lorem ipsum" in lower or "{" in line:
            return ""
        if "javascript" in lower or any(s in lower for s in C4_POLICY_SUBSTRINGS):
            continue
        kept.append(line)
    page = "\n".join(kept)
    if len(_C4_SENTENCE_END.findall(page)) < C4_MIN_SENTENCES_PER_PAGE:
        return ""
    return page


def _c4() -> Extractor:
    return c4_clean


# --- registry ------------------------------------------------------------------------------

SYSTEMS: tuple[System, ...] = (
    System(
        "raw-page",
        "page",
        "page view unchanged",
        _identity,
        timed=False,
    ),
    System(
        "raw-paragraphs",
        "paragraphs",
        "paragraphs view unchanged",
        _identity,
        timed=False,
    ),
    System(
        "cleantext-page",
        "page",
        "cleantext.clean on the page view (defaults: headline kept)",
        _cleantext_text(),
    ),
    System(
        "cleantext-paragraphs",
        "paragraphs",
        "cleantext.clean on the paragraphs view (defaults: headline kept)",
        _cleantext_text(),
    ),
    System(
        "cleantext-html",
        "html",
        "cleantext.clean_html on the decoded page (defaults: headline kept)",
        _cleantext_html(),
    ),
    # The ground truth is the body without its headline or image captions (as peers extract it):
    System(
        "cleantext-page-body",
        "page",
        "cleantext.clean on the page view, keep_headline=False, keep_captions=False",
        _cleantext_text(keep_headline=False, keep_captions=False),
    ),
    System(
        "cleantext-paragraphs-body",
        "paragraphs",
        "cleantext.clean on the paragraphs view, keep_headline=False, keep_captions=False",
        _cleantext_text(keep_headline=False, keep_captions=False),
    ),
    System(
        "cleantext-html-body",
        "html",
        "cleantext.clean_html on the decoded page, keep_headline=False, keep_captions=False",
        _cleantext_html(keep_headline=False, keep_captions=False),
    ),
    System(
        "trafilatura",
        "html",
        "trafilatura.extract(html), defaults",
        _trafilatura(),
    ),
    System(
        "trafilatura-precision",
        "html",
        "trafilatura.extract(html, favor_precision=True)",
        _trafilatura(favor_precision=True),
    ),
    System(
        "readability",
        "html",
        "readability-lxml Document(html).summary(), "
        "text via BeautifulSoup get_text(' ')",
        _readability,
    ),
    System(
        "resiliparse",
        "html",
        "resiliparse extract_plain_text(html, main_content=True)",
        _resiliparse,
    ),
    System(
        "justext-html",
        "html",
        "jusText non-boilerplate paragraphs, English stoplist",
        _justext_html,
    ),
    System(
        "c4-page",
        "page",
        "C4 line rules on the page view",
        _c4,
    ),
    System(
        "c4-paragraphs",
        "paragraphs",
        "C4 line rules on the paragraphs view",
        _c4,
    ),
    System(
        "justext-page",
        "page",
        "jusText on page-view lines (one <p> per line), English stoplist",
        _justext_lines,
    ),
    System(
        "floor-tokenize",
        "page",
        "one regex \\w+ findall pass over the page view (speed floor)",
        _floor_tokenize,
    ),
)

SYSTEMS_BY_NAME: dict[str, System] = {s.name: s for s in SYSTEMS}
