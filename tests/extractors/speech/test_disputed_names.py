"""dossier.extractors.speech.disputed_names: a name or document a rebuttal sets in quotation marks still names it."""

from __future__ import annotations

from dossier.extractors.speech.disputed_names import name_marks_blanked
from quote_readings import quote_speakers

MSMT = "Multilateral Sanctions Monitoring Team"


def test_the_marks_of_a_known_name_and_of_a_document_are_blanked_at_the_same_offsets():
    text = 'The so-called "MSMT" put out its "second report" and a "smear campaign" on Friday.'
    got = name_marks_blanked(text)
    assert len(got) == len(text)
    assert "so-called  MSMT  put out its  second report  and" in got
    assert '"smear campaign"' in got  # words that are no name keep their marks


def test_figures_a_disputed_report_claims_are_its_issuers_words():
    speakers = quote_speakers(
        'Last week the so-called "Multilateral Sanctions Monitoring Team" made public its "first report".\n\n'
        'The "report" claims that Pyongyang loaded "up to 7 million shells" onto trains bound for Russia.',
        source="KCNA")
    assert speakers[-1] == MSMT


def test_a_quoted_name_as_subject_speaks_through_its_marks():
    speakers = quote_speakers(
        'The "MSMT" went on to claim that the two countries had staged "illegal arms transfers" all winter.',
        source="KCNA")
    assert speakers[-1] == MSMT


def test_a_quoted_phrase_that_names_no_one_is_still_no_speaker():
    # "hostile forces" in marks is the writer's sneer, not a body the vocabularies know: the quote stays unspoken.
    speakers = quote_speakers(
        'The "hostile forces" keep repeating that Pyongyang shipped "mountains of shells" to Russia.',
        source="KCNA")
    assert speakers[-1] is None
