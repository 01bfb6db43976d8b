"""Which lines a rule can match, read off its pattern: the trigger index.

Line rules are matched with ``fullmatch``, so a match starts at the line's
first character. For each top-level alternative of a pattern we work out
the words it can start with (:func:`leading_words`); a line is then only
tried against the alternatives that can start with its first word. An
alternative whose start cannot be read off (it opens with ``.``, ``\\S``, a
character class, a name pattern...) falls back to *any* of its literal words
appearing anywhere in the line, plus the rule's explicit ``triggers``.

Both answers are supersets: they may send a line to a rule that then does
not match, never the reverse (``tests/test_rules.py`` checks every example
through the index).

Once a line is sent to an alternative, cheaper tests can spare the regex
call: most alternatives spell out a string that every match contains
(:func:`needed_literal`), or one of a few (:func:`needed_strings`), and a
few substring tests cost far less than a failed ``fullmatch``; some bound
the line's length (:func:`max_length`); dates, times, prices and counts need
a digit (:func:`needs_digit`). And a regex call that is made costs less when
the pattern's long lists of words are grouped by first letter (:func:`factored`).
"""
from __future__ import annotations

import re
import unicodedata

import regex

from .rules.stopwords import STOPWORDS

#: Words are compared on their first letters only, so ``comments?`` and
#: ``comment`` share a key.
KEY_LENGTH = 4
#: Key for "the word starts with a digit".
DIGIT = "0"

_LETTERS = regex.compile(r"[^\W\d_]+")
_ESCAPES = regex.compile(r"\\p\{\w+\}|\\.")
_CLASSES = regex.compile(r"\[[^\]]*\]")
_GROUPS = regex.compile(r"\(\?(?:[-a-zA-Z]*:|[=!]|<[=!])")
_QUANT = regex.compile(r"\{[^}]*\}")


def lower_words(text: str) -> str:
    """``text.lower()`` for finding its words: Turkish capital İ lower-cases to "i" + U+0307,
    which would file "İlgili" under a key of its own; here it is a plain "i"."""
    return text.replace("İ", "i").lower() if "İ" in text else text.lower()


def key(word: str) -> str:
    """The index key of a word (lower-cased prefix, or DIGIT)."""
    return DIGIT if word[:1].isdigit() else word.lower()[:KEY_LENGTH]


def literal_words(pattern: str) -> set[str]:
    """Keys of the words a pattern spells out literally, function words left out."""
    text = _QUANT.sub(" ", _GROUPS.sub(" ", _CLASSES.sub(" ", _ESCAPES.sub(" ", pattern))))
    return {key(w) for w in _LETTERS.findall(text) if w.lower() not in STOPWORDS}


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


#: How many characters :func:`indexed_alternatives` may add to an alternative by copying what
#: surrounds a group into each of its branches (each copy is compiled and stored).
MAX_SPLIT_GROWTH = 2000

# What a group's branches cannot be matched apart with: pattern-wide flags ((?r) matches the whole
# pattern backwards), references to a group by number or name, branch resets, recursion.
_UNSPLITTABLE = regex.compile(r"\(\?[a-zA-Z]+\)|\\[1-9]|\\g<|\(\?P[<=>]|\(\?<\w|\(\?\||\(\?[0-9R&+-]\d*\)")


def indexed_alternatives(pattern: str) -> list[str]:
    """The alternatives a pattern is indexed and matched as: its top-level alternatives, and
    those of a group that makes up an alternative (``(?:share|tweet|…|copy link)\\W{0,3}``).

    A group ``(?:b1|b2|…)`` after only lookaheads, with no quantifier, becomes one alternative per
    branch, each with the lookaheads before it and what follows the group after it: a line
    fullmatches the group's alternative exactly when it fullmatches one of these, and all of
    them belong to the same rule, side by side in table order, so the rule a line gets is the
    same. Each is filed under its own leading words (a line starting "More" no longer meets
    the forty branches of a share bar that start otherwise) and has its own needed strings.

    Only where every branch's leading words can be read (they are then exactly the group's,
    shared out), the pattern refers to no group, sets no pattern-wide flag, and the copies
    add at most :data:`MAX_SPLIT_GROWTH` characters.
    """
    out: list[str] = []
    for alternative in alternatives(pattern):
        out.extend(_split(alternative))
    return out


def _split(alternative: str) -> list[str]:
    """``alternative``, or the alternatives of its group (see :func:`indexed_alternatives`), recursively."""
    if _UNSPLITTABLE.search(alternative):
        return [alternative]
    try:
        i = 0
        while alternative.startswith(("(?=", "(?!"), i):
            i = _group_end(alternative, i)
        if not alternative.startswith("(?:", i):
            return [alternative]
        end = _group_end(alternative, i)
    except _Unknown:
        return [alternative]
    before, inner, after = alternative[:i], alternative[i + 3:end - 1], alternative[end:]
    if after[:1] in ("?", "*", "+", "{"):
        return [alternative]  # a repeated or optional group: its branches are not alternatives
    branches = alternatives(inner)
    if len(branches) < 2 or (len(before) + len(after)) * (len(branches) - 1) > MAX_SPLIT_GROWTH:
        return [alternative]
    pieces = [before + b + after for b in branches]
    whole = leading_words(alternative)
    leads = [leading_words(p) for p in pieces]
    if whole is None or None in leads or set().union(*leads) != whole:
        return [alternative]
    return [q for p in pieces for q in _split(p)]


def leading_words(pattern: str) -> set[str] | None:
    """Keys of the words a match of ``pattern`` can begin with, or None if unknown."""
    try:
        keys, _, _ = _sequence(pattern, 0)
    except _Unknown:
        return None
    return keys


class _Unknown(Exception):
    """The start of a match cannot be read off the pattern."""


# A group of alternative word endings right after a word: "jan(?:uary|vier)?".
_SUFFIXES = regex.compile(r"\((?:\?:)?((?:[^\W\d_]+|\\\.)(?:\|(?:[^\W\d_]+|\\\.))*)\)(\?)?")

# An optional non-letter atom followed by letters, right after a word.
_GLUED = regex.compile(r"(?:\\.|[^\w(\[\\|)]|\((?:\?:)?(?:[^()\w\\]|\\.)*\))[?*]([^\W\d_]+)")

# Atoms that match no letters or digits and may be skipped at the start of a line.
_SKIPPABLE = regex.compile(r"\\[sWb]|\\\(|\\\*|\\\[|[\"'“‘«¿¡]|\^|\\\"|\\'|\s")


def _sequence(p: str, i: int) -> tuple[set[str], int, bool]:
    """Leading keys of the alternation starting at ``p[i]`` up to its closing ``)`` or the end.

    Returns (keys, index after the alternation, whether it can match empty).
    """
    keys: set[str] = set()
    empty_any = False
    while True:
        alt_keys, i, empty = _branch(p, i)
        keys |= alt_keys
        empty_any = empty_any or empty
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return keys, i, empty_any


def _branch(p: str, i: int) -> tuple[set[str], int, bool]:
    """Leading keys of one branch (a sequence of atoms) starting at ``p[i]``."""
    keys: set[str] = set()
    decided = False
    while i < len(p) and p[i] not in "|)":
        if decided:
            i, _ = _quantifier(p, _skip_atom(p, i))
            continue
        atom_keys, empty_atom, j = _atom(p, i)
        j, optional = _quantifier(p, j)
        if not decided:
            if atom_keys is None:
                if not (empty_atom or optional):
                    raise _Unknown
            else:
                keys |= atom_keys
                if not (optional or empty_atom):
                    decided = True
        i = j
    return keys, i, not decided


def _atom(p: str, i: int) -> tuple[set[str] | None, bool, int]:
    """(leading keys or None if it can start with an unknown character, matches-only-non-words, end index)."""
    c = p[i]
    if c == "(":
        if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            return set(), True, _group_end(p, i)  # lookaround: consumes nothing
        body = i + 1
        if p.startswith("(?", i):
            body = p.index(":", i) + 1  # (?: (?-i: (?i: ...
        keys, end, empty = _sequence(p, body)
        if end >= len(p) or p[end] != ")":
            raise _Unknown
        return keys, empty, end + 1
    m = _SKIPPABLE.match(p, i)
    if m:
        return None, True, m.end()
    if c == "\\":
        if p.startswith("\\d", i):
            return {DIGIT}, False, i + 2
        raise _Unknown  # \S \w \p{..} and the like: any letter
    if c == "[":
        end = _class_end(p, i)
        if p[i + 1] != "^" and not regex.search(r"[^\W_]|\\[pPwWdDsS]", p[i + 1:end - 1]):
            return None, True, end  # a class of symbols only ([$€£]): no word starts there
        raise _Unknown
    if c == ".":
        raise _Unknown
    if c.isalpha():
        j = i
        while j < len(p) and p[j].isalpha():
            j += 1
        word = p[i:j]
        suffixes = _SUFFIXES.match(p, j)
        if suffixes and len(word) < KEY_LENGTH:
            # "jan(?:uary|vier|\\.)?": the word with each of its endings.
            ends = suffixes.group(1).split("|")
            keys = {key(word + e) for e in ends if e.isalpha()}
            if suffixes.group(2) or any(not e.isalpha() for e in ends):
                keys.add(key(word))
            return keys, False, suffixes.end()
        if len(word) < KEY_LENGTH and _continues_word(p, j):
            raise _Unknown  # the word goes on in a class or group: "s[íi]guenos"
        keys = {key(word)}
        after, optional = _quantifier(p, j)
        if optional and len(word) > 1:
            # A quantifier binds the last letter only: "comments?" also starts "comment".
            keys.add(key(word[:-1]))
            j = after
        glued = _GLUED.match(p, j)
        if glued:
            # An optional separator inside a word: "e-?mail", "log ?in", "don(?:'|’)?t".
            keys.add(key(word + glued.group(1)))
        return keys, False, j
    if c.isdigit():
        return {DIGIT}, False, i + 1
    return None, True, i + 1  # punctuation and symbols: no word starts there


def needed_literal(pattern: str) -> str | None:
    """A lower-cased string every match of ``pattern`` contains, or None.

    Of the strings the pattern requires, the longest (the rarest to find by
    chance). It is read case-insensitively, but only as lower-cased text
    shows it: :func:`folds_plainly` says which lines it may be looked for in.
    Where the pattern only requires one of several strings (``(?:a|b)``),
    nothing is said: one substring test is cheap beside a failed regex call,
    a test for each of several strings is not.
    """
    try:
        clauses, _ = _needed_alternation(pattern, 0)
    except _Unknown:
        return None
    best = max((s for clause in clauses if len(clause) == 1 for s in clause), key=len, default="")
    return best if len(best) >= MIN_LITERAL else None


#: Needed strings shorter than this are found in too many lines to spare a regex call.
MIN_LITERAL = 3
#: The most strings :func:`needed_strings` offers: each is one substring test.
MAX_NEEDED_STRINGS = 64


def needed_strings(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings of which every match of ``pattern`` contains one, or None.

    :func:`needed_literal` for alternations too: where the pattern requires one
    of several strings (``(?:all rights reserved|tous droits réservés)``), the
    line must hold one of them. A failed ``fullmatch`` of a long alternative
    costs as much as dozens of substring tests, so a set of strings still
    spares time when none of them is in the line, as long as each is rare
    enough: at least :data:`MIN_LITERAL` characters, or symbols only (``…``,
    ``|``: no word holds them). Of the sets the pattern
    requires, the one whose shortest string is longest (then the smallest, then the one
    of longer strings);
    a string that holds another of the set is left out (finding the other
    suffices). Read as :func:`needed_literal` says: only in lines that
    :func:`folds_plainly`.
    """
    try:
        clauses, _ = _needed_alternation(pattern, 0)
    except _Unknown:
        return None
    usable = [_shortest_forms(c) for c in clauses if c and all(map(_rare_enough, c))]
    usable = [c for c in usable if len(c) <= MAX_NEEDED_STRINGS]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c), sum(map(len, c))))


def _rare_enough(s: str) -> bool:
    return len(s) >= MIN_LITERAL or (not s.isspace() and not any(c.isalnum() for c in s))


def _shortest_forms(strings: frozenset[str]) -> tuple[str, ...]:
    """``strings`` without those that contain another of them, sorted."""
    return tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))


def needs_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` contains a digit (what ``\\d`` matches).

    Read as :func:`needed_strings` reads strings: a ``\\d`` (or a class of digits
    only) that no quantifier makes optional, in the pattern or in a group or
    lookahead it cannot skip, or in every branch of an alternation. Dates, times,
    prices and counts need one; most lines of text hold none, and a failed
    ``fullmatch`` of a date pattern costs far more than looking for a digit once.
    False when the pattern cannot be read.
    """
    try:
        needed, _ = _digit_alternation(pattern, 0)
    except _Unknown:
        return False
    return needed


# A class of digits only: [0-9], [012], [1-9].
_DIGIT_CLASS = regex.compile(r"\[(?:[0-9](?:-[0-9])?|\\d)+\]")


def _group_start(p: str, i: int) -> tuple[int | None, int]:
    """At the "(" at ``p[i]``, for the passes that read what a branch needs: the index of the
    group's body and ``i``; or None and the index to go on from, for what needs nothing
    (pattern-wide flags such as (?r), a negative look; a lookbehind is not read). A lookahead's
    body counts: what it needs is in the line too. Other (?...) groups than (?: and scoped
    flags are not read."""
    flags = _GLOBAL_FLAGS.match(p, i)
    if flags:
        return None, flags.end()
    if p.startswith(("(?!", "(?<=", "(?<!"), i):
        return None, _quantifier(p, _group_end(p, i))[0]
    if p.startswith("(?=", i):
        return i + 3, i
    if p.startswith("(?", i):
        scoped = _SCOPED_FLAGS.match(p, i)
        if not scoped:
            raise _Unknown
        return scoped.end(), i
    return i + 1, i


def _digit_alternation(p: str, i: int) -> tuple[bool, int]:
    """Whether every branch of the alternation at ``p[i]`` needs a digit, and the index after it."""
    every = True
    while True:
        needed, i = _digit_branch(p, i)
        every = every and needed
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return every, i


def _digit_branch(p: str, i: int) -> tuple[bool, int]:
    """Whether one branch (a sequence of atoms) at ``p[i]`` needs a digit, and the index after it."""
    needed = False
    while i < len(p) and p[i] not in "|)":
        if p[i] == "(":
            body, i = _group_start(p, i)
            if body is None:
                continue
            inner, end = _digit_alternation(p, body)
            if end >= len(p) or p[end] != ")":
                raise _Unknown
            i, optional = _quantifier(p, end + 1)
            needed = needed or (inner and not optional)
            continue
        if p.startswith("\\d", i):
            j = i + 2
        elif p[i] == "[" and _DIGIT_CLASS.match(p, i) and _DIGIT_CLASS.match(p, i).end() == _class_end(p, i):
            j = _class_end(p, i)
        else:
            i, _ = _quantifier(p, _skip_atom(p, i))
            continue
        i, optional = _quantifier(p, j)
        needed = needed or not optional
    return needed, i


# A lookahead bounding the length of what follows it to the end: (?=.{5,60}$).
_LENGTH_LOOKAHEAD = regex.compile(r"\(\?=\.\{(\d*),(\d+)\}\??\$\)")


def max_length(pattern: str) -> int | None:
    """The longest line ``pattern`` can ``fullmatch``, when its start says so, else None.

    Read off a lookahead of the form ``(?=.{m,n}$)`` among those the pattern
    opens with (a match starts at the line's start, where they all look):
    ``n`` characters, or one more when the last is a newline, before which
    ``$`` may match too. None for a pattern of several alternatives.
    """
    if len(alternatives(pattern)) > 1:
        return None
    i = 0
    while pattern.startswith("(?=", i):
        m = _LENGTH_LOOKAHEAD.match(pattern, i)
        if m:
            return int(m.group(2)) + 1
        try:
            i = _group_end(pattern, i)
        except _Unknown:
            return None
    return None


def folds_plainly(text: str) -> bool:
    """Whether a plain literal (:func:`_plain_literal`) can match ``text`` case-insensitively only
    where ``text.lower()`` contains the lower-cased literal: true for text without any of
    :data:`UNPLAIN_FOLDS` (ASCII, uncased characters, and the accented Latin letters of
    most of the rules' languages). Where the table was worked out for other versions of
    ``regex`` and Unicode than this process has, the narrower test it replaced: ASCII and
    uncased characters only."""
    if _unplain is None:
        return all(c.isascii() or (c.lower() == c == c.upper()) for c in text)
    found = _unplain_or_astral(text)
    return found is None or (found.group() > "\uffff" and _unplain(text) is None)


#: The characters of text a plain literal's character may match case-insensitively (``regex``'s
#: case classes) although it lower-cases otherwise, and those that lower-case to more than one
#: character (:func:`unplain_folds` works them out; ``tests/test_triggers.py`` checks the table
#: against the installed versions): the long s, the dotless and dotted i, Greek letters with
#: symbol variants, old Cyrillic letter forms... A line without any of them can be searched for
#: a needed string in its ``lower()``.
UNPLAIN_FOLDS = (
    "\u00b5\u00df\u0130\u0131\u017f\u019b\u0264\u0277\u027c\u0345\u0390\u0392\u0395\u0398-\u039a\u039c"
    "\u03a0\u03a1\u03a3\u03a6\u03b0\u03b2\u03b5\u03b8-\u03ba\u03bc\u03c0-\u03c3\u03c6\u03d0\u03d1\u03d5"
    "\u03d6\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442"
    "\u044a\u0462\u0463\u1c80-\u1c8a\u1e60\u1e61\u1e9b\u1e9e\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ua7cb-\ua7cf"
    "\ua7d2-\ua7d5\ua7da-\ua7dd\ua7e2\uab4b\uab4c\uab6c\uab6d\U00010d50-\U00010d65\U00010d70-\U00010d85"
    "\U00016ea0-\U00016eb8\U00016ebb-\U00016ed3\U0001df40\U0001df41\U0001df48-\U0001df4b\U0001df4d\U0001df4e"
    "\U0001df51\U0001df52\U0001df68-\U0001df6f\U0001df72-\U0001df7f\U0001df95"
)
#: The versions the table holds for: ``regex``'s (its case tables) and Python's Unicode (``str.lower``).
UNPLAIN_FOLDS_FOR = ("2026.11.19", "14.0.0")
# A character class of literal characters: ``re`` finds them as ``regex`` would, faster.
_unplain = (re.compile(f"[{UNPLAIN_FOLDS}]").search
            if (regex.__version__, unicodedata.unidata_version) == UNPLAIN_FOLDS_FOR else None)
# The same search, fast: ``re`` tests a character against a class's characters beyond U+FFFF
# one range after another (a score of them here), against the others with one table lookup.
# So the table's characters up to U+FFFF, and any beyond (rare in text: where one is found,
# the whole class decides).
_unplain_or_astral = re.compile("[%s\U00010000-\U0010ffff]" % "".join(
    r for r in re.findall(r".-.|.", UNPLAIN_FOLDS, re.S) if r[-1] <= "\uffff")).search


def unplain_folds() -> str:
    """:data:`UNPLAIN_FOLDS` for the installed ``regex`` and Python, as a character class body
    (slow: a pass over every code point, for the test and for regenerating the table,
    which spells the same characters as escapes).

    A character ``t`` is in it when it lower-cases to other than one character, or when
    ``regex`` matches it case-insensitively to a character ``c`` that may stand in a plain
    literal while ``t.lower() != c.lower()`` (``regex``'s case classes are symmetric)."""
    from regex import _regex

    marked = set()
    for x in range(0x110000):
        ch = chr(x)
        if len(ch.lower()) != 1:
            marked.add(x)
        if _plain_literal(ch):
            marked.update(c for c in _regex.get_all_cases(regex.IGNORECASE, x) if chr(c).lower() != ch.lower())
    ranges: list[list[int]] = []
    for x in sorted(marked):
        if ranges and ranges[-1][1] == x - 1:
            ranges[-1][1] = x
        else:
            ranges.append([x, x])
    return "".join(chr(a) if a == b else chr(a) + chr(b) if b == a + 1 else f"{chr(a)}-{chr(b)}" for a, b in ranges)


#: The most characters a class may list for :func:`_needed_branch` to read it as needed strings.
MAX_CLASS_MEMBERS = 6


def _class_members(body: str) -> frozenset[str] | None:
    """The characters a character class lists, lower-cased, if it only lists a few plain ones
    (``,–-`` of ``[,–-]``, escaped symbols too); None for a negated class, a range, an escape
    that stands for a set (``\\d``, ``\\p{L}``) or a nested set."""
    if body.startswith("^"):
        return None
    members = set()
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():
                return None
            c, i = body[i + 1], i + 2
        elif c in "[]" or (c == "-" and 0 < i < len(body) - 1):
            return None  # a nested set, or a range
        else:
            i += 1
        if not _plain_literal(c):
            return None
        members.add(c.lower())
    return frozenset(members) if 0 < len(members) <= MAX_CLASS_MEMBERS else None


def _plain_literal(s: str) -> bool:
    """Whether a pattern's literal, lower-cased, is found exactly where it matches in a line that
    :func:`folds_plainly`: no character of it may fold to ASCII in another guise (the long s,
    the dotless i, the Kelvin sign) or lower-case to more than one character."""
    return all(len(c.lower()) == 1 and (c.lower().isascii() or not c.upper().isascii()) for c in s)


_GLOBAL_FLAGS = regex.compile(r"\(\?[a-zA-Z-]*\)")
_SCOPED_FLAGS = regex.compile(r"\(\?[a-zA-Z-]*:")


def _needed_alternation(p: str, i: int) -> tuple[list[frozenset[str]], int]:
    """Sets of strings the alternation at ``p[i]`` needs (one of each set), and the index after it."""
    branches = []
    while True:
        clauses, i = _needed_branch(p, i)
        branches.append(clauses)
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        if len(branches) == 1:
            return branches[0], i
        if not all(branches):
            return [], i  # a branch that needs nothing: the alternation needs nothing
        # A set every branch needs, the alternation needs ("…" in each of "[…]", ", …" and " the…").
        common = set(branches[0]).intersection(*branches[1:])
        # And one set per branch, the rarest; a match needs one string of their union.
        best = [max(b, key=lambda clause: (all(map(_rare_enough, clause)), min(map(len, clause))))
                for b in branches]
        return [*common, frozenset().union(*best)], i


def _needed_branch(p: str, i: int) -> tuple[list[frozenset[str]], int]:
    """Sets of strings one branch (a sequence of atoms) at ``p[i]`` needs, and the index after it."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []  # literal characters in a row, each matched exactly once

    def end_run() -> None:
        text = "".join(run)
        if text and _plain_literal(text):
            clauses.append(frozenset({text.lower()}))
        run.clear()

    while i < len(p) and p[i] not in "|)":
        c = p[i]
        literal = None
        if c == "(":
            end_run()
            body, i = _group_start(p, i)
            if body is None:
                continue
            inner, end = _needed_alternation(p, body)
            if end >= len(p) or p[end] != ")":
                raise _Unknown
            i, optional = _quantifier(p, end + 1)
            if not optional:
                clauses.extend(inner)
            continue
        if c == "\\" and i + 1 < len(p) and not p[i + 1].isalnum():
            literal, j = p[i + 1], i + 2  # an escaped symbol: \. \- \(
        elif c == "[":
            end_run()
            j = _class_end(p, i)
            members = _class_members(p[i + 1:j - 1])
            i, optional = _quantifier(p, j)
            if members and not optional:
                clauses.append(members)  # "[,–-]": the line holds one of them
            continue
        elif c == "\\" or c in ".^$":
            j = _skip_atom(p, i)
        else:
            literal, j = c, i + 1
        after, optional = _quantifier(p, j)
        if literal is None or optional:
            end_run()
        else:
            run.append(literal)
            if after != j:  # + or {n,m}: the character repeats, the run ends with it
                end_run()
        i = after
    end_run()
    return clauses, i


def _quantifier(p: str, i: int) -> tuple[int, bool]:
    """Skip a quantifier at ``p[i]``; say whether it allows zero repetitions."""
    if i >= len(p):
        return i, False
    c = p[i]
    optional = False
    if c in "?*":
        optional, i = True, i + 1
    elif c == "+":
        i += 1
    elif c == "{":
        end = p.find("}", i)
        if end != -1 and regex.fullmatch(r"\{\d*,?\d*\}", p[i:end + 1]):
            optional = p[i + 1:end].split(",")[0] in ("", "0")
            i = end + 1
    if i < len(p) and p[i] in "?+" and c in "?*+{":
        i += 1  # lazy or possessive
    return i, optional


def _continues_word(p: str, j: int) -> bool:
    """Whether what follows a literal word at ``p[j]`` may add letters to it."""
    if j >= len(p):
        return False
    if p[j] == "[":
        return bool(regex.search(r"[^\W\d_]", p[j:_class_end(p, j)]))
    if p[j] == "(":
        body = p.index(":", j) + 1 if p.startswith("(?", j) else j + 1
        return body < len(p) and (p[body].isalpha() or p[body] in "[(" or p.startswith(("\\p", "\\w", "\\S"), body))
    if p[j] == "\\":
        return p.startswith(("\\p", "\\w", "\\S"), j)
    return False


def _skip_atom(p: str, i: int) -> int:
    """The end of the atom at ``p[i]``, whatever it matches."""
    c = p[i]
    if c == "(":
        return _group_end(p, i)
    if c == "[":
        return _class_end(p, i)
    if c == "\\":
        if p.startswith(("\\p{", "\\P{"), i):
            return p.index("}", i) + 1
        return i + 2
    return i + 1


def _group_end(p: str, i: int) -> int:
    depth = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unknown


def _class_end(p: str, i: int) -> int:
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


# --- Word lists grouped by first letter ----------------------------------------------------------

#: The fewest plain words an alternation lists before :func:`factored` groups them by first letter.
#: ``regex`` tries an alternation's branches one after another, so a list of month or section
#: names costs a comparison per branch at every place it is tried; grouped, a line's letter
#: skips all but one group. Short lists gain little, and the groups cost compiling time.
GROUP_MIN_WORDS = 16

# What makes the branch a match takes matter, not only whether there is one: atomic groups and
# possessive quantifiers (which commit to a branch), references to a group, conditionals, branch
# resets, recursion, control verbs, \K, fuzzy matching; and verbose mode, where spaces are not
# literal. A pattern with any of them is left as it is.
_ORDER_MATTERS = regex.compile(
    r"\(\?>|[*+?}]\+|\\[1-9]|\\[gk]<|\(\?P[=>]|\(\?&|\(\?\(|\(\?\||\(\?[a-zA-Z-]*x|\(\?R\)|\(\?[+-]?\d|\(\*|\\K|\{e")
_SYNTAX = frozenset(".^$*+?{}[]|()\\")
# A group's opening other than (?: and scoped flags: a look around, a named or a plain group.
_OPENER = regex.compile(r"\((?:\?<?[=!]|\?P?<\w+>|(?!\?))")


def factored(pattern: str) -> str:
    """``pattern`` with each alternation of at least :data:`GROUP_MIN_WORDS` plain words grouped
    by first letter (:func:`_by_first_letter`): ``(?:march|may|june|…)`` becomes ``(?:m(?:arch|ay)|june|…)``.

    A string fullmatches the result exactly when it fullmatches ``pattern``: the groups
    spell the same words, and the branches that are not plain words follow them. Only the order in which branches are tried changes, which decides no more
    than which branch a match goes through; patterns where that matters more
    (:data:`_ORDER_MATTERS`) are returned unchanged, as is anything not read here.
    """
    if _ORDER_MATTERS.search(pattern):
        return pattern
    try:
        return _factored_alternation(pattern)
    except (_Unknown, IndexError, ValueError):
        return pattern


def _factored_alternation(body: str) -> str:
    branches = [_factored_sequence(b) for b in alternatives(body)]
    words: list[str] = []
    others: list[str] = []
    for branch in branches:
        word = _plain_word(branch)
        if word is None:
            others.append(branch)
        else:
            words.append(word)
    if len(words) < GROUP_MIN_WORDS:
        return "|".join(branches)
    return "|".join([_by_first_letter(words), *others])


def _factored_sequence(branch: str) -> str:
    """``branch`` with the alternations in its groups factored."""
    out: list[str] = []
    i = 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            j = branch.index("}", i) + 1 if branch.startswith(("\\p{", "\\P{"), i) else i + 2
        elif c == "[":
            j = _class_end(branch, i)
        elif c == "(":
            j = _group_end(branch, i)
            flags = _GLOBAL_FLAGS.match(branch, i)
            if flags:
                j = flags.end()
            else:
                opener = _SCOPED_FLAGS.match(branch, i) or _OPENER.match(branch, i)
                if opener is None:
                    raise _Unknown  # a comment, or a group this does not know
                opener = opener.end()
                out.append(branch[i:opener] + _factored_alternation(branch[opener:j - 1]) + ")")
                i = j
                continue
        else:
            j = i + 1
        out.append(branch[i:j])
        i = j
    return "".join(out)


def _plain_word(branch: str) -> str | None:
    """The text a branch spells, if it is plain characters and escaped symbols only."""
    chars: list[str] = []
    i = 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            if i + 1 >= len(branch) or branch[i + 1].isalnum() or branch[i + 1].isspace():
                return None
            c, i = branch[i + 1], i + 2
        elif c in _SYNTAX:
            return None
        else:
            i += 1
        chars.append(c)
    return "".join(chars) or None


def _by_first_letter(words: list[str]) -> str:
    """A pattern for exactly ``words``, grouped by their first letter: ``(?:a(?:pril|ugust)|j(?:an|une))``.

    One level is enough: a line's first letter rules out all but one group, and
    deeper trees cost ``regex``'s parser more to compile (once per machine) than
    they save in matching."""
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    branches = []
    for first, rests in groups.items():
        tails = [regex.escape(r) for r in sorted(rests - {""}, key=lambda r: (-len(r), r))]
        inner = "|".join(tails)
        if "" in rests and tails:
            inner = f"(?:{inner})?"
        elif len(tails) > 1:
            inner = f"(?:{inner})"
        branches.append(regex.escape(first) + inner)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
