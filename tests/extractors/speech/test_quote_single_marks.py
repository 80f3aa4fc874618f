"""Quotes in single quotation marks (British style), read through dossier.quotes: curly and straight marks, double
marks nested inside, quotes over paragraphs; and apostrophes alone (possessives, contractions, elisions,
transliterations), which must yield no quote.  dossier.text.quote_marks decides which marks an article quotes with."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.text.quote_marks import find_marked, quotes_with_single


def _quotes(text: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-08-20")], "source": [None]})
    return dossier.quotes(dossier.sentences(arts), arts)


def _texts(text: str) -> list[str]:
    return _quotes(text).text.tolist()


@pytest.mark.parametrize("text, expected", [
    # Curly marks, a statement with its attribution after it.
    ("‘Our engineers will rebuild every bridge in the province by winter,’ the deputy minister told reporters in "
     "Vladivostok.", ["Our engineers will rebuild every bridge in the province by winter"]),
    # Straight marks, a quote within the quote in double marks, a plural's apostrophe inside.
    ("'The treaty calls it \"mutual assistance\", but the conscripts' mothers call it a draft,' said Anna Kovalenko, a "
     "researcher in Kyiv.",
     ["The treaty calls it \"mutual assistance\", but the conscripts' mothers call it a draft"]),
    # Curly marks, double curly marks nested.
    ("‘They told us the convoy carried “humanitarian cargo”. It carried shells,’ the border guard recalled.",
     ["They told us the convoy carried “humanitarian cargo”. It carried shells"]),
    # Scare quotes after plural possessives that close nothing.
    ("The ministry praised the troops’ ‘selfless courage’ and the generals’ ‘wise command’ in a statement.",
     ["selfless courage", "wise command"]),
    # A plural's apostrophe inside a quote, then a second quote in the sentence.
    ("‘The pilots’ training took eight months,’ the colonel said, calling the new jets ‘a leap forward’.",
     ["The pilots’ training took eight months", "a leap forward"]),
    # A quote closing after a plural's "s" before a lower-case word, when the next mark opens another quote.
    ("He praised their 'tireless efforts' in the 'reconstruction of the province' and left for Moscow.",
     ["tireless efforts", "reconstruction of the province"]),
    # A scare-quoted plural, then a plural possessive with no mark after it that can only close.
    ("The colonel called them ‘mercenaries’ and said the volunteers’ families had been paid in dollars.",
     ["mercenaries"]),
    # Two plural possessives inside one quote, closed by a mark after a comma.
    ("'The sappers' and the builders' wages come from Moscow,' a defector told the committee.",
     ["The sappers' and the builders' wages come from Moscow"]),
    # A quote opening on a number is no elided year.
    ("'12,000 more will follow by spring,' a lawmaker on the intelligence committee said.",
     ["12,000 more will follow by spring"]),
    # An elided decade inside the quote is no mark.
    ("‘It feels like the ’90s all over again,’ a trader in Rason said.", ["It feels like the ’90s all over again"]),
])
def test_an_article_quoting_with_single_marks_has_its_quotes_read(text, expected):
    assert _texts(text) == expected


def test_a_single_mark_quote_runs_over_paragraphs_as_a_double_mark_one_does():
    text = ("The envoy spoke at length after the talks:\n\n'We came to Moscow to listen.\n\n'We leave with an agreement on "
            "rail freight and on the port,' he said.")
    df = _quotes(text)
    assert df.text.tolist() == ["We came to Moscow to listen. We leave with an agreement on rail freight and on the port"]
    assert df.kind.tolist() == ["statement"]


def test_speaker_and_channel_of_a_single_mark_quote_follow_the_rules_of_double_marks():
    single = _quotes("‘The enemy will be crushed,’ Kim Jong Un said, according to the Korean Central News Agency.")
    double = _quotes("“The enemy will be crushed,” Kim Jong Un said, according to the Korean Central News Agency.")
    cols = ["text", "kind", "speaker", "cue", "channel", "channel_basis", "via_kcna"]
    assert single[cols].to_dict("records") == double[cols].to_dict("records")
    assert single.speaker.tolist() == ["Kim Jong Un"] and single.via_kcna.tolist() == [True]


@pytest.mark.parametrize("text", [
    # Possessives, singular and plural, at a word's end with no quote open.
    "The soldiers' families gathered outside the hall, but Kim's aides did not come out to meet them.",
    # Contractions and a plural possessive before a full stop.
    "Nobody in Seoul thinks the alliance will fade, and the diplomats don't pretend it will; it isn't the Koreans'.",
    # Elisions at a word's start, and a transliterated soft sign at a word's end.
    "He grew up on rock 'n' roll in the '90s and studied in Sevastopol' before the war.",
    # Transliterations and a name with an apostrophe inside the word.
    "Ch'oe Son-hui met Ri Il-hwan's delegation; O'Brien, the British envoy, wasn't invited.",
    # Curly: an elided decade and plural possessives in a row.
    "The ’80s are gone, the veterans’ pensions are not, and the ministers’ patience is wearing thin.",
    # Listed elisions and possessives over two paragraphs.
    "Tell 'em the border's shut 'til spring, the guards' officer told the drivers.\n\n"
    "The drivers' union said it couldn't wait.",
])
def test_apostrophes_alone_yield_no_quote(text):
    assert _texts(text) == []


def test_an_article_quoting_with_double_marks_reads_its_single_marks_as_before():
    # Single marks nested in double marks, and apostrophes: the double marks are the article's.
    text = ("“Kim called it a ‘sacred duty’ of the soldiers' families,” she said. Officials called the talks 'useful'.")
    assert not quotes_with_single(text)
    assert [text[s:e] for q in find_marked(text) for s, e in q.parts] == [
        "Kim called it a ‘sacred duty’ of the soldiers' families"]


@pytest.mark.parametrize("text, single", [
    ("No marks at all.", True),
    ("‘He said “no” to them,’ she recalled.", True),
    ("'He said \"no\" to them,' she recalled. 'We \"agreed\" nothing,' he replied.", True),
    ("The envoy was blunt. ‘“Partnership” is a word for the cameras,’ he said.", True),
    # One double mark outside every single-mark quote: the article quotes with double marks.
    ("‘We are ready,’ the general said. The operation, called “Northern Wind”, began at dawn.", False),
    ("“We are ready,” the general said of the ‘final phase’.", False),
    # An elided year opens nothing that could hold the double marks.
    ("In the ’90s he said “never”.", False),
])
def test_which_marks_an_article_quotes_with(text, single):
    assert quotes_with_single(text) is single
