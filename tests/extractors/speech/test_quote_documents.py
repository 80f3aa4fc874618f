"""A document's own wording (dossier.extractors.speech.quote_documents): a clause whose subject is a treaty or a part of one,
on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers

TREATY = "Treaty on Comprehensive Strategic Partnership"


def _speakers(text: str) -> list:
    return quote_speakers(text)


@pytest.mark.parametrize("text", [
    # A subject whose head has a phrase of its own before the verb.
    "The 2024 treaty between Moscow and Pyongyang commits each party to send help “at once” when attacked.",
    # A numbered part of the treaty the sentence names, after "whose".
    "Both leaders cite the Treaty on Comprehensive Strategic Partnership, whose Article 4 provides for aid "
    "“by every available means” in case of attack.",
    # "pledges" in a relative clause about the treaty.
    "Last June the two governments signed a treaty that pledges each side to lend support “with no delay at all.”",
    # A long name before "which": the named treaty itself.
    "Article 4 of the Comprehensive Strategic Partnership Treaty, which commits the signatories to mutual aid "
    "“in full measure” when one is attacked, drew little notice then.",
])
def test_a_treatys_clause_carries_its_wording(text):
    assert _speakers(text) == [TREATY]


def test_a_that_clause_of_the_treaty_runs_past_its_commas():
    text = ("The mutual defence treaty came into force in December. Its fourth article provides that if one side "
            "comes “under armed attack”, the other shall assist it “with everything it has”.")
    assert _speakers(text) == [TREATY, TREATY]


@pytest.mark.parametrize("text", [
    # Another subject after the treaty: the country speaks, not the treaty.
    "Under the treaty, Russia pledges its support “to the very end,” Lavrov said.",
    # A person who pledges is not a document, even near a treaty's name.
    "Sergei Lavrov, who praised the treaty, pledges “unwavering support” to Pyongyang.",
    # A verb of saying takes over the that-clause: the speaker's words, not the treaty's.
    "The treaty provides that, Lavrov said, Moscow will stand “shoulder to shoulder” with its ally.",
])
def test_not_a_treatys_wording(text):
    assert TREATY not in _speakers(text)


@pytest.mark.parametrize("text", [
    # The participle right after the treaty's noun: the treaty's promise, not its signer's.
    "When the two leaders met in Pyongyang they signed a treaty promising “every kind of aid” should either be invaded.",
    "The 2024 treaty between Moscow and Pyongyang promises “help with all available means” to a partner under attack.",
])
def test_a_treaty_promising_carries_its_wording(text):
    assert _speakers(text) == [TREATY]


@pytest.mark.parametrize("text, speaker", [
    # The leader promises, the treaty only comes after.
    ("Vladimir Putin, promising “a swift answer” to any attack, signed the treaty in Pyongyang.", "Vladimir Putin"),
    # A comma parts the leader's participle from the treaty he signed.
    ("Kim Jong Un signed the treaty in June, promising “eternal friendship” with Moscow.", "Kim Jong Un"),
    # The leader's own participle after "while".
    ("Kim Jong Un praised the treaty while promising “more shells” to Moscow.", "Kim Jong Un"),
])
def test_a_leader_promising_near_a_treaty_speaks_himself(text, speaker):
    assert _speakers(text) == [speaker]
