"""dossier.estimate_noun_modifiers: the words passed over between a count's noun of people and the verb of their loss."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # An adverb of manner between the noun and its verb.
        ("Eleven soldiers of the coastal brigade bravely gave their lives defending the bridge.", "Eleven", "killed"),
        ("Some 40 conscripts tragically died when the convoy was hit near Belgorod.", "Some 40", "killed"),
        # A short modifier of where they come from, an auxiliary right after it.
        ("Villagers say dozens of conscripts from the district have died since spring.", "dozens", "killed"),
        ("At least 12 soldiers from his village have perished in the assault.", "At least 12", "killed"),
        # "become casualties": the noun of losses after the linking verb.
        ("Of the 9,000 men sent, roughly 2,500 have become casualties, officials said.", "roughly 2,500",
         "killed_or_wounded"),
    ],
)
def test_the_loss_verb_is_reached_past_adverbs_origins_and_become(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("About 3,000 soldiers from the front have rested and died their hair.", "About 3,000"),  # the verb two words on
        ("Some 500 soldiers from the region quickly moved to the border.", "Some 500"),  # no loss told
        ("Around 2,000 soldiers only became available in May.", "Around 2,000"),  # "became" with no noun of loss
        ("By dawn some 30 soldiers nearly died in the flooded trench.", "some 30"),  # an adverb that denies the loss
        ("Some 12 soldiers nearly perished in the blizzard near Kupiansk.", "Some 12"),
    ],
)
def test_no_loss_is_read_where_none_follows(text, quantity):
    assert one(text, quantity)["category"] == "troops"
