"""Lawmakers relay a closed briefing together: once one passed on a body's figures, the others pass on that body's."""

from __future__ import annotations

import pytest

from estimate_readings import signed_claimant
from test_estimate_claimants import claim

NIS = "National Intelligence Service"


def test_the_lawmakers_pass_on_what_one_of_them_quoted_the_agency_as_saying():
    got = claim("about 1,000",
                "\"The NIS puts the toll at around 2,000,\" Rep. Kim Min-su told reporters after the briefing.",
                "According to the lawmakers, about 1,000 deminers have already crossed into Russia.")
    assert got == (NIS, "lawmakers")


def test_another_lawmaker_passes_on_the_briefing_body_s_figures():
    got = claim("some 3,000",
                "Lawmakers briefed by the NIS said about 2,000 North Korean soldiers had been killed.",
                "Rep. Choi Ji-ho said some 3,000 more soldiers had been sent in January.")
    assert got[0] == NIS


def test_a_lawmaker_with_no_briefing_before_claims_in_his_own_name():
    got = claim("some 3,000", "Rep. Choi Ji-ho said some 3,000 more soldiers had been sent in January.")
    assert got[0] == "Choi Ji-ho"


def test_a_lawmaker_who_names_another_source_passes_on_that_one():
    got = claim("some 3,000",
                "Lawmakers briefed by the NIS said about 2,000 North Korean soldiers had been killed.",
                "Rep. Choi Ji-ho, citing the Joint Chiefs of Staff, said some 3,000 more soldiers had been sent.")
    assert got[0] == "Joint Chiefs of Staff"


BRIEFED = "Lawmakers briefed by the NIS said about 2,000 North Korean soldiers had been killed."


@pytest.mark.parametrize("later, quantity, claimant", [
    # The reviewer's sentences: a lawmaker of another state heard no briefing of the NIS.
    ("In Kyiv, Ukrainian lawmaker Oleksandr Merezhko said some 3,000 more soldiers had been sent.", "some 3,000",
     "Oleksandr Merezhko"),
    ("In Washington, Rep. Michael McCaul said some 12,000 soldiers were in Kursk.", "some 12,000", "Michael McCaul"),
    # ... nor does one who says what he believes pass it on.
    ("Rep. Yu Yong-weon, a former Marine officer, said he personally believed some 5,000 more could be sent.",
     "some 5,000", "Yu Yong-weon"),
    ("Rep. Han Do-yoon estimated that some 4,000 more would follow by spring.", "some 4,000", "Han Do-yoon"),
    ("Japanese lawmaker Kenji Mori said some 600 shells had reached the port.", "some 600", "Kenji Mori"),
    # A lawmaker of the body's own state, stated or not, still passes on its figures.
    ("South Korean lawmaker Choi Ji-ho said some 3,000 more soldiers had been sent in January.", "some 3,000", NIS),
    ("In Seoul, Rep. Choi Ji-ho said some 3,000 more soldiers had been sent in January.", "some 3,000", NIS),
])
def test_only_a_lawmaker_of_the_body_s_state_passes_on_its_figures(later, quantity, claimant):
    assert claim(quantity, BRIEFED, later)[0] == claimant


def test_a_lawmaker_in_a_paper_of_another_state_gives_his_own_figures():
    # The NIS briefs its own state's lawmakers: in a Kyiv daily, an unmarked lawmaker is a Ukrainian one.
    assert signed_claimant("Kyiv Independent", None, "some 3,000", BRIEFED,
                           "Lawmaker Ivan Kovalchuk said some 3,000 more soldiers had been sent in January.") == "Ivan Kovalchuk"
