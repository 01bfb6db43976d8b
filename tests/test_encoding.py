"""decode(): every codec path with real bytes; repair(): gated, conservative, idempotent."""
from __future__ import annotations

import codecs

import pytest

from cleantext.encoding import BinaryInputError, Decoded, decode, needs_repair, repair


# --- decode -------------------------------------------------------------------

def test_plain_utf8_has_no_warning():
    assert decode("Zażółć — “ok” 東京 😀".encode()) == Decoded("Zażółć — “ok” 東京 😀", "utf-8", None)


def test_empty_input():
    assert decode(b"") == Decoded("", "utf-8", None)


@pytest.mark.parametrize("data, codec", [
    (codecs.BOM_UTF8 + "café".encode(), "utf-8-sig"),
    ("café 😀".encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "utf-16"),
    ("café 😀".encode("utf-32"), "utf-32"),
])
def test_bom_decides(data, codec):
    decoded = decode(data)
    assert decoded.encoding == codec
    assert decoded.text in ("café", "café 😀")
    assert decoded.warning is None
    assert not decoded.text.startswith("\ufeff")


def test_utf16_with_lone_surrogate_has_no_surrogates():
    data = codecs.BOM_UTF16_LE + b"a\x00\x00\xd8b\x00"  # a, lone high surrogate, b
    decoded = decode(data)
    assert not any("\ud800" <= ch <= "\udfff" for ch in decoded.text)
    assert decoded.warning is not None


def test_nul_bytes_are_binary():
    with pytest.raises(BinaryInputError):
        decode(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(ValueError):  # BinaryInputError is a ValueError
        decode("text".encode("utf-16-le"))  # UTF-16 without a BOM is not taken for text


def test_cp1252_fallback_warns():
    decoded = decode("caf\xe9 \x93quoted\x94 \x80".encode("latin-1"))
    assert decoded == Decoded("café “quoted” €", "cp1252", decoded.warning)
    assert decoded.warning and "cp1252" in decoded.warning


def test_latin1_fallback_when_cp1252_fails():
    decoded = decode(b"caf\xe9 \x81")  # 0x81 is undefined in cp1252
    assert decoded.encoding == "latin-1"
    assert decoded.text == "café \x81"
    assert decoded.warning


def test_mixed_utf8_and_cp1252_lines():
    data = "Größe — ok\n".encode() + "caf\xe9 bar\r\n".encode("cp1252") + "東京\n".encode()
    decoded = decode(data)
    assert decoded.text == "Größe — ok\ncafé bar\r\n東京\n"
    assert decoded.encoding == "utf-8+cp1252"
    assert decoded.warning and "1 line" in decoded.warning


@pytest.mark.parametrize("head, codec, body", [
    ('<meta charset="iso-8859-1">', "cp1252", "caf\xe9 “q” €"),  # ISO-8859-1 read as cp1252
    ("<META http-equiv='Content-Type' content='text/html; charset=windows-1252'>", "cp1252", "na\xefve"),
    ('<meta charset=gb2312>', "gb18030", "中文新闻"),
    ('<meta charset="shift_jis">', "shift_jis", "日本語"),
])
def test_html_meta_charset(head, codec, body):
    data = head.encode("ascii") + body.encode(codec)
    decoded = decode(data, html=True)
    assert decoded.text == head + body
    assert decoded.encoding == codec
    assert decoded.warning is None


def test_meta_charset_ignored_for_plain_text_and_unknown_names():
    data = b'<meta charset="shift_jis">' + "日本".encode("shift_jis")
    assert decode(data).encoding != "shift_jis"  # html=False: no sniffing
    unknown = decode(b'<meta charset="x-no-such-codec">caf\xe9', html=True)
    assert unknown.encoding == "cp1252" and unknown.warning


def test_meta_charset_beyond_8k_is_not_read():
    data = b" " * 9000 + b'<meta charset="shift_jis">' + "日本".encode("shift_jis")
    assert decode(data, html=True).encoding != "shift_jis"


def test_utf8_wins_over_declared_charset():
    data = '<meta charset="iso-8859-1">café'.encode()
    assert decode(data, html=True) == Decoded('<meta charset="iso-8859-1">café', "utf-8", None)


def test_encoded_surrogates_are_not_utf8():
    decoded = decode(b"a\xed\xa0\x80b")  # CESU-style surrogate: invalid UTF-8
    assert not any("\ud800" <= ch <= "\udfff" for ch in decoded.text)
    assert decoded.warning


# --- repair -------------------------------------------------------------------

@pytest.mark.parametrize("broken, fixed", [
    ("donâ€™t", "don’t"),
    ("cafÃ©", "café"),
    ("â€œquotedâ€\x9d and â€” dash", "“quoted” and — dash"),
    ("price Â£5", "price £5"),
    ("emoji ðŸ˜€ here", "emoji 😀 here"),
    ("Ã¢â‚¬â„¢ twice", "’ twice"),  # double mojibake
    ("GrÃ¶ÃŸe", "Größe"),
    ("Â\xa0", "\xa0"),  # mojibake of an NBSP gives the NBSP back
    ("cafÃ© and SÃO PAULO", "café and SÃO PAULO"),  # partial: only the damaged run changes
    ("IRMÃ E IRMÃO â€” x", "IRMÃ E IRMÃO — x"),
])
def test_repairs_mojibake(broken, fixed):
    assert needs_repair(broken)
    assert repair(broken) == fixed
    assert repair(fixed) == fixed  # idempotent


CLEAN = [
    "“Curly” ‘quotes’ — em dash – en dash … ellipsis",
    "Größenwahn über Straße, Äpfel",
    "Zażółć gęślą jaźń, Łódź",
    "Ça, déjà, où, naïve, cœur, « guillemets »",
    "¿Qué pasó? ¡Sí! El niño, señor",
    "Příliš žluťoučký kůň úpěl ďábelské ódy",
    "東京の天気、北京 中文 한국어",
    "Emoji 😀🎉 👍🏽",
    "SÃO PAULO — IRMÃ E IRMÃO",
    "São Paulo",
    "non\xa0breaking\xa0spaces 10\xa0000",
    "ﬁ ligature, ＦＵＬＬ width, &amp; entity, &nbsp;",
    "",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_untouched(text):
    assert repair(text) == text


@pytest.mark.parametrize("text", CLEAN)
def test_gate_does_not_fire_on_clean_text(text):
    assert not needs_repair(text)


# --- properties -------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

# Lead bytes and continuation characters of mojibake, plus ordinary text.
_MOJIBAKE_ALPHABET = st.sampled_from(list("ÃÂâ€™œ\x9dðŸ˜€©¶£\xa0 aeO—–“”é") + ["\u00e4", "\u00df", "\u0161"])


@settings(max_examples=300, deadline=None)
@given(st.text(_MOJIBAKE_ALPHABET, max_size=30) | st.text(max_size=30))
def test_repair_is_idempotent_and_gated(text):
    fixed = repair(text)
    assert repair(fixed) == fixed
    if not needs_repair(text):
        assert fixed == text
    assert not any("\ud800" <= ch <= "\udfff" for ch in fixed)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_decode_never_fails_on_nul_free_bytes(data):
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    decoded = decode(data)
    assert not any("\ud800" <= ch <= "\udfff" for ch in decoded.text)


def test_utf8_bom_with_cp1252_lines():
    data = codecs.BOM_UTF8 + "Größe\n".encode() + "caf\xe9\n".encode("cp1252")
    decoded = decode(data)
    assert decoded.text == "Größe\ncafé\n"
    assert decoded.warning and decoded.encoding.startswith("utf-8-sig")
