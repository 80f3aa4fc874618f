"""dossier.extractors.speech.family_names: a courtesy title without a point ("Mr Okafor", "Ms Lindqvist", "Dr Brandt")
before a family name stands for the person named in full with it before; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _speakers(text: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-03-02")], "source": ["X"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df.speaker]


@pytest.mark.parametrize("text, speaker", [
    # British order and punctuation: single quotes, the verb after the name, the name after the verb, a clause.
    ("Peter Okafor briefed MPs on the losses on Tuesday.\n\n'The toll is rising every week,' Mr Okafor said.",
     "Peter Okafor"),
    ("Peter Okafor briefed MPs on the losses on Tuesday.\n\n\"The toll is rising every week,\" said Mr Okafor.",
     "Peter Okafor"),
    ("Peter Okafor briefed MPs on the losses on Tuesday.\n\nMr Okafor told the committee the war was 'a grinding "
     "contest of attrition'.", "Peter Okafor"),
    ("Helen Lindqvist spoke to students in Leeds on Friday.\n\n'We cannot look away from Kursk,' Ms Lindqvist warned.",
     "Helen Lindqvist"),
    ("Helen Lindqvist spoke to students in Leeds on Friday.\n\nMrs Lindqvist argued the sanctions were 'long overdue'.",
     "Helen Lindqvist"),
    ("Marcus Brandt wrote a report on the shells last year.\n\n'The fuzes fail far too often,' Dr Brandt said.",
     "Marcus Brandt"),
    # Met by the title twice: the second goes back past the first to the full name.
    ("Peter Okafor briefed MPs on the losses on Tuesday.\n\n'The toll is rising,' Mr Okafor said.\n\nThe ministry "
     "published no figures.\n\nMr Okafor called the deployment 'a reckless gamble' by Pyongyang.", "Peter Okafor"),
    # The dotted form is read as before.
    ("Peter Okafor briefed MPs on the losses on Tuesday.\n\n'The toll is rising every week,' Mr. Okafor said.",
     "Peter Okafor"),
])
def test_a_courtesy_title_without_a_point_stands_for_the_full_name(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_title_of_the_other_gender_is_not_the_woman_named_before():
    # (Her gender as her given name tells it: data/name_genders.csv.)
    text = "Anna Lindqvist spoke to students in Leeds on Friday.\n\n'We cannot look away from Kursk,' Mr Lindqvist said."
    assert _speakers(text)[-1] != "Anna Lindqvist"


def test_a_courtesy_title_with_no_full_name_before_keeps_its_name():
    text = "The debate ran late into the night.\n\n'We cannot look away from Kursk,' Mr Okafor said."
    assert _speakers(text)[-1] == "Mr Okafor"
