"""dossier.extractors.claims.claim_mentions: a longer name that opens with a known person's short name is someone
else's, so a document issued under it speaks for its own issuer; sentences written for the tests."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_issuers import ISSUER_KINDS
from dossier.extractors.claims.claim_mentions import named_claimants
from estimate_readings import claimant_list


@pytest.mark.parametrize("opening", [
    "Kim Yo Jong issued a statement on the drills late on Friday.",
    "Kim Yo Jong, the powerful sister of the leader, released a statement on Friday.",
])
def test_the_statement_of_a_person_with_a_longer_name_is_hers(opening):
    found = claimant_list(opening, "The statement said about 40 of the drones had crossed the border.")
    assert found == [("about 40", "Kim Yo Jong")]


def test_a_short_name_alone_still_names_its_person():
    names = [n.claimant for n in named_claimants("Kim issued a statement on the drills on Friday.", ISSUER_KINDS)]
    assert names == ["Kim Jong Un"]


def test_a_short_name_that_opens_a_longer_one_names_no_one_known():
    names = [n.claimant for n in named_claimants("Kim Yo Jong issued a statement on Friday.", ISSUER_KINDS)]
    assert "Kim Jong Un" not in names
