"""A state medium known as an article's source by its outlet's style and the form of its name."""

import pytest

from dossier.extractors.mentions.speaker_vocab import channel_state, outlet_channel
from dossier.extractors.mentions.styled_outlets import StyledOutlet, state_styled, styled_outlet


@pytest.mark.parametrize("source", ["Pyongyang Sinmun", "Munhak Sinmun", "pyongyang  sinmun"])
def test_a_state_styled_source_named_as_a_paper_is_a_medium_of_its_state(source):
    found = styled_outlet(source)
    assert found == StyledOutlet(" ".join(source.split()), "dprk_state")


@pytest.mark.parametrize("source", ["Pyongyang Sinmun - KCNA Watch", "The Pyongyang Sinmun"])
def test_a_state_styled_paper_within_a_longer_source_is_named_as_the_part_that_matched(source):
    assert styled_outlet(source) == StyledOutlet("Pyongyang Sinmun", "dprk_state")


@pytest.mark.parametrize("source", [
    "Korean People's Army General Staff",  # a body of the state's style speaks for itself
    "Socialist Patriotic Youth League statement",  # a document, no medium
    "Federation Council of the Russian Federation",
    "Korea Times",  # a paper's name, but no state's style
    "Unknown Sinmun",  # no style at all
    None,
])
def test_a_source_that_is_no_state_styled_paper_is_no_styled_outlet(source):
    assert styled_outlet(source) is None


def test_the_outlet_and_its_state_are_known_from_the_style():
    assert outlet_channel("Pyongyang Sinmun") == "Pyongyang Sinmun"
    assert channel_state("Pyongyang Sinmun") == "dprk_state"
    assert channel_state("Some Unlisted Paper") == "other"


def test_a_listed_channel_keeps_its_own_name():
    # (data/channels.csv: "Rodong Sinmun"; "Nodong Sinmun" is its other spelling)
    assert outlet_channel("Nodong Sinmun") == "Rodong Sinmun"


@pytest.mark.parametrize("source, styled", [
    ("Korean People's Army General Staff", True),  # a body of the state's style, no medium
    ("Pyongyang Sinmun", True),
    ("Korea Bizwire", False),  # a wire's republisher, of no style
    ("Korea Times", False),  # a style, but no state's
    (None, False),
])
def test_a_source_is_state_styled_by_its_style_alone(source, styled):
    assert state_styled(source) is styled
