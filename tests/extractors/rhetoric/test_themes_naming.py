"""The ``stated`` voice: a frame's words relayed as the name someone gave a thing do not count.

"The agency called the deployment a “sacred mission”" reports a naming; the
same words stated, in narration or a quoted statement, carry the frame.
Sentences written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.exceptions import ParameterError
from dossier.extractors.rhetoric.themes import match_terms
from dossier.extractors.rhetoric.themes_lexicon import compile_lexicon, read_lexicon
from dossier.extractors.rhetoric.themes_naming import quotation_around, relayed_name


@pytest.mark.parametrize(
    "text",
    [
        "The agency called the deployment a “sacred mission” carried out under the treaty.",
        'State television described the fallen as men who "fulfilled a sacred duty" in Russia.',
        "Pyongyang's newspaper has termed the operation a «sacred mission» of its army.",
        'Kim, the report said, calls it "the noble internationalist duty" of his soldiers.',
        'Its media dubbed them fighters of a "sacred internationalist mission".',
        "It has described those who died near Sudzha only as “heroes” who had carried out a “sacred duty.”",
    ],
)
def test_a_duty_relayed_as_a_name_is_no_just_cause(text, themes_of):
    assert "just_cause" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Our sons have carried out a sacred mission to defend a fraternal country and its people,” Kim said.",
        'Kim said the soldiers had "fulfilled their sacred internationalist duty" on Russian soil.',
        "The regiment fulfilled its sacred duty as an ally, the newspaper wrote.",
        "Pyongyang says its troops carried out an internationalist duty, calling them heroes.",
        "The marshal told the cadets that theirs was a noble duty.",
    ],
)
def test_a_duty_stated_stays_a_just_cause(text, themes_of):
    assert "just_cause" in themes_of(text)


def test_a_war_called_sacred_stays_a_just_cause(themes_of):
    # Only the duty and the mission are relayed names: a war called sacred is the cause itself.
    assert "just_cause" in themes_of("The agency called the operation a “sacred war” against the invaders.")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("He called it a “sacred duty” of the army.", "sacred", True),
        ("He called it a «sacred duty» of the army.", "sacred", True),
        ('He called it a "sacred duty" of the army.', "sacred", True),
        ('"Heroes," he said, and called the deed a sacred duty.', "sacred", False),
        ("He called it a sacred duty, and a “great honour”.", "sacred", False),
        ("The “heroes” fulfilled a sacred duty.", "sacred", False),
    ],
)
def test_quotation_around_finds_only_the_quotation_holding_the_words(text, word, expected):
    start = text.index(word)
    assert (quotation_around(text, start, start + len(word)) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials called the deployment a “sacred duty” of the army.", True),
        # Too long for a name: a quoted statement.
        ("Officials called it “a sacred duty that every soldier of our army must fulfil with honour”.", False),
        # No naming verb before the quotation.
        ("Officials said the deployment was a “sacred duty” of the army.", False),
        # The naming verb stands after the quotation.
        ("A “sacred duty”, officials called it.", False),
    ],
)
def test_relayed_name_needs_a_short_quotation_after_a_naming_verb(text, expected):
    start = text.index("sacred")
    assert relayed_name(text, start, start + len("sacred duty")) is expected


def test_an_analysts_lexicon_may_guard_a_term_by_the_stated_voice(tmp_path):
    path = tmp_path / "lexicon.csv"
    path.write_text("theme,term,voice\nvirtue,sacred duty,stated\nplain,sacred duty,\n", encoding="utf-8")
    lexicon = compile_lexicon(read_lexicon(path))
    found = {theme for _, _, theme, _ in match_terms("Kim called it a “sacred duty” of the army.", lexicon)}
    assert found == {"plain"}


def test_a_voice_the_lexicon_does_not_know_is_refused(tmp_path):
    path = tmp_path / "lexicon.csv"
    path.write_text("theme,term,voice\nvirtue,sacred duty,quoted\n", encoding="utf-8")
    with pytest.raises(ParameterError):
        read_lexicon(path)


def test_the_packaged_duty_rows_are_stated():
    table = read_lexicon()
    rows = table[table["term"].isin(["sacred duty", "sacred mission", "internationalist duty", "internationalist"])]
    assert isinstance(rows, pd.DataFrame) and len(rows) == 4
    assert set(rows["voice"]) == {"stated"}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Yo Jong dismissed the reports as the work of “puppet” forces in Seoul.",
        'She once dismissed the figures as lies spread by "the puppet gangsters" of the South.',
        "The ministry portrayed the critics as “puppets of Washington” and moved on.",
        "Pyongyang's media denounced the lawmakers as «puppet traitors» at the time.",
    ],
)
def test_an_insult_relayed_as_a_label_is_no_anti_hegemony(text, themes_of):
    assert "anti_hegemony" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "“The puppet regime in Kiev has lost the war it started for its masters,” the statement said.",
        "The Kiev puppet authorities hurled thousands of men into the border area, the agency said.",
    ],
)
def test_an_insult_stated_stays_anti_hegemony(text, themes_of):
    assert "anti_hegemony" in themes_of(text)
