"""The fast paths give the answers of the general tests they stand in for."""
from __future__ import annotations

import re

import regex
from hypothesis import given, settings, strategies as st

from cleantext import classify, encoding, residue

ASCII = [chr(c) for c in range(128)]


def test_ascii_word_bytes_are_regex_word_characters():
    for c in ASCII:
        assert (classify._ASCII_WORD_BYTES[ord(c)] != ord(" ")) == bool(regex.match(r"\w", c)), repr(c)


def test_ascii_punct_is_punct_restricted_to_ascii():
    assert set(classify._ASCII_PUNCT.decode()) == {c for c in ASCII if classify._PUNCT.match(c)}


def test_wordless_characters_are_neither_words_nor_cjk():
    for c in classify._WORDLESS:
        assert not regex.match(r"\w", c) and not classify._CJK.match(c), repr(c)


def test_cjk_scripts_lie_in_the_gate():
    for code in range(0x110000):
        c = chr(code)
        if classify._CJK.match(c):
            assert classify._MAY_BE_CJK.match(c), hex(code)


def test_the_cjk_gate_is_the_ranges_it_stands_for():
    every = "".join(map(chr, range(0x110000)))
    ranges = re.compile("[\u0e01-\u1fff\u2e80-\U0010ffff]")
    assert classify._MAY_BE_CJK.sub("", every) == ranges.sub("", every)


def test_punctuation_counts_alike_in_re_and_regex():
    every = "".join(map(chr, range(0x3100))) + "｡"
    assert classify._PUNCT.findall(every) == regex.findall(classify._PUNCT.pattern, every)


def test_residue_starts_cover_every_residue_start():
    every = "".join(map(chr, range(0x110000)))
    starts = {m.group()[0] for m in residue._INVISIBLE.finditer(every)}
    for tail in ('"', "{", "'", " '"):  # what _GATE's two-character alternatives need after their first
        starts |= {m.group()[0] for m in residue._GATE.finditer(tail.join(every))}
    assert all(residue._STARTS.match(c) for c in starts), sorted(c for c in starts if not residue._STARTS.match(c))


_SENTENCE_ALPHABET = st.sampled_from(list(".!?\"')]([ \t\n\x0b\x0c\r\x1c\x1faZ09_-,;:"))


@settings(max_examples=500, deadline=None)
@given(st.text(_SENTENCE_ALPHABET, max_size=20))
def test_ascii_sentence_breaks_count_like_the_general_pattern(text):
    assert len(classify._ASCII_SENTENCE_BREAK.findall(text)) == len(classify._SENTENCE_BREAK.findall(text))


def test_latin1_word_bytes_are_regex_word_characters():
    for b in range(256):
        assert (classify._LATIN1_WORD_BYTES[b] != ord(" ")) == bool(regex.match(r"\w", chr(b))), hex(b)


def test_latin1_and_wordless_text_lower_cases_to_itself():
    """The Latin-1 fast path encodes lower-cased text as Latin-1, a "?" (no word character) for
    the _WORDLESS punctuation: lower case must keep Latin-1 in Latin-1 and leave _WORDLESS alone."""
    assert all(ord(c) < 256 for c in "".join(map(chr, range(256))).lower())
    assert classify._WORDLESS.lower() == classify._WORDLESS


_LATIN1_SENTENCE_ALPHABET = st.sampled_from(list(".!?…\"')]”’»([“‘« \t\n\x85\xa0\x1faZ09²½ªÉéß_-,;:—"))


@settings(max_examples=1000, deadline=None)
@given(st.text(_LATIN1_SENTENCE_ALPHABET, max_size=20))
def test_latin1_sentence_breaks_count_like_the_general_pattern(text):
    assert len(classify._LATIN1_SENTENCE_BREAK.findall(text)) == len(classify._SENTENCE_BREAK.findall(text))


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("ab Z_9.,’“—…é\xa0?ßµ²ÖÿÀ\x85×")), max_size=20))
def test_words_match_the_regex_tokeniser(text):
    matcher = classify.Matcher(())
    words = classify._facts(text, matcher)[0]
    assert words == len(regex.findall(r"\w+", text.lower()))


_MOJIBAKE_ALPHABET = st.sampled_from(list("ÃÂâ€™œ\x9dðŸ˜€©¶£\xa0 aeé\xc2\xdf\xe0\xef\xf0\xf4\x80\xbf"))


@settings(max_examples=1000, deadline=None)
@given(st.text(_MOJIBAKE_ALPHABET, max_size=12))
def test_repair_gate_agrees_with_the_mojibake_pattern(text):
    assert encoding.needs_repair(text) == (encoding.MOJIBAKE.search(text) is not None)


_RESIDUE_ALPHABET = st.sampled_from(["<", ">", "/", "!", "-", "&", "#", ";", "[", "]", "{", "}", "%", "$", "=", '"', "'",
                                     " ", "\t", "a", "b", "br", "amp", "x1", "caption", "id", "Q", "5", "\u200b"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_RESIDUE_ALPHABET, max_size=16).map("".join))
def test_every_residue_match_holds_a_residue_start(text):
    for match in residue.residue_pattern().finditer(text):
        assert residue._RESIDUE_START.search(match.group()), match.group()
    for start, end, _, _ in residue._comments(text):
        assert residue._RESIDUE_START.search(text[start:end])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_RESIDUE_ALPHABET, max_size=16).map("".join))
def test_residue_starts_only_skip_lines_without_residue(text):
    if residue._GATE.search(text) and not residue._RESIDUE_START.search(text):
        assert not list(residue._scan(text))


@given(st.integers(min_value=0, max_value=(1 << 600) - 1))
def test_mask_bits_are_listed_in_order(mask):
    assert classify._bits(mask) == tuple(a for a in range(mask.bit_length()) if mask >> a & 1)


def _credited_without_gates(text):
    """segment.credited as its patterns alone say it."""
    from cleantext import segment
    if len(text) > segment.CAPTION_MAX_CHARS:
        return False
    if segment._CAPTION_LABEL.match(text):
        return True
    m = segment._CREDIT_TAIL.search(text, max(0, len(text) - segment._CREDIT_REACH))
    return m is not None and m.start() > segment.CAPTION_MIN_CHARS


_CREDIT_ALPHABET = st.sampled_from(["Photo", "foto", "credit", "Caption", "©", ":", " : ", "/", " by ", ".", "!", "?",
                                    "(", ")", "[", "]", " ", "Jane Doe", "AP", "x", "The crowd on Monday"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_CREDIT_ALPHABET, max_size=12).map("".join))
def test_credited_gates_skip_only_lines_without_a_credit(text):
    from cleantext import segment
    text = " ".join(text.split())
    assert segment.credited(text) == _credited_without_gates(text)
    if not (text[-1:] in ")]" or ":" in text or "©" in text):  # the test segment.lines makes before asking
        assert not _credited_without_gates(text)
