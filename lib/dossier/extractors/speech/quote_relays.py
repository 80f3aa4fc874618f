"""Whether a medium named in a sentence relays a speaker's words there, or is only what the sentence speaks of.

:func:`relays_here` reads the construction around a medium named in the sentence of a quote: "according to KCNA",
"KCNA quoted him as saying", "…, KCNA reported." after the words are its source; "the JCS said the KCNA report was
“exaggerated”" is not.  :func:`quoted_one` finds whom a medium's verb of relaying names ("KCNA quoted him as
saying").  :mod:`~dossier.extractors.speech.quote_channels` builds a quote's channel on them.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_list, load_table
from ..mentions import discourse
from ..mentions.speaker_vocab import document_nouns
from ..mentions.channel_relays import WHEN, addressed, reported
from .quote_article import Article
from .speakers import channel_state


def quoted_one(art: Article, i: int) -> str | None:
    """Whom a medium in sentence ``i`` quotes, named or not ("KCNA also quoted him as saying"): the person or body
    right after a verb of relaying (``data/cue_verbs.csv``, kind relay).

    Asked for each quote of the article and each sentence that relays words, so found once per sentence.
    """
    if i not in art.quoted:
        art.quoted[i] = _findquoted_one(art, i)
    return art.quoted[i]


def _findquoted_one(art: Article, i: int) -> str | None:
    s = art.sents[i]
    verb = _relay_verb()
    if _relay_word().search(art.masked, s.start, s.end) is None:
        return None  # most sentences relay no one: no verb to look behind each mention for
    return next((m.entity.name for m in art.account.between(s.start, s.end) if m.entity is not None
                 and m.entity.kind in ("person", "body") and verb.search(art.masked, max(s.start, m.start - 12), m.start)),
                None)


@functools.cache
def _relay_verbs() -> str:
    """The verbs of relaying someone's words (``data/cue_verbs.csv``, kind ``relay``), as one alternation."""
    t = load_table("cue_verbs.csv")
    return alternation(t.word[t.kind == "relay"])


@functools.cache
def _relay_verb() -> re.Pattern:
    return re.compile(rf"\b(?:{_relay_verbs()})\s+\Z")


@functools.cache
def _relay_word() -> re.Pattern:
    return re.compile(rf"\b(?:{_relay_verbs()})\b")


@functools.cache
def _relays_after() -> re.Pattern:
    """Right after a medium, a verb of relaying of which it is the subject ("quoted", "on Friday cited")."""
    return re.compile(rf"\s+{WHEN}(?:{_relay_verbs()})\b")


@functools.cache
def _quoted_by() -> re.Pattern:
    """"as quoted by TASS", "cited by the North's KCNA": a verb of relaying in the passive before the medium."""
    return re.compile(rf"\b(?:{_relay_verbs()})\s+by\s+(?:[\w’'\-]+\s+){{0,4}}\Z")


def relays_here(art: Article, at: int, channel: str, speaker: str, lo: int, hi: int, said_end: int = -1) -> bool:
    """Whether the medium named at ``at`` in the sentence ``masked[lo:hi]`` relays the words of ``speaker`` there.

    The DPRK's and Russia's media relay the words of their own and each other's states however the sentence
    names them ("Kim's remarks, carried by KCNA, …"); those of a South Korean, American or Ukrainian speaker
    only when the sentence makes the medium their source: "according to KCNA", told to it, "KCNA quoted X as
    saying", "…, KCNA said." after the words, "KCNA reported that …" as the main clause's subject.  Otherwise
    it is what they speak of: "the JCS said the KCNA report was “exaggerated”", "A day after KCNA reported
    the launch, the JCS said …".  Named after the words (which end at ``said_end``) and after one of its own
    state's voices, it is that voice's source: "The NIS said the North was “…”, and Kim himself
    vowed “…”, according to KCNA."
    """
    if channel_state(channel) not in ("dprk_state", "russia_state") or (
            discourse.group_state(art.group_of(speaker)) not in _unrelayed_states()):
        return True
    if 0 <= said_end < at and any(
            m.entity is not None and m.entity.kind in ("person", "body") and _of_state_of(art, m.entity.name, channel)
            for m in art.account.between(said_end, at)):
        return False  # the medium's own state's voice stands between: its words are the medium's to relay
    i = art.sent_at(at)
    masked = art.masked
    if relayed_by(art, at, lo) or addressed(masked, at) or _in_piece().search(masked, max(lo, at - _BEFORE), at):
        return True  # "according to KCNA", "as quoted by TASS", "told KCNA", "wrote in a commentary carried by KCNA"
    if quoted_one(art, i) == speaker:
        return True  # (any medium of the sentence: "KCNA, in a dispatch on Friday, quoted him as saying")
    m = art.account.mention_at(at)
    if m is None or m.how == "pronoun":
        return True  # "In it, the Russian leader thanked …": a pronoun relays only right after "in", "through"
    verb = reported()[1].match(masked, m.end, hi)
    if verb is None:
        return False
    if "#" in masked[lo:at] and "#" not in masked[verb.end():hi]:
        # "“…,” Rudenko said, KCNA reported.", where the medium opens a clause; not "…,” citing a KCNA report" nor
        # "…,” a day after KCNA reported the test", where it is an object or a subordinate clause's subject.
        start = max((b.end() for b in _CLAUSE_BOUNDARY.finditer(masked, lo, at)), default=lo)
        return _object_word().search(masked, start, at) is None
    # "KCNA reported that Rudenko said …": the medium opens the sentence, its subject.
    return _opening_subject().fullmatch(masked, lo, at) is not None and not any(
        x.entity is not None and x.entity.kind in ("person", "body") for x in art.account.between(lo, at))


def relayed_by(art: Article, at: int, lo: int, speaker: str | None = None, speaker_at: int = -1) -> bool:
    """Whether the sentence opening at ``lo`` presents the medium named at ``at`` as having relayed words, not as the
    one they were said to: "according to KCNA", "as quoted by TASS", "was quoted by the magazine X as saying"; with
    ``speaker``, also the medium as the subject of a verb of relaying whose object is the speaker, by name or where
    the speaker is named (``speaker_at``): "Izvestia quoted Belousov as saying", "Rodong Sinmun quoted a farmer as
    saying"."""
    window = max(lo, at - _BEFORE)
    if _ACCORDING.search(art.masked, window, at) or _quoted_by().search(art.masked, window, at):
        return True
    m = art.account.mention_at(at)
    verb = _relays_after().match(art.masked, m.end) if speaker is not None and m is not None else None
    return verb is not None and (quoted_one(art, art.sent_at(at)) == speaker or (
        speaker_at > verb.end() and art.masked[verb.end():speaker_at].isspace()))


# How far before a medium the words making it a source may begin ("according to the North's official KCNA").
_BEFORE = 80


# "According to KCNA", "according to the North's official KCNA": the medium as the source of what follows.
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\b[^.;#,]{0,60}\Z")


# Where a clause may open after words said: a comma, a colon, a semicolon, a dash or the quoted words themselves.
_CLAUSE_BOUNDARY = re.compile(r"[,;:#—–]")


@functools.cache
def _object_word() -> re.Pattern:
    """A word before a medium that makes it no clause's own subject: a preposition or participle that makes it an
    object, or a word that makes its clause subordinate (``data/channel_relays.csv``, places ``object``, ``before``,
    ``topic`` and ``subordinate``: "an analysis of KCNA reports", "citing a KCNA report", "after KCNA reported")."""
    t = load_table("channel_relays.csv")
    return re.compile(rf"\b(?i:{alternation(t.word[t.place.isin(['object', 'before', 'topic', 'subordinate'])])})\b")


@functools.cache
def _unrelayed_states() -> frozenset[str]:
    """States whose officials' words the DPRK's and Russia's media do not carry to us: ``data/unrelayed_states.csv``."""
    return frozenset(load_list("unrelayed_states.csv"))


@functools.cache
def _in_piece() -> re.Pattern:
    """"in a commentary carried by", "in remarks released through": words said in a piece the medium named next ran."""
    return re.compile(rf"\b[Ii]n\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{document_nouns().pattern})"
                      rf"[^,;#]{{0,40}}\Z")


@functools.cache
def _opening_subject() -> re.Pattern:
    """What may stand before a medium that opens a sentence as its subject ("North Korea's state news agency KCNA",
    "The"): words without a comma, none of them a word that makes a clause subordinate
    (``data/channel_relays.csv``, place ``subordinate``: "While KCNA said …", "A day after KCNA reported …")."""
    t = load_table("channel_relays.csv")
    sub = alternation(t.word[t.place == "subordinate"])
    return re.compile(rf"\s*(?:(?!(?i:{sub})\b)[\w’'\-.]+\s+)*")


def _of_state_of(art: Article, name: str, channel: str) -> bool:
    """Whether ``name`` speaks for the state whose medium ``channel`` is (Kim Jong Un for KCNA, Shoigu for TASS)."""
    state = channel_state(channel)
    return (state == "dprk_state" and art.of_dprk_state(name)) or same_state(state, art.group_of(name))


def same_state(channel_state: str, group: str) -> bool:
    """Whether a medium of ``channel_state`` (``dprk_state``, ``russia_state``) is of the state of speaker group
    ``group`` (``dprk_official``, ``russia_official``)."""
    state = discourse.group_state(group)
    return bool(state) and channel_state == f"{state}_state"
