"""Words a speaker passes on from another source (dossier.extractors.speech.hearsay, and the verbs of judging of
data/cue_verbs.csv), on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _read(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [(s if isinstance(s, str) else None, c if isinstance(c, str) else None)
            for s, c in zip(df["speaker"], df["channel"])]


@pytest.mark.parametrize("text, speaker", [
    # The body a speaker says believes or estimates something speaks the words of its judgement.
    ("The National Intelligence Service briefed lawmakers. Rep. Yoon Hae-jin said the agency believed that "
     "“no fewer than 400” had been wounded.", "National Intelligence Service"),
    ("Rep. Yoon Hae-jin told reporters the NIS estimated that “roughly 700” had died.",
     "National Intelligence Service"),
    # A clause of content of reports of a kind: the reports' words.
    ("Rep. Yoon Hae-jin noted local reports that Pyongyang had shipped “dozens of” launchers.", "local reports"),
    ("Senator Alan Hill cited unconfirmed reports that a second brigade was “already in Kursk.”", "unconfirmed reports"),
])
def test_the_inner_source_speaks(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # Bare "reports", or "the reports": whose they are is not told here; the speaker keeps them.
    ("Rep. Yoon Hae-jin dismissed reports that Pyongyang had shipped “dozens of” launchers.", "Yoon Hae-jin"),
    ("Rep. Yoon Hae-jin dismissed the reports that Pyongyang had shipped “dozens of” launchers.", "Yoon Hae-jin"),
    # "that" of a verb, no noun of hearsay.
    ("Rep. Yoon Hae-jin said that Pyongyang had shipped “dozens of” launchers.", "Yoon Hae-jin"),
])
def test_reports_of_no_kind_are_left_to_the_speaker(text, speaker):
    assert _read(text)[-1][0] == speaker


def test_a_participle_after_a_medium_clause_goes_with_the_medium():
    text = "A lawmaker said the Rodong Sinmun had published a poem on the dead, calling them “eternal flowers”."
    assert _read(text) == [("Rodong Sinmun", "Rodong Sinmun")]


@pytest.mark.parametrize("text, speaker", [
    # What a medium's report is said to be: the one who says it speaks, calling it so.
    ("Rep. Yoon Hae-jin said KCNA's report was staged, calling it “pure theatre”.", "Yoon Hae-jin"),
    # No medium in the clause: the participle goes with the sentence's speaker.
    ("Rep. Yoon Hae-jin said the soldiers had come home, calling them “lucky men”.", "Yoon Hae-jin"),
])
def test_a_participle_without_a_medium_clause_keeps_the_speaker(text, speaker):
    assert _read(text)[-1][0] == speaker


_BRIEFED = "The National Intelligence Service briefed the intelligence committee on Tuesday. "


@pytest.mark.parametrize("text, speaker", [
    # A body that finds or detects something, in the clause of content of a speaker's verb, speaks its finding.
    (_BRIEFED + "Rep. Han Jae-won said the spy agency had detected “no sign” of a pullback.",
     "National Intelligence Service"),
    (_BRIEFED + "Rep. Han Jae-won said the agency had found “credible evidence” of a third rotation.",
     "National Intelligence Service"),
    ("Rep. Han Jae-won told reporters that the NIS had identified “at least three” new brigades.",
     "National Intelligence Service"),
    # A verb of estimating goes on through "and that" too.
    (_BRIEFED + "Rep. Han Jae-won said the agency put the toll at about 400 and that the sappers had taken “grave "
     "losses”.", "National Intelligence Service"),
    # "puts the number of … at": the estimate is the body's, whatever stands between the verb and "at".
    (_BRIEFED + "Rep. Han Jae-won said on Friday the spy agency puts its count of wounded sappers at “several "
     "hundred.”", "National Intelligence Service"),
    # Its clause goes on through "and that".
    (_BRIEFED + "Rep. Han Jae-won said the agency had detected more drills and that the gunners were “far better "
     "trained”.", "National Intelligence Service"),
    # The body's own reckoning opening the clause of content speaks as a verb of finding would.
    (_BRIEFED + "Rep. Han Jae-won said the agency's estimate of the wounded stood at about 900, of whom “close to "
     "300” were sappers.", "National Intelligence Service"),
])
def test_a_body_that_finds_speaks_its_finding(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text", [
    # The subject of an event is no source: the speaker tells what happened.
    _BRIEFED + "Rep. Han Jae-won said the engineers had found “nothing but rubble” in the town.",
    _BRIEFED + "Rep. Han Jae-won said the battalions had suffered “staggering losses”.",
    # People who put a number somewhere are no body estimating it.
    _BRIEFED + "Rep. Han Jae-won said the gunners put the number of shells they fired at “well over a thousand”.",
    # A reckoning of a body that does not open the clause of content is no source: "declined to give Japan's own
    # estimate".
    _BRIEFED + "Rep. Han Jae-won declined to give the agency's own estimate, saying the losses were “heavy”.",
    # A reckoning that gives no figure before the quote is the speaker's view of it (the reviewer's sentences in
    # the second test, and one of ours).
    _BRIEFED + "Rep. Han Jae-won said the agency's count was “far from complete”.",
    _BRIEFED + "Rep. Han Jae-won said the agency's estimate was too low and that “far more” had died.",
    # A clause set against the finding is the speaker's again.
    _BRIEFED + "Rep. Han Jae-won said the agency had found no new units, but the front was “quieter than in May”.",
])
def test_the_speaker_keeps_words_no_body_found(text):
    assert _read(text)[-1][0] == "Han Jae-won"


@pytest.mark.parametrize("text", [
    "Lee said the agency's estimate was too low and that “far more” had died.",
    "Lee said the agency put the toll at 2,000, and added that he himself thought the losses were “much higher.”",
])
def test_the_speakers_own_view_of_a_body_s_figure_is_his(text):
    assert _read(_BRIEFED + "Lee Seong-kweun briefed reporters after the session. " + text)[-1][0] == "Lee Seong-kweun"


def test_a_verb_of_finding_alone_makes_no_speaker():
    # Outside someone's reported speech "found" is no verb of saying.
    assert _read("Villagers found “a field of craters” where the depot had stood.")[-1][0] is None


@pytest.mark.parametrize("text, expected", [
    # A participle after a medium a preposition makes an object goes with the clause's subject, through the medium.
    ("First Vice Foreign Minister Pak Myong Ho issued a statement through KCNA branding the exercise “a prelude to "
     "war”.", ("Pak Myong Ho", "KCNA")),
    ("Pak Myong Ho, a North Korean vice foreign minister, spoke on Monday. The vice minister then released a note "
     "via KCNA, calling the sanctions “a crime”.", ("Pak Myong Ho", "KCNA")),
    # With no one named, the subject as written.
    ("The vice minister put out a note through KCNA branding the exercise “a prelude to war”.",
     ("vice minister", "KCNA")),
])
def test_a_participle_after_a_medium_in_a_prepositional_phrase_takes_the_clause_subject(text, expected):
    assert _read(text)[-1] == expected


def test_a_medium_that_is_the_subject_still_speaks_with_its_participle():
    # Without the preposition the medium is the subject of its clause and of the participle.
    assert _read("KCNA ran a long commentary branding the exercise “a prelude to war”.") == [("KCNA", "KCNA")]
