"""dossier.extractors.speech.quote_occasions: words a quote's own sentence says were said on an occasion of their own
(another one, or one named by a place or a trip) are not carried by a medium another paragraph named for the
speaker's other words; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _channels(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None]]:
    """(channel, basis) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-09-02")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


_KCNA = ("Kim Jong Un praised the army's engineers, calling them “the pride of the nation,” KCNA reported on Sunday."
         "\n\nThe engineers returned from the front last month.\n\n")
_TASS = ("Foreign Minister Sergei Lavrov thanked the Korean workers for their “selfless labour,” according to TASS."
         "\n\nThe talks lasted two days.\n\n")


@pytest.mark.parametrize("before, later", [
    # Marked as another occasion: before or after the words, by "separate", "another", "different", "previous".
    (_KCNA, "At a separate rally in the autumn, Kim said the workers had shown “boundless loyalty.”"),
    (_KCNA, "“Our builders will not rest,” Kim told a different gathering of party cadres."),
    (_TASS, "On another occasion, Lavrov called the partnership “a model for the region.”"),
    (_TASS, "Lavrov had described the ties as “unbreakable” in a previous interview."),
])
def test_words_of_another_occasion_inherit_no_medium(before, later):
    assert _channels(before + later)[1:] == [(None, None)]


@pytest.mark.parametrize("before, later", [
    # Named by a place or a trip: a participle opening the sentence, a trip after the verb, a possessive.
    (_KCNA, "Speaking in Sinuiju, Kim said the new plant would be “a fortress of production.”"),
    (_TASS, "“Our friends can count on us,” Lavrov said during a visit to Minsk."),
    (_TASS, "Addressing students in Kazan, the minister called the treaty “a shield for both peoples.”"),
    (_KCNA, "During his three-day tour of the eastern provinces, Kim urged farmers to reach “new heights.”"),
])
def test_words_of_a_named_place_or_trip_inherit_no_medium_named_elsewhere(before, later):
    assert _channels(before + later)[1:] == [(None, None)]


@pytest.mark.parametrize("before, later, expected", [
    # The look-alikes: an occasion told before ("the rally", "the visit"), or none at all, still inherits.
    (_KCNA, "Speaking at the rally, Kim said the workers had shown “boundless loyalty.”", ("KCNA", "article")),
    (_TASS, "“Our friends can count on us,” Lavrov said during the visit.", ("TASS", "article")),
    (_TASS, "“Our friends can count on us,” Lavrov said.", ("TASS", "article")),
    # A trip that tells who the speaker is, not when the words were said: the medium may have covered that trip.
    (_TASS, "Lavrov, on his second trip to the region this year, called the ties “unbreakable.”", ("TASS", "article")),
    # A language is no place.
    (_TASS, "Speaking in Russian, Lavrov called the ties “unbreakable.”", ("TASS", "article")),
    # "speaking on condition of anonymity" names no occasion.
    (_TASS, "Lavrov called the ties “unbreakable,” speaking on condition that his remarks be printed in full.",
     ("TASS", "article")),
])
def test_an_occasion_told_before_or_none_keeps_the_medium(before, later, expected):
    assert _channels(before + later)[1:] == [expected]


def test_a_medium_the_paragraph_names_for_the_speaker_still_carries_words_of_a_named_place():
    # The paragraph's own medium reported this occasion: its words keep it.
    text = ("Kim Jong Un toured a fertiliser plant, KCNA said, and called it “a great victory.” Speaking in Hamhung, "
            "he said the plant would “feed the whole country.”")
    assert _channels(text)[1:] == [("KCNA", "paragraph")]


def test_a_medium_named_in_the_sentence_of_another_occasion_is_its_channel():
    assert _channels(_TASS + "At a separate forum, Lavrov said the ties were “strong,” RIA Novosti reported.")[1:] == [
        ("RIA Novosti", "sentence")]


@pytest.mark.parametrize("before, later", [
    # Said again and again: before the words or after them, with or without an auxiliary.
    (_KCNA, "Kim has repeatedly called for a “tenfold” rise in shell output."),
    (_KCNA, "For years Kim has time and again described the army as “the shield of socialism.”"),
    (_TASS, "“Our friends can count on us,” Lavrov has long said."),
    (_TASS, "Lavrov routinely dismissed the sanctions as “theatre.”"),
])
def test_words_said_again_and_again_inherit_no_medium_named_elsewhere(before, later):
    assert _channels(before + later)[1:] == [(None, None)]


def test_words_said_again_and_again_keep_a_medium_their_own_sentence_names():
    text = _KCNA + "Kim has repeatedly called for a “tenfold” rise in shell output, according to the Rodong Sinmun."
    assert _channels(text)[1:] == [("Rodong Sinmun", "sentence")]


def test_a_repetition_in_another_clause_does_not_stop_the_speakers_medium():
    # The adverb is someone else's: the words the agency's speaker said keep the agency.
    text = _TASS + "Analysts have repeatedly questioned the figures, but Lavrov called the trade “lawful.”"
    assert _channels(text)[1:] == [("TASS", "article")]


@pytest.mark.parametrize("before, later", [
    # Words given in answer to a question: put at a briefing or in an interview no medium named elsewhere reported.
    (_TASS, "Asked whether more workers would come, Lavrov said the matter was “for the two leaders alone.”"),
    (_TASS, "Asked in Minsk about the sanctions, the minister called them “a dead end.”"),
    (_KCNA, "When asked about the harvest, Kim said the farms had done “better than ever.”"),
])
def test_words_answering_a_question_inherit_no_medium_named_elsewhere(before, later):
    assert _channels(before + later)[1:] == [(None, None)]


def test_an_answer_keeps_the_medium_its_paragraph_names_as_asking():
    # The paragraph says whom the speaker talked to: its next answer was given to that medium.
    text = _KCNA + ("Lavrov told RIA Novosti that the talks had been “warm.” Asked about the workers, he said they "
                    "were “welcome guests.”")
    assert _channels(text)[-1] == ("RIA Novosti", "paragraph")


def test_asked_inside_the_sentence_is_no_answer_of_the_speaker():
    # Only a sentence opening with the participle gives its speaker's answer; here another is asked.
    text = _TASS + "Lavrov called the ties “unbreakable,” after Choe asked about them."
    assert _channels(text)[1:] == [("TASS", "article")]


@pytest.mark.parametrize("later", [
    # "Asked ... to" and a verb that asks for no words: a request, no question put at a briefing.
    "Asked by Moscow to send more engineers, Kim pledged “every support” to the ally.",
    "Asked to take charge of the harvest drive, Kim vowed “a victory of production.”",
])
def test_words_after_a_request_keep_the_medium_named_elsewhere(later):
    assert _channels(_KCNA + later)[1:] == [("KCNA", "article")]


def test_asked_to_comment_is_still_a_question():
    text = _TASS + "Asked by reporters to comment, Lavrov called the report “pure fiction.”"
    assert _channels(text)[1:] == [(None, None)]
