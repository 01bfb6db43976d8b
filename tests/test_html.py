"""The HTML front end: fixtures, decoding, hostile documents, DOM token tables, evidence."""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

import cleantext
from cleantext import html as H
from cleantext.encoding import BinaryInputError
from cleantext.rules import dom

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HTML_CASES = sorted(p for p in FIXTURES.glob("*.input.html"))
BODY = ("<p>The council approved the new budget on Tuesday after a long debate about the cost "
        "of repairing the old bridge over the river.</p>")


def _name(path: Path) -> str:
    return path.name[: -len(".input.html")]


# --- fixtures --------------------------------------------------------------------------------

@pytest.mark.parametrize("path", HTML_CASES, ids=[_name(p) for p in HTML_CASES])
def test_html_fixture(path):
    expected = (FIXTURES / f"{_name(path)}.expected.txt").read_text(encoding="utf-8")
    got = cleantext.clean_html(path.read_bytes())
    assert (got + "\n" if got else "") == expected


@pytest.mark.parametrize("path", HTML_CASES, ids=[_name(p) for p in HTML_CASES])
def test_every_removal_is_in_the_source(path):
    result = cleantext.explain_html(path.read_bytes())
    assert result.text == cleantext.clean_html(path.read_bytes())
    assert result.removals
    for r in result.removals:
        assert result.source[r.start:r.end] == r.text
        assert r.stage and r.category and r.rule


def test_there_are_enough_html_fixtures():
    assert len(HTML_CASES) >= 8


# --- input forms ------------------------------------------------------------------------------

@pytest.mark.parametrize("charset,codec", [("windows-1252", "cp1252"), ("ISO-8859-1", "latin-1")])
def test_bytes_with_meta_charset_decode(charset, codec):
    page = (f'<html><head><meta charset="{charset}"></head><body>'
            "<p>The café on the corner served crème brûlée to the whole street until the façade was repaired.</p>"
            "</body></html>")
    assert "café" in cleantext.clean_html(page.encode(codec))
    assert "crème brûlée" in cleantext.clean_html(page.encode(codec))


def test_str_with_xml_declaration_is_accepted():
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body>' + BODY + "</body></html>"
    assert "old bridge" in cleantext.clean_html(page)


@pytest.mark.parametrize("page", ["", "   \n", "<html></html>", "<!-- only a comment -->"])
def test_empty_pages(page):
    assert cleantext.clean_html(page) == ""


def test_script_only_page_is_empty():
    page = "<html><head><script>var x = 'Some text that is not on the page at all.';</script></head>" \
           "<body><script>document.write('Hello there, this is written by a script.')</script>" \
           "<style>p { color: red }</style><noscript>Please enable JavaScript to read this page.</noscript></body></html>"
    assert cleantext.clean_html(page) == ""


def test_truncated_html_keeps_what_is_there():
    page = "<html><body><article><h1>Bridge repairs approved</h1>" + BODY + (
        "<p>Work starts in March and should take about eight months, the engineer told the small but merely curious crowd "
        "that had gathered outside the town hall on a cold and windy evening")
    out = cleantext.clean_html(page)
    assert "old bridge over the river." in out
    assert out.endswith("on a cold and windy evening")


def test_broken_nesting():
    page = "<div><p>First paragraph of the story <b>bold <i>both</b> italic</i> about the bridge repairs and the cost.</div></p>" + BODY
    out = cleantext.clean_html(page)
    assert "bold both italic" in out and "old bridge" in out


def test_binary_bytes_raise_cleanly():
    with pytest.raises(BinaryInputError):
        cleantext.clean_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


# --- hostile documents -----------------------------------------------------------------------------

def test_100k_nested_divs_finish_quickly():
    sentence = "The deepest paragraph in the page still holds a full sentence of body text for the reader."
    page = "<html><body>" + "<div>" * 100_000 + f"<p>{sentence}</p>" + "</div>" * 100_000 + BODY + "</body></html>"
    start = time.perf_counter()
    out = cleantext.clean_html(page)
    assert time.perf_counter() - start < 20
    assert sentence in out  # libxml2 truncates trees deeper than 256: the streaming fallback keeps the text
    assert "old bridge" in out


def test_10mb_page_finishes():
    para = "<p>Paragraph {i} of a very long page: the committee discussed the plan again and agreed nothing new.</p>\n"
    page = "<html><body><article>" + "".join(para.format(i=i) for i in range(100_000)) + "</article></body></html>"
    assert len(page) > 10_000_000
    start = time.perf_counter()
    out = cleantext.clean_html(page)
    assert time.perf_counter() - start < 120
    assert out.startswith("Paragraph 0 of a very long page")


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE", encoding="utf-8")
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY % remote SYSTEM "file://{secret}"> %remote;]>'
            "<html><body><p>The report says &xxe; and then the council approved the budget for the bridge repairs.</p>"
            + BODY + "</body></html>")
    result = cleantext.explain_html(page.encode())
    assert "TOPSECRETVALUE" not in result.text
    assert "TOPSECRETVALUE" not in result.source


# --- token tables ------------------------------------------------------------------------------------

@pytest.mark.parametrize("tok", dom.TOKENS, ids=[t.token for t in dom.TOKENS])
def test_token_matches_its_examples_and_not_its_counterexamples(tok):
    """Examples are attribute values ("role banner": the value of a role attribute)."""
    assert tok.examples and tok.reason and tok.category
    for example in tok.examples:
        values = [example.split(" ", 1)[1]] if example.startswith(("role ", "itemprop ")) else [example]
        assert H.match_token(values) is not None, example
        assert _hits(tok, values), example
    for counter in tok.counterexamples:
        assert H.match_token([counter]) is not tok, counter
        assert not _hits(tok, [counter]), counter


def _hits(tok, values):
    """Whether ``tok`` alone matches: a run of whole parts, not after a negating part."""
    for value in values:
        for word in value.split():
            parts = H._parts(word)
            if tok.category == "share" and not dom.EMBED_PARTS.isdisjoint(parts):
                continue  # an embedded post quoted in the article
            for i in range(len(parts)):
                if tuple(parts[i:i + len(tok.parts)]) == tok.parts and not (i and parts[i - 1] in dom.NEGATING_PARTS):
                    return True
    return False


@pytest.mark.parametrize("value", ["commentary-body", "has-sidebar", "no-comments", "shadow-box", "headerbar",
                                   "cookie-recipe", "tagline", "download-link", "timesharing-plan"])
def test_narrow_tokens(value):
    assert H.match_token([value]) is None


def test_weak_tokens_do_not_apply_inside_the_article():
    assert H.match_token(["sidebar"]) is not None
    assert H.match_token(["sidebar"], article=True) is None
    assert H.match_token(["share-bar"], article=True) is not None


def test_camel_case_and_separators():
    assert H._parts("c-share__itemFooter") == ["c", "share", "item", "footer"]
    assert H.match_token(["relatedArticles"]).category == "related"


# --- evidence ------------------------------------------------------------------------------------------

def _blocks(page):
    return {text: ev for text, ev in H.blocks(page)}


def test_evidence_fields():
    page = ("<html><body>\n<nav><a href='/'>Home</a></nav>\n<article>\n<h2>A subheading</h2>\n"
            "<p>Some <a href='/x'>linked words</a> here.</p>\n<figure><img src=x><figcaption>A caption</figcaption></figure>\n"
            "</article></body></html>")
    b = _blocks(page)
    assert b["Home"].hint == ("navigation", "<nav>")
    assert b["A subheading"].heading and b["A subheading"].tag == "h2" and b["A subheading"].sourceline == 4
    assert b["Some linked words here."].link_density == pytest.approx(0.5)
    assert b["A caption"].caption and b["A caption"].tag == "figcaption"


def test_inline_elements_join_and_br_splits():
    b = list(_blocks("<div>one <b>two</b><i>three</i><br>four<br/>five</div>"))
    assert b == ["one twothree", "four", "five"]


def test_table_rows_are_lines_cells_joined_by_a_space():
    b = list(_blocks("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"))
    assert b == ["A B", "1 2"]


def test_hidden_content_is_dropped():
    b = _blocks("<div hidden>secret one</div><div style='display: none'>secret two</div><p>shown</p>")
    assert list(b) == ["shown"]


def test_a_wrapper_holding_the_article_is_not_furniture():
    paras = "".join(f"<p>Paragraph {i} tells the long story of the bridge, the council and the repairs in detail.</p>"
                    for i in range(5))
    page = f"<div class='content-sidebar-wrap'><div class='entry-content'>{paras}</div></div><div class='sidebar'><p>Ads here</p></div>"
    out = cleantext.clean_html(page)
    assert "Paragraph 0" in out and "Paragraph 4" in out
    assert "Ads here" not in out


def test_furniture_reasons():
    page = "<article>" + BODY * 3 + "<div class='share-bar'><a href='#'>Share</a> <a href='#'>Tweet</a></div></article>"
    result = cleantext.explain_html(page)
    share = [r for r in result.removals if "Tweet" in r.text]
    assert share and share[0].stage == "html" and share[0].category == "share" and share[0].rule == "dom:share"


# --- teaser lists ----------------------------------------------------------------------------

_ARTICLE = "".join(
    f"<p>Paragraph {i} of the report explains how the council weighed the cost of repairing the old bridge "
    f"against building a new one, and what the engineers said about the river.</p>" for i in range(6))
_SUMMARIES = ["The mayor opened the new library on Monday, and the first visitors queued for an hour before the doors opened.",
              "Heavy rain flooded the market square overnight, and traders spent the morning clearing mud from their stalls.",
              "The school choir won the regional contest with a programme of folk songs that the judges called fresh.",
              "A local baker has been named the best in the county after a blind tasting of forty sourdough loaves."]


def _teaser_items(wrap: str) -> str:
    return "".join(f"<{wrap}><h3><a href='/s{i}'>Other story number {i} in the news today</a></h3><p>{s}</p></{wrap}>"
                   for i, s in enumerate(_SUMMARIES))


def test_teaser_list_after_the_article_goes():
    page = f"<main><h1>Bridge repairs</h1><div class='text'>{_ARTICLE}</div><div class='more'>{_teaser_items('article')}</div></main>"
    result = cleantext.explain_html(page)
    assert "Paragraph 5" in result.text
    assert "sourdough" not in result.text and "flooded" not in result.text
    assert any(r.rule == "dom:teaser-list" and r.category == "related" and "sourdough" in r.text for r in result.removals)


def test_teaser_list_of_list_items_with_a_leading_link_goes():
    items = "".join(f"<li><a href='/s{i}'>Other story number {i} in the news</a> {s}</li>" for i, s in enumerate(_SUMMARIES))
    page = f"<div class='ticker'><ul>{items}</ul></div><div class='text'>{_ARTICLE}</div>"
    out = cleantext.clean_html(page)
    assert "Paragraph 0" in out and "Paragraph 5" in out
    assert "sourdough" not in out


def test_round_up_list_set_into_the_article_stays():
    # Linked headline + summary per item, but the list stands among the article's own paragraphs.
    items = "".join(f"<li><strong><a href='/s{i}'>Story number {i} of the day</a>.</strong> {s}</li>" for i, s in enumerate(_SUMMARIES))
    page = (f"<article><h1>Four things to know today</h1><div class='text'><p>Good morning! Here is the news you need "
            f"to know this Tuesday.</p><ol>{items}</ol><p>That is all for today, see you tomorrow morning.</p></div></article>")
    out = cleantext.clean_html(page)
    for s in _SUMMARIES:
        assert s in out


# --- the element named as the article's own text ---------------------------------------------

_SCHEDULE = "".join(f"<p>Round {i}: {d} March at the old harbour track</p>" for i, d in enumerate(range(3, 24, 3), 1))


def test_short_lines_in_the_article_body_element_are_body():
    # A schedule: no line reads as prose on its own, but the page names the element holding it.
    page = (f"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
            f"<div itemprop='articleBody'><h1>Racing calendar</h1><h3>The season at a glance</h3>{_SCHEDULE}</div>"
            "<div class='sidebar'><p>Moderators do not approve comments that are unreadable or rude to other readers.</p></div>")
    out = cleantext.clean_html(page)
    for i in range(1, 8):
        assert f"Round {i}:" in out
    assert "Moderators" not in out


def test_several_article_body_elements_name_no_body():
    # A listing of posts: each has an entry-content element; none of them is the page's body by name.
    page = "".join(f"<div class='entry-content'>{_SCHEDULE}</div>" for _ in range(2))
    blocks = H.blocks(page)
    assert not any(ev.body for _, ev in blocks)


def test_round_up_item_with_a_long_linked_headline_stays_in_the_body():
    paras = "".join(f"<p>Paragraph {i} of the briefing says what happened in the markets overnight and why "
                    f"traders were nervous about the central bank.</p>" for i in range(3))
    item = ("<li><a href='/x'>The regional water board has approved a plan to rebuild the dam above the valley town</a>. "
            "Work starts in spring and takes two years.</li>")
    page = f"<article><div class='text'>{paras}<ul>{item}</ul></div></article>"
    assert "Work starts in spring" in cleantext.clean_html(page)


def test_other_articles_than_the_headlines_go():
    others = "".join(f"<article><p>{s} It is a long story about something else entirely, told in full.</p></article>"
                     for s in _SUMMARIES)
    page = f"<article><h1>Bridge repairs</h1>{_ARTICLE}</article><h3>You may also like</h3>{others}"
    out = cleantext.clean_html(page)
    assert "Paragraph 0" in out and "Paragraph 5" in out
    assert "sourdough" not in out and "choir" not in out


def test_articles_without_a_headline_article_stay():
    # A blog index: several posts, none holding the page's <h1>.
    posts = "".join(f"<article><h2>Post {i}</h2><p>{s} It is a long story about the town, told in full.</p></article>"
                    for i, s in enumerate(_SUMMARIES))
    out = cleantext.clean_html(f"<h1>The town blog</h1>{posts}")
    assert "sourdough" in out and "choir" in out


def test_import_does_not_load_lxml():
    import subprocess
    import sys
    code = "import sys, cleantext; assert 'lxml.etree' not in sys.modules, 'lxml imported eagerly'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cleaning_text_does_not_load_the_html_front_end():
    import subprocess
    import sys
    code = ("import sys, cleantext; cleantext.clean('A line of text. And another one, of the article.'); "
            "assert 'cleantext.evidence' not in sys.modules and 'lxml.etree' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_image_credit_the_dom_calls_copyright_does_not_close_the_article():
    paras = [
        "The city council voted on Tuesday to close the old bridge to cars from next spring, after engineers warned that its supports were failing badly.",
        "Cyclists and pedestrians will still be able to cross, but buses will be diverted through the industrial estate, adding ten minutes to most journeys.",
        "The mayor said the decision had been the hardest of her term, and promised that a replacement would be designed within two years of the vote.",
        "Residents who live near the bridge have been told to expect noise from the repair work, which is due to begin in the first week of March next year.",
        "Local businesses on both sides of the river said they were worried about losing customers while the bridge was closed to traffic for the repairs.",
        "Engineers will inspect the supports again in the summer, and the council said it would publish their report in full when it is finished.",
        "The bridge was built in 1931 and carried about twelve thousand cars a day before the weight limit was lowered last year.",
        "A public meeting on the plans for the replacement will be held at the town hall on the first Monday of next month.",
    ]
    figure = '<figure><img src="b.jpg" alt=""><p class="copyright">Example Agency</p></figure>'
    page = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in paras[:6]) + figure
            + "".join(f"<p>{p}</p>" for p in paras[6:]) + "</article></body></html>")
    assert cleantext.clean_html(page) == "\n\n".join(paras)


# --- hidden content that holds the article ------------------------------------------------------

_STORY = [
    "The city council voted on Tuesday to close the old bridge to cars from next spring, after engineers warned that its supports were failing badly.",
    "Cyclists and pedestrians will still be able to cross, but buses will be diverted through the industrial estate, adding ten minutes to most journeys.",
    "The mayor said the decision had been the hardest of her term, and promised that a replacement would be designed within two years of the vote.",
    "Residents who live near the bridge have been told to expect noise from the repair work, which is due to begin in the first week of March next year.",
]


def test_a_paywall_that_hides_the_rest_of_the_story_keeps_it():
    """A paywall script shows the rest of the story to subscribers: the page hides it, but it is the article."""
    page = ("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge to close</h1>"
            f"<p>{_STORY[0]}</p><div class='paywall' hidden>" + "".join(f"<p>{p}</p>" for p in _STORY[1:])
            + "</div></article><div hidden><p>Log in to keep reading: subscribers get every story.</p></div></body></html>")
    out = cleantext.clean_html(page)
    assert out.endswith("\n\n".join(_STORY))
    assert "Log in" not in out


def test_a_page_streamed_into_hidden_chunks_keeps_its_article():
    """Streaming renderers send the page as hidden chunks that a script moves into place."""
    page = ("<html><body><div hidden id='S:0'><ul><li><a href='/a'>News</a></li><li><a href='/b'>Sport</a></li></ul></div>"
            "<template id='B:1'></template><div hidden id='S:1'><article><h1>Bridge to close</h1>"
            + "".join(f"<p>{p}</p>" for p in _STORY) + "</article></div></body></html>")
    assert cleantext.clean_html(page).endswith("\n\n".join(_STORY))


def test_hidden_prose_beside_a_visible_article_stays_hidden():
    hidden = "<div style='display:none'><p>" + _STORY[0].replace("council", "committee") + "</p></div>"
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in _STORY) + hidden + "</article></body></html>"
    assert cleantext.clean_html(page) == "\n\n".join(_STORY)


# --- markup a script would insert: template scripts, <noscript> ------------------------------------

def _template_page(script_type: str, *, around: str = "") -> str:
    post = "".join(f"<p>{p}</p>" for p in _STORY)
    return (f"<html><body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>{around}<article><h1>Bridge to close</h1>"
            f"<div class='post-body' itemprop='articleBody'><script type='{script_type}'>{post}</script></div></article>"
            "<footer><p>Powered by a blog host</p></footer></body></html>")


@pytest.mark.parametrize("script_type", ["text/template", "text/x-template", "text/html", "text/x-handlebars-template",
                                         "text/ng-template", "text/x-tmpl", "text/template; charset=utf-8"])
def test_an_article_kept_in_a_template_script_is_read_as_markup(script_type):
    assert cleantext.clean_html(_template_page(script_type)).endswith("\n\n".join(_STORY))


@pytest.mark.parametrize("script_type", ["", "text/javascript", "module", "application/ld+json", "application/json",
                                         "text/plain", "text/x-mathjax-config", "text/x-javascript-template"])
def test_code_and_data_scripts_are_never_read(script_type):
    page = _template_page(script_type).replace(" type=''", "")
    out = cleantext.clean_html(page)
    assert not any(p[:40] in out for p in _STORY)


def test_template_markup_is_parsed_not_shown_as_text():
    found = [t for t, _ in H.blocks("<div><script type='text/template'><p>One &amp; two</p><ul><li>three</li>"
                                    "</ul></script></div>")]
    assert found == []   # set aside: too little to be the article
    consumer = H._walk_tree(b"<div><script type='text/template'><p>One &amp; two</p><ul><li>three</li></ul></script></div>")
    assert [t for t, *_ in consumer.out] == ["One & two", "three"]
    assert all(ctx.hidden for _, ctx, *_ in consumer.out)


def test_a_small_template_beside_the_article_is_not_read():
    widget = "<script type='text/template'><div class='card'><p>{{ title }}</p><p>Read the full story now</p></div></script>"
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in _STORY) + widget + "</article></body></html>"
    assert cleantext.clean_html(page) == "\n\n".join(_STORY)


def test_an_article_only_in_noscript_is_kept():
    page = ("<html><body><div id='app'></div><noscript><article><h1>Bridge to close</h1>"
            + "".join(f"<p>{p}</p>" for p in _STORY) + "</article></noscript></body></html>")
    assert cleantext.clean_html(page).endswith("\n\n".join(_STORY))


def test_a_noscript_copy_of_the_article_is_not_kept_twice():
    copy = "<noscript><div>" + "".join(f"<p>{p}</p>" for p in _STORY[:3]) + "</div></noscript>"
    for page in (_template_page("text/template", around=copy), _template_page("text/template") + copy,
                 "<html><body><article>" + "".join(f"<p>{p}</p>" for p in _STORY) + "</article>" + copy + "</body></html>"):
        out = cleantext.clean_html(page)
        assert out.endswith("\n\n".join(_STORY)), page
        assert out.count(_STORY[0]) == 1


def test_a_template_in_a_template_is_not_read():
    # A script in a script's text cannot be closed (the first "</script>" ends the outer one):
    # the inner one runs to the end of the outer one's markup.
    inner = "<script type='text/template'><p>" + " ".join(["never read"] * 40) + "</p>"
    consumer = H._walk_tree(_template_page("text/template").replace("</script>", inner + "</script>").encode())
    texts = [t for t, *_ in consumer.out]
    assert _STORY[0] in texts and not any("never read" in t for t in texts)


def test_template_markup_resolves_no_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE", encoding="utf-8")
    post = "".join(f"<p>{p}</p>" for p in _STORY)
    page = (f"<html><body><div itemprop='articleBody'><script type='text/template'>"
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            f"<html><body><p>The report says &xxe; and more.</p>{post}</body></html></script></div></body></html>")
    result = cleantext.explain_html(page.encode())
    assert _STORY[0] in result.text
    assert "TOPSECRETVALUE" not in result.source


def test_a_deeply_nested_template_finishes_and_keeps_its_text():
    post = "".join(f"<p>{p}</p>" for p in _STORY)
    deep = "<div>" * 50_000 + post + "</div>" * 50_000
    page = f"<html><body><div itemprop='articleBody'><script type='text/template'>{deep}</script></div></body></html>"
    start = time.perf_counter()
    out = cleantext.clean_html(page)
    assert time.perf_counter() - start < 20
    assert out == "\n\n".join(_STORY)


def test_a_template_in_a_page_too_deep_for_a_tree_is_read():
    """The streaming producer (no tree) reads template scripts too."""
    page = ("<html><body>" + "<div>" * 1000 + "<span>deep</span>" + "</div>" * 1000
            + _template_page("text/template")[len("<html><body>"):])
    assert H._walk_tree(page.encode()) is None   # the page takes the streaming path
    assert cleantext.clean_html(page).endswith("\n\n".join(_STORY))


# --- ids and links that come from the text -------------------------------------------------------

def _doc_page(section_id: str, heading: str, heading_link: str = "") -> str:
    head = f"<a href='{heading_link}'>{heading}</a>" if heading_link else heading
    return ("<html><body><div class='body' role='main'><h1>Shared history</h1>" + "".join(f"<p>{p}</p>" for p in _STORY[:3])
            + f"<div class='section' id='{section_id}'><h2>{head}</h2><p>{_STORY[3]}</p></div></div></body></html>")


def test_a_section_id_made_of_its_headings_words_is_not_a_furniture_name():
    out = cleantext.clean_html(_doc_page("sharing-with-a-single-developer", "Sharing with a single developer"))
    assert out.endswith("Sharing with a single developer\n\n" + _STORY[3])
    out = cleantext.clean_html(_doc_page("sharing-with-a-single-developer-2", "Sharing with a single developer"))
    assert _STORY[3] in out


@pytest.mark.parametrize("section_id,heading", [
    ("comments", "Comments"),                                   # a component named after its short heading
    ("sharing-with-a-single-developer", "Working alone"),       # the id is not this heading's slug
])
def test_an_id_that_is_not_its_headings_long_slug_still_names_furniture(section_id, heading):
    out = cleantext.clean_html(_doc_page(section_id, heading))
    assert _STORY[2] in out and _STORY[3] not in out


def test_a_heading_linked_to_its_own_page_anchor_is_not_a_teaser_headline():
    out = cleantext.clean_html(_doc_page("details", "What the engineers found", heading_link="#id4"))
    assert "What the engineers found" in out
    b = _blocks("<h2><a href='#toc'>Back to the contents</a></h2><h2><a href='/other'>Another story</a></h2>")
    assert b["Back to the contents"].link_density == 0 and b["Another story"].link_density == 1


# --- a post typed as one paragraph, its lines split by <br> ------------------------------------------

_CHANGES = ["Added granite, andesite and diorite blocks", "Added slime blocks and iron trapdoors",
            "Villagers now harvest crops and plant new ones", "Mossy cobblestone is now craftable",
            "Doors and fences come in every wood type", "Sponges soak up water again",
            "The debug screen shows the light level", "The server list loads faster",
            "Buttons can be placed on the ceiling", "Lots of other small changes"]


def test_short_lines_of_one_br_split_paragraph_are_body():
    post = "<p>" + "<br>".join(f"+ {c}" for c in _CHANGES) + "</p>"
    page = ("<html><body><table><tr><td class='main'><h1>Game News</h1><div class='post'><h3>Version 1.8 is out</h3>"
            f"{post}</div></td><td class='side'><h2>Links</h2><a href='/a'>Forums</a><br><a href='/b'>Bug tracker</a>"
            "</td></tr></table></body></html>")
    b = _blocks(page)
    assert all(b[f"+ {c}"].body for c in _CHANGES)
    out = cleantext.clean_html(page)
    assert out.endswith("\n\n".join(f"+ {c}" for c in _CHANGES))


def test_one_paragraph_and_a_short_line_beside_it_make_no_body_container():
    """Only a paragraph's worth of short lines counts as a paragraph: a date line above one
    paragraph does not make its wrapper the article's container."""
    page = (f"<div class='col'><div class='text'>05/10/2018 - Posted by Jane Doe - Health<br>{_STORY[0]}</div>"
            "<div class='tags'><div><a href='/t/a'>bridge</a> <a href='/t/b'>council</a></div></div></div>")
    assert not any(ev.body for ev in _blocks(page).values())


# --- a gallery set into the article ------------------------------------------------------------------

_SLIDES = [f"Slide {i}: the market hall was rebuilt in {1900 + i} after a fire, and traders returned within a year "
           "to sell fish, bread and flowers to the people of the old town." for i in range(12)]


def _gallery_page(inside: bool) -> str:
    gallery = ("<div class='widget type-gallery'><div class='full-gallery'><h2>The town in pictures</h2><ul>"
               + "".join(f"<li><h3>{i + 1}/12</h3><p>{s}</p><p class='credits'>Archive</p></li>" for i, s in enumerate(_SLIDES))
               + "</ul></div></div>")
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    if inside:
        return f"<html><body><article><h1>Bridge to close</h1><div itemprop='articleBody'>{story}{gallery}</div></article></body></html>"
    return f"<html><body><article><h1>The town in pictures</h1>{gallery}</article></body></html>"


def test_a_gallery_set_into_the_article_goes_even_when_it_outweighs_it():
    body = replace(cleantext.Config(), keep_headline=False, keep_captions=False)
    result = cleantext.explain_html(_gallery_page(inside=True), config=body)
    assert result.text == "\n\n".join(_STORY)
    assert any(r.rule == "dom:gallery" and r.category == "caption" for r in result.removals)


def test_a_page_that_is_a_gallery_keeps_it():
    out = cleantext.clean_html(_gallery_page(inside=False))
    assert all(s in out for s in _SLIDES)


def test_a_row_whose_cells_wrap_their_text_in_paragraphs_is_one_line():
    table = ("<table><tr><td><p><b>Status</b></p></td><td><p><b>Comment</b></p></td></tr>"
             "<tr><td><p>new</p></td><td><p>Pick up tasks that are ready.</p></td></tr></table>")
    assert list(_blocks(table)) == ["Status Comment", "new Pick up tasks that are ready."]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in _STORY[:2]) + table + "".join(
        f"<p>{p}</p>" for p in _STORY[2:]) + "</article></body></html>"
    out = cleantext.clean_html(page)
    assert "Status Comment" in out and out.endswith("\n\n".join(_STORY[2:]))


def test_a_layout_table_keeps_its_paragraphs_apart():
    page = "<table><tr><td>" + "".join(f"<p>{p}</p>" for p in _STORY) + "</td><td><p>Links</p></td></tr></table>"
    assert list(_blocks(page)) == [*_STORY, "Links"]


def test_a_feed_beside_the_articles_own_element_goes_even_when_it_outweighs_it():
    feed = "<div class='sidebar'><h2>Live</h2><ul>" + "".join(f"<li><p>{s}</p></li>" for s in _SLIDES) + "</ul></div>"
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    page = (f"<html><body><div class='layout'><article><h1>Bridge to close</h1><div itemprop='articleBody'>{story}</div>"
            f"</article>{feed}</div></body></html>")
    body = replace(cleantext.Config(), keep_headline=False, keep_captions=False)
    assert cleantext.clean_html(page, config=body) == "\n\n".join(_STORY)
    # Without an element named as the article's text, the sidebar that holds most of the prose may be the layout.
    unnamed = page.replace(" itemprop='articleBody'", "")
    assert _SLIDES[0] in cleantext.clean_html(unnamed, config=body)


def test_an_article_split_into_elements_of_one_furniture_named_class_stays():
    """Each "article-widget" holds a little of the story (less than half of the page's prose),
    but together they hold most of it: the class is the page's way of laying out its article."""
    widgets = "".join(f"<div class='article-widget article-widget-text'><p>{p}</p></div>" for p in _STORY)
    cards = "".join(f"<div class='widget related-card'><p>{s}</p></div>" for s in _SLIDES[:2])
    page = f"<html><body><div class='page'><h1>Bridge to close</h1>{widgets}</div><div class='rail'>{cards}</div></body></html>"
    body = replace(cleantext.Config(), keep_headline=False, keep_captions=False)
    assert cleantext.clean_html(page, config=body) == "\n\n".join(_STORY)


def test_a_promo_box_that_swallowed_the_article_is_not_a_promo_box():
    """An unclosed sign-up box: the parser puts the rest of the article inside it."""
    rest = "".join(f"<p>{s}</p>" for s in _SLIDES[:10])
    before = [p.replace("bridge", place) for place in ("bridge", "tunnel", "ring road") for p in _STORY]
    page = ("<html><body><article><h1>Market hall</h1>" + "".join(f"<p>{p}</p>" for p in before)
            + "<div class='cta newsletter-box'><div><h2>The Weekly</h2><form>Sign up for our weekly digest.<input type=email>"
            + "<button>Sign up</button></form>" + rest + "</article></body></html>")
    out = cleantext.clean_html(page)
    assert all(s in out for s in _SLIDES[:10])
    small = page.replace(rest, "".join(f"<p>{s}</p>" for s in _SLIDES[:2]))
    assert _SLIDES[0] not in cleantext.clean_html(small)   # a box with a few sentences of its own is still a box


def test_an_empty_block_inside_a_sentence_does_not_split_it():
    """A widget injected into a citation (an empty styled <div>) leaves the sentence one line;
    <br> and <hr> still split."""
    assert list(_blocks("<li><cite><a href='/x'>\"In the Loop\"</a> <div class='shield'><div></div></div>. "
                        "24 August 2021.</cite></li>")) == ['"In the Loop" . 24 August 2021.']
    assert list(_blocks("<div>one<div class='spacer'></div>two<br>three<hr>four</div>")) == ["one two", "three", "four"]
    assert list(_blocks("<div>before<p>inside</p>after</div>")) == ["before", "inside", "after"]


def test_a_mathml_formula_is_read_without_its_annotation():
    page = ("<p>When <math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow>"
            "<annotation encoding='application/x-tex'>a \\neq 0</annotation></semantics></math>, there are two solutions.</p>")
    assert list(_blocks(page)) == ["When a≠0, there are two solutions."]


def test_custom_elements_are_inline_unless_they_name_furniture_or_the_article():
    page = ("<div>The roots are <mjx-container class='MathJax CtxtMenu_Attached_0'><mjx-math aria-hidden='true'>"
            "</mjx-math><mjx-assistive-mml><math><mi>x</mi><mo>=</mo><mn>2</mn></math></mjx-assistive-mml>"
            "</mjx-container> and more.</div><amp-ad>Ad text</amp-ad><x-meta class='date'>May 1</x-meta>"
            "<site-footer>About us</site-footer>")
    b = _blocks(page)
    assert list(b) == ["The roots are x=2 and more.", "Ad text", "May 1", "About us"]
    assert b["Ad text"].hint == ("advertisement", "ad") and b["May 1"].hint == ("byline", "date")


def test_a_video_players_controls_are_not_the_article():
    player = ("<div class='video-js' role='region'><div class='vjs-control-bar' role='group'>"
              "<div role='button'><span>Play</span></div><div><span>Current Time </span>0:00</div>"
              "<div><span>Duration Time </span>0:00</div><div>Loaded: 0%</div></div></div>")
    story = [f"<p>{p}</p>" for p in _STORY]
    page = "<html><body><article><div itemprop='articleBody'>" + "".join(story[:2]) + player + "".join(story[2:]) + "</div></article></body></html>"
    body = replace(cleantext.Config(), keep_headline=False, keep_captions=False)
    result = cleantext.explain_html(page, config=body)
    assert result.text == "\n\n".join(_STORY)
    assert any(r.rule == "dom:control-bar" for r in result.removals)


def test_a_complementary_landmark_inside_the_main_area_is_a_sidebar_but_an_aside_in_the_article_stays():
    feed = "".join(f"<p>{s}</p>" for s in _SLIDES[:3])
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    box = "<aside class='factbox'><p>The bridge carries twelve thousand cars a day and was built in 1931 by the county.</p></aside>"
    page = (f"<html><body><div role='main'><div class='main-content'><article><h1>Bridge to close</h1>{story}{box}</article>"
            f"<aside role='complementary' class='mod'><h2>Live</h2>{feed}</aside></div></div></body></html>")
    body = replace(cleantext.Config(), keep_headline=False, keep_captions=False)
    out = cleantext.clean_html(page, config=body)
    assert out.startswith("\n\n".join(_STORY)) and "twelve thousand cars" in out
    assert _SLIDES[0] not in out


# --- the tree walk ---------------------------------------------------------------------------------

def test_skipped_elements_descendants_make_no_text_and_their_tails_are_read():
    page = ("<p>One <svg><g><text>icon</text><path/></g>label</svg>two <b>three</b></p>"
            "<div>four<svg><g><text>last</text></g></svg></div>")
    assert [t for t, _ in H.blocks(page)] == ["One two three", "four"]


def test_a_page_leaves_no_garbage_for_the_cyclic_collector():
    import gc
    page = f"<html><body><article itemprop='articleBody'><h1>Title</h1>{BODY}<p><a href='/x'>a link</a></p></article></body></html>"
    gc.collect()
    gc.disable()
    try:
        H.blocks(page)
        assert gc.collect() == 0
    finally:
        gc.enable()
