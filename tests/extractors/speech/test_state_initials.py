"""dossier.quotes: a state's initials are its name as well as its adjective, so "The U.S. claimed ..." has the state
for its speaker as "The United States claimed" has; before a noun's form of the cue ("US estimates ranged") they
stay the adjective, and "us" in lower case stays the pronoun."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("sentence, speaker", [
    ('The U.S. claimed that the launch was "a reckless provocation".', "U.S."),
    ('The US warned that the tests were "destabilising".', "US"),
    ('"We will not stand by," the U.K. said on Tuesday.', "U.K."),
])
def test_a_states_initials_speak(sentence, speaker):
    assert quote_speakers(sentence) == [speaker]


@pytest.mark.parametrize("sentence", [
    'An aide said US estimates ran to 3,000 losses "of every sort".',
    'The envoy told us the talks were "over".',
])
def test_initials_before_a_noun_and_the_pronoun_do_not_speak(sentence):
    assert quote_speakers(sentence) not in (["US"], ["us"])


@pytest.mark.parametrize("sentence", [
    'Hawks in the US argued the summit was "a gift to Pyongyang".',
    'Diplomats from the U.K. said the visit was "long overdue".',
    'Veterans in the US said the war was "not our fight".',
])
def test_initials_after_a_preposition_are_where_the_speakers_are(sentence):
    # The subject is the people in the state, not the state: its initials are no speaker.
    assert quote_speakers(sentence)[0] not in ("US", "U.S.", "U.K.", "UK")
