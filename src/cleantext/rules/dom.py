"""DOM evidence as data: which tags, class/id/role tokens mark page furniture.

The HTML front end (:mod:`cleantext.html`) splits every ``class``, ``id``,
``role``, ``itemprop``, ``aria-label`` and a few ``data-*`` attribute values
into *parts*: at whitespace, ``-``, ``_``, ``:``, ``.`` and lower-to-upper
camelCase boundaries, lower-cased (``"c-share__item"`` -> ``c share item``,
``"relatedArticles"`` -> ``related articles``). A :class:`DomToken` matches a
run of whole parts, never a substring, so ``comment-list`` hits ``comment``
while ``commentary-body`` does not, and ``ad-slot`` hits ``ad`` while
``header``, ``load`` and ``shadow`` do not.

Tokens are deliberately narrow: a page *about* cookies, sharing or comments
may carry the word on its real content (``recipe-cookie``, ``sharing-economy``),
so a bare topical word is only a token where furniture is by far its usual
meaning, and some words only count in fixed compounds (``cookie-banner``, not
``cookie``).

Each token is **strong** (it applies everywhere, also inside ``<article>``,
``<main>`` or ``itemprop=articleBody``: furniture set into the article, such
as share bars, related links, ads, newsletter boxes, bylines) or **weak** (it
applies only outside the article: site navigation, sidebars, footers; an
article's own ``<footer>`` or a ``nav-tabs`` inside the body is not site
furniture).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DomToken:
    """A run of attribute-value parts that marks an element as page furniture.

    ``token`` is written with ``-`` between parts (``"cookie-banner"`` is the two
    parts ``cookie``, ``banner`` in a row). ``examples`` are attribute values it
    must hit, ``counterexamples`` values it must not (both tested).
    """

    token: str
    category: str
    strong: bool
    reason: str
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.token.split("-"))


def _t(token: str, category: str, strong: bool, reason: str, examples=(), counterexamples=()) -> DomToken:
    return DomToken(token, category, strong, reason, tuple(examples), tuple(counterexamples))


S, W = True, False  # strong, weak

#: Attribute values the front end splits into parts.
HINT_ATTRIBUTES: tuple[str, ...] = (
    "class", "id", "role", "itemprop", "aria-label",
    # Component names news CMSs put in data attributes (values are short names, not data).
    "data-component", "data-module", "data-testid", "data-test-id", "data-type", "data-role",
    "data-block-type", "data-qa", "data-widget", "data-area",
)

#: A part right before a token that negates or only describes layout:
#: ``has-sidebar`` / ``no-comments`` / ``with-ads`` describe the page, they are
#: not the furniture itself.
NEGATING_PARTS: frozenset[str] = frozenset({"no", "has", "with", "without", "hide", "hidden", "show", "is", "not", "enable", "disable", "allow"})

#: Parts that name an embedded post (a social-media post quoted in the article): a value with one of
#: them is content, even with a share word in it (``social-media-embed``, ``embed-social``).
EMBED_PARTS: frozenset[str] = frozenset({"embed", "embedded", "embeds"})

#: Class/id/role tokens, tried in order (the first hit names the category).
TOKENS: tuple[DomToken, ...] = (
    # --- overlays and consent (weak: outside the article only; 'cookie' only in compounds)
    _t("cookie-banner", "cookie", W, "cookie banner", ["cookie-banner"], ["cookie-recipe"]),
    _t("cookie-notice", "cookie", W, "cookie notice", ["cookie-notice"], []),
    _t("cookie-bar", "cookie", W, "cookie bar", ["cookie-bar"], []),
    _t("cookie-consent", "cookie", W, "cookie consent", ["cookie-consent"], []),
    _t("cookie-law", "cookie", W, "cookie-law notice", ["cookie-law-info"], []),
    _t("cookie-policy", "cookie", W, "cookie-policy notice", ["cookie-policy-popup"], []),
    _t("cookiebar", "cookie", W, "cookie bar", ["cookiebar"], []),
    _t("cookieconsent", "cookie", W, "cookie consent", ["cookieconsent"], []),
    _t("consent", "cookie", W, "consent dialog", ["consent-manager"], []),
    _t("gdpr", "cookie", W, "consent dialog", ["gdpr-box"], []),
    _t("modal", "boilerplate", W, "modal dialog", ["modal"], []),
    _t("popup", "boilerplate", W, "popup", ["popup"], []),
    _t("overlay", "boilerplate", W, "overlay", ["overlay"], []),
    _t("dialog", "boilerplate", W, "dialog (role=dialog)", ["role dialog"], []),
    _t("alertdialog", "boilerplate", W, "alert dialog", ["alertdialog"], []),
    # --- sharing and social tools: set into articles everywhere
    _t("share", "share", S, "share buttons and share bars", ["share-bar", "c-share__item", "shareTools", "post-share"], ["shareholder-letter", "sharpen"]),
    _t("sharing", "share", S, "share buttons ('sd-sharing-enabled')", ["sd-sharing-enabled"], ["timesharing"]),
    _t("social", "share", S, "social follow/share links", ["social-links", "socialIcons"], ["socialism-essay", "social-media-embed"]),
    _t("addthis", "share", S, "share widget", ["addthis_inline_share_toolbox"], []),
    _t("shariff", "share", S, "share widget (German sites)", ["shariff"], []),
    # --- links to other stories
    _t("related", "related", S, "related-story lists", ["related-posts", "relatedArticles"], ["unrelated-note"]),
    _t("relatedposts", "related", S, "related-story lists (blog plugins)", ["site-relatedposts"], []),
    _t("recommended", "related", S, "recommended-story lists", ["recommended-stories"], []),
    _t("recommendations", "related", S, "recommended-story lists", ["article-recommendations"], []),
    _t("recirculation", "related", S, "recirculation (more stories) modules", ["recirculation-rail"], []),
    _t("recirc", "related", S, "recirculation modules", ["recirc-module"], []),
    _t("trending", "related", S, "trending-story lists", ["trending-now"], []),
    _t("popular", "related", S, "most-popular lists", ["most-popular", "popularPosts"], []),
    _t("most-read", "related", S, "most-read lists", ["most-read-list", "mostRead"], ["most-recent-update"]),
    _t("mostread", "related", S, "most-read lists", ["mostread"], []),
    _t("more-stories", "related", S, "more-stories lists", ["more-stories"], ["storyteller"]),
    _t("teaser", "related", W, "teasers for other stories, outside the article", ["teaser-list"], []),
    # --- photo galleries set into a page: their slides' captions, not the article's text (strong: they
    # sit in the article's own element too; a page that is a gallery holds most of its prose in it,
    # and the hint is withdrawn there, unless it sits inside the article's text element)
    _t("gallery", "caption", S, "photo gallery slides and their captions", ["image-gallery", "full-gallery", "photoGallery"],
       ["galleryfield"]),
    # --- media players set into the article: their text is control labels ("Play", "Mute", "Current Time 0:00")
    _t("video-player", "navigation", S, "video player and its controls", ["video-player", "videoPlayer"], ["video-playlist-review"]),
    _t("audio-player", "navigation", S, "audio player and its controls", ["audio-player"], []),
    _t("media-player", "navigation", S, "media player and its controls", ["media-player"], []),
    _t("control-bar", "navigation", S, "a media player's control bar", ["vjs-control-bar"], ["control-barrier"]),
    _t("controlbar", "navigation", S, "a media player's control bar", ["controlbar"], []),
    # --- comments
    _t("comment", "comments", S, "a comment or comment list", ["comment-list", "comment-body", "commentForm"], ["commentary-body", "commentary"]),
    _t("comments", "comments", S, "comment section", ["comments-area", "article-comments"], ["no-comments"]),
    _t("respond", "comments", S, "blog comment form (#respond)", ["respond"], ["correspondent"]),
    # --- advertising
    _t("ad", "advertisement", S, "an ad slot", ["ad-slot", "top-ad", "adBox", "ad_container"], ["add-to-cart", "header", "adhoc-committee", "load-more"]),
    _t("ads", "advertisement", S, "an ad slot", ["ads-wrapper", "sideAds"], ["adsorption"]),
    _t("advert", "advertisement", S, "an ad slot", ["advert-mpu"], ["advertising-law"]),
    _t("advertisement", "advertisement", S, "an ad slot", ["advertisement"], []),
    _t("adslot", "advertisement", S, "an ad slot", ["adslot"], []),
    _t("adunit", "advertisement", S, "an ad slot", ["adunit"], []),
    _t("dfp", "advertisement", S, "an ad-server slot", ["dfp-ad"], []),
    _t("sponsor", "advertisement", S, "sponsored content box", ["sponsor-box"], []),
    _t("sponsored", "advertisement", S, "sponsored content box", ["sponsored-links"], []),
    _t("anzeige", "advertisement", S, "ad slot (German)", ["anzeige"], []),
    _t("publicite", "advertisement", S, "ad slot (French, unaccented)", ["bloc-publicite"], []),
    _t("pub", "advertisement", S, "ad slot (French abbreviation)", ["pub-300x250"], ["pubdate", "public-notice"]),
    # --- promotion of the publisher's own products
    _t("newsletter", "promo", S, "newsletter sign-up box", ["newsletter-signup", "inlineNewsletter"], []),
    _t("subscribe", "promo", S, "subscribe box", ["subscribe-box"], []),
    _t("subscription", "promo", S, "subscription pitch", ["subscription-offer"], []),
    _t("signup", "promo", S, "sign-up box", ["signup-form"], []),
    _t("promo", "promo", S, "promotional box", ["promo-box"], ["promotion-of-health"]),
    _t("donate", "promo", S, "donation pitch", ["donate-cta"], []),
    _t("cta", "promo", S, "call-to-action box", ["cta-box"], []),
    # --- paywall (weak: some CMSs wrap the body itself in a 'paywall' or 'premium' container)
    _t("paywall", "paywall", W, "paywall overlay", ["paywall-overlay"], []),
    _t("regwall", "paywall", W, "registration wall", ["regwall"], []),
    # --- bylines and article metadata inside the article
    _t("byline", "byline", S, "author line", ["byline", "article-byline"], []),
    _t("author", "byline", S, "author name/bio", ["post-author", "author-bio", "itemprop author"], ["authority-report"]),
    _t("auteur", "byline", S, "author line (French)", ["article-auteur"], ["hauteur-fixe"]),
    _t("autor", "byline", S, "author line (German, Spanish, Polish)", ["artikel-autor"], ["autorisation"]),
    _t("dateline", "byline", S, "date line", ["dateline"], []),
    _t("date", "byline", S, "publication date", ["entry-date", "datePublished"], ["update-note", "candidate"]),
    _t("timestamp", "byline", S, "publication time", ["timestamp"], []),
    _t("entry-meta", "byline", S, "blog post metadata (date, author, categories)", ["entry-meta"], []),
    _t("post-meta", "byline", S, "post metadata", ["post-meta"], []),
    _t("article-meta", "byline", S, "article metadata", ["article-meta"], []),
    _t("reading-time", "byline", S, "reading-time badge", ["reading-time"], []),
    # --- credits and copyright
    _t("credit", "credit", S, "image credit", ["image-credit", "photoCredit"], ["creditcard-rates"]),
    _t("credits", "credit", S, "image credits", ["photo-credits"], []),
    _t("copyright", "copyright", S, "copyright line", ["copyright"], []),
    # --- tags, breadcrumbs, pagination: navigation inside the article too
    _t("breadcrumb", "navigation", S, "breadcrumb trail", ["breadcrumb"], []),
    _t("breadcrumbs", "navigation", S, "breadcrumb trail", ["breadcrumbs"], []),
    _t("tags", "navigation", S, "topic tag list", ["post-tags", "tags-links"], []),
    _t("tag", "navigation", S, "topic tag", ["tag-cloud"], ["tagline", "vintage"]),
    _t("keywords", "navigation", S, "keyword list", ["article-keywords"], []),
    _t("pagination", "navigation", S, "page links", ["pagination"], []),
    _t("pager", "navigation", S, "page links", ["pager"], []),
    _t("post-navigation", "navigation", S, "previous/next post links", ["post-navigation"], []),
    _t("nav-links", "navigation", S, "previous/next links", ["nav-links"], []),
    _t("skip-link", "navigation", S, "accessibility skip link", ["skip-link"], []),
    _t("toolbar", "navigation", S, "article tools (print, font size, save)", ["article-toolbar"], []),
    _t("sr-only", "boilerplate", S, "screen-reader-only label", ["sr-only"], []),
    _t("screen-reader-text", "boilerplate", S, "screen-reader-only label", ["screen-reader-text"], []),
    _t("visually-hidden", "boilerplate", S, "screen-reader-only label", ["visually-hidden"], []),
    _t("visuallyhidden", "boilerplate", S, "screen-reader-only label", ["visuallyhidden"], []),
    # --- site furniture outside the article (weak)
    _t("nav", "navigation", W, "site navigation", ["main-nav", "nav-bar"], ["canvas"]),
    _t("navbar", "navigation", W, "site navigation", ["navbar"], []),
    _t("navigation", "navigation", W, "site navigation", ["site-navigation", "role navigation"], []),
    _t("menu", "navigation", W, "site menu", ["menu-primary", "megaMenu"], ["menus-of-the-week"]),
    _t("masthead", "navigation", W, "site masthead", ["masthead"], []),
    _t("banner", "navigation", W, "site banner (role=banner)", ["role banner"], []),
    _t("contentinfo", "navigation", W, "site footer (role=contentinfo)", ["contentinfo"], []),
    _t("footer", "navigation", W, "site footer", ["site-footer", "footer"], []),
    _t("colophon", "navigation", W, "site footer", ["colophon"], []),
    _t("sidebar", "related", W, "sidebar", ["sidebar", "right-sidebar"], ["has-sidebar", "no-sidebar"]),
    _t("widget", "related", W, "sidebar widget", ["widget_recent_entries"], []),
    _t("complementary", "related", S, "sidebar (role=complementary): a page landmark, beside the article even when inside its container", ["complementary"], []),
    _t("rail", "related", W, "side rail", ["right-rail"], ["guardrail"]),
    _t("search", "navigation", W, "search box", ["search-form"], ["research-findings"]),
)

#: Furniture tags: ``tag -> (category, strong)``. ``<header>`` is not here: an
#: article's header holds its headline. ``<form>`` is not here: some CMSs wrap
#: the whole page in one.
TAG_HINTS: dict[str, tuple[str, bool]] = {
    "nav": ("navigation", W),          # site or section menus (weak: a table of contents inside an article is body-ish)
    "aside": ("related", W),           # sidebars; inside an article an aside can be a fact box
    "footer": ("navigation", W),       # site footer; an article's footer (tags, share) is caught by its tokens
    "button": ("navigation", S),       # control labels ("Share", "Load more", "Accept")
    "select": ("navigation", S),       # drop-downs
    "option": ("navigation", S),
    "label": ("navigation", S),        # form labels
    "textarea": ("navigation", S),
    "dialog": ("boilerplate", W),      # modal dialogs: consent, newsletter
    "menu": ("navigation", W),
}

#: Elements whose content is never text of the page.
SKIP_TAGS: frozenset[str] = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "head", "title", "object", "embed",
    "canvas", "video", "audio", "map", "input", "datalist", "meta", "link", "base",
})

#: Block-level elements: each starts and ends a block (a line of the text).
BLOCK_TAGS: frozenset[str] = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "tr", "caption", "ul", "xmp", "plaintext", "option", "select",
    "button", "textarea", "label", "noframes",
})

#: Table cells: a cell adds a space inside its row's line (rows are the blocks).
CELL_TAGS: frozenset[str] = frozenset({"td", "th"})

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Tags and tokens of the article container: inside it only strong tokens apply.
ARTICLE_TAGS: frozenset[str] = frozenset({"article", "main"})
#: ``role``/``itemprop`` values (exact, lower-cased) of the article container.
ARTICLE_VALUES: frozenset[str] = frozenset({"main", "article", "articlebody", "blogpost", "newsarticle"})
#: Part runs of the article body's own container (as DomToken parts).
ARTICLE_TOKENS: tuple[tuple[str, ...], ...] = tuple(tuple(t.split("-")) for t in (
    "article-body", "article-content", "article-text", "articlebody", "post-body", "post-content", "entry-content",
    "entry-body", "story-body", "story-content", "story-text", "content-body", "main-content", "maincontent",
))
