"""One claimant written several ways is one claimant to the scorer, through data/claimants.csv."""

from __future__ import annotations

import pytest

from dossier.evaluate import names


@pytest.mark.parametrize("written, canonical", [
    ("Office of the Prosecutor General of Ukraine", "Prosecutor General's Office of Ukraine"),
    ("Arirang-Meari", "Arirang Meari"),
    ("Volodymyr Zelenskyj", "Volodymyr Zelensky"),
    ("Wolodymyr Selenskyj", "Volodymyr Zelensky"),
    # As "South Korean estimates" are Seoul's: the estimates of the governments the adjective names.
    ("Western estimates", "Western governments"),
])
def test_a_spelling_is_its_canonical_claimant(written, canonical):
    assert names.claimant(written) == names.claimant(canonical) == canonical.casefold()
