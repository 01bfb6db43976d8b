"""Vocabulary for HTML residue inside text (used by :mod:`cleantext.residue`)."""
from __future__ import annotations

#: Tag names that are removed when they appear as text. Only real HTML
#: element names: "a <b and c> d" style text with made-up names stays.
HTML_TAGS = frozenset("""
a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col
colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3
h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark meta meter nav noscript
object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select small source span
strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var
video wbr path g use amp-img amp-ad
""".split())

#: Tags that separate blocks: replaced by a space so words on either side stay apart.
BLOCK_TAGS = frozenset("""
address article aside blockquote body br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li
main nav ol p pre section table tbody td tfoot th thead tr ul img iframe
""".split())

#: Tags whose content is never text for a reader.
DROP_CONTENT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})

#: Shortcodes whose content is an embed, not text (``[embed]https://…[/embed]``).
DROP_CONTENT_SHORTCODES = frozenset({
    "embed", "video", "audio", "playlist", "gallery", "tweet", "instagram", "youtube", "vimeo", "soundcloud", "iframe",
    "googlemaps", "map", "ad", "ads", "adsense", "advert", "banner", "newsletter", "subscribe", "form", "contact-form",
})

#: Longest alt-text tail checked for doubling before an attribute fragment.
MAX_DOUBLED_TAIL = 200
#: Spaces and punctuation marks that may stand between a caption's last words and the
#: attribute-value tail that repeats them (``…in March.March" class=…``).
MAX_DOUBLED_GAP = 3
#: Doubling is only checked for the first few fragments of a line (bounded work).
MAX_DOUBLED_CHECKS = 20
#: Residue stripping is repeated at most this many times on a line (decoded
#: entities and removed inline tags can put together new residue: ``&lt;br&gt;``).
MAX_PASSES = 4
