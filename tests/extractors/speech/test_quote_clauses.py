"""Which clause of its sentence holds a quote (dossier.extractors.speech.quote_clauses), on sentences written for the
tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # The agent of a passive inside what someone reports wrote or did something, and said none of the words: the
    # reporter did.
    ("Maria Zakharova said the dossier was written “on commission” by Washington.", "Maria Zakharova"),
    ("Kim Yo Jong said the new sanctions were declared “in a frenzy” by the Security Council.", "Kim Yo Jong"),
    # A verb of naming keeps its agent, and so does a medium's report, which relays.
    ("Sergei Lavrov said the treaty was described as “historic” by Vladimir Putin.", "Vladimir Putin"),
    ("KCNA said the soldiers were called “heroes” by Kim Jong Un.", "Kim Jong Un"),
    ("The soldiers were praised as “heroes” by Kim Jong Un.", "Kim Jong Un"),
])
def test_the_agent_of_a_passive_in_a_reported_clause_is_not_its_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Seoul has not confirmed the report, and Cho Tae-yul, the foreign minister, has described the troops as "
     "“already in Kursk.”", "Cho Tae-yul"),
])
def test_a_joined_clause_with_a_speaker_of_its_own_holds_their_words(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A medium that carries a document by someone else relays its words: the document's author speaks.
    ("State media on Tuesday carried a statement by the KPA General Staff that condemned the flights as “a naked "
     "provocation.”", "KPA General Staff"),
    ("KCNA published a commentary by Kim Yo Jong calling the leaflets “filthy rubbish.”", "Kim Yo Jong"),
    ("The Rodong Sinmun ran an article by Kim Yo Jong that dismissed the sanctions as “a scrap of paper.”",
     "Kim Yo Jong"),
    # A statement of support, or the medium's own words about it, stay the medium's.
    ("KCNA carried a statement of support and called the drills “a reckless gamble.”", "KCNA"),
    ("KCNA called the drills “a reckless gamble” in a commentary by its own writers.", "KCNA"),
])
def test_a_document_a_medium_carries_is_its_authors_words(text, speaker):
    assert _speakers(text) == [speaker]
