"""Which clause of its sentence holds a quote (dossier.extractors.quote_clauses), on sentences written for the
tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.quotes import quotes


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
