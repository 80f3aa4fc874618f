""""He said" after someone unnamed brought in by their office in a named body ("A spokeswoman for the Port Authority
told us that …") goes on with that person, who speaks for the body, not with a leader named further back."""

from __future__ import annotations

import pytest

from dossier.extractors.speech.body_members import holder_before
from quote_readings import quote_speakers

LEADER = 'Prime Minister Fumio Kishida said the talks had been "useful". '


@pytest.mark.parametrize("title", ["representative", "spokesman", "official"])
def test_he_after_an_unnamed_holder_of_a_named_body_is_not_the_leader(title):
    text = LEADER + (f"A {title} of the National Intelligence Service told the paper that the count was rising. "
                     '"We see new graves every week and count them," he said.')
    speakers = quote_speakers(text)
    assert speakers[0] == "Fumio Kishida"
    assert speakers[-1] == "National Intelligence Service"  # the person speaks for the body


def test_a_person_named_since_keeps_the_pronoun():
    text = LEADER + ("A spokesman of the National Intelligence Service told the paper that the count was rising. "
                     'Later Fumio Kishida spoke again. "We will send help," he said.')
    assert quote_speakers(text)[-1] == "Fumio Kishida"


@pytest.mark.parametrize("text, found", [
    ("A representative of the ", True),
    ("one senior official at ", True),
    ("A friend of the ", False),  # no office: no one who speaks for a body
    ("the spokesman of the ", False),  # a definite role refers back, it brings no one in
])
def test_holder_before_reads_only_an_indefinite_office(text, found):
    assert (holder_before(text + "Coast Guard", len(text)) is not None) is found
