"""dossier.extractors.mention_search: the names an article's account finds, read through dossier.quotes on sentences
written for the tests."""

import pandas as pd
import pytest

import dossier


def _speakers(text: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-01-05")], "source": ["AP"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # A known speaker named with his patronymic is the speaker the vocabulary knows, and so is his surname later.
    ("Sergei Viktorovich Lavrov arrived in Pyongyang on Monday. “Our ties are solid,” Lavrov said.", ["Sergei Lavrov"]),
    ("Sergei Kuzhugetovich Shoigu called the Korean sappers “true heroes.”", ["Sergei Shoigu"]),
    # Someone the vocabularies do not know keeps the name as written.
    ("Colonel Oleg Ivanovich Markov said the brigade was “ready.” Markov added it was “rested.”",
     ["Oleg Ivanovich Markov", "Oleg Ivanovich Markov"]),
])
def test_a_known_speaker_is_known_by_his_name_with_a_patronymic(text, expected):
    assert _speakers(text) == expected
