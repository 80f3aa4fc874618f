"""dossier.extractors.speech.attributions.role_of_relative: "who as a senator called the move “…”": the role after
"who as" is the capacity the relative's subject spoke in, not the speaker; read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # An article before the role or none; called, described … as; a title before the name.
    ('Secretary of State Marco Rubio, who as a senator called the deployment a "reckless gamble," has said little '
     'since.', "Marco Rubio"),
    ('Defence Secretary John Healey, who as a backbencher described the shells as "junk", now speaks with more care.',
     "John Healey"),
    ('Kaja Kallas, who as prime minister called the treaty "a pact of pariahs", has kept the same line in Brussels.',
     "Kaja Kallas"),
    ('Sergei Lavrov, who as a young diplomat called sanctions "a blunt tool", now defends them.',
     "Sergei Lavrov"),
])
def test_a_role_after_who_as_is_not_the_speaker(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_a_role_that_is_the_subject_still_speaks():
    # The look-alike: with no "who as" before it, "a senator" is the verb's subject.
    assert quote_speakers('A senator called the deployment a "reckless gamble".')[-1] == "senator"
