"""The HTML front end: a page -> blocks (one line each) with DOM evidence -> the one pipeline.

``clean_html``/``explain_html`` decode bytes (:func:`cleantext.encoding.decode`),
parse with lxml's HTML parser (never fetching anything: no network, no external
entities, no scripts), and turn the page into *blocks*: every block-level
element (``p``, ``li``, ``h2``, ``div``, a table row, ...) starts and ends a
block, inline elements join, ``<br>`` splits. Each block becomes one line of
the text given to :func:`cleantext.pipeline.explain_lines`, with one
:class:`cleantext.segment.Evidence` saying what the DOM knows about it (its
tag, source line, link density, heading/caption flags, and the furniture hint
of its element or an ancestor, from :mod:`cleantext.rules.dom`).

The walk is iterative (deep documents cannot exhaust the stack). One event
consumer (:class:`_Blocks`) is fed by two producers: a walk over the
parsed tree (which knows source lines), or, when libxml2 gives up on a tree
deeper than its limit, lxml's streaming target parser (no tree, no depth
limit, no source lines).

Tables: one line per row, cells joined by one space (no separator is added:
the output's characters are the page's characters).

Hidden elements (``hidden``, ``display: none``) are set aside, not read: their
blocks count only when they hold the article (see :func:`_reveal`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import islice

from .config import Config
from .encoding import decode
from .pipeline import clean_lines, explain_lines
from .result import Result
from .rules import dom
from .segment import Evidence

__all__ = ["clean_html", "explain_html", "blocks"]

#: A hinted element whose blocks hold at least this share of the page's prose
#: is not furniture after all (a layout wrapper with an unlucky class name, a
#: "read more" or "pagination" wrapper around the article's pages), unless the
#: page names the article's own text element: then only the elements holding it
#: are wrappers (a gallery set into the article, a live feed beside it wrap nothing).
#: Elements of one tag and class count together (an article split into many
#: "article-widget-text" elements).
HINT_MAX_SHARE = 0.5
#: A promo box (newsletter, subscribe, call to action) holding this many words of prose is not one.
PROMO_MAX_PROSE = 300
#: Prose: blocks of at least this many words with at most this share of link words.
PROSE_MIN_WORDS = 20
PROSE_MAX_LINKS = 0.3
#: Body containers: at least this share of the biggest one's prose words, in at least this many prose blocks.
BODY_CONTAINER_SHARE = 0.5
BODY_MIN_PARAGRAPHS = 2
#: The element named as the article's own text: it needs this many words of non-link text, and no
#: other such element (not nested in it) may hold this share of that.
OWN_MIN_WORDS = 30
OWN_RIVAL_SHARE = 0.5
#: Other <article> elements than the headline's go when the headline's holds this many words of prose.
OTHER_ARTICLES_MIN_PROSE = 60
#: Teaser lists: at least this many items in a row, each a linked headline of at least
#: TEASER_HEADLINE_WORDS words with a short summary (items up to TEASER_ITEM_MAX_WORDS words
#: in at most TEASER_ITEM_MAX_BLOCKS blocks), looked for up to TEASER_DEPTH elements up.
TEASER_MIN_ITEMS = 3
TEASER_HEADLINE_WORDS = 3
TEASER_ITEM_MAX_WORDS = 90
TEASER_ITEM_MAX_BLOCKS = 8
TEASER_SUMMARY_GAP = 4
TEASER_DEPTH = 12
#: A list whose element (or the one holding it) also holds a text block this long is set into
#: running text: a round-up article's items, not teasers.
TEASER_TEXT_WORDS = 8

#: Attribute values split into parts at whitespace, ``-``, ``_``, ``:``, ``.``, ``/`` and camelCase.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _parts(value: str) -> list[str]:
    """Attribute value -> lower-cased parts (split at separators and camelCase). A value that
    lower-casing leaves alone has no camelCase boundary."""
    lowered = value.lower()
    if lowered != value:
        lowered = _CAMEL.sub(" ", value).lower()
    # The separators as spaces, then str.split() (whitespace as in a regex's \s). Not str.translate:
    # with a mapping of a few characters it raises and swallows a KeyError for every other character.
    return lowered.replace("-", " ").replace("_", " ").replace(":", " ").replace(".", " ").replace("/", " ").split()


def _build_index() -> dict[str, list[tuple[tuple[str, ...], int, dom.DomToken]]]:
    """First part -> (parts, rank, token) of the tokens starting with it, in table order
    (a token's ``parts`` is a property: read once here, not per word)."""
    index: dict[str, list[tuple[tuple[str, ...], int, dom.DomToken]]] = defaultdict(list)
    for rank, tok in enumerate(dom.TOKENS):
        index[tok.parts[0]].append((tok.parts, rank, tok))
    return dict(index)


_TOKEN_INDEX = _build_index()
_ARTICLE_FIRST = {t[0] for t in dom.ARTICLE_TOKENS}
#: A word none of whose parts is among these names nothing (most class names and ids).
_FIRST_PARTS = frozenset(_TOKEN_INDEX) | _ARTICLE_FIRST
_NOTHING = (None, None, False)

_Found = tuple[int, dom.DomToken] | None   # a token found and its rank (its place in dom.TOKENS)


def match_token(values: list[str], *, article: bool = False) -> dom.DomToken | None:
    """The first furniture token (in table order) among attribute ``values``.

    Inside the article (``article=True``) only strong tokens count. A token
    right after a negating part (``no-comments``, ``has-sidebar``) does not.
    """
    best: _Found = None
    for value in values:
        for word in value.split():
            found = _word_facts(word)[article]
            if found is not None and (best is None or found[0] < best[0]):
                best = found
    return best[1] if best is not None else None


@lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[_Found, _Found, bool]:
    """(first token, first strong token, names the article's own text) of one space-free word of
    an attribute value; its parts are split once for both questions."""
    parts = _parts(word)
    if _FIRST_PARTS.isdisjoint(parts):
        return _NOTHING
    best: list[_Found] = [None, None]
    embed = not dom.EMBED_PARTS.isdisjoint(parts)
    for i, part in enumerate(parts):
        cands = _TOKEN_INDEX.get(part)
        if not cands or (i and parts[i - 1] in dom.NEGATING_PARTS):
            continue
        for tok_parts, rank, tok in cands:
            if tuple(parts[i:i + len(tok_parts)]) == tok_parts and not (embed and tok.category == "share"):
                for article in (False, True):
                    if (tok.strong or not article) and (best[article] is None or rank < best[article][0]):
                        best[article] = (rank, tok)
    return best[0], best[1], _names_article(parts)


def _names_article(parts: list[str]) -> bool:
    """Whether the parts of one space-free word hold a run of :data:`dom.ARTICLE_TOKENS`."""
    for i, part in enumerate(parts):
        if part in _ARTICLE_FIRST:
            for run in dom.ARTICLE_TOKENS:
                if tuple(parts[i:i + len(run)]) == run:
                    return True
    return False


_HINT_ATTRS = frozenset(dom.HINT_ATTRIBUTES)


@lru_cache(maxsize=16384)
def _analyse(pairs: tuple[tuple[str, str], ...], article: bool) -> tuple[bool, dom.DomToken | None, bool, bool]:
    """An element's hint attributes -> (marks the article container, furniture token, caption class,
    names the article's own text: ``itemprop=articleBody``, an article-body class).

    Memoised: pages repeat the same class names on many elements; a new combination is read from
    its words' memoised facts (:func:`_word_facts`)."""
    own = marker = caption = False
    best: _Found = None          # the first token of all
    best_strong: _Found = None   # ...and of the strong ones
    for k, v in pairs:
        for word in v.split():
            found, strong, named = _word_facts(word)
            if found is not None:   # (a strong token is a token: without one, there is no strong one)
                if best is None or found[0] < best[0]:
                    best = found
                if strong is not None and (best_strong is None or strong[0] < best_strong[0]):
                    best_strong = strong
            own = own or named
        caption = caption or "caption" in v.lower()
        if k == "role" or k == "itemprop":
            low = v.strip().lower()
            own = own or (k == "itemprop" and low == "articlebody")
            marker = marker or low in dom.ARTICLE_VALUES
    marker = own or marker
    found = best_strong if article or marker else best
    tok = found[1] if found is not None else None
    return marker, tok, tok is None and caption, own and tok is None


_NO_HINTS = (False, None, False, False)  # _analyse(())


@lru_cache(maxsize=4096)
def _named_by(pairs: tuple[tuple[str, str], ...], article: bool) -> tuple[str | None, str]:
    """Of hint attributes that name furniture: the id when only it does (maybe the slug of the
    section's heading: see _slug_sources), and the class value (elements alike: see _evidence)."""
    ids = [v for k, v in pairs if k == "id"]
    slug = ids[0] if ids and _analyse(tuple(p for p in pairs if p[0] != "id"), article)[1] is None else None
    return slug, " ".join(v for k, v in pairs if k == "class")


def _pairs(attrib) -> tuple[tuple[str, str], ...]:
    return tuple([(k, v) for k, v in attrib.items() if k in _HINT_ATTRS and v]) if attrib else ()


class _Ctx:
    """What holds for an element and its content."""

    __slots__ = ("hints", "article", "link", "caption", "heading", "skip", "tag", "line", "block", "up", "own", "hidden",
                 "linked")

    def __init__(self, hints=(), article=False, link=False, caption=False, heading=False, skip=False,
                 tag="", line=0, block=None):
        self.hints = hints        # ((category, token, source id, strong), ...) outermost first
        self.article = article    # inside <article>/<main>/articleBody: only strong tokens
        self.link = link
        self.caption = caption
        self.heading = heading
        self.skip = skip
        self.tag = tag            # the innermost block element's tag
        self.line = line          # ...and its source line
        self.block = block        # the innermost block element's context (self for blocks)
        self.up = None            # for a block element: the enclosing block element's context
        self.own = None           # the innermost element named as the article's own text (articleBody, entry-content)
        self.hidden = ()          # the hidden block elements around it (ids, outermost first): see _reveal
        self.linked = None        # the context of a link in it (made once)


def _link_context(parent: _Ctx) -> _Ctx:
    """The context of a link's content in ``parent``."""
    ctx = _Ctx(parent.hints, parent.article, True, parent.caption, parent.heading, False, parent.tag, parent.line,
               parent.block)
    ctx.own = parent.own
    ctx.hidden = parent.hidden
    return ctx


_ROOT = _Ctx(tag="body")
_ROOT.block = _ROOT
_ROOT.linked = _link_context(_ROOT)   # made here: the shared contexts are not changed while reading a page
_SKIP = _Ctx(skip=True)
#: Never text of the page: :data:`cleantext.rules.dom.SKIP_TAGS`, but a MathML formula is read (its
#: symbols are the article's, inline in its sentence), without its annotations (a TeX copy).
_SKIP_TAGS = dom.SKIP_TAGS - {"math"} | {"annotation", "annotation-xml"}
#: Inline elements that change their content's context (figure and figcaption are blocks: see _Blocks.start).
_CTX_CHANGING = _SKIP_TAGS | {"a", "br"} | dom.CELL_TAGS
_BLOCK_TAGS, _CELL_TAGS, _HEADING_TAGS = dom.BLOCK_TAGS, dom.CELL_TAGS, dom.HEADING_TAGS
_ARTICLE_TAGS, _TAG_HINTS = dom.ARTICLE_TAGS, dom.TAG_HINTS
_new = object.__new__
#: The tags that say something of a block without hint attributes (the article, the headline, furniture tags).
_HINT_TAGS = dom.ARTICLE_TAGS | {"h1"} | frozenset(dom.TAG_HINTS)


class _Blocks:
    """Event consumer: start/end/data events -> blocks with their context."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, _Ctx]] = []
        self.out: list[tuple[str, _Ctx, int, int, int]] = []   # text, block context, words, link words, leading link words
        self.parts: list[str] = []
        self.words = 0
        self.link_words = 0
        self.lead = -1   # link words before the block's first non-link text (-1: none yet)
        self.cur: _Ctx | None = None
        self.next_src = 0
        self.anchored: list[tuple[int, tuple[int, ...]]] = []  # hint sources holding the article's own container
        # (with the hidden elements the container sits in)
        self.next_hidden = 0
        self.broke = False   # a <br> (or <hr>) since the last line: the next text starts a line of its own
        self.slugs: dict[int, list[str]] = {}  # hint sources named by their id alone -> the id's words
        self.kinds: dict[int, tuple] = {}  # hint sources named by a class -> (tag, class value): sibling elements alike
        self.made: list[_Ctx] = []   # the block contexts made for the page (see release)

    # -- events -------------------------------------------------------------------------
    def start(self, tag, attrib, line: int = 0, markup: bool = False) -> None:
        """An element starts. ``markup``: a template script whose text the producer
        parses and feeds next, as the element's content (see :func:`_markup_type`)."""
        stack = self.stack
        parent = stack[-1][1] if stack else _ROOT
        if not isinstance(tag, str):
            stack.append(("", parent))
            return
        tag = tag.lower()
        if parent.skip:
            stack.append((tag, parent))
            return
        # Markup a script would insert (a template, a <noscript> copy): set aside like hidden content.
        aside = markup or tag == "noscript"
        # Custom elements are blocks when they name furniture or the article (<amp-ad>,
        # <cookie-banner>, <x-meta class="date">); others (<mjx-container>, a formula in a
        # sentence) are inline, as browsers show them.
        if not (aside or tag in _BLOCK_TAGS or "-" in tag and _custom_block(tag, attrib)):
            if tag in _CTX_CHANGING:
                self._special(tag, attrib, parent)
                return
            if not attrib:
                stack.append((tag, parent))
                return
            if "hidden" in attrib or _hiding_style(attrib.get("style")):   # (_hidden, inlined)
                stack.append((tag, _SKIP))
                return
            if not (parent.caption and _analyse(_pairs(attrib), True)[1] is not None):
                stack.append((tag, parent))
                return
            # A credit set into a caption ("<span class=credit>"): a block of its own.
        # A block element.
        if attrib:
            hidden, pairs = _read(attrib)
        else:
            hidden, pairs = False, ()
        if tag in _SKIP_TAGS and not aside:   # (a custom element: <annotation-xml>)
            stack.append((tag, _SKIP))
            return
        if tag == "hr":
            self.flush()
            self.broke = True
        # The context, made without a call to _Ctx.__init__ (one for every block of the page).
        ctx = _new(_Ctx)
        ctx.hints, ctx.article, ctx.link = parent.hints, parent.article, parent.link
        ctx.caption = parent.caption or tag == "figure" or tag == "figcaption"
        ctx.heading = parent.heading or tag in _HEADING_TAGS
        ctx.skip, ctx.tag, ctx.line, ctx.block, ctx.up, ctx.own, ctx.linked = False, tag, line, ctx, parent.block, parent.own, None
        self.made.append(ctx)
        if aside or hidden:  # kept aside: its blocks count only if it holds the article (see _reveal)
            ctx.hidden = (*parent.hidden, self.next_hidden)
            self.next_hidden += 1
        else:
            ctx.hidden = parent.hidden
        if self.parts:
            self.flush()
        # (Without hint attributes, only a few tags say anything: see _hints.)
        if (pairs or tag in _HINT_TAGS or "-" in tag) and tag not in ("html", "body"):
            self._hints(tag, pairs, ctx)
        stack.append((tag, ctx))

    def _special(self, tag: str, attrib, parent: _Ctx) -> None:
        """An inline element that changes its content's context: never text (a script), a line
        break, a table cell, a link."""
        if tag in _SKIP_TAGS or attrib and ("hidden" in attrib or _hiding_style(attrib.get("style"))):   # (_hidden)
            self.stack.append((tag, _SKIP))
            return
        if tag == "br":
            self.flush()
            self.broke = True
        elif tag in _CELL_TAGS:
            self.parts.append(" ")
        # A link or a table cell: its content reads in its parent's context, but for the
        # words of a link (contexts are not changed once their element has started).
        elif tag == "a" and not parent.link and not (parent.heading and _in_page(attrib)):
            if parent.linked is None:
                parent.linked = _link_context(parent)
            self.stack.append((tag, parent.linked))
            return
        self.stack.append((tag, parent))

    def end(self, tag) -> None:
        if not isinstance(tag, str):
            tag = ""
        tag = tag.lower()
        stack = self.stack
        if stack and stack[-1][0] == tag:
            ctx = stack.pop()[1]
            if ctx.block is ctx and ctx.tag == tag or tag == "br":
                self.flush()
            return
        # Pop to the matching start (the parser closes implied elements itself; be lenient anyway).
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == tag:
                break
        else:
            return
        closing_block = any(c.block is c and c.tag == t for t, c in stack[k:])
        del stack[k:]
        if closing_block or tag == "br":
            self.flush()

    def pop(self) -> None:
        """The element started last ends: :meth:`end` for a producer whose events nest (the tree
        walk), without looking for the element by its tag."""
        tag, ctx = self.stack.pop()
        if ctx.block is ctx and ctx.tag == tag or tag == "br":
            self.flush()

    def data(self, text: str) -> None:
        ctx = self.stack[-1][1] if self.stack else _ROOT
        if ctx.skip or not text:
            return
        if text.isspace():
            # Whitespace only (mostly the indentation between tags): no words, only a separator,
            # and nothing at all before the block's first text (its line is stripped). Its element
            # is in the same block as any text that follows before the next flush.
            if self.parts:
                self.parts.append(" ")
            return
        if self.cur is None:
            self.cur = ctx.block
        self.parts.append(text)
        n = len(text.split())
        self.words += n
        if ctx.link:
            self.link_words += n
        elif self.lead < 0 and n:
            self.lead = self.link_words

    def flush(self) -> None:
        if not self.parts:
            return  # nothing since the last flush, so the counts are still reset: data() adds to parts first
        text = " ".join("".join(self.parts).split())
        if text:
            lead = self.link_words if self.lead < 0 else self.lead
            cur = self.cur or _ROOT
            last = self.out[-1] if self.out else None
            if last is not None and last[1] is cur and not self.broke:
                # Only an empty block element came between (an injected widget, a styled
                # <div> inside a sentence): the element's text goes on, one line.
                w, lw, lead0 = last[2], last[3], last[4]
                self.out[-1] = (f"{last[0]} {text}", cur, w + self.words, lw + self.link_words,
                                lead0 if lead0 < w else lead0 + lead)
            else:
                self.out.append((text, cur, self.words, self.link_words, lead))
            self.broke = False
        self.parts.clear()   # (the list stays: the tree walk holds it)
        self.words = self.link_words = 0
        self.lead = -1
        self.cur = None

    # -- hints --------------------------------------------------------------------------
    def _hints(self, tag: str, pairs: tuple[tuple[str, str], ...], ctx: _Ctx) -> None:
        if "-" in tag:  # a custom element's name reads like a class name
            pairs = (*pairs, ("class", tag))
        marker = tag in _ARTICLE_TAGS or tag == "h1"
        # Most blocks (<p>, <li>) have no hint attribute: _analyse's answer for none, without its call.
        value_marker, tok, caption, own = _analyse(pairs, ctx.article or (marker and tag != "h1")) if pairs else _NO_HINTS
        if own:
            ctx.own = ctx
        if marker or value_marker:
            for _, _, src, _ in ctx.hints:
                self.anchored.append((src, ctx.hidden))
            if tag != "h1":
                if tag != "article":  # <main>, articleBody, an article-body class: weak site hints end here
                    ctx.hints = tuple(h for h in ctx.hints if h[3])
                ctx.article = True
        found = _TAG_HINTS.get(tag)
        if found is not None and (found[1] or not ctx.article):
            self._add(ctx, found[0], f"<{tag}>", found[1])
        elif tok is not None:
            slug, classes = _named_by(pairs, ctx.article or (marker and tag != "h1"))
            if slug is not None:
                self.slugs[self.next_src] = _words(slug)
            self._add(ctx, tok.category, tok.token, tok.strong, (tag, classes) if classes else None)
        elif caption:
            ctx.caption = True

    def _add(self, ctx: _Ctx, category: str, token: str, strong: bool, kind=None) -> None:
        ctx.hints = (*ctx.hints, (category, token, self.next_src, strong))
        if kind is not None:
            self.kinds[self.next_src] = kind
        self.next_src += 1

    def close(self):
        self.flush()
        return self

    def release(self) -> None:
        """Cut the page's reference cycles once its evidence is built: a block context is its own
        block (and maybe its own article text), and its link context points back at it. Freed by
        reference counting, the contexts leave no garbage for the cyclic collector to find (which
        walks every live object now and then: hundreds of contexts a page make it run often)."""
        for ctx in self.made:
            ctx.block = ctx.own = ctx.linked = None
        self.made.clear()


def _custom_block(tag: str, attrib) -> bool:
    """A custom element is a block when its name names furniture (any token), or its attributes
    name the article or strong furniture (a class "date" or "share"; not a weak word such as the
    "menu" of "CtxtMenu_Attached", a context menu attached to a formula)."""
    if _analyse((("class", tag),), False)[1] is not None:
        return True
    marker, tok, _, _ = _analyse(_pairs(attrib), True)
    return marker or tok is not None


def _in_page(attrib) -> bool:
    """A link to a place on the same page (``href="#section"``): in a heading, a permalink or a
    way back to the table of contents, not a link to another story."""
    href = attrib.get("href") if attrib else None
    return bool(href) and len(href) > 1 and href[0] == "#"


_WORD = re.compile(r"\w+")
#: An id is read as its heading's slug only with at least this many words.
SLUG_MIN_WORDS = 4


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _slug_sources(out, slugs: dict[int, list[str]]) -> set[int]:
    """Hint sources whose id is the slug of their own section's heading.

    Documentation generators and Markdown renderers give each section (or its
    heading) an id made of the heading's words: ``id="sharing-with-a-single-developer"``
    on the section "Sharing with a single developer". A furniture word in such an id
    is a word of the heading, not the name of a component. The element's first block
    must be a heading with the id's words (a numeric suffix allowed), at least
    :data:`SLUG_MIN_WORDS` of them: a component is often named after its own short
    heading (``id="comments"`` over "Comments"), a section's phrase is longer.
    """
    found: set[int] = set()
    if not slugs:
        return found
    pending = dict(slugs)
    last = None
    for text, ctx, _, _, _ in out:
        if ctx.hints is last:   # the previous block's hints: their sources are no longer pending
            continue
        last = ctx.hints
        for h in ctx.hints:
            words = pending.pop(h[2], None)
            if words is None:
                continue
            if ctx.heading and len(words) >= SLUG_MIN_WORDS:
                head = _words(text)
                if words == head or (len(words) > 1 and words[-1].isdigit() and words[:-1] == head):
                    found.add(h[2])
        if not pending:
            break
    return found


def _read(attrib) -> tuple[bool, tuple[tuple[str, str], ...]]:
    """A block element's attributes -> (:func:`_hidden`, :func:`_pairs`), read in one pass: each
    lookup in an lxml element's attributes parses the name anew."""
    hidden = False
    pairs = []
    for item in attrib.items():
        k = item[0]
        if k in _HINT_ATTRS:
            if item[1]:
                pairs.append(item)
        elif k == "hidden" or k == "style" and _hiding_style(item[1]):
            hidden = True
    return hidden, tuple(pairs)


def _hidden(attrib) -> bool:
    if "hidden" in attrib:
        return True
    return _hiding_style(attrib.get("style"))


def _hiding_style(style: str | None) -> bool:
    """Whether a ``style`` value hides its element. Most styles say neither "none" nor "hidden":
    an ASCII one is answered without the (case-insensitive) regex."""
    if not style:
        return False
    if style.isascii():
        lowered = style.lower()
        if "none" not in lowered and "hidden" not in lowered:
            return False
    return _HIDDEN_STYLE.search(style) is not None


# --- producers ---------------------------------------------------------------------------------

def _etree():
    """lxml.etree, imported on first use (``import cleantext`` stays light for text-only users)."""
    from lxml import etree
    return etree


def _parser(**kw):
    etree = _etree()
    return etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                            remove_blank_text=False, compact=True, default_doctype=False, collect_ids=False, **kw)


def _parse(data: bytes):
    """The tree of ``data`` with the safe parser (None if lxml built none), and whether
    libxml2 truncated it for its depth."""
    etree = _etree()
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _walk_tree(data: bytes) -> _Blocks | None:
    """Parse to a tree and walk it; None when libxml2 truncated a too-deep tree."""
    root, truncated = _parse(data)
    if truncated:
        return None
    consumer = _Blocks()
    if root is not None:
        _walk(root, consumer, 0, 0)
    return consumer.close()


#: Skipped subtrees in the tree walk (a ``<noscript>``'s content is walked: the consumer sets it aside).
_WALK_SKIP = _SKIP_TAGS - {"noscript"}
#: Template scripts are read as markup this many levels deep (a template in a template's markup is not).
TEMPLATE_DEPTH = 1


def _walk(root, consumer: _Blocks, depth: int, offset: int) -> None:
    """Feed the consumer the events of ``root``'s subtree (and its tail).

    lxml's C iterator yields the elements in document order (``iter()``: no event tuples, as
    ``iterwalk`` builds two per element); an element has ended when the next one's parent is
    not it. The elements open around the current one are kept (``opened``) to find those ends
    and read their tails.
    """
    start, text, flush = consumer.start, consumer.data, consumer.flush
    stack, parts = consumer.stack, consumer.parts
    # Elements only, as iterwalk's start and end events: no comment or processing instruction (the
    # parser drops them anyway), whose text is not the page's.
    element = _etree().Element
    elements = root.iter(element)
    opened = [root.getparent()]   # the elements open around the current one; first root's parent (may be None)
    for el in elements:
        parent = el.getparent()
        while opened[-1] is not parent:   # the elements ending before this one, innermost first
            done = opened.pop()
            # The consumer's pop, inlined (as are its commonest data events below: a tree has
            # as many ends as starts, and whitespace between most tags). See _end for the last ends.
            tag, ctx = stack.pop()
            if ctx.block is ctx and ctx.tag == tag or tag == "br":
                flush()
            content = done.tail
            if content:
                if not content.isspace():
                    text(content)
                elif parts and not (stack and stack[-1][1].skip):   # whitespace: a separator (see _Blocks.data)
                    parts.append(" ")
        opened.append(el)
        tag = el.tag
        if tag in _WALK_SKIP:
            if len(el):   # its descendants (an <svg>'s shapes, <head>'s <meta>s) are passed over unread
                count = len(list(el.iterdescendants(element)))
                next(islice(elements, count, count), None)
            line = el.sourceline and el.sourceline + offset
            if tag == "script" and depth < TEMPLATE_DEPTH and el.text and _markup_type(el.get("type")):
                start(tag, el.attrib, line or 0, markup=True)
                _fragment(el.text, consumer, depth + 1, (line or 1) - 1)
            else:
                start(tag, None, 0)   # an empty skipped element; its end event follows
            continue
        # Each property read makes a new Python object out of libxml2's data: read once.
        line = el.sourceline
        start(tag, el.attrib, line + offset if line else 0)
        content = el.text
        if content:
            if not content.isspace():
                text(content)
            elif parts and not (stack and stack[-1][1].skip):
                parts.append(" ")
    for done in reversed(opened[1:]):   # the elements still open end (root last)
        _end(consumer, done)


def _end(consumer: _Blocks, el) -> None:
    """The end of an element of the tree walk, and its tail (the walk's inlined ends, once more)."""
    consumer.pop()
    if el.tail:
        consumer.data(el.tail)


def _fragment(markup: str, consumer: _Blocks, depth: int, offset: int) -> None:
    """A template's markup, parsed with the page's parser (same limits, nothing fetched, nothing
    run) and fed to the consumer as the content of the element being read."""
    etree = _etree()
    data = markup.encode("utf-8", "replace")
    root, truncated = _parse(data)
    if truncated:
        try:
            etree.fromstring(data, _parser(target=_Target(consumer, depth, fragment=True), huge_tree=True))
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            pass
        return
    body = root.find("body") if root is not None else None
    if body is None:
        return
    if body.text:
        consumer.data(body.text)
    for child in body:
        _walk(child, consumer, depth, offset)


#: Parts of a script's type that name markup to insert (``text/template``, ``text/x-handlebars-template``,
#: ``text/ng-template``, ``text/x-tmpl``, ``text/html``) and parts that name code or data, never read.
_MARKUP_PARTS = frozenset({"template", "tmpl", "html", "xhtml", "handlebars", "mustache", "jsrender", "liquid"})
_CODE_PARTS = frozenset({"javascript", "ecmascript", "jscript", "js", "json", "jsx", "babel", "typescript", "module",
                         "config", "importmap", "speculationrules"})


def _markup_type(value: str | None) -> bool:
    """Whether a script of this ``type`` holds markup (a template), not code or data."""
    if not value:
        return False
    parts = set(re.split(r"[/+\-_.\s]+", value.split(";")[0].strip().lower()))
    return not parts.isdisjoint(_MARKUP_PARTS) and parts.isdisjoint(_CODE_PARTS)


def _stream(data: bytes) -> _Blocks:
    """No tree: lxml's target parser feeds the consumer directly (no depth limit)."""
    etree = _etree()
    consumer = _Blocks()
    parser = _parser(target=_Target(consumer, 0), huge_tree=True)
    try:
        etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        pass
    return consumer.close()


class _Target:
    """Parser events -> consumer events; a template script's text is buffered and read as markup
    at its end. ``fragment``: the events of a template's markup (its html/body are not elements of the page)."""

    def __init__(self, consumer: _Blocks, depth: int, fragment: bool = False):
        self.c = consumer
        self.depth = depth
        self.fragment = fragment
        self.template: list[str] | None = None
        self.level = 0  # inside a template script: its (parser-reported) nesting

    def start(self, tag, attrib):
        if self.template is not None:
            self.level += 1
            return
        if self.fragment and tag in ("html", "body"):
            return
        if tag == "script" and self.depth < TEMPLATE_DEPTH and _markup_type(attrib.get("type") if attrib else None):
            self.template, self.level = [], 0
            self.c.start(tag, dict(attrib), 0, markup=True)
            return
        self.c.start(tag, dict(attrib) if attrib else None, 0)

    def end(self, tag):
        if self.template is not None:
            if self.level:
                self.level -= 1
                return
            markup, self.template = "".join(self.template), None
            _fragment(markup, self.c, self.depth + 1, 0)
            self.c.end(tag)
            return
        if self.fragment and tag in ("html", "body"):
            return
        self.c.end(tag)

    def data(self, text):
        if self.template is not None:
            self.template.append(text)
            return
        self.c.data(text)

    def close(self):
        return self.c


# --- blocks -> evidence ---------------------------------------------------------------------------

def blocks(html: str | bytes) -> list[tuple[str, Evidence]]:
    """The page's blocks: (text, evidence) in document order."""
    text = decode(html, html=True).text if isinstance(html, (bytes, bytearray)) else html
    if not text or text.isspace():  # not text.strip(), which would copy the whole page
        return []
    data = text.encode("utf-8", "replace")
    consumer = _walk_tree(data)
    if consumer is None:
        consumer = _stream(data)
    found = _evidence(consumer)
    consumer.release()
    return found


#: A hidden element is a copy of text the page already has when less than this share of its
#: prose's word pairs are new (a ``<noscript>`` fallback, a hidden metadata copy of the body).
HIDDEN_NEW_MIN = 0.5


def _reveal(consumer: _Blocks) -> tuple[list, set[int]]:
    """The blocks that count, and the hint sources holding the article's own container.

    Hidden block elements (``hidden``, ``display: none``) are page furniture as a rule
    (menus, dialogs, alternative layouts), and so is markup a script would insert (a
    template script, a ``<noscript>`` fallback): their blocks go without a trace. But
    some pages hide the article itself until a script shows it: a paywall that hides
    the rest of the story from non-subscribers, a framework that streams the page into
    hidden chunks and moves them into place, a blog template that keeps the post in a
    template script and renders it in the browser. Such an element whose prose is new
    (at least :data:`HIDDEN_NEW_MIN` of its word pairs are not in the visible text nor
    in a bigger hidden element) and more than half of the page's prose (copies counted
    once) is read as shown: losing the article is worse than keeping a hidden one.
    Inside it, a hidden element is read as shown when it holds that much prose itself.
    """
    out = consumer.out
    if not consumer.next_hidden:
        return out, {src for src, _ in consumer.anchored}
    prose: dict[int, list[tuple[str, int]]] = defaultdict(list)   # top hidden element -> its prose blocks
    held: dict[int, int] = defaultdict(int)                          # any hidden element -> its prose words
    total = 0
    for text, ctx, w, lw, _ in out:
        if w >= PROSE_MIN_WORDS and lw <= PROSE_MAX_LINKS * w:
            if not ctx.hidden:
                total += w
            else:
                prose[ctx.hidden[0]].append((text, w))
                for h in ctx.hidden:
                    held[h] += w
    # The word pairs of the visible text, only read when there is hidden prose to compare with it
    # (most pages have none: their hidden blocks are menus and dialogs, and go).
    known: set = set()
    if prose:
        for text, ctx, _, _, _ in out:
            if not ctx.hidden:
                known.update(_pairs_of(text))
    new: dict[int, float] = {}
    for h in sorted(prose, key=held.__getitem__, reverse=True):
        pairs = [p for text, _ in prose[h] for p in _pairs_of(text)]
        new[h] = sum(p not in known for p in pairs) / len(pairs) if pairs else 0.0
        known.update(pairs)
        total += held[h] * new[h]
    shown: set[int] = set()
    decided: set[int] = set()
    kept = []
    for block in out:
        hidden = block[1].hidden
        if not hidden:   # (most blocks)
            kept.append(block)
            continue
        for k, h in enumerate(hidden):
            if h in decided:
                continue
            decided.add(h)
            if (k == 0 and new.get(h, 0.0) >= HIDDEN_NEW_MIN or k and hidden[k - 1] in shown) and held[h] * 2 > total:
                shown.add(h)
        if all(h in shown for h in hidden):
            kept.append(block)
    return kept, {src for src, hidden in consumer.anchored if all(h in shown for h in hidden)}


def _pairs_of(text: str) -> list:
    words = text.lower().split()
    return list(zip(words, words[1:])) or words


def _rows(out) -> list:
    """A table row is one line, also when its cells wrap their text in a block element
    (``<td><p>Status</p></td>``): short blocks of one row are joined, one space apart.
    A row whose cells hold paragraphs (a layout table) keeps its blocks."""
    merged = []
    i, n = 0, len(out)
    while i < n:
        ctx = out[i][1]
        j = i + 1
        if ctx.tag != "tr" and (ctx.up is None or ctx.up.tag != "tr"):   # (_row: most blocks are in no row)
            merged.append(out[i])
            i = j
            continue
        row = _row(ctx)
        if row is not None:
            while j < n and _row(out[j][1]) is row:
                j += 1
        if j - i > 1 and all(out[k][2] < PROSE_MIN_WORDS for k in range(i, j)):
            part = out[i:j]
            lead = 0   # link words before the row's first non-link text
            for b in part:
                if b[4] < b[2]:
                    lead += b[4]
                    break
                lead += b[3]
            merged.append((" ".join(b[0] for b in part), row, sum(b[2] for b in part), sum(b[3] for b in part), lead))
        else:
            merged.extend(out[i:j])
        i = j
    return merged


def _row(ctx: _Ctx) -> _Ctx | None:
    if ctx.tag == "tr":
        return ctx
    up = ctx.up
    return up if up is not None and up.tag == "tr" else None


def _evidence(consumer: _Blocks) -> list[tuple[str, Evidence]]:
    out, anchored = _reveal(consumer)
    out = _rows(out)
    total = 0
    by_src: dict[int, int] = defaultdict(int)
    boxes: set[int] = set()   # promo boxes
    for _, ctx, words, link_words, _ in out:
        if words >= PROSE_MIN_WORDS and link_words <= PROSE_MAX_LINKS * words:
            total += words
            for h in ctx.hints:
                by_src[h[2]] += words
                if h[0] == "promo":
                    boxes.add(h[2])
    teasers = _teasers(out) | _other_articles(out)
    # Where the page names its article's own text element, the hinted elements that wrap the
    # article are known: those holding that element (anchored). Furniture set into it (a gallery)
    # or beside it (a sidebar, a live feed) wraps nothing, however much prose it holds.
    if _own_container(out, [None] * len(out)) is None:
        # A page may split its article into many elements of one class ("article-widget-text"):
        # together they hold its prose.
        by_kind: dict[tuple, int] = defaultdict(int)
        for s, w in by_src.items():
            if s in consumer.kinds:
                by_kind[consumer.kinds[s]] += w
        wrappers = {s for s, w in by_src.items() if w >= HINT_MAX_SHARE * total
                    or by_kind.get(consumer.kinds.get(s), 0) >= HINT_MAX_SHARE * total}
    else:
        wrappers = set()
    # A sign-up or donation box says a few sentences; one that holds an article's worth of prose
    # swallowed the article (an unclosed element in the page's markup), it is not the box.
    swallowed = {s for s in boxes if by_src[s] >= PROMO_MAX_PROSE}
    withdrawn = anchored | _slug_sources(out, consumer.slugs) | wrappers | swallowed
    # (Blocks of one element share its hints tuple: each tuple is read once.)
    first: dict[int, tuple | None] = {}
    sources = []
    for _, ctx, _, _, _ in out:
        hs = ctx.hints
        if not hs:
            sources.append(None)
            continue
        k = id(hs)
        if k not in first:
            first[k] = next((h for h in hs if h[2] not in withdrawn), None)
        sources.append(first[k])
    hints = [(h[0], h[1]) if h is not None else ("related", "teaser-list") if i in teasers else None
             for i, h in enumerate(sources)]
    body_found, body_wrappers = _body_containers(out, hints)
    own = _own_container(out, hints)
    lines: list[list[str]] = []   # each line's block texts
    evidence: list[Evidence] = []
    last = None
    for (text, ctx, words, link_words, _), hint, src in zip(out, hints, sources):
        if src is not None and src is last:
            # One furniture element, one line: its blocks go together, with one reason.
            lines[-1].append(text)
            continue
        last = src
        # Positional: Evidence(tag, sourceline, link_density, hint, heading, caption, body) (a frozen
        # dataclass is slow to make, one setattr call a field: keywords add a third to that).
        evidence.append(Evidence(ctx.tag, ctx.line, link_words / words if words else 0.0, hint, ctx.heading, ctx.caption,
                                 hint is None and (_in_body(ctx, body_found, body_wrappers) or (own is not None and ctx.own is own and ctx.tag in _OWN_TAGS and not ctx.caption))))
        lines.append([text])
    return [(texts[0] if len(texts) == 1 else " ".join(texts), ev) for texts, ev in zip(lines, evidence)]


def _chain(ctx: _Ctx) -> list[_Ctx]:
    chain = []
    while ctx is not None and len(chain) < TEASER_DEPTH:
        chain.append(ctx)
        ctx = ctx.up
    return chain


def _lca(a: list[_Ctx], b: list[_Ctx]) -> _Ctx | None:
    within = set(b)   # (contexts hash and compare by identity)
    return next((c for c in a if c in within), None)


def _teasers(out) -> set[int]:
    """Blocks of teaser lists: runs of at least :data:`TEASER_MIN_ITEMS` sibling items,
    each a linked headline and a short summary (and maybe a date or an author).

    An item is the smallest element holding a headline (a block of at least
    :data:`TEASER_HEADLINE_WORDS` words that is all link, or that starts with
    such a link and goes on with its summary) and the text after it. Items
    follow one another under one common element. A list whose prose
    outweighs the rest of the page's prose is kept: a round-up article made
    of linked items is the body.
    """
    n = len(out)
    chains: list[list[_Ctx] | None] = [None] * n

    def chain(i):
        if chains[i] is None:
            chains[i] = _chain(out[i][1])
        return chains[i]

    spans: dict[int, list[int]] = {}   # id(element) -> [first block, last block]
    items: list[tuple[int, int, _Ctx]] = []
    i = 0
    while i < n:
        text, ctx, w, lw, lead = out[i]
        if w < TEASER_HEADLINE_WORDS or lead < TEASER_HEADLINE_WORDS or lw > lead:
            i += 1
            continue
        if w - lw >= TEASER_HEADLINE_WORDS:   # headline and summary in one block (a list item)
            item = ctx
        else:
            item = None
            for j in range(i + 1, min(n, i + 1 + TEASER_SUMMARY_GAP)):
                _, _, w2, lw2, lead2 = out[j]
                if lead2 >= TEASER_HEADLINE_WORDS and lw2 >= lead2:
                    break   # the next headline: this one has no summary
                if w2 >= TEASER_HEADLINE_WORDS and lw2 * 2 < w2:
                    item = _lca(chain(i), chain(j))
                    break
        if item is None or item.tag in ("body", "html"):
            i += 1
            continue
        span = _span(item, i, out, chain, spans)
        if span is None:
            i += 1
            continue
        items.append((span[0], span[1], item))
        i = span[1] + 1
    # Items in a row under one common element.
    found: set[int] = set()
    run: list[tuple[int, int, _Ctx]] = []
    parent: _Ctx | None = None

    def close():
        if len(run) >= TEASER_MIN_ITEMS and parent is not None and not _set_in_text(out, run, parent):
            for a, b, _ in run:
                found.update(range(a, b + 1))

    for it in items:
        if run:
            common = _lca(_chain(run[-1][2].up) if run[-1][2].up else [], _chain(it[2]))
            if common is not None and (parent is None or common is parent) and it[0] - run[-1][1] <= 2:
                parent = common
                run.append(it)
                continue
            close()
        run, parent = [it], None
    close()
    return found


def _set_in_text(out, run, parent: _Ctx) -> bool:
    """Whether the list stands among running text: its element, or the one holding it,
    also directly holds text of its own (a round-up article's list of linked items)."""
    inside = set()
    for a, b, _ in run:
        inside.update(range(a, b + 1))
    around = {id(parent)} | ({id(parent.up)} if parent.up is not None else set())
    for k, (_, ctx, w, lw, _) in enumerate(out):
        if k in inside or ctx.up is None or id(ctx.up) not in around and id(ctx) not in around:
            continue
        if w >= TEASER_TEXT_WORDS and lw * 2 < w:
            return True
    return False


def _span(item: _Ctx, i: int, out, chain, spans) -> list[int] | None:
    """The blocks inside ``item`` around block ``i``; None when it is too big for a teaser."""
    # (``item in chain``: contexts compare by identity)
    first = i
    while first > 0 and i - first < TEASER_ITEM_MAX_BLOCKS and item in chain(first - 1):
        first -= 1
    last = i
    n = len(out)
    while last + 1 < n and last - first < TEASER_ITEM_MAX_BLOCKS and item in chain(last + 1):
        last += 1
    if last - first + 1 > TEASER_ITEM_MAX_BLOCKS:
        return None
    if sum(out[k][2] for k in range(first, last + 1)) > TEASER_ITEM_MAX_WORDS:
        return None
    return [first, last]


#: Blocks of the article's own text element that are body there (not the divs of a gallery or a widget set into it).
_OWN_TAGS = frozenset({"p", "li", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr"})


def _outermost_article(ctx: _Ctx) -> _Ctx | None:
    """The outermost ``<article>`` element around one block (None: none)."""
    found = None
    while ctx is not None:
        if ctx.tag == "article":
            found = ctx
        ctx = ctx.up
    return found


def _outer_articles(out) -> list[_Ctx | None]:
    """The outermost ``<article>`` element around each block (None: none). Blocks share the
    elements above them: each element's answer is found once."""
    memo: dict[_Ctx, _Ctx | None] = {}   # (contexts hash and compare by identity)
    found = []
    for _, ctx, _, _, _ in out:
        if not ctx.article:   # in no <article> (an <article> marks its content: see _Blocks._hints)
            found.append(None)
            continue
        if ctx in memo:   # (most blocks: another block of its element came before)
            found.append(memo[ctx])
            continue
        path = []
        c = ctx
        while c is not None and c not in memo:
            path.append(c)
            c = c.up
        outer = memo[c] if c is not None else None
        for c in reversed(path):   # from the outermost down
            if outer is None and c.tag == "article":
                outer = c
            memo[c] = outer
        found.append(outer)
    return found


def _other_articles(out) -> set[int]:
    """Blocks of ``<article>`` elements apart from the one holding the page's ``<h1>``
    (other posts: a blog's "you may also like" entries), when that one holds the body's
    prose and there is only one such headline article."""
    # The headline articles first (a few <h1> blocks): most pages have none or several, and stop here.
    heads = {id(a): a for a in (_outermost_article(ctx) for _, ctx, _, _, _ in out if ctx.tag == "h1") if a is not None}
    if len(heads) != 1:
        return set()
    head = next(iter(heads.values()))
    outer = _outer_articles(out)
    prose = 0
    others: list[int] = []
    for k, ((_, ctx, w, lw, _), art) in enumerate(zip(out, outer)):
        if art is None:
            continue
        if art is head:
            if w >= PROSE_MIN_WORDS and lw <= PROSE_MAX_LINKS * w:
                prose += w
        else:
            others.append(k)
    return set(others) if prose >= OTHER_ARTICLES_MIN_PROSE else set()


def _own_container(out, hints) -> _Ctx | None:
    """The element the page names as the article's own text (``itemprop=articleBody``, an
    article-body class) that holds the most words; None when another one, not nested in
    it, holds at least :data:`OWN_RIVAL_SHARE` of that (a listing of several posts)."""
    words: dict[int, int] = defaultdict(int)
    by_id: dict[int, _Ctx] = {}
    for (_, ctx, w, lw, _), hint in zip(out, hints):
        if hint is None and ctx.own is not None:
            words[id(ctx.own)] += w - lw
            by_id[id(ctx.own)] = ctx.own
    if not words:
        return None
    ranked = sorted(words, key=words.__getitem__, reverse=True)
    top = by_id[ranked[0]]
    if words[ranked[0]] < OWN_MIN_WORDS:
        return None
    for k in ranked[1:]:
        if words[k] < OWN_RIVAL_SHARE * words[ranked[0]]:
            break
        if not (_within(by_id[k], top) or _within(top, by_id[k])):
            return None
    return top


def _within(inner: _Ctx, outer: _Ctx) -> bool:
    c = inner.up
    while c is not None:
        if c is outer:
            return True
        c = c.up
    return False


def _body_containers(out, hints) -> tuple[set, set]:
    """The elements that directly hold the page's prose (the one with the most prose
    words, and any with at least :data:`BODY_CONTAINER_SHARE` of that, in at least
    :data:`BODY_MIN_PARAGRAPHS` prose blocks), and the elements wrapping those."""
    # A paragraph is an element, not a line: one whose text <br> splits into short lines
    # (a post typed as one <p>) is prose when its lines together are, and its short lines
    # count as one paragraph per PROSE_MIN_WORDS words of them.
    own: dict = {}
    for (_, ctx, w, lw, _), hint in zip(out, hints):
        if hint is None and ctx.up is not None:
            long = w >= PROSE_MIN_WORDS and lw <= PROSE_MAX_LINKS * w
            e = own.get(ctx) or (0, 0, 0, 0)
            own[ctx] = (e[0] + w, e[1] + lw, e[2] + long, e[3] + (0 if long else w))
    words: dict = defaultdict(int)
    count: dict = defaultdict(int)
    for ctx, (w, lw, paragraphs, short) in own.items():
        if w >= PROSE_MIN_WORDS and lw <= PROSE_MAX_LINKS * w:
            words[ctx.up] += w
            count[ctx.up] += paragraphs + short // PROSE_MIN_WORDS
    if not words:
        return set(), set()
    best = max(words.values())
    found = {c for c, w in words.items() if w >= BODY_CONTAINER_SHARE * best and count[c] >= BODY_MIN_PARAGRAPHS}
    wrappers = {c.up for c in found if c.up is not None and c.up.tag not in ("body", "html")}
    return found, wrappers


#: Blocks that are body when they sit beside the prose wrapper, in the article's own wrapper
#: (an ingredient list or a table next to the div holding the paragraphs).
_STRUCTURED = frozenset({"li", "tr", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"})


def _in_body(ctx: _Ctx, found: set, wrappers: set) -> bool:
    up = ctx.up
    if up is None:
        return False
    if up in found or up.up in found:
        return True
    return ctx.tag in _STRUCTURED and (up in wrappers or up.up in wrappers)


# --- public --------------------------------------------------------------------------------------

def explain_html(html: str | bytes, *, config: Config | None = None) -> Result:
    """Clean an HTML page (str, or bytes decoded by :func:`cleantext.encoding.decode`)
    and say what was removed and why. ``Result.source`` is the page's block text,
    one block per line; removal offsets index it.

    Raises :class:`cleantext.encoding.BinaryInputError` for binary (NUL-byte) data.
    """
    found = blocks(html)
    source = "\n".join(t for t, _ in found)
    return explain_lines(source, [e for _, e in found], config=config)


def clean_html(html: str | bytes, *, config: Config | None = None) -> str:
    """The article body of an HTML page: paragraphs joined by one blank line."""
    found = blocks(html)
    return clean_lines("\n".join(t for t, _ in found), [e for _, e in found], config=config)
