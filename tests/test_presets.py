"""Config.favor: the same page under the three presets."""
from __future__ import annotations

from dataclasses import replace

import pytest

import cleantext

STORY = [
    "Rescue teams searched through the night for survivors after the ferry capsized near the harbour entrance on Monday.",
    "The coast guard said 41 people had been pulled from the water and taken to hospitals in the port city, most of them with hypothermia.",
    "Witnesses described a sudden squall that tipped the overloaded vessel onto its side within minutes of leaving the quay.",
    "The ferry operator said it was cooperating with investigators and that the crew had followed every safety procedure required of them.",
    "Relatives gathered at the terminal through the morning, waiting for lists of names that the port authority posted on a board every hour.",
    "The transport ministry ordered an inspection of every passenger vessel of the same class before they are allowed to sail again this week.",
]
NOTE = "The harbour museum will stay closed until the end of the month."
PAGE = "\n".join(["News", "Sport", "Weather", "Travel", "Ferry capsizes near the harbour entrance",
                  "Dozens rescued in the night", *STORY, "Business", "Culture", "Science", NOTE, "Opinion", "Jobs", "Travel"])


def clean(favor: str) -> list[str]:
    config = replace(cleantext.Config(), favor=favor)
    return cleantext.clean(PAGE, config=config).split("\n\n")


def test_balanced_keeps_headline_and_standfirst_and_cuts_the_small_block():
    assert clean("balanced") == ["Ferry capsizes near the harbour entrance", "Dozens rescued in the night", *STORY]


def test_precision_keeps_one_title_like_line_above_the_body():
    # The line right above the body; the second one up (here the headline) is not supported.
    assert clean("precision") == ["Dozens rescued in the night", *STORY]


def test_recall_keeps_the_small_block_but_not_the_menus():
    assert clean("recall") == ["Ferry capsizes near the harbour entrance", "Dozens rescued in the night", *STORY, NOTE]


def test_an_unknown_preset_is_refused():
    with pytest.raises(ValueError, match="favor"):
        cleantext.Config(favor="speed")
