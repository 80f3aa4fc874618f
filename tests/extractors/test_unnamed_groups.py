"""Someone unnamed as a group subject describes them (dossier.extractors.unnamed_groups), on phrases written for the
tests."""

import pytest

from dossier.extractors.unnamed_groups import group_without_place


@pytest.mark.parametrize("phrase, group", [
    ("a schoolteacher in Pyongyang", "a schoolteacher"),
    ("one Western diplomat in Seoul", "one Western diplomat"),
    ("two European officials at the Kremlin", "two European officials"),
    ("a senior official in Seoul", None),  # the place's officials speak for it
    ("a nurse", None),  # no place
])
def test_group_without_place_keeps_the_group_when_the_place_only_says_where_it_is(phrase, group):
    assert group_without_place(phrase) == group


def test_an_unnamed_source_keeps_the_place_it_is_named_with():
    assert group_without_place("another source in Pyongyang") is None

