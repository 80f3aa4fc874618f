"""Whose words a speaker passes on: the source a speaker or medium cites ("Rep. Park, citing the NIS, said", "…,
Yonhap reported, citing the JCS") and the speaker a medium quotes ("KCNA quoted her as saying").

Part of reading a quote's speaker (:func:`~dossier.extractors.speech.quote_speakers.speaker_of`).
"""

from __future__ import annotations

import re

from ...text.quote_marks import Marked
from ...text.words import alternation
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import pronouns
from ..mentions.speaker_vocab import relay_words
from ..mentions.time_phrases import time_phrase
from .attributions import plausible
from .quote_article import Article
from .quote_document_authors import document_giver
from .quote_referents import Said
from .speakers import Attribution, anaphor_refers, canonical

_RELAY_HINT = re.compile(r"\sas\s")
_JOINED_LATER = re.compile(r"[,;]\s+(?:and|but|while)\s")  # a clause joined after the quote's
_UNNAMED_WHO = re.compile(r"(?:an?|the|one|another)\s", re.IGNORECASE)
_UNNAMED_ONE = re.compile(r"(?:an?|one)\s", re.IGNORECASE)  # "citing a military official"; not "the report"
_RELAYING = [t for t, v in claimant_cues("relay").items() if v == "subject_relays"]  # citing, quoting, relaying
# ("Quoting the NIS, he said": the participle may open the sentence; "relaying the NIS briefing": a briefing passed on.)
_CITING = re.compile(rf"(?:,\s*|^\s*|(?<=[.!?]\s))(?:{alternation(_RELAYING + [t.capitalize() for t in _RELAYING])})\s+"
                     r"(?P<who>[^,.;:#]{2,60}?)\s*,", re.MULTILINE)
# ("…,” the lawmaker told reporters after the briefing, quoting the spy agency": the verb's own words may come first.)
_QUOTING = re.compile(rf"[^,#.;:“”\"]{{0,60}}?\s*,\s*(?:{alternation(_RELAYING)})\s+(?P<who>[^,.;:#]{{2,60}}?)(?=\s*[,.;:#]|\s*\Z)")


def citing(art: Article, lo: int, hi: int, by_medium: bool = False) -> Said | None:
    """ "Rep. Park, citing the NIS, told reporters that …": words a speaker passes on are their source's; a medium's
    too when a medium cites it ("Xinhua, citing KCNA, said")."""
    m = _CITING.search(art.masked, lo, hi)
    return _source(art, m.group("who"), m.start("who"), None, by_medium) if m is not None else None


def quoting(art: Article, a: Attribution, hi: int) -> Said | None:
    """ "“…,” the lawmaker said, quoting the NIS", "…, Yonhap reported, citing a military official": the source's."""
    m = _QUOTING.match(art.masked, a.end, hi)
    return _source(art, m.group("who"), m.start("who"), a.cue, hearer=art.resolve(a).speaker) if m is not None else None


def _source(art: Article, who: str, at: int, cue: str | None, by_medium: bool = False,
            hearer: str | None = None) -> Said | None:
    """Who the source a speaker cites is: a person or body the account knows, or someone unnamed read as a subject
    is ("a military official": the body or state they speak for); never a document or a plural, and a medium only
    when a medium cites it (``by_medium``: "Xinhua, citing KCNA": KCNA's words)."""
    entity = art.entity_of(at, at + len(who))
    if entity is not None:
        return Said(entity.name, who, cue, at) if entity.kind != "medium" or by_medium else None
    if (giver := document_giver(art, who, at, cue, hearer)) is not None:
        return giver  # "quoting the briefing": the agency that gave it
    a = Attribution(at, at, at + len(who), who, "group", cue or "citing", "cite")
    if not (_UNNAMED_ONE.match(who) and plausible(a)):
        return None
    said = art.resolve(a)
    return said._replace(cue=cue) if said.speaker else None


def relayed_speaker(art: Article, q: Marked, lo: int, hi: int) -> Said | None:
    """The speaker a medium relays in the quote's sentence: "KCNA quoted her as saying", "the agency cited Kim as saying"."""
    if not _RELAY_HINT.search(art.masked, lo, hi):
        return None  # most sentences relay no one: skip the costlier search
    found = list(relay_words().finditer(art.masked, lo, hi))
    if not found:
        passive = art.scan.passive_relays(lo, hi)
        if not passive:
            return None
        # "…,” Shoigu was cited by RIA Novosti as saying": the subject of the passive speaks.
        a = min(passive, key=lambda a: abs(a.start - q.open_at))
        return art.resolve(a)
    # Only a relay in the quote's own clause: "…; state media quoted him as saying …; it said the test showed “…”".
    found = [m for m in found if ";" not in art.masked[min(m.end(), q.open_at):max(m.start(), q.close_at)]]
    if found and _JOINED_LATER.search(art.masked, q.close_at, min(m.start() for m in found)) and any(
            a.speaker_text and a.start < q.open_at for a in art.attributions_before(q)):
        # "Kim watched a test of what state media called a “…”, and KCNA quoted him as saying …": a relay in a
        # clause joined after the quote does not reach words a subject of their own clause names.
        found = [m for m in found if m.start() < q.open_at]
    if not found:
        return None
    m = min(found, key=lambda m: abs(m.start() - q.open_at))
    lo_who = m.start("who")
    who = m.group("who")
    if time_phrase(who):
        return None  # "you were quoted last month as saying": when, not who
    group, entity = art.who_is(lo_who, who)  # "quoted a student in Pyongyang as saying": the student
    if entity is not None:
        speaker = entity.name
    elif anaphor_refers(who) is not None:
        speaker = art.antecedent(anaphor_refers(who), lo_who)
    elif who.lower() in pronouns():
        # "quoted him as saying", and no person named before that the account could read him as: not "him".
        speaker = art.antecedent("person", lo_who, gender=pronouns()[who.lower()])
    elif _UNNAMED_WHO.match(who):
        # "Izvestia quoted a senior Russian diplomat as saying": someone unnamed, read as "a senior Russian diplomat
        # said" is (the state or body such a person speaks for).
        cue = m.group(0).split()[-1]
        speaker = art.resolve(Attribution(lo_who, lo_who, lo_who + len(group), group, "group", cue, cue)).speaker
    else:
        speaker = art.surname(who, lo_who) or canonical(who, "name")
    return Said(speaker, who, m.group(0).split()[-1], lo_who) if speaker else None
