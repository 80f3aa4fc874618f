"""dossier.extractors.mentions.strikes: troops' attacks are no strike, a word of fighting quoted before them too."""

from __future__ import annotations

import pytest

from dossier.extractors.mentions.strikes import mentions_strike


@pytest.mark.parametrize(
    "text",
    [
        "Officers describe the losses as the cost of “human wave” attacks across open fields.",
        "The unit's losses came in 'infantry' attacks on the tree lines.",
        "The losses came in human wave attacks across open fields.",
    ],
)
def test_troops_attacks_are_no_strike_whether_or_not_quoted(text):
    assert not mentions_strike(text)


@pytest.mark.parametrize(
    "text",
    [
        "A “massive” attack on Kharkiv overnight left nine people dead.",  # a quoted word of no fighting
        "Officials called the drone attack on Sumy “deliberate”.",
    ],
)
def test_a_strike_stays_a_strike_with_quoted_words_around(text):
    assert mentions_strike(text)
