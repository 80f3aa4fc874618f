"""A claimant named in any Latin script: "Šakalienė" or "Çelik" holds a figure as "Sikorski" does."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_a_polish_general_named_after_the_figure_and_said():
    got = claim("Some 12,000",
                "Some 12,000 North Korean soldiers are in the Kursk region, said Władysław Śliwiński, a former "
                "commander of Polish land forces.")
    assert got[0] == "Władysław Śliwiński"


def test_according_to_a_polish_general_s_bare_surname_is_the_general_named_before():
    got = claim("some 12,000", "Gen. Władysław Śliwiński spoke to the radio on Monday.",
                "According to Śliwiński, some 12,000 North Korean soldiers are now in the Kursk region.")
    assert got[0] == "Władysław Śliwiński"


def test_a_lithuanian_minister_by_title_estimating_a_figure():
    got = claim("about 3 million",
                "Defence Minister Rūta Žemaitienė estimated on Monday that about 3 million shells had reached Russia.")
    assert got[0] == "Rūta Žemaitienė"


def test_a_turkish_minister_s_bare_surname_later_holds_the_figure():
    got = claim("at least 1,500",
                "Foreign Minister Ömer Çelik met his Ukrainian counterpart in Ankara on Friday.",
                "Çelik said that at least 1,500 North Korean soldiers had been wounded since the autumn.")
    assert got[0] == "Ömer Çelik"


def test_a_german_word_opening_the_sentence_is_no_claimant():
    # "Über" opens a German phrase, not a name: the figure is the outlet's own, as "Uber" would leave it.
    got = claim("some 12,000", "Über alles, some 12,000 North Korean soldiers were sent to Russia last year.")
    assert got[0] != "Über"


def test_a_czech_or_german_spelling_of_zelensky_is_zelensky():
    for written in ("Volodymyr Zelenskyj", "Wolodymyr Selenskyj"):
        got = claim("around 3,000", f"President {written} said that around 3,000 North Korean soldiers had been wounded.")
        assert got[0] == "Volodymyr Zelensky", written
