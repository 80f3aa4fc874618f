"""data/claimants.csv: public bodies that coverage names in more than one form, each read as its one claimant."""

from __future__ import annotations

from estimate_readings import one

from dossier.extractors.claims.claimant_names import normalise


def test_kyivs_military_administration_is_the_city_administration_not_the_army():
    row = one("Kyiv's military administration said about 30 people were wounded in the overnight missile strike.",
              "about 30")
    assert row.claimant == "Kyiv City Military Administration"


def test_the_city_administration_by_its_full_name_and_the_short_one():
    assert normalise("the Kyiv City Military Administration") == "Kyiv City Military Administration"
    assert normalise("Kyiv military administration") == "Kyiv City Military Administration"


def test_the_emergency_service_by_its_adjective_form():
    row = one("At least 14 people were killed, the Ukrainian State Emergency Service reported.", "At least 14")
    assert row.claimant == "State Emergency Service of Ukraine"


def test_frances_military_intelligence_directorate_by_its_descriptions():
    row = one("More than 3 million shells came from Pyongyang, according to the French defence ministry's "
              "intelligence directorate.", "More than 3 million")
    assert row.claimant == "French Directorate of Military Intelligence"
    assert normalise("French military intelligence") == "French Directorate of Military Intelligence"


def test_the_ukrainian_military_stays_the_military():
    # The administration of a city is not the armed forces, nor the other way round.
    assert normalise("the Ukrainian military") == "Ukrainian military"
