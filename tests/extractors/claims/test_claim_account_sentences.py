"""dossier.extractors.claims.claim_article: the account of who is who that claims read knows the article's sentences,
and a figure's "he" is never a person named inside the quoted words; sentences written for the tests."""

from estimate_readings import claimants


def test_pronoun_after_single_quoted_sentence_is_the_next_sentences_subject():
    # A sentence that ends in a single closing mark ends there, though no double mark or paragraph break says so:
    # "He" is the minister who arrived, not the scholar the quotation before was his.
    found = claimants(
        "'Nothing will be the same again,' Ivan Petrov, a veteran scholar of the region, told me. 'That is what matters.'",
        "The mood was plain when Oleg Sidorov, the defence minister, arrived in Minsk last week. He announced that "
        "2,000 builders would follow.")
    assert found == {"2,000": "Oleg Sidorov"}


def test_figure_in_quote_is_the_speakers_not_the_person_quoted():
    found = claimants(
        "According to state television, Defence Minister Oleg Sidorov called the plan a gift from a friend. "
        "\"President Ivan Petrov decided to send 2,000 builders to the region,\" he said.")
    assert found == {"2,000": "Oleg Sidorov"}
