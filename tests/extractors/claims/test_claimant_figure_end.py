"""dossier.estimate_claimants: a cue's object with no comma after it ends where a figure starts ("According to Oslo
more than 2,000 ..."), so that the figure is read and credited to the source, not swallowed by its name."""

from __future__ import annotations

import pytest

from estimate_readings import claimants


@pytest.mark.parametrize("sentence, figure, who", [
    ("According to Kyiv more than 2,500 recruits were sent to the front in May.", "more than 2,500", "Ukrainian government"),
    ("According to Seoul some 7,000 troops left the port in the spring.", "some 7,000", "South Korean government"),
    ("Aid groups fear that according to Kyiv 4,200 civilians were killed in the shelling.", "4,200", "Ukrainian government"),
])
def test_a_figure_after_the_source_is_read_and_credited(sentence, figure, who):
    assert claimants(sentence).get(figure) == who


def test_a_number_a_determiner_takes_stays_in_the_object():
    # "the two officials": the object counts its sources; the figure after the comma is theirs, not the outlet's.
    read = claimants("According to the two officials, about 900 launchers were moved by rail.")
    assert "two" not in read and read.get("about 900") is not None


@pytest.mark.parametrize("sentence, figure, who", [
    # A figure before a state's adjective counts its people; no name holds it as "38 North" holds its number.
    ("According to Seoul 9,500 North Korean workers were sent to Siberia.", "9,500", "South Korean government"),
    ("According to Kyiv 640 Russian tanks were lost over the winter.", "640", "Ukrainian government"),
])
def test_a_figure_before_a_states_adjective_is_the_clauses(sentence, figure, who):
    assert claimants(sentence).get(figure) == who


def test_a_bare_number_before_a_name_stays_the_names():
    # "38 North": a name's number, so the figure after it is the one the name gives.
    assert claimants("According to 38 North 7,400 containers crossed the border.").get("7,400") == "38 North"
