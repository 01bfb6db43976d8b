"""The trigger index never changes a decision: it only skips rules that cannot match."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cleantext import triggers
from cleantext.classify import Matcher
from cleantext.rules import LINE_RULES, MAX_RULE_LINE

INDEXED = Matcher(LINE_RULES)
PLAIN = [(r, regex.compile(r.pattern, regex.IGNORECASE)) for r in LINE_RULES]

# Lines of page furniture and body text in several languages, beside every rule's own examples.
LINES = [
    "© 2019 Example Media Company", "©2019 Example", "(c) 2020 Example Ltd", "Copyright © 2021 Example. All rights reserved.",
    "First published on November 19, 2019 / 8:16 AM", "Jane Doe on March 5, 2019 at 10:30 am said:", "jdoe says:",
    "More", "About", "ABOUT", "more...", "E-mail", "Email", "e-mail", "Login", "Log in", "Síguenos en Facebook",
    "Siguenos en Instagram", "Sept. 3, 2024", "September 3, 2024", "Sep 3, 2024", "₹900", "$4.99/month", "US$ 5",
    "Only $1/week", "Home > News > World", "Share | Tweet | Email", "(Getty Images)", "AGENCY/Jane Doe",
    "Dont miss", "Don’t miss", "Don't miss:", "Photo: Example Agency", "Tags: a, b", "Advertisement revenue fell 12%.",
    "The council met on Tuesday and said the budget would be cut by 4%.", "Lesen Sie auch: Neue Regeln ab Mai",
    "Publicado el 3 de marzo de 2024", "12 Comments", "(3) Comments", "Reply", "Sort by: Newest",
    "googletag.cmd.push(function() { googletag.display('x'); });", "Jederzeit kündbar", "Jetzt abonnieren",
]
ALL = sorted({" ".join(s.split()) for r in LINE_RULES for s in (*r.examples, *r.counterexamples)} | set(LINES))


def _alternatives(pattern):
    """A pattern's top-level alternatives and the ones it is indexed as (:func:`triggers.indexed_alternatives`)."""
    return sorted(set(triggers.alternatives(pattern)) | set(triggers.indexed_alternatives(pattern)))


def _plain_match(text):
    n = len(regex.findall(r"\w+", text))
    if len(text) > MAX_RULE_LINE:
        return None
    for rule, pattern in PLAIN:
        if rule.max_words >= n and pattern.fullmatch(text):
            return rule.name
    return None


@pytest.mark.parametrize("text", ALL)
def test_index_decides_like_trying_every_rule(text):
    hit = INDEXED.match(text, regex.findall(r"\w+", triggers.lower_words(text)))
    assert (hit.name if hit else None) == _plain_match(text)


@pytest.mark.parametrize("pattern, expected", [
    ("e-?mail", {"e", "emai"}),
    ("log ?in", {"log", "logi"}),
    ("don(?:'|’)?t miss", {"don", "dont"}),
    ("comments?", {"comm"}),
    ("ads?", {"ads", "ad"}),
    (r"\(?\s*(?:this|the) story", {"this", "the"}),
    (r"(?:\d+ )?comments?\W{0,3}", {"0", "comm"}),
    (r"jan(?:uary|vier|\.)?", {"jan", "janu", "janv"}),
    (r"(?:©|\(c\)|copyright)\s*\d{4}", {"c", "copy", "0"}),
    (r"[$€£]\s?\d+", {"0"}),
    (r"(?=\D{0,60}\d)(?:published|\d+ min)", {"publ", "0"}),
])
def test_leading_words(pattern, expected):
    assert triggers.leading_words(pattern) == expected


@pytest.mark.parametrize("pattern", [r"(?-i:\p{Lu})x", r"\S+ says", r"s[íi]guenos", r".{0,200}reserved", r"[^\s|]+ \| x"])
def test_unreadable_starts_are_unknown(pattern):
    assert triggers.leading_words(pattern) is None


def test_alternatives_split_only_at_top_level():
    assert triggers.alternatives(r"a|(?:b|c)|[|]|d\|e") == ["a", "(?:b|c)", "[|]", r"d\|e"]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:share|tweet)\W{0,3}|x", [r"share\W{0,3}", r"tweet\W{0,3}", "x"]),
    (r"(?=.{1,40}$)(?:more (?:news|stories)|all news)", [r"(?=.{1,40}$)more (?:news|stories)", r"(?=.{1,40}$)all news"]),
    (r"(?:(?:a|b)|c) d", ["a d", "b d", "c d"]),
])
def test_indexed_alternatives_split_groups_that_make_up_an_alternative(pattern, expected):
    assert triggers.indexed_alternatives(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"(?:share|tweet)?\W{0,3}",      # an optional group
    r"(?:share|\S+) this",           # a branch whose start cannot be read
    r"(?:(share)|tweet) \1",         # a reference to a group
    r"(?r)(?:share|tweet).{0,9}",     # a pattern-wide flag
    r"x(?:share|tweet)",              # a group after more than lookaheads
])
def test_indexed_alternatives_keep_what_cannot_be_split(pattern):
    assert triggers.indexed_alternatives(pattern) == triggers.alternatives(pattern)


def test_indexed_alternatives_match_what_the_rule_matches():
    for rule in LINE_RULES:
        pieces = [regex.compile(a, regex.IGNORECASE).fullmatch for a in triggers.indexed_alternatives(rule.pattern)]
        whole = regex.compile(rule.pattern, regex.IGNORECASE).fullmatch
        assert [t for t in ALL if bool(whole(t)) != any(f(t) for f in pieces)] == [], rule.name


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"(?=.{0,200}?all rights reserved).{1,300}", "all rights reserved"),
    (r".{0,200}\bare (?:registered )?trademarks (?:of|owned by)\b.{0,200}", "trademarks "),
    (r"comments? \(\d+\)", "comment"),
    (r"(?:sign|log) ?in to comment", "in to comment"),
    (r"e\.g\. more", "e.g. more"),
])
def test_needed_literal_is_in_every_match(pattern, needed):
    assert triggers.needed_literal(pattern) == needed


@pytest.mark.parametrize("pattern", [r"(?:sign|log) ?on", r"\S+ \d+", r"(?!.*cookie).{1,40}", r"ab+c", r"x(?:abcdef)?y"])
def test_no_needed_literal_without_a_required_string(pattern):
    assert triggers.needed_literal(pattern) is None


def test_plain_folding_covers_the_fast_path_punctuation():
    from cleantext.classify import _WORDLESS
    assert triggers.folds_plainly("Don’t miss – “Top 10” © 2024 … ™") and triggers.folds_plainly(_WORDLESS)
    assert not triggers.folds_plainly("Straße") and not triggers.folds_plainly("DİYARBAKIR")


def test_accented_latin_folds_plainly():
    if triggers._unplain is None:
        pytest.skip("UNPLAIN_FOLDS was worked out for other regex/Unicode versions")
    assert triggers.folds_plainly("Déjà vu: für Öl, señor, zażółć gęślą jaźń")
    assert not triggers.folds_plainly("Maſs") and not triggers.folds_plainly("ΣΟΦΊΑ")


def test_unplain_folds_table_is_the_installed_versions_one():
    """The table is what unplain_folds() works out, for the versions it names; with other
    versions it is not used (folds_plainly falls back to ASCII and uncased characters)."""
    import unicodedata
    if (regex.__version__, unicodedata.unidata_version) != triggers.UNPLAIN_FOLDS_FOR:
        assert triggers._unplain is None
        pytest.skip("UNPLAIN_FOLDS was worked out for other regex/Unicode versions: regenerate it")
    assert triggers.unplain_folds() == triggers.UNPLAIN_FOLDS


def test_plain_literal_characters_match_only_what_lowers_alike():
    """What regex itself matches: every character of the rules' plain literals, case-insensitively,
    against every code point, matches only characters of the same lower case or of UNPLAIN_FOLDS."""
    if triggers._unplain is None:
        pytest.skip("UNPLAIN_FOLDS was worked out for other regex/Unicode versions")
    everything = "".join(map(chr, range(0x110000))).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    chars = {c for rule in LINE_RULES for c in rule.pattern if c.isalpha() and triggers._plain_literal(c)}
    wrong = [(c, t) for c in sorted(chars) for t in regex.findall(regex.escape(c), everything, regex.IGNORECASE)
             if t.lower() != c.lower() and triggers.folds_plainly(t)]
    assert not wrong


def test_needed_literal_is_found_in_every_line_an_alternative_matches():
    needing = [(regex.compile(a, regex.IGNORECASE).fullmatch, triggers.needed_literal(a), rule.name)
               for rule in LINE_RULES for a in _alternatives(rule.pattern)]
    needing = [n for n in needing if n[1] is not None]
    missed = [(name, text) for text in ALL if triggers.folds_plainly(text)
              for fullmatch, needed, name in needing if fullmatch(text) and needed not in text.lower()]
    assert not missed


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"(?=.{0,200}?(?:all rights reserved|tous droits réservés)).{1,300}", ("all rights reserved", "tous droits réservés")),
    (r"\S+(?:\s+\S+){3,9}\s(?:…|\.\.\.)", ("...", "…")),
    (r"(?:compartir|compartir ahora) en \S+", ("compartir",)),
    (r"(?:sign|log) ?in to comment", ("in to comment",)),
    # what every branch of an alternation needs, though each needs commoner strings too
    (r"(?r).{1,40}?(?:\[(?:…|\.\.\.)\]|,\s*(?:…|\.\.\.)|\s(?:the|a)(?:…|\.\.\.))", ("...", "…")),
    # a class of a few plain characters
    (r"\p{Lu}\w+\s*[,–-]\s*\d+", (",", "-", "–")),
])
def test_needed_strings_one_of_which_is_in_every_match(pattern, needed):
    assert triggers.needed_strings(pattern) == needed


@pytest.mark.parametrize("pattern", [r"(?:a|b) x", r"\S+ \d+", r"(?:on|at) \d+", r"x(?:abcdef)?y", r"(?:foo|\w+)-?ab",
                                     r"[a-z]+ \d", r"[^,]+", r"[,-]?\d+", r"[\d,]+", r"[abcdefgh]\d"])
def test_no_needed_strings_without_rare_required_ones(pattern):
    assert triggers.needed_strings(pattern) is None


def test_needed_strings_are_found_in_every_line_an_alternative_matches():
    needing = [(regex.compile(a, regex.IGNORECASE).fullmatch, triggers.needed_strings(a), rule.name)
               for rule in LINE_RULES for a in _alternatives(rule.pattern)]
    needing = [n for n in needing if n[1] is not None]
    assert len(needing) > 100
    missed = [(name, text) for text in ALL if triggers.folds_plainly(text)
              for fullmatch, needed, name in needing if fullmatch(text) and not any(s in text.lower() for s in needed)]
    assert not missed


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"\d+ comments", True), (r"(?:\d+ )?comments", False), (r"(?=\D{0,60}\d)(?:a|b)", True), (r"a|\d", False),
    (r"(?:x\d|\d{1,2}y)", True), (r"[0-9]{2}", True), (r"[0-9a]", False), (r"\d*x", False), (r"(?!\d)x", False),
    (r"[\d.]+", False), (r"x\\d", False), (r"(?-i:\d)", True), (r"(?>\d)", False),
])
def test_needs_digit(pattern, needed):
    assert triggers.needs_digit(pattern) is needed


def test_needs_digit_holds_for_every_line_an_alternative_matches():
    needing = [(regex.compile(a, regex.IGNORECASE).fullmatch, rule.name)
               for rule in LINE_RULES for a in _alternatives(rule.pattern) if triggers.needs_digit(a)]
    assert len(needing) > 50
    missed = [(name, text) for text in ALL if not regex.search(r"\d", text) for fullmatch, name in needing if fullmatch(text)]
    assert not missed


@pytest.mark.parametrize(("pattern", "longest"), [
    (r"(?=.{5,60}$)\S+ \d+", 61), (r"(?=\D{0,60}\d)(?=.{1,200}?$).+", 201), (r"(?=.{1,200}$)x|.+", None),
    (r"\S+(?=.{1,20}$)", None), (r"(?r)(?=.{1,20}$)x", None), (r"(?=.{1,20})x", None),
])
def test_max_length_is_read_off_a_leading_lookahead(pattern, longest):
    assert triggers.max_length(pattern) == longest


def test_no_rule_matches_a_line_longer_than_its_max_length():
    for rule in LINE_RULES:
        for a in _alternatives(rule.pattern):
            longest = triggers.max_length(a)
            if longest is not None:
                fullmatch = regex.compile(a, regex.IGNORECASE).fullmatch
                assert not [t for t in ALL if len(t) > longest and fullmatch(t)]
                assert fullmatch("A" * (longest + 5)) is None


# --- word lists grouped by first letter (triggers.factored) -------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "tree"), [
    (r"(?:jan|january|feb|mar(?:ch)?|march|\d+)\s", r"(?:(?:j(?:anuary|an)|feb|march)|mar(?:ch)?|\d+)\s"),
    (r"(?-i:(?:Ab|Ac))", r"(?-i:(?:A(?:b|c)))"),        # scoped flags kept
    (r"(?=(?:ab|ac))x", r"(?=(?:a(?:b|c)))x"),          # inside a look
    (r"(?P<n>ab|ac)", r"(?P<n>a(?:b|c))"),              # a named group
    (r"a\.b|a\.c", r"a(?:\.b|\.c)"),                       # escaped symbols are plain
    (r"(?>ab|a)c", r"(?>ab|a)c"),                        # an atomic group commits to a branch: left alone
    (r"(?:ab|ac)\1", r"(?:ab|ac)\1"),                    # a reference: left alone
    (r"(?x)(?:ab|ac)", r"(?x)(?:ab|ac)"),                # verbose: spaces are not literal
    (r"(?#c|d)ab|ac", r"(?#c|d)ab|ac"),                  # a comment: not read
    (r"(ab|ac)(?1)", r"(ab|ac)(?1)"),                    # recursion into a group: left alone
])
def test_factored_groups_plain_word_lists_by_first_letter(monkeypatch, pattern, tree):
    monkeypatch.setattr(triggers, "GROUP_MIN_WORDS", 2)
    assert triggers.factored(pattern) == tree


@given(st.lists(st.text(alphabet="abcé .'-", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abcé .'-", max_size=7))
def test_a_grouped_list_matches_exactly_its_words(words, probe):
    tree = triggers._by_first_letter(words)
    assert bool(regex.fullmatch(tree, probe, regex.IGNORECASE)) == any(regex.fullmatch(regex.escape(w), probe, regex.IGNORECASE) for w in words)
    for w in words:
        assert regex.fullmatch(tree, w)


def test_factored_rules_match_the_lines_their_patterns_match():
    """Every built-in alternative that is factored: the same verdict on every example, counterexample
    and test line, and on each of them cut short by a letter."""
    pairs = [(a, triggers.factored(a)) for rule in LINE_RULES for a in _alternatives(rule.pattern)]
    pairs = [(a, f) for a, f in pairs if a != f]
    assert len(pairs) > 20  # the month, weekday and section lists
    texts = ALL + [t[:-1] for t in ALL]
    for a, f in pairs:
        before, after = regex.compile(a, regex.IGNORECASE).fullmatch, regex.compile(f, regex.IGNORECASE).fullmatch
        assert [t for t in texts if bool(before(t)) != bool(after(t))] == [], a[:80]
