"""dossier.extractors.speech.claiming_documents: words a rebutted document is said to claim are its issuer's, past an
apposition naming who made it and through "it" standing for it."""

from __future__ import annotations

from quote_readings import quote_speakers

MSMT = "Multilateral Sanctions Monitoring Team"


def test_an_apposition_naming_who_made_the_report_does_not_speak_its_words():
    speakers = quote_speakers(
        'Western states recently put out a so-called "report" of the "Multilateral Sanctions Monitoring Team".\n\n'
        'The "report", drawn up by the U.S., Britain, France and other hostile states in secret, falsely claims that '
        'the country shipped "some 20,000 shells" abroad.', source="KCNA")
    assert speakers[-1] == MSMT


def test_it_after_a_sentence_about_the_report_stands_for_the_report():
    speakers = quote_speakers(
        'Days ago hostile states published a "report" of the "Multilateral Sanctions Monitoring Team".\n\n'
        'The "report" is a pile of rumours spread by the spy agencies of Britain and Poland. It alleges that the '
        'country sent "dozens of rocket launchers" abroad.', source="KCNA")
    assert speakers[-1] == MSMT


def test_a_report_issued_under_the_name_of_a_body_is_that_bodys():
    speakers = quote_speakers(
        'The U.S. has concocted a so-called "report" under the name of the "Multilateral Sanctions Monitoring Team".\n\n'
        'The "report", put together by Washington and Tokyo, even asserts that the country sold "4,000 rifles".',
        source="KCNA")
    assert speakers[-1] == MSMT


def test_it_after_a_sentence_about_a_state_is_not_the_report():
    speakers = quote_speakers(
        'Britain read a "report" of the "Multilateral Sanctions Monitoring Team" last week.\n\n'
        'Britain is a member of the group. It alleges that the country sent "dozens of rocket launchers" abroad.',
        source="KCNA")
    assert speakers[-1] != MSMT


def test_a_clause_between_the_report_and_its_verb_is_no_apposition():
    speakers = quote_speakers(
        'Days ago hostile states published a "report" of the "Multilateral Sanctions Monitoring Team".\n\n'
        'The "report" was read by Japan, which claims that the country sent "dozens of rocket launchers" abroad.',
        source="KCNA")
    assert speakers[-1] != MSMT


def test_it_after_a_sentence_that_issues_a_statement_stands_for_the_statement():
    speakers = quote_speakers(
        'Late on Sunday Japan published a statement by the "Multilateral Sanctions Monitoring Team".\n\n'
        'It says that the two states swapped "oil for shells" all through the winter.', source="Reuters")
    assert speakers[-1] == MSMT


def test_it_after_a_sentence_that_only_mentions_a_statement_is_not_the_statement():
    # No verb of issuing puts the statement out: "it" is read as before, not as the statement's issuer.
    speakers = quote_speakers(
        'Late on Sunday Britain mocked a statement by the "Multilateral Sanctions Monitoring Team".\n\n'
        'It says that the two states swapped "oil for shells" all through the winter.', source="Reuters")
    assert speakers[-1] != MSMT


def test_it_that_speaks_of_the_report_is_not_the_report():
    # A report never calls itself "the report": "It" is the ministry the report angered, as read before.
    for before in ('The "report" angered the DPRK Foreign Ministry.', 'The "report" was rejected by the DPRK Foreign Ministry.'):
        speakers = quote_speakers(
            'Days ago hostile states published a "report" of the "Multilateral Sanctions Monitoring Team".\n\n'
            f'{before} It claims the "report" is "a pile of forged papers".', source="KCNA")
        assert speakers[-1] == "DPRK Foreign Ministry", before
