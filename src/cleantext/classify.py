"""Per-line evidence -> keep or drop, with a reason; then passes over the neighbours.

In the spirit of jusText, first context-free, then in context:

1. **Context-free.** Each line gets a class: ``BAD`` when a furniture rule
   matches it (the rule is the reason), ``GOOD`` when it reads like body
   text (long enough, sentence-like, dense in function words), otherwise
   ``SHORT`` (ambiguous). A run of menu-like short lines is ``BAD`` too.
2. **Main text.** Body lines form blocks; the article is the biggest block
   and the blocks next to it that are big enough. Teasers, footers and
   comment threads are small blocks apart from it.
3. **Context.** Ambiguous lines take their class from the hard lines around
   them: between body paragraphs they are body (one-line paragraphs,
   subheadings, captions); beside furniture they are furniture; a title just
   above the body is its headline.

Every decision that drops a line records its stage, category and rule.
docs/DESIGN.md walks through the passes in order.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from . import triggers
from .config import Config
from .rules import LINE_RULES, MAX_RULE_LINE, Rule
from .rules.stopwords import STOPWORDS
from .segment import Line

GOOD, BAD, SHORT = "good", "bad", "short"

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
BLOCK_BREAK_LINES = 8        # this many short non-sentence lines between body lines end a block of text
ITEM_AFTER_WORDS = 150       # a byline or date after this much body starts another item
COMMENT_AUTHORS = 2          # ...as does one followed by this many "name said:" lines
BYLINE_LIST = 3              # ...and this many "By Jane Doe" lines in a row there head a list of other stories,
LISTED_SHARE = 0.5           # ...unless the text before them is less than this share of the biggest block after
DATES_LISTED_SHARE = 2.0     # ...or, for a run of bylines and dates naming fewer authors, less than this share
COMMENTS_AFTER_WORDS = 150   # a comment marker after this much body opens the comment section
PACKED_MIN_RUN = 3           # this many body lines in a row without blank lines are a packed run
PACKED_BLOCK_SHARE = 1.0     # ...and a packed block (no blank lines) beside blank-line-spaced text needs this share
MIN_BLOCK_SHARE = 0.15       # a block of text with less than this share of the main block's words is not the article
MENU_MAX_WORDS = 4           # items of a menu are at most this long...
MENU_MIN_RUN = 3             # ...and come in runs at least this long
TITLE_MAX_WORDS = 25         # a headline is at most this long
HEADLINES_ABOVE_BODY = 2     # title-like lines kept just above the body (headline, standfirst)
DATA_LIST_MIN = 3            # this many lines with a digit each, right after the body, are a list of it
HEADER_BLOCK_MAX = 5         # furniture lines that may stand between a headline and the body
BOX_MAX_WORDS = 25           # a pitch line inside a promo box is at most this long
HEADING_LIST_MAX = 15        # at most this many lines under a list heading go with it
DUPLICATE_MIN_WORDS = 3      # a repeated line this long is dropped after its first occurrence
TAIL_BEFORE_WORDS = 150      # tail furniture (a bio) ends an article only after this much body...
TAIL_AFTER_WORDS = 120       # ...and when at most this much is kept after it (a bio runs to about a hundred words)
REPEATED_STRUCTURE = 3       # an article that repeats this many different lines of its own keeps the copies
BOXED_MAX_LINES = 2          # a block this short between two lines of site furniture belongs to them

_WORD = regex.compile(r"\w+")
_SENTENCE_BREAK = regex.compile(r"[.!?…؟۔।][\"'”’»)\]]*\s+[\"'“‘«(\[]*[\p{Lu}\p{N}\p{Lo}]|[。！？｡](?!$)")
_PUNCT = regex.compile(r"[,.;:!?…،。、，！？؟۔।॥።｡։]")
_DIGIT = regex.compile(r"\d")
_NUMBER = regex.compile(r"\d+")
_BULLETS = "-•*·▪●◦–—"
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")
_CLOSERS = "\"'”’»)]"          # may follow a sentence's last punctuation mark
_OPENERS = "\"'“‘«([¿¡"        # may precede a sentence's first letter
_TERMINALS = frozenset(".!?…。！？;:؟۔।॥።｡։")  # Latin, CJK, Arabic/Urdu, Devanagari, Ethiopic, Armenian
# Lines that head one comment of a thread ("Jane Doe says:", "Hi Jane,"): one alone may be body.
_THREAD_MARKS = frozenset({"comment-author", "comment-salutation"})
_BYLINE_LIST = ("related", "byline-list")
# A site speaking to its readers: first person plural or second person.
_SITE_VOICE = regex.compile(r"\b(?:we|us|our|you|your|wir|uns|unser\w*|ihr|euch|nous|notre|nos|vous|votre|vos|nosotros|nuestr[oa]s?|usted(?:es)?"
                            r"|noi|nostr[oaie]|voi|vostr[oaie]|nós|noss[oa]s?|você|vocês|my|nas|nasz\w*|wy|was|wasz\w*)\b", regex.IGNORECASE)
# Arrows and squares a page sets before a link or a label; a rule reads the line behind them.
_LEADERS = "»›►▶→■▪•·"
# The site's pitches, which come in boxes of their own (a "Read also" or a share bar sits in the article's flow).
_BOX_CATEGORIES = frozenset({"promo", "paywall", "pricing"})
# A sentence closed by emoji ("See you soon! 🙂"): the punctuation before them ends it.
_ENDS_WITH_EMOJI = regex.compile(r"[.!?…。！？][\"'”’»)\]]*(?:\s*[\p{So}\p{Sk}\u200d\ufe0f])+\s*$")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# Fast paths for the common case, each giving the answer of the general test above it:
# - all of _CJK's scripts lie in these ranges (Thai, the first of them, starts at U+0E01),
#   which leave out the punctuation, symbols and letters of Latin, Cyrillic, Greek... text;
_MAY_BE_CJK = re.compile("[\u0e01-\u1fff\u2e80-\U0010ffff]")
# - on ASCII text \w is [0-9A-Za-z_]: blank every other byte and split;
_ASCII_WORD_BYTES = bytes(b if chr(b).isalnum() or b == ord("_") else ord(" ") for b in range(128)) + b" " * 128
# - Western text often leaves ASCII only for punctuation (’ “ ” – — … NBSP « »...). None of these
#   is \w, so each may stand as "?" (encode's replacement, a non-word byte) for the same tokens;
_WORDLESS = "\u00a0\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u2122"
_BEYOND_ASCII_AND_WORDLESS = re.compile(f"[^\\x00-\\x7f{_WORDLESS}]")
# - the ASCII members of _PUNCT, counted by deleting them;
_ASCII_PUNCT = b",.;:!?"
# - _SENTENCE_BREAK restricted to its ASCII members (\p{Lu} is A-Z, \p{N} 0-9, \p{Lo} has none).
_ASCII_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*[\t\n\x0b\x0c\r ]+[\"'(\[]*[A-Z0-9]")

@dataclass(slots=True)
class Decision:
    """What the classifier concluded about one line.

    :func:`_first_pass` builds it with positional arguments: keep the field order in step.
    """

    cls: str                      # GOOD, BAD or SHORT (context-free)
    keep: bool = True
    stage: str = ""
    category: str = ""
    rule: str = ""
    role: str = "line"
    words: int = 0
    sentence: bool = False        # ends like a sentence and starts like one, or is a list item
    forced: bool = False          # a user keep-pattern matched
    terminal: bool = False        # ends with sentence punctuation
    stops: int = 0                # function words
    sentences: int = 0            # sentence ends inside the line
    cjk: bool = False             # written without spaces between words
    near: bool = False            # long enough and dense enough to be body beside body
    punct: int = 0                # punctuation marks inside the line
    tail: Rule | None = None      # a "tail" rule matched: furniture if it ends the article


_FOLD = object()  # Matcher.match: fold the line itself


class Matcher:
    """Line rules behind a trigger index (see :mod:`cleantext.triggers`).

    Each top-level alternative of a rule is compiled on its own and filed
    under the words it can start with; a line is tried only against the
    alternatives filed under its first word. Alternatives whose start cannot
    be read off the pattern are filed under the rule's explicit ``triggers``
    (or, if it has none, their literal words) and tried when one of those
    occurs in the line. Most lines cost a few lookups and no regex at all.

    An alternative that needs a string (:func:`triggers.needed_literal`) is
    only tried on a line that contains it, a test made where lower-cased text
    shows it (:func:`triggers.folds_plainly`): a substring test is far cheaper
    than the failed ``fullmatch`` it spares.

    A rule applies to lines of at most ``max_words`` words, so there is one
    index per word limit found in the table, holding only the alternatives
    that allow that many words: a long line looks up few keys and is tried
    against no alternative that could not apply to it.
    """

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        self.memo: dict[str, tuple] = {}  # line text -> facts (see _facts)
        filed: list[_Filed] = []  # one per alternative, in table order
        for rule in rules:
            marks = frozenset(t for t in rule.triggers if len(t) == 1 and not t.isalnum())
            declared = {triggers.key(t) for t in rule.triggers if t.isalnum()}
            for alternative in triggers.alternatives(rule.pattern):
                lead = triggers.leading_words(alternative)
                # Declared triggers stand for the unread alternatives.
                loose = None if lead else declared if rule.triggers else triggers.literal_words(alternative)
                needs = triggers.needed_literal(alternative)
                filed.append(_Filed(regex.compile(alternative, regex.IGNORECASE).fullmatch, needs, rule, lead, loose,
                                    marks))
        limits = sorted({f.rule.max_words for f in filed}) or [0]  # [0]: no rules, an empty index
        self._longest = limits[-1]
        # For n words, the index of the smallest word limit >= n: exactly the
        # alternatives whose rule allows n words.
        indexes = {limit: _Index([f for f in filed if f.rule.max_words >= limit]) for limit in limits}
        self._index_for = [indexes[next(lim for lim in limits if lim >= n)] for n in range(self._longest + 1)]

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
        return self._index_for[n].match(text, words, folded)


@dataclass(frozen=True, slots=True)
class _Filed:
    """One alternative of a rule and the keys it is filed under."""

    fullmatch: Callable[[str], object]  # the compiled alternative's fullmatch
    needs: str | None              # a string every match contains (lower-cased), if known
    rule: Rule
    lead: set[str] | None          # keys of the words it starts with, None if unknown
    loose: set[str] | None         # for an unknown start: keys of words anywhere in the line...
    marks: frozenset[str]          # ...or symbols anywhere in the line


_KEY_PREFIX = itemgetter(slice(triggers.KEY_LENGTH))  # word -> word[:KEY_LENGTH], mapped in C


class _Index:
    """The trigger index over some alternatives (a table's, in table order)."""

    def __init__(self, filed: list[_Filed]):
        self._alts = [(f.fullmatch, f.rule, f.needs) for f in filed]
        first: dict[str, set[int]] = {}
        loose_index: dict[str, set[int]] = {}
        always: set[int] = set()
        symbols: set[str] = set()
        for a, f in enumerate(filed):
            if f.lead:
                for k in f.lead:
                    first.setdefault(k, set()).add(a)
                continue
            symbols |= f.marks
            if not f.loose and not f.marks:
                always.add(a)
            for k in f.loose | f.marks:
                loose_index.setdefault(k, set()).add(a)
        # Sets of alternatives as bit masks (bit a: alternative a): a line's candidates are
        # the OR of a few masks, listed in table order once per distinct mask.
        self._first_mask = {k: _mask(v | always) for k, v in first.items()}
        self._always_mask = _mask(always)
        # Loose triggers: word prefixes, symbols, digits.
        self._loose = bool(loose_index)
        self._any = {k: _mask(v) for k, v in loose_index.items()}
        self._any_keys = frozenset(k for k in loose_index if k.isalnum() and k != triggers.DIGIT)
        self._any_digit = self._any.get(triggers.DIGIT, 0)
        # The symbols a line holds, as a list (one findall beats a set intersection with the line).
        self._find_symbols = re.compile(f"[{re.escape(''.join(sorted(symbols)))}]").findall if symbols else None
        self._orders: dict[int, tuple[int, ...]] = {}  # mask -> its alternatives in table order

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
        if self._loose:
            loose = self._any
            for k in self._any_keys.intersection(map(_KEY_PREFIX, words)):
                mask |= loose[k]
            if self._find_symbols is not None:
                for k in self._find_symbols(text):
                    mask |= loose[k]
            if self._any_digit and _DIGIT.search(text) is not None:
                mask |= self._any_digit
        order = self._orders.get(mask)
        if order is None:
            if len(self._orders) >= MEMO_SIZE:
                self._orders.clear()
            order = self._orders[mask] = tuple(a for a in range(mask.bit_length()) if mask >> a & 1)
        alts = self._alts
        if folded is None:
            for a in order:
                fullmatch, rule, _ = alts[a]
                if fullmatch(text):
                    return rule
            return None
        for a in order:
            fullmatch, rule, needs = alts[a]
            if (needs is None or needs in folded) and fullmatch(text):
                return rule
        return None


def _mask(alternatives: set[int]) -> int:
    """A set of alternatives' numbers as a bit mask."""
    return sum(1 << a for a in alternatives)


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
    """Decide every line of a document (lines with empty text are ignored)."""
    matcher = matcher_for(tuple(config.extra_rules), frozenset(config.disabled_categories))
    keep_re = _keep_regex(tuple(config.keep_patterns))
    disabled = frozenset(config.disabled_categories)
    decisions = [_first_pass(line, matcher, keep_re, disabled) for line in lines]
    if config.profile is not None:
        config.profile.mark(lines, decisions)  # corpus furniture (cleantext.corpus)
    _body_class(lines, decisions)
    repeats = _repeats(lines, decisions)
    _menu_runs(lines, decisions, repeats)
    if config.context:
        _main_text(lines, decisions)
        _lists_under_headings(decisions)
        _context(lines, decisions, repeats)
    else:
        for d in decisions:
            d.keep = d.cls != BAD
    _duplicates(lines, decisions, repeats)
    _tail(lines, decisions)
    if not config.keep_headline:
        _drop_headline(lines, decisions)
    if not config.keep_captions:
        for line, d in zip(lines, decisions):
            if d.keep and line.caption:
                _drop(d, "config", "caption", "caption-line")
    return decisions


def _first_pass(line: Line, matcher: Matcher, keep_re, disabled: frozenset[str] = frozenset()) -> Decision:
    """Rules and measures of one line; the class of unruled lines comes later."""
    text = line.text
    if not text:
        return Decision(SHORT, keep=False)
    # Half the lines of a page were seen before: look them up without a call.
    words, sentence, terminal, stops, sentences, punct, cjk, rule = matcher.memo.get(text) or _facts(text, matcher)
    if keep_re is not None and keep_re.search(text):
        return Decision(GOOD, words=words, sentence=sentence, forced=True)
    cls = SHORT
    ev = line.evidence
    if ev is not None:
        from .evidence import judge  # the HTML front end's evidence; text mode never imports it
        d = Decision(SHORT, words=words, sentence=sentence)
        judge(line, d)
        if d.cls == BAD and d.category not in disabled:
            return d
        cls = GOOD if d.cls == GOOD else SHORT  # judge only ever sets cls (GOOD) or drops the line (BAD)
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


def _facts(text: str, matcher: Matcher) -> tuple:
    """What a line says on its own: measures and the first rule that matches.

    Pages repeat lines (menus, share bars, footers: half the lines of a crawl
    were seen before), so the answer is memoised per matcher, in a table of
    bounded size.
    """
    memo = matcher.memo
    facts = memo.get(text)
    if facts is not None:
        return facts
    lower = text.lower()
    ascii_bytes = lower.encode("ascii") if text.isascii() else None
    cjk = 0
    folded = lower  # ASCII and the uncased _WORDLESS fold plainly (see Matcher.match)
    if ascii_bytes is not None:
        tokens = ascii_bytes.translate(_ASCII_WORD_BYTES).decode("ascii").split()
        words = len(tokens)
    elif not _BEYOND_ASCII_AND_WORDLESS.search(text):
        tokens = lower.encode("ascii", "replace").translate(_ASCII_WORD_BYTES).decode("ascii").split()
        words = len(tokens)
    else:
        folded = None
        tokens = _WORD.findall(lower)
        words = len(tokens)
        if _MAY_BE_CJK.search(text) and _CJK.search(text):
            cjk = len(_CJK.findall(text))
            words = max(words, cjk // 2)
    end = text.rstrip(_CLOSERS)[-1:]
    terminal = end in _TERMINALS or (not end.isascii() and _ENDS_WITH_EMOJI.search(text) is not None)
    sentence = words >= 3 and (terminal and _starts_sentence(text) or _is_bullet(text))
    rule = matcher.match(text, tokens, folded)
    stops = sentences = punct = 0
    if rule is None or rule.role == "tail":  # a tail rule decides later: the line is measured like any other
        stops = sum(map(STOPWORDS.__contains__, tokens))
        if words >= NEAR_MIN_WORDS:  # the sentence measures only matter for lines that may be body
            if ascii_bytes is not None:
                sentences = len(_ASCII_SENTENCE_BREAK.findall(text)) + terminal
                punct = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_PUNCT))
            else:
                sentences = len(_SENTENCE_BREAK.findall(text)) + terminal
                punct = len(_PUNCT.findall(text))
    facts = (words, sentence, terminal, stops, sentences, punct, cjk > 0, rule)
    if len(text) <= MEMO_MAX_LINE:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[text] = facts
    return facts


def _starts_sentence(text: str) -> bool:
    first = text.lstrip(_OPENERS)[:1]
    # Upper case, a digit, or a letter of a script without case (Arabic, Hebrew, Devanagari, CJK...).
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def _is_bullet(text: str) -> bool:
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
        if d.cls != SHORT or d.words < _BODY_CLASS_MIN_WORDS or _is_url(line.text):
            continue  # shorter lines are neither body nor near it
        dense = d.cjk or not known_language or d.stops / d.words >= GOOD_MIN_STOP_DENSITY
        prose = dense or d.sentences >= 3
        punctuated = d.punct * WORDS_PER_PUNCT >= d.words  # prose has commas and stops; lists of links do not
        if d.words >= GOOD_MIN_WORDS and d.terminal and prose or d.words >= GOOD_LONG_WORDS and prose and punctuated:
            d.cls = GOOD
        elif d.words >= NEAR_MIN_WORDS and dense:
            d.near = True


# The fewest words of a line _body_class makes GOOD or near.
_BODY_CLASS_MIN_WORDS = min(GOOD_MIN_WORDS, GOOD_LONG_WORDS, NEAR_MIN_WORDS)


def _is_url(text: str) -> bool:
    """A web address alone on a (whitespace-normalised) line."""
    return text.startswith(("http://", "https://", "www.")) and " " not in text


def _main_text(lines: list[Line], decisions: list[Decision]) -> None:
    """Keep the main text: the biggest block of body lines, and the blocks next to it.

    Body lines (GOOD) are grouped into blocks; a block ends where furniture
    interrupts: a list heading, a paywall or comment marker, a menu, a byline
    or date after an article's worth of text (the next item of a list), or a
    long stretch of short lines. The article grows outward from the biggest
    block while the next block has at least :data:`MIN_BLOCK_SHARE` of its
    words; past the first one that does not, nothing is kept. Teasers and
    footers are small blocks apart from the article. A comment-section
    marker after the article (once :data:`COMMENTS_AFTER_WORDS` words of
    body have passed, or any body when comment-author lines follow) starts
    the comments: every block after it goes. A comment's own header ("Jane
    says:", "Hi Jane,") counts only with another after it: one alone can
    introduce a quote or an e-mail in the article. A copyright notice after
    that much body closes the article too: what follows it is the site's
    (teasers, footers). So do three byline lines in a row (the authors or
    dates of a list of other stories), unless the text before them is small
    beside what follows: then they head the article itself, below a page's
    teasers. Three "By Jane Doe" lines need half the size of what follows;
    a byline and its dates, which also head a single story, twice.

    Layout counts too: where paragraphs are set apart by blank lines, a run
    of body lines packed without them (a teaser list: headline and summary
    per line) is a block of its own, and it must outweigh the spaced text
    to be kept.
    """
    blocks: list[list[int]] = []
    # Per block: (None, or the (category, rule) of the marker that closed the article
    # before it; the strength of a run of bylines before it, as `listing` below).
    in_comments: list = []
    gap_short = 0
    gap_break = True
    closed: tuple[str, str] | None = None
    body_words = 0
    bylines = authors = 0  # byline lines (and "By Jane Doe" lines among them) since the last body line
    listing = 0  # a run of BYLINE_LIST byline lines after an article's worth of text: 1, or 2 when they name authors
    authors_left = sum(d.rule in _THREAD_MARKS for d in decisions)
    for i, d in enumerate(decisions):
        if d.cls == GOOD:
            if gap_break or gap_short >= BLOCK_BREAK_LINES:
                blocks.append([])
                in_comments.append((closed, listing))
            blocks[-1].append(i)
            body_words += d.words
            gap_short, gap_break, bylines, authors = 0, False, 0, 0
        elif d.words:
            if d.cls == BAD and (d.role in ("heading", "barrier") or d.rule == "menu-run" or (
                    d.category == "byline" and body_words >= ITEM_AFTER_WORDS)):
                # A byline or date after an article's worth of text starts another item (a teaser, a post).
                gap_break = True
                bylines += d.category == "byline"
                authors += d.rule == "byline"  # "By Jane Doe" lines: one story's header has one, with its dates
                if bylines >= BYLINE_LIST:  # the authors of a list of other stories, or its dates
                    listing = max(listing, 2 if authors >= BYLINE_LIST else 1)
                if closed is None and d.category == "comments" and (
                        # One "Jane Doe said:" can introduce a quote; a thread has several.
                        authors_left >= COMMENT_AUTHORS if d.rule in _THREAD_MARKS else
                        body_words >= COMMENTS_AFTER_WORDS or (body_words and authors_left >= COMMENT_AUTHORS)):
                    closed = ("comments", "comment-thread")
            elif closed is None and d.category == "copyright" and d.stage == "rules" and body_words >= COMMENTS_AFTER_WORDS:
                # The notice itself, not an element the DOM calls "copyright" (image credits often are).
                closed = (d.category, f"after-{d.rule}")
                gap_break = True
            elif not d.sentence:
                gap_short += 1
            if d.rule in _THREAD_MARKS:
                authors_left -= 1
    packed = [False] * len(blocks)
    is_spaced = [lines[i].blank_before or lines[i].blank_after for b in blocks for i in b]
    if sum(is_spaced) * 2 > len(is_spaced):
        # Paragraphs are set apart by blank lines on this page: packed runs are blocks of their own.
        blocks, in_comments, packed = _split_packed(blocks, in_comments, lines)
    if len(blocks) < 2:
        return
    scores = [sum(decisions[i].words for i in b) for b in blocks]
    tags_listed = [c[1] for c in in_comments]
    in_comments = [c[0] for c in in_comments]
    listed = [k for k in range(len(blocks)) if tags_listed[k]]
    share = LISTED_SHARE if listed and max(tags_listed) == 2 else DATES_LISTED_SHARE
    if listed and max(scores[:listed[0]], default=0) >= share * max(scores[k] for k in listed):
        # Otherwise the bylines head the article itself (byline, date, update) below
        # a page's teasers, and close nothing.
        in_comments = [c or (_BYLINE_LIST if tags_listed[k] else None) for k, c in enumerate(in_comments)]
    article = [k for k in range(len(blocks)) if not in_comments[k]]
    main = max([k for k in article if not packed[k]] or article, key=scores.__getitem__)
    best = scores[main]
    keep = [False] * len(blocks)
    keep[main] = True
    # The article is one stretch of text: grow it from the main block while the
    # next block out is big enough; past the first one that is not, nothing is.
    for step in (-1, 1):
        k = main + step
        while 0 <= k < len(blocks):
            share = PACKED_BLOCK_SHARE if packed[k] else MIN_BLOCK_SHARE
            if in_comments[k] or scores[k] < share * best or (step == 1 and _boxed(blocks[k], lines, decisions)):
                break
            keep[k] = True
            k += step
    for k, block in enumerate(blocks):
        if keep[k]:
            continue
        category, rule = in_comments[k] or ("boilerplate", "small-text-block")
        for i in block:
            d = decisions[i]
            if not d.forced:
                d.cls, d.keep, d.stage, d.category, d.rule = BAD, False, "context", category, rule


def _boxed(block: list[int], lines: list[Line], decisions: list[Decision]) -> bool:
    """A short block after the article, with the same kind of site pitch right
    above and right below it, and written in the site's voice ("we", "you"), is
    the text of a promo or donation box ("Support us", its text, "Support us")."""
    if len(block) > BOXED_MAX_LINES or not all(_SITE_VOICE.search(lines[i].text) for i in block):
        return False
    sides = []
    for start, step in ((block[0] - 1, -1), (block[-1] + 1, 1)):
        i = start
        while 0 <= i < len(decisions) and not decisions[i].words:
            i += step
        sides.append(decisions[i] if 0 <= i < len(decisions) else None)
    return all(d is not None and d.cls == BAD and d.stage == "rules" and d.role != "inline" and d.category in _BOX_CATEGORIES
               for d in sides) and sides[0].category == sides[1].category


def _split_packed(blocks: list[list[int]], in_comments: list, lines: list[Line]):
    """Cut runs of at least PACKED_MIN_RUN packed lines (no blank line on either side) out of blocks."""
    out_blocks: list[list[int]] = []
    out_comments: list = []
    out_packed: list[bool] = []
    for block, comments in zip(blocks, in_comments):
        runs: list[tuple[bool, list[int]]] = []
        for i in block:
            tight = not (lines[i].blank_before or lines[i].blank_after)
            if runs and runs[-1][0] == tight:
                runs[-1][1].append(i)
            else:
                runs.append((tight, [i]))
        current: list[int] = []
        for tight, run in runs:
            if tight and len(run) >= PACKED_MIN_RUN:
                if current:
                    out_blocks.append(current), out_comments.append(comments), out_packed.append(False)
                    current = []
                out_blocks.append(run), out_comments.append(comments), out_packed.append(True)
            else:
                current.extend(run)
        if current:
            out_blocks.append(current), out_comments.append(comments), out_packed.append(False)
    return out_blocks, out_comments, out_packed


def _is_menu_item(line: Line, d: Decision) -> bool:
    return (d.cls == SHORT and not d.forced and 0 < d.words <= MENU_MAX_WORDS and not d.sentence
            and not _is_bullet(line.text) and not d.terminal)


def _menu_runs(lines: list[Line], decisions: list[Decision], repeats: dict[int, int]) -> None:
    """Runs of at least MENU_MIN_RUN menu-like lines are navigation.

    Lines a rule already dropped, repeats of earlier lines and lines without
    words neither extend nor end a run, so a run reads the same with or without them (cleaning
    twice gives the same text).
    """
    runs: list[list[Decision]] = [[]]
    for i, d in enumerate(decisions):
        if not d.words or d.cls == BAD or i in repeats:
            continue
        if _is_menu_item(lines[i], d):
            runs[-1].append(d)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) >= MENU_MIN_RUN:
            for r in run:
                r.cls, r.keep, r.stage, r.category, r.rule = BAD, False, "context", "navigation", "menu-run"


def _context(lines: list[Line], decisions: list[Decision], repeats: dict[int, int]) -> None:
    """Give every SHORT line the class its neighbourhood implies (repeats are looked through)."""
    idx = [i for i, line in enumerate(lines) if line.text and i not in repeats]
    if not any(decisions[i].cls == GOOD for i in idx):
        # No line reads as body on its own: let sentence-like lines anchor the body.
        for i in idx:
            if decisions[i].cls == SHORT and decisions[i].sentence:
                decisions[i].cls = GOOD
    if not any(decisions[i].cls == GOOD for i in idx):
        for i in idx:
            decisions[i].keep = decisions[i].cls != BAD
        return

    for i in idx:
        decisions[i].keep = decisions[i].cls != BAD
    # Judge each maximal run of SHORT lines by the anchors around it; lines of
    # transparent categories (ad markers, share bars) are neither.
    left: int | None = None
    run: list[int] = []
    for pos, i in enumerate(idx):
        d = decisions[i]
        if d.cls == SHORT:
            run.append(i)
        elif _is_hard(d):
            if run:
                right = GOOD if _body_follows(idx, pos, decisions) else d.cls
                _judge_run(run, lines, decisions, _side(left, decisions), right)
                run = []
            left = i
    if run:
        _judge_run(run, lines, decisions, _side(left, decisions), None)
    # A barrier (paywall, comment section) with no body after it ends the article.
    _barrier_tail(idx, decisions)


def _body_follows(idx: list[int], pos: int, decisions: list[Decision]) -> bool:
    """Whether body starts after nothing but a few furniture lines (a page's
    header block between headline and text: byline, date, share bar, a
    comment-count link)."""
    for i in idx[pos:pos + HEADER_BLOCK_MAX + 1]:
        d = decisions[i]
        if d.cls == GOOD:
            return True
        if d.cls != BAD or d.role == "heading" or d.rule in ("menu-run", "small-text-block"):
            return False
    return False


def _lists_under_headings(decisions: list[Decision]) -> None:
    """The short lines right after a list heading ("Most read", "Related") are its list.

    A promo box (a heading, a one-line pitch, a button) goes whole too: a
    line of at most :data:`BOX_MAX_WORDS` words between a heading and another
    furniture line belongs to the box even when it reads like a sentence.
    """
    lines = [d for d in decisions if d.words]
    heading: Decision | None = None
    taken = 0
    for k, d in enumerate(lines):
        if d.cls == BAD and d.role == "heading":
            heading, taken = d, 0
        elif heading is not None and not d.forced and taken < HEADING_LIST_MAX and (
                d.cls == SHORT or (taken == 0 and d.cls == GOOD and d.words <= BOX_MAX_WORDS
                                   and k + 1 < len(lines) and lines[k + 1].cls == BAD)):
            d.cls, d.keep, d.stage, d.category, d.rule = BAD, False, "context", heading.category, f"{heading.rule}-list"
            taken += 1
        elif d.cls != BAD or d.role != "inline":
            heading = None


def _is_hard(d: Decision) -> bool:
    """Lines that bound the body: body itself, and furniture that separates blocks
    (list headings, paywalls, comment sections, menus, dropped text blocks).
    Other furniture lines (a byline, a share bar, an ad marker) sit inside a
    page's flow and are looked through."""
    return d.cls == GOOD or d.role in ("heading", "barrier") or d.rule in ("menu-run", "small-text-block") or d.stage == "html"


def _side(i: int | None, decisions: list[Decision]) -> str | None:
    return None if i is None else decisions[i].cls


def _judge_run(run: list[int], lines: list[Line], decisions: list[Decision], left: str | None, right: str | None) -> None:
    """Decide a run of SHORT lines from the anchors on its two sides."""
    if left == GOOD and right == GOOD:
        return  # inside the body: one-line paragraphs, subheadings, captions
    if left != GOOD and right != GOOD:
        if left is None and right is None:
            return  # nothing decided around it: keep
        for i in run:
            _drop(decisions[i], "context", "boilerplate", "short-lines-among-furniture")
        return
    above = right == GOOD          # the run ends where the body starts
    titles = 0
    data_list = set() if above else _data_list(run, lines, decisions)
    for pos, i in enumerate(reversed(run) if above else run):
        d = decisions[i]
        if i in data_list:
            continue  # a list of dates, amounts or quantities goes on from the body
        if d.sentence and (pos < NEAR_MAX_DISTANCE or d.near):
            continue
        if above and d.near and pos < NEAR_MAX_DISTANCE:
            continue
        if above and titles < HEADLINES_ABOVE_BODY and pos < HEADLINES_ABOVE_BODY and _is_title(lines[i], d):
            titles += 1
            continue
        rule = "short-lines-above-body" if above else "short-lines-below-body"
        _drop(d, "context", "boilerplate", rule)


def _data_list(run: list[int], lines: list[Line], decisions: list[Decision]) -> set[int]:
    """The lines below the body that form a list of data (tour dates, ingredients,
    results): at least DATA_LIST_MIN consecutive lines with a digit each, or one
    long line with twice as many numbers (the list with its line breaks lost),
    reached from the body through sentences and at most one heading. Menus and
    headline lists rarely number every item."""
    start = titles = 0
    while start < len(run) and not _DIGIT.search(lines[run[start]].text):
        d = decisions[run[start]]
        if not d.sentence:
            if titles or not _is_title(lines[run[start]], d):
                return set()
            titles += 1  # the list's own heading ("Tour dates")
        start += 1
    end = start
    while end < len(run) and _DIGIT.search(lines[run[end]].text):
        end += 1
    if end - start == 1 and decisions[run[start]].words >= GOOD_LONG_WORDS and (
            len(_NUMBER.findall(lines[run[start]].text)) >= 2 * DATA_LIST_MIN):
        return set(run[:end])  # the list flattened into one long line ("June 9 – Tampa June 10 – ...")
    return set(run[:end]) if end - start >= DATA_LIST_MIN else set()  # with its heading


def _is_title(line: Line, d: Decision) -> bool:
    return 2 <= d.words <= TITLE_MAX_WORDS and _starts_sentence(line.text)


def _barrier_tail(idx: list[int], decisions: list[Decision]) -> None:
    """After a barrier (a paywall, a plan chooser, a comment section) with no
    body below it, everything goes, each line under the barrier above it."""
    last_body = max((i for i in idx if decisions[i].cls == GOOD and decisions[i].keep), default=-1)
    barrier: Decision | None = None
    for i in idx:
        d = decisions[i]
        if i <= last_body:
            continue
        if d.cls == BAD and d.role == "barrier":
            barrier = d
        elif barrier is not None and not d.forced and (d.keep or (d.stage == "context" and d.category == "boilerplate")):
            _drop(d, "context", barrier.category, f"after-{barrier.rule}")


def _tail(lines: list[Line], decisions: list[Decision]) -> None:
    """Tail furniture (an author's bio, "About the author") ends the article:
    the first such kept line with at least TAIL_BEFORE_WORDS words of body
    kept before it goes, with everything kept after it, if it ends the
    article. A line that reads as body ("Jane Doe is a reporter for …") ends
    it when no body line is kept after it; a heading ("About the author")
    when at most TAIL_AFTER_WORDS are kept after it (the bio under it)."""
    after = sum(d.words for d in decisions if d.keep)
    good_after = sum(d.keep and d.cls == GOOD for d in decisions)
    before = 0
    for k, d in enumerate(decisions):
        if not d.keep:
            continue
        after -= d.words
        good_after -= d.cls == GOOD
        last = good_after == 0 if d.cls == GOOD else after <= TAIL_AFTER_WORDS
        if d.tail is not None and before >= TAIL_BEFORE_WORDS and last and not d.forced:
            rule = d.tail
            _drop(d, "context", rule.category, rule.name)
            for rest in decisions[k + 1:]:
                if rest.keep:
                    _drop(rest, "context", rule.category, f"after-{rule.name}")
            # The short lines between the body and the tail were kept as lying
            # between two body lines; now they end the text: judge them so, as
            # cleaning the output again would (idempotence).
            run: list[int] = []
            for j in range(k - 1, -1, -1):
                if not decisions[j].keep or not decisions[j].words:
                    continue
                if decisions[j].cls != SHORT:
                    break
                run.append(j)
            if run:
                _judge_run(run[::-1], lines, decisions, GOOD, None)
            return
        before += d.words


def _repeats(lines: list[Line], decisions: list[Decision]) -> dict[int, int]:
    """Later copies of a line (at least DUPLICATE_MIN_WORDS words) -> index of its first copy.

    The context pass looks through them, so a page reads the same with or
    without its repeats (cleaning twice gives the same text).
    """
    first: dict[str, int] = {}
    repeats: dict[int, int] = {}
    for i, (line, d) in enumerate(zip(lines, decisions)):
        if d.cls == BAD or d.words < DUPLICATE_MIN_WORDS or d.forced:
            continue
        if line.evidence is not None and line.evidence.body:
            continue  # the DOM says the article repeats itself on purpose (a schedule, a refrain)
        j = first.setdefault(line.text.casefold(), i)
        if j != i:
            repeats[i] = j
    return repeats


def _duplicates(lines: list[Line], decisions: list[Decision], repeats: dict[int, int]) -> None:
    """A repeated line goes when its first copy stays, and shares its fate otherwise.

    An article that repeats several of its own lines (both copies between its
    first and its last body line) does it on purpose: a meal plan's "Eat every
    2–3 hours", a schedule, a refrain. Those copies stay. One line repeated
    again and again is a gallery's caption or a teaser, and goes.
    """
    body = [k for k, d in enumerate(decisions) if d.keep and d.cls == GOOD and k not in repeats]
    first, last = (body[0], body[-1]) if body else (0, -1)
    inside = {j for i, j in repeats.items() if first < j and i < last and decisions[j].keep and not _is_url(lines[j].text)}
    for i, j in repeats.items():
        d, original = decisions[i], decisions[j]
        if len(inside) >= REPEATED_STRUCTURE and j in inside and i < last:
            continue
        if original.keep:
            _drop(d, "duplicate", "duplicate", "repeated-line")
        elif d.keep and not original.keep:
            _drop(d, original.stage, original.category, original.rule)


def _drop_headline(lines: list[Line], decisions: list[Decision]) -> None:
    for line, d in zip(lines, decisions):
        if d.keep:
            if d.cls != GOOD and _is_title(line, d):
                _drop(d, "config", "headline", "headline")
            return


def _drop(d: Decision, stage: str, category: str, rule: str) -> None:
    if d.forced:
        return
    d.keep, d.stage, d.category, d.rule = False, stage, category, rule
