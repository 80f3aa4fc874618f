"""Troop, casualty and munitions estimates: every figure about forces, losses or materiel.

A figure is a quantity (:mod:`dossier.text.numbers`) whose counted noun is in
``data/estimate_categories.csv`` or ``data/weapons.csv``; figures whose noun
counts anything else (days, people at a summit, dollars) are not estimates.
The claimant comes from :mod:`dossier.extractors.claims.estimate_claimants`.
A sentence is read as tokens (:mod:`~dossier.extractors.figures.estimate_tokens`);
the counted nouns are looked up in :mod:`~dossier.extractors.figures.estimate_nouns`,
the verbs that make a figure a loss or an addition read in
:mod:`~dossier.extractors.figures.estimate_losses`, a figure whose noun is elided in
:mod:`~dossier.extractors.figures.estimate_elided`, a change between two figures in
:mod:`~dossier.extractors.figures.estimate_changes`, hedges lent between coordinated
figures in :mod:`~dossier.extractors.figures.estimate_hedges`, a figure restated for
another noun ("120 guns and as many launchers") in
:mod:`~dossier.extractors.figures.estimate_same_count`, asides and relative
clauses between a noun and its predicate in
:mod:`~dossier.extractors.figures.estimate_asides`.

How a figure finds what it counts, in order:

1. memorials of the dead ("101 portraits of soldiers killed"): soldiers killed;
2. the first counted noun after it, within a few words of adjectives,
   calibres ("500,000 122-millimetre shells") and weapon designators
   ("148 KN-23 and KN-24 missiles");
3. a verb that makes it a loss, through auxiliaries and relative pronouns
   only ("the 4,000 who have been killed", "2,000 were wounded");
4. strikes tied to missiles ("used in at least 60 strikes"): the missiles;
   a generic noun ("dozens of systems") or launches ("scores of launches"):
   the weapons named before it, by a noun or by a name ("The KN-23 ...");
5. an elided noun: the previous figure's, within two sentences ("another
   3,000", "3 million a year", "1,000 had arrived"), or for a pronoun and
   a breakdown the last noun written before its clause ("600 of them",
   "15,000 in all: 11,000 last autumn"), for a pronoun of a count written
   large three sentences back along a chain of pronouns ("They came back.
   ... about 12,000 of them"); materiel before "of which" ("Koksan guns, of
   which about 120 have arrived"); the dead a memorial honours; none after
   a link verb ("the wounded number several thousand more": the verb's
   noun); a count fired or launched ("around twenty were fired"): the
   munitions named before it;
6. a noun before it joined by a link word ("a contingent of 12,000"), or
   a few words before a predicate ("the death toll among them stood at
   600", "casualties exceed 3,000", "the number of troops is 11,000"), past
   an aside before the predicate ("total casualties, including the wounded,
   were put at 4,700"; :mod:`~dossier.extractors.figures.estimate_asides`),
   a relative clause that ends in the link ("the casualties, which the NIS
   estimates at") or a range named by a hedge ("in the range of 1,500 to
   2,000"); a noun that names the figure itself: "the total" sums the whole
   the last part was taken from, "the figure" or "the estimate" restates
   the figure just given, a part only when below the whole
   (:mod:`~dossier.extractors.figures.estimate_totals`), or counts what
   follows its "of", however far ("its estimate of soldiers killed in the
   war in Ukraine to 2,000");
7. "so many strong", "a 12,000-man" size a force: troops, whatever noun follows.

The predicate decides the category, not the noun: a count of soldiers or
people becomes a casualty count when a casualty verb goes with it ("killed
3,000 soldiers", "2,000 soldiers are believed to have been killed", "101
fallen soldiers"); a part taken from a force ("6,000 of the 14,000 men
deployed had been killed") is the loss, and the force stays troops.  A loss
that is not of soldiers, in a sentence about a strike or attack or right
after one, is ``strike_casualties`` ("a Russian attack that left 12 dead in
Kyiv").  One hedge reaches the figures joined to it in its clause ("about
300 killed and 2,700 wounded": both approximate), when they count things of
one category ("nearly 5 million shells and 120 missiles": the missiles exact)."""

from __future__ import annotations

import pandas as pd

from ... import schema
from ...text.sentences import article_positions
from ..claims.claim_headline import headline_claim
from ..claims.claim_quotes import quoted_speakers
from ..claims.claimant_unnamed_reports import unnamed_reports
from .estimate_changes import read_changes, split_changes
from ..claims.estimate_claims import ArticleClaims
from .estimate_elided import FigureSentence, continued, earlier_text, earlier_value, question_before
from .estimate_groups import join_group_ranges, sizes_each_group
from .estimate_fired import fired_munitions
from .estimate_generic import generic_noun, names_generic, numbers_generic, weapons_named
from .estimate_hedges import lend_hedges
from .estimate_tallies import an_increment, read_tallies
from .estimate_held import held_before, held_right_after, holds_the_count
from .estimate_joins import apposed, goes_on_from, leaves_out, is_a_part, joins_the_figure_before, opens_a_series, summed_apart
from .estimate_ages import an_age
from .estimate_asides import past_asides, without_attributions
from .estimate_totals import total_named
from .estimate_links import backward, link_window, sized, sizes_a_force
from .estimate_losses import (
    as_loss, closes_a_loss, interviewed, joins_a_loss, loss_after, loss_before, loss_of_things, reinforces, verb_of_the_next,
)
from .estimate_likened import likened
from .estimate_memorials import memorial_count
from .estimate_mentions import mentioned
from .estimate_nouns import Counted, elided, forward, noun_of_its_own, opens_with_part
from .estimate_parts import ordinal_part_before, partitives
from .estimate_pronoun_size import sizes_what_it_stands_for
from .estimate_quoted import unquoted
from .estimate_restated import ArticleFigures
from .estimate_single import a_lone_one, one_of_many
from .estimate_several import counts_of_a_noun, some_of_them
from .estimate_same_count import same_counts
from .estimate_sanctions import sanctioned_officers
from .estimate_strike_counts import strikes_by_missiles
from .estimate_strike_toll import ToldStrikes, goes_on_with_a_strike, strike_told
from .estimate_shares import restates_a_share, share_named, share_of_a_need, share_of_the_last, shared, sizes_a_change
from .estimate_subsets import picks_people_out, sizes_small_groups
from .estimate_tokens import Ahead, Behind
from .estimate_uncounted import counts_no_one
from ...text.numbers import Quantity, cues
from ...text.quantities import find_quantities
from .quantity_screen import may_hold_quantities


def _counted(sentence: FigureSentence, q: Quantity, last: Counted | None, whole: Counted | None = None,
             figures: ArticleFigures | None = None) -> Counted | None:
    """What the quantity ``q`` of ``sentence`` counts, or None when it is no figure of forces or materiel.

    ``last`` is what the figure before counted (within a sentence or two); ``whole``, what the last figure that
    was not a part of another ("600 of them") counted: the one a bare total sums; ``figures``, the article's so far."""
    text, stripped = sentence.text, sentence.stripped
    if stripped[q.start] != text[q.start]:
        if not held_before(Behind(text, q.start)):
            return None  # "One official said deliveries had fallen": a number of an attribution names who speaks
        # "the SBU, which is holding the two men, says": the captives its speaker holds, read in the words as written.
        stripped = text
        sentence = sentence._replace(stripped=text)
    if (bare := unquoted(text, q)) is not text:  # "sent “about half” of the shells": the marks end no phrase
        text, stripped = bare, unquoted(stripped, q)
        sentence = sentence._replace(text=text, stripped=stripped)
    after = Ahead(stripped, q.end)
    before = Behind(text, q.start)
    if q.kind == "count" and (honoured := memorial_count(before, after)) is not None:
        return honoured  # "101 framed portraits of soldiers killed", "portraits of 101 of the fallen": the dead
    if q.kind == "count" and (counts_no_one(q, before, after, text) or picks_people_out(q, before, after, last)
                              or sizes_small_groups(q, before) or an_age(q, before, after) or one_of_many(text, q, before)):
        return None  # "one of the prisoners", "Three of the prisoners want to go", "in groups of three", "men of 20" (an age): no count of anyone
    counted, noun_at = forward(after)
    counted = likened(after, noun_at, counted)  # "six vehicles resembling the Koksan gun": the arm they look like
    if q.kind == "count" and (counted is None or counted.category == "persons") and (
            each := sizes_each_group(q, before, after, text, sentence.previous)) is not None:
        return each  # "they attack in groups of 20-30 people": each group's size, of the soldiers named before
    if counted is None and q.kind == "count" and q.scaled and (
            sized_force := sizes_what_it_stands_for(q, before, text, sentence.previous)) is not None:
        return sized_force  # "in August it numbered up to 30,000": the force the pronoun stands for
    if "’" in stripped:
        noun_at = None  # as_loss looks for the noun in words with curly apostrophes: not what forward read
    verb_next = counted is None and verb_of_the_next(after)  # "killed 300 and wounded 2,700": the verb after "and" is 2,700's
    if counted is None and not verb_next:
        loss = loss_after(after)
        if loss:
            counted = Counted(loss.category, loss.subtype, (), None)
    if counted is not None and counted.category == "casualties" and loss_of_things(text, sentence.previous, q, after):
        counted = None  # "fired 12 missiles. Three of them fell into the sea", "56 guns, of which 2 captured"
    if counted is None and q.kind == "count" and (fired := strikes_by_missiles(text, after, before, q.start)) is not None:
        return fired  # "KN-23 missiles have been used in at least 60 strikes": a missile a strike
    if counted is None and q.kind == "count" and names_generic(text) and generic_noun(after):
        return weapons_named(text, q.start, sentence.previous, last)  # "dozens of systems": the weapons named, or none
    if counted is None and q.kind == "count":
        counted = continued(q, before, after, last, sentence)
        if counted is not None:
            return None if counted.category == "persons" else goes_on_with_a_strike(counted, last)
    if counted is None and q.kind == "count" and (fired := fired_munitions(text, q.start, sentence.previous, before, after)):
        return fired  # "The KN-23 missiles have struck Kyiv; around twenty were fired": the munitions named
    # "exceeds 3,000" opens with its own link verb; "at least 3" opens with a hedge, not with "stood at"'s link.
    opens_linked = cues("link").get(text[q.start : q.end].split(None, 1)[0].lower()) == "verb"
    if counted is None and q.kind == "count":
        linked = link_window(past_asides(text, stripped, before, q.start), opens_linked, q.hedge == "vague")
        if linked is not None and (not noun_of_its_own(after) or sizes_a_force(linked)):  # "reached 30 villages"
            counted = backward(linked)
            if counted is None and names_generic(text) and numbers_generic(text, q.start):
                return weapons_named(text, q.start, sentence.previous, last)  # "the number of such systems at 200"
            if counted is None and not noun_of_its_own(after):  # "put the figure at 3,000": of the figures before
                counted = total_named(linked, q, whole, last, figures)
    if counted is None and q.kind == "count" and (q.scaled or verb_next or joins_a_loss(last, before)) and loss_before(before, False):
        counted = Counted("casualties", loss_before(before), (), None)  # "Ukraine says it killed 3,000"
    if counted is None and q.kind != "count" and (need := share_of_a_need(text, q, after)) is not None:
        return need  # "covers half of Russia's artillery needs": a share of the materiel that meets a need
    if counted is None and q.kind != "count":
        # "a third of the 11,000 troops", "half of Russia's shells", "accounts for half of what Russia fires".
        counted = shared(text, q, after)
    if counted is None and q.kind != "count" and (named := share_named(before, after)) is not None:
        return named  # "the share at 40%", "put the share of shells at 40 percent", "half of his company"
    if counted is None and q.kind != "count" and sizes_a_change(before):
        return None  # "trade grew by a third": the change of the verb's subject, no share of the figure before
    if counted is None and q.kind != "count" and last is not None and (share_of_the_last(after, text[q.start : q.end]) if q.kind == "share" else elided(after) or opens_with_part(before, sentence.last_from)):
        counted = last  # "fired around 50 of them, and about half veered off course", "40 percent of them": of those
    if counted is None and q.kind == "percent" and last is not None and _bare(after) and leaves_out(_words(before)):
        counted = last  # "Kyiv put it at about 50% of the shells. Seoul spoke of “up to 40%”": the same share, another's
    if counted is None and q.kind != "count" and last is not None and _bare(after) and restates_a_share(before, text[: q.start], sentence.previous, sentence.earlier):
        counted = last  # "about 40% of the shells. A year ago it was more than 50%": the same share, another time
    if counted is None and q.kind != "count" and last is None and elided(after):
        # "Russia relies on North Korean shells. Perhaps half of those fired fail": no figure before, a noun named.
        counted = mentioned(text, q.start, clause=False) or sentence.earlier_noun()
    if counted is None and q.kind == "count" and q.scaled:
        counted = apposed(text, q)  # "a new contingent of soldiers, possibly as many as 15,000"
    if counted is None and q.kind == "count":
        counted = summed_apart(text, q) or opens_a_series(text, q)  # "about 120 in total"; "first it was 10,000, then"
    if counted is None and q.kind == "count" and q.scaled and ordinal_part_before(before):
        # "in two waves, the first of about 6,000 and a second of some 2,000": parts of the troops named before.
        named = mentioned(text, q.start, clause=False)
        counted = named if named is not None and named.category == "troops" else None
    if counted is None and q.kind == "count" and sized(text, q):
        counted = Counted("troops", None, (), "troops")  # "the 2,000-strong unit", "a 12,000-man force": a force's size
    if counted is None:
        return None
    if q.kind != "count":  # a share of people of no force ("half of the residents", "of the labour force") is none
        return Counted("share_percent", counted.category if counted.category != "persons" else None, counted.items,
                       counted.noun) if counted.category != "persons" or counted.subtype else None
    # "The losses, according to Kyiv, reached 4,000 people": the loss noun is read past the attribution set off.
    asides = past_asides(text, stripped, before, q.start)
    if counted.category == "casualties" and closes_a_loss(last, before):
        counted = counted._replace(noun=last.noun)  # "200 soldiers were killed and 1,800 wounded": the same soldiers
    counted = as_loss(counted, asides, after, strike_told(sentence, last, before), noun_at, opens_linked, text, q.scaled)
    if sanctioned_officers(text, q, counted, after, noun_at):
        return None  # "asset freezes on two senior generals": people a government names, no force
    if counted is not None and counted.category == "troops" and (q.low == q.high == 1 and q.hedge == "exact" or interviewed(text, q)):
        return None  # "described one soldier who blew himself up": one of them; "spoke to three soldiers": sources
    if counted is not None and (a_lone_one(text, q, counted, before, after) or some_of_them(text, q, counted)):
        return None  # "if one 152-mm shell costs $800": an example, no figure
    # "two soldiers held in Ukraine", "is holding two soldiers": in the words as written, the place perhaps blanked.
    if counted is not None and counted.category == "troops" and noun_at is not None and (
            held_right_after(rest := Ahead(text, q.end)[noun_at + 1 :]) or holds_the_count(before, rest)):
        counted = Counted("casualties", "captured", counted.items, counted.noun)
    if counted is not None and counted.category == "troops" and reinforces(counted, before, after):
        # "about 2,000 more troops" adds to a deployment: read as a total it
        # would pass for the latest size of the whole force.
        counted = counted._replace(subtype="reinforcements")
    return counted


def _past_the_verb(text: str, stripped: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities of ``text`` with the words an attribution's verb holds taken off their start.

    "The NIS estimated 4,700 killed", "Kyiv talked about 4,000": the verb, or its preposition, reads as a hedge
    before the number, but it is the attribution's ("estimated" states, "about" is what was talked of). A figure
    the attribution holds to its end ("One official said") stays as it is: it names who speaks."""
    out, restated = [], None
    for q in quantities:
        if stripped[q.start] != text[q.start] and stripped[q.end - 1] == text[q.end - 1]:
            restated = find_quantities(stripped) if restated is None else restated
            q = next((r for r in restated if r.end == q.end and r.start > q.start), q)
        out.append(q)
    return out


def _bare(after) -> bool:
    """Whether nothing follows a figure in its clause: the sentence ends, or a mark closes it (a quote, a comma)."""
    first = after[:1]
    return not first or first[0].kind == "punct" and first[0].text not in _OPENING


_OPENING = frozenset("(-–—")  # marks after a figure that open words about it, not close its clause


def _words(before) -> list[str]:
    """The last two words before a figure, an opening quotation mark passed over ("spoke of “up to 40%”")."""
    tokens = list(before[-3:])
    if tokens and tokens[-1].kind == "punct":
        tokens = tokens[:-1]
    return [t.low for t in tokens[-2:] if t.kind == "word"]


_CARRY = 2  # sentences over which a figure's noun carries to an elided one ("another 1,500 had followed")


def _headline_figures(title, figures: ArticleFigures) -> None:
    """Keep the figures a headline gives (no rows of its own): the prisoners it counts, whom the body may call "the two
    men", and the claimant it opens on ("Koval: ..."), whose figure the body's lead gives again."""
    if not isinstance(title, str):
        return
    claim = headline_claim(title)  # once per article, for all its figures
    for q in find_quantities(title):
        if (counted := _counted(FigureSentence(title, title), q, None)) is not None:
            figures.in_headline(q, counted, claim)


def _article_rows(aid: str, source, author, title, published, numbers: list[int], starts: list[int], texts: list[str],
                  may: list[bool], paragraphs: list[int]) -> list[dict]:
    rows: list[dict] = []
    article = ArticleClaims(texts, starts, source if isinstance(source, str) else None, paragraphs,
                            author if isinstance(author, str) else None, published)
    last: Counted | None = None
    whole: Counted | None = None
    last_sentence = -2
    figures = ArticleFigures()  # "the 10,000 in Kursk": a value restated from a figure however far back
    _headline_figures(title, figures)
    strikes = ToldStrikes(title)
    for k, (sentence, start, text) in enumerate(zip(numbers, starts, texts)):
        strike_before = strikes.before(paragraphs[k], text)
        quantities = join_group_ranges(text, split_changes(text, counts_of_a_noun(text, find_quantities(text)))) if may[k] else []
        if not quantities:
            continue
        found = article.found(k)
        stripped = without_attributions(text, found)
        if found:
            quantities = _past_the_verb(text, stripped, quantities)
        if sentence - last_sentence > _CARRY:
            last = whole = None
        previous = texts[k - 1] if k and numbers[k - 1] == sentence - 1 else ""
        here = FigureSentence(text, stripped, previous, sentence - last_sentence, question_before(numbers, texts, k),
                              earlier_text(numbers, texts, k), strike_before)
        read = []
        for i, q in enumerate(quantities):
            counted = _counted(here, q, goes_on_from(text, q, not read, last, whole), whole, figures)
            if counted is not None and read and read[-1] is None and earlier_value(here, quantities[i - 1], q.start):
                counted = None  # "236 defectors arrived, down from 310": the earlier value of an uncounted figure
            elif counted is None and read and read[-1] is not None and joins_the_figure_before(text, quantities[i - 1], q):
                counted = read[-1]  # "15,000 in all: 11,000 last autumn and 4,000 this year"
            elif counted is None and read and read[-1] is not None and an_increment(text, quantities[i - 1], q):
                counted = read[-1]  # "tanks – 9,620 (+9)": the day's addition to the total
            elif counted is None:
                counted = figures.restated(text, q)
            # "Kyiv has confirmed only the two": the prisoners counted earlier, named again by their number.
            counted = figures.captives(text, q, counted, previous) or counted
            read.append(counted)
            if counted is None:
                continue
            figures.remember(q, counted)
            strikes.read(counted)
            if here.last_from:
                here = here._replace(last_from=0)
            if counted.category != "share_percent":
                last, last_sentence = counted, sentence
                if not is_a_part(text, q):
                    whole, figures.whole_high = counted, q.high
            elif counted.subtype is not None:  # "half of all the shells, around 3 million a year"
                last, last_sentence = Counted(counted.subtype, None, counted.items, counted.subtype), sentence
        partitives(text, quantities, read)
        read_changes(text, quantities, read)
        read_tallies(text, quantities, read)
        pairs = list(zip(lend_hedges(text, quantities, read), read))
        if "as many" in text or " number of" in text:  # "120 guns and as many launchers": a figure restated
            pairs = sorted([*pairs, *same_counts(text, pairs)], key=lambda pair: pair[0].start)
        for q, counted in pairs:
            if counted is None:
                continue
            claim = article.claim(k, q.start, q.end, counted.category == "strike_casualties")
            claim = figures.claimed(text, q, counted, claim, bool(found or article.read(k).spans))  # "the two": as given
            rows.append(
                dict(
                    article_id=aid,
                    sentence=sentence,
                    start=start + q.start,
                    end=start + q.end,
                    quantity_text=text[q.start : q.end],
                    low=q.low,
                    high=q.high,
                    hedge=q.hedge,
                    category=counted.category,
                    subtype=counted.subtype,
                    item=", ".join(counted.items) or None,
                    claimant=claim.claimant,
                    claimant_text=claim.text,
                    claimant_via=claim.via,
                )
            )
    return rows


def estimates(sentences: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure about forces, losses or materiel in the articles.

    Works article by article: the result on a subset of articles is that
    subset of the result.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame (``article_id``, ``sentence``, ``start``, ``text``).
    articles : DataFrame
        The ``articles`` frame, for ``published`` and ``source`` (a DPRK
        state medium's own figures are its claims).
    quotes : DataFrame, optional
        The ``quotes`` frame of the same articles (:func:`dossier.quotes`).
        When given, a figure no one claims inside a quoted statement is
        claimed by the speaker that frame gives the statement: one that runs
        over several sentences, attributed only at its end, is read whole
        there (:mod:`~dossier.extractors.claims.claim_quotes`).  ``dossier extract``
        passes it.

    Returns
    -------
    DataFrame
        One row per figure, with the columns of ``schema.FRAMES["estimates"]``:

        article_id, sentence
            Where the figure is.
        start, end
            Offsets of the quantity in ``articles.text``; ``text[start:end]``
            is ``quantity_text``, hedge included ("more than 4,000").
        low, high
            Bounds the claim allows.  exact and approximate: both equal the
            value; lower_bound ("more than"): ``low`` only; upper_bound
            ("up to"): ``high`` only, ``low`` NaN (not 0: the claim sets no
            floor); range: both ends; vague ("thousands of"): ``low`` is the
            least the plural allows, two of its unit (2,000; "several
            thousand" 3,000), ``high`` NaN.  share_percent figures are in
            percent (70.0; "half" is 50.0, approximate).
        hedge
            exact, approximate, lower_bound, upper_bound, range or vague.
        category, subtype
            What is counted (``data/estimate_categories.csv``); subtype is
            finer (engineers, killed_or_wounded, ballistic, ...).  For
            share_percent, subtype is the category the share is of.
        item
            Weapon designators named in the count ("KN-23, KN-24").
        claimant, claimant_text, claimant_via
            Who makes the claim, as :mod:`dossier.extractors.claims.estimate_claims`
            reads it: the nearest attribution in the sentence, a quotation's
            speaker, a pronoun or description resolved to the claimant it
            refers to; normalised through ``data/claimants.csv`` (unknown
            claimants are kept as written).  "according to circulating
            figures/multiple reports" gives ``unattributed reports``.
            claimant_via is the relay that passes the claimant's figure on
            ("lawmakers briefed by the NIS": NIS via lawmakers).  All empty
            when the article asserts the figure itself, or, with ``quotes``,
            the speaker of the statement a figure stands in.
        published
            Publication date of the article.
    """
    if sentences.empty:
        return schema.empty("estimates")
    columns = [sentences[c].tolist() for c in ("sentence", "start", "text")]
    columns.append(may_hold_quantities(sentences["text"]).tolist())
    columns.append(sentences["paragraph"].tolist() if "paragraph" in sentences else [0] * len(sentences))
    rows: list[dict] = []
    sources = dict(zip(articles["article_id"], articles["source"])) if "source" in articles else {}
    # The byline: a head who signs a body's post in the first person states its figures.
    authors = dict(zip(articles["article_id"], articles["author"])) if "author" in articles else {}
    titles, days = (dict(zip(articles["article_id"], articles[c])) if c in articles else {} for c in ("title", "published"))
    for aid, positions in article_positions(sentences):
        positions = positions.tolist()  # a list is indexed faster by ints than by numpy's
        rows.extend(_article_rows(aid, sources.get(aid), authors.get(aid), titles.get(aid), days.get(aid), *([column[i] for i in positions] for column in columns)))
    if not rows:
        return schema.empty("estimates")
    df = pd.DataFrame(rows)
    published = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    est = schema.conform(df.assign(published=df["article_id"].map(published)), "estimates")
    return unnamed_reports(quoted_speakers(est, quotes, articles) if quotes is not None else est)  # sources last: quotes name some

