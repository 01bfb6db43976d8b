"""Is cleaning linear in the input size, on hostile and on realistic text? And can any regex backtrack?

``PYTHONPATH=src python benchmarks/linearity.py`` prints two tables:

1. ``clean()`` seconds per MB at 100 KB, 1 MB and 8 MB for each hostile pattern
   (the cases of tests/test_hostile.py, made to size) and for realistic
   generated articles, with the ratio 8 MB cost-per-MB / 100 KB cost-per-MB
   (target <= 2x). Each case runs in a child process with a time limit, so a
   pathological case shows as TIMEOUT instead of hanging the run.
2. The regex audit (docs/regex-audit.md): every compiled pattern found in
   ``cleantext``'s modules and every line rule, run on adversarial strings
   (``finditer`` over 10 KB and 100 KB for module patterns; ``fullmatch`` on
   lines of MAX_RULE_LINE characters for rules, which never see longer lines),
   with the 100 KB / 10 KB time ratio (about 10 for linear, about 100 for quadratic).

Options: ``--sizes 100000,1000000`` (bytes), ``--only NAME`` (substring of a case),
``--skip-clean`` / ``--skip-regex``, ``--timeout SECONDS`` per case.
"""
from __future__ import annotations

import argparse
import importlib
import multiprocessing as mp
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

KB, MB = 1000, 1_000_000
SENTENCE = "The council voted on Tuesday to expand the bus network into the northern suburbs by next spring. "

#: unit -> repeated to size. Same cases as tests/test_hostile.py.
UNITS = {
    "one line, no newline": SENTENCE,
    "'<' run": "<",
    "'<a' run": "<a",
    "'<a href=\"x\" ' unclosed": '<a href="x" ',
    "'{{' run": "{{",
    "'[' run": "[",
    "'[caption id=x ' unclosed": "[caption id=x ",
    "'\"' run": '"',
    "'=\"' run": '="',
    "'class=\"\" style=\"' run": 'class="" style="',
    "'\" class=\"\" style=\"\">' run": '" class="" style="">',
    "'&' run": "&",
    "'&#' run": "&#",
    "'&amp;' chain": "amp;",
    "'<!--' unclosed + prose": None,
    "'<!--' run": "<!--",
    "'<script>' unclosed + prose": None,
    "'%%' run": "%%",
    "'${' run": "${",
    "short lines": None,
    "blank lines": None,
    "one repeated word": "buffalo ",
    "code points 0-255": "".join(map(chr, range(256))),
    "mixed newlines": "a\rb\r\nc\u2028d\u2029e\x85f\x0bg\x0ch\n",
    "zero-width run": "\u200b\u00ad\ufeff x",
    "mojibake run": "Ã© â€™ ",
    "dates and stamps": "March 2, 2024 | 10:15 AM | 5 min read | ",
    "byline-like": "By Jane Doe, Staff Writer, ",
    "rule words, short lines": "Share\nAdvertisement\nBy Jane Doe\nSubscribe now\n",
}

BODY = [
    "The city council voted on Tuesday to expand the bus network into the northern suburbs by next spring.",
    "Officials said the new routes would cut commuting times for thousands of residents who currently drive to work.",
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz bis zum nächsten Frühjahr in die nördlichen Vororte auszubauen.",
    "El ayuntamiento aprobó el martes ampliar la red de autobuses a los barrios del norte antes de la próxima primavera.",
]
FURNITURE = ["Share", "Advertisement", "By Jane Doe", "© 2024 Example Media. All rights reserved.", "Subscribe now",
             "$9.99/month", "Related stories", "Floods close schools across the valley", "5 min read"]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def realistic(size: int) -> str:
    """Articles (headline, furniture, body, related list) one after another."""
    parts, total, i = [], 0, 0
    while total < size:
        art = "\n".join([f"Headline number {i}", FURNITURE[i % 3], *BODY[i % 2:], *FURNITURE[3:], ""])
        parts.append(art)
        total += len(art)
        i += 1
    return "\n".join(parts)[:size]


def make(name: str, size: int) -> str:
    if name == "realistic articles":
        return realistic(size)
    if name == "'<!--' unclosed + prose":
        return "<!--" + _fill(SENTENCE, size)
    if name == "'<script>' unclosed + prose":
        return "<script>" + _fill(SENTENCE, size)
    if name == "'&amp;' chain":
        return "&" + _fill("amp;", size) + "lt;"
    if name == "short lines":
        return _fill("".join(f"Line {i}\n" for i in range(1000)), size)
    if name == "blank lines":
        return SENTENCE + "\n" * size + "End."
    return _fill(UNITS[name], size)


def _time_clean(name: str, size: int, out) -> None:
    import cleantext
    text = make(name, size)
    cleantext.clean(realistic(20 * KB))  # warm up: rule compilation is a one-off cost, not per MB
    t0 = time.perf_counter()
    cleantext.clean(text)
    out.put(time.perf_counter() - t0)


def _run(target, args, timeout: float):
    q = mp.Queue()
    p = mp.Process(target=target, args=(*args, q))
    p.start()
    p.join(timeout)
    if p.is_alive():
        p.kill()
        p.join()
        return None
    return q.get() if not q.empty() else float("nan")


def clean_table(sizes: list[int], only: str | None, timeout: float) -> list[float]:
    names = [n for n in ["realistic articles", *UNITS] if not only or only in n]
    head = "".join(f"{s // KB:>9} KB" for s in sizes)
    print(f"\nclean(): seconds per MB\n{'case':34}{head}   ratio(last/first)")
    ratios = []
    for name in names:
        cells, per_mb = [], []
        for size in sizes:
            secs = _run(_time_clean, (name, size), timeout)
            if secs is None:
                cells.append(f"{'TIMEOUT':>12}")
                per_mb.append(None)
                break
            per_mb.append(secs / (size / MB))
            cells.append(f"{per_mb[-1]:12.3f}")
        ok = [v for v in per_mb if v is not None]
        ratio = ok[-1] / ok[0] if len(ok) == len(sizes) and ok[0] > 0 else float("inf")
        ratios.append(ratio)
        flag = "" if ratio <= 2 else "  <-- over 2x"
        print(f"{name:34}{''.join(cells)}   {ratio:6.2f}{flag}", flush=True)
    return ratios


# --- regex audit -----------------------------------------------------------------

#: Adversarial units: runs of every character class the patterns treat specially.
ADVERSARIAL = [
    "<", "<a", "<a b", '<a b="', "</", "<!--", "&", "&#", "&a", "&#x", "[", "[a", "[a b", "[/a", "{{", "{%", "%%", "%%a",
    "${", "${a", '"', '="', "='", 'a="', ' a=""', '" a=""', "a", "a ", "A", "Aa ", "1", "1 ", "1:", "11.", "1/", " ",
    "  ", "\t", ".", ". ", "!", ",", ", ", "-", " - ", "|", " | ", "/", "(", "\\", "é", "Ã", "Ã©", "â€", "\xa0", "Â",
    "by ", "By Jane ", "Jane ", "Doe, ", "and ", "© ", "2024 ", "March 2, 2024 ", "$9.99 ", "share ", "subscribe ",
    "read more ", "min ", "ago ", "\u200b", "Ab. ", "Ab ", ": ", "a:", "'", "’", "\"Ab", "x", "http://", "www.",
]


def module_patterns():
    """(module.name, compiled pattern) for every compiled pattern at module level in cleantext."""
    import cleantext
    found = []
    for info in pkgutil.walk_packages(cleantext.__path__, "cleantext."):
        if info.name.endswith(("cli", "__main__", "testing", "fileio")):
            continue
        try:
            mod = importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - an optional module (lxml front end) may not import
            continue
        for attr, value in vars(mod).items():
            if hasattr(value, "finditer") and hasattr(value, "pattern") and getattr(value, "__module__", None) is None:
                found.append((f"{info.name}.{attr}", value))
    return found


def _worst(pattern, size: int, fullmatch: bool, extra: tuple[str, ...] = ()) -> tuple[float, str]:
    worst, which = 0.0, ""
    for unit in (*ADVERSARIAL, *extra):
        text = _fill(unit, size)
        if isinstance(pattern.pattern, bytes):
            text = text.encode("utf-8", "ignore")
        for tail in ("", "\x00", "!"):
            s = text + (tail.encode() if isinstance(text, bytes) else tail)
            dt = float("inf")
            for _ in range(3 if fullmatch else 1):  # short rule lines: best of 3 against timer noise
                t0 = time.perf_counter()
                if fullmatch:
                    pattern.fullmatch(s)
                else:
                    for _ in pattern.finditer(s):
                        pass
                dt = min(dt, time.perf_counter() - t0)
            if dt > worst:
                worst, which = dt, unit
    return worst, which


def _audit_module(name: str, out) -> None:
    pats = dict(module_patterns())
    p = pats[name]
    small, _ = _worst(p, 10 * KB, False)
    big, unit = _worst(p, 100 * KB, False)
    out.put((small, big, unit))


def _audit_rule(index: int, out) -> None:
    import regex

    from cleantext.rules import LINE_RULES, MAX_RULE_LINE
    rule = LINE_RULES[index]
    p = regex.compile(rule.pattern, regex.IGNORECASE)
    # The rule's own examples, repeated and glued, are the strings most likely to make it backtrack.
    extra = (*(e + " " for e in rule.examples), *(e + ", " for e in rule.examples), " ".join(rule.examples))
    small, _ = _worst(p, MAX_RULE_LINE // 4, True, extra)
    big, unit = _worst(p, MAX_RULE_LINE, True, extra)
    out.put((small, big, unit))


def regex_table(only: str | None, timeout: float) -> None:
    from cleantext.rules import LINE_RULES, MAX_RULE_LINE
    print("\nregex audit: worst finditer time over adversarial units (module patterns: 10 KB / 100 KB)")
    print(f"{'pattern':52}{'10 KB s':>10}{'100 KB s':>10}{'ratio':>8}  worst unit")
    for name, _ in module_patterns():
        if only and only not in name:
            continue
        r = _run(_audit_module, (name,), timeout)
        if r is None:
            print(f"{name:52}{'TIMEOUT':>10}")
            continue
        small, big, unit = r
        ratio = big / small if small else float("nan")
        flag = "  <-- super-linear?" if ratio > 25 and big > 0.05 else ""
        print(f"{name:52}{small:10.4f}{big:10.4f}{ratio:8.1f}  {unit!r}{flag}", flush=True)
    print(f"\nline rules: worst fullmatch time on adversarial lines of {MAX_RULE_LINE // 4} and {MAX_RULE_LINE} chars")
    print(f"{'rule':52}{'short s':>10}{'full s':>10}{'ratio':>8}  worst unit")
    for i, rule in enumerate(LINE_RULES):
        if only and only not in rule.name:
            continue
        r = _run(_audit_rule, (i,), timeout)
        if r is None:
            print(f"{rule.name:52}{'TIMEOUT':>10}")
            continue
        small, big, unit = r
        ratio = big / small if small else float("nan")
        flag = "  <-- slow" if big > 0.01 else ""
        print(f"{rule.name:52}{small:10.5f}{big:10.5f}{ratio:8.1f}  {unit!r}{flag}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=f"{100 * KB},{MB},{8 * MB}")
    ap.add_argument("--only")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--skip-clean", action="store_true")
    ap.add_argument("--skip-regex", action="store_true")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if not args.skip_clean:
        ratios = clean_table(sizes, args.only, args.timeout)
        finite = [r for r in ratios if r != float("inf")]
        if finite:
            print(f"\nworst ratio {max(ratios):.2f} (target <= 2.00); cases over 2x: {sum(r > 2 for r in ratios)}")
    if not args.skip_regex:
        regex_table(args.only, min(args.timeout, 120.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
