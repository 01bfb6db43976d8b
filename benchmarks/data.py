"""Load a benchmark set's pages and build the two text views.

Decoding and views follow the README of the benchmark data (``--data DIR``) exactly:

* decoding: BOM if present; else strict UTF-8; else the charset of a
  ``<meta charset>`` / ``http-equiv`` tag in the first 8 KiB (ISO-8859-1 and
  ASCII read as cp1252, GB2312/GBK as GB18030); else cp1252; else UTF-8 with
  replacement characters.
* ``page`` view: ``html_text.extract_text(html, guess_layout=True)``.
* ``paragraphs`` view: BeautifulSoup(html, "lxml"), drop script/style/noscript,
  join ``p.get_text(" ", strip=True)`` of every non-empty ``<p>`` with "\\n".
"""
from __future__ import annotations

import codecs
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

META_SNIFF_BYTES = 8 * 1024

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Covers <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)

# Labels read as a wider superset, as browsers do.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


@dataclass(frozen=True)
class Decoded:
    """A decoded page and the codec that was used."""

    text: str
    encoding: str


def meta_charset(data: bytes) -> str | None:
    """Return the (aliased, lower-cased) charset declared in the first 8 KiB, if any."""
    match = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    return _CHARSET_ALIASES.get(label, label)


def decode_page(data: bytes) -> Decoded:
    """Decode page bytes following the README's order of attempts."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, errors="replace"), codec)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = meta_charset(data)
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8-replace")


def page_view(html: str) -> str:
    """The whole visible page text, block-aware (html-text, guess_layout=True)."""
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def paragraphs_view(html: str) -> str:
    """The text of every non-empty ``<p>``, joined with newlines (BeautifulSoup + lxml)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    texts = (p.get_text(" ", strip=True) for p in soup.find_all("p"))
    return "\n".join(t for t in texts if t)


@dataclass(frozen=True)
class Doc:
    """One benchmark document: its HTML, both text views and the true body."""

    doc_id: str
    url: str
    html: str
    encoding: str
    page: str
    paragraphs: str
    truth: str


def load_docs(data_dir: Path, *, limit: int | None = None) -> list[Doc]:
    """Load, decode and build both views for every page listed in ground-truth.json."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    docs: list[Doc] = []
    for doc_id in sorted(truth):
        raw = gzip.decompress((data_dir / "html" / f"{doc_id}.html.gz").read_bytes())
        decoded = decode_page(raw)
        docs.append(
            Doc(
                doc_id=doc_id,
                url=truth[doc_id].get("url", ""),
                html=decoded.text,
                encoding=decoded.encoding,
                page=page_view(decoded.text),
                paragraphs=paragraphs_view(decoded.text),
                truth=truth[doc_id].get("articleBody", ""),
            )
        )
        if limit is not None and len(docs) >= limit:
            break
    return docs
