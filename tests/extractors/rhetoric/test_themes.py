"""Theme hits: the lexicon, stem and phrase matching, voice, rates, and what the seeds say."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import dossier
from dossier import schema
from dossier.exceptions import ParameterError
from dossier.extractors.rhetoric import themes_voice
from dossier.extractors.rhetoric.themes import (
    LEXICON_COLUMNS,
    REGEX_PREFIX,
    VOICES,
    match_terms,
    read_lexicon,
    theme_rates,
    themes,
)
from dossier.tables.themes import actor_theme_counts, rate_matrix, theme_examples
from dossier.vocab import load_table

REQUIRED_THEMES = [
    "fraternity_blood",
    "sovereignty",
    "multipolar_order",
    "anti_hegemony",
    "heroism_sacrifice",
    "victory_liberation",
    "invincible_alliance",
    "just_cause",
    "treaty_mutual_defense",
    "sanctions_isolation",
    "nuclear_deterrence",
]

# Stand-in for quotes.speaker_affiliation in the hand-built voice tests, so they
# test the voice rule itself whatever data/speakers.csv says.
AFFILIATION = {"Kim Jong Un": "dprk_state", "Sergei Lavrov": "russia_state", "Volodymyr Zelensky": "other"}


@pytest.fixture
def affiliation(monkeypatch):
    monkeypatch.setattr(themes_voice, "speaker_affiliation", lambda s: AFFILIATION.get(s, "other"))


def _sentence_frame(text: str, aid: str = "a1") -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame({"article_id": [aid], "paragraph": [0], "sentence": [0], "start": [0], "end": [len(text)], "text": [text]}),
        "sentences",
    )


def _quote_frame(text: str, quoted: list[tuple[str, str]], aid: str = "a1") -> pd.DataFrame:
    """Quotes of ``text``: ``(words, speaker)``, located by their first occurrence."""
    rows = []
    for i, (words, speaker) in enumerate(quoted):
        start = text.index(words)
        rows.append({
            "quote_id": f"{aid}-{i}", "article_id": aid, "sentence": 0, "start": start, "end": start + len(words),
            "text": words, "n_words": len(words.split()), "kind": "statement", "speaker": speaker,
            "speaker_text": speaker, "cue": "said", "channel": "", "channel_basis": None, "via_kcna": False, "via_dprk_state_media": False, "quote_key": "",
        })
    return schema.conform(pd.DataFrame(rows), "quotes") if rows else schema.empty("quotes")


def _hits(text: str, lexicon=None, quoted=()) -> pd.DataFrame:
    sents = _sentence_frame(text)
    found = themes(sents, _quote_frame(text, list(quoted)), lexicon=lexicon)
    return found.assign(words=[text[s:e] for s, e in zip(found["start"], found["end"])])


# --- the packaged data files ------------------------------------------------


def test_lexicon_header_themes_and_terms_are_normalised():
    table = load_table("themes.csv")
    assert tuple(table.columns) == LEXICON_COLUMNS
    for column in ("near", "avoid"):
        items = [i for cell in table[column] if cell for i in cell.split("|")]
        assert all(i == i.strip().lower() and i for i in items), column
    assert table["window"].isin(["", *map(str, range(1, 51)), *map(str, range(-50, 0))]).all()  # negative: before only
    assert table["voice"].isin(["", *VOICES]).all()
    assert not table.duplicated(["theme", "term"]).any()
    assert (table["theme"].str.fullmatch(r"[a-z][a-z_]*[a-z]")).all()
    assert (table["term"] == table["term"].str.lower()).all()
    assert (table["term"] == table["term"].str.strip()).all()
    assert set(REQUIRED_THEMES) <= set(table["theme"])


def test_lexicon_patterns_compile():
    for term in load_table("themes.csv")["term"]:
        if term.startswith(REGEX_PREFIX):
            re.compile(term[len(REGEX_PREFIX) :])


def test_every_word_term_finds_itself():
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    # Guards judge a term's neighbours and voice, not the term: without them every term finds itself.
    lexicon = packaged_lexicon()._replace(guards={})
    table = load_table("themes.csv")
    for theme, term in zip(table["theme"], table["term"]):
        if not term.startswith(REGEX_PREFIX):
            assert (0, len(term), theme, term) in match_terms(term, lexicon), term


def test_spellings_are_lower_case_unique_and_not_identity():
    table = load_table("spellings.csv")
    assert list(table.columns) == ["variant", "standard"]
    assert table["variant"].is_unique
    assert (table["variant"] == table["variant"].str.lower()).all()
    assert (table["standard"] == table["standard"].str.lower()).all()
    assert (table["variant"] != table["standard"]).all()
    assert not set(table["variant"]) & set(table["standard"])


# --- matching ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("calling for a new multi-polar world order", "multipolar_order", ["multi-polar world order"]),
        ("a just and multi-polarized world order", "multipolar_order", ["multi-polarized world order"]),
        ("a multipolarised world", "multipolar_order", ["multipolarised world"]),
        ("Multipolarity is their aim.", "multipolar_order", ["Multipolarity"]),
        ("the highest representatives of the nation's honor", "heroism_sacrifice", ["honor"]),
        ("a guard of honour", "heroism_sacrifice", ["honour"]),
        ("he ordered a monument to honor soldiers who died", "heroism_sacrifice", []),
        ("Moscow will honour its commitments.", "heroism_sacrifice", []),
        ("They fought with valor and were called heroes.", "heroism_sacrifice", ["valor", "heroes"]),
        ("It comes just days after the annexation claims.", "just_cause", []),
        ("That was just the beginning.", "just_cause", []),
        ("Our participation in the conflict was just, and lawful", "just_cause", ["just"]),
        ("Russia's “just struggle” to defend itself", "just_cause", ["just struggle"]),
        ("The economy just struggled and it just caused losses.", "just_cause", []),
        ("a sovereign wealth fund bought sovereign debt", "sovereignty", []),
        ("within the sovereign rights of our Republic", "sovereignty", ["sovereign rights"]),
        ("years of militant fraternity at the cost of precious blood", "fraternity_blood", ["fraternity", "precious blood"]),
        ("the war brought bloodshed and a bloody stalemate", "fraternity_blood", []),
        ("Comrades-in-arms of the Korean People's Army", "fraternity_blood", ["Comrades-in-arms"]),
        ("a liberal democracy", "victory_liberation", []),
        ("troops liberated the region after its liberation", "victory_liberation", ["liberated", "liberation"]),
        ("framing it as a bulwark against Western “aggression”", "anti_hegemony", ["Western “aggression"]),
        ("Kyiv condemned Russia's aggression", "anti_hegemony", []),
        ("a shared “anti-imperialist struggle”", "anti_hegemony", ["imperialist"]),
        ("resisting domination and tyranny", "anti_hegemony", ["domination", "tyranny"]),
        ("the alliance will advance non-stop", "invincible_alliance", ["non-stop"]),
        ("an alliance that advances nonstop", "invincible_alliance", ["nonstop"]),
        ("they named a new world, order followed", "multipolar_order", []),
        ("the U.S. aggression against Russia", "anti_hegemony", ["U.S. aggression"]),
        ("the imperialists' high-handed and arbitrary practices", "anti_hegemony", ["imperialists", "high-handed", "arbitrary practices"]),
        ("Those who fought for justice are all heroes", "just_cause", ["justice"]),
        ("the International Court of Justice ruled", "just_cause", []),
        ("a monument to their battle exploits", "heroism_sacrifice", ["battle exploits"]),
        ("hackers exploit the flaw", "heroism_sacrifice", []),
        ("the Mutual Defense clause of the treaty", "treaty_mutual_defense", ["Mutual Defense", "treaty"]),
    ],
)
def test_terms_match_on_stems_phrases_and_variants(text, theme, words):
    found = _hits(text)
    assert found.loc[found["theme"] == theme, "words"].tolist() == words


@pytest.mark.parametrize(
    "text, theme, words",
    [
        # Forms whose Snowball stem is not their lemma's: each needs its own term.
        ("the officers who sacrificed their lives near Sudzha", "heroism_sacrifice", ["sacrificed"]),
        ("units sacrificing everything for the motherland", "heroism_sacrifice", ["sacrificing"]),
        ("the bravest sons and daughters of the nation", "heroism_sacrifice", ["bravest"]),
        ("he praised the gallant Korean gunners", "heroism_sacrifice", ["gallant"]),
        ("glorious combat feats on the front", "heroism_sacrifice", ["glorious", "feats"]),
        ("the triumphant homecoming of the regiment", "victory_liberation", ["triumphant"]),
        ("the triumphant candidate thanked her voters", "victory_liberation", []),
        ("the hegemonist schemes of Washington", "anti_hegemony", ["hegemonist"]),
        ("NATO's expansionist course", "anti_hegemony", ["expansionist"]),
        ("Russian expansionist designs on Ukraine", "anti_hegemony", []),
        ("Seoul, a henchman of the U.S.", "anti_hegemony", ["henchman"]),
        ("a life of vassalage to Washington", "anti_hegemony", ["vassalage"]),
        ("fighting abroad was a noble duty", "just_cause", ["noble duty"]),
        ("Treasury had the firm's assets frozen", "sanctions_isolation", ["assets frozen"]),
    ],
)
def test_forms_the_stems_miss(text, theme, words):
    found = _hits(text)
    assert found.loc[found["theme"] == theme, "words"].tolist() == words


@pytest.mark.parametrize(
    "text, theme",
    [
        # The words of a frame in another sense, as news outlets write them.
        ("Police from Ukraine's Ministry of Internal Affairs cordoned off the site.", "sovereignty"),
        ("the Internal Affairs Ministry said two were hurt", "sovereignty"),
        ("Poland has long feared Russian domination.", "anti_hegemony"),
        ("Kyiv will never accept domination by Moscow.", "anti_hegemony"),
        ("a war driven by Putin's hegemonic ambitions", "anti_hegemony"),
        ("decades of Russian tyranny", "anti_hegemony"),
        ("Ships of China's People's Liberation Army sailed past.", "victory_liberation"),
        ("Lee gave his Liberation Day speech in Seoul.", "victory_liberation"),
        ("Zelensky unveiled his victory plan in October.", "victory_liberation"),
        ("Trump's victory rattled Seoul.", "victory_liberation"),
        ("Washington announced a new military assistance package.", "treaty_mutual_defense"),
        ("U.S. military assistance to Ukraine has slowed.", "treaty_mutual_defense"),
        ("NATO's collective defence rests on Article 5.", "treaty_mutual_defense"),
        ("Putin laid flowers for the victims of the blockade of Leningrad.", "sanctions_isolation"),
        ("Russia lifted its blockade of Ukrainian ports.", "sanctions_isolation"),
    ],
)
def test_other_senses_of_a_frame_s_words_are_no_theme(text, theme):
    assert theme not in set(_hits(text)["theme"])


@pytest.mark.parametrize(
    "text, theme",
    [
        # Those guards leave the frame itself alone.
        ("they condemned interference in the internal affairs of sovereign states", "sovereignty"),
        ("a world free from domination and Western hegemony", "anti_hegemony"),
        ("the Korean People's Army units liberated Sudzha", "victory_liberation"),
        ("the day of the liberation of Kursk", "victory_liberation"),
        ("the treaty obliges each side to give military assistance without delay", "treaty_mutual_defense"),
        ("a naval blockade of the North", "sanctions_isolation"),
        ("the army will fight on until the final victory", "victory_liberation"),
        ("our goal is the final victory over the aggressors", "victory_liberation"),
    ],
)
def test_guards_against_other_senses_keep_the_frame(text, theme):
    assert theme in set(_hits(text)["theme"])


@pytest.mark.parametrize(
    "text, theme, words",
    [
        # The frames as state media and wire copy write them, beyond the words of the labelled articles.
        ("Medvedev thanked our Korean brothers for their help.", "fraternity_blood", ["brothers"]),
        ("Both reject meddling in each other's domestic affairs.", "sovereignty", ["domestic affairs"]),
        ("the U.S. aggressors will pay dearly", "anti_hegemony", ["aggressors"]),
        ("the warmongers in Washington", "anti_hegemony", ["warmongers"]),
        ("the Kiev regime and its Western curators", "anti_hegemony", ["Western curators"]),
        ("the units freed the border villages from the neo-Nazi occupiers", "victory_liberation", ["freed"]),
        ("the friendship has entered its heyday", "invincible_alliance", ["heyday"]),
        ("the unswerving stand of the DPRK to support Moscow", "invincible_alliance", ["unswerving"]),
        ("a lawful exercise of the right to self-defense", "just_cause", ["self-defense"]),
        ("the pact provides for mutual military assistance", "treaty_mutual_defense", ["pact", "mutual military assistance"]),
        ("they will come to each other's aid", "treaty_mutual_defense", ["each other's aid"]),
        ("Moscow vetoed the mandate of the U.N. panel of experts", "sanctions_isolation", ["panel of experts"]),
        ("enough fissile material for 50 nuclear bombs", "nuclear_deterrence", ["nuclear bombs"]),
        ("the Red Army men who freed the peninsula from Japanese colonial rule", "victory_liberation", ["freed"]),
        ("praised the brigade for freeing three villages from the occupiers", "victory_liberation", ["freeing"]),
        ("Pyongyang will never yield to U.S. blackmail, the ministry said", "anti_hegemony", ["blackmail"]),
        ("either side shall give military and other assistance once the other is invaded", "treaty_mutual_defense", ["military and other assistance"]),
        ("the men who freed Kursk were decorated", "victory_liberation", ["freed"]),
        ("Kyiv says it is fighting for its independence and its land", "sovereignty", ["independence"]),
        ("a wall against the aggressive schemes of Washington", "anti_hegemony", ["aggressive"]),
        ("the arrogant Americans will be punished", "anti_hegemony", ["arrogant"]),
        ("the dead were honoured as martyrs of a noble internationalist cause", "just_cause", ["internationalist"]),
        ("the army carried out its internationalist obligations to the letter", "just_cause", ["internationalist"]),
        ("the brigade wiped out the fascist invaders in a week", "victory_liberation", ["wiped out"]),
        ("a comradeship that will endure forever", "invincible_alliance", ["forever"]),
        ("ties have been raised to the highest level of alliance", "invincible_alliance", ["highest level of alliance"]),
        ("Peskov thanked the Korean units that helped to free the Kursk region", "victory_liberation", ["free the Kursk region"]),
        ("they went abroad to free our land from the occupiers", "victory_liberation", ["free our land"]),
        ("Lavrov condemned the illegal restrictions on Russian banks", "sanctions_isolation", ["illegal restrictions"]),
        ("Seoul fears the North's growing atomic arsenal", "nuclear_deterrence", ["atomic arsenal"]),
    ],
)
def test_frames_as_the_outlets_write_them(text, theme, words):
    found = _hits(text)
    assert found.loc[found["theme"] == theme, "words"].tolist() == words


@pytest.mark.parametrize(
    "text, theme",
    [
        # The other senses of those words.
        ("Kim Jong Un's elder brother attended.", "fraternity_blood"),
        ("After the summit, Lee turned to domestic affairs.", "sovereignty"),
        ("Washington calls Russia the aggressor.", "anti_hegemony"),
        ("Moscow and Kyiv freed 150 prisoners each from occupied areas.", "victory_liberation"),
        ("Zelensky said Ukraine has a right to self-defence.", "just_cause"),
        ("Israel invoked its right to self-defence.", "just_cause"),
        ("Seoul stressed its right to self-defence.", "just_cause"),
        ("Tourism stalled during the country's pandemic isolation.", "sanctions_isolation"),
        ("The border reopened after four years of Covid isolation.", "sanctions_isolation"),
        ("Freeing farmers from quotas was the reform's aim.", "victory_liberation"),
        ("Kyiv condemned the Kremlin's blackmail of Western capitals.", "anti_hegemony"),
        ("Brussels pledged military and other assistance to Kyiv.", "treaty_mutual_defense"),
        ("The opposition is fighting for the independence of the central bank.", "sovereignty"),
        ("Reporters struggle for the independence of the press.", "sovereignty"),
        ("Tokyo says Moscow has turned aggressive toward the West.", "anti_hegemony"),
        ("Washington denounced Pyongyang's arrogant and aggressive launches.", "anti_hegemony"),
        ("The enemy hopes to drive a wedge between Seoul and Tokyo.", "victory_liberation"),
        ("She is a liberal internationalist by training.", "just_cause"),
        ("The wounded were isolated in hospitals near the border.", "sanctions_isolation"),
        ("The typhoon wiped out rice paddies across the province.", "victory_liberation"),
        ("The graves of the fallen will be tended forever, he said.", "invincible_alliance"),
        ("Markets have changed forever since the pandemic.", "invincible_alliance"),
        ("The central bank is willing to sacrifice growth to tame prices.", "heroism_sacrifice"),
        ("Engineers sacrificed accuracy for range on the new missile.", "heroism_sacrifice"),
        ("Zelensky promised to wipe out the Russian occupiers.", "victory_liberation"),
        ("Patients with the infection were kept in isolation wards.", "sanctions_isolation"),
        ("The accord is meant to free trade across the region.", "victory_liberation"),
        ("Sappers worked for months to free the land of mines.", "victory_liberation"),
        ("The swap helped free prisoners held in the region.", "victory_liberation"),
        ("The youth side clinched victory in extra time.", "victory_liberation"),
        ("The women reached the final after a victory over Vietnam.", "victory_liberation"),
        ("Ri scored twice in the victory over the visitors.", "victory_liberation"),
    ],
)
def test_those_words_in_other_senses_are_no_theme(text, theme):
    assert theme not in set(_hits(text)["theme"])


@pytest.mark.parametrize(
    "text, theme",
    [
        # A frame's word written as part of a proper name: a person, a place, a party.
        ("Victor Cha, who leads the Korea program, said exports had doubled.", "victory_liberation"),
        ("The study was written by Victor Cha and two colleagues.", "victory_liberation"),
        ("Protesters filled Independence Square on Saturday.", "sovereignty"),
        ("The shop stands on Sovereignty Street, near the station.", "sovereignty"),
        ("The minor Justice Party tabled a motion in parliament.", "just_cause"),
        ("A wreath was laid at the Arch of Triumph in the capital.", "victory_liberation"),
    ],
)
def test_a_frame_s_word_inside_a_proper_name_is_no_theme(text, theme):
    assert theme not in set(_hits(text)["theme"])


@pytest.mark.parametrize(
    "text, theme",
    [
        # Capitalised, but no name: a sentence's first word, a quote's, a headline in title case, a heading.
        ("Independence and sovereignty are not for sale, the editorial said.", "sovereignty"),
        ("The victors of that war are honoured every summer.", "victory_liberation"),
        ('He said: "Sovereignty is the life of a nation."', "sovereignty"),
        ("Kim Praises Russia's Sovereignty In Message To Putin", "sovereignty"),
        ("WHY SOVEREIGNTY MATTERS TO PYONGYANG", "sovereignty"),
        # A name the lexicon lets count.
        ("Veterans marched in the Victory Day parade in Moscow.", "victory_liberation"),
    ],
)
def test_a_capitalised_frame_word_outside_a_name_keeps_the_frame(text, theme):
    assert theme in set(_hits(text)["theme"])


def test_an_analyst_lexicon_may_keep_or_drop_a_term_in_names(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("theme,term,names\nvictory,victor,no\nglory,glory,\n", encoding="utf-8")
    assert _hits("Victor Cha sang with the Glory Choir.", lexicon=path)["theme"].tolist() == ["glory"]
    assert _hits("The victor takes all.", lexicon=path)["theme"].tolist() == ["victory"]


def test_a_phrase_and_a_word_inside_it_count_once():
    found = _hits("an alliance forged through precious blood")
    assert found[["theme", "term"]].values.tolist() == [["fraternity_blood", "precious blood"]]


def test_one_word_may_carry_two_themes():
    lexicon = pd.DataFrame({"theme": ["a", "b"], "term": ["treaty", "treaty"]})
    from dossier.extractors.rhetoric.themes_lexicon import compile_lexicon

    assert [h[2] for h in match_terms("the treaty", compile_lexicon(lexicon))] == ["a", "b"]


def test_texts_matched_together_match_as_each_alone():
    from dossier.extractors.rhetoric.themes import match_texts
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    texts = ["a new multi-", "polar world order", "", "precious", "blood, a just cause", "Western “aggression”", "non-stop", "x\x00y just war"]
    alone = {i: match_terms(t, packaged_lexicon()) for i, t in enumerate(texts)}
    assert match_texts(texts, packaged_lexicon()) == {i: hits for i, hits in alone.items() if hits}


def test_a_lexicon_of_regular_expressions_only():
    from dossier.extractors.rhetoric.themes_lexicon import compile_lexicon

    lexicon = compile_lexicon(pd.DataFrame({"theme": ["a"], "term": ["re:multi-?polar"]}))
    assert match_terms("a multi-polar world", lexicon) == [(2, 13, "a", "re:multi-?polar")]


@pytest.mark.parametrize(
    "word",
    ["possibility", "dying", "skies", "happily", "ugly", "generously", "organisation", "honors", "U.S.", "nation’s", "bravest",
     "tyrannical", "justifying", "agreed", "hopping", "filing", "baptise", "multipolarized", "denuclearisation", "heroes"],
)
def test_a_word_starts_with_the_root_of_its_key(word):
    from dossier.extractors.rhetoric.themes_lexicon import key_root
    from dossier.text.word_keys import spellings, word_key

    text = word.lower().replace("’", "'").replace(".", "")
    assert text.startswith(key_root(word_key(word))) or text in spellings()


@pytest.mark.parametrize(
    "texts",
    [
        [
            "the anti-imperialist, multi-polar world order; U.S. aggression and the U.S.-led “Western” aggression",
            "Comrade-in-arms\tgave their\nlives, laid down\xa0their lives",
            "sovereign\x00rights; non - stop, non-stop and NON-STOP; heroes' sacrifice",
            "",
            "nothing to see here",
        ],
        ["İstanbul honours the brave: lower() lengthens İ, so the whole text is read", "gave their lives"],
    ],
)
def test_only_stretches_where_a_term_may_start_are_read_yet_all_is_found(texts):
    from dossier.extractors.rhetoric.themes import match_texts, term_regions
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    lexicon = packaged_lexicon()
    regions = term_regions("\x00".join(texts), lexicon)
    assert all(e < s2 for (_, e), (s2, _) in zip(regions, regions[1:]))
    assert match_texts(texts, lexicon) == match_texts(texts, lexicon._replace(starts=None))


def test_lower_ascii_lowers_every_character_a_root_or_needle_may_meet_as_lower_does():
    from dossier.extractors.rhetoric.themes import FOLDS_TO_ASCII, lower_ascii
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    every = "".join(c for c in map(chr, range(0x110000)) if c not in FOLDS_TO_ASCII)
    low = lower_ascii(every)
    assert len(low) == len(every)
    for c, got in zip(every, low):
        want = c.lower()
        # Printable ASCII where lower() gives it; elsewhere no ASCII letter or digit, as lower() gives none.
        assert got == want if len(want) == 1 and " " <= want <= "~" else not (got.isascii() and got.isalnum()), c
    # A text holding one of FOLDS_TO_ASCII is lowered by lower(): the Kelvin sign becomes k.
    assert lower_ascii("\u212aursk “liberated”") == "\u212aursk “liberated”".lower()
    assert lower_ascii("Kursk “Liberated” — Ça") == "kursk ?liberated? ? Ça"
    # Unicode hyphens stay hyphens, which roots read through: "multi‐polar" is found as "multi-polar" is.
    assert lower_ascii("Multi\u2010Polar non\u2011stop") == "multi-polar non-stop"
    found = match_terms("a multi\u2010polar world, U\u2011S\u2011led hegemony, non\u2011stop", packaged_lexicon())
    assert [term for *_, term in found] == ["multipolar world", "hegemony", "non-stop"]


@pytest.mark.parametrize(
    "text",
    [
        "The anti-imperialist U.S.-led (multi-polar) “West”—non-stop; sovereignty.Kursk\x00heroes",
        "Crème brûlée, naïve heroes and Дом fraternity; l'hégémonie 3-1 victory",
        "\u212aursk heroes: the Kelvin sign is lowered by lower()",
        "İstanbul and the brave",
        "",
    ],
)
def test_places_are_those_the_starts_pattern_finds(text):
    from dossier.extractors.rhetoric.themes import term_places, lower_ascii
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    starts = packaged_lexicon().starts
    for low in {lower_ascii(text), text.lower()}:
        assert term_places(starts, low) == [m.start() for m in starts.finditer("\x00" + low)]


def test_a_stretch_skips_words_no_term_starts_with():
    from dossier.extractors.rhetoric.themes import term_regions
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    text = "nothing to see here, then gave their lives for it and nothing more"
    assert [text[s:e] for s, e in term_regions(text, packaged_lexicon())] == ["gave their lives for"]


@pytest.mark.parametrize(
    "pattern, needle",
    [
        (r"\bjust causes?\b", "just cause"),
        (r"(?:the|of)\s+honou?rs?\b", "hono"),
        (r"\b(?:is|was)\s+just(?=\s*[,.])", "just"),
        (r"Just\bCause", "justcause"),
        (r"(?:cause|war)", ""),
        (r"(?-i:ABC)d", "d"),
        (r"é+", ""),
    ],
)
def test_needle_is_text_every_match_holds(pattern, needle):
    from dossier.extractors.rhetoric.themes_patterns import pattern_needle

    assert pattern_needle(re.compile(pattern, re.IGNORECASE)) == needle


def test_sentences_without_the_needle_of_a_pattern_are_not_searched_but_found_all_the_same():
    from dossier.extractors.rhetoric.themes import FOLDS_TO_ASCII
    from dossier.extractors.rhetoric.themes_lexicon import compile_lexicon

    # Every character IGNORECASE matches to printable ASCII, outside ASCII, is one lower() may miss.
    beyond = "".join(map(chr, range(0x80, 0x110000)))
    assert set(re.findall("[ -~]", beyond, re.IGNORECASE)) <= FOLDS_TO_ASCII
    lexicon = compile_lexicon(pd.DataFrame({"theme": ["a"], "term": [r"re:\bjust causes?\b"]}))
    for text in ["a JUST CAUSE", "a ju\u017ft cau\u017fe", "a just war"]:
        assert match_terms(text, lexicon) == [(m.start(), m.end(), "a", r"re:\bjust causes?\b") for m in re.finditer(r"\bjust causes?\b", text, re.IGNORECASE)]


# --- voice ------------------------------------------------------------------

SAID = "Kim said the alliance is invincible, and Zelensky called it an “epicenter of tyranny” against Western aggression."


@pytest.mark.parametrize(
    "quoted, expected",
    [
        ([], {"invincible": "reporting", "tyranny": "reporting", "Western aggression": "reporting"}),
        ([("the alliance is invincible", "Kim Jong Un")], {"invincible": "state", "tyranny": "reporting", "Western aggression": "reporting"}),
        ([("epicenter of tyranny", "Volodymyr Zelensky")], {"invincible": "reporting", "tyranny": "reporting", "Western aggression": "reporting"}),
        # A hit partly inside a state quote is the state's word the reporter framed.
        ([("aggression", "Sergei Lavrov")], {"invincible": "reporting", "tyranny": "reporting", "Western aggression": "state"}),
        ([("the alliance is invincible", "")], {"invincible": "reporting", "tyranny": "reporting", "Western aggression": "reporting"}),
    ],
)
def test_voice_is_state_only_inside_a_state_speakers_quote(affiliation, quoted, expected):
    found = _hits(SAID, quoted=quoted)
    assert dict(zip(found["words"], found["voice"].astype(str))) == expected


def test_voice_of_one_article_ignores_quotes_of_another(affiliation):
    text = "The alliance is invincible."
    sents = pd.concat([_sentence_frame(text, "a1"), _sentence_frame(text, "a2")], ignore_index=True)
    quo = _quote_frame(text, [("alliance is invincible", "Kim Jong Un")], aid="a2")
    found = themes(sents, quo)
    assert dict(zip(found["article_id"], found["voice"].astype(str))) == {"a1": "reporting", "a2": "state"}


# --- custom lexicons --------------------------------------------------------


@pytest.fixture
def drone_lexicon(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "# my own themes\ntheme,term,notes\ndrones,drone,also drones\ndrones,anti-aircraft,\nsolidarity,solidarity,\n",
        encoding="utf-8",
    )
    return path


def test_a_custom_lexicon_replaces_the_packaged_one(seed_sentences, seed_ids, drone_lexicon):
    found = themes(seed_sentences, schema.empty("quotes"), lexicon=drone_lexicon)
    assert set(found["theme"]) == {"drones", "solidarity"}
    by_seed = {n: set(found.loc[found["article_id"] == aid, "theme"]) for n, aid in seed_ids.items()}
    assert by_seed["002"] == {"drones"}  # jointly developed drones, anti-aircraft systems
    assert by_seed["003"] == {"drones", "solidarity"}  # drones and anti-aircraft technology; act of solidarity
    assert "solidarity" in by_seed["004"]
    assert by_seed["000"] == set()


def test_adding_and_removing_terms_changes_the_hits(seed_sentences, seed_ids, tmp_path):
    table = read_lexicon()
    edits = {
        "no_blood": table[~table["term"].str.contains("blood")],
        "bare_blood": table[table["term"] != "precious blood"],
        "no_friendship": table[table["term"] != "friendship"],
        # the packaged term wants a word of the bond near it; this one wants none
        "friendship": pd.concat([table[table["term"] != "friendship"], pd.DataFrame([{"theme": "fraternity_blood", "term": "friendship", "notes": ""}])]),
    }
    empty = schema.empty("quotes")
    base = themes(seed_sentences, empty)
    found = {}
    for name, t in edits.items():
        t.to_csv(tmp_path / f"{name}.csv", index=False)
        found[name] = themes(seed_sentences, empty, lexicon=tmp_path / f"{name}.csv")
    with_blood = base["term"].str.contains("blood")
    assert with_blood.sum() >= 3
    assert_frame_equal(found["no_blood"], base[~with_blood].reset_index(drop=True))
    # without the phrase, the bare word finds the same places, one word shorter
    precious = base[base["term"] == "precious blood"]
    bare = found["bare_blood"][found["bare_blood"]["term"] == "blood"]
    assert set(bare["end"]) >= set(precious["end"]) and len(found["bare_blood"]) == len(base)
    added = found["friendship"][found["friendship"]["term"] == "friendship"]
    # 003's "militant friendship" was already a fraternity_blood phrase: the longer term keeps it
    assert set(added["article_id"]) == {seed_ids["000"], seed_ids["004"]}
    assert len(found["friendship"]) - len(found["no_friendship"]) == len(added)


def test_a_custom_lexicon_reaches_the_pipeline(seed_articles, drone_lexicon):
    frames = dossier.extract(seed_articles, lexicon=drone_lexicon)
    assert set(frames["themes"]["theme"]) == {"drones", "solidarity"}
    assert set(frames["theme_rates"]["theme"]) == {"drones", "solidarity"}


@pytest.mark.parametrize(
    "content, message",
    [
        ("theme,words\nx,y\n", "lacks column"),
        ("theme,term,notes\nx,,\n", "empty theme or term"),
        ("theme,term,notes\nx,re:(unclosed,\n", "not a regular expression"),
        ("# only a comment\n", "is empty"),
        ("theme,term,names\nx,y,never\n", "has names 'never'; give yes or no"),
    ],
)
def test_a_broken_lexicon_is_refused_with_the_reason(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParameterError, match=message):
        themes(_sentence_frame("x"), schema.empty("quotes"), lexicon=path)


def test_a_missing_lexicon_is_refused(tmp_path):
    with pytest.raises(ParameterError, match="not a file"):
        read_lexicon(tmp_path / "nope.csv")


def test_a_lexicon_without_notes_is_accepted(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("Theme,Term\nsieges,siege\n", encoding="utf-8")
    assert _hits("the siege of Kursk", lexicon=path)["theme"].tolist() == ["sieges"]


# --- the seeds --------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_themes(seed_articles, seed_sentences):
    return themes(seed_sentences, dossier.quotes(seed_sentences, seed_articles))


@pytest.mark.parametrize(
    "seed, theme",
    [
        ("000", "fraternity_blood"),
        ("004", "multipolar_order"),
        ("003", "sovereignty"),
        ("004", "sovereignty"),
        ("000", "anti_hegemony"),
        ("001", "anti_hegemony"),
        ("003", "heroism_sacrifice"),
        ("003", "just_cause"),
        ("004", "just_cause"),
        ("003", "invincible_alliance"),
        ("002", "victory_liberation"),
        ("001", "treaty_mutual_defense"),
        ("001", "nuclear_deterrence"),
    ],
)
def test_seed_carries_theme(seed_themes, seed_ids, seed, theme):
    assert theme in set(seed_themes.loc[seed_themes["article_id"] == seed_ids[seed], "theme"])


@pytest.mark.parametrize(
    "seed, theme",
    [("000", "just_cause"), ("002", "multipolar_order"), ("000", "nuclear_deterrence")],
)
def test_seed_lacks_theme_it_does_not_use(seed_themes, seed_ids, seed, theme):
    # 000's "Western" never says just; 002's "Western-led international order" is not multipolar talk
    assert theme not in set(seed_themes.loc[seed_themes["article_id"] == seed_ids[seed], "theme"])


@pytest.mark.parametrize(
    "seed, theme, words, voices",
    [
        ("000", "fraternity_blood", "fraternity", {"state"}),  # "The years of militant fraternity ..." Kim said
        ("000", "anti_hegemony", "tyranny", {"state"}),  # steadfast against "domination and tyranny"
        ("001", "anti_hegemony", "imperialist", {"reporting"}),  # unattributed "anti-imperialist struggle"
        ("003", "sovereignty", "sovereign rights", {"state"}),  # "... the sovereign rights of our Republic," Kim said
        ("003", "heroism_sacrifice", "heroes", {"state"}),  # "... to be heroes ...," he added
        ("002", "heroism_sacrifice", "heroes", {"reporting"}),  # Putin hailed them as heroes: paraphrase
        ("004", "sovereignty", "sovereignty", {"state", "reporting"}),  # the reporter's "national sovereignty" and Kim's
        ("004", "multipolar_order", "multi-polarized world order", {"state"}),  # Kim's message
        ("004", "multipolar_order", "multi-polar world order", {"reporting"}),  # standfirst; "what they call"
    ],
)
def test_seed_hit_has_the_right_voice(seed_themes, seed_articles, seed_ids, seed, theme, words, voices):
    text = dict(zip(seed_articles["article_id"], seed_articles["text"]))[seed_ids[seed]]
    rows = seed_themes[(seed_themes["article_id"] == seed_ids[seed]) & (seed_themes["theme"] == theme)]
    found = {v for s, e, v in zip(rows["start"], rows["end"], rows["voice"].astype(str)) if text[s:e] == words}
    assert found == voices


def test_seed_offsets_point_at_the_matched_words(seed_themes, seed_articles):
    text = dict(zip(seed_articles["article_id"], seed_articles["text"]))
    words = [text[a][s:e].lower() for a, s, e in zip(seed_themes["article_id"], seed_themes["start"], seed_themes["end"])]
    assert all(w and w[0].isalnum() for w in words)
    assert "precious blood" in words and "multi-polarized world order" in words


def test_themes_work_article_by_article(seed_sentences, seed_themes, seed_ids):
    some = [seed_ids["001"], seed_ids["004"]]
    alone = themes(seed_sentences[seed_sentences["article_id"].isin(some)], schema.empty("quotes"))
    expected = seed_themes[seed_themes["article_id"].isin(some)].reset_index(drop=True)
    assert_frame_equal(alone.drop(columns="voice"), expected.drop(columns="voice"))


def test_themes_do_not_change_their_input(seed_sentences):
    before = seed_sentences.copy()
    themes(seed_sentences, schema.empty("quotes"))
    assert_frame_equal(seed_sentences, before)


# --- rates, examples, actors ------------------------------------------------


def test_rates_are_hits_per_thousand_words(seed_themes, seed_articles):
    rates = theme_rates(seed_themes, seed_articles)
    assert list(rates.columns) == schema.columns("theme_rates")
    assert rates["hits"].sum() == len(seed_themes)
    assert (rates["hits"] > 0).all()  # no zero rows: see theme_rates' docstring
    words = dict(zip(seed_articles["article_id"], seed_articles["n_words"]))
    expected = rates["hits"] * 1000 / rates["article_id"].map(words)
    assert (rates["per_1000_words"] - expected).abs().max() < 1e-9
    assert not rates.duplicated(["article_id", "theme", "voice"]).any()


def test_rates_of_a_hand_made_frame():
    hits = schema.conform(
        pd.DataFrame({"article_id": ["a", "a", "a"], "sentence": [0, 1, 1], "start": [0, 5, 9], "end": [3, 8, 12],
                      "theme": ["t", "t", "t"], "term": ["x", "x", "x"], "voice": ["state", "state", "reporting"]}),
        "themes",
    )
    articles = pd.DataFrame({"article_id": ["a", "b"], "n_words": [500, 200]})
    rates = theme_rates(hits, articles)
    assert rates[["voice", "hits", "per_1000_words"]].astype({"voice": str}).values.tolist() == [["state", 2, 4.0], ["reporting", 1, 2.0]]
    matrix = rate_matrix(rates, articles, ["t", "u"])
    assert matrix.loc["a", "t"] == 6.0 and matrix.loc["b"].tolist() == [0.0, 0.0] and matrix.loc["a", "u"] == 0.0


def test_empty_themes_give_empty_rates(seed_articles):
    assert theme_rates(schema.empty("themes"), seed_articles).empty


def test_examples_rank_sentences_by_hits(seed_themes, seed_sentences, seed_articles):
    ex = theme_examples(seed_themes, seed_sentences, seed_articles, n=2)
    assert list(ex.columns) == ["theme", "article", "sentence", "words", "hits", "voice"]
    assert ex.groupby("theme").size().max() <= 2
    blood = ex[ex["theme"] == "fraternity_blood"].iloc[0]
    assert "militant fraternity" in blood["sentence"] and blood["hits"] == 2
    assert blood["article"] == "Kim Honors North Korean Deployment to Kursk in Ceremony"


def test_examples_without_body_text_show_the_terms(seed_themes, seed_sentences, seed_articles):
    # a large frame store is read without body text (dossier.notebook.load)
    bare = seed_articles.assign(text=pd.NA)
    ex = theme_examples(seed_themes, seed_sentences.assign(text=pd.NA), bare, n=1)
    assert ex.loc[ex["theme"] == "fraternity_blood", "words"].item() == "fraternity; precious blood"
    assert ex["sentence"].isna().all()


def test_examples_take_the_words_from_the_sentences_when_articles_lack_their_text(seed_themes, seed_sentences, seed_articles):
    bare = seed_articles.assign(text=pd.NA)
    asked = []

    def lookup(rows):
        asked.append(len(rows))
        return seed_sentences.merge(rows[["article_id", "sentence"]].drop_duplicates())

    ex = theme_examples(seed_themes, lookup, bare, n=1)
    assert asked == [len(ex)]  # only the strongest sentences are looked up
    blood = ex[ex["theme"] == "fraternity_blood"].iloc[0]
    assert "militant fraternity" in blood["sentence"]
    assert all(w in s for words, s in zip(ex["words"], ex["sentence"]) for w in words.split("; "))


def test_actors_co_occur_with_themes(seed_themes, seed_sentences):
    counts = actor_theme_counts(seed_themes, dossier.entities(seed_sentences))
    pairs = set(zip(counts["entity"], counts["theme"]))
    assert ("Kim Jong Un", "fraternity_blood") in pairs
    assert ("Korean Central News Agency", "fraternity_blood") in pairs
    assert (counts["sentences"] > 0).all()


# --- charts -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_frames(seed_articles):
    return dossier.extract(seed_articles)


@pytest.mark.parametrize(
    "draw, title",
    [
        (lambda tp, f: tp.rate_heatmap(f["theme_rates"], f["articles"]), "Theme rate by article"),
        (lambda tp, f: tp.voice_bars(f["themes"]), "Whose words carry each theme"),
        (lambda tp, f: tp.themes_over_time(f["themes"], f["articles"]), "Themes over time"),
        (lambda tp, f: tp.actor_theme_heatmap(actor_theme_counts(f["themes"], f["entities"])), "Actors named"),
        (lambda tp, f: tp.tone_by_voice(f["tone"], f["articles"]), "Tone by voice"),
    ],
)
def test_charts_have_title_labels_and_say_when_empty(seed_frames, draw, title):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from dossier.plots import themes as tp

    fig, _ = plt.subplots()
    ax = draw(tp, seed_frames)
    assert ax.get_title().startswith(title) and ax.get_xlabel() and ax.get_ylabel()
    plt.close(fig)
    empty = {name: schema.empty(name) for name in seed_frames}
    fig, _ = plt.subplots()
    ax = draw(tp, empty)
    assert any(t.get_text().startswith("No ") for t in ax.texts)
    plt.close(fig)


# --- the lexicon against the gold corpus ------------------------------------

GOLD = Path(__file__).resolve().parents[2] / "gold"
# Terms kept for real coverage though no labelled article uses them (theme,term; "#" comments).
UNMATCHED_ALLOWED = Path(__file__).resolve().parents[2] / "theme_terms_unmatched.csv"


@pytest.fixture(scope="module")
def gold_term_hits():
    """(theme, term) -> hits of the term alone in the labelled articles, guards and voice applied."""
    from dossier.extractors.rhetoric.themes import match_texts, state_spans
    from dossier.extractors.rhetoric.themes_lexicon import compile_lexicon

    articles = dossier.read_articles(sorted(GOLD.glob("*/articles")))
    sents = dossier.sentences(articles)
    spans = state_spans(dossier.quotes(sents, articles))
    texts, aids, offsets = sents["text"].tolist(), sents["article_id"].tolist(), sents["start"].tolist()

    def state(i):
        return [(s - offsets[i], e - offsets[i]) for s, e in spans.get(aids[i], ())]

    table = read_lexicon()
    # Each term alone: a term a longer one always overrides still counts as used.
    return {
        (theme, term): sum(map(len, match_texts(texts, compile_lexicon(table.iloc[[i]]), state).values()))
        for i, (theme, term) in enumerate(zip(table["theme"], table["term"]))
    }


def test_gold_corpus_has_articles_of_every_theme(gold_term_hits):
    assert len(list(GOLD.glob("*/articles/*.md"))) >= 40
    for theme in REQUIRED_THEMES:
        assert sum(n for (t, _), n in gold_term_hits.items() if t == theme) > 0, theme


def test_terms_no_labelled_article_uses_are_listed_as_kept_on_purpose(gold_term_hits):
    """A prompt to prune: every term that matches nothing in tests/gold is printed, and must be in the allowance list.

    The list (tests/theme_terms_unmatched.csv) names the terms kept for real
    coverage beyond the labelled articles: adding one there is a decision,
    and one that has come to match (or left the lexicon) must leave it.
    """
    import warnings

    allowed = pd.read_csv(UNMATCHED_ALLOWED, comment="#", dtype=str, keep_default_na=False)
    allowed = set(zip(allowed["theme"], allowed["term"]))
    unmatched = {key for key, n in gold_term_hits.items() if n == 0}
    by_theme = {}
    for theme, term in sorted(unmatched):
        by_theme.setdefault(theme, []).append(term)
    report = "; ".join(f"{theme} ({len(terms)} of {sum(t == theme for t, _ in gold_term_hits)}): {', '.join(terms)}" for theme, terms in by_theme.items())
    warnings.warn(f"theme terms that match nothing in tests/gold: {report}", UserWarning, stacklevel=1)
    print(report)
    assert unmatched - allowed == set(), "terms matching nothing in tests/gold: prune them, or list them in theme_terms_unmatched.csv"
    assert allowed - unmatched == set(), "these now match in tests/gold (or left the lexicon): take them off theme_terms_unmatched.csv"


# --- guards -----------------------------------------------------------------


def _lexicon(rows: list[dict]):
    from dossier.extractors.rhetoric.themes_lexicon import compile_lexicon

    return compile_lexicon(read_lexicon_frame(rows))


def read_lexicon_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows).fillna("")


def _words_of(text: str, lexicon, state=()) -> list[str]:
    return [text[s:e] for s, e, _, _ in match_terms(text, lexicon, list(state))]


@pytest.mark.parametrize(
    "text, words",
    [
        ("an eternal friendship", ["eternal"]),
        ("the eternal and growing friendship", ["eternal"]),  # three words off: within the window
        ("the eternal, unbreakable and growing friendship", []),  # four words off: beyond it
        ("eternal as the mountains and the rivers are the ties of friendship", []),  # friendship seven words off
        ("flowers of eternal tribute", []),
        ("friendship eternal", ["eternal"]),  # after the hit too
    ],
)
def test_a_near_guard_wants_one_of_its_words_within_the_window(text, words):
    lexicon = _lexicon([{"theme": "a", "term": "eternal", "near": "friendship|alliance", "window": "3"}])
    assert _words_of(text, lexicon) == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("a sovereign decision of the two states", ["sovereign"]),
        ("yields on sovereign debt rose", []),
        ("the sovereign wealth fund", []),
        ("sovereign states repay their debt", ["sovereign"]),  # debt three words off, beyond a window of 2
    ],
)
def test_an_avoid_guard_drops_a_hit_with_one_of_its_words_near(text, words):
    lexicon = _lexicon([{"theme": "a", "term": "sovereign", "avoid": "debt|wealth", "window": "2"}])
    assert _words_of(text, lexicon) == words


def test_a_guard_word_may_be_a_phrase_and_is_matched_on_stems():
    lexicon = _lexicon([{"theme": "a", "term": "villain", "near": "united states|west", "window": "4"}])
    assert _words_of("the villains armed by the United States", lexicon) == ["villains"]
    assert _words_of("the villains of the Western press", lexicon) == []  # Western stems apart from West
    assert _words_of("the villains armed by the States", lexicon) == []


def test_a_voice_guard_keeps_only_hits_inside_a_state_quote():
    lexicon = _lexicon([{"theme": "a", "term": "the west", "voice": "state"}, {"theme": "a", "term": "hegemony"}])
    text = "Kim said the West seeks hegemony, while analysts said the West was divided."
    quoted = text.index("the West seeks hegemony")
    assert _words_of(text, lexicon) == ["hegemony"]
    assert _words_of(text, lexicon, [(quoted, quoted + 23)]) == ["the West", "hegemony"]


def test_a_proxy_war_is_a_frame_in_a_state_speakers_words_only():
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    text = "Lavrov said NATO was waging a proxy war against Russia, a description Kyiv rejects as a proxy war myth."
    quoted = (text.index("NATO"), text.index(","))
    hits = match_terms(text, packaged_lexicon(), [quoted])
    assert [(text[s:e], theme) for s, e, theme, _ in hits] == [("proxy war", "anti_hegemony")]
    assert hits[0][0] < quoted[1]


def test_a_phrase_failing_its_guard_leaves_the_words_inside_it_to_a_shorter_term():
    lexicon = _lexicon([
        {"theme": "a", "term": "eternal friendship", "near": "russia", "window": "3"},
        {"theme": "a", "term": "friendship"},
    ])
    assert _words_of("an eternal friendship with Russia", lexicon) == ["eternal friendship"]
    assert _words_of("an eternal friendship with Cuba", lexicon) == ["friendship"]


@pytest.mark.parametrize(
    "said, speaker, found",
    [
        # Victory foretold is the frame in a state speaker's words; the same words of anyone else are not read.
        ("the heroic Russian army will surely win", "Kim Jong Un", True),
        ("our side would certainly win in the end", "Sergei Lavrov", True),
        ("our side would certainly win in the end", "Volodymyr Zelensky", False),
        ("our national team will win the cup", "Kim Jong Un", False),
        ("the winner will take the whole region", "Kim Jong Un", False),
    ],
)
def test_victory_foretold_counts_in_a_state_speakers_words(affiliation, said, speaker, found):
    text = f"He told the crowd that {said}, the agency said."
    hits = _hits(text, quoted=[(said, speaker)])
    assert ("victory_liberation" in set(hits["theme"])) is found


def test_voice_guards_reach_the_themes_frame(affiliation):
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    assert ("anti_hegemony", "west") in packaged_lexicon().guards
    text = "Kim Jong Un said the armed forces of the West would fail, as the West watched."
    found = _hits(text, quoted=[("the armed forces of the West would fail", "Kim Jong Un")])
    assert found.loc[found["theme"] == "anti_hegemony", "words"].tolist() == ["West"]
    assert found.loc[found["theme"] == "anti_hegemony", "voice"].astype(str).tolist() == ["state"]


@pytest.mark.parametrize(
    "text, theme, words",
    [
        # anti_hegemony: the adversary and its clients as Pyongyang and Moscow name them
        ("The Kiev puppet regime, egged on by Washington, shelled the border.", "anti_hegemony", ["puppet", "egged on by"]),
        ("Moscow's puppet administration in occupied Kherson issued passports.", "anti_hegemony", []),
        ("Lavrov blamed the regime's Western puppet masters", "anti_hegemony", ["puppet"]),
        ("a puppet theatre festival in Chuncheon", "anti_hegemony", []),
        ("Seoul's lackeys and stooges of the U.S. imperialists", "anti_hegemony", ["lackeys", "stooges", "imperialists"]),
        ("Kyiv denounced a Kremlin stooge and Russian imperialism", "anti_hegemony", []),
        ("The Japanese imperial army occupied Korea until 1945.", "anti_hegemony", []),
        ("They oppose U.S. global dominance and NATO expansion.", "anti_hegemony", ["dominance", "NATO expansion"]),
        ("Russia's air dominance over the front dominated the talks.", "anti_hegemony", []),
        ("Lavrov rejected attempts to knock together military blocs.", "anti_hegemony", ["military blocs"]),
        ("The United States and its satellites keep arming Kyiv.", "anti_hegemony", ["satellites"]),
        ("Russia may help Pyongyang launch spy satellites, U.S. officials said.", "anti_hegemony", []),
        ("The Anglo-Saxons and their minions in Tokyo", "anti_hegemony", ["Anglo-Saxons", "minions"]),
        ("an opposition leader called him a Kremlin minion", "anti_hegemony", []),
        ("the Yankees and their puppets", "anti_hegemony", ["Yankees", "puppets"]),
        ("the New York Yankees signed a Korean pitcher", "anti_hegemony", []),
        ("the colonialists and neo-colonialists of the West", "anti_hegemony", ["colonialists", "neo-colonialists"]),
        ("Kyiv condemned Russian colonialist policy", "anti_hegemony", []),
        ("the U.S., the chieftain of aggression", "anti_hegemony", ["chieftain of aggression"]),
        ("they denounced U.S. unilateralism and arbitrariness", "anti_hegemony", ["unilateralism", "arbitrariness"]),
        ("Seoul imposed unilateral sanctions on ten North Koreans", "anti_hegemony", []),
        ("the school board's unilateral decision angered parents", "anti_hegemony", []),
        # fraternity_blood
        ("the brotherly Korean people sent greetings", "fraternity_blood", ["brotherly"]),
        ("her brother, the leader, said nothing", "fraternity_blood", []),
        ("talks in a warm and comradely atmosphere", "fraternity_blood", ["comradely"]),
        ("the respected Comrade Kim Jong Un inspected a factory", "fraternity_blood", []),
        ("a friendship sealed in blood", "fraternity_blood", ["friendship", "blood"]),
        ("a friendship forged in the struggle against Japan", "fraternity_blood", ["friendship"]),
        ("a goodwill visit and a friendship match", "fraternity_blood", []),
        ("there is bad blood between the two capitals", "fraternity_blood", []),
        ("they fought side by side with Russian troops", "fraternity_blood", ["side by side"]),
        ("Kim called Russia a true comrade", "fraternity_blood", ["comrade"]),
        ("the leaders posed side by side for photographs", "fraternity_blood", []),
        # sovereignty
        ("sending troops is a sovereign decision of the two states", "sovereignty", ["sovereign"]),
        ("investors sold sovereign bonds and the sovereign wealth fund", "sovereignty", []),
        ("to defend national independence and dignity", "sovereignty", ["independence"]),
        ("he received the Order of Freedom and Independence", "sovereignty", []),
        # just_cause
        ("the heroes who defended justice with their lives", "just_cause", ["justice"]),
        ("the Justice Ministry said it would bring war criminals to justice", "just_cause", []),
        ("Russia is waging a sacred struggle", "just_cause", ["sacred"]),
        ("an immortal, sacred monument", "just_cause", []),
        ("the operation was fully justified", "just_cause", ["fully justified"]),
        ("Pyongyang used the ceremony to justify the deployment", "just_cause", []),
        ("a holy war for the motherland", "just_cause", ["holy war"]),
        ("a just and heroic mission", "just_cause", ["just and heroic"]),
        ("talks on a just and lasting peace", "just_cause", []),
        ("justice is on our side", "just_cause", ["justice"]),
        ("no one doubts the justness of its cause", "just_cause", ["justness"]),
        ("it was just a matter of time", "just_cause", []),
        # heroism_sacrifice
        ("a tribute to the fallen and to the fallen fighters", "heroism_sacrifice", ["fallen", "fallen"]),
        ("shell output has since fallen sharply", "heroism_sacrifice", []),
        ("building the bridge in a month was no small feat", "heroism_sacrifice", []),
        ("Putin praised the feat of the Korean soldiers", "heroism_sacrifice", ["feat"]),
        ("Glory to Ukraine!", "heroism_sacrifice", []),
        ("They fought valiantly and selflessly.", "heroism_sacrifice", ["valiantly", "selflessly"]),
        ("relatives of the fallen laid wreaths", "heroism_sacrifice", ["fallen"]),
        ("the sacrificial spirit of the regiment", "heroism_sacrifice", ["sacrificial"]),
        ("Kim honoured the war dead in Pyongyang", "heroism_sacrifice", ["war dead"]),
        ("the men who laid down their precious lives", "heroism_sacrifice", ["precious lives"]),
        ("the missile strike took the precious lives of civilians", "heroism_sacrifice", []),
        ("a shipyard welder received the Hero of Labour title", "heroism_sacrifice", []),
        ("Ukrainian officers called them brave but poorly trained", "heroism_sacrifice", []),
        ("the brave soldiers fought bravely", "heroism_sacrifice", ["brave", "bravely"]),
        ("the commanders were given the title of Hero of the DPRK", "heroism_sacrifice", ["Hero"]),
        # victory_liberation
        ("The ruling party won a landslide victory in the election.", "victory_liberation", []),
        ("The team's victory in the cup final", "victory_liberation", []),
        ("Kim said Russia would win final victory", "victory_liberation", ["victory"]),
        ("the football squad celebrated its victory", "victory_liberation", []),
        ("the merger was a triumph of engineering", "victory_liberation", []),
        ("The Liberation Party won the vote", "victory_liberation", []),
        ("the expulsion of the enemy from the Kursk region", "victory_liberation", ["expulsion"]),
        ("the expulsion of two diplomats from Seoul", "victory_liberation", []),
        ("the region was completely freed from Ukrainian militants", "victory_liberation", ["freed"]),
        ("two prisoners were freed in a swap", "victory_liberation", []),
        # invincible_alliance
        ("the eternal friendship between the two peoples", "invincible_alliance", ["eternal"]),
        ("flowers of eternal tribute were laid", "invincible_alliance", []),
        ("Washington reaffirmed its ironclad commitment to South Korea", "invincible_alliance", []),
        ("Berlin pledged unwavering support for Ukraine", "invincible_alliance", []),
        ("Pyongyang pledged unwavering support for Moscow", "invincible_alliance", ["unwavering"]),
        # A pledge to back a position unconditionally is backing, no bond called invincible or eternal.
        ("the DPRK will unconditionally support Russia", "invincible_alliance", []),
        ("Pyongyang vowed to back Moscow's stance unconditionally", "invincible_alliance", []),
        ("an indissoluble friendship", "invincible_alliance", ["indissoluble"]),
        ("the alliance has become invulnerable", "invincible_alliance", ["invulnerable"]),
        ("the launchers are not invulnerable to drones", "invincible_alliance", []),
        # treaty_mutual_defense
        ("under the Non-Proliferation Treaty", "treaty_mutual_defense", []),
        ("the mutual defence treaty signed in June", "treaty_mutual_defense", ["mutual defence", "treaty"]),
        ("a security pact of mutual assistance", "treaty_mutual_defense", ["pact", "mutual assistance"]),
        ("a trade pact on fisheries", "treaty_mutual_defense", []),
        ("Kyiv left the Ottawa treaty on landmines", "treaty_mutual_defense", []),
        ("the two states promised to defend each other if attacked", "treaty_mutual_defense", ["defend each other"]),
        ("it shall provide assistance with all means in its possession", "treaty_mutual_defense", ["means in its possession"]),
        ("school enrolments have fallen as fewer children are born", "heroism_sacrifice", []),
        # sanctions_isolation
        ("isolated incidents of shelling", "sanctions_isolation", []),
        ("years of diplomatic isolation and restrictive measures", "sanctions_isolation", ["isolation", "restrictive measures"]),
        ("Parliament sanctioned the budget on Friday", "sanctions_isolation", []),
        ("new sanctions on Pyongyang and sanctioned banks", "sanctions_isolation", ["sanctions", "sanctioned"]),
        ("a defector said she felt isolated in Seoul", "sanctions_isolation", []),
        # multipolar_order, nuclear_deterrence
        ("the countries of the global majority", "multipolar_order", ["global majority"]),
        ("a polycentric world", "multipolar_order", ["polycentric"]),
        ("Pyongyang insists it is a nuclear power for good", "nuclear_deterrence", ["nuclear power"]),
        ("shelling near the Zaporizhzhia nuclear power plant", "nuclear_deterrence", []),
        # Deterrence is the theme beside the bomb, not an alliance's conventional deterrence.
        ("the North calls its arsenal a self-defensive deterrent", "nuclear_deterrence", ["deterrent"]),
        ("every new tank battalion strengthens deterrence on the peninsula", "nuclear_deterrence", []),
        ("the allies must maintain a credible deterrence posture in the region", "nuclear_deterrence", []),
        ("help to build nuclear-powered submarines", "nuclear_deterrence", []),
        ("Moscow now tolerates Pyongyang's nuclear ambitions as a de facto nuclear state", "nuclear_deterrence", ["nuclear ambitions", "nuclear state"]),
        (
            "under the U.S. nuclear umbrella; its nuclear warheads and tactical nuclear arms",
            "nuclear_deterrence",
            ["nuclear umbrella", "nuclear warheads", "tactical nuclear"],
        ),
    ],
)
def test_packaged_terms_read_the_frame_and_not_its_other_senses(text, theme, words):
    found = _hits(text)
    assert found.loc[found["theme"] == theme, "words"].tolist() == words


@pytest.mark.parametrize(
    "term",
    [r"re:(a+)+$", r"re:(a|aa)*b", r"re:(?:\w+\s+){0,3}cause", r"re:(?>(x+)+y)", r"re:(?=(a*)*)b"],
)
def test_a_pattern_that_could_backtrack_without_bound_is_refused_when_read(tmp_path, term):
    import time

    path = tmp_path / "slow.csv"
    pd.DataFrame({"theme": ["t"], "term": [term]}).to_csv(path, index=False)
    t0 = time.process_time()
    with pytest.raises(ParameterError, match=re.escape(repr(term)) + ".*backtrack without bound"):
        themes(_sentence_frame("a" * 29 + "!"), schema.empty("quotes"), lexicon=path)
    assert time.process_time() - t0 < 1


@pytest.mark.parametrize("term", [r"re:(a++)+$", r"re:(?>a+)+b", r"re:\bjust causes?\b", r"re:x(?:a|b)+", r"re:(?:cause|war)s?"])
def test_a_pattern_that_cannot_backtrack_without_bound_is_accepted(term):
    from dossier.extractors.rhetoric.themes_patterns import compile_pattern

    assert compile_pattern(term).pattern == term[len(REGEX_PREFIX) :]


@pytest.mark.parametrize(
    "content, message",
    [
        ("theme,term,window\nx,y,0\n", "window '0'"),
        ("theme,term,window\nx,y,five\n", "window 'five'"),
        ("theme,term,voice\nx,y,kcna\n", "voice 'kcna'"),
        ("theme,term,near\nx,y,friendship|--\n", "holds no word"),
    ],
)
def test_a_bad_guard_is_refused_naming_the_term(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParameterError, match=f"'y'.*{re.escape(message)}|{re.escape(message)}.*'y'"):
        themes(_sentence_frame("x y"), schema.empty("quotes"), lexicon=path)


def test_a_lexicon_with_guards_of_its_own_is_read_and_applied(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "theme,term,avoid,window,notes\nsieges,siege,mentality,2,not a siege mentality\nsieges,blockade,,,\n",
        encoding="utf-8",
    )
    found = _hits("the siege of Kursk and a siege mentality, then a blockade", lexicon=path)
    assert found["words"].tolist() == ["siege", "blockade"]


def test_a_lexicon_written_back_by_pandas_reads_the_same(tmp_path):
    table = read_lexicon()
    path = tmp_path / "round.csv"
    # a row without a window makes pandas write the column as floats ("4.0")
    pd.concat([table, pd.DataFrame([{"theme": "t", "term": "siege"}])]).to_csv(path, index=False)
    again = read_lexicon(path)
    assert again.iloc[: len(table)].equals(table)
    assert again["window"].iloc[-1] == 4 and again["voice"].iloc[-1] == "any"


# --- the narration of state media -------------------------------------------


def _source_frame(source: str, aid: str = "a1") -> pd.DataFrame:
    return pd.DataFrame({"article_id": [aid], "source": [source]})


@pytest.mark.parametrize(
    "source, voice",
    [
        ("KCNA", "state"),  # Pyongyang's own agency: its narration is the state's words
        ("Rodong Sinmun", "state"),
        ("TASS", "state"),  # Moscow's
        ("Reuters", "reporting"),  # a wire's narration is the reporter's
        ("NK News", "reporting"),
    ],
)
def test_a_state_medium_narrates_in_the_state_voice(source, voice):
    text = "The delegation denounced the proxy war that the West is waging against the Russian people."
    sents = _sentence_frame(text)
    found = themes(sents, schema.empty("quotes"), articles=_source_frame(source))
    # "the West" and "proxy war" count in the state voice only: the voice decides whether they are hits at all.
    assert (len(found) > 0) == (voice == "state")
    assert set(found["voice"].astype(str)) <= {voice}


@pytest.mark.parametrize(
    "source, voice",
    [
        # A state body publishing its own record narrates in its state's voice, as a state medium does.
        ("Kremlin", "state"),
        ("Russian Foreign Ministry", "state"),
        ("DPRK Foreign Ministry", "state"),
        ("Ukrainian Foreign Ministry", "reporting"),  # a body, but of no state whose frames these are
        ("Dmitry Peskov", "reporting"),  # a person is no publisher
    ],
)
def test_a_state_body_publishing_its_record_narrates_in_the_state_voice(source, voice):
    text = "The delegation denounced the proxy war that the West is waging against the Russian people."
    found = themes(_sentence_frame(text), schema.empty("quotes"), articles=_source_frame(source))
    assert (len(found) > 0) == (voice == "state")


def test_state_narration_is_per_article():
    text = "Officials spoke of the proxy war of the West for an hour."
    sents = pd.concat([_sentence_frame(text, "kcna"), _sentence_frame(text, "ap")], ignore_index=True)
    arts = pd.concat([_source_frame("KCNA", "kcna"), _source_frame("AP", "ap")], ignore_index=True)
    found = themes(sents, schema.empty("quotes"), articles=arts)
    assert set(found["article_id"]) == {"kcna"}
    # Without the articles' sources, nothing tells the agency's narration from the wire's.
    assert themes(sents, schema.empty("quotes")).empty
