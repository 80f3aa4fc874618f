"""A speaker or claimant named as an analyst files them, not as the text writes them: another spelling of a known
person, an outlet's home read by the form of its name, a body the writer calls "our", someone unnamed charted by the
writer's side, an unnamed official of a body named in full; on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates
from dossier.extractors.mentions.discourse import account
from dossier.extractors.mentions.mention_vocab import home_state
from dossier.extractors.mentions.spellings import spelled_otherwise
from dossier.extractors.speech.quotes import quotes


def _articles(text: str, source) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-04")], "source": [source]})


def _speakers(text: str, source=None) -> list:
    articles = _articles(text, source)
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


def _claimant(text: str, quantity: str, source=None) -> str | None:
    articles = _articles(text, source)
    df = estimates(dossier.sentences(articles), articles)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, df[["quantity_text", "claimant"]]
    return None if pd.isna(rows.iloc[0]["claimant"]) else rows.iloc[0]["claimant"]


@pytest.mark.parametrize("written, canonical", [
    # The family name spelt otherwise too: "y", "i", "j" and a doubled letter are one to a transliteration.
    ("Volodymyr Zelenski", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
    ("Sergey Shoygu", "Sergei Shoigu"),
    ("Andrii Sybiga", "Andrii Sybiha"),
    ("Oleksandr Syrsky", "Oleksandr Syrskyi"),
])
def test_a_known_person_spelt_otherwise_is_that_person(written, canonical):
    assert spelled_otherwise(written).name == canonical


@pytest.mark.parametrize("written", [
    "Ivan Petrov",  # no one the vocabularies know
    "Olena Zelenska",  # another given name: another person
    "Pak Jong Chol",  # family name first: one syllable off is another person
    "Kim Jong Nam",
])
def test_a_name_near_a_known_one_is_not_always_that_person(written):
    known = spelled_otherwise(written)
    assert known is None or known.name.split()[0] == written.split()[0]


def test_the_family_name_as_spelt_later_stands_for_the_person():
    a = account("President Volodymyr Zelenski spoke on Friday. Zelenski added a warning.")
    assert [m.entity.name for m in a.mentions] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_a_claimant_spelt_otherwise_is_the_known_person():
    text = "President Volodymyr Zelenski said about 3,000 North Korean soldiers had been killed."
    assert _claimant(text, "about 3,000", "El Mundo") == "Volodymyr Zelensky"


@pytest.mark.parametrize("source, state", [
    # The country code of a site's domain.
    ("Fontanka.ru", "russia"),
    ("tagesschau.de", "germany"),
    ("LB.ua", "ukraine"),
    # A word a paper's name ends with in its country's language, or a state's word it opens with.
    ("Chunichi Shimbun", "japan"),
    ("UK House of Commons Defence Committee", "uk"),
    ("Deutscher Bundestag, Plenarprotokoll", "germany"),
    # The owner of a person's own channel, by the office the vocabularies give them, or by name.
    ("Apti Alaudinov's Telegram", "russia"),
    ("Colonelcassad (Telegram channel of Boris Rozhin)", "russia"),
    # No form that tells.
    ("Riddle", ""),
    ("Delfi", ""),
])
def test_an_outlets_home_by_the_form_of_its_name(source, state):
    assert home_state("The talks ended on Friday.", source) == state


def test_a_body_named_without_its_state_in_an_outlet_known_by_its_form():
    text = ("“North Korean forces have been deployed to the Kursk region,” the MoD said. A senior official at the "
            "Ministry of Defense said Japan would “work closely with the United States”.")
    assert _speakers(text, "Forces News (BFBS)")[0] == "UK Ministry of Defence"
    assert _speakers(text, "Chunichi Shimbun")[-1] == "Japanese Ministry of Defense"


@pytest.mark.parametrize("source, text, quantity, claimant", [
    ("Andrei Gurulyov's Telegram",
     "According to our General Staff, the enemy lost more than 76,000 men in the Kursk adventure.", "more than 76,000",
     "General Staff of the Russian Armed Forces"),
    ("Sumy Regional Military Administration",
     "By the estimates of our Defence Forces, there are several thousand of them near the border.", "several thousand",
     "Defence Forces of Ukraine"),
])
def test_our_body_is_the_writers_states(source, text, quantity, claimant):
    assert _claimant(text, quantity, source) == claimant


@pytest.mark.parametrize("source, text, speaker", [
    # Someone of a role whose people are of the writer's state, no state told.
    ("The Bell", "“For Russia, this is the cheapest ally imaginable,” one economist who asked not to be named told "
     "The Bell.", "Russian economist"),
    # A soldier in the post of a state at war, or its army's paper.
    ("Alexander Sladkov (Telegram)", "“They don't know fear at all,” a company commander from the 810th brigade told "
     "me then.", "Russian company commander"),
    ("Joson Inmingun", "“Wherever the Party sends us, we will go,” said a platoon leader of the regiment.",
     "North Korean platoon leader"),
])
def test_someone_unnamed_of_the_writers_side(source, text, speaker):
    assert _speakers(text, source)[-1] == speaker


def test_a_group_of_the_writers_side_is_left_as_read():
    text = "In the comments the soldiers wrote that the “Korean gift” burned “in three minutes.”"
    assert "Ukrainian soldier" not in _speakers(text, "Obozrevatel")


def test_the_korean_side_in_a_report_from_the_front_is_the_norths():
    text = ("Korean units fought near Sudzha in the Kursk region. The Korean side today wrote that their soldiers "
            "fulfilled their duty “in accordance with the treaty”.")
    assert _speakers(text, "Alexander Sladkov (Telegram)")[-1] == "North Korean government"


@pytest.mark.parametrize("text, speaker", [
    ("According to a senior Japanese Foreign Ministry official, the ministers exchanged views.\n\n“Data from the "
     "battlefield is directly linked to our security,” the official said.", "Japanese Ministry of Foreign Affairs"),
    ("A Ground Operations Command official said the drill “reflected lessons from the war in Ukraine”.",
     "Ground Operations Command"),
    # A ministry's generic name is still the home state's.
    ("A Finance Ministry official said Seoul had “no independent means” of confirming the totals.",
     "South Korean Ministry of Economy and Finance"),
])
def test_an_unnamed_official_of_a_body_named_in_full_speaks_for_it(text, speaker):
    assert _speakers(text, "Money Today")[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # What someone does after their role is no part of who they are.
    ("“They shoot well and they shoot a lot,” a Ukrainian artillery officer serving near Pokrovsk told us.",
     "Ukrainian artillery officer"),
    # The determiner of a unit holder opening a sentence.
    ("Ukrainian commanders describe an enemy that is disciplined. A company commander in the same brigade told us "
     "they had little training. “We've seen that twice now,” he said.", "Ukrainian company commander"),
])
def test_a_role_is_named_without_the_words_around_it(text, speaker):
    assert _speakers(text, "CEPA")[-1] == speaker


def test_a_command_called_by_its_noun_keeps_its_quarter():
    text = ("Vadym Mysnyk, spokesperson for Operational Command North, spoke on Monday. Over the past week, units "
            "destroyed at least three North Korean self-propelled guns, the command reports.")
    assert _claimant(text, "at least three", "Militarnyi") == "Operational Command North"


def test_analysts_keep_where_they_are_from():
    text = "It was sitting on stockpiles that Western analysts estimated at tens of millions of rounds."
    assert _claimant(text, "tens of millions", "The Ukrainian Week") == "Western analysts"


def test_an_official_of_the_federal_government_in_a_german_outlet():
    text = "“This is the axis that is prolonging the war,” said a senior official of the federal government."
    assert _speakers(text, "Der Tagesspiegel")[-1] == "German government"


@pytest.mark.parametrize("text", [
    "President Zelenski said the troops were “fighting hard”.",
    "“We will hold,” Zelenskiy said.",
])
def test_a_known_family_name_spelt_otherwise_alone_is_that_person(text):
    assert _speakers(text, "El Mundo") == ["Volodymyr Zelensky"]


def test_a_family_name_the_vocabularies_know_alone_only_in_full_is_no_one_known():
    text = "General Kovalenko praised the gunners and left the square, saying “We hold.”"
    assert _speakers(text, "Reuters") != ["Andriy Kovalenko"]


@pytest.mark.parametrize("text, speaker", [
    # A side is charted only by the state its own words name.
    ("Russian and Ukrainian officials met in Istanbul. The Russian side called the talks “useful”. The other side "
     "said they were “a waste of time”.", "side"),
    ("The American side said the talks were “useful”.", "U.S. government"),
])
def test_a_side_is_the_state_its_words_name(text, speaker):
    assert _speakers(text, "Reuters")[-1] == speaker
