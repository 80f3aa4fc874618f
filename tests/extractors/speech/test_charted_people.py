"""Someone quoted without a name, charted by state and role (dossier.extractors.speech.charted_people), on sentences written
for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes
from quote_readings import quote_speakers


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # A member of a group is charted as the group is: its role, and the nationality it was introduced with, not
    # the apposition's trade.
    ("A charter flight brought forty Russian tourists to the coast. One of the tourists, a former nurse from Tomsk, "
     "said the hotel was new. “The sea was warm,” she said.", "Russian tourist"),
    # Prisoners of one kin: "troops captured near Sudzha", a verb of capture before the group, or the group's own noun.
    ("Kyiv says it holds three North Korean troops captured near Sudzha.\n\n“We were never told where we were "
     "going,” one prisoner told reporters.", "captured North Korean soldier"),
    ("Ukrainian marines captured two North Korean soldiers in a forest. “I ate snow for a week,” a captured soldier "
     "said.", "captured North Korean soldier"),
    ("Two North Korean soldiers were taken prisoner in December. Two North Korean POWs are now in Kyiv. "
     "“My mother does not know,” another POW said.", "captured North Korean soldier"),
    # A role whose people belong where they are: the place the sentence before puts them in.
    ("Our bus stopped in Pyongyang at noon. “This tower is 170 metres tall,” a guide said.", "North Korean guide"),
    # A nationality in the phrase itself is charted as written.
    ("“Nobody there believes the radio,” said a North Korean defector.", "North Korean defector"),
])
def test_someone_unnamed_is_charted_by_state_and_role(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A tourist is no local: where they are says nothing of whence they come.
    ("Some tourists flew to Pyongyang in May. “It was spotless,” a tourist said in Pyongyang.", "tourist"),
    # A group of another kin gives no state: the tourists are not the guide's people.
    ("A bus of Russian tourists drove north from the border. “Please stay together,” a guide said.", "guide"),
    # "Troops captured the bridge": a verb with an object, no prisoners of that nationality.
    ("Ukrainian troops captured the bridge on Monday. “I gave up my rifle,” one prisoner said.", "prisoner"),
    # Not a role charted: an official keeps what speaks for them.
    ("“We will see,” one of the officials said.", None),
])
def test_nothing_that_tells_a_state_keeps_the_reading(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # The group's own words say what kind a member is.
    ("Russian Telegram channels have cheered the Koreans for weeks. One channel wrote: “Glory to our allies!”",
     "Russian Telegram channel"),
    ("Russian TV channels have covered the Koreans for weeks. “Glory to our allies,” one channel said.",
     "Russian TV channel"),
])
def test_a_member_takes_the_kind_its_group_is_named_with(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_group_subject_may_end_in_a_noun_in_capitals():
    # "another POW said" attributes its own quote: the statements are two, each a prisoner's.
    text = ("Kyiv holds three North Korean troops captured near Sudzha. “I want to study,” one prisoner said. "
            "“I want to see my mother,” another POW said.")
    assert _speakers(text) == ["captured North Korean soldier", "captured North Korean soldier"]
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    assert len(quotes(dossier.sentences(articles), articles)) == 2


def test_letters_of_a_body_after_the_are_still_the_body():
    assert _speakers("“The units have rotated,” the NIS said.") == ["National Intelligence Service"]


@pytest.mark.parametrize("text, speaker", [
    # "he" that nothing else resolves, after a group brought in together: one of them.
    ("Two North Korean prisoners, aged 19 and 24, appeared in a clip released on Monday. “I thought it was an "
     "exercise,” he says.", "captured North Korean soldier"),
    ("Three Russian tourists stayed on after the others left.\n\n“We wanted to see the mountains,” she says.",
     "Russian tourist"),
])
def test_a_pronoun_after_a_group_brought_in_is_one_of_them(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Someone named between is who "he" is.
    ("Two North Korean prisoners appeared in a clip. Their interrogator, Mykola Bondar, spoke to us. "
     "“They are very young,” he says.", "Mykola Bondar"),
    # A group of no nationality: no one charted.
    ("Two prisoners appeared in a clip on Monday. “I thought it was an exercise,” he says.", None),
])
def test_a_pronoun_with_someone_else_or_no_state_is_not_charted(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # The one a verb of recalling has for object before a participle of saying speaks, charted by their unit's state.
    ("A captured North Korean soldier spoke to reporters. He recalled his commander telling the platoon that "
     "“capture is betrayal.”", "North Korean commander"),
    ("A captured North Korean soldier spoke to reporters. He remembered an officer warning them “never to "
     "surrender.”", "North Korean officer"),
])
def test_the_one_recalled_speaks(text, speaker):
    assert _speakers(text) == [speaker]


def test_quoted_as_saying_is_no_recalling():
    # "quoted her as saying" relays her words: she speaks, not "as".
    text = "Choe Son Hui met Lavrov. KCNA quoted her as saying the ties were “unbreakable.”"
    assert _speakers(text) == ["Choe Son Hui"]


@pytest.mark.parametrize("text, speaker", [
    # An unnamed member whose own post holds the quote, charted by the group the article is about.
    ("Russian Telegram channels have cheered the Koreans for weeks. One channel ended its post with “Glory to our "
     "allies!”", "Russian Telegram channel"),
    # A channel of no group the article names: no one charted, as before.
    ("One channel ended its post with “Glory to our allies!”", None),
])
def test_a_member_s_own_post_carries_its_words(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Where someone or their group comes from, by a place a vocabulary ties to a state.
    ("“The hotel was spotless,” said a tourist from Moscow.", "Russian tourist"),
    ("Holidaymakers from Russia have filled the resort. “The beach is clean,” one tourist said.", "Russian tourist"),
    # A role written after its nationality otherwise: a participle after the noun, as before it.
    ("“We were told to fight to the end,” said a North Korean soldier captured near Sudzha.",
     "captured North Korean soldier"),
])
def test_origin_and_a_role_written_otherwise(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A place no vocabulary maps says nothing; nor does where someone went ("from" a place the group left).
    ("“The hotel was spotless,” said a tourist from Tomsk.", "tourist"),
    # A nationality with a qualifier the role leaves out keeps it.
    ("“The barrels are worn,” said a Ukrainian artillery officer.", "Ukrainian artillery officer"),
])
def test_origin_and_qualifiers_that_tell_nothing_more(text, speaker):
    assert _speakers(text) == [speaker]


def test_an_unnamed_defector_is_a_north_korean_defector():
    # In this coverage a defector is from the North (tests/gold/devset/README.md), wherever the text says they live.
    assert _speakers("“The minders watched us all day,” said one defector, who now lives in Busan.") == [
        "North Korean defector"]


def test_a_defector_whose_state_the_text_gives_keeps_it():
    assert _speakers("“They read our letters,” said a Russian defector in Tallinn.") == ["Russian defector"]


@pytest.mark.parametrize("text", [
    ("Ukraine holds two North Korean soldiers captured near Sudzha in March.\n\n"
     "“I was told we were going to a drill,” one of the soldiers said."),
    ("Kyiv says it holds two North Korean troops taken in a forest raid. North Korean soldiers captured in the raid "
     "were flown to Kyiv.\n\n“Nobody told us about drones,” the taller soldier said."),
])
def test_a_soldier_of_a_group_of_captured_soldiers_is_a_prisoner_of_war(text):
    assert _speakers(text)[-1] == "captured North Korean soldier"


def test_a_soldier_after_soldiers_who_were_not_captured_stays_a_soldier():
    text = ("About 300 North Korean soldiers were killed in December, the agency said.\n\n"
            "“We crossed the field at night,” one soldier said.")
    assert _speakers(text)[-1] == "North Korean soldier"


def test_someone_unnamed_whom_an_apposition_gives_one_name_is_that_name():
    # The README's convention: someone known by a single name keeps it as written.
    text = ("Two North Korean soldiers captured near Sudzha met reporters in Kyiv.\n\n"
            "The taller soldier, Pak, a machine-gunner, said his unit had no maps. “We walked at night,” he added.")
    assert _speakers(text) == ["Pak"]


def test_an_apposition_that_is_no_single_name_leaves_the_soldier_charted():
    text = ("Two North Korean soldiers captured near Sudzha met reporters in Kyiv.\n\n"
            "The taller soldier, a machine-gunner, said his unit had no maps. “We walked at night,” he added.")
    assert _speakers(text) == ["captured North Korean soldier"]


def test_a_sniper_is_charted_as_a_soldier_as_a_rifleman_is():
    # A sniper of the prisoners told of before is one of them.
    text = ("Two North Korean soldiers captured in Kursk are held near Kyiv. One is a rifleman; the other is a "
            "sniper.\n\nThe sniper, who was quieter, said little. When I asked what he missed, he said, “Rice "
            "from home.”")
    assert quote_speakers(text, "New Yorker") == ["captured North Korean soldier"]


def test_an_interpreter_met_again_is_charted_by_the_nationality_first_given():
    text = ("The prisoners answered through a Ukrainian translator. Outside, I asked the translator what the men "
            "made of it. “They know they are the first,” he said.")
    assert _speakers(text) == ["Ukrainian interpreter"]


def test_a_member_of_a_group_whose_noun_ends_a_longer_role_only_is_read_without_error():
    # "bloggers" is the last word of "military blogger" only: no role to chart them by, and no error either.
    text = ("Several well-known Russian bloggers have begun to post pictures, and one of them wrote that the newcomers "
            "were \"quieter than our own.\"")
    assert len(quote_speakers(text)) == 1


@pytest.mark.parametrize("text, speaker", [
    # A place written with its unit after "the" places someone local as a bare name does.
    ("“The night shift never stops,” a foreman at a warehouse in the Belgorod region told the paper.", "Russian foreman"),
    # Someone who serves in a shop is of where the shop is, as a villager is.
    ("“They paid in cash and left,” said a shop assistant in a village in the Sumy region.", "Ukrainian shop assistant"),
])
def test_a_local_role_takes_the_state_of_the_region_it_is_in(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_role_of_no_place_takes_no_state_from_the_region():
    text = "“The sea was cold,” said a tourist in the Belgorod region."
    assert _speakers(text)[-1] != "Russian tourist"


@pytest.mark.parametrize("text, speaker", [
    # One who sells is charted as the text names them: a salesman may sell far from any shop.
    ("“We sell them by the dozen,” said a salesman in the Belgorod region.", "Russian salesman"),
    ("“They paid in cash,” said a Chinese saleswoman in the Amur region.", "Chinese saleswoman"),
])
def test_one_who_sells_keeps_the_role_the_text_names(text, speaker):
    assert _speakers(text)[-1] == speaker
