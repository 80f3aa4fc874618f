"""Who a broadcast shows speaking: the broadcaster that is the channel of words said in its programme.

Two readings of :func:`~dossier.extractors.speech.quote_channels.channel_of` for the words of a broadcast: the speaker a
programme shows ("In the film, a commander recalls …"), and the programme's own voice ("the narration claims"),
speak through the broadcaster that aired it (:func:`shown_by`), and a DPRK broadcaster described ("North Korean
state television reported") is the one the next sentence names (:func:`named_next`).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ..mentions import discourse
from ..mentions.mention_vocab import aired_nouns, key
from .quote_article import Article
from ..mentions.channel_relays import channel_relay_words, medium_voices, shown_in
from .speakers import channel_state


def shown_by(art: Article, i: int, speaker: str | None = None) -> tuple[str, str] | None:
    """The broadcaster that shows the speaker of a quote in sentence ``i``: the sentence, or the one before it in its
    paragraph, places them in a programme ("In the film, a commander recalls …", "A colonel in the segment praised
    …", "tells the camera", "says into the camera in one scene", "the film includes an interview with a pilot, who
    says"), or the speaker is the programme's own voice ("the narration claims"), and a broadcaster was named
    before, in the paragraph or the two before it.  Only in a programme: "The ministry said it was analysing the
    film" is no one shown in it."""
    here = art.sents[i]
    k = i - 1 if i and art.sents[i - 1].paragraph == here.paragraph else i
    if not (speaker and key(speaker) in _programme_voices()) and shown_in().search(
            art.masked, art.sents[k].start, here.end) is None and _shown_too().search(
            art.masked, art.sents[k].start, here.end) is None:
        return None
    aired = next((m for m in reversed(art.account.between(0, here.start)) if m.entity is not None and m.entity.kind == "medium"
                  and m.entity.medium_kind == "broadcaster" and not art.denied(m.start)), None)
    if aired is None or here.paragraph - (p := art.sents[art.sent_at(aired.start)].paragraph) > 2:
        return None
    return aired.entity.name, "paragraph" if p == here.paragraph else "article"


def named_next(art: Article, at: int, channel: str) -> str | None:
    """The broadcaster that the sentence after an unnamed one's names: "…, North Korean state television reported.
    KCTV aired an hour of footage" is KCTV's report, and so is "North Korean state TV aired a film … ¶ The film,
    broadcast by KCTV on Sunday, …".  Only a described medium that can be a broadcaster
    (``data/state_media.csv``: "television", "TV", "broadcaster"), and its own state's broadcaster."""
    if channel != discourse.DPRK_STATE_MEDIA or (m := art.account.mention_at(at)) is None or (
            not m.surface or key(m.surface).split()[-1] not in aired_nouns()):
        return None
    i = art.sent_at(at)
    if i + 1 >= len(art.sents) or art.sents[i + 1].paragraph > art.sents[i].paragraph + 1:
        return None  # the next sentence, of the paragraph or opening the next one ("The film, aired by KCTV, …")
    nxt = art.sents[i + 1]
    return next((x.entity.name for x in art.account.between(nxt.start, nxt.end) if x.entity is not None
                 and x.entity.kind == "medium" and x.entity.medium_kind == "broadcaster"
                 and channel_state(x.entity.name) == "dprk_state"), None)


@functools.cache
def _programme_voices() -> frozenset[str]:
    """A programme's own voice as a speaker ("narration", "narrator"): the programme words and the voices of a medium
    (``data/channel_relays.csv``, places ``programme`` and ``voice``)."""
    return channel_relay_words("programme") | medium_voices()


@functools.cache
def _shown_too() -> re.Pattern:
    """Placings in a programme that :func:`~dossier.extractors.mentions.channel_relays.shown_in` leaves: one of its parts ("in
    one scene", "in another segment"; "said in an interview" places the speaker in none), words said into the
    camera ("says into the camera"), and someone the programme includes ("it includes drone footage and an
    interview with a commander"): ``data/channel_relays.csv``, places ``programme``, ``audience``, ``camera_verb``
    and ``include_verb``."""
    shows, audience = alternation(channel_relay_words("programme")), alternation(channel_relay_words("audience"))
    speaks, includes = alternation(channel_relay_words("camera_verb")), alternation(channel_relay_words("include_verb"))
    return re.compile(rf"\b(?i:in|during)\s+(?i:one|another)\s+(?:[a-z\-]+\s+)?(?i:{shows})\b"
                      rf"|\b(?:{speaks})\s+into\s+the\s+(?:{audience})\b"
                      rf"|\b(?:{includes})\b[^.;#]{{0,80}}?"
                      rf"\ban?\s+(?:[a-z\-]+\s+)?(?:{shows})\s+with\b")
