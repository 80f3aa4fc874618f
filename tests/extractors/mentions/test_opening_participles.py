"""dossier.extractors.mentions.mention_search: a verb's form in -ing opening a sentence ("Welcoming Lavrov, the
president said ...") opens a clause whose object is the name after it; it is no first word of that name."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("sentence", [
    'Welcoming Lavrov, the Belarusian president said the two states were "closer than ever".',
    'Hosting Rubio in Oslo, the Norwegian minister said talks had been "frank".',
])
def test_an_opening_participle_is_no_part_of_a_name(sentence):
    [speaker] = quote_speakers(sentence)
    assert speaker is None or not speaker.startswith(("Welcoming", "Hosting"))


@pytest.mark.parametrize("sentence, speaker", [
    ('Xi Jinping said the two states were "closer than ever".', "Xi Jinping"),
    ('Beijing said the two states were "closer than ever".', "Beijing"),
])
def test_a_name_ending_in_ing_stays_a_name(sentence, speaker):
    assert quote_speakers(sentence) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A given name in -ing opening a sentence, then an apposition: the person's first name, not a participle.
    ('Yiming Zhang, a researcher at Jilin University, spoke on Friday. "The border is quiet," she said.', "Yiming Zhang"),
    ('Xiaoming Chen, a professor at Yanbian University, met reporters. "The border is quiet," the professor said.',
     "Xiaoming Chen"),
    ('Liming Zhao, a researcher at Peking University, met reporters. "The border is quiet," he said.', "Liming Zhao"),
])
def test_a_given_name_in_ing_before_an_apposition_is_kept(text, speaker):
    assert quote_speakers(text) == [speaker]
