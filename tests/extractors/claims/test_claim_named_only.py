"""Someone unnamed given one name in their own clause (a call sign, a surname alone) claims by that name."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_a_call_sign_in_a_relative_clause_between_commas():
    got = claim("four",
                "A commander of a mortar battery near Pokrovsk, who gives his call sign as \"Lynx\", told reporters "
                "that his crews had hit four North Korean guns in a month.")
    assert got[0] == "Lynx"


def test_a_call_sign_after_the_cue_s_object():
    got = claim("15 to 20",
                "According to the company commander with the call sign \"Oak\", the assault groups number 15 to 20 men.")
    assert got[0] == "Oak"


def test_a_call_sign_after_the_verb_that_follows_the_quote():
    got = claim("40 or 50",
                "\"In winter they attacked in columns of 40 or 50 soldiers,\" said a mortar unit commander in the Kupiansk area who goes by the "
                "call sign \"Falcon.\"")
    assert got[0] == "Falcon"


def test_a_call_sign_in_another_clause_is_not_the_speaker_s():
    # The sergeant is the one with the call sign; the officer who speaks is left as written.
    got = claim("about 60",
                "A Ukrainian officer said that about 60 shells had hit the position where a sergeant with the call "
                "sign \"Wolf\" was serving.")
    assert got[0] == "Ukrainian military"


def test_a_call_sign_given_after_the_subject_s_verb_is_another_s():
    # The reviewer's sentence: Wolf is the soldier of the clause after ", and", not the commander who said it.
    got = claim("about 60",
                "A battalion commander said about 60 soldiers were captured, and a soldier who gives his call sign as "
                "\"Wolf\" confirmed it.")
    assert got[0] == "commander"


def test_a_call_sign_of_a_clause_joined_to_a_cue_s_object_is_another_s():
    got = claim("About 60",
                "About 60 soldiers were captured, according to a battalion commander, and a medic who gives his call "
                "sign as \"Heron\" treated them.")
    assert got[0] == "battalion commander"


def test_a_call_sign_given_between_the_subject_and_its_verb_is_the_subject_s():
    got = claim("about 60",
                "A company commander, who gives his call sign as \"Heron\", told reporters about 60 shells had hit "
                "the position.")
    assert got[0] == "Heron"
