"""A relative clause after a figure that hangs on some other noun claims what it says, not the figure: "At least 9
people died when a missile that officials identified as a KN-23 hit a school"."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    # No one else named: the figure is the writer's.
    ("At least 9 people died on Sunday when a rocket that Ukrainian officials identified as North Korean hit a school.",
     "At least 9", None),
    ("He is one of three North Korean soldiers held in Kyiv, all taken from a brigade that South Korean officials say "
     "numbered about 3,000.", "three", None),
    ("She is one of three North Korean soldiers held in Kyiv, all taken from a brigade that the NIS says lost its "
     "commander.", "three", None),
    # Someone named before the figure claims it, past the clause.
    ("Budanov said the North had readied 8,000 more soldiers, a number which the Pentagon assessment now exceeds.",
     "8,000", "Kyrylo Budanov"),
    ("Zelensky said that about 500 North Korean soldiers died in one week, in an offensive that Russian officials "
     "called a success.", "about 500", "Volodymyr Zelensky"),
])
def test_a_later_relative_on_another_noun_claims_nothing_before_it(text, quantity, claimant):
    assert claim_in("Reuters", quantity, text) == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # The clause's own figure is its subject's.
    ("At least 9 people died on Sunday in a strike that Ukrainian officials said involved 2 North Korean missiles.",
     "2", "Ukrainian officials"),
    # The clause hangs on the figure's own noun phrase: its subject claims the figure.
    ("Some 11,000 North Korean troops that the NIS says were sent last autumn are now in Kursk.",
     "Some 11,000", "National Intelligence Service"),
    # A clause crediting the figure itself.
    ("The toll of roughly 500, a number that Kyiv gave last week, has not been confirmed.",
     "roughly 500", "Ukrainian government"),
])
def test_a_relative_on_the_figure_still_claims_it(text, quantity, claimant):
    assert claim_in("Reuters", quantity, text) == claimant
