"""The rule patterns' trigger analysis and compiled form, kept between processes.

A fresh process pays for the line rules before its first answer: reading the
triggers off ~400 alternatives (:mod:`cleantext.triggers`, pure Python) and
compiling them with ``regex`` (whose parser is pure Python too: ~2 s for the
built-in table, a few alternatives of dates and names in many languages most
of it). A page's lines reach most alternatives, so compiling on first use
(:class:`cleantext.classify.Matcher`) alone leaves most of that cost in the
first call of every CLI run and every worker process.

Both are pure functions of the pattern text, so they are kept in a file in
the user's cache directory and read back by later processes:

* the analysis (:func:`triggers.indexed_alternatives`, ``leading_words``,
  ``literal_words``, ``needed_strings``, ``needs_digit``, and the form an
  alternative is compiled in, ``factored``), keyed by the pattern;
* the compiled alternative, as ``regex`` pickles it: its compiled code, which
  unpickling hands to ``regex``'s C constructor without parsing anything
  (the whole table loads in ~20 ms).

Valid by construction: an entry is keyed by the exact pattern text, and the
file by what the answers depend on besides it (the ``regex`` version, the
Python version, the source of :mod:`cleantext.triggers` and the stopword
table it reads, and :data:`FORMAT`). A changed rule is a new key; a changed
analyser or ``regex`` is a new file. A compiled pattern read back is checked
to be the pattern asked for. Anything unreadable is ignored: the cache only
ever saves time, a missing or broken one costs the compiling it spares.

New entries are written back after a :func:`cleantext.classify.classify`
call that made some (merged with what other processes wrote meanwhile, and
replaced atomically), so the first processes on a machine fill the file and
later ones find it full and write nothing.

The first process on a machine need not work out the analysis of the
built-in rules either: the package ships it (:data:`SEED`, written by
:func:`write_seed`; ``tests/test_patterncache.py`` fails when it is not
current). It is read when it was made by this analyser (the
source of :mod:`cleantext.triggers`, the stopword table, :data:`FORMAT`) and
this Python and ``regex`` see the characters of its patterns as the ones that
made it did (:func:`_characters`: case, letters, digits, spaces), and ignored
otherwise. It holds no compiled pattern:
those depend on the ``regex`` release, and are compiled and kept as above.

``CLEANTEXT_CACHE_DIR`` names the directory (default: ``$XDG_CACHE_HOME/cleantext``,
else ``~/.cache/cleantext``; ``%LOCALAPPDATA%\\cleantext`` on Windows); set
it to an empty string to switch the cache off.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
import unicodedata
from pathlib import Path

import regex

#: Bumped when what is stored, or how, changes.
FORMAT = 1
#: The environment variable naming the cache directory ("" switches the cache off).
ENV = "CLEANTEXT_CACHE_DIR"

_MISSING = object()


class _Store:
    """The entries of one process: read from the file on first use, new ones noted for writing."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.entries: dict[tuple[str, str], object] | None = None  # (kind, pattern) -> value
        self.new: dict[tuple[str, str], object] = {}
        self.seeded = False  # the shipped analysis added (see seed)

    def load(self) -> dict:
        if self.entries is None:
            self.path = _path()
            self.entries = _read(self.path) if self.path is not None else {}
        return self.entries

    def seed(self) -> bool:
        """Add the shipped analysis (once: a process whose cache file holds all it asks never reads it)."""
        if self.seeded:
            return False
        self.seeded = True
        entries = self.load()
        for key, value in _seed().items():
            if key not in entries:  # and kept in the cache file, which later processes read instead
                entries[key] = self.new[key] = value
        return True


_STORE = _Store()


def get(kind: str, pattern: str, compute):
    """``compute(pattern)``, or its answer as kept from an earlier call or process.

    ``kind`` names the function (one answer per function and pattern).
    """
    entries = _STORE.load()
    key = (kind, pattern)
    value = entries.get(key, _MISSING)
    if value is _MISSING and _STORE.seed():
        value = entries.get(key, _MISSING)
    if value is _MISSING:
        value = entries[key] = compute(pattern)
        _STORE.new[key] = value
    return value


def compiled(pattern: str, flags: int):
    """``regex.compile(pattern, flags)``, read back from the cache when it holds it."""
    entries = _STORE.load()
    key = (f"compiled/{flags}", pattern)
    data = entries.get(key)
    if data is not None:
        try:
            compiled = _PatternUnpickler(io.BytesIO(data)).load()
            if compiled.pattern == pattern and compiled.flags & flags == flags:
                return compiled
        except Exception:  # noqa: BLE001 - a broken entry is a missing one
            pass
    compiled = regex.compile(pattern, flags)
    data = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    entries[key] = _STORE.new[key] = data
    return compiled


def save() -> None:
    """Write the entries made since the last save (if any) to the cache file."""
    if not _STORE.new or _STORE.path is None:
        _STORE.new.clear()
        return
    new, _STORE.new = _STORE.new, {}
    try:
        merged = _read(_STORE.path)
        merged.update(new)
        _STORE.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_STORE.path.name, suffix=".tmp", dir=_STORE.path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(merged, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, _STORE.path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only or full disk: the cache is an optimisation


def _path() -> Path | None:
    """The cache file for this ``regex``, Python and analyser, or None when switched off."""
    folder = os.environ.get(ENV)
    if folder is None:
        if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
            folder = os.path.join(os.environ["LOCALAPPDATA"], "cleantext")
        else:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            folder = os.path.join(base, "cleantext")
    if not folder:
        return None
    analyser = _analyser()
    if analyser is None:
        return None  # the analyser's source cannot be read: its answers cannot be keyed
    h = hashlib.sha256(analyser.encode())
    for part in (regex.__version__, sys.version, sys.implementation.cache_tag or ""):
        h.update(b"\0" + part.encode())
    return Path(folder) / f"patterns-{h.hexdigest()[:20]}.pickle"


def _analyser() -> str | None:
    """What the analysis depends on besides the pattern (a digest), or None if it cannot be read."""
    from . import triggers
    from .rules.stopwords import STOPWORDS

    h = hashlib.sha256()
    try:
        h.update(Path(triggers.__file__).read_bytes())
    except OSError:
        return None
    for part in (str(FORMAT), "\n".join(sorted(STOPWORDS))):
        h.update(b"\0" + part.encode())
    return h.hexdigest()


# How the analysis sees a character: Python's case mappings and classes, and regex's \w, \d, \s.
_LETTER, _WORD, _DIGIT, _SPACE = (regex.compile(c) for c in (r"[^\W\d_]", r"\w", r"\d", r"\s"))


def _characters(patterns) -> str:
    """A digest of how this Python and this ``regex`` see every character ``patterns`` spell: the
    one thing besides the analyser's source its answers depend on (Unicode versions differ in
    characters no rule uses, so a seed made on one Python serves the others where they agree)."""
    h = hashlib.sha256()
    for c in sorted(set().union(*map(set, patterns))):
        facts = (c, c.lower(), c.upper(), c.isalnum(), c.isalpha(), c.isdigit(), c.isspace(),
                 unicodedata.category(c), *(bool(p.match(c)) for p in (_LETTER, _WORD, _DIGIT, _SPACE)))
        h.update(repr(facts).encode())
    return h.hexdigest()


#: The analysis of the built-in rules, shipped with the package.
SEED = Path(__file__).with_name("pattern-analysis.json.gz")

# What the seed holds for each built-in rule's pattern: its indexed alternatives, and for each of
# them the answers below, stored as JSON has them (sets as sorted lists) and read back as computed.
_SEED_KINDS = {
    "leading_words": lambda v: None if v is None else set(v),
    "literal_words": lambda v: None if v is None else set(v),
    "needed_strings": lambda v: None if v is None else tuple(v),
    "needs_digit": bool,
}


def _seed() -> dict:
    """The shipped analysis as cache entries, or nothing if it is missing or another analyser's."""
    try:
        with gzip.open(SEED, "rt", encoding="utf-8") as f:
            seed = json.load(f)
        if seed.get("analyser") != _analyser() or seed.get("characters") != _characters(seed["rules"]):
            return {}
        entries: dict = {}
        for pattern, alternatives in seed["rules"].items():
            entries["indexed_alternatives", pattern] = [a for a, _ in alternatives]
            for alternative, answers in alternatives:
                for kind, value in answers.items():
                    entries[kind, alternative] = _SEED_KINDS[kind](value)
        return entries
    except Exception:  # noqa: BLE001 - missing or unreadable: the analysis is worked out
        return {}


def seed_of(rules) -> dict:
    """The seed for ``rules``: each pattern's indexed alternatives and their analysis, as
    :class:`cleantext.classify.Matcher` asks for it (literal words only where no leading ones)."""
    from . import triggers

    out: dict = {}
    for rule in rules:
        alternatives = []
        for alternative in triggers.indexed_alternatives(rule.pattern):
            lead = triggers.leading_words(alternative)
            answers = {"leading_words": None if lead is None else sorted(lead),
                       "needed_strings": triggers.needed_strings(alternative),
                       "needs_digit": triggers.needs_digit(alternative)}
            if not lead:
                answers["literal_words"] = sorted(triggers.literal_words(alternative))
            alternatives.append([alternative, answers])
        out[rule.pattern] = alternatives
    return {"analyser": _analyser(), "characters": _characters(out), "rules": out}


def write_seed(path: Path = SEED) -> None:
    """Write the seed of the built-in rules: ``python -c "from cleantext import patterncache; patterncache.write_seed()"``."""
    from .rules import LINE_RULES

    data = json.dumps(seed_of(LINE_RULES), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with gzip.GzipFile(path, "wb", mtime=0) as f:  # mtime 0: the same rules give the same bytes
        f.write(data.encode())


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            entries = _PlainUnpickler(f).load()
    except Exception:  # noqa: BLE001 - missing, unreadable or not ours: an empty cache
        return {}
    return entries if isinstance(entries, dict) else {}


class _PlainUnpickler(pickle.Unpickler):
    """Containers, strings, numbers and bytes only: no class or function is looked up."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the pattern cache")


class _PatternUnpickler(pickle.Unpickler):
    """A pickled ``regex`` pattern: the only function it may call is ``regex``'s own constructor."""

    def find_class(self, module, name):
        if (module, name) in (("regex._regex", "compile"), ("_regex", "compile")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a pickled pattern")
