"""dossier.estimate_claims and claim_relays: who a figure is credited to, and through whom, across an article."""

from __future__ import annotations

import time

import pandas as pd
import pytest

import dossier
from dossier.extractors.claims.claimant_written import as_named
from dossier.extractors.claims.estimate_claimants import normalise
from dossier.extractors.claims.claim_relays import quotations
from dossier.extractors.figures.estimates import estimates
from estimate_readings import one, run


def claim(quantity: str, *paragraphs: str) -> tuple[str | None, str | None]:
    """(claimant, claimant_via) of the one figure ``quantity`` of the article."""
    df = run(*paragraphs)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once:\n{df[['quantity_text', 'claimant']]}"
    r = rows.iloc[0]
    return (None if pd.isna(r["claimant"]) else r["claimant"], None if pd.isna(r["claimant_via"]) else r["claimant_via"])


NIS = "National Intelligence Service"

CONSTRUCTIONS = [
    # The sentence before names the source; "it" in the next one is that body, not a place or a person.
    (
        "about 4,000",
        ["South Korea's National Intelligence Service briefed legislators in Seoul on Friday. It estimated that about 4,000 North Korean soldiers had been wounded."],
        (NIS, None),
    ),
    # "the spy agency" is the last intelligence body named.
    (
        "some 2,500",
        ["The National Intelligence Service met the committee on Tuesday.", "The spy agency said some 2,500 more troops had arrived since March."],
        (NIS, None),
    ),
    # A following clause names the relay and, after "citing", the source.
    (
        "About 3,500",
        [
            "Rep. Lee Dong-hyun of the intelligence committee spoke after a closed session with the National Intelligence Service.",
            "About 3,500 North Korean troops have been wounded, Lee said, citing the agency.",
        ],
        (NIS, "Lee Dong-hyun"),
    ),
    # "lawmakers briefed by the spy agency": the agency is the source, the lawmakers the relay.
    (
        "around 8,000",
        ["The National Intelligence Service reported to parliament on Monday.", "According to lawmakers briefed by the spy agency, around 8,000 troops remain in Kursk."],
        (NIS, "lawmakers"),
    ),
    (
        "nearly 900",
        ["Legislators briefed by the National Intelligence Service on Monday said nearly 900 soldiers had died."],
        (NIS, "lawmakers"),
    ),
    # The passive of telling: whoever was told passes on what the teller said.
    (
        "Nearly 900",
        ["Nearly 900 soldiers have died, lawmakers were told by the NIS on Monday."],
        (NIS, "lawmakers"),
    ),
    (
        "nearly 900",
        ["A ruling-party lawmaker said she was told by the National Intelligence Service that nearly 900 soldiers had died."],
        (NIS, "lawmakers"),
    ),
    # A newspaper citing an intelligence service, either way round.
    (
        "roughly 5,000",
        ["The Times, citing Western intelligence, reported that roughly 5,000 shells a day were arriving from the North."],
        ("Western intelligence", "The Times"),
    ),
    (
        "roughly 5,000",
        ["Western intelligence officials, cited by The Times, estimated that roughly 5,000 shells a day were arriving from the North."],
        ("Western intelligence", "The Times"),
    ),
    # A source told a news medium: the medium relays; the head of the phrase is the person, not his service.
    (
        "at least 150",
        ["Ukraine's intelligence chief Kyrylo Budanov told Bloomberg that at least 150 howitzers had been delivered."],
        ("Kyrylo Budanov", "Bloomberg"),
    ),
    # "It estimated ..., according to lawmakers who attended": the source's figure, passed on by lawmakers.
    (
        "about 700",
        ["The NIS held a closed briefing on Thursday.", "It estimated that about 700 soldiers had been killed, according to lawmakers who attended the session."],
        (NIS, "lawmakers"),
    ),
    # A relay named alone later passes on the source it was said to pass on.
    (
        "some 1,200",
        [
            "Lawmakers briefed by the National Intelligence Service said the troops had moved to the front.",
            "Of those, some 1,200 have been wounded, the lawmakers said.",
        ],
        (NIS, "lawmakers"),
    ),
    # A figure inside a quotation is its speaker's, whatever the quotation says of "our intelligence".
    (
        "9,000",
        ["“By our intelligence, 9,000 of their soldiers are on our soil,” Ukrainian President Volodymyr Zelensky said on Monday."],
        ("Volodymyr Zelensky", None),
    ),
    # ... and a source the speaker names in it is the source, the speaker the relay, found by surname.
    (
        "about 2,200",
        [
            "Rep. Lee Dong-hyun of the intelligence committee spoke to reporters.",
            '"The NIS assesses that about 2,200 soldiers have died," Lee said.',
        ],
        (NIS, "Lee Dong-hyun"),
    ),
    # "he said" after a quotation: the last person named.
    (
        "forty",
        ["Kim Jong Un spoke at the ceremony in Pyongyang.", "“We lost forty soldiers on foreign soil,” he said."],
        ("Kim Jong Un", None),
    ),
    # A quotation running over two sentences: the speaker is named where it closes.
    (
        "Twenty thousand",
        ['"Twenty thousand troops is a field army. It changes the front," said Han Ji-woo, a researcher at a Seoul institute.'],
        ("Han Ji-woo", None),
    ),
    # One who speaks for a body speaks as the body.
    (
        "about 6,500",
        ["Pentagon deputy press secretary Jane Ortiz said about 6,500 troops had moved west."],
        ("the Pentagon", None),
    ),
    # An aside between the subject and its verb; a person's affiliation after "of".
    (
        "2,000",
        ["Sergei Shoigu, the secretary of Russia's Security Council, announced that 2,000 builders would arrive."],
        ("Sergei Shoigu", None),
    ),
    (
        "more than 4 million",
        ["Maria Lindqvist of the Nordic Defence Institute has estimated that Russia will fire more than 4 million shells."],
        ("Maria Lindqvist", None),
    ),
    # ", saying ...": the sentence's subject claims it.
    (
        "more than 5,000",
        ["Britain's Ministry of Defence gave a higher figure, saying that more than 5,000 troops had been killed or wounded."],
        ("UK Ministry of Defence", None),
    ),
    # "the group" is the last monitoring body named.
    (
        "More than 150",
        ["The Multilateral Sanctions Monitoring Team published its second report.", "More than 150 missiles were shipped, the group said."],
        ("Multilateral Sanctions Monitoring Team", None),
    ),
    # A relay's own verb: "X told reporters that <source> believes ...", or "..., the lawmakers said." ending the sentence.
    (
        "900",
        ["Rep. Cho Min-seo of the opposition, a former general, told reporters that the National Intelligence Service believes 900 troops have arrived."],
        (NIS, "Cho Min-seo"),
    ),
    (
        "around 1,800",
        ["The National Intelligence Service now estimates that around 1,800 soldiers have died, the lawmakers told reporters."],
        (NIS, "lawmakers"),
    ),
    # An impersonal passive credits unnamed sources, unless the sentence names someone.
    ("some 4,000", ["The North is believed to have sent some 4,000 engineers."], ("unattributed reports", None)),
    ("some 4,000", ["The NIS said the North is believed to have sent some 4,000 engineers."], (NIS, None)),
    # A role with no name, and a surname, are the person the article's account says.
    (
        "3,000",
        [
            "Sergei Shoigu, the secretary of Russia's Security Council, arrived in Pyongyang on Tuesday.",
            '"Three battalions, 3,000 builders, will follow," the Security Council secretary said.',
        ],
        ("Sergei Shoigu", None),
    ),
    # Canonical names: "Seoul's spy agency", "Kyiv", "HUR", "Ukraine's military intelligence", "the South".
    ("7,500", ["Seoul's spy agency said 7,500 troops had been sent."], (NIS, None)),
    ("7,500", ["Kyiv said 7,500 troops had been sent."], ("Ukrainian government", None)),
    ("7,500", ["HUR estimates that 7,500 troops had been sent."], ("Ukrainian military intelligence (HUR)", None)),
    ("7,500", ["Ukraine's military intelligence said 7,500 troops had been sent."], ("Ukrainian military intelligence (HUR)", None)),
    ("7,500", ["North Korea denies it. The South said 7,500 troops had been sent."], ("South Korean government", None)),
    ("7,500", ["The Pentagon said 7,500 troops had been sent."], ("the Pentagon", None)),
    # A capitalised word inside a name is no reporting verb: "States" in "the United States" is not "states".
    (
        "about 2,500",
        ["Ambassador Linda Thomas-Greenfield told the council that the United States had seen about 2,500 soldiers board trains."],
        ("Linda Thomas-Greenfield", None),
    ),
    # "speak of" and "repeat" report a figure; an aside may part the subject from its verb.
    ("thousands", ["The Pentagon, which rarely comments on losses, spoke of thousands of casualties."], ("the Pentagon", None)),
    ("several hundred", ["Most analysts speak of several hundred launchers."], ("analysts", None)),
    (
        "4,000",
        ["Kyrylo Budanov, the head of Ukraine's military intelligence, spoke to reporters on Friday.", "Budanov repeated that 4,000 troops were wounded."],
        ("Kyrylo Budanov", None),
    ),
    # Pictures released, aired or published by a medium are that medium's account of what they show.
    ("62", ["Images aired by Korean Central Television showed portraits of 62 fallen soldiers."], ("Korean Central Television", None)),
    ("40", ["Photographs released by the North's state media showed 40 soldiers being decorated."], ("DPRK state media", None)),
    # A description's possessive before an estimate noun, past a date or "latest": the body it refers back to.
    (
        "about 1,000",
        ["The National Intelligence Service briefed a committee on Friday.", "The toll is twice the agency's June estimate of about 1,000 soldiers killed."],
        (NIS, None),
    ),
    ("3,000", ["Seoul's latest estimate puts the deployment at 3,000 troops."], ("South Korean government", None)),
    # ", acknowledging that ...": the claim of the sentence's subject, read past a wire's dateline.
    (
        "seven",
        ["PYONGYANG, May 2 (AP) -- North Korean leader Kim Jong Un visited a hospital, acknowledging that seven soldiers had died."],
        ("Kim Jong Un", None),
    ),
    # Prosecutors of a country are its prosecutor general's office.
    ("about 70", ["Ukrainian prosecutors say about 70 missiles hit Kharkiv."], ("Prosecutor General's Office of Ukraine", None)),
    # "The head of state" is the last president named.
    (
        "three",
        ["President Volodymyr Zelensky met the families on Sunday.", "The head of state added that three more soldiers had been captured."],
        ("Volodymyr Zelensky", None),
    ),
    # "Its spokesman" speaks for the body "it" stands for: the last one named, not a person.
    (
        "nearly 900",
        ["Ukraine's military disputed the Russian account on Monday.", "Its spokesman said nearly 900 North Korean soldiers had been wounded."],
        ("Ukrainian military", None),
    ),
    (
        "about 40",
        ["South Korea's spy agency briefed a parliamentary committee. Their spokeswoman said about 40 officers had been captured."],
        (NIS, None),
    ),
    # An aside between the subject and its verb: the subject before it claims the figure.
    (
        "roughly 2,500",
        ["An official at Ukraine's defence intelligence agency, speaking on condition of anonymity, estimated that roughly 2,500 soldiers had been lost."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    (
        "some 8,000",
        ["South Korea's defence ministry, in a statement released on Tuesday, said some 8,000 shells had been shipped."],
        ("South Korean Ministry of National Defense", None),
    ),
    # The body that wrote a report claims its figures.
    (
        "about 150",
        ["According to a study by the Example Centre for Defence Research, about 150 howitzers have been delivered."],
        ("Example Centre for Defence Research", None),
    ),
    # "to" of "according to" makes no place of the source after it: "they" refers back to it.
    (
        "Some 2,000",
        [
            "Kyiv says it has downed dozens of drones this week.",
            "According to Western officials, Pyongyang has also sent engineers.",
            "Some 2,000 of them have arrived in the Kursk region, they said.",
        ],
        ("Western officials", None),
    ),
    # A lead that describes its source names it in a paragraph that follows.
    (
        "about 2,500",
        [
            "Pyongyang has sent about 2,500 more workers to Russian factories, the spy agency said Friday.",
            "The National Intelligence Service gave the figure in a closed-door briefing.",
        ],
        (NIS, None),
    ),
    # A possessive that names no one ("the nation's") leaves a description that refers as well.
    (
        "At least 900",
        [
            "At least 900 more troops have reached the front, South Korean lawmakers said, citing the nation's spy agency.",
            "Lawmakers were briefed by the National Intelligence Service on Monday.",
        ],
        (NIS, "lawmakers"),
    ),
    # "The official" is the body the official named before speaks for.
    (
        "some 1,200",
        [
            "A senior Western official said the shipments had continued through the winter.",
            "The official said that some 1,200 North Korean soldiers had been wounded.",
        ],
        ("Western officials", None),
    ),
    # A place after the head it modifies is where, not who: the source speaks, not the province.
    (
        "Some 3,000",
        ["Some 3,000 laborers have left for Russian building sites this spring, a source inside South Hwanghae Province told the newspaper."],
        ("unattributed reports", None),
    ),
    (
        "roughly 400",
        ["Pyongyang picked roughly 400 soldiers for the next rotation, a source in North Hwanghae province told the website."],
        ("unattributed reports", None),
    ),
    (
        "About 1,100",
        ["About 1,100 soldiers were wounded, lawmakers in Seoul said."],
        ("lawmakers", None),
    ),
    # A figure that goes on from one claimed in the sentence before goes on with its claim.
    (
        "Roughly 2,100",
        [
            "The National Intelligence Service told lawmakers that about 13,000 soldiers had been deployed.",
            "Roughly 2,100 of them have since been wounded.",
        ],
        (NIS, None),
    ),
    (
        "900",
        ["Kyiv said 4,000 North Koreans had been killed or wounded in March.", "Of those, 900 died of their wounds."],
        ("Ukrainian government", None),
    ),
    # After "citing", evidence is no source: the clause's subject claims the figure, through no one.
    (
        "About 2,500",
        ["About 2,500 more soldiers may be sent this summer, the Joint Chiefs of Staff said, citing signs of training near Wonsan."],
        ("Joint Chiefs of Staff", None),
    ),
    (
        "some 40",
        ["Pyongyang has shipped some 40 launchers since May, Ukraine's defence ministry said, citing satellite imagery of the port."],
        ("Ukrainian Ministry of Defence", None),
    ),
    (
        "Nearly 700",
        ["Nearly 700 soldiers have deserted, Rep. Yoo Sang-bum said, citing a shortage of food at the front."],
        ("Yoo Sang-bum", None),
    ),
    # An aside that sets the speaker against another parts subject and verb.
    (
        "2,600",
        ["Kyiv's estimate was lower. Zelensky, for his part, put North Korean losses at 2,600."],
        ("Volodymyr Zelensky", None),
    ),
    (
        "about 9,000",
        ["The Pentagon, by contrast, estimated that about 9,000 soldiers were near the border."],
        ("the Pentagon", None),
    ),
    # "according to" a list of claimants sharing a head noun is one joint source, as written; a comma before other
    # words ends it.
    (
        "At least 11,000",
        ["At least 11,000 soldiers have crossed into Russia, according to Ukrainian, South Korean and U.S. officials."],
        ("Ukrainian, South Korean and U.S. officials", None),
    ),
    (
        "Some 600",
        ["Some 600 soldiers have died, according to the NIS, which briefed lawmakers and the press on Friday."],
        (NIS, None),
    ),
    # A state's body owned by another of the state's names: the capital's possessive is the state's.
    (
        "about 2,300",
        ["Kyiv's intelligence agency estimates that about 2,300 North Korean soldiers have been wounded."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    (
        "1,500",
        ["Moscow's defence ministry said 1,500 sappers from the North would arrive in June."],
        ("Russian Ministry of Defence", None),
    ),
    # Monitors and institutes that count the North's weapons and soldiers.
    (
        "14",
        ["Conflict Armament Research said 14 missiles that struck Kharkiv were made in North Korea."],
        ("Conflict Armament Research", None),
    ),
    (
        "around 2,000",
        ["KINU, a state-funded institute in Seoul, estimated that around 2,000 soldiers had rotated home."],
        ("Korea Institute for National Unification", None),
    ),
    # The holder of an office named by his state's possessive, under any of the state's names.
    (
        "1,200",
        ["Pyongyang will send 1,200 more sappers to Kursk, Moscow's security chief said after his visit."],
        ("Sergei Shoigu", None),
    ),
    # A body no vocabulary knows, by the owner of its figures, and a title word that opens a body's name kept.
    (
        "some 3,100",
        ["According to the Joint Operations Staff's latest figures, some 3,100 North Korean soldiers have been wounded."],
        ("Joint Operations Staff", None),
    ),
    (
        "about 1,900",
        ["The General Staff's daily tally put North Korean losses at about 1,900."],
        ("General Staff", None),
    ),
    # The relay named before a relative clause that says it was briefed.
    (
        "Some 600",
        ["Some 600 North Korean soldiers have been captured or killed, according to Rep. Yoo Yong-won, who was briefed by the NIS."],
        (NIS, "Yoo Yong-won"),
    ),
    # A modifier may stand before the document ("a new report by").
    (
        "Nearly 90",
        ["Nearly 90 rocket launchers have crossed the border, according to a fresh analysis by the Example Centre for Arms Studies."],
        ("Example Centre for Arms Studies", None),
    ),
    # A relative clause without commas between a subject and its verb: the subject speaks, not a place in it.
    (
        "about 700",
        ["A Ukrainian officer who served near Sudzha said about 700 North Korean soldiers held the sector."],
        ("Ukrainian military", None),
    ),
    (
        "roughly 2,000",
        ["A lawmaker who attended the briefing in Seoul said roughly 2,000 North Korean troops had been wounded."],
        ("lawmakers", None),
    ),
    # Ukraine's prosecutors: the office by any of its names, its head by name when named.
    (
        "34",
        ["Kyiv has documented the strikes. The prosecutor's office said debris of 34 North Korean missiles had been examined."],
        ("Prosecutor General's Office of Ukraine", None),
    ),
    (
        "about 60",
        ["Ukraine's prosecutor general Ruslan Kravchenko said about 60 North Korean missiles had hit Ukrainian cities."],
        ("Ruslan Kravchenko", None),
    ),
    # A government's source without a state is the government of the medium that passes it on.
    (
        "about 1,500",
        ["TASS, quoting a government source, said about 1,500 North Korean builders would arrive in Kursk this summer."],
        ("Russian government", "TASS"),
    ),
    # A state's adjective before a claim noun credits that state's government.
    (
        "tens of thousands",
        ["Russia has lost tens of thousands of soldiers near Pokrovsk, according to Ukrainian figures that "
         "could not be verified."],
        ("Ukrainian government", None),
    ),
    # Someone unnamed who opens the sentence speaks for the body of their kind named before.
    (
        "roughly 9,000",
        ["Pentagon officials briefed reporters on Tuesday.",
         "A senior official said roughly 9,000 North Korean troops were now in the Kursk region."],
        ("the Pentagon", None),
    ),
    # What a source knows follows its head: the words before it say whose source it is.
    (
        "about 1,800",
        ["A Ukrainian intelligence source familiar with reports from the front line in Kursk said about 1,800 "
         "North Korean soldiers had been rotated home."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # When a body spoke is no part of its description ("the spy agency on Tuesday").
    (
        "about 2,500",
        ["The National Intelligence Service briefed the intelligence committee.",
         "Lawmakers briefed by the spy agency on Tuesday said about 2,500 North Korean troops had moved to the front."],
        (NIS, "lawmakers"),
    ),
    (
        "Some 800",
        ["Ukraine's military intelligence has tracked the deployment.",
         "Some 800 more North Koreans arrived in Kursk, according to the agency in November."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # Unnamed state media in an article about North Korea are the North's; Russia's are named as such.
    (
        "27",
        ["Pyongyang buried 27 soldiers killed in Kursk at a new cemetery, state media said on Monday."],
        ("DPRK state media", None),
    ),
    (
        "1,500",
        ["North Korea's leader watched the drill. Russia's state media said 1,500 North Korean soldiers were trained."],
        ("Russian state media", None),
    ),
    # An unnamed official in a place of a state is that state's official.
    (
        "about 90",
        ["One district official in Belgorod said about 90 North Korean soldiers were treated in local hospitals."],
        ("Russian officials", None),
    ),
    (
        "Roughly 40",
        ["Roughly 40 Russian soldiers were captured near the border, according to officials in the Sumy region."],
        ("Ukrainian officials", None),
    ),
    # A body's verbs of detecting report its figure inside a clause a lawmaker tells: the body claims, the lawmaker relays.
    (
        "about 600",
        ["Rep. Kim Byung-joo said the NIS had detected about 600 more North Korean soldiers heading to the front."],
        (NIS, "Kim Byung-joo"),
    ),
    (
        "roughly 400",
        ["According to lawmaker Yoo Yong-won, South Korea's spy agency has identified roughly 400 more North Korean troops in Kursk."],
        (NIS, "Yoo Yong-won"),
    ),
    (
        "at least 15",
        ["Lawmaker Yoo Yong-won said the National Intelligence Service spotted at least 15 cargo ships at Rajin last month."],
        (NIS, "Yoo Yong-won"),
    ),
    (
        "some 20",
        ["The Japanese defence minister said Tokyo had tracked some 20 ballistic missiles fired since January."],
        ("Japanese government", None),
    ),
    # "according to him" inside the clause a reporting verb reports is that verb's subject, not one named before.
    (
        "up to 3,000",
        ["Sergei Shoigu visited Pyongyang in June.",
         "A source close to the Russian Defence Ministry told Izvestia that, according to him, up to 3,000 North Korean "
         "deminers would reach Kursk by spring."],
        ("Russian Ministry of Defence", "Izvestia"),
    ),
    (
        "about 2,500",
        ["Kyrylo Budanov spoke on Monday.",
         "Andriy Kovalenko told reporters on Thursday that, according to him, about 2,500 North Korean soldiers had been wounded."],
        ("Andriy Kovalenko", None),
    ),
    # A state's estimates with no owner named are its government's, even after one of its bodies was named: the
    # words name the state, and which of its bodies counted is a guess.
    (
        "about 7,000",
        ["Britain's Ministry of Defence has tracked the deployment since November.",
         "According to British estimates, about 7,000 North Korean soldiers have been killed or wounded."],
        ("British government", None),
    ),
    (
        "up to 9,000",
        ["By French estimates, up to 9,000 North Korean troops remain in the Kursk region."],
        ("French government", None),
    ),
    (
        "around 300",
        ["Tokyo has raised the matter with Seoul.", "Japanese estimates put the number of missiles at around 300."],
        ("Japanese government", None),
    ),
    # One of a group described by age is one person among them, never the state the group was last put near: of
    # soldiers made prisoners, their state's prisoner of war (devset README: "North Korean prisoner of war").
    (
        "about 80",
        ["Ukraine's SBU is holding two North Korean soldiers captured in Kursk. One, a 22-year-old private, said about 80 "
         "men of his company had been killed."],
        ("North Korean prisoner of war", None),
    ),
    (
        "at least 30",
        ["Several North Korean defectors spoke to a Seoul newspaper this week. One, a former officer in her 30s, said "
         "at least 30 men from her town had been killed in Russia."],
        (None, None),
    ),
    # "talked of" reports a figure as "spoke of" does.
    (
        "some 7,000",
        ["Seoul put the deployment at 11,000 troops. Andriy Yermak has talked of some 7,000 more."],
        ("Andriy Yermak", None),
    ),
]


@pytest.mark.parametrize("quantity, paragraphs, expected", CONSTRUCTIONS)
def test_claimant_and_relay(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


def test_a_dprk_state_medium_claims_the_figures_it_states_itself():
    text = "Twelve fallen soldiers were honoured. The 12 martyrs were awarded the title of Hero."
    arts = pd.DataFrame({"article_id": ["k", "w"], "text": [text, text], "published": [pd.Timestamp("2025-03-04")] * 2, "source": ["KCNA", "Reuters"]})
    df = estimates(dossier.sentences(arts), arts)
    got = df[df["quantity_text"] == "12"].set_index("article_id")["claimant"]
    assert got["k"] == "KCNA"
    assert pd.isna(got["w"])  # a wire's own statement of a figure has no claimant


def test_who_introduces_a_quotation_with_a_colon_claims_only_the_quotation():
    arts = pd.DataFrame(
        {
            "article_id": ["k"],
            "text": ['Kim Jong Un toured the exhibition on Sunday. Walking past some 30 captured tanks, he said: "Our 500 soldiers fought bravely."'],
            "published": [pd.Timestamp("2025-03-04")],
            "source": ["KCNA"],
        }
    )
    df = estimates(dossier.sentences(arts), arts).set_index("quantity_text")["claimant"]
    assert df["some 30"] == "KCNA"
    assert df["500"] == "Kim Jong Un"


def test_an_alias_that_needs_context_names_no_claimant_without_it():
    # "the South" is South Korea only where Korea is the subject.
    assert claim("7,500", "In Sudan's civil war, the South said 7,500 fighters had crossed the border.") == ("South", None)


def test_a_quotation_standing_alone_goes_on_from_the_one_before():
    got = claim(
        "a few thousand",
        '"Engineers are only the start," said Ko Eun-ji, a professor at a Busan university. "If the front needs men, a few thousand more troops could follow."',
    )
    assert got == ("Ko Eun-ji", None)


def test_a_place_is_not_what_it_refers_back_to():
    got = claim("300", "The NIS spoke to lawmakers in Seoul.", "It said 300 soldiers had been captured.")
    assert got == (NIS, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine's intelligence chief Kyrylo Budanov", "Kyrylo Budanov"),
        ("HUR estimates", "Ukrainian military intelligence (HUR)"),
        ("the British newspaper The Times", "The Times"),
        ("South Korea's defence ministry", "South Korean Ministry of National Defense"),
    ],
)
def test_the_head_of_the_phrase_names_the_claimant(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person under a title whose state or body comes first is the person, known or not.
        ("Japanese Defence Minister Nakamura Daisuke", None),
        ("South Korean Foreign Minister Park Min-ho", None),
        ("the NIS Director Choi Jae-won", None),
        # One who speaks for the body speaks as the body; a body's name that opens with a title's word is the body.
        ("JCS spokesperson Col. Han Dong-su", "Joint Chiefs of Staff"),
    ],
)
def test_a_titled_person_is_no_body(text, expected):
    assert normalise(text) == expected


def test_a_titled_minister_of_a_state_claims_the_figure():
    got = claim(
        "about 250",
        "South Korean Foreign Minister Park Min-ho told a news conference the North had shipped about 250 "
        "launchers to Russia this year.",
    )
    assert got == ("Park Min-ho", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep. Han Mi-ra", "Han Mi-ra"),
        ("Jack Doe of RUSI", "Jack Doe"),
        ("Prosecutor General's Office of Moldova", "Prosecutor General's Office of Moldova"),
        ("the Example Institute", "Example Institute"),
        ("a report by the Example Institute", "Example Institute"),
        ("an assessment from Example Analytics", "Example Analytics"),
        ("Report Watch", "Report Watch"),  # a document word that is the name's own
    ],
)
def test_an_unknown_claimant_keeps_its_name_without_title_or_affiliation(text, expected):
    assert as_named(text) == expected


@pytest.mark.parametrize(
    "text, spans",
    [
        ('"Ten," she said.', [(1, 5)]),
        ("“Ten,” she said, “or more.”", [(1, 5), (18, 26)]),
        ('"Left open to the end', [(1, 21)]),
        ('closed here," said Kim.', [(0, 12)]),
    ],
)
def test_quotations(text, spans):
    assert quotations(text) == spans


@pytest.mark.parametrize(
    "unit",
    [
        "according to the NIS and ",
        "lawmakers citing the NIS said 300 troops and ",
        '"the NIS assesses 300 troops," Park said and ',
        "Shoigu, the secretary, said 10 troops and ",
        "según the NIS said 300 troops, ",
    ],
)
def test_a_sentence_repeating_a_construction_is_read_in_near_linear_time(unit):
    def seconds(n: int) -> float:
        text = "Pyongyang sent troops " + unit * n + "end."
        arts = pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.Timestamp("2025-01-01")]})
        sents = dossier.sentences(arts)
        t = time.process_time()
        estimates(sents, arts)
        return time.process_time() - t

    seconds(50)  # warm the caches
    small, large = min(seconds(150) for _ in range(2)), min(seconds(600) for _ in range(2))
    # Four times the text: linear is about 4 times the time, quadratic 16.
    assert large < 9 * small + 0.05, (small, large)


# --- constructions of wire and think-tank copy ---------------------------------------

WIRE = [
    # "An estimated" opens a figure: "estimated" after an article is no reporting verb with "An" its subject.
    ("An estimated 9,500", ["An estimated 9,500 North Korean troops remain near Kursk, Western officials said."], ("Western officials", None)),
    ("An estimated 2,000", ["An estimated 2,000 North Korean soldiers have died, according to Ukraine's military intelligence."],
     ("Ukrainian military intelligence (HUR)", None)),
    # The body that wrote a report, named before "report" or after "a report by", claims its figures.
    ("about 7,000", ["A CSIS report estimated that about 7,000 North Korean troops had been wounded."],
     ("Center for Strategic and International Studies", None)),
    ("some 4 million", ["A study by the Royal United Services Institute found that some 4 million shells had been delivered."],
     ("Royal United Services Institute (RUSI)", None)),
    ("roughly 90", ["The latest 38 North analysis concluded that roughly 90 trains had crossed the Tumen."], ("38 North", None)),
    ("1,200", ["Ukraine's military intelligence revealed that 1,200 North Korean troops had been wounded."],
     ("Ukrainian military intelligence (HUR)", None)),
    # An unnamed source names no one: its figures are unattributed, passed on by the outlet that cites it.
    ("about 800", ["NK Pro reported, citing a source in South Pyongan province, that about 800 soldiers had left."],
     ("unattributed reports", "NK Pro")),
    ("Some 2,400", ["Some 2,400 more troops are on their way, sources said."], ("unattributed reports", None)),
    ("4,500", ["People familiar with the matter said 4,500 conscripts were in training."], ("unattributed reports", None)),
    # The periods of "U.S." and "Gen." end no claimant's name.
    ("some 700", ["According to a U.S. official, some 700 North Korean soldiers have been wounded."], ("United States government", None)),
    ("1,300", ["NK Pro reported, citing a U.S. official, that 1,300 soldiers had moved west."], ("United States government", "NK Pro")),
    ("about 5,000", ["The UK's Defence Intelligence said about 5,000 North Korean troops had been wounded."], ("UK Defence Intelligence", None)),
    # "the source" is the unnamed source in a place named before, by a verb or a cue; one in no place names no one.
    # Either way its figures are unattributed reports (who it is: claimant_text, test_claimant_unnamed_reports.py).
    ("about 70", ["A source in Chagang province told the outlet that drafting had resumed.",
                  "According to the source, about 70 conscripts left the county in May."],
     ("unattributed reports", None)),
    ("roughly 40", ["A source in Chagang province told the outlet that drafting had resumed.",
                    "The source said roughly 40 conscripts were sent to the front."],
     ("unattributed reports", None)),
    ("about 70", ["A source close to the party said drafting had resumed.",
                  "According to the source, about 70 conscripts left the county in May."], ("unattributed reports", None)),
    # The agent of a passive link, after its figure or between the verb and its "at", is the claimant.
    ("1,150", ["The toll among the North's soldiers was estimated at 1,150 by Ukraine's military intelligence."],
     ("Ukrainian military intelligence (HUR)", None)),
    ("around 3,500", ["North Korean losses were put by the NIS at around 3,500 in its latest briefing."], (NIS, None)),
    ("about 2,000", ["Wounded North Koreans were pegged at about 2,000 soldiers by Western officials."], ("Western officials", None)),
    # A long agent ends where a place's preposition follows a name the vocabularies know.
    ("1,700", ["Losses were estimated at 1,700 by the British Ministry of Defence in its regular update on the war in Ukraine."],
     ("UK Ministry of Defence", None)),
    # "by" and a time is when, not who.
    ("900", ["The contingent's losses were put at 900 by March."], (None, None)),
    # Government sources of a state the vocabularies know are its government, passed on by the outlet citing them.
    ("Some 1,800", ["Some 1,800 engineers have left for Kursk, Kyodo reported, citing Japanese government sources."],
     ("Japanese government", "Kyodo News")),
    # An official of a U.S. administration speaks for the U.S. government; "the administration" alone needs a U.S. article.
    ("some 2,300", ["A senior U.S. administration official said some 2,300 North Korean soldiers had been wounded."],
     ("United States government", None)),
    ("around 80", ["Trump administration officials told reporters around 80 launchers had been shipped."], ("United States government", None)),
    ("about 1,900", ["The White House declined to comment.", "A senior administration official said about 1,900 soldiers were in training."],
     ("United States government", None)),
    # A name set off by commas after a description of its bearer is the subject; a spokesperson speaks as the body.
    ("some 3,800", ["The chief of Ukraine's military intelligence, Kyrylo Budanov, said some 3,800 had been wounded."],
     ("Kyrylo Budanov", None)),
    ("about 600", ["A senior fellow at the institute, Jane Roe, said about 600 shells a day were fired."], ("Jane Roe", None)),
    ("roughly 9,000", ["The Pentagon's press secretary, Jane Roe, said roughly 9,000 troops were in Kursk."], ("the Pentagon", None)),
    # A participle after an attribution is that attribution's subject's, not the sentence's first name's.
    ("about 180", ["Pyongyang has shipped more shells, the NIS said, adding that the North had sent about 180 howitzers."],
     ("National Intelligence Service", None)),
    # A personal pronoun is a reporting verb's subject wherever it stands.
    ("scores", ["Ukraine's special operations forces posted video they say shows scores of North Korean soldiers killed."],
     ("Ukrainian Special Operations Forces", None)),
    # A briefing by a source makes those briefed its relay.
    ("about 2,600", ["Lawmakers said after a closed-door briefing by the NIS that about 2,600 soldiers had been wounded."],
     ("National Intelligence Service", "lawmakers")),
]


@pytest.mark.parametrize("quantity, paragraphs, expected", WIRE)
def test_claimants_as_wire_copy_writes_them(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-word alias of a person followed by more of a name is another person
        ("Defence Minister Kim Yong-hyun", None),
        ("Kim Yo Jong", None),
        # a person with an affiliation is the person, not the body
        ("Jack Doe of RUSI", None),
        ("Andriy Yusov of Ukraine's military intelligence", "Andriy Yusov"),
        # a name after a title is the head of the phrase
        ("NATO Secretary General Mark Rutte", "Mark Rutte"),
        # outlets and bodies wire copy names
        ("The Kyiv Independent", "The Kyiv Independent"),
        ("the Royal United Services Institute", "Royal United Services Institute (RUSI)"),
        ("Ukraine's Defense Ministry", "Ukrainian Ministry of Defence"),
        ("Reuters' Zelenskiy", "Volodymyr Zelensky"),
        ("a Western official", "Western officials"),
        ("South Korea and the United States", "South Korea and the United States"),
        ("Ukraine's Main Intelligence Directorate", "Ukrainian military intelligence (HUR)"),
    ],
)
def test_names_wire_copy_gives_claimants(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. Defense Secretary Jane Roe", "Jane Roe"),
        ("Gen. John Q. Public", "John Q. Public"),
        ("Defence Minister Kim Yong-hyun", "Kim Yong-hyun"),
        ("US Secretary of State Jane Roe", "US Secretary of State Jane Roe"),  # no person before "of": kept whole
    ],
)
def test_an_unknown_person_after_a_title_is_named_without_it(text, expected):
    assert as_named(text) == expected


def test_a_name_after_a_place_word_is_no_head():
    assert normalise("a source in South Pyongan province") == "unattributed reports"
    assert normalise("Ukrainian officials in Seoul") == "Ukrainian officials"


def test_a_relays_source_is_named_without_the_clause_after_it():
    df = run("Lawmakers briefed by the NIS said 4,000 had been wounded.")
    assert df["claimant_text"].tolist() == ["the NIS"]


def test_an_outlet_naming_itself_states_the_figure_as_its_own():
    text = "ISW assesses that roughly 11,500 North Korean troops are in Kursk. Budanov told ISW that 40 howitzers had arrived."
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["ISW"], "published": [pd.Timestamp("2025-03-04")]})
    df = estimates(dossier.sentences(arts), arts)
    assert df["claimant"].isna().tolist() == [True, False]
    assert df["claimant"].tolist()[1] == "Kyrylo Budanov" and df["claimant_via"].isna().all()


def test_its_estimate_after_a_verb_points_back_to_the_body_named_before():
    assert claim("about 2,300", "Seoul's spy agency raised its estimate of soldiers killed in Kursk to about 2,300.") == (
        "National Intelligence Service", None)


def test_a_pronoun_with_nothing_before_it_is_no_one_named_after_it():
    text = ["Roughly 700 soldiers have been wounded, it said.", "The National Intelligence Service briefed lawmakers later."]
    assert claim("Roughly 700", *text) == (None, None)


def test_an_abbreviation_in_brackets_stays_in_its_subjects_words():
    df = run("Japan's Defense Intelligence Headquarters (DIH) estimated that about 1,300 rockets had been shipped.")
    assert df["claimant_text"].tolist() == ["Japan's Defense Intelligence Headquarters (DIH)"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb coordinated with the sentence's first reports for the sentence's subject.
        ("Defense Minister Kim Yong-hyun toured a frontline unit in Paju and said about 1,100 North Koreans had been wounded.", "Kim Yong-hyun"),
        # Words before "and" are no subject, and an article alone names no one.
        ("The prisoners were moved to a camp in the Sumy region and said some 400 comrades had died.", None),
    ],
)
def test_a_coordinated_reporting_verb_reports_for_the_sentences_subject(text, expected):
    df = run(text)
    assert len(df) == 1
    got = df["claimant"].iloc[0]
    assert (None if pd.isna(got) else got) == expected


def test_a_figure_of_its_own_after_a_claimed_one_is_not_its_claim():
    text = ["The National Intelligence Service said about 13,000 soldiers had been deployed.", "Pyongyang also fired 40 missiles at sea."]
    assert claim("40", *text) == (None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body no vocabulary knows owns its estimates: no unnamed reports.
        ("The Example Arms Observatory estimates that about 700 rocket launchers have been shipped.", "Example Arms Observatory"),
        # A determiner owns nothing.
        ("Several Western estimates put the contingent at about 14,000 troops.", "unattributed reports"),
    ],
)
def test_an_unknown_body_owns_its_estimates(text, expected):
    df = run(text)
    assert df["claimant"].tolist() == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # A described claimant after its verb, closed by a comma: its relative clause reports for it.
        (["“The losses are staggering,” said a senior Western official, who added that about 800 North Korean soldiers had died."], "Western officials"),
        (["The National Intelligence Service briefed lawmakers on Friday.", "Roughly 1,700 soldiers were sent, said the spy agency."], NIS),
        # A clause after the verb is no claimant.
        (["It was said the North had dispatched 1,700 soldiers."], None),
    ],
)
def test_a_described_claimant_after_its_verb(paragraphs, expected):
    df = run(*paragraphs)
    assert len(df) == 1
    got = df["claimant"].iloc[0]
    assert (None if pd.isna(got) else got) == expected


QUOTED_AS = [
    # A relaying verb and a participle of saying: the verb's object is the source, its subject the relay.
    ("some 1,100", ["Rep. Kim Byung-kee quoted the NIS as saying that some 1,100 North Korean troops had been wounded."], (NIS, "Kim Byung-kee")),
    (
        "roughly 1,800",
        [
            "The National Intelligence Service briefed the intelligence committee on Tuesday.",
            "Lawmakers quoted the spy agency as saying roughly 1,800 North Korean soldiers had been killed.",
        ],
        (NIS, "lawmakers"),
    ),
    # An object the vocabularies lack is read whole, up to its "as".
    (
        "roughly 600",
        ["Kyodo News quoted a senior Japanese coast guard official as saying roughly 600 North Korean soldiers had died in the fighting."],
        ("senior Japanese coast guard official", "Kyodo News"),
    ),
    ("about 10,000", ["The Guardian cited U.S. officials as saying about 10,000 troops had been sent to Russia."], ("United States government", "The Guardian")),
    # A participle leaves the relay to its clause's subject.
    (
        "some 400",
        ["Yonhap reported, quoting a senior military official as saying that some 400 North Korean soldiers had been captured."],
        ("senior military official", "Yonhap"),
    ),
    # The passive: its subject is the source; the relay is the one "by" names, if any.
    ("around 2,300", ["The NIS has been widely quoted as saying that around 2,300 North Korean soldiers had been wounded."], (NIS, None)),
    ("15,000", ["South Korean officials have repeatedly been cited as saying that 15,000 troops could be sent."], ("South Korean government", None)),
    ("11,000", ["Budanov was quoted by Ukrainska Pravda as saying 11,000 troops had reached Kursk."], ("Kyrylo Budanov", "Ukrainska Pravda")),
    (
        "3,000",
        ["Kyrylo Budanov spoke on Tuesday.", "He was cited by Yonhap as saying 3,000 more troops were being trained."],
        ("Kyrylo Budanov", "Yonhap"),
    ),
    # An object pronoun is the person named before it; a quotation's speaker is the one quoted.
    (
        "9,000",
        ["Kim Yo Jong addressed the rally on Friday.", "The Rodong Sinmun quoted her as saying 9,000 soldiers had been decorated."],
        ("Kim Yo Jong", "Rodong Sinmun"),
    ),
    ("Some 7,000", ["“Some 7,000 soldiers are training near Kursk,” RIA Novosti quoted Dmitry Peskov as saying."], ("Dmitry Peskov", "RIA Novosti")),
]


@pytest.mark.parametrize("quantity, paragraphs, expected", QUOTED_AS)
def test_one_quoted_as_saying_claims_and_the_one_quoting_relays(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A claimant's noun used as a title before a name is the person's title, not the group.
        ("Pyongyang has shipped about 9,000 rockets, lawmaker Cho Hyun-woo told a radio programme.", ("Cho Hyun-woo", None)),
        ("Ruling party lawmaker Cho Hyun-woo said about 9,000 rockets had been shipped.", ("Cho Hyun-woo", None)),
        # The group itself stays the group.
        ("About 9,000 rockets have been shipped, lawmakers said after the session.", ("lawmakers", None)),
    ],
)
def test_a_title_before_a_name_is_the_persons(text, expected):
    assert claim("about 9,000" if "about" in text else "About 9,000", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The agent of a participle before the sentence's verb ("X compiled by Y show") owns what the evidence shows.
        ("Shipping records compiled by the Baltic Maritime Institute show about 40 cargo runs of munitions.", "Baltic Maritime Institute"),
        ("Drone footage geolocated by Frontline Watch showed about 40 North Korean howitzers near the border.", "Frontline Watch"),
        ("Satellite pictures analysed by the Stimson Center show roughly 40 rail cars of shells waiting at Tumangang.", "Stimson Center"),
        # A verb of showing that is never a noun ends the name too, and more participles name who holds the evidence.
        ("A database compiled by Tidewater Analytics suggests about 1,400 containers of munitions.", "Tidewater Analytics"),
        ("About 1,400 containers of munitions appear in ship logs collected by Frontline Watch.", "Frontline Watch"),
    ],
)
def test_evidence_analysed_by_a_body_is_the_bodys_claim(text, expected):
    df = run(text)
    assert len(df) == 1 and df["claimant"].iloc[0] == expected, df[["quantity_text", "claimant", "claimant_text"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A claim no one is named as owning, and evidence that shows, are the article's own reading.
        ("The data suggests about 1,400 containers of munitions have crossed.", None),
        ("The seized ledgers suggest about 1,400 containers of munitions have crossed.", None),
        # Whoever says it is someone, named or not.
        ("About 1,400 containers of munitions have crossed, the air force said.", "air force"),
    ],
)
def test_evidence_as_a_subject_is_no_claimant(text, expected):
    df = run(text)
    assert len(df) == 1, df
    assert (None if pd.isna(df["claimant"].iloc[0]) else df["claimant"].iloc[0]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A demonstrative alone points back at what the article told: the inference is the article's.
        ("Seoul counts 12,000 sent. That suggests that about 3,500 soldiers are still in Kursk.", None),
        ("This means that roughly 2,200 troops were wounded in the spring.", None),
        # Before a noun it reads as "the": evidence and figures with no owner are the article's own.
        ("These figures suggest about 1,700 soldiers were killed near Sudzha.", None),
        ("Such numbers imply that some 900 troops were captured or missing.", None),
        # A demonstrative of time, or before people or a body, leaves who speaks.
        ("This week the NIS said about 2,000 soldiers had died.", "National Intelligence Service"),
        ("That spy agency, the NIS, said about 2,000 soldiers had died.", "National Intelligence Service"),
        ("Those lawmakers said about 2,000 soldiers had died.", "lawmakers"),
    ],
)
def test_a_demonstrative_subject_names_no_claimant(text, expected):
    df = run(text)
    got = df[df["quantity_text"].str.contains("3,500|2,200|1,700|900|2,000")]  # not the figure told before
    assert len(got) == 1, df
    assert (None if pd.isna(got["claimant"].iloc[0]) else got["claimant"].iloc[0]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The writer's own "we" states the figure; a speaker's "we" in a quote is the speaker's.
        ("We counted about 60 rail cars of munitions at the border station in March.", None),
        ("“We counted about 60 rail cars of munitions,” Cho Min-jae said.", "Cho Min-jae"),
        # So does the writer's "our" before the noun of its work.
        ("Our study of the imagery found roughly 45 launchers parked at the depot.", None),
        ("Our estimate is that at least 70 freight wagons left Rajin in May.", None),
    ],
)
def test_the_writers_we_is_no_claimant(text, expected):
    df = run(text)
    assert len(df) == 1, df
    assert (None if pd.isna(df["claimant"].iloc[0]) else df["claimant"].iloc[0]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 2,000 more engineers have arrived, the South's defense ministry said.", "South Korean Ministry of National Defense"),
        ("The South's military estimated that about 2,000 more engineers have arrived.", "Joint Chiefs of Staff"),
    ],
)
def test_the_souths_possessive_is_south_koreas(text, expected):
    df = run("North Korea has sent engineers to Russia's Kursk region.", text)
    assert df["claimant"].dropna().tolist() == [expected], df[["quantity_text", "claimant"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A described claimant after its verb ends where an aside about it begins.
        ("About 900 launchers were delivered, said a Western official who asked not to be named.", "Western officials"),
        ("About 900 launchers were delivered, said a Western official familiar with the intelligence.", "Western officials"),
        ("About 900 launchers were delivered, said a Western official briefed on the shipments.", "Western officials"),
    ],
)
def test_a_described_claimant_after_its_verb_ends_at_its_aside(text, expected):
    assert claim("About 900", text) == (expected, None)


def test_a_title_alone_is_the_person_given_it_before():
    # "the lawmaker" after "Rep. X" is X, not the group "lawmakers".
    assert claim(
        "about 70",
        "Rep. Han Ji-sook of the Democratic Party briefed reporters on Monday.",
        "The North has shipped about 70 launchers to Russia since spring, the lawmaker added.",
    ) == ("Han Ji-sook", None)
    # With no one given the title before, the title keeps its group.
    assert claim("about 70", "The North has shipped about 70 launchers to Russia since spring, the lawmaker added.") == (
        "lawmakers", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name in a cue's object ends where an auxiliary or modal after it begins.
        ("The total of 5,000 deaths cited by Kyrylo Budanov could not be confirmed.", "Kyrylo Budanov"),
        ("The total of 5,000 deaths reported by the Korea Defense Forum was disputed by Seoul.", "Korea Defense Forum"),
        # A claim noun after a name is the claim's, not a verb: the name keeps it.
        ("The total of 5,000 deaths, according to the South Korean estimate, is rising.", "South Korean government"),
    ],
)
def test_a_cue_objects_name_ends_at_its_verb(text, expected):
    df = run(text)
    assert df["claimant"].tolist() == [expected], df[["quantity_text", "claimant", "claimant_text"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body no vocabulary knows, owning the claim noun after a cue, owns the figure.
        ("According to Harbour Watch estimates, about 70 ships have carried munitions.", "Harbour Watch"),
        ("According to a Harbour Watch analysis of port imagery, about 70 ships have carried munitions.", "Harbour Watch"),
        ("According to HRNK estimates, about 70 ships have carried munitions.", "HRNK"),
        # An adjective before the noun owns nothing, but a state's or the West's ("Western estimates") names its governments.
        ("According to Western estimates, about 70 ships have carried munitions.", "Western governments"),
        ("According to independent estimates, about 70 ships have carried munitions.", "unattributed reports"),
    ],
)
def test_an_unknown_owner_of_a_claim_noun_after_a_cue(text, expected):
    assert claim("about 70", text) == (expected, None)


def test_a_figure_cited_by_a_claimant_is_its_claim_not_a_relay():
    # "cited by" after the figure's own noun names who claims it; the sentence's speaker relays nothing.
    text = "Russia's Foreign Ministry said it could not confirm the 8,000 casualties cited by Kyiv."
    assert claim("8,000", text) == ("Ukrainian government", None)
    # After a claimant, "cited by" names the relay.
    assert claim("about 8,000", "Western officials, cited by The Times, put the toll at about 8,000.") == (
        "Western officials", "The Times")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A long body's name: the words that join it do not count towards a name's length.
        ("The Coordination Headquarters for the Treatment of Prisoners of War said about 70 officers were seen.",
         "Coordination Headquarters for the Treatment of Prisoners of War"),
        ("The Security Service of Ukraine (SBU) said about 70 officers were seen.", "Security Service of Ukraine"),
        # A relative clause's verb: "who" stands for the name before its comma.
        ("The numbers came from Olena Hrytsenko, who said about 70 officers were seen.", "Olena Hrytsenko"),
        # One who speaks for a body no vocabulary knows speaks as the body.
        ("About 70 officers were seen, a spokesman for the Tavria Group said.", "Tavria Group"),
        ("According to the press secretary for the Southern Defence Forces, Ivan Petrenko, about 70 officers were seen.",
         "Southern Defence Forces"),
    ],
)
def test_long_names_relatives_and_spokespeople(text, expected):
    df = run(text)
    assert df["claimant"].tolist() == [expected], df[["quantity_text", "claimant", "claimant_text"]]


def test_a_document_seen_by_a_medium_is_its_owners_claim_passed_on():
    assert claim("About 90", "About 90 launchers have been delivered, according to a Ukrainian intelligence assessment seen "
                 "by CNN.") == ("Ukrainian military intelligence (HUR)", "CNN")
    # A document no vocabulary owns is the medium's own find.
    assert claim("about 90", "Shipping logs seen by the Financial Times show about 90 launchers have been delivered.") == (
        "Financial Times", None)


@pytest.mark.parametrize(
    "text",
    [
        # A teller's verb and the clause it reports, with "that" left out, as with it.
        "Rep. Yoon Hee-jin told reporters the NIS estimated that about 500 engineers had arrived.",
        "Rep. Yoon Hee-jin said on Friday the NIS estimated that about 500 engineers had arrived.",
        "Rep. Yoon Hee-jin said that the NIS believed about 500 engineers had arrived.",
    ],
)
def test_a_teller_before_a_reported_clause_relays_it(text):
    assert claim("about 500", text) == (NIS, "Yoon Hee-jin")


def test_a_pronoun_closing_the_sentence_relays_for_the_person_it_stands_for():
    assert claim(
        "about 700",
        "Rep. Yoon Hee-jin spoke after the NIS briefed the intelligence committee.",
        "The spy agency also said about 700 engineers had arrived, she added.",
    ) == (NIS, "Yoon Hee-jin")
    # A pronoun for a body that passes on no one's figures relays nothing.
    assert claim(
        "about 700",
        "South Korea's Joint Chiefs of Staff spoke after the NIS briefed the intelligence committee.",
        "The spy agency also said about 700 engineers had arrived, it added.",
    )[1] is None


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # A claim noun that is also a reporting verb is the verb before a figure, or before "that" in its -s form.
        (["The NIS briefed lawmakers on Tuesday.", "The agency estimates about 800 engineers have arrived."], (NIS, None)),
        (["The NIS briefed lawmakers on Tuesday.", "The agency estimates that about 800 engineers have arrived."], (NIS, None)),
        # Before anything else it stays the noun its owner owns.
        (["South Korean estimates put the engineers at about 800."], ("South Korean government", None)),
    ],
)
def test_a_claim_noun_spelt_as_a_verb_is_read_as_the_verb(paragraphs, expected):
    assert claim("about 800", *paragraphs) == expected


def test_a_titled_person_of_a_body_is_the_person():
    text = "About 2,000 had been wounded, according to Rep. Yoon Hee-jin of the parliamentary defence committee."
    assert claim("About 2,000", text) == ("Yoon Hee-jin", None)
    # A body's name with "of" stays the body's.
    assert as_named("the Investigations Office of the Defence Committee") == "Investigations Office of the Defence Committee"


def test_an_officer_is_a_title_a_claimant_is_read_with():
    assert claim("About 300", "About 300 rocket launchers were seen near Kursk, a Ukrainian officer said.") == (
        "Ukrainian military", None)
    assert claim("About 300", "About 300 rocket launchers were seen, said Lt. Col. Dmytro Koval, an artillery officer.") == (
        "Dmytro Koval", None)


def test_one_holding_a_title_of_a_described_body_speaks_as_the_body():
    assert claim(
        "about 90",
        "Ukraine's military intelligence agency published its weekly update.",
        "Pyongyang has sent about 90 launchers since spring, the agency's deputy chief said on Friday.",
    ) == ("Ukrainian military intelligence (HUR)", None)


def test_a_monitors_findings_go_on_in_their_paragraph():
    findings = ("The panel also finds that Pyongyang sent about 40 launchers by rail. "
                "Some 900 North Korean engineers followed in the spring.")
    df = run("A report by the Conflict Armament Research team was published on Tuesday.\n\n" + findings)
    assert dict(zip(df["quantity_text"], df["claimant"])) == {
        "about 40": "Conflict Armament Research", "Some 900": "Conflict Armament Research"}
    # In the next paragraph, or after a body that does not publish findings, the article speaks for itself.
    df = run("The panel also finds that Pyongyang sent about 40 launchers by rail. "
             "Conflict Armament Research published it.", "Some 900 North Korean engineers followed in the spring.")
    assert df.loc[df["quantity_text"] == "Some 900", "claimant"].isna().all()
    df = run("South Korea's military said Pyongyang sent about 40 launchers by rail. "
             "Some 900 North Korean engineers followed in the spring.")
    assert df.loc[df["quantity_text"] == "Some 900", "claimant"].isna().all()


# Constructions of wire copy read in context: pronouns, home states, asides, evidence, vocabularies.
IN_CONTEXT = [
    # "he" after an unnamed official is the body the official speaks for, not a person named further back.
    (
        "about 70",
        [
            "Sarah Lindqvist, a fellow at an Oslo institute, doubted the figures.",
            "The head of South Korea's spy agency said on Monday that the North was rebuilding its units. "
            "He added that about 70 howitzers had been shipped by rail.",
        ],
        (NIS, None),
    ),
    (
        "nearly 500",
        [
            "A spokeswoman for the Pentagon said strikes on the border went on overnight. She said nearly 500 "
            "North Korean soldiers were now held in hospitals near Moscow.",
        ],
        ("the Pentagon", None),
    ),
    # A person named as the subject before keeps the pronoun.
    (
        "about 2,000",
        [
            "Defence Minister Rustem Umerov said the front was stable. He added that about 2,000 North Korean "
            "troops had been pulled back to Kursk.",
        ],
        ("Rustem Umerov", None),
    ),
    # A cue's object pronoun refers back.
    (
        "about 800",
        ["Lawmaker Kim Byung-kee spoke after the briefing. According to him, about 800 more North Korean "
         "engineers reached Kursk in May."],
        ("Kim Byung-kee", None),
    ),
    (
        "some 40",
        ["Ukraine's General Staff published its tally. According to them, some 40 North Korean howitzers were "
         "destroyed in a week."],
        ("Ukrainian military", None),
    ),
    # A place after the claimant's head noun is where it is; the head keeps its own modifiers.
    (
        "at least 120",
        ["Interviewed by phone, a Ukrainian commander near Sudzha said his brigade had captured at least 120 "
         "North Korean soldiers."],
        ("Ukrainian military", None),
    ),
    (
        "about 60",
        ["A Ukrainian officer in the Kursk region told reporters that about 60 North Korean soldiers had "
         "surrendered."],
        ("Ukrainian military", None),
    ),
    # A unit's ordinal is part of its name.
    (
        "About 60",
        ["About 60 North Korean soldiers surrendered near Sudzha, the 61st Mechanized Brigade said."],
        ("61st Mechanized Brigade", None),
    ),
    # A title as the head: an ambassador speaks for the state that sent them, not for the place they are posted to.
    (
        "about 60",
        ["Kyiv's ambassador in Warsaw told a conference that about 60 North Korean soldiers had surrendered."],
        ("Ukrainian government", None),
    ),
    # "the think tank" is the body named by its name, not the analysts it employs.
    (
        "nearly 200",
        ["Analysts at the Royal United Services Institute say the shells are of poor quality. The think tank "
         "counted nearly 200 North Korean rocket launchers in Russian service."],
        ("Royal United Services Institute (RUSI)", None),
    ),
    # A group by its common noun stays what a description refers to when no body is named by name.
    (
        "about 300",
        ["Lawmakers on the intelligence committee were briefed on Tuesday. The lawmakers said about 300 North "
         "Korean soldiers had died."],
        ("lawmakers", None),
    ),
    # The author named in an aside after a document subject claims its figures.
    (
        "some 9,000",
        ["The survey, by the Example Institute for Security Studies, found that some 9,000 North Korean "
         "labourers had arrived in Russia's Far East."],
        ("Example Institute for Security Studies", None),
    ),
    (
        "about 40",
        ["The assessment, by Ukraine's military intelligence agency, counted about 40 trains of munitions."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # An aside naming no one is not an author.
    (
        "around 700",
        ["The paper, by two researchers in Berlin, says around 700 containers crossed the border."],
        (None, None),
    ),
    # Ukraine's border and emergency services report strikes; a lower-case subject after "and" is read too.
    (
        "nearly 50",
        ["Shelling continued near the crossing on Sunday, and Ukraine's border guards said nearly 50 rounds "
         "had landed on the village."],
        ("State Border Guard Service of Ukraine", None),
    ),
    (
        "at least 35",
        ["The missile hit an apartment block in Ukraine's second city, and emergency officials said at least "
         "35 people were wounded."],
        ("State Emergency Service of Ukraine", None),
    ),
    # Without Ukraine in the article, "border guards" are no service the vocabulary knows: kept as written.
    (
        "about 20",
        ["Border guards said about 20 soldiers crossed the river at dawn."],
        ("Border guards", None),
    ),
    # What a cue cites as evidence is no source: the sentence's speaker claims the figure.
    (
        "between 500 and 800",
        ["Japan's defence ministry said Pyongyang could move between 500 and 800 more troops by sea, citing "
         "increased rail traffic near Chongjin."],
        ("Japanese Ministry of Defense", None),
    ),
    (
        "about 1,100",
        ["The North has moved about 1,100 artillery pieces closer to the border, according to commercial "
         "satellite pictures."],
        (None, None),
    ),
    # People by a role are someone, though unnamed.
    (
        "Some 400",
        ["Some 400 engineers will follow in the spring, according to the two generals."],
        ("two generals", None),
    ),
    # An unnamed U.S. military official speaks for the U.S. government.
    (
        "about 900",
        ["A senior U.S. military official said about 900 North Korean soldiers had been wounded."],
        ("United States government", None),
    ),
    # Seoul's and Kyiv's presidential offices.
    (
        "up to 3,000",
        ["SEOUL, June 2 — The presidential office said on Monday that the North could send up to 3,000 more "
         "workers to Russian factories."],
        ("South Korean government", None),
    ),
    (
        "about 250",
        ["Ukraine's presidential office said about 250 North Korean soldiers had been captured since winter."],
        ("Ukrainian government", None),
    ),
    # Ukraine's military intelligence by its long official name, then "the intelligence service".
    (
        "nearly 90",
        [
            "The Main Intelligence Directorate of the Ministry of Defence of Ukraine published new figures on "
            "Friday.",
            "According to the intelligence service, nearly 90 North Korean howitzers reached the front in March.",
        ],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # A body named without its state is the body of the state the article is written from.
    (
        "about 400",
        ["SEOUL, April 9 (Yonhap) -- The Defense Ministry said Wednesday the North had moved about 400 "
         "rocket launchers toward its western border."],
        ("South Korean Ministry of National Defense", None),
    ),
    (
        "at least 90",
        ["MOSCOW, April 9 (Reuters) - The defence ministry said at least 90 Ukrainian drones were downed "
         "overnight over the Kursk region."],
        ("Russian Ministry of Defence", None),
    ),
    # Written from nowhere the article tells: kept as written.
    (
        "some 70",
        ["The Defense Ministry said some 70 launchers had been moved."],
        ("Defense Ministry", None),
    ),
    # A description no earlier name fits is the body of the state the article is written from.
    (
        "About 1,300",
        ["SEOUL, May 2 (Yonhap) -- About 1,300 North Korean soldiers have been wounded in Russia, the spy "
         "agency told a parliamentary committee Friday."],
        ("National Intelligence Service", None),
    ),
    (
        "About 1,300",
        ["KYIV, May 2 -- About 1,300 North Korean soldiers have been wounded in Russia, the intelligence "
         "agency said on Friday."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # A news agency reports; an agency that believes or assesses is an intelligence body.
    (
        "at least 2,000",
        [
            "SEOUL, May 2 (Yonhap) -- The spy agency briefed lawmakers on Friday, Yonhap reported.",
            "Rep. Han Jae-min said the agency believes at least 2,000 more troops will follow by summer.",
        ],
        ("National Intelligence Service", "Han Jae-min"),
    ),
    # An eleven-nation monitor by the words outlets use for it, then "the panel".
    (
        "some 180",
        ["A sanctions monitoring group of 11 countries published its second report. In it, the panel said "
         "some 180 artillery guns had been shipped.",
         "The 11-nation sanctions monitoring team said it relied on member states' intelligence."],
        ("Multilateral Sanctions Monitoring Team", None),
    ),
    # "the ministry" after a body named without its state is that body, as the dateline reads it, not a ministry
    # named further on.
    (
        "nearly 4 million",
        [
            "SEOUL, March 9 (Yonhap) -- The North has moved about 300 launchers north, the defense ministry said.",
            "In a briefing for reporters, the ministry said nearly 4 million rounds had gone by sea.",
            "Japan's defence ministry gave no figure of its own.",
        ],
        ("South Korean Ministry of National Defense", None),
    ),
    # A sentence before names a place and then the source it credits: "the officials" are the source.
    (
        "up to 2,500",
        [
            "Pyongyang has lost troops in the fighting for Ukraine's border villages, according to Western officials.",
            "The officials, speaking in Berlin, said up to 2,500 more soldiers could be sent within weeks.",
        ],
        ("Western officials", None),
    ),
    # A description parted from its verb by an aside.
    (
        "about 9,000",
        [
            "The Open Source Centre released a study of rail traffic on Monday.",
            "The study, which drew on commercial satellite photographs, found that about 9,000 containers had "
            "crossed the border.",
        ],
        ("Open Source Centre", None),
    ),
    # Someone unnamed in a place is that person, whether written "a source in ..." or later "the source"; a source
    # close to someone is in no place. Both speak for no body: unattributed reports.
    (
        "Some 2,000",
        ["Some 2,000 more troops are ready to go, according to a source close to the military leadership."],
        ("unattributed reports", None),
    ),
    (
        "about 400",
        [
            "A source in Ryanggang province said about 400 young conscripts had left Hyesan by train in March.",
            "The source said none had written home since.",
        ],
        ("unattributed reports", None),
    ),
]


@pytest.mark.parametrize("quantity, paragraphs, expected", IN_CONTEXT)
def test_claimant_in_context(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize(
    "quantity, sentence, expected",
    [
        # Someone quoted without a name is who the article's account calls them, as subject or after the verb,
        # with where they work or are; not the place named at the end of the subject. An analyst keeps the label;
        # a defector's or a trader's figures are unattributed reports (test_claimant_unnamed_reports.py).
        ("about 900", "An expert at a state-funded think tank in Seoul said about 900 soldiers had been wounded.",
         "unnamed analyst"),
        ("About 900", "About 900 soldiers had been wounded, said a scholar at a university in Busan.", "unnamed analyst"),
        ("About 900", "About 900 soldiers had been wounded, said a defector who now lives in Seoul.",
         "unattributed reports"),
        ("about 900", "A trader in Sinuiju said about 900 soldiers had gone through the city.",
         "unattributed reports"),
        # A name in apposition is the person's.
        ("about 900", "A defector, Ri Chol-su, said about 900 soldiers had been wounded.", "Ri Chol-su"),
        # Someone unnamed inside a body speaks for the body.
        ("About 900", "About 900 soldiers had been wounded, a source in Ukraine's military intelligence said.",
         "Ukrainian military intelligence (HUR)"),
    ],
)
def test_someone_unnamed_claims_as_the_account_names_them(quantity, sentence, expected):
    assert claim(quantity, sentence) == (expected, None)


@pytest.mark.parametrize(
    "who, expected",
    [
        ("witnesses", ("witnesses", None)),
        ("two defectors", ("two defectors", None)),
        ("heat signatures on thermal images", (None, None)),
    ],
)
def test_people_a_cue_cites_are_someone_and_evidence_no_one(who, expected):
    assert claim("About 600", f"About 600 North Korean soldiers were wounded, according to {who}.") == expected


@pytest.mark.parametrize("who", ["the Ukrainian army", "Ukraine's army", "Ukrainian forces", "the Armed Forces of Ukraine"])
def test_ukraine_s_army_by_any_name_is_the_ukrainian_military(who):
    got = run(f"Some 300 North Korean soldiers have been killed in the past week, {who} said.")
    assert got["claimant"].tolist() == ["Ukrainian military"]


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Some 5,000 more troops may follow, per a South Korean lawmaker.", "lawmakers"),
        ("Some 5,000 more troops may follow, per an NIS assessment.", "National Intelligence Service"),
    ],
)
def test_per_names_a_source_after_its_determiner(text, claimant):
    assert run(text)["claimant"].tolist() == [claimant]


def test_per_before_a_lower_case_word_names_no_one():
    assert run("Russia pays each of the 11,000 soldiers about $2,000 per month.")["claimant"].isna().all()


@pytest.mark.parametrize("who", ["Japan", "Tokyo"])
def test_japan_and_tokyo_are_the_japanese_government(who):
    got = run(f"North Korea has shipped at least 150 more ballistic missiles to Russia this year, {who} said.")
    assert got["claimant"].tolist() == ["Japanese government"]


def test_a_listed_subject_is_one_joint_source():
    got = run("Seoul, Washington and Kyiv said North Korea had sent about 11,000 troops.")
    assert got["claimant"].tolist() == ["Seoul, Washington and Kyiv"]


def test_a_list_before_a_coordinated_subject_counts_only_when_its_members_are_claimants():
    # "the capital" names no claimant: the subject is the last two.
    got = run("After a briefing in the capital, Ukraine and South Korea said about 11,000 troops had been sent.")
    assert got["claimant"].tolist() == ["Ukraine and South Korea"]


@pytest.mark.parametrize(
    "who, claimant",
    [("Rep. Dale Corbin (R-Ohio)", "Dale Corbin"), ("the Baltic Defence Monitor (BDM)", "Baltic Defence Monitor")],
)
def test_an_unknown_claimant_is_named_without_the_brackets_after_its_name(who, claimant):
    assert run(f"Roughly 1,500 were wounded last month, {who} said.")["claimant"].tolist() == [claimant]


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # Verbs of working a figure out, owning to one or making it known: their subject claims it.
        ("Analysts at the Royal United Services Institute calculated that the trains carried some 2 million shells.",
         "some 2 million", "Royal United Services Institute (RUSI)"),
        ("The Kremlin acknowledged that 25 Russian soldiers had been captured near Sudzha.", "25", "Kremlin"),
        ("Kyrylo Budanov disclosed on Friday that Pyongyang had delivered 150 more howitzers.", "150", "Kyrylo Budanov"),
        ("The NIS tallies the dead at around 900 since the start of the year.", "around 900", "National Intelligence Service"),
    ],
)
def test_verbs_of_calculating_and_admitting_report_a_claim(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A state's assessment told by one who speaks for it is the teller's claim.
        ("State Department spokesman Matthew Miller said the U.S. now believes that about 500 North Korean troops "
         "have been killed.", "about 500", "United States government"),
        ("The Pentagon said on Tuesday that the United States assessed some 2,000 more troops had reached Kursk.",
         "some 2,000", "the Pentagon"),
        # A body that assesses for itself keeps its claim, the teller passing it on.
        ("Rep. Park Sun-won said the National Intelligence Service estimated that 1,200 soldiers had been wounded.",
         "1,200", "National Intelligence Service"),
    ],
)
def test_a_states_assessment_is_its_tellers(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A verb of giving out a claim reports it: the subject claims the figures of the estimate it gives.
        ("Japan's defense ministry has released a new estimate of 1,100 North Korean dead.", "1,100",
         "Japanese Ministry of Defense"),
        ("The Pentagon gave an updated assessment of about 700 killed on Tuesday.", "about 700", "the Pentagon"),
        # Giving materiel reports nothing: the figure's claimant is the one who says so.
        ("North Korea has given Russia about 150 launchers, the NIS said.", "about 150", "National Intelligence Service"),
        # A verb that changes a claim gives it out too, a claim noun its object: "raised its estimate to".
        ("By March the Pentagon had raised its own casualty estimate to some 1,900.", "some 1,900", "the Pentagon"),
        ("The Pentagon later revised the figure to about 900 killed.", "about 900", "the Pentagon"),
        # Raising materiel reports nothing.
        ("North Korea raised its deployment to about 12,000 troops, the NIS said.", "about 12,000",
         "National Intelligence Service"),
    ],
)
def test_a_verb_giving_out_a_claim_reports_it(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # "figure" names a claim as "figures" does: its owner claims it.
        ("The Pentagon's latest figure puts North Korean losses at around 1,400.", "around 1,400", "the Pentagon"),
        ("Seoul's figure of 650 dead is far below the one Kyiv gives.", "650", "South Korean government"),
    ],
)
def test_the_owner_of_a_figure_claims_it(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        ("Pyongyang has moved some 13,000 soldiers into Russia (NIS, October 2025).", "some 13,000", NIS),
        ("Shells delivered: more than 7 million (Ukrainian military intelligence)", "more than 7 million",
         "Ukrainian military intelligence (HUR)"),
        ("About 90 launchers reached Russian units last winter (JCS, briefing to lawmakers).", "About 90",
         "Joint Chiefs of Staff"),
    ],
)
def test_a_source_cited_in_a_bracket_after_a_figure_claims_it(text, quantity, claimant):
    assert claim(quantity, text)[0] == claimant


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("SEOUL (Yonhap) -- About 2,000 more North Korean troops reached Kursk, a reporter saw.", "About 2,000"),
        ("The Main Intelligence Directorate (HUR) building was hit; 300 soldiers were nearby.", "300"),
    ],
)
def test_a_bracket_that_glosses_a_name_or_a_dateline_cites_no_one(text, quantity):
    assert claim(quantity, text)[0] != "Ukrainian military intelligence (HUR)" and claim(quantity, text)[0] != "Yonhap"


@pytest.mark.parametrize(
    "who, claimant",
    [
        ("the Main Intelligence Directorate of the Ukrainian Defence Ministry", "Ukrainian military intelligence (HUR)"),
        ("the National Intelligence Service of South Korea", NIS),
        ("the General Staff of Ukraine", "Ukrainian military"),
        ("the Ministry of Defense of Ukraine", "Ukrainian Ministry of Defence"),
    ],
)
def test_a_body_named_before_of_is_the_head_of_its_name(who, claimant):
    assert normalise(who) == claimant


def test_a_body_of_a_state_claims_its_figure_in_a_sentence():
    text = "North Korea has lost about 4,500 men, the Main Intelligence Directorate of the Ukrainian Defense Ministry said."
    assert claim("about 4,500", text) == ("Ukrainian military intelligence (HUR)", None)


@pytest.mark.parametrize(
    "quantity, paragraphs, claimant",
    [
        # Someone unnamed by a description alone speaks for the body of its kind the article named.
        ("About 800", ["The Joint Chiefs of Staff briefed reporters on Monday.",
                       "About 800 of the soldiers have died, according to one military official."], "Joint Chiefs of Staff"),
        ("some 5,000", ["Ukraine's military intelligence agency tracked the convoy for weeks.",
                        "One official put the number of fresh North Korean troops at some 5,000."],
         "Ukrainian military intelligence (HUR)"),
        # With no such body named before, the article's home state's.
        ("roughly 7 million", ["SEOUL, May 2 (Yonhap) -- North Korea keeps its arms factories busy.",
                               "It has shipped roughly 7 million shells to Russia, said a military official."],
         "Joint Chiefs of Staff"),
        # The body named after them is whom they speak for.
        ("about 170", ["North Korea has sent about 170 self-propelled guns, said an official at Seoul's defence ministry."],
         "South Korean Ministry of National Defense"),
    ],
)
def test_someone_unnamed_without_a_state_speaks_for_the_body_of_their_kind(quantity, paragraphs, claimant):
    assert claim(quantity, *paragraphs)[0] == claimant


def test_someone_unnamed_with_a_nationality_is_read_by_the_vocabularies():
    assert claim("About 800", "About 800 soldiers have died, according to one Western official.")[0] == "Western officials"


@pytest.mark.parametrize("source", ["The Moscow Times", "The Japan Times"])
def test_an_outlet_named_after_a_place_is_not_that_state(source):
    text = "Moscow says 12,000 North Korean troops helped push Ukrainian forces out of Kursk."
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source], "published": [pd.Timestamp("2025-03-04")]})
    df = estimates(dossier.sentences(arts), arts)
    assert list(df["claimant"]) == ["Russian government"]
    text = "Tokyo believes 15,000 North Korean soldiers have been sent to Russia."
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source], "published": [pd.Timestamp("2025-03-04")]})
    df = estimates(dossier.sentences(arts), arts)
    assert list(df["claimant"]) == ["Japanese government"]


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        ("Hwang Ji-hoon, senior research fellow at a Seoul institute, put the shells sent at 9 million.", "9 million",
         "Hwang Ji-hoon"),
        ("Oleksiy Marchenko, senior officer in a drone unit near Kursk, estimated the North Korean dead at 800.", "800",
         "Oleksiy Marchenko"),
    ],
)
def test_a_role_given_without_an_article_after_a_name_leaves_the_name_the_subject(text, quantity, claimant):
    assert claim(quantity, text)[0] == claimant


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("A Senate staffer briefed on the matter said about 900 North Koreans had been wounded.", "about 900"),
        ("Two diplomats with knowledge of the matter said some 1,300 soldiers had left Kursk.", "some 1,300"),
    ],
)
def test_the_object_of_a_preposition_in_a_subject_is_no_claimant(text, quantity):
    assert claim(quantity, text)[0] == "unattributed reports"


def test_a_dateline_s_city_gives_way_to_a_body_named_after_it():
    paragraphs = ["KYIV — Ukraine's military intelligence agency followed the trains for a month.",
                  "One official put the number of fresh North Korean troops at some 4,000."]
    assert claim("some 4,000", *paragraphs)[0] == "Ukrainian military intelligence (HUR)"


def test_someone_in_a_place_who_is_no_official_stays_unnamed():
    assert claim("about 50", "A farmer in Kursk said about 50 North Korean soldiers had passed through his village.")[0] != "Russian officials"


# A day named by its adverb ("today", "yesterday") stands there as "on Monday" does.
@pytest.mark.parametrize("adverb", ["initially", "originally", "privately", "subsequently", "today", "yesterday", "tonight"])
def test_an_adverb_between_a_claimant_and_its_verb_keeps_the_claimant(adverb):
    text = f"The Joint Chiefs of Staff {adverb} said about 1,300 North Korean soldiers had been wounded."
    assert claim("about 1,300", text)[0] == "Joint Chiefs of Staff"


def test_a_quotation_of_several_sentences_is_its_speakers_to_the_end():
    df = run('"The second wave is larger," Kyrylo Budanov said in an interview. "We count about 4,000 North Korean '
             'troops near Pokrovsk. We watch them every day. Some 600 of them are drone operators."')
    got = dict(zip(df["quantity_text"], df["claimant"]))
    assert got == {"about 4,000": "Kyrylo Budanov", "Some 600": "Kyrylo Budanov"}


def test_a_quotation_after_the_writer_s_own_sentence_is_not_the_earlier_speaker_s():
    df = run('"The second wave is larger," Kyrylo Budanov said in an interview. Seoul has not confirmed the figures. '
             '"About 4,000 North Korean troops are near Pokrovsk."')
    assert df["claimant"].isna().all()


def test_he_after_a_full_name_the_vocabularies_lack_is_that_person():
    df = run("Oleh Marchenko, who tracks the arms trade, said the plants were running three shifts. "
             "He estimated that North Korea ships about 150,000 shells a month.")
    assert list(df["claimant"]) == ["Oleh Marchenko"]


def test_a_named_group_of_a_medium_speaks_as_the_medium():
    text = "Radio Svoboda's Skhemy project reported that some 40 trains of munitions had crossed the border."
    assert claim("some 40", text)[0] == "Radio Svoboda"


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        ("about 7,000", ["Yoon's office said about 7,000 North Korean troops were near the front."], "South Korean government"),
        ("some 40", ["President Lee Jae-myung's office said some 40 KN-23 missiles had been launched."], "South Korean government"),
        ("80", ["Zelensky spoke in Kyiv on Sunday. His office said 80 drones had been downed overnight."], "Ukrainian government"),
    ],
)
def test_a_leaders_office_speaks_for_the_leaders_government(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == (expected, None)


def test_a_possessive_that_does_not_fit_the_speaker_before_is_left_alone():
    claimant, _ = claim("2,000", "Zelensky said the strike hit a depot. Her office said 2,000 shells were lost.")
    assert claimant != "Ukrainian government"


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        ("About 600", ["The Pentagon released new figures on Tuesday.",
                       "About 600 North Korean soldiers were wounded in May, a spokesperson said."], "the Pentagon"),
        ("some 2,000", ["South Korea's defense ministry held its weekly briefing.",
                        "A spokesman said some 2,000 shells had been loaded at Rajin."],
         "South Korean Ministry of National Defense"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_named_before(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == (expected, None)


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        # A state's expectation told by someone after it: the teller's figure, as when the teller comes first.
        ("12,000", ["Moscow expects 12,000 more North Korean soldiers by summer, Zelensky told reporters."],
         "Volodymyr Zelensky"),
        ("about 5,000", ["Pyongyang expects to send about 5,000 workers to Russian factories, the NIS said on Monday."],
         "National Intelligence Service"),
        # An age set off by commas after a name parts it from its verb no more than a title does.
        ("roughly 2,500", ["Kyrylo Budanov, 39, said roughly 2,500 North Korean soldiers had reached Belgorod."],
         "Kyrylo Budanov"),
        # An officer of a formation speaks for their state's military, as one named only by the rank does.
        ("more than 70", ["A Ukrainian battalion commander said more than 70 North Korean soldiers were killed on Monday."],
         "Ukrainian military"),
        # A place in common words after the rank is where the officer is, not who speaks.
        ("some 250", ["A Ukrainian officer at the eastern front said that some 250 North Korean soldiers had attacked."],
         "Ukrainian military"),
        ("About 90", ["About 90 North Korean soldiers crossed the river at dawn, a Ukrainian regiment commander said."],
         "Ukrainian military"),
    ],
)
def test_a_teller_whose_words_stand_apart_from_the_figure_claims_it(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == (expected, None)


def test_a_formation_after_an_article_is_no_state_of_its_own():
    claimant, _ = claim("some 300", "The company commander said some 300 North Korean troops advanced.")
    assert claimant != "Ukrainian military"


def test_a_claimant_that_continues_to_say_so_claims_the_figure():
    assert claim("some 2,400", "The NIS continues to estimate that some 2,400 North Korean soldiers were wounded.") == (NIS, None)


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        # A report that names no author is the speaker's when a speaker tells the figure, else no one named.
        ("about 80", ["The NIS says North Korea has shipped about 80 Hwasong-11 missiles, according to a report released on Monday."],
         (NIS, None)),
        ("some 500", ["North Korea has shipped some 500 rocket launchers to Russia, according to a document shared with reporters."],
         ("unattributed reports", None)),
    ],
)
def test_a_document_without_its_author_names_no_claimant(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        # An arm of service between the nationality and the rank, as a formation may stand.
        ("about 40", ["A Ukrainian artillery officer said about 40 North Korean howitzers had been destroyed."], "Ukrainian military"),
        # "One officer" after officers of a state were named speaks for that state's military.
        ("120", ["Ukrainian commanders in Kharkiv described the fighting on Tuesday.",
                 "One officer said his unit had captured 120 North Korean soldiers since June."], "Ukrainian military"),
    ],
)
def test_an_unnamed_officer_speaks_for_the_military(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == (expected, None)


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        # Two words of a unit or an arm of service may stand between a nationality and a rank.
        ("A Ukrainian drone unit commander said his crews had destroyed 9 North Korean howitzers near Sudzha.", "9"),
        ("A Ukrainian tank brigade officer said roughly 300 North Korean soldiers attacked the village.",
         "roughly 300"),
        # What the people were asked for stands between them and their verb: they speak, not the study.
        ("Ukrainian artillery officers interviewed for the study said about 350 North Korean soldiers were wounded.",
         "about 350"),
    ],
)
def test_a_unit_word_and_an_interview_leave_the_officer_as_the_military(sentence, quantity):
    assert one(sentence, quantity)["claimant"] == "Ukrainian military"


def test_an_earlier_value_of_a_figure_no_one_claims_is_no_ones():
    df = run("A Ukrainian commander said his crews had destroyed 7 North Korean rocket launchers in October. Russian "
             "gunners now fire roughly 12,000 shells a day, down from a peak of 38,000 in 2022.")
    got = {r.quantity_text: r.claimant for r in df.itertuples()}
    assert got["7"] == "Ukrainian military"
    assert got["roughly 12,000"] != got["roughly 12,000"] and got["38,000"] != got["38,000"]  # both NaN: no one's


@pytest.mark.parametrize(
    "sentence",
    [
        # How a body was made, set off by commas or not, parts it from its verb: the body still speaks.
        "The Multilateral Sanctions Monitoring Team (MSMT), founded by 11 governments, said in its report that "
        "Pyongyang had sent more than 250 howitzers to Russia.",
        "An 11-nation sanctions monitoring team set up after Moscow blocked the UN panel said that Pyongyang had "
        "sent more than 250 howitzers to Russia.",
    ],
)
def test_how_a_body_was_made_leaves_it_the_claimant(sentence):
    assert one(sentence, "more than 250")["claimant"] == "Multilateral Sanctions Monitoring Team"


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        ("South Korea's spy agency reckons that some 2,300 North Korean soldiers have died.", "some 2,300",
         "National Intelligence Service"),
        ("The Pentagon thinks roughly 1,800 North Korean troops were wounded in the spring.", "roughly 1,800",
         "the Pentagon"),
        ("Western analysts suspect that about 70 KN-23 missiles were fired at Kyiv.", "about 70", "Western analysts"),
    ],
)
def test_verbs_of_reckoning_report_a_claim(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_a_description_stands_for_a_body_named_before_that_no_vocabulary_knows():
    df = run("The Ministry of Emergency Situations said 140 North Korean soldiers were wounded. About a third of "
             "the shells were duds, the ministry added.")
    got = {r.quantity_text: r.claimant for r in df.itertuples()}
    assert got == {"140": "Ministry of Emergency Situations", "About a third": "Ministry of Emergency Situations"}


def test_interfax_ukraine_writes_from_ukraine():
    arts = pd.DataFrame({"article_id": ["a1"], "source": ["Interfax-Ukraine"], "published": [pd.Timestamp("2026-11-29")],
                         "text": ["The General Staff reported that Ukrainian forces had destroyed 21 North Korean "
                                  "howitzers in October."]})
    df = estimates(dossier.sentences(arts), arts)
    assert df.set_index("quantity_text").loc["21", "claimant"] == "Ukrainian military"


def test_one_of_the_people_a_description_names_speaks_as_they_do():
    df = run("Ukrainian drone officers interviewed for the report said about 30 percent of the North Korean shells were "
             "duds. One officer said his unit had seen 14 North Korean howitzers in a week.")
    assert df.set_index("quantity_text").loc["14", "claimant"] == "Ukrainian military"


def test_a_located_description_refers_back_to_the_body():
    got = claim(
        "about 40",
        "The Royal United Services Institute published its annual survey on Tuesday.",
        "The London-based think tank said about 40 North Korean launchers had reached the front.",
    )
    assert got == ("Royal United Services Institute (RUSI)", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Seoul-based institute", None),  # where it is, not Seoul's
        ("the Washington-based Center for Strategic and International Studies", "Center for Strategic and International Studies"),
    ],
)
def test_where_a_body_is_based_names_no_claimant(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("verb", ["was estimated", "was believed", "has been estimated"])
def test_an_impersonal_passive_in_the_past_credits_unnamed_sources(verb):
    got = claim("about 900", f"It {verb} that about 900 rail cars of munitions had crossed the border by June.")
    assert got == ("unattributed reports", None)


@pytest.mark.parametrize("aux", ["were", "had been", "have been"])
def test_lawmakers_told_with_no_agent_pass_the_figure_on(aux):
    got = claim("about 2,500", f"Lawmakers {aux} told that about 2,500 North Korean engineers were working near Kursk.")
    assert got == ("lawmakers", None)


def test_a_description_told_by_ends_before_its_clause():
    got = claim(
        "about 2,500",
        "The National Intelligence Service met the intelligence committee on Friday.",
        "Lawmakers were told by the spy agency that about 2,500 North Korean engineers were working near Kursk.",
    )
    assert got == (NIS, "lawmakers")


def test_people_told_with_no_agent_are_no_claimant():
    assert claim("120", "The conscripts were told that 120 soldiers of their unit had been killed.") == (None, None)


HUR = "Ukrainian military intelligence (HUR)"


def test_a_body_headed_by_its_chief_claims_its_figure():
    got = claim("about 9,000", "Ukraine's defence intelligence agency (HUR), headed by Kyrylo Budanov, said about 9,000 North Korean troops remained.")
    assert got == (HUR, None)


def test_an_abbreviation_in_brackets_names_a_body_written_in_lower_case():
    got = claim(
        "about 4,000",
        "The defence intelligence agency (HUR) published its monthly assessment on Monday.",
        "It said about 4,000 North Korean soldiers had been killed or wounded since January.",
    )
    assert got == (HUR, None)


@pytest.mark.parametrize(
    "paragraphs, quantity, expected",
    [
        # A broadcast's narration or documentary speaks for the broadcaster the article named.
        (("Korean Central Television screened a new film about the Kursk campaign on Saturday.",
          "As the camera pans over burnt-out vehicles, the narration says the soldiers destroyed about 40 enemy tanks."),
         "about 40", "Korean Central Television"),
        (("KCTV showed the hour-long documentary twice in one evening.",
          "The documentary claims North Korean gunners killed hundreds of Ukrainian troops near Sudzha."),
         "hundreds", "Korean Central Television"),
    ],
)
def test_a_broadcasts_narration_is_the_broadcasters(paragraphs, quantity, expected):
    assert claim(quantity, *paragraphs)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A think tank's own analysts speak for it; analysts with no body stay analysts, named where they are from.
        ("CSIS analysts counted at least 75 freight trains leaving the Najin terminal.", "Center for Strategic and International Studies"),
        ("Beyond Parallel analysts counted at least 75 freight trains leaving the Najin terminal.",
         "Center for Strategic and International Studies"),
        ("European analysts counted at least 75 freight trains leaving the Najin terminal.", "European analysts"),
    ],
)
def test_a_bodys_own_analysts_are_the_body(text, expected):
    assert claim("at least 75", text)[0] == expected


DOCUMENTS_AND_RECKONINGS = [
    # A document's modifiers may be any lower-case words, and "of" names its author as "by" does.
    (
        "about 8,000",
        ["Pyongyang has sent about 8,000 workers to Russian building sites, according to the third annual report of the Korea Institute for National Unification."],
        ("Korea Institute for National Unification", None),
    ),
    (
        "some 140",
        ["According to a much-cited recent study by the Royal United Services Institute, some 140 trains crossed the Tumen bridge."],
        ("Royal United Services Institute (RUSI)", None),
    ),
    # A report no one is said to have written is no description of the institute named before.
    (
        "nearly 90",
        ["The Royal United Services Institute studied the rail link. According to a recent report, nearly 90 freight cars cross it each week."],
        ("unattributed reports", None),
    ),
    # "by the estimate of X", "in the assessment of X", "by X's reckoning": X's figure.
    (
        "roughly 1,100",
        ["By the estimate of South Korea's spy agency, roughly 1,100 North Korean soldiers died over the winter."],
        (NIS, None),
    ),
    (
        "up to 60 percent",
        ["In the assessment of the Institute for the Study of War, up to 60 percent of Russian shells now come from North Korea."],
        ("Institute for the Study of War (ISW)", None),
    ),
    (
        "about 9,000",
        ["By Kyiv’s reckoning, about 9,000 North Korean soldiers have been killed or wounded."],
        ("Ukrainian government", None),
    ),
]


@pytest.mark.parametrize("quantity, paragraphs, expected", DOCUMENTS_AND_RECKONINGS)
def test_documents_and_reckonings_name_their_owner(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


PEOPLE_AT_A_BODY_IN_A_CITY = [
    # "in <city>" after a body says where it is: the body speaks, not the city's government.
    (
        "roughly 3,000",
        ["Scholars at the Stimson Center in Washington estimate that roughly 3,000 North Korean labourers are working in Russian shipyards."],
        ("Stimson Center", None),
    ),
    (
        "some 700",
        ["Analysts at the Sejong Institute in Seongnam said some 700 wagons had crossed the border in May."],
        ("Sejong Institute", None),
    ),
    # A time after "in" is when, never who.
    (
        "about 1,300",
        ["The National Intelligence Service in January assessed that about 1,300 North Korean soldiers had been wounded."],
        (NIS, None),
    ),
    # "estimate that" after a name with no article is the verb; after an article it is the noun.
    (
        "about 2,400",
        ["The South Korean estimate that about 2,400 soldiers were wounded is lower than Kyiv's."],
        ("South Korean government", None),
    ),
    # "they" later on is the think tank's people.
    (
        "at least 45",
        ["Researchers at the Stimson Center in Washington published new imagery on Monday.",
         "They said in a report that at least 45 cargo ships had called at Rajin since March."],
        ("Stimson Center", None),
    ),
]


@pytest.mark.parametrize("quantity, paragraphs, expected", PEOPLE_AT_A_BODY_IN_A_CITY)
def test_people_at_a_body_in_a_city_speak_for_the_body(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # The audience a body briefed is no part of the subject whose participle reports the figure.
    ("Ukraine's military intelligence briefed lawmakers on Thursday, saying some 2,300 "
     "North Korean soldiers had been wounded.", "some 2,300", ("Ukrainian military intelligence (HUR)", None)),
    ("The National Intelligence Service briefed legislators behind closed doors, adding that roughly 700 "
     "engineers had arrived in Kursk.", "roughly 700", (NIS, None)),
])
def test_who_briefed_an_audience_claims_what_its_participle_reports(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize("paragraphs, quantity, expected", [
    # "the minister" is the person given that title in apposition before, in either order.
    (["The defence minister, Denys Shmyhal, visited a drone factory in Kharkiv on Monday.",
      "The minister said roughly 1,900 North Korean soldiers had been wounded since the spring."],
     "roughly 1,900", ("Denys Shmyhal", None)),
    (["Denys Shmyhal, Ukraine's defence minister, visited a drone factory in Kharkiv on Monday.",
      "The minister put the number of North Korean dead at about 850."],
     "about 850", ("Denys Shmyhal", None)),
])
def test_a_title_refers_back_to_the_person_set_in_apposition_with_it(paragraphs, quantity, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # A promise claims what it promises, after it or in a relative clause on the figure.
    ("Seoul is tracking the 2,000 construction workers that Security Council Secretary Sergei Shoigu promised to bring in.",
     "2,000", ("Sergei Shoigu", None)),
    ("Sergei Shoigu pledged on Friday to bring in about 2,000 construction workers.", "about 2,000", ("Sergei Shoigu", None)),
    # What a promise does not take as its object is not claimed by it.
    ("Kim Jong Un decorated some 40 returning engineers and promised them new flats.", "some 40", (None, None)),
])
def test_a_promise_claims_only_what_it_promises(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize("paragraphs, quantity, expected", [
    # A time phrase opening the subject is when the claimant spoke, never who it is.
    (["Ukraine's defence ministry has published weekly tallies since November.",
      "On Thursday the ministry put North Korean losses at about 1,600 killed or wounded."],
     "about 1,600", ("Ukrainian Ministry of Defence", None)),
    (["The National Intelligence Service briefed the intelligence committee.",
      "Earlier this month the spy agency estimated that some 2,200 North Korean soldiers had been wounded."],
     "some 2,200", (NIS, None)),
])
def test_a_time_phrase_is_never_a_claimant(paragraphs, quantity, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # A document's participle names its author, who claims what the document found.
    ("A study published by the Stimson Center found that roughly 4,500 North Korean labourers work on Russian farms.",
     "roughly 4,500", ("Stimson Center", None)),
    # The author's name runs past its own "for" to the verb, and stops at a time after it.
    ("A survey compiled by the Korea Institute for National Unification estimated that about 650 North Korean soldiers had been killed.",
     "about 650", ("Korea Institute for National Unification", None)),
    ("A review released by the Royal United Services Institute on Monday estimated that nearly 4 million shells had crossed.",
     "nearly 4 million", ("Royal United Services Institute (RUSI)", None)),
])
def test_a_documents_author_claims_what_it_found(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # "In Kyiv's view", "by most accounts": a view is its owner's claim, most accounts no one's in particular.
    ("In Kyiv's view, about 7,000 North Korean soldiers have been killed or wounded.", "about 7,000", ("Ukrainian government", None)),
    ("By most accounts, some 14,000 North Korean troops are now in Russia.", "some 14,000", ("unattributed reports", None)),
])
def test_a_view_is_its_owners_and_most_accounts_are_no_ones(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


def _kcna_claimants(text: str) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["k"], "text": [text], "published": [pd.Timestamp("2026-02-01")], "source": ["KCNA"]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if pd.isna(r.claimant) else r.claimant) for r in df.itertuples()}


def test_a_figure_state_media_scorn_is_the_enemys_claim():
    got = _kcna_claimants(
        'The south Korean puppet clique is again raising a din over "some 8,000 casualties", a preposterous lie. '
        'The puppet warmongers of south Korea have been trumpeting 600 "prisoners", a sheer fabrication.'
    )
    assert got["some 8,000"] == "South Korean government"
    assert got["600"] == "South Korean government"


def test_a_verb_of_scorn_with_no_figure_after_it_claims_nothing():
    got = _kcna_claimants("The U.S. imperialists, who handed 40 tanks to the Kiev puppets, are trumpeting peace.")
    assert got["40"] == "KCNA"


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # One unnamed person at a body the vocabularies know speaks for the body; at a body unnamed, stays unnamed.
    ("A researcher at the Korea Institute for National Unification in Seoul estimated that about 1,700 North Korean "
     "soldiers had been killed.", "about 1,700", ("Korea Institute for National Unification", None)),
    ("An analyst at the Institute for the Study of War said some 2,600 North Korean soldiers had been wounded.",
     "some 2,600", ("Institute for the Study of War (ISW)", None)),
])
def test_one_person_at_a_known_body_speaks_for_it(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize("paragraph, quantity", [
    # A document of what it read, with no author named, is no claimant: never the fragment "analysis of ...".
    ("According to an analysis of commercial satellite imagery, about 450 rail wagons stood at Tumangang in May.", "about 450"),
    ("According to a count of the convoys, at least 1,300 North Korean soldiers were moved to Kursk in May.", "at least 1,300"),
])
def test_a_document_of_what_it_read_names_no_claimant(paragraph, quantity):
    assert claim(quantity, paragraph) == (None, None)


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # A city's or state's name that opens a school's is part of the school's name, not its government.
    ("Researchers at Seoul National University estimated that about 2,800 North Korean soldiers had been killed.",
     "about 2,800", ("Seoul National University", None)),
    ("A study by the Kyiv School of Economics found that some 90 percent of the missiles held Western parts.",
     "some 90 percent", ("Kyiv School of Economics", None)),
])
def test_a_schools_name_is_no_government(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # A person's possessive before a claim noun points back as "he" or "she" does.
    ("Andriy Kovalenko said on Monday that about 900 North Korean soldiers had died. By his count, roughly 2,400 more "
     "had been wounded.", "roughly 2,400", ("Andriy Kovalenko", None)),
    ("Andriy Kovalenko said on Monday that about 900 North Korean soldiers had died. His estimate put the wounded at "
     "about 2,600.", "about 2,600", ("Andriy Kovalenko", None)),
    # With no one to point back to, the possessive is no claimant: never "His".
    ("His estimate put North Korean losses at some 3,100 killed or wounded.", "some 3,100", (None, None)),
])
def test_a_persons_possessive_points_back_to_them(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # A document's participle and its time stand between it and its author's "by".
    ("According to a report published Thursday by the Stimson Center, about 2,300 North Korean labourers are in "
     "Russian shipyards.", "about 2,300", ("Stimson Center", None)),
    # A long object unclosed by punctuation ends with the name before its first lower-case word.
    ("According to a new report from the Institute for the Study of War released Friday, about 11,500 North Korean "
     "troops remain in Kursk.", "about 11,500", ("Institute for the Study of War (ISW)", None)),
    ("According to the latest findings of the Multilateral Sanctions Monitoring Team, some 7 million shells have "
     "been shipped.", "some 7 million", ("Multilateral Sanctions Monitoring Team", None)),
])
def test_a_documents_author_after_its_participle(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


def test_an_outlet_no_vocabulary_lists_states_its_own_findings():
    text = ("Thousands of North Korean labourers have reached Russian building sites, according to an investigation by "
            "Meduza's data desk. About 2,000 of them work in Moscow, Meduza found.")
    arts = pd.DataFrame({"article_id": ["m"], "text": [text], "published": [pd.Timestamp("2026-03-01")], "source": ["Meduza"]})
    df = estimates(dossier.sentences(arts), arts)
    assert df["claimant"].isna().all(), df[["quantity_text", "claimant"]]


def test_a_period_inside_a_name_does_not_end_it():
    assert claim("Thousands", "Thousands of North Korean labourers have reached Russian building sites, according to an "
                 "investigation by Radio Liberty's Siberia.Realities project.") == ("Radio Liberty", None)


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # Bodies that report on the alliance by any of their names, one claimant each.
    ("The Ministry of Unification said about 230 North Korean soldiers had been killed in Kursk.",
     "about 230", ("South Korean Ministry of Unification", None)),
    ("The U.S. Defense Intelligence Agency estimated that some 6 million shells had been shipped.",
     "some 6 million", ("Defense Intelligence Agency", None)),
    ("Ukraine's Coordination Headquarters for the Treatment of POWs said 2 North Korean soldiers were being held.",
     "2", ("Coordination Headquarters for the Treatment of Prisoners of War", None)),
])
def test_bodies_known_by_several_names(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


def test_an_unnamed_spokesperson_speaks_for_the_body_credited_before():
    assert claim("some 4,000", "The World Food Programme has warned that hunger is spreading in North Korea. A "
                 "spokesperson said some 4,000 North Korean soldiers had been wounded.") == ("World Food Programme", None)
    # A person credited before is no body a spokesperson speaks for.
    assert claim("some 4,000", "Andriy Kovalenko has warned that hunger is spreading in North Korea. A spokesperson "
                 "said some 4,000 North Korean soldiers had been wounded.")[0] != "Andriy Kovalenko"


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # A time before or after a cue's object says when, never whose: "Tuesday's briefing" names no one.
    ("According to Tuesday's briefing, about 12,500 North Korean troops are in Kursk.", "about 12,500", (None, None)),
    # "most Western estimates": a determiner and one adjective own nothing.
    ("North Korea has lost many men, and most Western estimates put its casualties at about 4,300.", "about 4,300",
     ("unattributed reports", None)),
])
def test_a_time_or_an_adjective_owns_no_figure(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


def test_they_after_a_body_no_vocabulary_knows_is_that_body():
    assert claim("at least 45", "Researchers at the Sejong Institute in Seongnam said North Korea had sent about 900 "
                 "engineers. They said in a report that at least 45 cargo ships had called at Rajin since March.") == (
        "Sejong Institute", None)


@pytest.mark.parametrize("paragraphs, quantity, expected", [
    # People "at the institute", a report "of the monitoring team": the body the description stands for.
    (["The Korea Institute for National Unification published its annual survey on Monday.",
      "Researchers at the institute said at least 26,000 containers had been shipped since 2023."],
     "at least 26,000", ("Korea Institute for National Unification", None)),
    (["The Multilateral Sanctions Monitoring Team was set up by 11 states last year.",
      "According to the second report of the monitoring team, some 170 ballistic missiles were delivered."],
     "some 170", ("Multilateral Sanctions Monitoring Team", None)),
])
def test_people_or_a_document_of_a_described_body_are_the_body(paragraphs, quantity, expected):
    assert claim(quantity, *paragraphs) == expected


def test_a_title_with_its_modifiers_refers_back_to_the_person_apposed_with_it():
    assert claim("about 650", "Vadym Skibitskyi, Ukraine's deputy spy chief, spoke in Kyiv on Monday. The deputy spy "
                 "chief put the number of North Korean dead at about 650.") == ("Vadym Skibitskyi", None)


@pytest.mark.parametrize("paragraph, quantity, expected", [
    # Figures or data of no one named are unattributed, never the fragment "figures".
    ("According to official figures from last week, some 9,500 North Korean soldiers are in Kursk.", "some 9,500",
     ("unattributed reports", None)),
    ("According to data, about 1,900 North Korean soldiers have been wounded.", "about 1,900", ("unattributed reports", None)),
])
def test_figures_of_no_one_named_are_unattributed(paragraph, quantity, expected):
    assert claim(quantity, paragraph) == expected


@pytest.mark.parametrize(
    "quantity,text,expected",
    [
        ("5", "KYIV — Russia launched 5 ballistic missiles and 60 drones overnight, the Air Force said.", "Ukrainian Air Force"),
        ("43", "KYIV — According to the Air Force, air defences downed 43 drones over six regions.", "Ukrainian Air Force"),
        ("7", "KYIV — Prosecutors said 7 people were killed when the missile hit a supermarket.",
         "Prosecutor General's Office of Ukraine"),
    ],
)
def test_a_body_named_without_its_state_in_a_kyiv_dispatch_is_ukraine_s(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_a_body_named_without_its_state_elsewhere_is_not_ukraine_s():
    text = "SEOUL — North Korea fired 3 ballistic missiles toward the East Sea, the Air Force said."
    assert claim("3", text)[0] != "Ukrainian Air Force"


@pytest.mark.parametrize(
    "quantity,text,expected",
    [
        ("about 900", 'According to "well-placed sources," about 900 North Korean construction workers arrived in Vladivostok in May.',
         "unattributed reports"),
        ("Some 2,400", "Some 2,400 troops left Wonsan by ship, according to “the Defense Intelligence Agency”.",
         "Defense Intelligence Agency"),
        ("300", 'Citing "a senior official in Kyiv", the paper said 300 North Korean soldiers had been captured.',
         "Ukrainian government"),
    ],
)
def test_a_cue_s_object_in_quotation_marks_is_its_claimant(quantity, text, expected):
    got, _ = claim(quantity, text)
    assert got == expected
    assert '"' not in got and "“" not in got and not got.endswith(",")


def test_a_figure_in_quotation_marks_after_a_cue_names_no_claimant():
    # The marks hold a quotation with a figure, not the name of a source.
    got, _ = claim("3,000", 'Asked about losses, Kim replied according to "3,000 dead, maybe more" estimates he had seen.')
    assert got is None or '"' not in got


@pytest.mark.parametrize("relay", ["the MP", "a legislator", "one parliamentarian", "an opposition assemblyman"])
def test_a_member_of_parliament_relaying_a_briefing_is_a_lawmaker(relay):
    paragraphs = ["South Korea's National Intelligence Service briefed the intelligence committee on Friday.",
                  f"Some 1,100 North Korean soldiers were wounded in December, {relay} said, citing the agency."]
    assert claim("Some 1,100", *paragraphs) == (NIS, "lawmakers")


@pytest.mark.parametrize(
    "text",
    [
        "The agency believes about 1,700 North Korean soldiers were wounded, Rep. Kim Ki-hyeon told reporters, citing the agency's report.",
        "It thinks about 1,700 North Korean soldiers were wounded, Rep. Kim Ki-hyeon told reporters after the session, citing the spy agency.",
        "The spy agency estimates that about 1,700 North Korean soldiers were wounded, Kim Ki-hyeon said on Wednesday, citing the NIS's latest assessment.",
    ],
)
def test_one_citing_the_figure_s_own_source_passes_it_on(text):
    paragraphs = ["South Korea's National Intelligence Service briefed the intelligence committee on Wednesday.", text]
    assert claim("about 1,700", *paragraphs) == (NIS, "Kim Ki-hyeon")


def test_a_possessive_before_a_cited_document_is_the_source():
    paragraphs = ["South Korea's National Intelligence Service briefed the intelligence committee on Wednesday.",
                  "Some 800 more troops left Chongjin in March, the newspaper said, citing the spy agency’s report to parliament."]
    assert claim("Some 800", *paragraphs)[0] == NIS


@pytest.mark.parametrize(
    "sentence, claimant",
    [
        # Sources joined by "and" speak together: one claimant, as written, never one of them or a mixture.
        ("Pyongyang has shipped more than 20,000 containers of munitions, U.S. and Ukrainian officials say.",
         "U.S. and Ukrainian officials"),
        ("Seoul and Washington believe at least 250 ballistic missiles have been fired at Ukraine.", "Seoul and Washington"),
        # The words the parts share may be more than the head noun.
        ("Western and South Korean intelligence agencies put the deployment at about 15,000 troops.",
         "Western and South Korean intelligence agencies"),
        # States' estimates together are their governments', as written.
        ("About 15,000 troops are in Russia, according to South Korean and Western estimates.",
         "South Korean and Western governments"),
        # A state's abbreviation among the parts ("the U.S.") is its government.
        ("North Korea has sent some 11,000 troops, according to the U.S., South Korea and Ukraine.",
         "U.S., South Korea and Ukraine"),
        # People are charted by their full names.
        ("Zelensky and Budanov said about 4,000 North Korean soldiers had been killed.",
         "Volodymyr Zelensky and Kyrylo Budanov"),
    ],
)
def test_coordinated_sources_are_one_joint_claimant(sentence, claimant):
    assert run(sentence)["claimant"].tolist() == [claimant]


@pytest.mark.parametrize(
    "sentence, claimant",
    [
        # A title's plural before "estimate that" is the verb's subject, not the owner of a noun "estimate".
        ("British and American intelligence officials estimate that some 6,000 soldiers have been killed.",
         "British and American intelligence officials"),
        ("Senior Ukrainian commanders estimate that 2,000 North Korean troops were wounded in March.",
         "Ukrainian military"),
    ],
)
def test_a_title_s_plural_before_estimate_that_is_the_verb_s_subject(sentence, claimant):
    assert run(sentence)["claimant"].tolist() == [claimant]


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # Cut before the object of "familiar with": people who know, an anonymous source.
        ("Pyongyang shipped at least 40 missiles in October, according to two people familiar with the matter and "
         "satellite images reviewed by Reuters.", "at least 40", "unattributed reports"),
    ],
)
def test_a_claimant_never_ends_in_a_preposition(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_a_description_s_people_are_those_quoted_before_else_the_body_named_last():
    text = ("Officials at South Korea's defense ministry said about 12 million shells had been shipped. "
            "Russian officials denied it. "
            "The ministry officials, who spoke on condition of anonymity, said about 200 howitzers had been sent.")
    assert one(text, "about 200")["claimant"] == "South Korean Ministry of National Defense"
    text = ("The Russian Defence Ministry has not commented. "
            "Ministry officials said privately that 500 North Korean soldiers guard the border.")
    assert one(text, "500")["claimant"] == "Russian Ministry of Defence"


def claim_in(source: str, quantity: str, *paragraphs: str) -> str | None:
    """The claimant of the one figure ``quantity`` of an article of the outlet ``source``."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-03-04")], "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once:\n{df[['quantity_text', 'claimant']]}"
    return None if pd.isna(rows.iloc[0]["claimant"]) else rows.iloc[0]["claimant"]


@pytest.mark.parametrize(
    "source, quantity, text, claimant",
    [
        # A body named without its state, in an outlet of a state, is that state's.
        ("The Mainichi", "about 30", "The Defense Ministry believes about 30 missiles were shipped by sea.", "Japanese Ministry of Defense"),
        ("NHK World", "some 8,000", "The Foreign Ministry said some 8,000 North Korean workers had been sent to Russia.", "Japanese Ministry of Foreign Affairs"),
        ("Militarnyi", "at least 70", "According to Defence Intelligence, at least 70 howitzers arrived in October.", "Ukrainian military intelligence (HUR)"),
        ("Espreso", "around 500", "The military intelligence estimates that around 500 launchers were delivered.", "Ukrainian military intelligence (HUR)"),
    ],
)
def test_a_bare_body_in_an_outlet_of_a_state_is_that_states(source, quantity, text, claimant):
    assert claim_in(source, quantity, text) == claimant


@pytest.mark.parametrize(
    "text, claimant",
    [
        # An unnamed official with a state's adjective and a ministry's domain speaks for that ministry.
        ("A Ukrainian defence official said about 900 North Korean troops were wounded in March.", "Ukrainian Ministry of Defence"),
        ("About 900 North Korean troops were wounded in March, according to a senior Ukrainian defense official.", "Ukrainian Ministry of Defence"),
        ("Japanese defense officials believe about 900 North Korean troops were wounded in March.", "Japanese Ministry of Defense"),
    ],
)
def test_a_states_unnamed_defense_official_speaks_for_its_ministry(text, claimant):
    assert claim("about 900" if "about 900" in text else "About 900", text) == (claimant, None)


@pytest.mark.parametrize(
    "text, first, second",
    [
        # A contrasting or coordinate clause after a "that" clause is no part of what the first subject reports.
        ("The NIS said that some 1,200 North Korean troops had left Kursk, while Kyiv estimates that roughly 3,000 North Korean soldiers remain.",
         ("some 1,200", NIS), ("roughly 3,000", "Ukrainian government")),
        ("Seoul's spy agency believes that about 900 soldiers were captured, but Ukrainian officials confirmed only three prisoners.",
         ("about 900", NIS), ("three", "Ukrainian officials")),
        ("The NIS told lawmakers that about 900 soldiers were captured, whereas Kyiv says it holds three prisoners.",
         ("about 900", NIS), ("three", "Ukrainian government")),
    ],
)
def test_a_contrasting_clause_after_a_that_clause_has_its_own_claimant(text, first, second):
    df = run(text)
    got = dict(zip(df["quantity_text"], df["claimant"]))
    assert (got.get(first[0]), got.get(second[0])) == (first[1], second[1])


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        # "the document" a medium cites is the report of the body that issued it, named before.
        ("about 7,500", ["The Multilateral Sanctions Monitoring Team released its second report on Monday.",
                         "Japanese broadcasters cited the document as saying about 7,500 North Korean workers had been sent to Russia."],
         ("Multilateral Sanctions Monitoring Team", None)),
        ("roughly 4,000", ["The Royal United Services Institute published a study of the war's artillery on Friday.",
                           "According to the document, roughly 4,000 North Korean shells are fired every day."],
         ("Royal United Services Institute (RUSI)", None)),
    ],
)
def test_the_document_is_its_issuers(quantity, paragraphs, expected):
    got = claim(quantity, *paragraphs)
    assert got[0] == expected[0]


@pytest.mark.parametrize(
    "text, figures",
    [
        # A figure the writer converts from a claimed one, after a comma, is the outlet's; the first keeps its source.
        ("The NIS said the North had shipped about 14,000 containers, which would amount to roughly 5 million shells.",
         {"about 14,000": NIS, "roughly 5 million": None}),
        ("The NIS estimates 9,000 containers have crossed the border, which would mean some 3 million shells.",
         {"9,000": NIS, "some 3 million": None}),
        # Guards: a plain conversion is the source's, and so is one an attribution follows or no comma sets off.
        ("The NIS counted some 300 railcars of munitions, enough to carry about 90,000 artillery rounds.",
         {"some 300": NIS, "about 90,000": NIS}),
        ("North Korea shipped 9,000 containers, which would amount to some 3 million shells, the NIS said.",
         {"9,000": NIS, "some 3 million": NIS}),
        ("The NIS said the shipments were equivalent to some 3 million shells.", {"some 3 million": NIS}),
    ],
)
def test_a_figure_the_writer_converts_is_the_outlets(text, figures):
    df = run(text)
    got = {q: (None if pd.isna(c) else c) for q, c in zip(df["quantity_text"], df["claimant"])}
    assert got == figures


@pytest.mark.parametrize(
    "quantity, text, claimant",
    [
        # "puts the number (toll, total) of X at N": the subject claims N, in any tense or as a participle.
        ("about 4,500", "The Pentagon now puts the number of North Korean troops still in Kursk at about 4,500.", "the Pentagon"),
        ("more than 2 million", "The Kiel Institute has put the total of shells shipped by rail at more than 2 million.",
         "Kiel Institute for the World Economy"),
        ("1,500", "Zelensky visited Sumy on Friday, putting the toll of North Korean soldiers killed at 1,500.", "Volodymyr Zelensky"),
    ],
)
def test_who_puts_a_figure_at_a_number_claims_it(quantity, text, claimant):
    assert claim(quantity, text)[0] == claimant


def test_putting_things_somewhere_claims_nothing():
    # "putting 40 villages at risk" is no figure's noun put at a number: the shells stay the outlet's.
    assert claim("120", "Russian guns fired 120 shells overnight, putting dozens of villages at risk.")[0] is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Tom Hale MP told the Commons that about 9,000 soldiers had been sent."],
        ["The Minister for the Indo-Pacific, Tom Hale MP, answered questions on Tuesday.",
         "The minister said about 9,000 soldiers had been sent."],
    ],
)
def test_the_letters_of_a_seat_after_a_name_leave_the_person(paragraphs):
    # "MP" after a name is the person's seat: the figure is Tom Hale's, not lawmakers'.
    assert claim("about 9,000", *paragraphs)[0] == "Tom Hale"


def test_mp_alone_is_still_lawmakers():
    assert claim("about 9,000", "One MP said about 9,000 soldiers had been sent.")[0] == "lawmakers"


@pytest.mark.parametrize(
    "paragraphs, claimant",
    [
        # A bare title no one in the article holds speaks for the last body of its kind named, never as "Minister".
        (["Ukraine's defence ministry briefed reporters in Kyiv on Thursday.",
          "The Minister said some 2,500 soldiers had been moved to the border."], "Ukrainian Ministry of Defence"),
        (["The parliamentary intelligence committee held a closed session.",
          "The Chair said some 2,500 soldiers had been moved to the border."], "lawmakers"),
        # With nothing to stand for, it names no one.
        (["The Minister said some 2,500 soldiers had been moved to the border."], None),
        # A holder named before still wins over the body.
        (["Ukraine's defence ministry briefed reporters in Kyiv on Thursday.",
          "Defence Minister Rustem Umerov spoke first. The minister said some 2,500 soldiers had been moved to the border."],
         "Rustem Umerov"),
    ],
)
def test_a_bare_title_is_its_holder_else_its_body_never_the_title(paragraphs, claimant):
    assert claim("some 2,500", *paragraphs)[0] == claimant


@pytest.mark.parametrize(
    "quantity, text, expected",
    [
        # A person the vocabularies know telling, in a reported clause, what a body found: the body claims, the
        # person passes it on.
        ("about 1,000", "Zelensky told reporters that Ukrainian intelligence had counted about 1,000 North Korean dead.",
         ("Ukrainian military intelligence (HUR)", "Volodymyr Zelensky")),
        ("4 million", "Defence Minister Rustem Umerov told the committee that the monitoring team had documented 4 million shells.",
         ("monitoring team", "Rustem Umerov")),
        # A state's own assessment told by one who speaks for it stays theirs.
        ("10,000", "John Kirby said the United States now assessed that 10,000 troops were in Russia.", ("John Kirby", None)),
        # No body in the reported clause: the person's own figure.
        ("12,000", "Zelensky said the North had sent 12,000 troops.", ("Volodymyr Zelensky", None)),
    ],
)
def test_a_body_named_inside_a_persons_reported_clause_is_the_source(quantity, text, expected):
    assert claim(quantity, text) == expected


@pytest.mark.parametrize(
    "words, claimant",
    [
        # A state's possessive before a description: the body the description stands for in that state.
        ("Seoul's spy service", NIS),
        ("Kyiv's spy agency", "Ukrainian military intelligence (HUR)"),
        # A description with no body of that state: the state's government, as before.
        ("Moscow's spy agency", "Russian government"),
        ("Seoul's officials", "South Korean government"),
    ],
)
def test_a_states_possessive_before_a_description_names_its_body(words, claimant):
    assert normalise(words) == claimant


def test_a_spy_service_that_confirms_a_count_claims_it():
    assert claim("four", "Seoul's spy service confirmed that four North Korean soldiers are held in Ukraine.")[0] == NIS


def test_a_strikes_toll_right_after_an_official_told_of_the_strike_is_theirs():
    text = "Regional governor Ivan Fedorov said a missile struck a market in the city. Nine people were killed and 30 wounded."
    assert claim("Nine", text)[0] == "Ivan Fedorov" and claim("30", text)[0] == "Ivan Fedorov"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Another paragraph: the outlet's own.
        ["Regional governor Ivan Fedorov said a missile struck a market in the city.", "Nine people were killed."],
        # The sentence before tells of no strike.
        ["Regional governor Ivan Fedorov visited the hospital. Nine people were killed in a missile strike on the market."],
        # Not a strike's casualties: soldiers lost at the front.
        ["Regional governor Ivan Fedorov said a missile struck a market in the city. Nine soldiers were killed near Sudzha."],
    ],
)
def test_a_toll_with_no_official_telling_of_the_strike_just_before_is_the_outlets(paragraphs):
    assert claim("Nine", *paragraphs)[0] is None


@pytest.mark.parametrize(
    "intro",
    [
        "The head of the regional military administration, Serhiy Lysak, spoke to reporters on Monday.",
        "The spokesman of the Southern Defence Forces, Vladyslav Voloshyn, spoke to reporters on Monday.",
    ],
)
def test_a_surname_is_the_full_name_introduced_after_a_role(intro):
    # The title and a long body before the name in an apposition: the surname later is the person so introduced.
    surname = intro.split(", ")[1].split()[-1]
    full = intro.split(", ")[1]
    assert claim("14", intro, f"{surname} said 14 people were injured in the drone strike.")[0] == full


def test_head_as_a_title_leaves_a_known_name_as_it_is():
    # "head" now a title: "The head of state, Kim Jong Un," still names Kim Jong Un, whom the vocabularies know.
    assert claim("3,000", "The head of state, Kim Jong Un, said 3,000 troops had been sent.")[0] == "Kim Jong Un"


@pytest.mark.parametrize(
    "paragraphs, claimant",
    [
        # A title with a modifier no one holds: the government of the state named last, never "Foreign Minister".
        (["Kyiv hosted the talks on Thursday.", "The Foreign Minister said some 2,500 soldiers had been moved to the border."],
         "Ukrainian government"),
        # Not the last ministry named, which may be another minister's.
        (["Ukraine's defence ministry briefed reporters on Thursday.",
          "The Foreign Minister said some 2,500 soldiers had been moved to the border."], None),
    ],
)
def test_a_modified_title_no_one_holds_is_its_government(paragraphs, claimant):
    assert claim("some 2,500", *paragraphs)[0] == claimant


@pytest.mark.parametrize(
    "quantity, text, claimant",
    [
        # The plain present of counting and confirming, after a plural subject, reports as the past does.
        ("four", "Ukrainian officials confirm that four North Korean soldiers are held in Kyiv.", "Ukrainian officials"),
        ("about 30", "Ukrainian monitors count about 30 sailings a month from Rajin.", "Ukrainian monitors"),
    ],
)
def test_a_plural_subject_that_counts_or_confirms_claims_the_figure(quantity, text, claimant):
    assert claim(quantity, text)[0] == claimant


def test_a_count_as_a_noun_still_names_its_owner():
    # "count" after an owner is the claim noun it also spells: the owner claims, and no verb is read.
    assert claim("300", "The NIS count puts the dead at 300.")[0] == NIS
