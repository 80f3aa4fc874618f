"""Those who speak for a body named by a possessive ("Its spokesperson said", "the institute's analysts said") are
the body's voice (dossier.extractors.speech.owned_bodies), on sentences written for the tests."""

import pandas as pd
import pytest

import dossier


def _speakers(text: str, source: str = "Reuters") -> list:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df.speaker]


@pytest.mark.parametrize("text, speaker", [
    # "Its" and a voice's noun: the body the sentence before is about.
    ("The Liberal Party has stayed quiet. Its spokesperson said only that the party \u201cbacks a calm approach\u201d.",
     "Liberal Party"),
    ("The Green Party, the smallest group in parliament, voted against. \u201cWe want a calm approach,\u201d its "
     "spokeswoman told reporters.", "Green Party"),
    ("The Asan Institute released its survey on Tuesday. Its researchers said support had \u201cfallen sharply\u201d.",
     "Asan Institute"),
    ("The Korea Institute for Defense Analyses published a study. Its spokesman said costs were \u201crising fast\u201d.",
     "Korea Institute for Defense Analyses"),
    # "the <noun>'s" and a voice's noun: the last body named whose name holds the noun.
    ("The Korea Institute for Defense Analyses published a study on Monday. \u201cThe costs are rising fast,\u201d one "
     "of the institute's analysts said.", "Korea Institute for Defense Analyses"),
    ("The Multilateral Sanctions Monitoring Team issued its findings. \u201cThe transfers broke every resolution,\u201d "
     "the team\u2019s members said in a joint statement.", "Multilateral Sanctions Monitoring Team"),
    ("The Korea Institute for Defense Analyses counted the shells. The institute's experts called the pace "
     "\u201cunprecedented\u201d.", "Korea Institute for Defense Analyses"),
])
def test_a_body_s_voice_named_by_a_possessive_is_the_body(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # Look-alikes: a person's possessive ("His spokesperson" is no body's), a body the article never named.
    "The Liberal Party has stayed quiet. His spokesperson said only that the party \u201cbacks a calm approach\u201d.",
    "Officials met on Monday. \u201cThe costs are rising fast,\u201d one of the institute's analysts said.",
    # "its" points at what was just spoken of: a body named two sentences back is not what it stands for.
    "The Liberal Party met on Monday. The talks ran late. Its spokesperson called them \u201cuseful\u201d.",
])
def test_a_possessive_of_no_body_named_is_no_body_s_voice(text):
    assert _speakers(text)[-1] is None
