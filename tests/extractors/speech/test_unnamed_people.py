"""Someone quoted without a name, followed across sentences (dossier.extractors.speech.unnamed_people), on sentences written
for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # The group as named before says whose officials they are.
    ("Officials of South Korea's defence ministry briefed reporters. Russia's foreign ministry said nothing.\n\n"
     "“The count is still rising,” one of the officials said.", "South Korean Ministry of National Defense"),
    ("Defence officials in Seoul briefed reporters. “The count is still rising,” one of the officials said.",
     "South Korean government"),
    ("Two Russian diplomats attended the dinner. “The ties are deep,” one of the diplomats told reporters.",
     "Russian Foreign Ministry"),
    # Its own words say who they are.
    ("“We walked for three days,” one of the injured soldiers said.", "injured soldier"),
    ("“The border is closed now,” one of the defectors told reporters.", "North Korean defector"),
    # "them": the group the sentence before named.
    ("In Kyiv, officials were cautious about the report.\n\n“We have not seen proof,” one of them said.",
     "Ukrainian government"),
    # An official of no body or state named: no one's.
    ("“We will see,” one of the officials said.", None),
    # A nationality written with dots ("U.S.") says whose officials they are, in this sentence or the one before.
    ("Trains carried the shells north, two U.S. officials said on Friday. One of them described the load as "
     "“the heaviest in months.”", "U.S. government"),
    ("Two U.S. officials said the trains were running. “It is a conveyor belt,” said one of them.", "U.S. government"),
    # A member of the group is an official, not the state as a whole that a later sentence's body speaks for.
    ("Two U.S. officials said the trains were running.\n\nOne of them called it “a conveyor belt.”\n\n"
     "The White House declined to comment.", "U.S. government"),
])
def test_one_of_a_group_speaks_for_what_the_group_speaks_for(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speakers", [
    # "One", "another", "a second", "the other" alone stand for a member of the group named just before.
    ("Two South Korean officials said the trains kept running. One said: “Nothing has changed.” Another described "
     "the cargo as “mostly shells.”", ["South Korean government", "South Korean government"]),
    ("Three Russian diplomats spoke to TASS after the talks. “It is friendship,” said one. “It is also business,” "
     "the other said.", ["Russian Foreign Ministry", "Russian Foreign Ministry"]),
    ("Senior U.S. officials briefed reporters on the shipments.\n\n“It is a pipeline,” one said. A second called it "
     "“a lifeline for Moscow.”\n\nThe White House declined to comment.", ["U.S. government", "U.S. government"]),
    ("Two U.S. officials said the shipments went on. “It is relentless,” the second said.", ["U.S. government"]),
    # Never "no one", nor "one" of a group written in full.
    ("No one said “victory” at the ceremony, a Russian official said.", ["Russian government"]),
    ("“We are tired,” said one Western diplomat.", ["Western diplomat"]),
])
def test_a_bare_member_stands_for_one_of_the_group_named_before(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # Officials in a capital speak for its government, as "In Kyiv, officials" do.
    ("Officials in Kyiv were cautious on Monday. One, a senior intelligence officer, said the crews were “learning "
     "fast.”", ["Ukrainian government"]),
    # Diplomats in a capital are posted there: it does not say whose they are, and one of them is written as the
    # group is.
    ("Senior diplomats in Seoul told reporters the talks had stalled. One of them called it “a frozen process.”",
     ["Senior diplomat in Seoul"]),
    # People quoted for what they know are anonymous sources, one of them too.
    ("Two people familiar with the matter said the trains left in May. One described the cargo as “the biggest yet.”",
     ["anonymous source"]),
])
def test_a_member_speaks_for_what_the_place_or_knowledge_of_the_group_tells(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    ("“Nothing is decided,” a spokeswoman for the unification ministry said.\n\n"
     "As another official put it, “the door is still open.”", "South Korean Ministry of Unification"),
    ("“They are tired,” a U.S. diplomat told reporters. “They want out,” as another diplomat put it.",
     "U.S. government"),
])
def test_another_official_is_of_the_body_whose_unnamed_official_was_quoted_last(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Kim Jong Un toured a tank plant on Monday.\n\nA border guard whose post faces the river told the BBC the "
     "crossings had stopped.\n\n“Nobody moves at night now,” he said.", "border guard"),
    ("Vladimir Putin thanked the troops.\n\n“We were never told where we were going,” said a wounded infantryman "
     "in a Kursk hospital.\n\n“Then the drones came,” he said.", "wounded infantryman"),
])
def test_a_pronoun_after_someone_unnamed_is_them_not_the_last_person_named(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An unnamed official speaks for their body, through a pronoun too.
    ("Kim Jong Un inspected a missile unit.\n\nA senior South Korean official said the shipments had grown. "
     "“They have never been larger,” he said.", "South Korean government"),
    ("Vladimir Putin met the delegation.\n\nA U.S. defence official said the unit was in Kursk.\n\n"
     "“They are fighting now,” she told reporters.", "Pentagon"),  # (a defence official: the defence ministry)
])
def test_a_pronoun_after_an_unnamed_official_speaks_for_their_body(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_pronoun_is_still_the_person_named_after_the_unnamed_one():
    text = ("A border guard told the BBC the crossings had stopped. Later Lee Jae-myung visited the post.\n\n"
            "“Nobody moves at night now,” he said.")
    assert _speakers(text)[-1] == "Lee Jae-myung"


@pytest.mark.parametrize("text, speakers", [
    # "A second official", like "another official", is a new member of the group whose member was quoted last.
    ("U.S. officials said the launch was “a grave threat.” A second official said Washington was “on alert.”",
     ["U.S. government", "U.S. government"]),
    ("“We are watching,” a unification ministry official said. A third official said Seoul was “concerned.”",
     ["South Korean Ministry of Unification", "South Korean Ministry of Unification"]),
])
def test_a_second_official_is_another_of_the_group(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "The official" stands for whom the official introduced before was read as when they spoke.
    ("U.S. officials said the launch was “a grave threat.” A second official said Washington was consulting Seoul. "
     "“We are in close touch,” the official said.", ["U.S. government", "U.S. government"]),
    # Introduced without speaking, as the introducing words are read.
    ("A senior U.S. official briefed reporters. “They are cannon fodder,” the official said.", ["U.S. government"]),
])
def test_the_official_is_whom_the_official_introduced_spoke_for(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # The official the sentence before named after its quote is the one "another official" joins.
    ("“The crews are exhausted,” said a senior U.S. official. Another official said the losses were “staggering.”",
     ["U.S. government", "U.S. government"]),
    # A named speaker after the quote is no unnamed official.
    ("“The crews are exhausted,” said John Kirby. Another official said the losses were “staggering.”",
     ["John Kirby", None]),
])
def test_another_official_after_an_official_named_after_a_quote(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # A first mention with "the", or "one", brings someone unnamed in as "a" does.
    ("Kim Jong Un inspected the returning unit.\n\nThe Belarusian instructor said the recruits were slow at first. "
     "“They caught up within a month,” he said.", "Belarusian instructor"),
    ("Sergei Lavrov praised the alliance.\n\nOne Polish historian said the pact echoed 1961. "
     "“It is the same promise in new clothes,” he said.", "Polish historian"),
])
def test_a_pronoun_after_a_first_mention_with_the_or_one_is_that_person(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_someone_unnamed_at_a_place_in_a_town_is_who_he_is_after():
    text = ("Kim Jong Un praised the workers abroad.\n\nA welder at a shipyard in Nakhodka told the BBC the Koreans "
            "never rested. “They sleep in the hull,” he said.")
    assert _speakers(text)[-1] == "welder"


@pytest.mark.parametrize("text, speaker", [
    # "The other soldier" is the one of a pair named before who is left: a member of that group, as "one of the
    # soldiers" would be, and "he" after him is him.
    ("Two wounded Russian soldiers were flown to Moscow. The other soldier said he had lost his unit. “Nobody came "
     "back,” he said.", "wounded Russian soldier"),
    ("Two Ukrainian officials spoke to reporters. One called the report “credible.” The other official said it was "
     "“worrying.”", "Ukrainian government"),
    # With no group named, who they are.
    ("The other medic said the hospital was “full.”", "medic"),
])
def test_the_other_of_a_group_is_a_member_of_that_group(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An apposition says who the member picked out of the group is, and a pronoun after goes on with them.
    ("Three prisoners were shown on video.\n\nOne of the prisoners, a 19-year-old mortar gunner from Kaechon, said the "
     "unit had no maps. “We walked wherever they pointed,” he said.", "19-year-old mortar gunner"),
    ("“Nobody told us where we were,” one of the men, a former miner, told the BBC.", "former miner"),
])
def test_an_apposition_says_who_the_member_of_a_group_is(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_an_official_described_by_an_apposition_still_speaks_for_the_group_s_body():
    text = ("Officials of South Korea's defence ministry briefed reporters.\n\n"
            "One of the officials, a senior official in charge of intelligence, said the count was “still rising.”")
    assert _speakers(text) == ["South Korean Ministry of National Defense"]


@pytest.mark.parametrize("text, speakers", [
    # A state's office-holder named nowhere speaks for the state's government, and "he" after goes on with them,
    # not with the leader named before.
    ("Kim Jong Un inspected a missile factory on Monday.\n\nRussia's deputy foreign minister said Moscow was "
     "“following events closely.” He added that the treaty was “purely defensive.”",
     ["Russian government", "Russian government"]),
    ("Vladimir Putin hosted the delegation.\n\nUkraine's defence minister called the visit “a provocation.” "
     "He said Kyiv would “answer in kind.”", ["Ukrainian government", "Ukrainian government"]),
])
def test_an_unnamed_office_holder_of_a_state_speaks_for_its_government(text, speakers):
    assert _speakers(text) == speakers


def test_an_office_holder_the_article_named_is_that_person():
    text = ("Sergei Lavrov, Russia's foreign minister, met Choe Son Hui on Monday. Russia's foreign minister said the "
            "talks were “frank.”")
    assert _speakers(text) == ["Sergei Lavrov"]


@pytest.mark.parametrize("text, speakers", [
    # One of a pair picked out by a comparative: the apposition says who, else the pair as counted before.
    ("Sergei Shoigu spoke on Monday.\n\nTwo wounded Korean gunners were flown to Kyiv. The younger of the two, "
     "a 22-year-old loader, said the shelling never stopped. “We slept in the mud,” he said.",
     ["22-year-old loader"]),
    ("Sergei Shoigu spoke on Monday.\n\nTwo North Korean prisoners were questioned by the SBU. The elder of the two "
     "said: “I cannot go home.”", ["captured North Korean soldier"]),  # (a prisoner of war, charted so)
])
def test_the_older_of_the_two_is_one_of_a_pair(text, speakers):
    assert _speakers(text) == speakers


def test_the_pronoun_opening_what_someone_unnamed_said_is_them():
    text = ("Sergei Shoigu spoke on Monday.\n\nOne of the defectors said he had crossed the river at night. "
            "“The guards were asleep,” he said.")
    assert _speakers(text) == ["North Korean defector"]


def test_a_pronoun_the_unnamed_subject_asked_is_someone_else():
    text = ("“The talks went well,” Sergei Shoigu said when a reporter asked him about the visit. Pyongyang, he added, "
            "was “a reliable partner.”")
    assert _speakers(text) == ["Sergei Shoigu", "Sergei Shoigu"]


@pytest.mark.parametrize("text, speakers", [
    # A sentence opening with someone unnamed described by an apposition brings them in, though its verb says nothing.
    ("Sergei Shoigu spoke on Monday.\n\nHer brother, a retired miner, was less patient. “We are tired of waiting,” "
     "he said.", ["retired miner"]),
    ("Sergei Shoigu spoke on Monday.\n\nTheir guide, a former border guard, nodded. “The river is shallow here,” he "
     "said.", ["former border guard"]),
])
def test_an_opening_apposition_brings_in_whom_he_stands_for(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "he" after a sentence whose subject is someone unnamed, by a noun for a person: that person, not one named before
    ("Lee Min-jun, a lawyer, met the two prisoners. “They are scared,” he said.\n\n"
     "The taller soldier hopes to reach Seoul. “I want a new life,” he says.",
     ["Lee Min-jun", "taller soldier"]),
    ("Lee Min-jun, a lawyer, met the mother. “She is brave,” he said.\n\n"
     "The woman refuses to leave Kursk. “My son is buried here,” she says.",
     ["Lee Min-jun", "woman"]),
    # not of the other gender
    ("Lee Min-jun, a lawyer, met the family. “They are scared,” he said.\n\n"
     "The woman refuses to leave Kursk. “Nothing has changed,” he says.",
     ["Lee Min-jun", "Lee Min-jun"]),
])
def test_a_pronoun_stands_for_the_unnamed_person_who_opens_the_sentence_before(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # An ordinal before the group's noun picks a member of the group named before, as "one of them" does.
    ("Two Ukrainian officials briefed reporters on condition of anonymity.\n\n“The Koreans are rotating out,” the first "
     "official said.\n\n“Their losses are heavy,” a second official said.", ["Ukrainian government", "Ukrainian government"]),
    ("Two North Korean prisoners were questioned in Kyiv.\n\n“Nobody told us where we were going,” the first prisoner "
     "said.", ["captured North Korean soldier"]),
    # "the other" alone, the noun left out: a member of the group of people brought in before.
    ("Kyiv's troops captured two North Korean soldiers near Sudzha.\n\nThe other, a 20-year-old, was quoted as saying, "
     "“I thought it was an exercise.”", ["captured North Korean soldier"]),
])
def test_an_ordinal_or_the_other_picks_a_member_of_the_group_named_before(text, speakers):
    assert _speakers(text) == speakers


def test_an_ordinal_before_a_noun_no_group_named_is_a_title_not_a_member():
    text = "Two officials attended the gala.\n\n“We welcome our guests,” the first lady said."
    assert _speakers(text) == ["first lady"]


def test_an_ordinal_official_of_no_group_named_is_an_official_not_a_first_official():
    text = "Ukraine has evidence, according to people in Kyiv.\n\n“The Koreans are rotating,” the first official said."
    assert _speakers(text) == ["official"]


@pytest.mark.parametrize("text, speaker", [
    # "one official" right after a group of officials: one of them, speaking for what they speak for.
    ("South Korean defence officials credit better guidance on the missiles. “The errors have halved,” one official "
     "said.", "South Korean Ministry of National Defense"),
    ("Two Russian diplomats attended the dinner. “The ties are deep,” one diplomat told reporters.",
     "Russian Foreign Ministry"),
])
def test_one_of_a_group_just_named_speaks_for_it(text, speaker):
    assert _speakers(text) == [speaker]


def test_one_official_far_from_any_group_is_of_none():
    text = ("South Korean defence officials credit better guidance on the missiles.\n\n"
            "The talks ended on Friday. Delegations left the city on Saturday. The weather turned cold.\n\n"
            "“The errors have halved,” one official said.")
    assert _speakers(text) == ["official"]
