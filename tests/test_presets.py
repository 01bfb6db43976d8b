"""Config.favor: the same page under the three presets."""
from __future__ import annotations

from dataclasses import replace

import pytest

import cleantext
from test_context import WIRE_STORY as STORY  # the same hand-made story

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
