"""The context-free pass: per-line rules and measures -> a class, with a reason.

Each line gets a class on its own, in the spirit of jusText's first pass:
``BAD`` when a furniture rule matches it (the rule is the reason), ``GOOD``
when it reads like body text (long enough, sentence-like, dense in function
words), otherwise ``SHORT`` (ambiguous). Rules are found through the trigger
index (:class:`Matcher`), so most lines meet no regex at all.

The context stage (:mod:`cleantext.context`) then judges lines by their
neighbours; docs/DESIGN.md walks through both.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from . import patterncache, triggers
from .config import Config
from .rules import LINE_RULES, MAX_RULE_LINE, Rule
from .rules.stopwords import STOPWORDS
from .decision import BAD, GOOD, SHORT, Decision
from .segment import Line

# Thresholds, named once.
MEMO_SIZE = 20_000           # lines remembered per rule set (cleared when full)
MEMO_MAX_LINE = 400          # longer lines (body paragraphs) rarely repeat: not remembered
GOOD_MIN_WORDS = 10          # a sentence-like line this long is body on its own
GOOD_LONG_WORDS = 25         # ...and a line this long is body even without a full stop
WORDS_PER_PUNCT = 30         # a long line with fewer punctuation marks than one per this many words is a list
GOOD_MIN_STOP_DENSITY = 0.12  # share of function words body text reaches in any language
KNOWN_LANGUAGE_DENSITY = 0.15  # below this over the whole text, the stopword table does not know the language
NEAR_MIN_WORDS = 6           # a dense line this long is body when it sits next to body
NEAR_MAX_DISTANCE = 3        # ...within this many lines of it

_WORD = regex.compile(r"\w+")
_SENTENCE_BREAK = regex.compile(r"[.!?…؟۔।][\"'”’»)\]]*\s+[\"'“‘«(\[]*[\p{Lu}\p{N}\p{Lo}]|[。！？｡](?!$)")
_PUNCT = re.compile(r"[,.;:!?…،。、，！？؟۔।॥።｡։]")  # literal characters only: ``re`` finds them as ``regex`` would, faster
_DIGIT = regex.compile(r"\d")
_ASCII_DIGIT = re.compile("[0-9]")  # _DIGIT on ASCII text, where \d is [0-9]; ``re`` finds it faster
_BULLETS = "-+•*·▪●◦–—"
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")
_CLOSERS = "\"'”’»)]"          # may follow a sentence's last punctuation mark
# A sentence signed with its author's or agency's tag in lower case ("…am Wochenende. (dpa)", "… voraus. ( bsc )");
# a capitalised one ("… the harbour. (Jane Doe)", "(NPA)") is as often a photo's credit under a caption.
# Or one followed by its references, as an encyclopedia prints them ("… a weird side effect.[79][80]").
_SIGNED = regex.compile(r"[.!?…。]\s?(?:\(\s?\p{Ll}[\p{Ll}./&-]{1,11}\s?\)|(?:\[\d{1,4}\]){1,6})$")
_OPENERS = "\"'“‘«([¿¡"        # may precede a sentence's first letter
_TERMINALS = frozenset(".!?…。！？;:؟۔।॥።｡։")  # Latin, CJK, Arabic/Urdu, Devanagari, Ethiopic, Armenian
# Arrows and squares a page sets before a link or a label; a rule reads the line behind them.
_LEADERS = "»›►▶→■▪•·"
# A sentence closed by emoji ("See you soon! 🙂"): the punctuation before them ends it.
_ENDS_WITH_EMOJI = regex.compile(r"[.!?…。！？][\"'”’»)\]]*(?:\s*[\p{So}\p{Sk}\u200d\ufe0f])+\s*$")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# Fast paths for the common case, each giving the answer of the general test above it:
# - all of _CJK's scripts lie in these ranges (Thai, the first of them, starts at U+0E01),
#   which leave out the punctuation, symbols and letters of Latin, Cyrillic, Greek... text
#   (spelled as what they leave out: ``re`` compiles a class reaching U+10FFFF slowly);
_MAY_BE_CJK = re.compile("[^\x00-\u0e00\u2000-\u2e7f]")  # [\u0e01-\u1fff\u2e80-\U0010ffff]
# - on ASCII text \w is [0-9A-Za-z_]: blank every other byte and split;
_ASCII_WORD_BYTES = bytes(b if chr(b).isalnum() or b == ord("_") else ord(" ") for b in range(128)) + b" " * 128
# - Western text often leaves ASCII only for punctuation (’ “ ” – — … NBSP « »...). None of these
#   is \w, so each may stand as "?" (encode's replacement, a non-word byte) for the same tokens;
_WORDLESS = "\u00a0\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u2122"
# - and Western European text (accented letters: Latin-1) likewise, with a table of Latin-1's word
#   characters (read off _WORD itself), lower-cased Latin-1 being Latin-1;
_BEYOND_LATIN1_AND_WORDLESS = re.compile(f"[^\\x00-\\xff{_WORDLESS}]")
_LATIN1_WORD_BYTES = bytes(b if _WORD.fullmatch(chr(b)) else ord(" ") for b in range(256))
# - the ASCII members of _PUNCT, counted by deleting them;
_ASCII_PUNCT = b",.;:!?"
# - _SENTENCE_BREAK restricted to its ASCII members (\p{Lu} is A-Z, \p{N} 0-9, \p{Lo} has none)...
_ASCII_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*[\t\n\x0b\x0c\r ]+[\"'(\[]*[A-Z0-9]")
# - ...and to those of Latin-1 and _WORDLESS, its classes read off ``regex`` (``re`` runs it faster).
_LATIN1_AND_WORDLESS = "".join(map(chr, range(256))) + _WORDLESS
_LATIN1_SENTENCE_BREAK = re.compile("[.!?…][\"'”’»)\\]]*[%s]+[\"'“‘«(\\[]*[%s]" % tuple(
    re.escape("".join(regex.findall(cls, _LATIN1_AND_WORDLESS))) for cls in (r"\s", r"[\p{Lu}\p{N}\p{Lo}]")))

_FOLD = object()  # Matcher.match: fold the line itself


class Matcher:
    """Line rules behind a trigger index (see :mod:`cleantext.triggers`).

    Each top-level alternative of a rule (and each branch of a group that
    makes up an alternative: :func:`triggers.indexed_alternatives`) is
    compiled on its own and filed under the words it can start with; a line
    is tried only against the alternatives filed under its first word. Alternatives whose start cannot
    be read off the pattern are filed under the rule's explicit ``triggers``
    (or, if it has none, their literal words) and tried when one of those
    occurs in the line. Most lines cost a few lookups and no regex at all.

    An alternative that needs one of a few strings (:func:`triggers.needed_strings`)
    is only tried on a line that contains one, a test made where lower-cased
    text shows them (:func:`triggers.folds_plainly`), and one that bounds the
    line's length (:func:`triggers.max_length`) only on lines short enough:
    substring tests and a comparison are far cheaper than the failed
    ``fullmatch`` they spare. A line without a digit is tried against no
    alternative that needs one (:func:`triggers.needs_digit`: dates, times,
    prices, counts), for the price of one search for a digit.

    A rule applies to lines of at most ``max_words`` words, so there is one
    index per word limit found in the table, holding only the alternatives
    that allow that many words: a long line looks up few keys and is tried
    against no alternative that could not apply to it.

    Nothing is done before it is needed: an index is built for the first line
    of its length, an alternative's needed string read when a line is first
    sent to it, and its pattern compiled when a line first gets past that
    test (a page reaches most alternatives, a short text few). The analysis
    and the compiled patterns are kept between processes
    (:mod:`cleantext.patterncache`).
    """

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        self.memo: dict[str, tuple] = {}  # line text -> facts (see _facts)
        filed: list[_Alternative] = []  # one per alternative, in table order
        for rule in rules:
            marks = frozenset(t for t in rule.triggers if len(t) == 1 and not t.isalnum())
            declared = {triggers.key(t) for t in rule.triggers if t.isalnum()}
            eager = id(rule) not in _BUILT_IN  # a user's pattern is checked now: an error shows at once
            for alternative in patterncache.get("indexed_alternatives", rule.pattern, triggers.indexed_alternatives):
                lead = patterncache.get("leading_words", alternative, triggers.leading_words)
                # Declared triggers stand for the unread alternatives.
                loose = None if lead else declared if rule.triggers else patterncache.get(
                    "literal_words", alternative, triggers.literal_words)
                filed.append(_Alternative(alternative, rule, lead, loose, marks, eager))
        self._filed = filed
        # Alternative a (bit a of a mask) as (fullmatch, rule, needed strings, longest line) once a
        # line has been sent to it (see _ready); None before. A single needed string stands alone,
        # not in a tuple: half the tests are for one string, and "in" costs a fraction of any(map(...)).
        self._alts: list[tuple | None] = [None] * len(filed)
        # mask -> its alternatives in table order, and those of them that need no digit (the same
        # tuple when all of them do without one; see _Index.match).
        self._orders: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        # The whole table's keys as masks; an index keeps the bits of the alternatives it holds.
        first: dict[str, int] = {}
        loose_keys: dict[str, int] = {}
        marks: dict[str, int] = {}
        always = 0
        for a, f in enumerate(filed):
            bit = 1 << a
            if f.lead:
                for k in f.lead:
                    first[k] = first.get(k, 0) | bit
                continue
            if not f.loose and not f.marks:
                always |= bit
            for k in f.loose | f.marks:
                loose_keys[k] = loose_keys.get(k, 0) | bit
            for k in f.marks:
                marks[k] = marks.get(k, 0) | bit
        self._first, self._always, self._loose_keys, self._marks = first, always, loose_keys, marks
        limits = sorted({f.rule.max_words for f in filed}) or [0]  # [0]: no rules, an empty index
        self._longest = limits[-1]
        # For n words, the smallest word limit >= n: its index holds exactly the alternatives
        # whose rule allows n words. Indexes are built on first use (_index).
        self._limit_for = [next(lim for lim in limits if lim >= n) for n in range(self._longest + 1)]
        self._index_for: list[_Index | None] = [None] * (self._longest + 1)
        self._indexes: dict[int, _Index] = {}

    def _index(self, n: int) -> _Index:
        """The index for lines of ``n`` words, built if it is the first such line."""
        limit = self._limit_for[n]
        index = self._indexes.get(limit)
        if index is None:
            held = 0
            for a, f in enumerate(self._filed):
                if f.rule.max_words >= limit:
                    held |= 1 << a
            index = self._indexes[limit] = _Index(self, held)
        for m, lim in enumerate(self._limit_for):
            if lim == limit:
                self._index_for[m] = index
        return index

    def compile(self) -> Matcher:
        """Build every index and compile every alternative now, not on first use."""
        for n in range(self._longest + 1):
            self._index(n)
        self._ready(range(len(self._filed)))
        for a, entry in enumerate(self._alts):
            self._alts[a] = (self._filed[a].fullmatch(), *entry[1:])
        return self

    def _ready(self, order) -> None:
        """Fill in the entries of ``_alts`` for the alternatives in ``order``: the needed string
        now (it is cheap), the compiled pattern when a line first gets past that test."""
        alts = self._alts
        for a in order:
            if alts[a] is None:
                f = self._filed[a]
                needs = f.needs()
                if needs is not None and len(needs) == 1:
                    needs = needs[0]
                alts[a] = (f._fullmatch or self._first_fullmatch(a), f.rule, needs, f.longest)

    def _order(self, mask: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The alternatives of ``mask`` in table order (made ready), and those of them a line
        without a digit can match: the same tuple when that is all of them."""
        order = _bits(mask)
        self._ready(order)
        filed = self._filed
        digitless = tuple(a for a in order if not filed[a].needs_digit())
        return order, digitless if len(digitless) < len(order) else order

    def _first_fullmatch(self, a: int) -> Callable[[str], object]:
        """Stands in for alternative a's ``fullmatch`` until its first call, which compiles it."""
        def first(text: str):
            fullmatch = self._filed[a].fullmatch()
            self._alts[a] = (fullmatch, *self._alts[a][1:])
            return fullmatch(text)
        return first

    def match(self, text: str, words: list[str], folded: str | None | object = _FOLD) -> Rule | None:
        """The first rule (in table order) that matches the whole ``text``.

        ``words`` are the line's ``\\w+`` tokens, lower-cased. ``folded`` is
        ``text.lower()`` if :func:`triggers.folds_plainly` holds for ``text``,
        else None (worked out here when not given).
        """
        n = len(words)
        if len(text) > MAX_RULE_LINE or n > self._longest:
            return None
        if text[:1] in _LEADERS:
            text = text.lstrip(_LEADERS + " ")  # "» Advertisement" is "Advertisement" behind a decoration
            folded = _FOLD
        if folded is _FOLD:
            folded = text.lower() if triggers.folds_plainly(text) else None
        return (self._index_for[n] or self._index(n)).match(text, words, folded)


_UNREAD = object()  # _Alternative: not worked out yet


class _Alternative:
    """One alternative of a rule, the keys it is filed under, and (worked out on first need)
    its needed string and compiled pattern.

    Compiling the built-in rules' ~400 alternatives costs far more than cleaning a page:
    each is compiled the first time a line gets to it (a user's rule is compiled at once,
    so that a bad pattern fails when the rule is first used, whatever the text).
    """

    __slots__ = ("source", "rule", "lead", "loose", "marks", "longest", "_needs", "_digit", "_fullmatch")

    def __init__(self, source: str, rule: Rule, lead: set[str] | None, loose: set[str] | None,
                 marks: frozenset[str], eager: bool):
        self.source = source  # the alternative's pattern
        self.rule = rule
        self.lead = lead      # keys of the words it starts with, None if unknown
        self.loose = loose    # for an unknown start: keys of words anywhere in the line...
        self.marks = marks    # ...or symbols anywhere in the line
        # The longest line it can match (triggers.max_length), or MAX_RULE_LINE.
        self.longest = triggers.max_length(source) or MAX_RULE_LINE
        self._needs = _UNREAD
        self._digit = _UNREAD
        self._fullmatch = None
        if eager:
            self.fullmatch()

    def needs(self) -> tuple[str, ...] | None:
        """Strings one of which every match contains (lower-cased), if known: :func:`triggers.needed_strings`."""
        if self._needs is _UNREAD:
            self._needs = patterncache.get("needed_strings", self.source, triggers.needed_strings)
        return self._needs

    def needs_digit(self) -> bool:
        """Whether every match contains a digit: :func:`triggers.needs_digit`."""
        if self._digit is _UNREAD:
            self._digit = patterncache.get("needs_digit", self.source, triggers.needs_digit)
        return self._digit

    def fullmatch(self) -> Callable[[str], object]:
        """The compiled alternative's ``fullmatch`` (its long word lists grouped by first letter:
        :func:`triggers.factored`, which matches the same lines faster)."""
        if self._fullmatch is None:
            source = patterncache.get("factored", self.source, triggers.factored)
            self._fullmatch = patterncache.compiled(source, regex.IGNORECASE).fullmatch
        return self._fullmatch


_BUILT_IN = frozenset(map(id, LINE_RULES))  # the rules the test suite compiles


_KEY_PREFIX = itemgetter(slice(triggers.KEY_LENGTH))  # word -> word[:KEY_LENGTH], mapped in C


class _Index:
    """The trigger index over some of a matcher's alternatives (bit a of ``held``: alternative a).

    Alternatives keep the matcher's numbers, so the indexes share its table of
    alternatives and of candidate lists.
    """

    def __init__(self, matcher: Matcher, held: int):
        self._matcher = matcher
        self._alts = matcher._alts
        self._orders = matcher._orders
        # Sets of alternatives as bit masks: a line's candidates are the OR of a few masks,
        # listed in table order once per distinct mask.
        self._always_mask = always = matcher._always & held
        self._first_mask = {k: (m | always) & held for k, m in matcher._first.items() if m & held}
        # Loose triggers: word prefixes, symbols, digits.
        self._any = {k: m & held for k, m in matcher._loose_keys.items() if m & held}
        self._loose = bool(self._any)
        self._any_keys = frozenset(k for k in self._any if k.isalnum() and k != triggers.DIGIT)
        self._any_digit = self._any.get(triggers.DIGIT, 0)
        # Symbols and their masks: a substring test per symbol (a score of them) beats listing
        # every occurrence in a long line.
        self._symbols = tuple((k, self._any[k]) for k, m in matcher._marks.items() if m & held)
        self._ascii_symbols = tuple((k, m) for k, m in self._symbols if k.isascii())  # all an ASCII line can hold

    def match(self, text: str, words: list[str], folded: str | None) -> Rule | None:
        """The first alternative (in table order) that matches the whole ``text``, if any: its rule.

        ``folded``: see :meth:`Matcher.match`.
        """
        if words:
            w0 = words[0]
            mask = self._first_mask.get(triggers.DIGIT if w0[0].isdigit() else w0[:triggers.KEY_LENGTH],
                                        self._always_mask)
        else:
            mask = self._always_mask
        ascii = text.isascii()
        digit = None  # whether the line holds a digit, once looked for
        if self._loose:
            loose = self._any
            for k in self._any_keys.intersection(map(_KEY_PREFIX, words)):
                mask |= loose[k]
            for k, m in self._ascii_symbols if ascii else self._symbols:
                if k in text:
                    mask |= m
            if self._any_digit:
                digit = (_ASCII_DIGIT if ascii else _DIGIT).search(text) is not None
                if digit:
                    mask |= self._any_digit
        orders = self._orders.get(mask)
        if orders is None:
            if len(self._orders) >= MEMO_SIZE:
                self._orders.clear()
            orders = self._orders[mask] = self._matcher._order(mask)
        order, digitless = orders
        if digitless is not order:
            if digit is None:
                digit = (_ASCII_DIGIT if ascii else _DIGIT).search(text) is not None
            if not digit:
                order = digitless  # a line without a digit skips the dates, prices and counts
        alts = self._alts
        size = len(text)
        if folded is None:
            for a in order:
                fullmatch, rule, _, longest = alts[a]
                if size <= longest and fullmatch(text):
                    return rule
            return None
        contains = folded.__contains__
        for a in order:
            fullmatch, rule, needs, longest = alts[a]
            if size > longest or needs is not None and not (
                    needs in folded if needs.__class__ is str else any(map(contains, needs))):
                continue
            if fullmatch(text):
                return rule
        return None


def _bits(mask: int) -> tuple[int, ...]:
    """The numbers of the set bits of ``mask``, in increasing order (one step per set bit,
    not per bit: a mask has a few bits set among hundreds)."""
    bits = []
    while mask:
        low = mask & -mask
        bits.append(low.bit_length() - 1)
        mask ^= low
    return tuple(bits)


@lru_cache(maxsize=32)
def matcher_for(extra: tuple[Rule, ...], disabled: frozenset[str]) -> Matcher:
    rules = tuple(r for r in (*extra, *LINE_RULES) if r.category not in disabled)
    matcher = Matcher(rules)
    _MATCHERS.append(matcher)
    del _MATCHERS[:-32]
    return matcher


_MATCHERS: list[Matcher] = []


def clear_memos() -> None:
    """Forget every remembered line (for benchmarks that time cold runs)."""
    for matcher in _MATCHERS:
        matcher.memo.clear()


@lru_cache(maxsize=32)
def _keep_regex(patterns: tuple[str, ...]):
    return regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def classify(lines: list[Line], config: Config) -> list[Decision]:
    """The context-free pass: every line's rules and measures, and whether it reads as body alone.

    Lines with empty text are ignored. :func:`cleantext.context.decide` then judges
    the lines in context.
    """
    matcher = matcher_for(tuple(config.extra_rules), frozenset(config.disabled_categories))
    keep_re = _keep_regex(tuple(config.keep_patterns))
    disabled = frozenset(config.disabled_categories)
    decisions = [_first_pass(line, matcher, keep_re, disabled) for line in lines]
    if config.profile is not None:
        config.profile.mark(lines, decisions)  # corpus furniture (cleantext.corpus)
    _body_class(lines, decisions)
    patterncache.save()  # what this call worked out about the rules, for the next process
    return decisions


def _first_pass(line: Line, matcher: Matcher, keep_re, disabled: frozenset[str] = frozenset()) -> Decision:
    """Rules and measures of one line; the class of unruled lines comes later."""
    text = line.text
    if not text:
        return Decision(SHORT, keep=False)
    # Half the lines of a page were seen before: look them up without a call.
    facts = matcher.memo.get(text)
    ev = line.evidence
    cls = SHORT
    if ev is None:
        words, sentence, terminal, stops, sentences, punct, cjk, rule = facts or _facts(text, matcher)
        if keep_re is not None and keep_re.search(text):
            return Decision(GOOD, words=words, sentence=sentence, forced=True)
    else:
        # The DOM's evidence is judged first, on the line's measures: a line it condemns (half
        # of a page's blocks: menus, footers, link lists) is never run through the rules.
        measured = None
        if facts is None:
            measured = _measure(text)
            words, sentence = measured[0], measured[1]
        else:
            words, sentence = facts[0], facts[1]
        if keep_re is not None and keep_re.search(text):
            return Decision(GOOD, words=words, sentence=sentence, forced=True)
        d = Decision(SHORT, True, "", "", "", "line", words, sentence)  # positional: see the end
        (_judge or _evidence_judge())(line, d)
        if d.cls == BAD and d.category not in disabled:
            return d
        cls = GOOD if d.cls == GOOD else SHORT  # judge only ever sets cls (GOOD) or drops the line (BAD)
        words, sentence, terminal, stops, sentences, punct, cjk, rule = facts or _facts(text, matcher, measured)
        if rule is not None and rule.category == "html-residue" and ev.body and ev.tag in ("pre", "code"):
            rule = None  # code shown in the article is its content
    tail = None
    if rule is not None and rule.role == "tail":
        tail, rule = rule, None  # decided at the end, by what surrounds it (see _tail)
    # One call with every field, in declaration order: lines are many and keywords cost.
    if rule is not None:
        return Decision(BAD, False, "rules", rule.category, rule.name, rule.role, words, sentence)
    return Decision(cls, True, "", "", "", "line", words, sentence, False, terminal, stops, sentences, cjk, False, punct,
                    tail)


_judge = None  # evidence.judge once a line with DOM evidence came (_evidence_judge)


def _evidence_judge():
    """The HTML front end's evidence judge, imported on first need: text mode never imports it
    (and an import statement in :func:`_first_pass` would cost a microsecond a line)."""
    global _judge
    from .evidence import judge

    _judge = judge
    return judge


def _measure(text: str) -> tuple:
    """A line's words and whether it reads as a sentence, with what :func:`_facts` goes on from:
    (words, sentence, terminal, tokens, folded, ascii_bytes, latin, cjk)."""
    lower = text.lower()
    ascii_bytes = lower.encode("ascii") if text.isascii() else None
    cjk = 0
    latin = False
    folded = lower  # ASCII folds plainly (see Matcher.match)
    if ascii_bytes is not None:
        tokens = ascii_bytes.translate(_ASCII_WORD_BYTES).decode("ascii").split()
        words = len(tokens)
    elif not _BEYOND_LATIN1_AND_WORDLESS.search(text):
        latin = True
        folded = lower if triggers.folds_plainly(text) else None
        tokens = lower.encode("latin-1", "replace").translate(_LATIN1_WORD_BYTES).decode("latin-1").split()
        words = len(tokens)
    else:
        folded = lower if triggers.folds_plainly(text) else None
        tokens = _WORD.findall(triggers.lower_words(text))
        words = len(tokens)
        if _MAY_BE_CJK.search(text) and _CJK.search(text):
            cjk = len(_CJK.findall(text))
            words = max(words, cjk // 2)
    end = text.rstrip(_CLOSERS)[-1:]
    terminal = (end in _TERMINALS or (not end.isascii() and _ENDS_WITH_EMOJI.search(text) is not None)
                or (text[-1:] in ")]" and _SIGNED.search(text) is not None))
    sentence = words >= 3 and (terminal and starts_sentence(text) or is_bullet(text))
    return words, sentence, terminal, tokens, folded, ascii_bytes, latin, cjk


def _facts(text: str, matcher: Matcher, measured: tuple | None = None) -> tuple:
    """What a line says on its own: measures and the first rule that matches (``measured``:
    :func:`_measure`'s answer for ``text``, if worked out already).

    Pages repeat lines (menus, share bars, footers: half the lines of a crawl
    were seen before), so the answer is memoised per matcher, in a table of
    bounded size: the caller looks a line up there first.
    """
    words, sentence, terminal, tokens, folded, ascii_bytes, latin, cjk = measured or _measure(text)
    n = len(tokens)
    if n <= matcher._longest and len(text) <= MAX_RULE_LINE and text[:1] not in _LEADERS:
        # Matcher.match without its call: the index for the line's length, straight away.
        rule = (matcher._index_for[n] or matcher._index(n)).match(text, tokens, folded)
    else:
        rule = matcher.match(text, tokens, folded)
    stops = sentences = punct = 0
    if rule is None or rule.role == "tail":  # a tail rule decides later: the line is measured like any other
        stops = sum(map(STOPWORDS.__contains__, tokens))
        if words >= NEAR_MIN_WORDS:  # the sentence measures only matter for lines that may be body
            if ascii_bytes is not None:
                sentences = len(_ASCII_SENTENCE_BREAK.findall(text)) + terminal
                punct = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_PUNCT))
            elif latin:
                sentences = len(_LATIN1_SENTENCE_BREAK.findall(text)) + terminal
                punct = len(_PUNCT.findall(text))
            else:
                sentences = len(_SENTENCE_BREAK.findall(text)) + terminal
                punct = len(_PUNCT.findall(text))
    facts = (words, sentence, terminal, stops, sentences, punct, cjk > 0, rule)
    if len(text) <= MEMO_MAX_LINE:
        memo = matcher.memo
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[text] = facts
    return facts


def starts_sentence(text: str) -> bool:
    first = text.lstrip(_OPENERS)[:1]
    # Upper case, a digit, or a letter of a script without case (Arabic, Hebrew, Devanagari, CJK...).
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def is_bullet(text: str) -> bool:
    return text[:1] in _BULLETS and text[1:2] == " " or text[:1].isdigit() and bool(_NUMBERED.match(text))


def _body_class(lines: list[Line], decisions: list[Decision]) -> None:
    """GOOD for the lines that read as body on their own.

    The function-word test only applies when the text is in a language the
    stopword table knows (its density over the whole text says so); other
    texts are judged by length and punctuation alone. A web address on a
    line of its own is never prose, whatever words its path spells.
    """
    # Only lines long enough to be prose tell the language (menus and labels would not).
    prose = [d for d in decisions if d.cls == SHORT and not d.cjk and d.words >= NEAR_MIN_WORDS]
    total = sum(d.words for d in prose)
    stops = sum(d.stops for d in prose)
    known_language = total > 0 and stops / total >= KNOWN_LANGUAGE_DENSITY
    for line, d in zip(lines, decisions):
        if d.cls != SHORT or d.words < _BODY_CLASS_MIN_WORDS or is_url(line.text):
            continue  # shorter lines are neither body nor near it
        dense = d.cjk or not known_language or d.stops / d.words >= GOOD_MIN_STOP_DENSITY
        punctuated = d.punct * WORDS_PER_PUNCT >= d.words  # prose has commas and stops; lists of links do not
        # A long punctuated sentence is prose at half the density: languages that build with suffixes
        # (Turkish, Finnish, Hungarian) write fewer separate function words. Not a line of web addresses.
        sparse_sentence = (d.terminal and d.words >= GOOD_LONG_WORDS and punctuated
                           and d.stops * 2 >= d.words * GOOD_MIN_STOP_DENSITY and "://" not in line.text)
        prose = dense or d.sentences >= 3 or sparse_sentence
        if d.words >= GOOD_MIN_WORDS and d.terminal and prose or d.words >= GOOD_LONG_WORDS and prose and punctuated:
            d.cls = GOOD
        elif d.words >= NEAR_MIN_WORDS and dense:
            d.near = True


# The fewest words of a line _body_class makes GOOD or near.
_BODY_CLASS_MIN_WORDS = min(GOOD_MIN_WORDS, GOOD_LONG_WORDS, NEAR_MIN_WORDS)


def is_url(text: str) -> bool:
    """A web address alone on a (whitespace-normalised) line."""
    return text.startswith(("http://", "https://", "www.")) and " " not in text

