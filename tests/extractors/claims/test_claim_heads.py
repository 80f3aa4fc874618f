"""The head of a body who "has informed", "reported" or "announced that": the body, as the vocabularies name it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, text, expected", [
    ("over 5,000", "The Chief of the General Staff of the Russian Armed Forces has informed that over 5,000 Ukrainian "
     "soldiers were killed near Sudzha, the presenter said.", "General Staff of the Russian Armed Forces"),
    ("1,800", "The Chief of the General Staff of the Armed Forces of Ukraine reported that 1,800 North Korean soldiers "
     "had been wounded.", "Ukrainian military"),
    ("14", "The Commander of the Air Force of Ukraine announced that 14 North Korean missiles were shot down.",
     "Ukrainian Air Force"),
])
def test_the_head_of_a_body_informs_for_the_body(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_informed_as_an_adjective_is_no_verb_of_its_subject():
    # "Informed sources": an adjective, the sources unnamed; only "has informed" reports for its subject.
    assert claim("2,000", "Informed sources said 2,000 North Korean soldiers had been killed.")[0] == "unattributed reports"
