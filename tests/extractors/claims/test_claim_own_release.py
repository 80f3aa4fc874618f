"""A state body's own release names itself as any article would: its figures are its claims; a publishing outlet
naming itself ("ISW assesses" in ISW's report) states its own figures, left without a claimant."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("source, text, quantity, claimant", [
    ("National Intelligence Service", "The NIS judges that some 2,500 more North Korean soldiers reached Russia in May.",
     "some 2,500", "National Intelligence Service"),
    ("Joint Chiefs of Staff", "The JCS confirmed that about 30 launchers crossed the border by rail.",
     "about 30", "Joint Chiefs of Staff"),
])
def test_a_bodys_own_release_credits_the_body(source, text, quantity, claimant):
    assert claim_in(source, quantity, text) == claimant


@pytest.mark.parametrize("source, text, quantity", [
    ("ISW", "ISW assesses that some 2,500 more North Korean soldiers reached Russia in May.", "some 2,500"),
    ("38 North", "38 North counted about 30 railcars at the Tumangang yard.", "about 30"),
])
def test_a_publishing_outlet_naming_itself_states_its_own_figure(source, text, quantity):
    assert claim_in(source, quantity, text) is None
