"""Lawmakers relay a closed briefing together: once one passed on a body's figures, the others pass on that body's."""

from __future__ import annotations

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
