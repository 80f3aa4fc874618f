"""dossier.claim_acronyms: an acronym the article defined in brackets is the body named before the bracket."""

from __future__ import annotations

from dossier.extractors.claims.claim_acronyms import acronym_definitions, defined_acronym, unknown_acronym
from test_estimate_claimants import claim


def test_an_acronym_defined_before_is_the_named_body():
    texts = ["Fighters of Ukraine's Special Operations Forces (SSO) raided a trench line near Sudzha.",
             "The SSO said that about 30 North Korean soldiers were killed."]
    assert defined_acronym(acronym_definitions(texts), 1, "SSO") == "Ukrainian Special Operations Forces"


def test_an_acronym_defined_only_later_is_left_alone():
    texts = ["The SSO said that about 30 North Korean soldiers were killed.",
             "Ukraine's Special Operations Forces (SSO) raided a trench line near Sudzha."]
    assert defined_acronym(acronym_definitions(texts), 0, "SSO") is None  # defined only after it


def test_a_known_acronym_is_not_looked_up():
    # The vocabularies know "NIS": whatever an article writes before a bracket, the claimant stays the agency.
    assert not unknown_acronym("NIS")
    assert unknown_acronym("JDAC")
    assert not unknown_acronym("Jdac")


def test_a_figure_credited_to_a_defined_acronym_is_the_bodys():
    got = claim("about 30", "Fighters of Ukraine's Special Operations Forces (SSO) raided a trench line near Sudzha.",
                "The SSO said that about 30 North Korean soldiers were killed.")
    assert got[0] == "Ukrainian Special Operations Forces"


def test_an_acronym_whose_name_no_vocabulary_knows_stays_as_written():
    got = claim("about 30", "The Joint Drone Analysis Cell (JDAC) tracked the strikes.",
                "The JDAC said that about 30 North Korean soldiers were killed.")
    assert got[0] == "JDAC"
