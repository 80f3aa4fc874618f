"""Construction suite of who claims a figure: verbs of claiming and where they sit, attribution across sentences,
relays and canonical claimants, each varied as coverage varies them, with look-alikes that must not be read so."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import run

_KOREA = "North Korea has sent troops to fight for Russia."  # the context that makes "the South" South Korea


def claim_of(paragraphs: list[str], quantity: str) -> pd.Series:
    """The one row of ``quantity`` read from an article of ``paragraphs``."""
    df = run(*paragraphs)
    rows = df[df["quantity_text"].str.lower() == quantity.lower()]  # as the sentence capitalises it
    assert len(rows) == 1, f"{quantity!r} not read once:\n{df[['quantity_text', 'claimant']]}"
    return rows.iloc[0]


def claimant(paragraphs: list[str], quantity: str) -> str | None:
    value = claim_of(paragraphs, quantity)["claimant"]
    return value if isinstance(value, str) else None


@pytest.mark.parametrize(
    "text, quantity, who",
    [
        # Present, past, "put the number at", "puts the toll at", "assessed", "believes", "reckons", "counted".
        ("South Korea's spy agency estimates that about 2,000 North Korean soldiers have been killed.", "about 2,000",
         "National Intelligence Service"),
        ("The Pentagon estimated on Tuesday that roughly 1,200 North Korean troops had been wounded.", "roughly 1,200",
         "the Pentagon"),
        ("Ukraine's military intelligence put the number at some 4,000 killed or wounded.", "some 4,000",
         "Ukrainian military intelligence (HUR)"),
        ("The Joint Chiefs of Staff puts the toll at about 600 dead.", "about 600", "Joint Chiefs of Staff"),
        ("The National Intelligence Service assessed that around 3,000 more troops had been sent.", "around 3,000",
         "National Intelligence Service"),
        ("The Pentagon believes that about 11,000 North Korean soldiers are in Kursk.", "about 11,000", "the Pentagon"),
        ("Budanov reckons that about 1,000 North Korean soldiers have died.", "about 1,000", "Kyrylo Budanov"),
        ("Ukraine's military intelligence counted about 300 North Korean dead in the first week.", "about 300",
         "Ukrainian military intelligence (HUR)"),
        # Passive, "according to" before and after, "said" after a long clause, "per", "figures from".
        ("About 1,500 North Korean soldiers are estimated by the NIS to have been killed.", "About 1,500",
         "National Intelligence Service"),
        ("About 1,500 North Korean soldiers have been killed, according to the NIS.", "About 1,500",
         "National Intelligence Service"),
        ("According to the Pentagon, about 1,500 North Korean soldiers have been killed.", "about 1,500", "the Pentagon"),
        ("About 1,500 North Korean soldiers have been killed in the fighting since the winter offensive began in the "
         "border region, the Pentagon said.", "About 1,500", "the Pentagon"),
        ("Some 3,000 soldiers have been wounded, per the Joint Chiefs of Staff.", "Some 3,000", "Joint Chiefs of Staff"),
        ("Figures from the NIS show about 2,700 soldiers killed or wounded.", "about 2,700", "National Intelligence Service"),
        # A body's estimate or assessment by name, and "in its report, X said".
        ("The NIS's estimate of about 3,000 casualties was given to lawmakers on Monday.", "about 3,000",
         "National Intelligence Service"),
        ("An estimate by the Pentagon put North Korean casualties at around 4,000.", "around 4,000", "the Pentagon"),
        ("The NIS's latest assessment puts the number of dead at about 600.", "about 600", "National Intelligence Service"),
        ("In its report, the Pentagon said some 1,000 North Korean soldiers were killed.", "some 1,000", "the Pentagon"),
        # Look-alikes: a body named only as not confirming, or declining to comment, claims nothing.
        ("About 1,500 North Korean soldiers have been killed, a figure the Pentagon has not confirmed.", "About 1,500",
         None),
        ("About 11,000 soldiers were sent last year. The Pentagon declined to comment.", "About 11,000", None),
    ],
)
def test_verbs_of_claiming(text, quantity, who):
    assert claimant([text], quantity) == who


@pytest.mark.parametrize(
    "paragraphs, quantity, who",
    [
        (["The NIS briefed lawmakers on Tuesday.", "It estimated that about 2,000 soldiers had been killed."],
         "about 2,000", "National Intelligence Service"),
        (["The NIS briefed lawmakers on Tuesday. It estimated that about 2,000 soldiers had been killed."],
         "about 2,000", "National Intelligence Service"),
        (["South Korea's spy agency gave its latest assessment on Monday. The agency said about 2,000 soldiers had been "
          "killed."], "about 2,000", "National Intelligence Service"),
        (["The Pentagon released new figures on Monday. Officials said about 2,000 soldiers had been killed."],
         "about 2,000", "the Pentagon"),
        (["Kim Jong Un has praised the troops.", "Jenny Town, director of 38 North, said the trade was growing.",
          "She estimated that the North had sent 20,000 containers since 2023."], "20,000", "Jenny Town"),
        (["Kim Jong Un has praised the troops.", "\u201cThe numbers keep rising,\u201d said Go Myong-hyun, a researcher "
          "in Seoul.", "He estimated that the North had sent 20,000 containers since 2023."], "20,000", "Go Myong-hyun"),
        (["Kyrylo Budanov spoke to reporters in Kyiv.", "Pyongyang, he added, has lost about 4,000 soldiers."],
         "about 4,000", "Kyrylo Budanov"),
        # Look-alikes: the reporter's own count in a new paragraph, and another source named in between.
        (["The NIS briefed lawmakers on Tuesday about the deployment.", "North Korea has sent about 15,000 soldiers to "
          "Russia since October, by this newspaper's count."], "about 15,000", None),
        (["The NIS briefed lawmakers on Tuesday. Ukraine's military intelligence said about 2,000 soldiers had been "
          "killed."], "about 2,000", "Ukrainian military intelligence (HUR)"),
    ],
)
def test_attribution_across_sentences(paragraphs, quantity, who):
    assert claimant(paragraphs, quantity) == who


@pytest.mark.parametrize(
    "paragraphs, quantity, who, via",
    [
        (["About 2,000 soldiers had been killed, Park said, citing the NIS."], "about 2,000",
         "National Intelligence Service", "Park"),
        (["The Times, citing Western intelligence, said about 2,000 soldiers had been killed."], "about 2,000",
         "Western intelligence", "The Times"),
        (["A lawmaker quoted the NIS as saying that about 2,000 soldiers had been killed."], "about 2,000",
         "National Intelligence Service", "lawmakers"),
        (["Lawmakers briefed by Seoul's spy agency said about 2,000 soldiers had been killed."], "about 2,000",
         "National Intelligence Service", "lawmakers"),
        (["South Korea's spy agency briefed parliament on Monday.", "Lawmakers briefed by the spy agency said about "
          "2,000 soldiers had been killed."], "about 2,000", "National Intelligence Service", "lawmakers"),
    ],
)
def test_relays(paragraphs, quantity, who, via):
    row = claim_of(paragraphs, quantity)
    assert (row["claimant"], row["claimant_via"]) == (who, via)


@pytest.mark.parametrize(
    "paragraphs, quantity, who",
    [
        ([_KOREA, "The South estimates that about 2,000 soldiers have been killed."], "about 2,000",
         "South Korean government"),
        ([_KOREA, "According to the South, about 2,000 soldiers have been killed."], "about 2,000",
         "South Korean government"),
        ([_KOREA, "The South's spy agency said about 2,000 soldiers have been killed."], "about 2,000",
         "National Intelligence Service"),
        (["Seoul says about 2,000 soldiers have been killed."], "about 2,000", "South Korean government"),
        (["Kyiv says about 2,000 soldiers have been killed."], "about 2,000", "Ukrainian government"),
        (["HUR says about 2,000 soldiers have been killed."], "about 2,000", "Ukrainian military intelligence (HUR)"),
        (["Washington says about 2,000 soldiers have been killed."], "about 2,000", "United States government"),
        (["Western officials say about 2,000 soldiers have been killed."], "about 2,000", "Western officials"),
        (["South Korea's military says about 2,000 soldiers have been killed."], "about 2,000", "Joint Chiefs of Staff"),
        # The initials of Ukraine's Special Operations Forces, in a Ukrainian setting.
        (["Ukrainian units fought in Kursk.", "According to the SSO, its operators killed at least 50 North Korean "
          "soldiers."], "at least 50", "Ukrainian Special Operations Forces"),
        (["The SSO said on Telegram that its drones had hit at least 30 North Korean soldiers near Ukraine's border."],
         "at least 30", "Ukrainian Special Operations Forces"),
        # Look-alike: the reporter's own figure, which no one claims.
        (["North Korea has sent about 11,000 soldiers to Russia since October."], "about 11,000", None),
    ],
)
def test_canonical_claimants(paragraphs, quantity, who):
    assert claimant(paragraphs, quantity) == who


@pytest.mark.parametrize(
    "text, quantity, who",
    [
        # Asides stacked between a name and its verb: a role, then what the body is known as or known for.
        ("Maj. Gen. Vadym Skibitskyi, deputy head of the agency, known as HUR, told Reuters that about 3,000 North "
         "Korean gunners were serving with Russian units.", "about 3,000", "Vadym Skibitskyi"),
        ("Kyrylo Budanov, the head of Ukraine's military intelligence, known as the HUR, said on Friday that about "
         "3,000 North Korean soldiers had been killed.", "about 3,000", "Kyrylo Budanov"),
        ("Rustem Umerov, Ukraine's defence minister, known for his blunt briefings, told The Guardian that about 3,000 "
         "North Korean soldiers had been killed.", "about 3,000", "Rustem Umerov"),
        ("Sabrina Singh, 38, the deputy Pentagon press secretary, told reporters that about 3,000 North Korean "
         "soldiers had been killed.", "about 3,000", "Sabrina Singh"),
        ("Jenny Town, director of 38 North, a Stimson Center programme, said about 2,000 containers had crossed.",
         "about 2,000", "Jenny Town"),
        ("Vadym Skibitskyi, the deputy head of Ukraine's military intelligence, told the BBC that about 3,000 North "
         "Korean gunners were serving with Russian units.", "about 3,000", "Vadym Skibitskyi"),
    ],
)
def test_stacked_asides_between_a_name_and_its_verb(text, quantity, who):
    assert claimant([text], quantity) == who


@pytest.mark.parametrize(
    "text, quantity, wrong",
    [
        # An opening phrase is no name: its subject is the one after it, whatever the aside says.
        ("Speaking at a forum in Seoul, the official, who asked not to be named, said about 2,000 soldiers had been "
         "killed.", "about 2,000", "Seoul"),
        ("Still, the numbers fit what Ukraine has said: Kyrylo Budanov, the HUR chief, told reporters that about "
         "2,000 soldiers had been killed.", "about 2,000", None),
        ("In its first report, the Pentagon, which tracks the deployment, said some 1,000 North Korean soldiers were "
         "killed.", "some 1,000", None),
    ],
)
def test_no_aside_stacks_past_an_opening_phrase(text, quantity, wrong):
    assert claimant([text], quantity) != wrong


@pytest.mark.parametrize(
    "paragraphs, quantity, who",
    [
        # A pronoun and its verb set off inside a clause never stand for that clause's own subject.
        (["Kyrylo Budanov spoke to reporters in Kyiv.", "Kim Jong Un, he said, had sent about 3,000 more soldiers to "
          "Kursk."], "about 3,000", "Kyrylo Budanov"),
        (["Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.", "The North Korean leader, he told reporters, had "
          "agreed to send 1,000 sappers to the Kursk region."], "1,000", "Sergei Shoigu"),
        (["Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.", "The North Korean leader, Shoigu said, had decided "
          "to send 1,000 sappers to the Kursk region."], "1,000", "Sergei Shoigu"),
        (["Kyrylo Budanov spoke to reporters in Kyiv.", "North Korea, he said, had sent about 3,000 more soldiers to "
          "Kursk."], "about 3,000", "Kyrylo Budanov"),
        (["Rustem Umerov spoke at a forum in Brussels.", "Kim Jong Un, he added, had shipped about 2,000 containers of "
          "shells."], "about 2,000", "Rustem Umerov"),
        # Look-alikes: a pronoun that opens its clause is its subject, and one after an opening phrase is who the
        # account says.
        (["Kyrylo Budanov spoke to reporters in Kyiv.", "He said Kim Jong Un had sent about 3,000 more soldiers to "
          "Kursk."], "about 3,000", "Kyrylo Budanov"),
        (["Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.", "In Pyongyang, he said, the two had agreed on "
          "1,000 sappers for the Kursk region."], "1,000", "Sergei Shoigu"),
    ],
)
def test_a_pronoun_set_off_inside_a_clause(paragraphs, quantity, who):
    assert claimant(paragraphs, quantity) == who


@pytest.mark.parametrize(
    "text, quantity, who",
    [
        # A figure set against another's estimate is not theirs: no one else named, it is the outlet's.
        ("North Korea has shipped as many as 9 million shells to Russia, a figure broadly in line with South Korean "
         "assessments.", "as many as 9 million", None),
        ("North Korea has shipped as many as 9 million shells to Russia, well above the Pentagon's estimate.",
         "as many as 9 million", None),
        ("North Korea has shipped as many as 9 million shells to Russia, far more than the NIS has estimated.",
         "as many as 9 million", None),
        ("Satellite imagery suggests as many as 9 million shells have been shipped, roughly matching what the NIS told "
         "lawmakers.", "as many as 9 million", None),
        ("North Korea has shipped as many as 9 million shells to Russia, close to the figure the Joint Chiefs of Staff "
         "gave in March.", "as many as 9 million", None),
        ("Such a pace would take deliveries to as many as 9 million shells, close to the number Seoul's defence ministry "
         "gave in its latest white paper.", "as many as 9 million", None),
        ("North Korea has sent more than 4,000 troops, close to what US officials told Congress in their briefing.",
         "more than 4,000", None),
        ("About 3,000 North Korean soldiers have died, far higher than the Pentagon has said, Budanov told reporters.",
         "About 3,000", "Kyrylo Budanov"),
        ("The NIS said about 3,000 North Korean soldiers had died, more than the Pentagon's estimate.", "about 3,000",
         "National Intelligence Service"),
        # Look-alikes: a hedge of another figure, a place, or "according to" after the figure, compare nothing.
        ("About 2,000 North Korean soldiers were killed and more than 3,000 wounded, the Pentagon said.", "About 2,000",
         "the Pentagon"),
        ("North Korea has sent about 3,000 troops above the Arctic Circle, the NIS said.", "about 3,000",
         "National Intelligence Service"),
        ("North Korea has shipped as many as 9 million shells to Russia, according to South Korean assessments.",
         "as many as 9 million", "South Korean government"),
    ],
)
def test_a_figure_compared_with_another_estimate(text, quantity, who):
    assert claimant([text], quantity) == who


@pytest.mark.parametrize(
    "paragraphs, quantity, who",
    [
        # A body's name and the title of its head: the person the article made its head before.
        (["Kyrylo Budanov, head of Ukraine's military intelligence, spoke on national television on Sunday.",
          "The HUR chief said about 3,000 more soldiers had arrived."], "about 3,000", "Kyrylo Budanov"),
        (["Kyrylo Budanov, head of HUR, spoke on Monday. Vadym Skibitskyi, his deputy, spoke too.",
          "The HUR chief said about 3,000 more soldiers had arrived."], "about 3,000", "Kyrylo Budanov"),
        (["The head of the Defence Intelligence of Ukraine, Kyrylo Budanov, gave an interview on Friday.",
          "About 3,000 more soldiers had arrived, the HUR chief said."], "About 3,000", "Kyrylo Budanov"),
        # Look-alikes: with no head named, or only a deputy, the title stands for the body.
        (["The HUR chief said about 3,000 more soldiers had arrived."], "about 3,000",
         "Ukrainian military intelligence (HUR)"),
        (["Vadym Skibitskyi, deputy head of HUR, spoke on Monday.", "The HUR chief said about 3,000 more soldiers had "
          "arrived."], "about 3,000", "Ukrainian military intelligence (HUR)"),
    ],
)
def test_the_title_of_a_bodys_head(paragraphs, quantity, who):
    assert claimant(paragraphs, quantity) == who
