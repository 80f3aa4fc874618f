"""A treaty's wording when the treaty stands far from the quote in its clause (dossier.extractors.speech.quote_documents):
a participle or an object relative between subject and verb, a long name before "which", a part of the treaty
("Article 4 says", "whose Article 2 binds"), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers

TREATY = "Treaty on Comprehensive Strategic Partnership"


def _speakers(text: str) -> list:
    return quote_speakers(text)


@pytest.mark.parametrize("text", [
    # An aside between commas, the signers named in it.
    "The pact, concluded by the two leaders during a summit in Pyongyang, commits Moscow to send aid “at once” "
    "should war break out.",
    # A participle phrase with no commas; the treaty's lower-case descriptive name.
    "The mutual defence treaty signed by Kim Jong Un and Vladimir Putin last summer obliges each party to help "
    "the other “by every means”.",
    # A numbered part of the named treaty, the aside after the name.
    "Article 4 of the Treaty on Comprehensive Strategic Partnership, ratified by both parliaments in November, "
    "obliges each signatory to render help “with no delay”.",
    # An object relative clause between the name and its verb.
    "The Treaty on Comprehensive Strategic Partnership that Moscow and Pyongyang concluded last year commits "
    "both to mutual support “in every form”.",
])
def test_a_treaty_parted_from_its_verb_carries_its_wording(text):
    assert _speakers(text) == [TREATY]


@pytest.mark.parametrize("text", [
    # The named treaty, then a phrase of its own, then the relative pronoun.
    "Pyongyang vowed to honour its duties under the Treaty on Comprehensive Strategic Partnership with Russia, "
    "which stipulates assistance “by all available means” in wartime.",
    # "whose" and a numbered part, the treaty only described before it.
    "Analysts pored over the 2024 treaty the two leaders signed, whose Article 4 commits each side to act “at "
    "once” if the other is invaded.",
    # A part of the treaty as the subject of a verb of saying, after the signers' clause.
    "Kim and Putin signed a comprehensive strategic partnership treaty last June, and Article 4 says each side "
    "shall extend “all necessary help” if attacked.",
    # A part of the treaty and a participle: "a clause obliging".
    "The treaty, which entered into force in December, contains in Article 4 a clause obliging the parties to "
    "give aid “immediately” when one is attacked.",
])
def test_a_treatys_part_or_relative_clause_carries_its_wording(text):
    assert _speakers(text) == [TREATY]


@pytest.mark.parametrize("text", [
    # The treaty after a preposition: Russia is the subject that commits.
    "Under the treaty signed in June Russia commits to stand by its ally “to the very end,” Lavrov said.",
    # A report says: its author speaks, never the treaty.
    "The report says each side will give “all necessary help” if attacked, the institute said.",
    # A verb of saying inside the aside: the minister's reading, not the treaty's wording.
    "The treaty, the minister said, obliges Moscow to help “in full measure”.",
    # A newspaper's article, not a numbered part of the treaty the article named before.
    "The treaty came into force in December. An article in Rodong Sinmun on Tuesday says the alliance is “an "
    "unbreakable shield” for both peoples.",
    # A person who signed the treaty pledges in his own words.
    "Kim Jong Un, who signed the treaty, says his country will stand with Russia “forever”.",
])
def test_not_a_treatys_wording(text):
    assert TREATY not in _speakers(text)


def test_a_letter_parted_from_its_verb_is_still_its_senders():
    # Look-alike: an aside parts a letter from "pledges" as it parts a treaty, but a letter has an author who speaks.
    text = "The letter, sent by Kim Jong Un to Vladimir Putin in March, pledges “full support” for the campaign."
    assert _speakers(text) == ["Kim Jong Un"]


@pytest.mark.parametrize("text", [
    # A clause about the treaty with no "that" between the noun and its verb.
    "The senator added that the treaty the two countries concluded in June commits each to help the other “at once”.",
    # A verb of talking of what the text holds.
    "Minister, the pact signed last summer talks about giving “every form of support” if either side is attacked.",
])
def test_a_treaty_with_a_contact_clause_or_a_verb_of_talking(text):
    assert _speakers(text) == [TREATY]


def test_it_opening_a_sentence_stands_for_the_part_the_sentence_before_ends_on():
    text = ("The treaty was signed in Pyongyang in June. Its core is Article 4. It provides that if one side is "
            "attacked, the other shall send “help of every kind” at once.")
    assert _speakers(text) == [TREATY]


def test_it_after_a_body_named_last_is_no_treaty():
    # "It" may be the ministry: the sentence before names a body after the article.
    text = ("The treaty was signed in Pyongyang in June. Article 4 was drafted by the Russian Foreign Ministry. "
            "It requires that partners give “help of every kind” at once.")
    assert _speakers(text) == ["Russian Foreign Ministry"]


@pytest.mark.parametrize("text", [
    # "the treaty", bare, then "Its Article 4" in the next sentence.
    "Putin and Kim signed the treaty in Pyongyang. Its Article 4 commits both sides to send help “at once”.",
    # The words of its name, with its own year.
    "Putin and Kim have been bound by a treaty on a comprehensive strategic partnership since June 2024. Its Article 4 "
    "commits both sides to send help “at once” if either is attacked.",
])
def test_a_numbered_part_takes_the_treaty_the_sentence_before_names(text):
    assert _speakers(text) == [TREATY]


@pytest.mark.parametrize("text", [
    # The reviewer's: a treaty of another year, parties or name is not the one "the treaty" stands for.
    "China and North Korea signed a friendship treaty in 1961. Article 2 obliges each to render aid “with all means”.",
    "Russia suspended the New START treaty in 2023. Its Article 14 obliges either side to “withdraw” on notice.",
    # Ours: a treaty of friendship is not the partnership treaty.
    "Moscow and Pyongyang have been bound by a treaty of friendship since last summer. Its Article 4 commits both "
    "sides to send help “at once” if either is attacked.",
])
def test_a_numbered_part_of_another_treaty_named_before_is_no_one(text):
    assert _speakers(text) == [None]


def test_a_numbered_part_after_a_sentence_naming_no_document_stays_unread():
    text = ("Moscow and Pyongyang have been close allies since last summer. Article 4 commits both sides to send help "
            "“at once” if either is attacked.")
    assert _speakers(text) == [None]
