"""dossier.evaluate.names: a channel a label writes by another of its descriptions is the same channel."""

import pytest

from dossier.evaluate import names


@pytest.mark.parametrize("written", ["Russian state television", "Russian state TV", "Russian state TV channels"])
def test_russias_state_channels_described_as_a_whole_are_russian_state_media(written):
    assert names.channel(written) == names.channel("Russian state media") != ""


def test_a_named_russian_channel_stays_itself():
    assert names.channel("Rossiya 1") == "rossiya 1"
    assert names.channel("Russian state media") == "russian state media"
