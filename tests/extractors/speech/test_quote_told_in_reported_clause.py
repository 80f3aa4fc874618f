""""One of the prisoners said he was told …": a passive of a verb of saying inside what someone said does not swallow
the sentence's own subject and verb; the subject said it, and "he said" after them is that person, not a leader
named before."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


LEADER = "President Volodymyr Zelensky has said Kyiv is ready to exchange the two North Korean prisoners.\n\n"


def test_he_after_someone_who_said_he_was_told_is_that_person():
    text = LEADER + ("One of the prisoners said he was told his unit would only train. “We believed them,” he said "
                     "through an interpreter.")
    assert _speakers(text) == ["captured North Korean soldier"]


def test_the_words_of_the_reported_clause_are_the_subjects():
    text = LEADER + "One of the prisoners said he had been told the trip was for “exercises” in the east."
    assert _speakers(text) == ["captured North Korean soldier"]


def test_present_tense_and_they_were_told():
    text = LEADER + ("One of the prisoners says they were told nothing about Ukraine. “Nobody spoke of a war,” he says.")
    assert _speakers(text)[-1] == "captured North Korean soldier"


def test_a_defector_who_said_she_was_told_is_she():
    text = ("Kim Jong Un has praised the troops.\n\nA defector said she was told her brother died in training. "
            "“The letter had no date,” she said.")
    assert _speakers(text)[-1] == "North Korean defector"


def test_a_passive_with_no_verb_before_it_still_gives_the_agent():
    # The look-alike: no verb of saying before the passive, so its agent speaks, not its subject.
    text = "The crews were told by the commander that the bridge was “the last line”."
    speakers = _speakers(text)
    assert len(speakers) == 1 and "commander" in speakers[0]
