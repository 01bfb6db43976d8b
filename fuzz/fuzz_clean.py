"""Fuzz target: clean(), explain() and (when present) clean_html() against the invariants
of tests/test_properties.py (no exception, idempotence, removal offsets, output shape,
nothing invented).

Run (see fuzz/README.md)::

    PYTHONPATH=src .venv/bin/python fuzz/fuzz_clean.py -max_total_time=600 fuzz/corpus

By default the first invariant failure stops the run (atheris writes ``crash-*``).
With ``CLEANTEXT_FUZZ_LOG=<dir>`` failures are logged there instead, one file per
distinct failure signature, and fuzzing goes on.
"""
from __future__ import annotations

import hashlib
import os
import sys
import traceback
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "src"))

with atheris.instrument_imports(include=["cleantext"]):
    import cleantext

from test_properties import check_invariants, check_shape  # noqa: E402

# Pieces the mutator can splice in, so it reaches residue, rules and context code quickly.
TOKENS = [
    "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n", " ", "\xa0", "\u200b", "\ufeff", "\u00ad",
    "&amp;", "&lt;", "&gt;", "&#60;", "&#x3c;", "&quot;", "&#8217;", "&", "&#", ";", "<", "</", ">", "<br>", "<p>",
    "</p>", "<a href=\"x\">", "</a>", "<script>", "</script>", "<!--", "-->", "<img src=\"a\" alt=\"b\">",
    "\" class=\"\" style=\"\">", "class=\"x\" ", "=\"", "[", "]", "[caption id=\"a\"]", "[/caption]", "[embed]",
    "[/embed]", "{{", "}}", "{% if x %}", "%%N%%", "${a}", "Ã©", "â€™", "Â ", "ðŸ˜€",
    "Share", "Advertisement", "By Jane Doe", "© 2024 X. All rights reserved.", "Subscribe now", "$9.99/month",
    "Related", "Most read", "Read more", "Comments", "Sign up for our newsletter", "5 min read", "March 2, 2024",
    "The council voted on Tuesday to expand the bus network into the northern suburbs by next spring.",
    "Officials said the new routes would cut commuting times for thousands of residents who drive.",
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in die nördlichen Vororte auszubauen.",
]

LOG = os.environ.get("CLEANTEXT_FUZZ_LOG")
_seen: dict[str, int] = {}


def _text(data: bytes) -> str:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:
        return fdp.ConsumeUnicode(fdp.remaining_bytes())
    if mode == 1:
        return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    parts = []
    while fdp.remaining_bytes():
        if fdp.ConsumeBool():
            parts.append(TOKENS[fdp.ConsumeIntInRange(0, len(TOKENS) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 12)) if mode == 2
                         else fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 12)).decode("latin-1"))
    return "".join(parts)


def _signature(exc: BaseException) -> str:
    """Where it failed, and for idempotence whether whole paragraphs or text inside them changed."""
    tb = traceback.extract_tb(exc.__traceback__)
    frame = tb[-1] if tb else None
    where = f"{Path(frame.filename).name}:{frame.lineno}" if frame else ""
    kind = str(exc).split(":")[0][:60]
    args = getattr(exc, "idempotence", None)
    if args is not None:
        out, again = args
        kind += " (paragraphs)" if out.count("\n\n") != again.count("\n\n") else " (inside a paragraph)"
    return f"{type(exc).__name__}|{where}|{kind}"


def _record(text: str, exc: BaseException) -> None:
    """Keep the shortest input per failure signature."""
    sig = _signature(exc)
    name = hashlib.sha1(sig.encode()).hexdigest()[:12]
    path = Path(LOG) / f"finding-{name}.txt"
    if sig in _seen and len(text) >= _seen[sig]:
        return
    first = sig not in _seen
    _seen[sig] = len(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{sig}\n{exc!r}\ninput: {text!r}\n\n{''.join(traceback.format_exception(exc))}",
                    encoding="utf-8", errors="backslashreplace")
    if first:
        print(f"\n[finding] {sig} -> {path}", file=sys.stderr, flush=True)


def TestOneInput(data: bytes) -> None:
    text = _text(data)
    try:
        check_invariants(text)
        clean_html = getattr(cleantext, "clean_html", None)
        if clean_html is not None:
            check_shape(clean_html(text))
    except Exception as exc:  # noqa: BLE001 - every failure is a finding
        if LOG is None:
            raise
        _record(text, exc)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
