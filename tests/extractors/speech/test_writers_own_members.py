"""One picked out of the writer's own people ("one of our fighters", "One of our battalion commanders") speaks, of the
side the writer is on (subject_forms.MEMBER_DETERMINERS, unnamed_people.picks_member, charted_people); on sentences
written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, source, speaker", [
    ("The enemy attacked twice at night. “We held every trench,” as one of our fighters wrote to me.",
     "Ukrainska Pravda", "Ukrainian soldier"),
    ("North Korean troops came in waves. One of our mortar company commanders told me: “They never lay down.”",
     "Readovka", "Russian mortar company commander"),
    # Where the units are is no part of who speaks.
    ("North Korean troops came back after a pause. The commander of one of our sapper units in the area told us: "
     "“They are careful now.”", "Ukrainska Pravda", "Ukrainian sapper unit commander"),
])
def test_one_of_ours_is_of_the_writers_side(text, source, speaker):
    assert quote_speakers(text, source)[-1] == speaker


def test_one_of_the_units_somewhere_is_a_member_of_the_units_not_the_place():
    text = "The commander of one of the pontoon battalions in the area told us: “The river is high.”"
    assert quote_speakers(text, "Readovka") == ["Russian pontoon battalion commander"]


def test_our_alone_opens_no_group():
    # "our" is a group's determiner only after "one of": the outlet's own correspondent is not read as a group.
    got = quote_speakers("Our correspondent said the town was quiet. “Nobody is out,” he added.", "Ukrainska Pravda")
    assert got == [None]
