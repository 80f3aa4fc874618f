"""dossier.text.datelines: which names at a paragraph's start belong to a dateline."""

from __future__ import annotations

import pytest

from dossier.text.datelines import in_dateline


@pytest.mark.parametrize("text, name, expected", [
    ("Moscow (AFP) - Officials said on Monday ...", "Moscow", True),
    ("New York (Reuters) - A panel said ...", "New York", True),
    ("SEOUL (Yonhap) -- The spy agency said ...", "SEOUL", True),
    # A body's name and its acronym in brackets open a sentence, not a dateline.
    ("The Multilateral Sanctions Monitoring Team (MSMT), set up by eleven states, said ...",
     "The Multilateral Sanctions Monitoring Team", False),
    ("The National Intelligence Service (NIS) told lawmakers ...", "The National Intelligence Service", False),
])
def test_a_name_before_brackets(text, name, expected):
    assert in_dateline(text, 0, len(name)) is expected
