"""The context stage: each line judged by its neighbours, the article found, the furniture around it cut.

Runs after the context-free pass (:mod:`cleantext.classify`), which gave every
line its rules, measures and class (``GOOD`` body, ``BAD`` furniture, ``SHORT``
ambiguous). Here, in order: menu runs; the article's blocks and what closes it
(comment threads, copyright footers, lists of other stories); the lists under
list headings; short lines by the lines around them; barriers with nothing
after them; duplicates; tail furniture. docs/DESIGN.md walks through the passes.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import regex

from .classify import GOOD_LONG_WORDS, NEAR_MAX_DISTANCE, is_bullet, is_url, starts_sentence
from .config import Config
from .decision import BAD, GOOD, SHORT, Decision, drop
from .segment import Line

# Thresholds, named once.
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
LIST_ITEM_MIN_WORDS = 3      # an item of an announced list below the body has at least this many words
HEADING_LIST_MAX = 15        # at most this many lines under a list heading go with it
DUPLICATE_MIN_WORDS = 3      # a repeated line this long is dropped after its first occurrence
TAIL_BEFORE_WORDS = 150      # tail furniture (a bio) ends an article only after this much body...
TAIL_AFTER_WORDS = 120       # ...and when at most this much is kept after it (a bio runs to about a hundred words)
REPEATED_STRUCTURE = 3       # an article that repeats this many different lines of its own keeps the copies
LABEL_MAX_WORDS = 2           # a comment marker this short is a bare label ("Comment"), which a table's column has too
TEASER_STRIDE = 5             # a list of teasers: one summary paragraph every this many lines at most
FALLBACK_MIN_LINES = 2       # ...counting blocks of at least this many paragraphs
FALLBACK_CUT_SHARE = 1.0    # the article finder is distrusted when it cuts a block larger than this share of what it keeps
BRIDGE_SHARE = 0.5           # a small block between the article and a block of this share of its main block is kept
BRIDGE_BLOCKS = 4            # ...when at most this many blocks of several paragraphs away
BRIDGE_SPAN = 12             # ...and at most this many blocks in all
SECTION_WORDS = 200          # a block of several paragraphs this long is the article's too, however long its main block
TEASER_MIN = 3               # this many summaries under headlines in one block make it a list of teasers
TEASER_MAX_WORDS = 50        # ...a teaser's summary being at most this long
BOXED_MAX_LINES = 2          # a block this short between two lines of site furniture belongs to them

_DIGIT = regex.compile(r"\d")
# A line of program code (braces, statements, assignments, calls, comments, directives,
# tags): a code sample in the article, never a menu item.
_CODE_MARKS = frozenset("{};=()#/<")  # a line with none of these is no code (the cheap test first)
_CODE = regex.compile(r"[{};]|\S\s?=\s?\S|\w\(\)|^\s*(?://|/\*|#\s*(?:include|define|import|!)|<\/?[a-z][\w-]*[\s>])", regex.IGNORECASE)
_NAME_WORD = r"\p{Lu}(?:\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?|\.)"
_NAME_LINE = regex.compile(rf"{_NAME_WORD}(?: (?:(?:van|von|de|da|del|der|den|di|du|dos|das|la|le) )?{_NAME_WORD}){{1,2}}")
_NUMBER = regex.compile(r"\d+")
# Lines that head one comment of a thread ("Jane Doe says:", "Hi Jane,"): one alone may be body.
_THREAD_MARKS = frozenset({"comment-author", "comment-salutation"})
_BYLINE_LIST = ("related", "byline-list")
# A site speaking to its readers: first person plural or second person.
_SITE_VOICE = regex.compile(r"\b(?:we|us|our|you|your|wir|uns|unser\w*|ihr|euch|nous|notre|nos|vous|votre|vos|nosotros|nuestr[oa]s?|usted(?:es)?"
                            r"|noi|nostr[oaie]|voi|vostr[oaie]|nós|noss[oa]s?|você|vocês|my|nas|nasz\w*|wy|was|wasz\w*)\b", regex.IGNORECASE)
# Furniture that sits inside an article's flow without ending it.
_INLINE_CATEGORIES = frozenset({"advertisement", "credit", "share", "copyright"})
# The site's pitches, which come in boxes of their own (a "Read also" or a share bar sits in the article's flow).
_BOX_CATEGORIES = frozenset({"promo", "paywall", "pricing"})


@dataclass(frozen=True)
class Preset:
    """How hard the context stage cuts (:attr:`cleantext.Config.favor`)."""

    cut_small_blocks: bool   # blocks of text apart from the article go for their size (lists of teasers go either way)
    judge_short_lines: bool  # short lines among furniture, above and below the body go
    titles: int              # title-like lines kept just above the body (headline, standfirst)
    near: int                # sentences within this many lines of the body stay with it
    block_share: float       # a block of text apart from the article needs this share of the main block


PRESETS = {
    "balanced": Preset(True, True, HEADLINES_ABOVE_BODY, NEAR_MAX_DISTANCE, MIN_BLOCK_SHARE),
    "recall": Preset(False, False, HEADLINES_ABOVE_BODY, NEAR_MAX_DISTANCE, MIN_BLOCK_SHARE),
    "precision": Preset(True, True, 1, 1, 2 * MIN_BLOCK_SHARE),
}


def decide(lines: list[Line], decisions: list[Decision], config: Config) -> tuple[str, ...]:
    """Judge every line in context; ``decisions`` come from :func:`cleantext.classify.classify`.

    Returns notes on the document as a whole: a distrusted decision and the
    safe pass that replaced it (``fallback/...``).
    """
    notes: list[str] = []
    preset = PRESETS[config.favor]
    repeats = _repeats(lines, decisions)
    _menu_runs(lines, decisions, repeats)
    if config.context:
        fallback = _main_text(lines, decisions, preset)
        if fallback:
            notes.append(fallback)
        _lists_under_headings(lines, decisions)
        _context(lines, decisions, repeats, preset)
    else:
        for d in decisions:
            d.keep = d.cls != BAD
    _duplicates(lines, decisions, repeats)
    _tail(lines, decisions, preset)
    if not config.keep_headline:
        _drop_headline(lines, decisions)
    if not config.keep_captions:
        for line, d in zip(lines, decisions):
            if d.keep and line.caption:
                drop(d, "config", "caption", "caption-line")
    return tuple(notes)


def _main_text(lines: list[Line], decisions: list[Decision], preset: Preset = PRESETS["balanced"]) -> str | None:
    """Keep the main text: the biggest block of body lines, and the blocks next to it.

    Body lines (GOOD) are grouped into blocks; a block ends where furniture
    interrupts: a list heading, a paywall or comment marker, a menu, a byline
    or date after an article's worth of text (the next item of a list), or a
    long stretch of short lines. The article grows outward from the biggest
    block while the next block has at least :data:`MIN_BLOCK_SHARE` of its
    words, or it is a stretch of paragraphs of :data:`SECTION_WORDS` words,
    or the block past it is another stretch of the article (several
    paragraphs, :data:`BRIDGE_SHARE` of the biggest block's words, not a
    dialog); past the first one that does not, nothing is kept. Teasers and
    footers are small blocks apart from the article. A comment-section
    marker after the article (once :data:`COMMENTS_AFTER_WORDS` words of
    body have passed, unless that much prose follows it before anything of
    a thread; or any body when comment-author lines follow) starts
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
    found = block_words = 0  # words of the biggest block so far (an article is found above once it is big enough), of this one
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
            block_words = d.words if len(blocks[-1]) == 1 else block_words + d.words
            found = max(found, block_words)
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
                        # A barrier closes the article only once the article has been found above it.
                        body_words and authors_left >= COMMENT_AUTHORS if d.rule in _THREAD_MARKS else
                        (found >= COMMENTS_AFTER_WORDS and not (d.words <= LABEL_MAX_WORDS and _unthreaded_prose_follows(decisions, i)))
                        or (body_words and authors_left >= COMMENT_AUTHORS)):
                    closed = ("comments", "comment-thread")
            elif (closed is None and d.category == "copyright" and d.stage == "rules" and found >= COMMENTS_AFTER_WORDS
                  and not _prose_follows(decisions, i)):
                # The notice itself, not an element the DOM calls "copyright" (image credits often are),
                # and not a credit in a caption inside the story (an article's worth of prose follows it).
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
        return None
    # A list of teasers (a headline, its summary, again and again) weighs like a packed run.
    packed = [p or _teasers(b, lines, decisions) for p, b in zip(packed, blocks)]
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
    if not article:
        return None
    main = max([k for k in article if not packed[k]] or article, key=scores.__getitem__)
    # The article is one stretch of text: grow it from the main block while the
    # next block out is big enough; past the first one that is not, nothing is.
    grow = _Growth(blocks, scores, packed, in_comments, preset, lines, decisions)
    keep = grow(main, bridge=False)
    # The safety net. Teasers come one paragraph at a time; an article's text, several
    # paragraphs in a row. When the blocks of several paragraphs that size alone would cut
    # outweigh all that is kept, distrust the decision: the article is the stretch from the
    # first to the last of them (what a trusted barrier closes still goes).
    kept = sum(scores[k] for k in range(len(blocks)) if keep[k])
    prose = [k for k in range(len(blocks)) if not keep[k] and not in_comments[k] and len(blocks[k]) >= FALLBACK_MIN_LINES
             and not _furnished(blocks[k], decisions)]
    cut = sum(scores[k] for k in prose)
    note = None
    if cut > kept * FALLBACK_CUT_SHARE:
        span = [k for k in range(len(blocks)) if keep[k]] + prose
        for k in range(min(span), max(span) + 1):
            keep[k] = keep[k] or not in_comments[k]
        note = f"fallback/prose-cut: the article finder would have kept {kept} words of prose and cut {cut} in blocks of several paragraphs"
    else:
        # Small blocks between the article and another big stretch of its paragraphs are
        # part of it (a short section, a caption, a list between sections). This growth only
        # adds to the plain one, whose size alone the safety net judges.
        keep = [a or b for a, b in zip(keep, grow(main, bridge=True))]
    if not preset.cut_small_blocks:  # recall: only what a barrier closes and lists of teasers go
        keep = [not in_comments[k] and (keep[k] or not packed[k]) for k in range(len(blocks))]
    for k, block in enumerate(blocks):
        if keep[k]:
            continue
        category, rule = in_comments[k] or ("boilerplate", "small-text-block")
        for i in block:
            d = decisions[i]
            if not d.forced:
                d.cls, d.keep, d.stage, d.category, d.rule = BAD, False, "context", category, rule
    return note


class _Growth:
    """The article grown out from its main block, block by block (see :func:`_main_text`)."""

    def __init__(self, blocks, scores, packed, in_comments, preset, lines, decisions):
        self.blocks, self.scores, self.packed, self.in_comments = blocks, scores, packed, in_comments
        self.preset, self.lines, self.decisions = preset, lines, decisions

    def __call__(self, main: int, *, bridge: bool) -> list[bool]:
        blocks, scores, packed, in_comments = self.blocks, self.scores, self.packed, self.in_comments
        best = scores[main]
        keep = [False] * len(blocks)
        keep[main] = True
        for step in (-1, 1):
            k = main + step
            while 0 <= k < len(blocks):
                if in_comments[k] or (step == 1 and _boxed(blocks[k], self.lines, self.decisions)):
                    break
                # A small block stops growth, unless it is a stretch of several paragraphs
                # of an article's size in words (beside a very long main block, 15% is more).
                # A packed run or a list of teasers must outweigh the article kept so far.
                if (scores[k] < PACKED_BLOCK_SHARE * sum(scores[m] for m in range(len(blocks)) if keep[m]) if packed[k]
                        else scores[k] < self.preset.block_share * best or (step == 1 and self._teaser_under_heading(k))) and not (
                        bridge and self._stretch(k, SECTION_WORDS, tight=True)):
                    j = self._bridge(k, step, best) if bridge else None
                    if j is None:
                        break
                    for m in range(k, j, step):
                        keep[m] = True
                    k = j
                keep[k] = True
                k += step
        return keep

    def _teaser_under_heading(self, k: int) -> bool:
        """Whether block ``k`` is one paragraph below a heading of related stories ("You might
        also like") after the block before it, and another single paragraph follows within
        :data:`TEASER_STRIDE` lines (its headline, date and byline between): the first of a
        list of teasers, however long, unless the article goes on past it (a "Read also"
        box inside the story), which only a bridge finds."""
        blocks = self.blocks
        if len(blocks[k]) > 1 or k + 1 == len(blocks) or len(blocks[k + 1]) > 1 or blocks[k + 1][0] - blocks[k][0] > TEASER_STRIDE:
            # One paragraph alone under a box of links is as often the story's last one.
            return False
        return any(d.cls == BAD and d.category == "related" and d.role == "heading"
                   for d in islice(self.decisions, blocks[k - 1][-1] + 1, blocks[k][0]))

    def _bridge(self, k: int, step: int, best: int) -> int | None:
        """The block past small ones from ``k`` on that is another big stretch of the
        article's paragraphs (several of them, :data:`BRIDGE_SHARE` of the main block's
        words or a tight :data:`SECTION_WORDS` of its own, not a dialog), at most
        :data:`BRIDGE_BLOCKS` blocks away; None if there is none."""
        passed = 1  # blocks of several paragraphs from k on, k's own counted as one
        for j in range(k + step, k + step * BRIDGE_SPAN, step):
            if not 0 <= j < len(self.blocks) or self.in_comments[j] or passed >= BRIDGE_BLOCKS:
                return None
            if self._stretch(j, BRIDGE_SHARE * best) or self._stretch(j, SECTION_WORDS, tight=True):
                return j
            passed += len(self.blocks[j]) > 1  # one-paragraph blocks (a table's rows between its cells) pass freely
        return None

    def _stretch(self, j: int, words: float, *, tight: bool = False) -> bool:
        """Whether block ``j`` is a stretch of an article's paragraphs: several of them, at
        least ``words`` words, not a dialog nor a list of titled items, and, ``tight``, not
        interleaved with more other lines (names, dates: a comment thread) than half its own."""
        block = self.blocks[j]
        if tight and sum(1 for d in islice(self.decisions, block[0], block[-1] + 1)
                         if d.words and d.cls != GOOD and not (d.role == "inline" or d.category in _INLINE_CATEGORIES)) > len(block) // 2:
            return False  # (an ad marker between each pair of paragraphs is the article's flow, not a thread)
        return (not self.packed[j] and len(block) >= FALLBACK_MIN_LINES and self.scores[j] >= words
                and not _furnished(block, self.decisions) and not self._headed(block))

    def _headed(self, block: list[int]) -> bool:
        """Whether most of a block's paragraphs sit right under a title of their own: a list
        of items (shows, products, stories, each with its blurb), not sections of a text."""
        decisions, lines = self.decisions, self.lines
        headed = 0
        for i in block:
            h = i - 1
            while h >= 0 and not decisions[h].words:
                h -= 1
            headed += h >= 0 and decisions[h].cls == SHORT and not decisions[h].terminal and _is_title(lines[h], decisions[h])
        return headed * 3 > len(block) * 2


def _unthreaded_prose_follows(decisions: list[Decision], i: int) -> bool:
    """Whether an article's worth of body text follows the comment marker at line ``i``
    before anything of a comment thread does (another comment line, a byline or a date):
    a lone "Comment" in a table or a caption is not a comment section."""
    words = 0
    for d in islice(decisions, i + 1, None):
        if d.cls == GOOD:
            words += d.words
            if words >= COMMENTS_AFTER_WORDS:
                return True
        elif d.cls == BAD and d.category in ("comments", "byline"):
            return False
    return False


def _furnished(block: list[int], decisions: list[Decision]) -> bool:
    """Whether rules found as many lines of site furniture among a block's lines, and right
    around them, as it has body lines: a dialog or a form (its buttons and its messages),
    not paragraphs of an article (whose ad markers and credits do not count)."""
    hits = sum(d.cls == BAD and d.stage == "rules" and d.role != "inline" and d.category not in _INLINE_CATEGORIES
               for d in islice(decisions, max(0, block[0] - 1), block[-1] + 2))
    return hits >= len(block)


def _prose_follows(decisions: list[Decision], i: int) -> bool:
    """Whether an article's worth of body text follows line ``i``, paragraph after paragraph,
    with nothing between them but the page's inline furniture (a credit, an ad marker, a
    share bar): a barrier never cuts off a run of prose that has none of its own kind of
    furniture in it."""
    words = 0
    for d in islice(decisions, i + 1, None):  # no copy of the page's tail for every notice
        if d.cls == GOOD:
            words += d.words
            if words >= COMMENTS_AFTER_WORDS:
                return True
        elif d.words and (d.cls == SHORT or not (d.stage == "rules" and (d.role == "inline" or d.category in _INLINE_CATEGORIES))):
            return False  # a paragraph run ends: teasers come a headline and a summary at a time
    return False


def _teasers(block: list[int], lines: list[Line], decisions: list[Decision]) -> bool:
    """Whether a block of text is a list of teasers: most of its body lines are short
    summaries, each right under a headline of its own (one title-like line, no sentence),
    perhaps under a kicker (a section name, a "sponsored" label)."""
    summaries = 0
    for prev, i in zip(block, block[1:]):
        between = [j for j in range(prev + 1, i) if decisions[j].words]
        # The headline, perhaps under a kicker (a section name, a "sponsored" label).
        if (1 <= len(between) <= 2 and decisions[i].words <= TEASER_MAX_WORDS and decisions[between[-1]].cls == SHORT
                and not decisions[between[-1]].terminal and decisions[between[0]].cls != GOOD
                and _is_title(lines[between[-1]], decisions[between[-1]])):
            summaries += 1
    return summaries >= TEASER_MIN and summaries * 2 >= len(block)


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
            and not is_bullet(line.text) and not d.terminal and (_CODE_MARKS.isdisjoint(line.text) or not _CODE.search(line.text)))


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


def _context(lines: list[Line], decisions: list[Decision], repeats: dict[int, int],
             preset: Preset = PRESETS["balanced"]) -> None:
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
                _judge_run(run, lines, decisions, _side(left, decisions), right, preset)
                run = []
            left = i
    if run:
        _judge_run(run, lines, decisions, _side(left, decisions), None, preset)
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


def _lists_under_headings(lines: list[Line], decisions: list[Decision]) -> None:
    """The short lines right after a list heading ("Most read", "Related") are its list.

    A promo box (a heading, a one-line pitch, a button) goes whole too: a
    line of at most :data:`BOX_MAX_WORDS` words between a heading and another
    furniture line belongs to the box even when it reads like a sentence,
    if body text stands above it, or it speaks to the reader in the site's
    voice ("we", "you"), or the box ends in more furniture: above all body, the
    first sentence of a story told in the third person, with the story going on
    under the next furniture line, is not a pitch.
    """
    texts = [line.text for line, d in zip(lines, decisions) if d.words]
    worded = [d for d in decisions if d.words]
    heading: Decision | None = None
    taken = body = 0
    for k, d in enumerate(worded):
        if d.cls == GOOD:
            body += d.words
        if d.cls == BAD and d.role == "heading":
            heading, taken = d, 0
        elif heading is not None and not d.forced and taken < HEADING_LIST_MAX and (
                d.cls == SHORT or (taken == 0 and d.cls == GOOD and d.words <= BOX_MAX_WORDS
                                   and k + 1 < len(worded) and worded[k + 1].cls == BAD
                                   and (body > d.words or _SITE_VOICE.search(texts[k]) is not None
                                        or not _story_follows(worded, k + 1)))):
            d.cls, d.keep, d.stage, d.category, d.rule = BAD, False, "context", heading.category, f"{heading.rule}-list"
            taken += 1
        elif d.cls != BAD or d.role != "inline":
            heading = None


def _story_follows(decisions: list[Decision], k: int) -> bool:
    """Whether, past the furniture lines from ``k`` on, body text comes next."""
    while k < len(decisions) and decisions[k].cls == BAD:
        k += 1
    return k < len(decisions) and decisions[k].cls == GOOD


def _is_hard(d: Decision) -> bool:
    """Lines that bound the body: body itself, and furniture that separates blocks
    (list headings, paywalls, comment sections, menus, dropped text blocks).
    Other furniture lines (a byline, a share bar, an ad marker) sit inside a
    page's flow and are looked through."""
    return d.cls == GOOD or d.role in ("heading", "barrier") or d.rule in ("menu-run", "small-text-block") or d.stage == "html"


def _side(i: int | None, decisions: list[Decision]) -> str | None:
    return None if i is None else decisions[i].cls


def _judge_run(run: list[int], lines: list[Line], decisions: list[Decision], left: str | None, right: str | None,
               preset: Preset = PRESETS["balanced"]) -> None:
    """Decide a run of SHORT lines from the anchors on its two sides."""
    if not preset.judge_short_lines:
        return  # recall: a short line goes only by a rule or inside a structure (menu, list)
    if left == GOOD and right == GOOD:
        return  # inside the body: one-line paragraphs, subheadings, captions
    if left != GOOD and right != GOOD:
        if left is None and right is None:
            return  # nothing decided around it: keep
        for i in run:
            drop(decisions[i], "context", "boilerplate", "short-lines-among-furniture")
        return
    above = right == GOOD          # the run ends where the body starts
    titles = 0
    data_list = set() if above else _data_list(run, lines, decisions)
    # A kept line below the body that announces a list ("It offers:") keeps the items under it.
    # (Not a line that goes itself: "Dieses Thema im Programm:" announces a broadcast, and
    # the output, cleaned again, would not have it.)
    announced = 0 if (above or not run or not run[0] or decisions[run[0] - 1].cls == BAD
                      or not _announces(lines[run[0] - 1].text)) else HEADING_LIST_MAX
    listed = True  # a bulleted list that starts right at the body goes on from it, item after item
    for pos, i in enumerate(reversed(run) if above else run):
        d = decisions[i]
        if i in data_list:
            continue  # a list of dates, amounts or quantities goes on from the body
        listed = listed and d.sentence and is_bullet(lines[i].text)
        if listed:
            continue
        if announced and d.words >= LIST_ITEM_MIN_WORDS and not _announces(lines[i].text):
            announced -= 1
            continue
        if d.sentence and (pos < preset.near or d.near):
            announced = HEADING_LIST_MAX if not above and _announces(lines[i].text) else 0
            continue
        announced = 0
        if above and _bare_name(lines[i].text) and _byline_zone(run, i, decisions) and any(
                _is_title(lines[j], decisions[j]) for j in run[:run.index(i)]):
            # A bare author name under the headline, beside the byline and dates.
            drop(d, "context", "byline", "bare-author-name")
            continue
        if above and d.near and pos < preset.near:
            continue
        if above and titles < preset.titles and pos < preset.titles and _is_title(lines[i], d):
            titles += 1
            continue
        rule = "short-lines-above-body" if above else "short-lines-below-body"
        drop(d, "context", "boilerplate", rule)


def _bare_name(text: str) -> bool:
    """A line that is only a person's name: two or three capitalised words (with the
    particles names carry), nothing else."""
    return _NAME_LINE.fullmatch(text) is not None


def _byline_zone(run: list[int], i: int, decisions: list[Decision]) -> bool:
    """Whether a byline or a date stands right above or right below line ``i``, or between
    it and the body (the run's last line and the body after it)."""
    for j in (i - 1, i + 1, *range(i + 1, run[-1] + 2)):
        if 0 <= j < len(decisions) and decisions[j].cls == BAD and decisions[j].category == "byline":
            return True
    return False


def _announces(text: str) -> bool:
    """A line that announces a list under it: it ends with a colon."""
    return text.rstrip().endswith(":")


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
    return 2 <= d.words <= TITLE_MAX_WORDS and starts_sentence(line.text)


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
            drop(d, "context", barrier.category, f"after-{barrier.rule}")


def _tail(lines: list[Line], decisions: list[Decision], preset: Preset = PRESETS["balanced"]) -> None:
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
            drop(d, "context", rule.category, rule.name)
            for rest in decisions[k + 1:]:
                if rest.keep:
                    drop(rest, "context", rule.category, f"after-{rule.name}")
            # Tail furniture comes in runs ("Got a story? Email us", "For more stories, see
            # our page"): the tail lines kept right above this one end the article with it,
            # as they would when the output is cleaned again (idempotence).
            # The short lines between the body and the tail were kept as lying between
            # two body lines; now they end the text: judge them so, as cleaning the output
            # again would (idempotence). Both again, while a run of them goes whole (a bio
            # under each author's name: "Jane Doe", "Jane Doe is a producer in Seoul.").
            while True:
                while True:
                    k -= 1
                    while k >= 0 and not decisions[k].keep:
                        k -= 1
                    if k < 0 or decisions[k].tail is None or decisions[k].forced:
                        break
                    drop(decisions[k], "context", decisions[k].tail.category, decisions[k].tail.name)
                run: list[int] = []
                for j in range(k, -1, -1):
                    if not decisions[j].keep or not decisions[j].words:
                        continue
                    if decisions[j].cls != SHORT:
                        break
                    run.append(j)
                if not run:
                    return
                _judge_run(run[::-1], lines, decisions, GOOD, None, preset)
                if any(decisions[j].keep for j in run):
                    return
                k = run[-1]
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
    inside = {j for i, j in repeats.items() if first < j and i < last and decisions[j].keep and not is_url(lines[j].text)}
    for i, j in repeats.items():
        d, original = decisions[i], decisions[j]
        if len(inside) >= REPEATED_STRUCTURE and j in inside and i < last:
            continue
        if original.keep:
            drop(d, "duplicate", "duplicate", "repeated-line")
        elif d.keep and not original.keep:
            drop(d, original.stage, original.category, original.rule)


def _drop_headline(lines: list[Line], decisions: list[Decision]) -> None:
    for line, d in zip(lines, decisions):
        if d.keep:
            if d.cls != GOOD and _is_title(line, d):
                drop(d, "config", "headline", "headline")
            return
