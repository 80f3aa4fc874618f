"""The sanctions monitoring team named by what it is ("an 11-nation group set up to monitor sanctions"), and "it" after
the sentence that names it with its acronym and an aside about its members."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

MSMT = "Multilateral Sanctions Monitoring Team"


@pytest.mark.parametrize("text", [
    "Pyongyang shipped some 40 howitzers to Russia last year, according to the latest report of a new 11-nation "
    "sanctions monitoring group.",
    "Pyongyang shipped some 40 howitzers to Russia last year, according to the third report of an 11-country group "
    "set up to monitor sanctions on North Korea.",
    "Pyongyang shipped some 40 howitzers to Russia last year, a multinational team formed to monitor sanctions said.",
])
def test_the_monitoring_team_described(text):
    assert claim_in("Reuters", "some 40", text) == MSMT


def test_a_report_of_an_event_names_no_monitor():
    text = "Pyongyang shipped some 40 howitzers to Russia last year, according to the first report of a border clash."
    assert claim_in("Reuters", "some 40", text) != MSMT


def test_it_after_the_team_its_acronym_and_an_aside_of_member_states():
    first = ("The Multilateral Sanctions Monitoring Team (MSMT), whose members include Britain, Canada and Japan, "
             "met in Seoul on Friday.")
    second = "It estimated that some 40 howitzers had reached Russia."
    assert claim_in("Reuters", "some 40", first, second) == MSMT


def test_it_after_a_sentence_opening_on_a_description_is_that_body():
    text = ("The Multilateral Sanctions Monitoring Team published its findings on Friday. Officials in Moscow called "
            "them lies.\n\nThe team relied on imagery from member states. It found that some 40 ships carried munitions.")
    assert claim_in("Reuters", "some 40", text) == MSMT


def test_it_after_a_sentence_opening_on_no_description_is_read_as_before():
    text = ("The Multilateral Sanctions Monitoring Team published its findings on Friday.\n\n"
            "The weather delayed the shipments. It found that some 40 ships carried munitions.")
    assert claim_in("Reuters", "some 40", text) == MSMT
