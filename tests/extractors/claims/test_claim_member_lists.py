"""dossier.claimant_asides: a description set off after a body may list the body's members, commas and all.

"The team, an 11-nation group that includes Japan, Canada and Poland, said": the commas of the members' list are
inside the aside, and the body before it is the subject of the verb after it.
"""

from __future__ import annotations

from estimate_readings import one, run

MSMT = "Multilateral Sanctions Monitoring Team"


def test_a_description_that_includes_a_list_of_members_is_an_aside():
    row = one(f"The {MSMT}, an 11-nation body that includes Canada, Poland and Japan, counted about 150 rocket "
              "launchers.", "about 150")
    assert row.claimant == MSMT


def test_a_relative_clause_listing_many_members_is_an_aside():
    row = one(f"The {MSMT}, which includes the United States, South Korea, Japan, France, Germany, Britain, Canada "
              "and Italy, said some 9,000 soldiers went to Russia.", "some 9,000")
    assert row.claimant == MSMT


def test_a_description_with_including_lists_members_too():
    row = one(f"The {MSMT}, a group including Canada, Australia and the Netherlands, reported roughly 40 shipments "
              "of missiles.", "roughly 40")
    assert row.claimant == MSMT


def test_the_group_with_its_members_listed_refers_back_to_the_body():
    df = run(f"The {MSMT} published its second report on Thursday.",
             "The group, which includes Canada, Japan, Italy, France and Britain, said about 11,000 troops were sent.")
    assert df.loc[df.quantity_text == "about 11,000", "claimant"].iloc[0] == MSMT


def test_states_listed_as_subjects_are_no_aside():
    # No description opens the list: the states speak together, none of them set off as an aside.
    claimant = one("South Korea, Japan, Canada and Italy said about 11,000 troops were sent.", "about 11,000").claimant
    assert claimant != "Italy" and claimant != MSMT
