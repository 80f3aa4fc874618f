"""Who claims a figure: attributions in a sentence, and their canonical claimant.

Three patterns, with their words in ``data/estimate_cues.csv``:

- a cue and its object: "according to X", "citing X", "per X" (read by
  :mod:`~dossier.extractors.claims.claim_cues`);
- a subject and a reporting verb: "X said", "X estimated", "..., said X";
- a possessive or adjective before an estimate noun: "Seoul's estimate",
  "South Korean estimates" (read by :mod:`~dossier.extractors.claims.claim_nouns`).

A subject that is a pronoun or a bare "the agency" (role ``anaphor``) points
back to the previous sentence's claimant.  Claimants are normalised through
``data/claimants.csv`` (:mod:`~dossier.extractors.claims.claimant_names`); an
attribution that names no source ("according to circulating figures",
"multiple reports") maps to ``unattributed reports``, so that it stays apart
from figures the article asserts itself.  Where a claimant's words start and
end is read by :mod:`~dossier.extractors.claims.claimant_phrases`.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from .claim_our_bodies import our_noun, our_start
from .claim_attribution import Attribution, Spans, without_teller_pronouns
from .claim_nouns import ANAPHOR_CHARS, owned_attributions, owner_of_title
from .claim_brackets import cited_in_brackets
from .claim_documents import document_at
from .claim_document_subjects import document_subject
from .claim_progressive import before_progressive
from .claimant_settings import before_setting
from .claimant_times import before_time, calendar_word
from .claimant_quoted_subjects import quoted_subject
from .claimant_names import alias_words, as_claimant, claimant_cues, cleaned, kind, normalise
from .claimant_written import as_named
from .claimant_phrases import (
    ARTICLES, WINDOW, adverbs_start, after_article, anaphor_ends, appositive_name, before_bracket, before_document,
    document_author, descriptions, in_name, named_before_in, trailing_adverbs, words_back)
from .claim_mentions import listed_before
from .claimant_asides import apposed_claimant, before_aside, before_relative_aside
from .claim_lead import lead_subject
from .claim_participles import participle_attributions
from .claim_partners import has_partners, partner_attributions
from .claim_questions import asked_attributions
from .claim_sightings import sees_no_claim
from .claim_speaking import speaks_of_no_figure
from .claim_we import past_as
from .claimant_roles import (
    before_citing, participle_head, expectation_reported, gives_no_claim, informed_antecedent, names_no_owner,
    next_word, relative_antecedent, restrictive_antecedent, unnamed_after_article, unnamed_before,
    unnamed_plural_before, unnamed_description, unnamed_person, unnamed_short, unnamed_subject)
from ...text.numbers import cues
from ...text.plain_text import lowered
from .claim_cues import AUTHORLESS, UNATTRIBUTED, cue_attributions
from .claim_patterns import attribution_patterns, is_verb




@functools.cache
def _description_compounds() -> dict[str, tuple[str, ...]]:
    """Descriptions of two words or more by their first word ("think" of "think tank")."""
    out: dict[str, list[str]] = {}
    for d in descriptions():
        if " " in d:
            out.setdefault(d.split(" ", 1)[0], []).append(d)
    return {w: tuple(ds) for w, ds in out.items()}


def _opens_description(scan: str, verb: re.Match) -> bool:
    """Whether a reporting verb's word opens a body's description ("The think tank said"): a noun, not the verb."""
    compounds = _description_compounds().get(verb.group(0).lower())
    return compounds is not None and scan[verb.start():verb.start() + 40].lower().startswith(compounds)


@functools.cache
def _told_passive() -> re.Pattern:
    # An auxiliary of the passive ending where a verb of telling's adverbs start, the space before it included.
    return re.compile(rf"\s+(?:{alternation(claimant_cues('passive_aux'))})\s*$", re.IGNORECASE)


_PREPOSITION_BEFORE = re.compile(r"\b(?:on|with|about|over|into|regarding)\s+$")
_AFFILIATED_AFTER = re.compile(r"\s+(?:at|of|from|with|in)\s+[^,.;:()]{2,50}")


_CONJUNCTIONS = ("and", "or")
_ARTICLE_STARTS = frozenset({"th", "a ", "an"})  # the first two characters of an article and what follows it
_COORDINATED = tuple(f" {c}" for c in _CONJUNCTIONS)
_BUT_BEFORE = re.compile(r"\bbut\s*$")  # "Budanov gave no figure but said ...": a clause's end, the verb the subject's
_POSSESSIVE = re.compile(r"['’]s$")
_THE_NOUN = re.compile(r"the\s+\S+")
_NAME_AFTER = re.compile(rf"\s+((?:the\s+)?{UPPER}[\w'’.\-]*(?:\s+(?:{UPPER}[\w'’.\-]*|of|the))*)\s*(?:[.,;]|$)")


@functools.cache
def _described_after() -> re.Pattern:
    """A described claimant after its verb: up to five words after an article, closed by punctuation or by the
    first word of an aside about it ("said a Western official who spoke on condition of anonymity")."""
    openers = alternation(w for w in claimant_cues("aside") if " " not in w and w not in ARTICLES)
    word = rf"(?!(?:{openers})\b)[\w.'’\-]+"
    return re.compile(rf"\s+((?:an?|the)(?:\s+{word}){{1,5}})\s*(?:[,;]|\.$|$|(?=\s+(?:{openers})\b))")


def _anaphor_before(scan: str, low: str | None, end: int) -> re.Match | None:
    """A pronoun or description that is the whole subject ending at ``end`` ("It", "The agency")."""
    if low is not None and not low.endswith(anaphor_ends(), 0, end):
        return None
    found = attribution_patterns(low is not None)["anaphor"].search(scan, max(0, end - ANAPHOR_CHARS), end)
    if found is None and "-" in scan[max(0, end - ANAPHOR_CHARS) : end]:
        found = attribution_patterns(low is not None)["located"].search(scan, max(0, end - ANAPHOR_CHARS), end)
    return found


def _names_a_body(words: str) -> bool:
    """Whether ``words`` name a claimant other than unattributed reports."""
    canon = normalise(words) if words else None
    return canon is not None and kind(canon) != "unattributed"


def verb_attributions(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions of ``sentence`` by a subject and a reporting verb ("X said", "..., said X").

    ``low`` as for :func:`cue_attributions`; ``taken``: spans already
    attributed, where no verb's claimant is looked for.
    """
    out = []
    scan, patterns = (sentence, attribution_patterns()) if low is None else (low, attribution_patterns(True))
    inside = Spans(taken)
    for m in patterns["verb"].finditer(scan):
        if inside(m.start()) or in_name(sentence, m.start()) or after_article(scan, m.start()):
            continue
        if gives_no_claim(scan, m) or sees_no_claim(scan, m) or speaks_of_no_figure(scan, m) or _opens_description(scan, m):
            continue
        if low is None:
            lo = max(0, m.start() - WINDOW)
            cut = lo + len(trailing_adverbs().sub("", scan[lo : m.start()]))
        else:
            cut = adverbs_start(low, m.start())
        cut = before_progressive(scan, cut, m.group(0))  # "The puppet clique is now raising a din over ..."
        cut = before_setting(sentence, before_time(sentence, cut))  # "whose report in March put", "Kim in a letter said"
        if m.group(0).lower() in claimant_cues("told") and (aux := _told_passive().search(scan, max(0, cut - 16), cut)):
            cut = aux.start()  # "Lawmakers had been told that ...": the audience passes the figure on
        # An anaphor is a few words: looked for only just before the verb, or before an aside that parts it from
        # the verb ("The report, which analysed imagery of the port, estimated").
        ana = _anaphor_before(scan, low, cut)
        if ana is None and (aside := before_aside(sentence, cut)) < cut and apposed_claimant(sentence, aside, cut, "") is None:
            ana = _anaphor_before(scan, low, aside)  # "The spy agency, which ..., said"; not "The spy agency, the NIS, said"
        if ana:
            at = ana.start(1) if ana.group(1) else ana.start(2)
            out.append(Attribution(at, m.end(), sentence[at:ana.end()], None, anaphor=True))
            continue
        if (document := document_subject(sentence, cut)) is not None:  # "The analysis said": its author's
            out.append(Attribution(document.start, m.end(), document.text, document.claimant, anaphor=document.claimant is None))
            continue
        cut = relative_antecedent(sentence, scan, cut)  # "Andrii Kovalenko, who said ...": what the clause hangs on
        cut = before_citing(sentence, restrictive_antecedent(sentence, cut))
        if (head := informed_antecedent(sentence, cut)) < cut and _names_a_body(sentence[words_back(sentence, head):head]):
            cut = head  # "A South Korean government source familiar with the matter": the government's source
        if (author := document_author(sentence, cut)) is not None:
            who = sentence[author[0]:author[1]]
            out.append(Attribution(author[0], m.end(), who, as_claimant(who, normalise(who))))
            continue
        subject_end = before_document(sentence, before_relative_aside(sentence, cut))
        start = words_back(sentence, before_bracket(sentence, subject_end))
        if (named := named_before_in(sentence, start)) is not None:  # "Analysts at CSIS in Washington said": CSIS
            subject_end, start = named, words_back(sentence, named)
        if (head_end := participle_head(sentence, subject_end)) is not None:
            # "Two soldiers captured by Ukrainian forces in January told ...": the noun the participle follows.
            subject_end, start = head_end, words_back(sentence, head_end)
            if ana := _anaphor_before(scan, low, head_end):  # "The monitoring team launched by 11 countries said"
                at = ana.start(1) if ana.group(1) else ana.start(2)
                out.append(Attribution(at, m.end(), sentence[at : ana.end()], None, anaphor=True))
                continue
            words = sentence[start:head_end].split()
            if words and document_at(words) == len(words) - 1 and any(head_end <= s and e <= m.start() for s, e in taken):
                continue  # "A study published by the Kiel Institute found": the author its participle names claims it
        start = our_start(sentence, past_as(sentence, start), subject_end)  # "As the minister said": the minister
        who = sentence[start:subject_end].strip()
        start, who = quoted_subject(sentence, start, subject_end, who)  # '"..., a loss for Oslo," said X'
        if " and " in who:
            start, who = listed_before(sentence, start, subject_end)
        if who.endswith(","):  # an aside ends here, and what opens it was not its subject's end
            start, who = appositive_name(sentence, start, who[:-1].rstrip())
        if inside(start) or _POSSESSIVE.search(who) or who.lower() in (*claimant_cues("first_person"), *claimant_cues("no_one")) or calendar_word(who):
            # "South Korean estimates put ...", "Seoul's estimate": already a noun attribution; "We counted":
            # the article's own; "Nobody mentioned": no one's
            continue
        if (unnamed := unnamed_subject(sentence, subject_end)) is not None:
            # "A senior researcher at a state institute in Seoul said": the researcher, not "institute in Seoul".
            out.append(Attribution(unnamed.start, m.end(), sentence[unnamed.start:subject_end], unnamed.label))
            continue
        if (short := unnamed_short(sentence, subject_end)) is not None:
            out.append(Attribution(short[0], m.end(), sentence[short[0]:subject_end].rstrip(), short[1]))
            continue
        if not who and m.group(0).lower() in claimant_cues("scorning") and (lead := lead_subject(sentence, m.start(), m.end(), is_verb)):
            out.append(lead)  # "The south Korean puppet warmongers are crying out about ...": whom the sentence opens on
            continue
        but = not who and _BUT_BEFORE.search(sentence, max(0, start - 6), start) is not None
        if who.endswith(_COORDINATED) or who in _CONJUNCTIONS or but:
            # "Zelensky visited the front and said ...": the verb's subject is the sentence's, not the words before;
            # after "but" only one named ("She declined to comment, but noted reports that ...": the reports').
            lead = lead_subject(sentence, m.start(), m.end(), is_verb)
            if lead and not (but and normalise(lead.text) is None):
                out.append(lead)
            continue
        canon = apposed_claimant(sentence, subject_end, cut, who)
        if canon is None and who.startswith("the ") and _PREPOSITION_BEFORE.search(sentence, max(0, start - 8), start):
            # "A congressional aide briefed on the matter said": the object of a preposition is no subject; the
            # clause's words name the claimant, or no one does.
            opened = max(sentence.rfind(", ", 0, start) + 2, 0) if ", " in sentence[:start] else 0
            whole = sentence[opened:subject_end].strip()
            if (canon := normalise(whole)) is not None:
                out.append(Attribution(opened, m.end(), whole, canon))
            continue
        if who.islower() and (opened := unnamed_before(sentence, subject_end)) is not None:
            # "A senior official said": read as the body of its kind named before, else the home state's; named
            # by its head when nothing is ("military official").
            whole = sentence[opened:subject_end].rstrip()
            out.append(Attribution(opened, m.end(), whole, as_named(who or whole)))
            continue
        if who.islower() and (opened := unnamed_plural_before(sentence, subject_end)) is not None:
            whole = sentence[opened:subject_end].rstrip()
            out.append(Attribution(opened, m.end(), whole, as_named(whole)))
            continue
        # "..., our military says": a state's body its own speaker names by "our" (read by claim_our_bodies)
        if who and (canon or _THE_NOUN.match(who) or any(w[:1].isupper() for w in who.split()) or unnamed_after_article(
                sentence, start, who) or our_noun(who) is not None):
            first, _, rest = who.partition(" ")
            if canon is None and first.lower() in claimant_cues("demonstrative"):
                first, who_noun = "the", rest  # "That suggests ...", "These figures show ...": as "the figures" reads
            else:
                who_noun = who[4:]
            if canon is None and first in ("The", "the") and (not who_noun or names_no_owner(f"the {who_noun}", m.group(0))):
                continue  # "The data suggests ...", "the images show", "That means": evidence, read by the article
            if canon is None and m.group(0).lower() in cues("claim_noun"):
                # "It cites Ukrainian estimates that ...": a state's adjective is no subject; its noun is the claim.
                national = normalise(f"{who} {m.group(0)}")  # a person's name before it stays the person's
                canon = national if kind(national) == "government" else None
            out.append(Attribution(start, m.end(), who, as_claimant(who, canon)))
            continue
        if who and (owner := owner_of_title(sentence, start, who)) is not None:
            out.append(owner._replace(end=m.end()))
            continue
        after = _NAME_AFTER.match(sentence, m.end(), m.end() + WINDOW)
        if after:
            who = after.group(1).rstrip(".")
            out.append(Attribution(m.start(), after.end(1), who, as_claimant(who)))
            continue
        # "..., said a senior Western official, who added ...": a described claimant after its verb, the phrase
        # closed by punctuation and ending in a claimant's word.
        # Most verbs are followed by no article: a look at the next letters is cheaper than the pattern.
        article = sentence[m.end() : m.end() + 5].lstrip()[:2].lower()
        if article in _ARTICLE_STARTS and (unnamed := unnamed_person(sentence, next_word(sentence, m.end()))):
            # "..., said a senior researcher at a state institute": someone quoted without a name.
            out.append(Attribution(m.start(), unnamed.end, sentence[unnamed.start:unnamed.end], unnamed.label))
            continue
        after = _described_after().match(sentence, m.end(), m.end() + 60) if article in _ARTICLE_STARTS else None
        who = after.group(1).rstrip(".") if after else ""
        if not who:
            continue
        if who.rsplit(None, 1)[-1].lower() in alias_words() and (canon := normalise(who)):
            out.append(Attribution(m.start(), after.start(1) + len(who), who, canon))
        elif cleaned(who) in descriptions():  # "said the spy agency": the body named before
            out.append(Attribution(m.start(), after.start(1) + len(who), who, None, anaphor=True))
        elif unnamed_description(who) is not None:  # "said a military official": read as "the military" is
            end = after.start(1) + len(who)
            # "said an official at Seoul's defence ministry": the body named after is whom they speak for.
            where = _AFFILIATED_AFTER.match(sentence, end)
            canon = normalise(sentence[after.start(1) : where.end()]) if where else None
            if canon is not None:
                out.append(Attribution(m.start(), where.end(), sentence[after.start(1) : where.end()], canon))
            else:
                out.append(Attribution(m.start(), end, who, as_named(who)))
    return out


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in ``sentence``, in order of appearance."""
    low = lowered(sentence)
    found = cue_attributions(sentence, low)
    taken = [(a.start, a.end) for a in found]
    found += owned_attributions(sentence, low, taken)
    taken = [(a.start, a.end) for a in found]
    found += verb_attributions(sentence, low, taken)
    found += participle_attributions(sentence, low, found, is_verb)
    found += asked_attributions(sentence, low)  # "Asked whether 3,000 ..., Peskov said": the asker's figures
    if has_partners(sentence, low):  # "Our South Korean partners estimate ...": Seoul's; few sentences name partners
        found += partner_attributions(sentence, [(a.start, a.end) for a in found], is_verb)
    if "(" in sentence:  # few sentences hold a bracket: the pattern is tried only in those
        found += cited_in_brackets(sentence, found)
    found.sort(key=lambda a: a.start)
    if len(found) > 1:
        # A state's expectation is the claim of whoever tells it, before it or closing the sentence after it.
        told = {i for i in range(1, len(found)) if expectation_reported(sentence, found[i - 1], found[i])}
        told |= {i - 1 for i in range(1, len(found)) if expectation_reported(sentence, found[i], found[i - 1])}
        found = [a for i, a in enumerate(found) if i not in told]
        if any(a.how == "verb" and a.claimant for a in found):  # "X says ..., according to a report": X's report
            found = [a for a in found if not (a.how == "cue" and a.claimant == UNATTRIBUTED and AUTHORLESS.match(a.text))]
    return without_teller_pronouns(sentence, found) if len(found) > 1 else found

