"""A state body that publishes its own release or transcript: the figures it states in its own voice are its claims.

"Defence Intelligence of Ukraine" as an article's source is the agency
itself, not a medium: "The agency has recorded ... about 400 railcars" and
"According to the Ministry, ..." in its own text are the body's, as a DPRK
state medium's figures are its own (tests/gold/devset/README.md, "A body's
own release").  A ministry's briefing transcript is the ministry's too: its
official labelled "MR KIM:" speaks for it (:mod:`claim_turns`).  Only a
source that is a claimant's alias of a state's body as a whole name counts,
less the site's domain ("Kremlin.ru"), the event's words after it
("Pentagon press briefing", ``data/press_events.csv``) and a state's word
before it ("US State Department"): "The Japan Times" or "Seoul Economic
Daily" only hold a state's name, and are read otherwise.

A body no vocabulary names is known by the form of its name: a capitalised
name whose head noun is a state body's (``data/release_nouns.csv``: "Odesa
Regional Military Administration", "National Guard of Ukraine", "Embassy
of Ukraine in Japan").  A person's own channel ("the Belgorod governor's
Telegram", "Ivan Petrenko (Telegram)", ``data/own_channels.csv``) is that
person's post, and a release in its owner's voice (a governor's, a
commander's, a minister's), unless the owner is one the vocabulary knows as
a war correspondent or a blogger (``data/press_writers.csv``): their channel
states its figures as a publisher does, with no claimant.  A release or
post its author signs in the first person ("I met the delegation today")
states its figures in the signer's voice: a head speaks as themself, and
the figures are theirs (:func:`release_claimant`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation
from ...vocab import load_list, load_table
from .claimant_names import claimant_aliases, cleaned, kind, normalise
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import former_words, key, known, nationalities
from ..mentions.speaker_vocab import outlet_channel
from ..mentions.signed_posts import (body_by_form, channel_owner, channel_unit, office_channel, own_channel, signing_name,
                                     unit_heads, writes_as_i)
from ..mentions.source_forms import source_form

STATE_KINDS = frozenset({"government", "ministry", "military", "intelligence"})  # kinds of a body that briefs
_DOMAIN = re.compile(r"\.[a-z]{2,4}$")  # "Kremlin.ru": a body's site, by its name


@functools.lru_cache(maxsize=64)
def releasing_body(source: str | None) -> str | None:
    """The state body an article's source is by its whole name ("National Intelligence Service", "Pentagon press
    briefing"), or a monitor states set up (``data/state_monitors.csv``), else None: a medium, a think tank or an
    outlet no vocabulary knows."""
    if not source:
        return None
    aliases = claimant_aliases()
    for name in _body_names(source):
        clean = cleaned(name)
        # A canonical name as the vocabulary writes it is as whole a name as an alias ("Defense Intelligence Agency").
        body = aliases.get(clean) or aliases.get(f"the {clean}") or (name.strip() if kind(name.strip()) else None)
        if body is not None and (kind(body) in STATE_KINDS or body in _state_monitors()):
            return body
    return None


@functools.cache
def _state_monitors() -> frozenset[str]:
    return frozenset(load_table("state_monitors.csv").claimant)


def _body_names(source: str) -> list[str]:
    """The names a source may give a body by: whole, less its site's domain, less the event's words after it, and each
    less a state's word before it ("South Korean Joint Chiefs of Staff", "US State Department")."""
    names = [source, _DOMAIN.sub("", source.strip())]
    names.append(_without_event(names[-1]))
    if (body := _spokespersons_body(source)) is not None:
        names.append(body)
    for name in names[:]:
        low = name.lower()
        state = next((w for w in _state_words() if low.startswith(f"{w} ")), None)
        if state is not None:
            names.append(name[len(state) :].strip())
    return names


# "Air Force of the Armed Forces of Ukraine – Taras Koval briefing": a dash parts the body from its speaker's event.
_DASH = re.compile(r"\s+[–—-]\s+")
# A body's name opening a source: capitalised words, "of the", "for", "and" between them ("Air Force of the Armed
# Forces of Ukraine"); "Reuters – Ukrainian Navy", "BBC interview with Kremlin" open on an outlet's, not the body's.
_BODY_NAME = re.compile(rf"{UPPER}[\w'’.\-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{UPPER}[\w'’.\-]*)*")


@functools.cache
def _spokesperson_title() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(claimant_cues('spokesperson'))})\s+", re.IGNORECASE)


def _spokespersons_body(source: str) -> str | None:
    """The body a spokesperson's briefing is named by before the spokesperson ("Ukrainian Navy spokeswoman Oksana
    Melnyk's briefing", "Air Force of the Armed Forces of Ukraine – Taras Koval briefing"): the one whose "we" they
    speak, as a body's own briefing's officials do; None for a source naming no spokesperson."""
    for parting in (_spokesperson_title(), _DASH):
        m = parting.search(source)
        if m is None or not m.start() or (parting is _DASH and not _names_an_event(source[m.end():])):
            continue  # "Kyiv Weekly – Evening edition": a dash before no briefing parts no body from its speaker
        body = source[: m.start()].strip()
        if not _BODY_NAME.fullmatch(body) or any(w.lower() in former_words() for w in body.split()):
            return None  # an outlet's interview with a body's spokesperson, or a former one's: no body's own briefing
        return normalise(body) or body  # "Air Force of the Armed Forces of Ukraine": the name a vocabulary knows
    return None


def _names_an_event(words: str) -> bool:
    low = f" {words.lower()} "
    return any(f" {event}" in low for event in _press_events())


@functools.cache
def _state_words() -> tuple[str, ...]:
    return tuple(sorted(nationalities(), key=len, reverse=True))


@functools.cache
def _press_events() -> tuple[str, ...]:
    return tuple(sorted(load_list("press_events.csv"), key=len, reverse=True))


def _without_event(source: str) -> str:
    """The source less the event words after a body's name ("Pentagon press briefing": "Pentagon")."""
    low = source.lower().rstrip(" .")
    for words in _press_events():
        if low.endswith(f" {words}"):
            return source[: len(low) - len(words)].strip()
    return source


@functools.lru_cache(maxsize=64)
def source_government(source: str | None) -> str | None:
    """The government of the state a source names by its first word ("Japanese Chief Cabinet Secretary press
    conference", "UK Parliament Foreign Affairs Committee"): whose "the Government" its text speaks of; else None."""
    if not source:
        return None
    low = source.lower()
    state = next((w for w in _state_words() if low.startswith(f"{w} ")), None)
    government = normalise(f"{state} government") if state else None
    return government if kind(government) == "government" else None


PUBLISHING_KINDS = frozenset({"news_media", "state_media", "think_tank", "monitor"})  # kinds of claimant that publish


def _publishes(source: str | None) -> bool:
    """Whether a source is a known medium or a publisher (a think tank, a monitor): its bylines sign no release."""
    if not source:
        return False
    claimant = claimant_aliases().get(cleaned(source))
    return outlet_channel(source) is not None or kind(claimant or source.strip()) in PUBLISHING_KINDS


class ReleaseVoice(NamedTuple):
    """Who states the figures of a body's release or a person's post in its own voice."""

    claimant: str  # the body, or the person who signs
    signed: bool  # a person signs it as "I": "our soldiers" are then others, not the voice itself


def release_claimant(source: str | None, author: str | None, texts: list[str]) -> ReleaseVoice | None:
    """Who states the figures of an article whose source is a state body's release or a person's own post in their
    own voice: the person who signs it (``author``) when they write in the first person singular, else the body
    (by a vocabulary's name, :func:`releasing_body`, or by its name's form); None for any other source, and for a
    person's channel with no signer."""
    form = source_form(source)
    if form is not None and form.signer is not None:
        return ReleaseVoice(_signer(form.signer) or form.signer, True)  # "Ministry (statement of Minister X)": X's
    if form is not None and not form.channel and (voice := _named_document(form.name)) is not None:
        return voice  # "Youth League statement", "Kim Yo Jong press statement (KCNA)": the name's own document
    if form is not None and form.channel:
        source = f"{form.name} ({form.document})"  # "Ivan Petrenko, Telegram channel": the bracketed form
    # A byline naming a state body by its whole name signs the text as that body ("author: Defense Intelligence
    # Agency" under a source naming its document): a release as much as one its source names.  Under a medium's or
    # a publisher's source the byline is a desk or a dateline ("Ukraine", "Pentagon"), no body signing.
    body = issuing_body(source) or (releasing_body(author) if isinstance(author, str) and not _publishes(source) else None)
    body = body or channel_unit(source)  # "Khartiya brigade's Telegram": the unit's own release
    if body is None and not own_channel(source):
        return None
    owner = channel_owner(source)
    signer = _signer(author) or _signer(owner)  # a byline, else the name that owns the channel
    if body is None and owner is not None and not office_channel(source) and _writes_for_press(owner):
        # A journalist's or a blogger's own channel is a publisher's own analysis, as a newspaper's article is: its
        # figures are the outlet's (tests/gold/devset/README.md).  Only those the vocabulary knows as such: a person
        # who keeps a channel of their own is more often an office holder (a governor, a commander, an ombudsman)
        # than the vocabularies can list, and their post is a release.
        return None
    if signer is not None and writes_as_i(texts):
        return ReleaseVoice(signer, True)  # "I want to say directly ...": the head who signs speaks as themself
    return ReleaseVoice(body, False) if body is not None else None


def issuing_body(source: str | None) -> str | None:
    """The state body an article's source is, by a vocabulary's name or its name's form ("Ministry of Foreign
    Affairs of Ukraine"), less the kind of document the line names ("... (press release)"): whose own transcript's
    officials speak for it; None for any other source."""
    if (form := source_form(source)) is not None and not form.channel:
        source = form.name
    return releasing_body(source) or _body_by_form(source)


def _named_document(name: str) -> ReleaseVoice | None:
    """Who states the figures of a document a source line names as ``name``'s own release or statement: a person
    the vocabularies know by that name, who signs it; else the body, by a vocabulary's name, else as written less
    a state's word before it ("UK Foreign, Commonwealth & Development Office": the state's office, by its name);
    None for a medium or a publisher, whose statement speaks as its articles do, and for one ordinary word no
    vocabulary knows ("Joint statement", "Closing statement"): the kind of statement, no one's name."""
    name = _POSSESSIVE.sub("", name.strip())  # "G7 Foreign Ministers' statement": the ministers', by their name
    if _publishes(name):
        return None
    entity = known().get(key(name))
    if entity is not None and entity.kind == "person":
        return ReleaseVoice(_signer(entity.name) or entity.name, True)
    if (body := issuing_body(name)) is not None:
        return ReleaseVoice(body, False)
    if (found := normalise(name)) is not None:
        return ReleaseVoice(found, False) if kind(found) not in PUBLISHING_KINDS else None
    if _ORDINARY_WORD.fullmatch(name) or _publishers_head(name):
        return None
    low = name.lower()
    state = next((w for w in _state_words() if low.startswith(f"{w} ")), None)
    return ReleaseVoice(name[len(state):].strip() if state else name, False)


def _publishers_head(name: str) -> bool:
    """Whether a name no vocabulary knows ends its head on a noun that describes only a think tank
    (``data/claimant_descriptions.csv``: "Sejong Institute", "Asan Institute for Policy Studies"): its statement
    speaks as its papers do, no release.  ("Group" may be a monitor's, a think tank's or an armed group's.)"""
    head = re.split(r"\s(?:of|for|in|on)\s", name, maxsplit=1)[0].split()
    return bool(head) and _description_kinds().get(head[-1].lower()) == frozenset({"think_tank"})


@functools.cache
def _description_kinds() -> dict[str, frozenset[str]]:
    t = load_table("claimant_descriptions.csv")
    return {d: frozenset(k.split()) for d, k in zip(t.description, t.kinds)}


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ORDINARY_WORD = re.compile(r"[A-Z][a-z]+")  # "Joint", "Official": a word in capitals only as the line's first


def others_account(sentence: str, start: int) -> bool:
    """Whether a first-person possessive on a group of people (``data/own_groups.csv``) stands before a figure at
    ``start`` of ``sentence`` in a post a person signs: "our soldiers have recorded at least 5 ...", "as our
    colleagues told us, about 300 ...": their account, not the signer's voice.  (In a military body's own release
    "our soldiers" are the body itself: its figures stay its own.)"""
    before = sentence[:start].lower()
    if "our " not in before and "my " not in before:
        return False  # nearly every sentence
    return any(m.group(1) in _own_groups() for m in _OWN_GROUP.finditer(before))


def own_evidence(words: str) -> bool:
    """Whether words open on a first-person possessive (``claimant_cues.csv``, role ``first_person``): a cue's object
    that is the voice's own evidence ("according to our estimates", "by my count": in a body's release or a person's
    post, its own, whatever unnamed reports the noun alone would name), or a body speaking of itself ("our
    military", :mod:`claim_own_voice`)."""
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    return first in claimant_cues("first_person")  # the writer's own possessive ("our", "my")


def own_document(words: str, claimant: str | None, earlier: tuple[str, ...] = (), voice: str = "") -> bool:
    """Whether a claim's words cite a document by a definite noun and no owner (``claimant_cues.csv``, role
    ``document``: "according to the report", "according to the investigation"), with ``claimant`` known to no
    vocabulary: in a body's release or a person's post, the document the voice is, or one it made, and the figures
    its own. "According to the command" names another body, no document, and is left to the claim; so is a noun
    that refers back to a document an ``earlier`` sentence gives another name than the ``voice``'s ("Amnesty
    International released a study. According to the study, ...")."""
    m = _DEFINITE_DOCUMENT.fullmatch(" ".join(words.split())) if words else None
    if m is None or kind(claimant) is not None or (noun := m.group("noun").lower()) not in claimant_cues("document"):
        return False
    if any(w.lower() in _others_document_words() for w in m.group("modifiers").split()):
        return False  # "the leaked report": another's document come into the voice's hands
    return not any(_others_document(sentence, noun, voice) for sentence in earlier)


def _others_document(sentence: str, noun: str, voice: str) -> bool:
    """Whether ``sentence`` gives a ``noun`` of a document to a name other than the ``voice``'s: a name before the
    noun, none of the voice's words among them ("Amnesty International released a study"), or one after "by" or
    "from" past it ("a report by the UN"): whose document the later "the report" is, that sentence says."""
    m = re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", sentence, re.IGNORECASE)
    if m is None:
        return False
    own = {w.lower() for w in _NAME_WORD.findall(voice)}
    before = [n for n in _NAME_WORD.finditer(sentence, 0, m.start()) if n[0].lower() not in _plain_words()]
    if any(n[0].lower() in own for n in before):
        return False  # "The Missile Administration of the DPRK released a report": the voice's own
    # The sentence's first word is in capitals whatever it is ("Earlier, ..."): a name only as an acronym, as one a
    # vocabulary knows or with another name after it ("ISW", "Amnesty International").
    if before and not sentence[: before[0].start()].strip() and not before[0][0].isupper() and normalise(
            before[0][0]) is None and (len(before) == 1 or not sentence[before[0].end():before[1].start()].isspace()):
        before = before[1:]
    by = re.search(r"\b(?:by|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*)", sentence[m.end():])
    return bool(before) or (by is not None and by["name"].lower() not in own | _plain_words())


_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


@functools.cache
def _plain_words() -> frozenset[str]:
    """Words in capitals that name no one: function words and calendar words (``data/stopwords.csv``,
    ``data/name_stops.csv``: "The", "On", "Monday")."""
    t = load_table("name_stops.csv")
    return frozenset(load_list("stopwords.csv")) | frozenset(t.word[t.kind.isin(["calendar", "word"])])


# "the report", "the preliminary investigation": a definite article, up to two lower-case modifiers, the noun.
_DEFINITE_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)\s+(?P<modifiers>(?:[a-z][\w\-]*\s+){0,2}?)(?P<noun>[a-z]+)")


@functools.cache
def _others_document_words() -> frozenset[str]:
    return frozenset(load_list("others_document_words.csv"))


_OWN_GROUP = re.compile(r"(?<![\w'’])(?:our|my)\s+(\w+)")


def _body_by_form(source: str | None) -> str | None:
    """The body a source names by a state body's head noun (:func:`~dossier.extractors.mentions.signed_posts.body_by_form`),
    as written; None for a medium or a think tank the vocabularies know."""
    if not source or kind(normalise(source)) in PUBLISHING_KINDS:
        return None
    return body_by_form(source) or _unit_of(source)


# "Operational Command North (Ukrainian Armed Forces)": a unit's name, then the state's forces it is part of.
_PART_OF = re.compile(r"(?P<unit>[^()]+?)\s*\((?P<parent>[^()]+)\)")


def _unit_of(source: str) -> str | None:
    """The unit a source names before the state's armed forces it belongs to, in brackets ("Operational Command North
    (Ukrainian Armed Forces)"): a name in capitals holding a state body's or a unit's noun (``data/release_nouns.csv``,
    ``data/unit_nouns.csv``) publishes its own release as the forces would; None for any other source."""
    m = _PART_OF.fullmatch(" ".join(source.split()))
    if m is None or kind(claimant_aliases().get(cleaned(m["parent"])) or "") != "military":
        return None  # "Forces News (BFBS)": a medium's other name, no state's forces
    words = m["unit"].split()
    if not all(w[:1].isupper() for w in words) or not any(w.lower() in unit_heads() for w in words[1:]):
        return None
    if words[-1].lower() in _medium_ends():
        return None  # "Armed Forces TV (Ukrainian Armed Forces)": the forces' broadcaster, no unit
    return m["unit"]


@functools.cache
def _medium_ends() -> frozenset[str]:
    """The last words of a medium's name (``data/medium_forms.csv``, place ``end``: "TV", "Radio", "News")."""
    t = load_table("medium_forms.csv")
    return frozenset(t.word[t.place == "end"])


def _signer(author: str | None) -> str | None:
    """The person an article's byline names by their full name ("Oleh Syniehubov"), as the vocabularies know them;
    None for a byline that names a desk or an office ("Globe Staff", "Prime Minister's Office")."""
    if (name := signing_name(author)) is None:
        return None
    # Only the whole name as a vocabulary spells it: "Vitalii Kim" is no alias of another Kim.
    known = claimant_aliases().get(cleaned(name))
    return known if known is not None and kind(known) == "person" else name


def _writes_for_press(name: str) -> bool:
    """Whether a person who owns a channel is one the vocabulary knows as a war correspondent or a blogger
    (``data/press_writers.csv``), by their full name as written."""
    return key(name) in _press_writers()


@functools.cache
def _press_writers() -> frozenset[str]:
    return frozenset(load_table("press_writers.csv").name)


@functools.cache
def _own_groups() -> frozenset[str]:
    return frozenset(load_table("own_groups.csv").noun)
