"""A cut <img> tag after a caption: the end of its alt/title value repeats the caption's last words.

``…in March.March" class="size-full …" alt="" …>`` must come out as ``…in March.``: the
repeated words before ``" class=`` / ``" alt=`` belong to the fragment, whatever stands
between the two copies (nothing, a full stop, a space, a quote).
"""
from __future__ import annotations

import pytest

import cleantext
from cleantext import residue

FRAGMENT = '" class="size-full wp-image-4521" alt="" width="800" height="533" />'

CASES = [
    # (caption as scraped, without the fragment) -> caption as it should read
    ("Residents wade through the flooded high street in March.March", "Residents wade through the flooded high street in March."),
    ("Residents wade through the flooded high street in March. March", "Residents wade through the flooded high street in March."),
    ("Taliban fighters patrol a street in AfghanistanAfghanistan", "Taliban fighters patrol a street in Afghanistan"),
    ("Fishing boats cross the river at dawn.the river at dawn", "Fishing boats cross the river at dawn."),
    ("Fishing boats cross the river at dawn. The river at dawn", "Fishing boats cross the river at dawn."),
    ("Crowds gather on the “old bridge”.old bridge", "Crowds gather on the “old bridge”."),
    ("Volunteers fill sandbags outside the town hall, on Sunday;on Sunday", "Volunteers fill sandbags outside the town hall, on Sunday;"),
]


@pytest.mark.parametrize("caption,expected", CASES)
def test_repeated_tail_goes_with_the_fragment(caption, expected):
    text, spans = residue.strip(caption + FRAGMENT)
    assert " ".join(text.split()) == expected
    assert [sp.rule for sp in spans] == ["attribute-fragment"]


@pytest.mark.parametrize("caption", [
    "Residents wade through the flooded high street in March.Photo",   # the value's tail is not a repeat: it stays
    "The old march.arch",                                               # a repeat must start a word in both copies
    "Water levels rose",                                                # nothing repeated
])
def test_text_that_does_not_repeat_stays(caption):
    text, _ = residue.strip(caption + FRAGMENT)
    assert " ".join(text.split()) == caption


def test_caption_in_an_article_is_kept_cleaned():
    body = ["The river burst its banks on Saturday night, flooding more than two hundred homes in the lower town, officials said.",
            "Engineers said the defences built after the last flood had held, but the water came from the fields behind the town."]
    page = "\n\n".join([body[0], "Residents wade through the flooded high street in March.March" + FRAGMENT, body[1]])
    assert cleantext.clean(page).split("\n\n") == [body[0], "Residents wade through the flooded high street in March.", body[1]]


@pytest.mark.parametrize("caption", ["We spent a week in Bora Bora", "A cottage outside Walla Walla"])
def test_a_doubled_name_before_a_fragment_is_not_a_repeat(caption):
    # One word twice across a bare space is a name, not the attribute value repeating the caption.
    assert cleantext.clean(caption + FRAGMENT) == caption
