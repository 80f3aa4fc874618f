"""dossier.claim_progressive: the auxiliary before a reporting verb's -ing form."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_progressive import before_progressive


@pytest.mark.parametrize("text, verb, subject", [
    ("The puppet clique is ", "raising a din over", "The puppet clique"),
    ("The warmongers have been ", "trumpeting", "The warmongers"),
    ("The ministry ", "said", "The ministry "),  # no -ing form: nothing to strip
    ("Officials were ", "told", "Officials were "),
])
def test_before_progressive(text, verb, subject):
    assert text[: before_progressive(text, len(text), verb)] == subject
