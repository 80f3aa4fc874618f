"""dossier.extractors.back_references: a family name, or "the <noun>", read back to who was named in full."""

from __future__ import annotations

import pytest

from dossier.extractors.back_references import full_name_before, introduced_before


def _full(text: str, name: str) -> str | None:
    return full_name_before(text, text[::-1], name, text.rindex(name))


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Choe Son Hui met Lavrov on Friday. Later, Choe said the talks were useful.", "Choe", "Choe Son Hui"),
        ("President Putin arrived, and then Putin spoke.", "Putin", "President Putin"),
        # The last full name with it, not the first.
        ("Kim Yo Jong spoke first; Kim Jong Un spoke last. Then Kim left.", "Kim", "Kim Jong Un"),
        ("Nobody was named in full before Park spoke.", "Park", None),
    ],
)
def test_full_name_before(text, name, expected):
    assert _full(text, name) == expected


@pytest.mark.parametrize(
    "text, subject, expected",
    [
        ("A Russian paratrooper with a bandaged arm was interviewed. Then the paratrooper", "the paratrooper",
         "Russian paratrooper"),
        ("One elderly North Korean farmer agreed to talk. The farmer", "The farmer", "elderly North Korean farmer"),
        # No function word among the modifiers: "a letter to a soldier" introduces no modified soldier.
        ("She wrote a letter to a soldier. The soldier", "The soldier", None),
        # Unnamed sources are read by where they are from, elsewhere.
        ("A young defector from Hyesan spoke. The defector", "The defector", None),
        # Only a definite noun alone.
        ("A North Korean engineer spoke. The North Korean engineer", "The North Korean engineer", None),
    ],
)
def test_introduced_before(text, subject, expected):
    assert introduced_before(text, subject, text.rindex(subject)) == expected
