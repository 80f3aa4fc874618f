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


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # The release's narration, naming no one: the body's own finding.
    ("Defence Intelligence of Ukraine",
     ("The agency has recorded a new shipment of shells.", "Since May, Pyongyang has moved about 400 railcars of munitions to Russia."),
     "about 400", "Ukrainian military intelligence (HUR)"),
    ("National Intelligence Service",
     ("Losses among the deployed units have kept rising this winter, to roughly 3,500 killed or wounded.",),
     "roughly 3,500", "National Intelligence Service"),
    # Evidence it names by no one's name is its own too.
    ("UK Defence Intelligence",
     ("According to available information, some 90 launchers reached the front by rail in March.",),
     "some 90", "UK Defence Intelligence"),
    ("Defence Intelligence of Ukraine",
     ("By the latest data, the contingent now numbers close to 9,000 soldiers.",),
     "close to 9,000", "Ukrainian military intelligence (HUR)"),
])
def test_a_bodys_release_claims_what_it_states_in_its_own_voice(source, paragraphs, quantity, claimant):
    assert claim_in(source, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # A figure the release credits to someone else stays theirs.
    ("National Intelligence Service",
     ("Kyiv's military intelligence says some 2,000 more soldiers are training in the Far East.",),
     "some 2,000", "Ukrainian military intelligence (HUR)"),
    # A newspaper that merely holds a state's name is no body's release.
    ("The Japan Times",
     ("Pyongyang has sent about 700 shipping containers through Rajin this year.",),
     "about 700", None),
    # A transcript's question is the asker's, not the body's.
    ("Russian Foreign Ministry",
     ("Question: There is talk that 4,000 more soldiers are leaving for Kursk. Your comment?",
      "Maria Zakharova: We do not comment on rumours."),
     "4,000", "reporter"),
])
def test_a_release_leaves_others_figures_to_them(source, paragraphs, quantity, claimant):
    assert claim_in(source, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # A description with nothing named before it, in the body's own release: the body itself.
    ("Ministry of Defence of Ukraine",
     ("The minister met the delegation in Kyiv.", "According to the Ministry, some 300 launchers have reached Russia."),
     "some 300", "Ukrainian Ministry of Defence"),
    ("National Intelligence Service",
     ("The Agency said roughly 1,200 more soldiers had been sent in the spring.",),
     "roughly 1,200", "National Intelligence Service"),
])
def test_a_releases_description_of_itself_is_the_body(source, paragraphs, quantity, claimant):
    assert claim_in(source, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, text, quantity", [
    # A wire is no body: "the Agency" it never named before is no one it can credit.
    ("Reuters", "The Agency said roughly 1,200 more soldiers had been sent in the spring.", "roughly 1,200"),
    # A release of another kind of body: its ministry is not the release's intelligence agency.
    ("National Intelligence Service", "According to the Ministry, some 300 launchers have reached Russia.", "some 300"),
])
def test_a_description_no_release_fits_is_not_the_outlet(source, text, quantity):
    assert claim_in(source, quantity, text) != "National Intelligence Service"


@pytest.mark.parametrize("source, paragraphs, quantity", [
    # A monitor that states set up speaks for them: its report is a state body's release, naming itself or not.
    ("Multilateral Sanctions Monitoring Team",
     ("The MSMT assesses that Pyongyang has shipped at least 70 launchers by rail.",), "at least 70"),
    ("Multilateral Sanctions Monitoring Team",
     ("Participating States shared imagery of the port.", "In May, the DPRK moved more than 3,000 containers to Vostochny."),
     "more than 3,000"),
])
def test_a_monitor_states_set_up_claims_its_own_reports_figures(source, paragraphs, quantity):
    assert claim_in(source, quantity, *paragraphs) == "Multilateral Sanctions Monitoring Team"


@pytest.mark.parametrize("source, text, quantity, claimant", [
    # A DPRK body's own statement is that body's, as a Seoul ministry's is.
    ("DPRK Institute for American Studies", "Washington has poured some 40 launchers into Ukraine this year.", "some 40",
     "DPRK Institute for American Studies"),
    ("DPRK Permanent Mission to the United Nations", "The West has sent Kyiv more than 2 million shells.",
     "more than 2 million", "DPRK Permanent Mission to the United Nations"),
])
def test_a_dprk_bodys_own_statement_credits_the_body(source, text, quantity, claimant):
    assert claim_in(source, quantity, text) == claimant


def test_a_publisher_that_monitors_still_states_its_own_analysis():
    assert claim_in("Oryx", "at least 60", "Oryx has counted at least 60 destroyed launchers since March.") is None
