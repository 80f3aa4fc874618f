"""dossier.extractors.speech.speakers: the object of "told" hears the words and never says them, even when the subject
stands before a relative clause ("…,” the minister, who chairs the commission, told Izvestia"); a title of an office
named after "of" ("Minister of Transport") is no preposition that makes the name its object."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # A known name after a title with "of"; unknown names; guillemets; "informed"; the subject after its relative.
    ("«Trade will triple by the autumn,» Minister of Natural Resources Alexander Kozlov, who leads the Russian side, "
     "told RBC.", "Alexander Kozlov"),
    ('"The rail link changes everything," Minister of Transport Oleg Dyachenko, who co-chairs the working group, '
     'told Kommersant.', "Oleg Dyachenko"),
    ('"We expect the first trains in May," Minister of Economic Development Maxim Reshetnikov, who heads the '
     'commission, told Vedomosti.', "Maxim Reshetnikov"),
    ('"The port will be ready next year," Deputy Foreign Minister Andrei Rudenko, who led the delegation, told '
     'Izvestia.', "Andrei Rudenko"),
    # A long apposition between the subject and "told".
    ('"The treaty is a working mechanism," Ivan Petrov, a senior researcher at the Centre for Asian Studies of the '
     'Institute of Oriental Studies of the Academy of Sciences, told Izvestia.', "Ivan Petrov"),
])
def test_the_object_of_told_is_the_hearer(text, speaker):
    assert quote_speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An office title with "of" before the name, the verb after it: the name, without the office's words.
    ('Minister of Transport Oleg Dyachenko said the bridge was "a new level of trade".', "Oleg Dyachenko"),
    ('Secretary of Energy Chris Wright told Fox News the sanctions were "finally working".', "Chris Wright"),
])
def test_an_office_title_with_of_is_no_part_of_the_name(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_an_inverted_subject_after_said_is_still_the_speaker():
    # The look-alike: "said" (not "told") may come before its subject.
    assert quote_speakers('"The rail link changes everything," said Sergei Lavrov.')[-1] == "Sergei Lavrov"


def test_the_sister_of_a_leader_is_still_his_sister():
    # "of" after a noun that is no office title keeps its name the object.
    assert quote_speakers('The sister of Kim Jong Un, who rarely speaks, said the drills were "a provocation".')[-1] != "Kim Jong Un"
