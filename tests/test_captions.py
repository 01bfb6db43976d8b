"""Captions in plain text: a picture's description that ends in its credit, or that a label
introduces. They are kept by default and go with ``keep_captions=False``; a body paragraph that
merely mentions a photo, or that has a caption glued to its end, stays."""
from __future__ import annotations

from dataclasses import replace

import pytest

import cleantext
from cleantext.segment import credited

BODY_ONLY = replace(cleantext.Config(), keep_headline=False, keep_captions=False)

CAPTIONS = [
    # one per language and shape: a credit after the caption's sentence, a ©, a bracketed credit, a label
    "Protesters gather outside the court on Monday. Photo: Jane Doe/Example Agency",
    "Protesters gather outside the court on Monday. (AP Photo/Jane Doe)",
    "Protesters gather outside the court on Monday. Photograph: Jane Doe/Example Images",
    "More than 4,000 people are expected to receive notice in coming weeks (Credit: Example Stock)",
    "Der Bürgermeister empfing am Montag nur wenige Gäste im Rathaus © Example Verlag",
    "Die Polizei sperrte die Straße am Nachmittag ab. Foto: Max Mustermann/dpa",
    "Legende: Die Ministerin mit ihrem Mann auf dem Platz vor dem Rathaus. Example",
    "Bildunterschrift: Die Ministerin mit ihrem Mann auf dem Platz vor dem Rathaus.",
    "Les manifestants devant le tribunal, lundi. Crédit : Jean Dupont/Example",
    "Légende : les manifestants devant le tribunal, lundi.",
    "Los manifestantes frente al tribunal el lunes. Foto: Juan Pérez / Example",
    "I manifestanti davanti al tribunale lunedì. (Foto: Mario Rossi)",
    "Os manifestantes em frente ao tribunal na segunda-feira. Foto: João Silva/Example",
    "Demonstranci przed sądem w poniedziałek. Zdjęcie: Jan Kowalski/Example",
    "Demonstranten voor de rechtbank op maandag. Foto: Jan Jansen/Example",
    "Åtta bostadshus och en skola träffades i attackerna. Foto: Example Person/AP",
]

NOT_CAPTIONS = [
    "Photo: Example Agency",  # a bare credit: the photo-credit rule's, not a caption
    "The photo: a blurry image of a man in a hat, which the agency later withdrew.",
    "He said the photo was fake: it showed nothing of the sort.",
    "The paper's caption asked readers to judge the picture for themselves.",
    "Der Fotograf sagte: Das Bild ist echt und wurde nicht bearbeitet.",
    "The agency published a second picture on Tuesday, and it was credited to the same photographer.",
    "Revenue rose 4% in the quarter (source: company filings).",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_a_credited_caption_is_a_caption(text):
    assert credited(text)


@pytest.mark.parametrize("text", NOT_CAPTIONS)
def test_body_about_photos_is_not_a_caption(text):
    assert not credited(text)


def test_the_credit_words_looked_for_before_the_search_are_those_it_needs():
    from cleantext import segment, triggers
    assert segment._CREDIT_NEEDS == triggers.needed_strings(segment._CREDIT_TAIL.pattern)


@pytest.mark.parametrize("text", [
    "PROTESTERS GATHER OUTSIDE THE COURT ON MONDAY. PHOTO: JANE DOE/EXAMPLE AGENCY",  # upper case: found all the same
    "Die Polizei sperrte die Straße am Nachmittag ab. FOTO: MAX MUSTERMANN/DPA",
    "İSTANBUL'DA TOPLANAN PROTESTOCULAR PAZARTESİ GÜNÜ. PHOTO: AYŞE YILMAZ/AA",  # a dotted capital I: no lower-case test
])
def test_a_credit_in_capitals_is_found(text):
    assert credited(text)


BODY = [
    "The band announced on Monday that it will tour North America next summer for the first time in a decade.",
    "Tickets go on sale on Friday, and the band said a share of the proceeds will go to music schools in each city.",
]
CAPTION = "The band on stage in Toronto last year. Photo: Jane Doe/Example Agency"


def test_a_credited_caption_goes_only_when_captions_are_not_kept():
    page = "\n\n".join([BODY[0], CAPTION, BODY[1]])
    assert cleantext.clean(page) == page
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(BODY)
    removed = [r for r in cleantext.explain(page, config=BODY_ONLY).removals]
    assert [(r.category, r.rule, r.text) for r in removed] == [("caption", "caption-line", CAPTION)]


def test_a_paragraph_with_a_caption_glued_to_its_end_stays():
    # A paragraphs view can join a paragraph and the caption of the picture after it:
    # the paragraph is body, and body is never dropped for its last words.
    long_paragraph = " ".join(BODY * 3) + " The singer on stage. (Photo by Jane Doe)"
    page = "\n\n".join([BODY[0], long_paragraph, BODY[1]])
    assert cleantext.clean(page, config=BODY_ONLY) == page
