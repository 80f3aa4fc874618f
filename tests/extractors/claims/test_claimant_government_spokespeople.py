"""A named spokesperson of a department speaks as the department; one of a whole government is named
(dossier.extractors.claims.claimant_names)."""

from __future__ import annotations

import pytest

from estimate_readings import claimants


@pytest.mark.parametrize("title", ["White House deputy spokesman", "White House national security spokesman"])
def test_a_spokesperson_of_a_whole_government_is_named(title):
    # "White House" stands for the government as a whole: the named spokesman is the claimant.
    found = claimants(f"{title} Tom Reyes said on Friday that some 2,300 engineers had crossed.")
    assert found["some 2,300"] == "Tom Reyes"


def test_a_spokesperson_of_a_department_speaks_as_it():
    found = claimants("Pentagon press secretary Tom Reyes said on Friday that some 2,300 engineers had crossed.")
    assert found["some 2,300"] == "the Pentagon"


@pytest.mark.parametrize("title", ["State Department spokesperson", "State Department deputy spokesman",
                                   "Pentagon press secretary"])
def test_a_department_that_names_its_state_s_government_still_speaks_as_itself(title):
    # A department's claimant may be its state's government; its spokesperson is still no one speaking in their own
    # name, unlike one of the White House.
    found = claimants(f"{title} Tom Reyes said on Friday that some 2,300 engineers had crossed.")
    assert found["some 2,300"] != "Tom Reyes"
