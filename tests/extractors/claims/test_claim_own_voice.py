"""dossier.claim_own_voice: "our military", "our ministry" in a state body's own briefing or release are that body."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.estimate_claimants import attributions
from test_estimate_claimants import claim_in

MND = "South Korean Ministry of National Defense"


@pytest.mark.parametrize("source, text, quantity, claimant", [
    # A spokesperson's "our military assesses" in the ministry's briefing transcript.
    ("South Korean Ministry of National Defense regular briefing",
     "Our military assesses that about 9,500 North Korean soldiers remain near Kursk.", "about 9,500", MND),
    # Another verb, the possessive lower case after an opening phrase.
    ("South Korean Ministry of National Defense regular briefing",
     "As of this week, our military estimates that some 700 North Korean engineers have crossed into Russia.",
     "some 700", MND),
    # "our ministry" in the release of a ministry, the figure before the verb.
    ("Ministry of National Defense",
     "Roughly 2,300 North Korean troops were wounded in March, our ministry believes.", "Roughly 2,300", MND),
    # An intelligence agency's own release: "our service".
    ("National Intelligence Service",
     "Our service has confirmed that around 1,200 more North Korean soldiers were sent in April.",
     "around 1,200", "National Intelligence Service"),
])
def test_a_bodys_first_person_in_its_own_release_is_the_body(source, text, quantity, claimant):
    assert claim_in(source, quantity, text) == claimant


def test_a_mediums_first_person_is_not_a_state_body():
    # A newspaper's "our military" in an editorial is the writer's own voice, not a ministry's release.
    got = claim_in("Seoul Daily Herald", "about 9,500",
                   "Our military assesses that about 9,500 North Korean soldiers remain near Kursk.")
    assert got != MND


@pytest.mark.parametrize("text, quantity", [
    ("According to our estimates, the enemy brigade now has 1,800 men left.", "1,800"),
    ("According to our latest count, some 70 launchers have crossed the border.", "some 70"),
])
def test_the_writers_own_estimates_are_no_ones_the_article_reports(text, quantity):
    assert claim_in("Evening Gazette", quantity, text) is None


def test_the_writers_sources_are_others_unnamed():
    text = "According to our sources, some 70 launchers have crossed the border."
    assert claim_in("Evening Gazette", "some 70", text) == "unattributed reports"


@pytest.mark.parametrize("text", [
    # A quotation continuing into a paragraph of its own: "our" is the speaker's, the cue stays an attribution.
    "“According to our estimates, about 3,000 North Korean soldiers have been killed since the autumn.",
    "“According to our latest count, some 40 launchers have crossed the border this month,” he said.",
])
def test_our_estimates_inside_a_quotation_are_no_writers_own(text):
    assert any(a.how == "cue" for a in attributions(text))


def test_our_estimates_outside_a_quotation_are_the_writers_own():
    assert not any(a.how == "cue" for a in attributions("According to our latest count, some 40 launchers crossed the border."))
