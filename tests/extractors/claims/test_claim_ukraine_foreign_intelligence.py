"""data/claimants.csv: Ukraine's Foreign Intelligence Service is a body of its own, not Ukraine's government.

Its name, its English descriptions and its Ukrainian initials (SZRU) all name the service, as the NIS is Seoul's
spy agency and not the South Korean government.
"""

from __future__ import annotations

from estimate_readings import one


def test_the_initials_name_the_service():
    row = one("According to the SZRU, Pyongyang shipped about 400 rocket launchers to Russia last year.", "about 400")
    assert row.claimant == "Foreign Intelligence Service of Ukraine"


def test_a_description_with_the_state_names_the_service():
    row = one("Ukraine's Foreign Intelligence Service said some 70 cargo voyages had been recorded.", "some 70")
    assert row.claimant == "Foreign Intelligence Service of Ukraine"


def test_the_full_name_is_not_the_government():
    row = one("The Foreign Intelligence Service of Ukraine estimated that 9,000 workers had arrived.", "9,000")
    assert row.claimant != "Ukrainian government"
    assert row.claimant == "Foreign Intelligence Service of Ukraine"
