"""Attributions by a cue and its object: "according to X", "citing X", "per X", "estimated at 600 by X".

Where the object ends and whose claim it names; an object that names no
source ("according to circulating figures") maps to :data:`UNATTRIBUTED`.
Read by :mod:`~dossier.extractors.claims.estimate_claimants`.
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import ENGLISH_DOUBLE
from ...text.words import alternation
from .claim_attribution import Attribution
from .claim_nouns import names_an_owner
from .claim_brackets import quoted_object
from .claim_documents import document_at, document_words, owner_end
from .claimant_times import opens_with_time, strip_times
from .claimant_name_end import name_end
from .claimant_names import as_claimant, claimant_aliases, claimant_cues, cleaned, normalise
from .claimant_role_names import name_ending
from .claimant_written import as_named
from .claimant_phrases import POSSESSIVE_PRONOUNS, OBJECT_PRONOUNS, WINDOW, listed_end, clause_stop, descriptions
from .claim_relays import quotations
from .claim_own_voice import names_our_body, writers_own
from .claimant_roles import cites_grounds, citing_words, names_no_one
from ...text.numbers import cues
from ...text.plain_text import plain_pattern
from .claim_patterns import attribution_patterns


_STOP = rf"[,.;:()\[\]{ENGLISH_DOUBLE}—–!?]"
UNATTRIBUTED = "unattributed reports"
AUTHORLESS = re.compile(r"an?\s+[a-z]+(?:\s|$)(?!.*\b(?:by|from|of)\b)")  # "a report submitted to ...", no author after

_STOP_AT = re.compile(_STOP)
_PAREN = re.compile(r"\s*\([^)]{1,30}\)")
_NONSPACE = re.compile(r"\S+")
# Words of a cue's object read for its document: "the first report of a new 11-nation sanctions monitoring group"
# needs its noun, the ninth.
_DOCUMENT_WORDS = 10

@functools.cache
def _cue_words() -> re.Pattern:
    # The longest word of each cue, as a whole word: one a cue cannot lack, and rarer than its first
    # ("by" of "estimated by"); the pattern lets any whitespace part a cue's words ("according  to").
    # A cue ending in "of" ("by the estimate of") by its last two words: its longest is a common claim noun.
    ofs = [c.lower().split()[-2:] for c in cues("attribution") if c.endswith(" of")]
    words = {max(c.lower().split(), key=len) for c in cues("attribution") if not c.endswith(" of")}
    pairs = {f"{a} of" for a, _ in ofs}
    return plain_pattern(rf"\b(?:{alternation(words | set(claimant_cues('agent_link')) | pairs)})\b")  # lowered text only


def cue_attributions(sentence: str, low: str | None) -> list[Attribution]:
    """The cue attributions of ``sentence`` ("according to X", "citing X", "per X").

    ``low``: the sentence lower-cased (:func:`~dossier.text.plain_text.lowered`),
    or None to match the sentence itself, case aside."""
    out = []
    if low is not None and not _cue_words().search(low):
        return out  # most sentences hold no cue: looking for a word of one is cheaper than the pattern
    for m in attribution_patterns(low is not None)["cue"].finditer(sentence if low is None else low):
        if low is not None and m.group("per") and not attribution_patterns()["cue"].match(sentence, m.start()):
            continue  # "per" before a word with no capital
        if (quoted := quoted_object(sentence, m.end())) is not None:  # 'according to "informed sources,"'
            out.append(Attribution(m.start(), quoted.end, quoted.text, _cue_claimant(sentence, quoted.start, quoted.text), how="cue"))
            continue
        reach = min(len(sentence), m.end() + WINDOW)
        stop = clause_stop(_STOP_AT, sentence, m.end(), reach)
        end = stop.start() if stop else reach
        if stop is not None and stop.group(0) == ",":
            end = listed_end(_STOP_AT, sentence, m.end(), end, reach)
        end = name_end(sentence, m.end(), end)
        paren = _PAREN.match(sentence, end)
        words = list(_NONSPACE.finditer(sentence, m.end(), end))
        skip = document_words([w.group(0) for w in words[:_DOCUMENT_WORDS]])  # "a report by X": the name starts after the document
        if len(words) > 8 + skip and (len(words) > 14 + skip or not name_ending([w.group(0) for w in words[skip:]])) and (
                cleaned(sentence[words[skip].start() : end]) not in claimant_aliases()):  # a known body's long name
            # No punctuation closes it, nor a name a role's words end in: keep only what names a known claimant.
            end = (_known_before_place(sentence, m.end(), words[skip:8 + skip]) or _name_run_end(words[skip:8 + skip])
                   or _before_relative(words[skip:8 + skip]) or words[3 + skip].end())
        elif paren:
            end = paren.end()
        if m.group(0).lower().strip() in citing_words() and (
                verb := attribution_patterns(low is not None)["verb"].search(sentence if low is None else low, m.end(), end)):
            end = verb.start()  # "A CNN report citing Ukrainian intelligence said ...": the object ends at the verb
        who = sentence[m.end():end].strip()
        who, end = (who[:at], m.end() + at) if normalise(who) is None and (at := owner_end(who)) is not None else (who, end)  # "the agency's report"
        agent = m.start(m.lastgroup) if m.lastgroup in ("by", "by_first") else None
        if (agent is not None and (not who or who.split()[0].lower() in cues("month"))) or opens_with_time(who):
            continue  # "put at 600 by October", "figures from last December put ...": when, not who
        if writers_own(who) and not any(a <= m.start() < b for a, b in quotations(sentence)):
            continue  # "according to our estimates": the writer's own evidence; inside a quotation the speaker's "our"
        if (owner := _possessive_owner(who)) is not None:
            # "According to his testimony": the person "he" is, as "according to him"; "by its own count": "it".
            at = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip())
            out.append(Attribution(at, at + len(owner), POSSESSIVE_PRONOUNS.get(owner.lower(), owner), None, anaphor=True, how="cue"))
        elif who.lower() in OBJECT_PRONOUNS or (who[:9].lower() == "the same " and cleaned(who) in descriptions()):
            # "According to him, ...": the person named before; "according to the same source": the last one named
            out.append(Attribution(m.start(), end, who, None, anaphor=True, how="cue"))
        elif who and (not names_no_one(who) or names_our_body(who, sentence)):  # "according to our military intelligence"
            if cites_grounds(m.group(0), who):
                continue  # "the ministry said ..., citing intelligence assessments": its grounds, the claim its own
            out.append(Attribution(m.start() if agent is None else agent, end, who, _cue_claimant(sentence, m.end(), who), how="cue"))
    return out


_POSSESSIVES = frozenset({"his", "her", *POSSESSIVE_PRONOUNS})


def _possessive_owner(who: str) -> str | None:
    """The possessive of "his testimony", "its own estimate": a pronoun's possessive and a claim noun after it, up to
    two modifiers between them; else None."""
    words = who.split()
    if not words or words[0].lower() not in _POSSESSIVES or not 2 <= len(words) <= 4:
        return None
    return words[0] if words[-1].lower() in cues("claim_noun") and all(w.islower() for w in words[1:]) else None


def _known_before_place(sentence: str, start: int, words: list[re.Match]) -> int | None:
    """The end of a known claimant's name that a place's preposition follows ("by the British Ministry of Defence
    in a February update"), or None."""
    places = claimant_cues("place")
    times = claimant_cues("time")  # "by the Royal United Services Institute on Monday"
    at = next((k for k, w in enumerate(words) if k and (w.group(0) in places or w.group(0) in times)), None)
    known = normalise(sentence[start:words[at - 1].end()]) if at else None
    return words[at - 1].end() if known not in (None, UNATTRIBUTED) else None


def _before_relative(words: list[re.Match]) -> int | None:
    """The end of the word before the first relative pronoun of ``words`` (role ``relative``): "a new monitoring
    group that took over ..." ends at "group"; None when none opens a clause after a word."""
    at = next((k for k, w in enumerate(words) if k and w.group(0).lower() in claimant_cues("relative")), None)
    return words[at - 1].end() if at is not None else None


def _name_run_end(words: list[re.Match]) -> int | None:
    """The end of the name of capitalised words that the first lower-case word after it, other than one joining a
    name, ends ("the Institute for the Study of War released Friday"), or None: one capitalised word may be an
    adjective ("Western officials familiar with ...")."""
    last, capitals = None, 0
    for k, w in enumerate(words):
        if w.group(0)[:1].isupper():
            last, capitals = k, capitals + 1
        elif last is not None and w.group(0) not in ("the", "of", "for", "and"):
            break
    return words[last].end() if capitals > 1 else None


def _cue_claimant(sentence: str, start: int, who: str) -> str:
    """The claimant a cue's object ``who`` (at ``start``) names; an unknown owner of a claim noun owns its figures.

    "according to NK Pro estimates" is NK Pro's, as "NK Pro estimates ..."
    is (:func:`noun_attributions`), not unnamed reports; "according to an
    NK Pro analysis of satellite imagery" is NK Pro's too.
    """
    known = normalise(who)
    if known is None and AUTHORLESS.match(who) and document_at(who.split()) is not None:
        return UNATTRIBUTED  # "according to a report submitted to the Diet": a report of no one named
    if known is None and (bare := strip_times(who).split()) and " ".join(bare).islower() and bare[-1] in cues("claim_noun") and bare[0] not in claimant_cues("back_determiner"):
        return UNATTRIBUTED  # "according to figures from last week", "official data": figures of no one named
    canon = as_claimant(who, known)
    if known in (None, UNATTRIBUTED) and (noun := _claim_noun_at(who)) and names_an_owner(sentence, start, start + noun):
        owner = as_named(who[:noun].strip())
        # One word in title case is as often an adjective ("according to Western estimates") as a name.
        return owner if " " in owner or not owner.istitle() else canon
    return canon


def _claim_noun_at(who: str) -> int:
    """Where the first claim noun of ``who`` starts, after a word before it; 0 when it has none."""
    for w in _NONSPACE.finditer(who):
        if w.start() and w.group(0).lower() in cues("claim_noun"):
            return w.start()
    return 0
