"""dossier.extractors.mentions.back_references.full_name_before: a one-word name stands for a person named in full
before only as their family name; "Sergei" after "Security Council Secretary Sergei Shoigu" is a first name the
vocabularies know, never Shoigu (nor "Secretary Sergei"); read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # A villager known by first name, then an official of the same first name, then the villager again.
    ("«The sappers never rest,» says Sergei, a farmer near Sudzha.\n\nAbout 500 sappers came in May, Security "
     "Council Secretary Sergei Shoigu said.\n\n«The fields are full of metal,» says Sergei.", "Sergei"),
    ('"We hear the drones every night," said Maria, a teacher in Kursk.\n\nSpokeswoman Maria Zakharova dismissed '
     'the reports on Friday.\n\n"Nobody comes to help," Maria said.', "Maria"),
    ("'The shells arrive by train,' says Dmitry, a railway worker.\n\nKremlin spokesman Dmitry Peskov denied "
     "it.\n\n'I see the wagons every day,' Dmitry insists.", "Dmitry"),
])
def test_a_first_name_is_not_the_official_who_shares_it(text, speaker):
    assert quote_speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # The look-alikes: a family name last, or first in Korean order, still stands for the full name.
    ('Defence Secretary John Healey spoke in London.\n\n"The shells are junk," Healey said.', "John Healey"),
    ('Park Sun-won briefed lawmakers on Monday.\n\n"They lost hundreds," Park said.', "Park Sun-won"),
    ('Kim Yo Jong issued a statement on Sunday.\n\n"The drills are a provocation," Kim said.', "Kim Yo Jong"),
    # A family name first the vocabularies do not list, in Chinese order.
    ('Professor Zhu Feng spoke in Nanjing.\n\n"Beijing is uneasy," Zhu said.', "Zhu Feng"),
])
def test_a_family_name_still_stands_for_the_full_name(text, speaker):
    assert quote_speakers(text)[-1] == speaker
