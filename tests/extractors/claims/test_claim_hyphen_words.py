"""A reporting verb's word joined by a hyphen to another is part of a compound, no verb
(dossier.extractors.claims.estimate_claimants)."""

from __future__ import annotations

from estimate_readings import claimants


def test_a_think_tank_in_an_apposition_is_no_verb():
    # "think" of "think-tank" would make "Oslo" (Norway's government) a second subject of the clause.
    found = claimants("The Norwegian Institute of International Affairs, an Oslo think-tank, said that losses were "
                      "\"probably around 2,600\".")
    assert found["around 2,600"] == "Norwegian Institute of International Affairs"


def test_the_same_verb_alone_still_reports():
    found = claimants("Analysts at the Norwegian Institute of International Affairs think about 2,600 engineers crossed.")
    assert found["about 2,600"] != "Norwegian government"
    assert found["about 2,600"] is not None
