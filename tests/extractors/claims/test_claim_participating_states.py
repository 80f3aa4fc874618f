"""One of a monitoring team's member states, left unnamed ("one Participating State", data/claimants.csv), and "the
same State" after it (data/claimant_descriptions.csv). Sentences written for the tests."""

from estimate_readings import one, run


def test_one_participating_state_claims():
    text = "About 1,300 launchers were shipped by rail, according to information provided by one Participating State."
    assert one(text, "About 1,300").claimant == "One Participating State"


def test_the_same_state_is_the_one_named_before():
    df = run("One Participating State reported that about 1,300 launchers were shipped by rail in 2024.",
             "The same State assessed that some 900 more had followed by March.")
    claimants = dict(zip(df["quantity_text"], df["claimant"]))
    assert claimants["some 900"] == "One Participating State"
