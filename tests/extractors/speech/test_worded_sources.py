"""A phrase of wording right after a quote ("in the words of X", "in X's phrase") names whose words it is."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # The sentence's subject gives the gist; the phrase after the closing mark says whose wording it is.
    ("Moscow treats the shipments as a “settled matter,” in the words of Foreign Minister Sergei Lavrov.", "Sergei Lavrov"),
    ("The Kremlin insists the pact is “aimed at no one”, in the words of Dmitry Peskov, and talks will go on.",
     "Dmitry Peskov"),
    ("Dmitry Peskov spoke on Monday. The Kremlin insists the pact is “aimed at no one,” in Peskov's phrase.",
     "Dmitry Peskov"),
    # With no one else named in the sentence, the phrase alone names the speaker.
    ("By spring the tally had risen, “with many more missing,” in the words of Sergei Lavrov.", "Sergei Lavrov"),
])
def test_a_phrase_of_wording_after_the_quote_names_its_speaker(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_pronoun_in_the_phrase_leaves_the_sentence_subject():
    # "in his words" adds no one: the sentence's own subject speaks.
    text = "Sergei Lavrov said the pact was “purely defensive,” in his words."
    assert quote_speakers(text) == ["Sergei Lavrov"]


def test_a_phrase_not_of_wording_after_the_quote_names_no_one_new():
    # "in the town of X" is where, not whose words.
    text = "Kim Jong Un praised the “heroic feats” of the troops in the town of Sudzha."
    assert quote_speakers(text) == ["Kim Jong Un"]


@pytest.mark.parametrize("text, speaker", [
    # The words of a song, a constitution or an article of law are a text's, not someone's: the subject speaks.
    ("Kim called the troops “heroes of the motherland,” in the words of the song.", "Kim Jong Un"),
    ("Lavrov called the pact “a sovereign choice,” in the words of the constitution.", "Sergei Lavrov"),
    ("Lavrov called the pact “a sovereign choice,” in the words of Article 51.", "Sergei Lavrov"),
])
def test_a_text_named_by_the_phrase_leaves_the_sentence_subject(text, speaker):
    assert quote_speakers(text) == [speaker]
