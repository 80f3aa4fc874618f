"""Who a label before a colon gives a quote to: "Zelensky: “We will respond.”", the answers of an interview
printed as questions and answers ("Q: …" then "A: “…”", ``data/interview_labels.csv``), and a news item set out
under labels ("Source: Jane Roe, deputy minister, on Telegram" then "Quote: “…”")."""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.mention_vocab import titles
from .quote_article import Article
from .quote_referents import Said

# ("10:42 GMT - Peskov:", "9:05 a.m. MOSCOW — Peskov:": a live blog's entry may open with its time, zone or place
# in capitals, and a dash; "a.m." may end the sentence before.)
_LABEL = re.compile(r"\s*(?:(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,})*\s*[—–\-]+\s*)?(?P<who>[^\s:#][^:#\n]{0,59}?)\s*:\s*")


@functools.cache
def _turns() -> dict[str, str]:
    t = load_table("interview_labels.csv")
    return dict(zip(t.label, t.turn))


@functools.cache
def heading_tags() -> str:
    """The tags of a broadcast transcript that head a speaker's words ("[Interview]", "<Soundbite>"), as a regex
    alternation (turn ``heading`` of ``data/interview_labels.csv``)."""
    return alternation(w for w, turn in _turns().items() if turn == "heading")


@functools.cache
def _question() -> re.Pattern:
    """A question's label opening a line: "Q:", "Question:"."""
    labels = alternation(w for w, turn in _turns().items() if turn == "question")
    return re.compile(rf"(?:^|\n)[ \t]*(?i:{labels})[ \t]*:", re.MULTILINE)


def label_speaker(art: Article, lo: int, hi: int) -> Said | None:
    """ "Zelensky: “We will respond.”": a person or body named alone before a colon that opens the quote; "A:" is
    the one interviewed."""
    m = _LABEL.fullmatch(art.masked, lo, hi)
    if m is None:
        return None
    turn = _turns().get(m.group("who").lower())
    if turn == "answer":
        return _interviewed(art, m.start("who"))
    if turn == "quote":
        return _sourced(art, m.start("who"))
    mention = art.account.mention_at(m.start("who"), m.end("who"))
    if mention is None or (mention.start, mention.end) != m.span("who"):
        mention = _described(art, m)  # "BILD military expert Julian Röpcke: “…”"
    if mention is None or mention.entity is None:
        return None
    e = mention.entity
    return Said(e.name, m.group("who"), None, m.start("who")) if e.kind in ("person", "body") else None


def _described(art: Article, m: re.Match):
    """The person a label names after a description of them ("BILD military expert Julian Röpcke:"): a title of
    ``data/titles.csv`` in lower case right before the name, maybe words and an outlet or body before it; None when
    the label holds anything else."""
    last = next((x for x in reversed(art.account.between(m.start("who"), m.end("who"))) if x.end == m.end("who")), None)
    if last is None or last.entity is None or last.entity.kind != "person":
        return None
    # (The account's mention may hold the title itself: "analyst Tom Reed".)
    whole = art.masked[m.start("who"):last.end]
    return last if _description().fullmatch(whole) else None


@functools.cache
def _description() -> re.Pattern:
    """Up to three capitalised words (an outlet, a body, a state), up to two modifiers, a title, then the name."""
    lower = alternation(t for t, info in titles().items() if t[0].isalpha() and info.cls != "courtesy")
    return re.compile(rf"(?:{UPPER}[\w\-]*\s+){{0,3}}(?:[a-z][\w\-]*\s+){{0,2}}(?:{lower})\s+{UPPER}[\w\-’'. ]*")


@functools.cache
def _source_label() -> re.Pattern:
    """A source's label opening a line: "Source:"."""
    labels = alternation(w for w, turn in _turns().items() if turn == "source")
    return re.compile(rf"(?:^|\n)[ \t]*(?i:{labels})[ \t]*:", re.MULTILINE)


def _sourced(art: Article, at: int) -> Said | None:
    """The one the last "Source:" line before ``at`` names first, as more than a possessor ("Source: Jane Roe, deputy
    minister, in an interview with the paper"), whose words a "Quote:" label at ``at`` opens; None with no such line."""
    source = None
    for source in _source_label().finditer(art.masked, 0, at):
        pass
    if source is None:
        return None
    end = art.masked.find("\n", source.end(), at)
    return art.subject_of(source.end(), end if end >= 0 else at, media=False)


def _interviewed(art: Article, at: int) -> Said | None:
    """The person an interview's answer at ``at`` is by: the one the article names last, as more than a possessor,
    before its first question (the introduction: "NK News spoke with X about …")."""
    first = _question().search(art.masked, 0, at)
    if first is None:
        return None
    person = next((m for m in reversed(art.account.between(0, first.start())) if m.entity is not None
                   and m.entity.kind == "person" and not m.oblique), None)
    return Said(person.entity.name, art.masked[at:at + 1], None, at) if person is not None else None
