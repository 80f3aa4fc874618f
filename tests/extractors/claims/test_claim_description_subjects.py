"""A body's description read as the subject wherever one stands: after a time opening the sentence, inside a
quotation, and after ", with" before a participle (dossier.claim_quoted_descriptions, claim_participles)."""

from __future__ import annotations

from estimate_readings import claimants, signed_claimant

_NAMED = "The Defense Intelligence Agency (DIA) said in March that 1,500 troops had left for the front."


def test_a_time_opening_the_sentence_is_no_part_of_the_description():
    got = claimants(_NAMED + " Last month the same agency said that roughly 300 soldiers had been killed.")
    assert got["roughly 300"] == "Defense Intelligence Agency"


def test_a_time_with_its_comma_was_read_already():
    got = claimants(_NAMED + " In May, the same agency said that roughly 300 soldiers had been killed.")
    assert got["roughly 300"] == "Defense Intelligence Agency"


def test_a_description_in_a_lawmakers_quotation_names_the_source_he_passes_on():
    got = claimants(_NAMED + ' Senator Jane Doe told reporters that "the spy agency assesses that about 900 soldiers were killed."')
    assert got["about 900"] == "Defense Intelligence Agency"


def test_a_pronoun_in_a_quotation_is_still_the_speakers_own():
    got = claimants(_NAMED + ' Senator Jane Doe told reporters that "they think about 900 soldiers were killed."')
    assert got["about 900"] != "Defense Intelligence Agency"


def test_a_description_after_with_is_the_participles_subject():
    got = claimants(_NAMED + " The brigade is short of men, with the agency saying that about 900 soldiers were wounded.")
    assert got["about 900"] == "Defense Intelligence Agency"


def test_intelligence_authorities_in_a_seoul_outlet_are_its_spy_agency():
    got = signed_claimant("Yonhap", None, "about 40",
                          "Sappers are being hurt, Yonhap has learned, with intelligence authorities saying that about 40 "
                          "soldiers have been wounded.")
    assert got == "National Intelligence Service"
