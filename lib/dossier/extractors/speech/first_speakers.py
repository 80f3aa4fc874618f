"""Words a first person frames: whoever "I" or "we" is speaks them.

Outside the quotation marks, "I" with a verb of saying frames the quote as the first person's own words: "I told
the delegation: “…”", "As I say in my written statement, … “…”", "“…,” this is what I said today".  Who "I" is:

- the speaker of the transcript turn the sentence is in: its paragraph opens with the speaker's label
  ("GENERAL ROE:", "○Minister for Foreign Affairs (Tanaka Ichiro):"), read as the article names them;
- else the person who signs a state body's release or their own post (the byline, "Jane Roe", when the source is
  a body by its name's form or a person's own channel, :mod:`~dossier.extractors.mentions.signed_posts`).

"We" with a verb of saying or a document issued ("we issued a statement that “…”") speak for the joint body of the
meeting the sentence names ("At the G7 foreign ministers' meeting, we …": the G7 foreign ministers).

Not read so: an "I" inside the quoted words (masked: the quoted speaker's own), an "I" that asks or passes on
("When I asked him, he answered: “…”", ``data/first_person_frames.csv``, role ``not_own``), and a reporter's "I" in
a news outlet's column (no label, no signed release: its writer is no speaker).
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ...text.words import alternation
from ...vocab import load_table
from ..mentions.signed_posts import body_by_form, own_channel, signing_name
from ..mentions.speaker_vocab import any_cue, canonical, document_nouns, issue_words
from .quote_article import Article
from .quote_referents import Said

# A transcript turn's label opening a paragraph: a name or title in capitals or title case, a bracket with the
# speaker's name allowed ("Minister for Foreign Affairs (Tanaka Ichiro)"), bold allowed, then a colon.
_TURN = re.compile(r"[^\w\n]{0,3}(?:\*\*|__)?(?P<who>[A-Z][^:\n#.!?]{0,80}?)(?:\*\*|__)?:(?:\*\*|__)?\s")
_BRACKET = re.compile(r"\((?P<name>[^()]{3,60})\)")


@functools.cache
def _words(role: str) -> frozenset[str]:
    t = load_table("first_person_frames.csv")
    return frozenset(t.word[t.role == role])


@functools.cache
def _frame() -> re.Pattern:
    """"I" or "we" as a subject, the words that may stand between, then a verb of saying or a document issued
    ("issued a statement", and a gathering's own verbs of ``data/first_person_frames.csv``, role ``issue``: "adopted a
    communique")."""
    between = alternation(_words("between"))
    issued = rf"(?:{alternation(issue_words() | _words('issue'))})\s+(?:a|an|the|our|this|that)\s+(?:[\w\-]+\s+){{0,2}}?(?:{document_nouns().pattern})"
    return re.compile(rf"(?<![\w'’])(?P<who>I|[Ww]e)\s+(?:(?:{between})\s+)*(?P<verb>{any_cue().pattern}|{issued})")


@functools.cache
def _meeting() -> re.Pattern:
    """"At the G7 foreign ministers' meeting": the joint body a gathering's possessor names."""
    return re.compile(rf"\b[Aa]t\s+(?:(?:the|a|an|last|this|[a-z]+['’]s)\s+)+(?P<body>[A-Z0-9][\w\-]*(?:\s+[\w\-]+){{0,3}}?)['’]s?\s+"
                      rf"(?:{alternation(_words('meeting'))})\b")


def first_person_speaker(art: Article, q: Marked, lo: int, hi: int) -> Said | None:
    """Who speaks ``q`` when its sentence ``masked[lo:hi]`` frames it with "I" or "we" and a verb of saying, else None."""
    if "I " not in art.masked[lo:hi] and "we " not in art.masked[lo:hi].lower():
        return None  # nearly every sentence
    frame = _nearest_frame(art, q, lo, hi)
    if frame is None:
        return None
    if frame.group("who") != "I":
        body = _meeting().search(art.masked, lo, frame.start())
        return Said(canonical(body.group("body"), "name"), body.group("body"), frame.group("verb"), body.start("body")) if body else None
    label = _turn_label(art, lo, frame)
    # In a transcript the "I" is the turn's speaker, or no one the label lets us read ("Q:": the reporter's).
    return _turn_speaker(art, label, frame) if label is not None else _signer(art, frame)


def _nearest_frame(art: Article, q: Marked, lo: int, hi: int) -> re.Match | None:
    """The first-person frame nearest the quote in its sentence, when nothing else that says stands between them."""
    found = [m for m in _frame().finditer(art.masked, lo, hi)
             if m.group("verb").split()[0].lower() not in _words("not_own") and not (q.open_at <= m.start() < q.close_at)]
    if not found:
        return None
    m = min(found, key=lambda m: min(abs(m.start() - q.close_at), abs(m.end() - q.open_at)))
    gap = (m.end(), q.open_at) if m.end() <= q.open_at else (q.close_at, m.start())
    # ("I told him, and he said “…”": his words; but "As I say in my written statement, …" has no other sayer.)
    return None if any(a.speaker_text for a in art.scan.attributions(*gap)) else m


def _turn_label(art: Article, lo: int, frame: re.Match) -> re.Match | None:
    """The label that opens the paragraph of the sentence at ``lo``, before the frame, else None."""
    k = art.sent_at(lo)
    par = art.sents[k].paragraph
    while k > 0 and art.sents[k - 1].paragraph == par:
        k -= 1
    label = _TURN.match(art.masked, art.sents[k].start)
    if label is None or label.end() > frame.start() or len(label.group("who").split()) > 6:
        return None  # (many words before a colon: a clause, no label)
    return label


def _turn_speaker(art: Article, label: re.Match, frame: re.Match) -> Said | None:
    """The speaker a turn's label names, as the article names them: a person in it, or the one named before in full
    with its last word ("GENERAL HALE:" after "General Marcus Hale")."""
    who, at = label.group("who").strip(), label.start("who")
    if (bracket := _BRACKET.search(who)) is not None:
        who, at = bracket.group("name"), at + bracket.start("name")
    for m in art.account.between(at, at + len(who)):
        if m.entity is not None and m.entity.kind == "person":
            return Said(m.entity.name, label.group("who").strip(), frame.group("verb"), label.start("who"))
    word = who.split()[-1].title()
    if (full := art.surname(word, at)) is not None and (named := canonical(full, "name")):
        return Said(named, label.group("who").strip(), frame.group("verb"), label.start("who"))
    return None


def _signer(art: Article, frame: re.Match) -> Said | None:
    """The person who signs a body's release or their own post, whose "I" the frame is; None for any other article."""
    name = signing_name(art.author)
    if name is None or not (body_by_form(art.source) or own_channel(art.source)):
        return None
    return Said(canonical(name, "name"), frame.group("who"), frame.group("verb"), frame.start())
