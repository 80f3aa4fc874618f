"""The channel of a quote: the medium through which its words reach us, and how that is known.

A medium named in a reporting construction in the quote's own sentence
(``sentence``); else an earlier sentence of the paragraph that relays the
same speaker's words through it (``paragraph``); else any other sentence
of the article that does (``article``); else the article's outlet when it
is a medium of the speaker's state, or the speaker a voice of its state
it names without one (:mod:`~dossier.extractors.speech.outlet_voices`), basis
``article``.  A DPRK state medium is inherited only by speakers of the
DPRK's state (:func:`inherited`); a programme's voices speak through its
broadcaster (:mod:`~dossier.extractors.speech.quote_broadcasts`).  Words said to
the press ("told reporters") or in a paragraph going on from the
outlet's own earlier report (:mod:`~dossier.extractors.speech.quote_backrefs`)
inherit no medium named elsewhere.  Whether a medium named in a sentence relays its
speaker is read by :mod:`~dossier.extractors.speech.quote_relays`.
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ...text.words import alternation
from ..mentions import discourse
from .quote_article import Article, Sentence
from .quote_sentences import sentence_bounds
from .outlet_voices import home_voice
from .quote_backrefs import cites_own_report
from .quote_broadcasts import named_next, shown_by
from .medium_pictures import joiner, medium_auxiliaries, shows_apart
from .quote_relays import quoted_one, relayed_by, relays_here, same_state
from .quote_occasions import Occasion, occasion_of, said_repeatedly, to_the_press
from ..mentions.mention_vocab import descriptions, key, state_named, states
from ..mentions.speaker_vocab import document_nouns, speaker_affiliation
from ..mentions.channel_relays import addressed, channel_relay_words
from .speakers import channel_state


def relays(art: Article, i: int, speaker: str, own_state: bool = True, printer: str | None = None,
           spoken_to: bool = True, about: bool = False) -> list[str]:
    """The media through which sentence ``i`` relays the words of ``speaker``, those a quote of the speaker may inherit.

    With ``own_state`` a DPRK state medium only relays speakers of the DPRK's state.  ``printer`` relays nobody's
    words (:func:`_printer`).  Without ``spoken_to``, a medium the speaker talked to ("told Rossiya-24") does not:
    it carries what was said to it, not words said before.  With ``about``, a medium's account of what the speaker
    did relays the speaker too (within a paragraph: "Kim conferred the title …, according to KCNA").
    """
    # The media first: they are known once per sentence, while its speakers may still have to be resolved.
    media = [
        ch for at, ch in art.media_of(i)
        if ch != printer and (not own_state or channel_state(ch) != "dprk_state" or art.of_dprk_state(speaker))
        and (spoken_to or not addressed(art.masked, at))
    ]
    if not media:
        return []
    said = art.said_of(i)
    if any(x.speaker == speaker for x in said) or art.remarks_of(i) == speaker or quoted_one(art, i) == speaker:
        return media
    if not said and i and art.sents[i - 1].paragraph == art.sents[i].paragraph and any(
        x.speaker == speaker for x in art.said_of(i - 1)
    ) and _subject_is(art, i, speaker):
        # "Budanov said this at a forum …, a Ukrinform correspondent reports.": the sentence before's words; not
        # when the sentence tells of someone else ("Kim also received the commanders and, according to KCNA, said …").
        return media
    if about and all(x.speaker in media for x in said) and (
            subject := art.subject_of(art.sents[i].start, art.sents[i].end, media=False)) and subject.speaker == speaker:
        # "Kim conferred the title …, according to KCNA. He called them “…”": the medium's account of him; so too
        # "Xi met Putin …, Xinhua reported.", where only the medium speaks.
        return media
    if not said and _words_before(art, i) and any(
            x.speaker == speaker for k in _paragraph_before(art, i) for x in art.said_of(k)):
        return media  # "“…,” Kim said. Belousov replied “…”. The comments were carried by KCNA.": the paragraph's words
    return []


def _subject_is(art: Article, i: int, speaker: str) -> bool:
    """Whether sentence ``i`` tells of ``speaker``, or of no one but a medium."""
    subject = art.subject_of(art.sents[i].start, art.sents[i].end, media=False)
    return subject is None or subject.speaker == speaker


def _words_before(art: Article, i: int) -> bool:
    """Whether sentence ``i`` opens with words said before it, named by a document's noun and no one's name ("The
    comments were carried by KCNA", "These remarks were reported by state media"; not "The statement by the
    ministry was carried by KCNA")."""
    s = art.sents[i]
    return _words_said_before().match(art.masked, s.start, s.end) is not None and not any(
        m.entity is not None and m.entity.kind in ("person", "body") and m.how not in ("description", "pronoun")
        for m in art.account.between(s.start, s.end))


@functools.cache
def _words_said_before() -> re.Pattern:
    """"The comments", "These remarks", "Both statements" opening a sentence: words it speaks of as said before it."""
    return re.compile(rf"\s*(?:The|These|Those|Both|All)\s+(?:[a-z]+\s+)?(?:{document_nouns().pattern})")


def _relays_words(art: Article, k: int) -> bool:
    """Whether sentence ``k``, which names a medium, gives anyone's words or an account of what they did: not when it
    only airs a scene, giving no words of its own or of the sentence before in its paragraph ("Last month state
    television broadcast one of them: Kim kneeling by a coffin"; "Kim pinned medals on them, according to KCNA" is
    the agency's account)."""
    if art.said_of(k) or art.remarks_of(k) or (
            k and art.sents[k - 1].paragraph == art.sents[k].paragraph and art.said_of(k - 1)):
        return True
    return not all(_airs(art, at) for at, _ in art.media_of(k))


def _airs(art: Article, at: int) -> bool:
    """Whether the medium mentioned at ``at`` is the subject of a verb of airing or showing (``data/channel_relays.csv``,
    places ``airing`` and ``image``): "state television broadcast …", "KCTV has shown …"."""
    m = art.account.mention_at(at)
    return m is not None and _airing_verb().match(art.masked, m.end) is not None


def _paragraph_before(art: Article, i: int) -> range:
    """The sentences of sentence ``i``'s paragraph before it."""
    k = i
    while k and art.sents[k - 1].paragraph == art.sents[i].paragraph:
        k -= 1
    return range(k, i)


# The paragraphs of an article's lead, whose medium stands for words further on that name none.
_LEAD = 2


def inherited(art: Article, speaker: str, i: int, words_start: int, words_end: int,
              own_occasion: bool = False) -> tuple[str, str] | None:
    """The channel a quote of ``speaker`` in sentence ``i`` inherits, and how: ``sentence``, ``paragraph`` or
    ``article``; its words are ``art.masked[words_start:words_end]``.

    A DPRK state medium of the words' own sentence decides for the DPRK's words ("State media showed Kim at a
    drone plant, which he called “…”"), unless it goes with later words or tells in a clause of its own of pictures
    or framing (:mod:`~dossier.extractors.speech.medium_pictures`: "…, and state media have shown him in tears").
    Else the nearest earlier sentence of the paragraph that relays the
    speaker's words decides; else the nearest earlier sentence of the
    article that does; else the nearest later one ("…, Kim said,
    according to KCNA" further on); else, for the words of the DPRK's
    state, a DPRK state medium the paragraph spoke of before them (none
    when it says one carried nothing: "For months state media said
    nothing"), else
    the last earlier sentence naming a DPRK state medium as the source
    of words in the article's lead (its first two paragraphs: "…, KCNA
    reported Saturday"); a later one relays a quote of the lead only
    from the lead or the paragraph after it, and the DPRK's words of the
    first paragraph through the lead's next DPRK source that carries no
    one else's words ("It was a striking admission, carried by KCNA").
    Further on, a medium named
    for other words tells nothing of words the article gives no source
    ("North Korea's foreign ministry has called the reports “absurd”").
    With ``own_occasion`` (the quote's sentence names where its words
    were said: "Speaking in Vilnius, …") only the paragraph's media do.
    A DPRK state medium carries the words of others only within its
    paragraph ("Putin wrote an article for the Rodong Sinmun. In it, he
    thanked …").
    """
    here, sents = art.sents[i], art.sents
    if art.of_dprk_state(speaker) and (own := [m for m in _dprk_media_in(art, here.start, here.end)
                                               if not _later_clause(art, words_end, m.start, here.end)
                                               and not shows_apart(art, m.start, words_start, words_end, here.end)]):
        # "State media showed Kim at a drone plant, which he called “…”": the DPRK medium of the words' own sentence,
        # before one an earlier sentence of the paragraph named for other words of his.
        return own[-1].entity.name, "sentence"
    earlier = [k for k in art.relaying_any if sents[k].sentence < here.sentence]
    printer = _printer(art, speaker)
    for k in reversed(earlier):
        if sents[k].paragraph != here.paragraph:
            break
        if media := relays(art, k, speaker, own_state=False, printer=printer, about=True):
            return max(_own_first(art, media, speaker)), "paragraph"
    # "The ministry said … “…”. The statement was carried by KCNA.": the paragraph's own word on the medium, further
    # on, before what another paragraph says of the speaker's words.
    later = art.relaying_any[len(earlier):]
    for k in later:
        if sents[k].paragraph != here.paragraph:
            break
        if sents[k].sentence > here.sentence and (
                media := relays(art, k, speaker, own_state=False, printer=printer, spoken_to=False)):
            return min(_own_first(art, media, speaker)), "article"
    if own_occasion:
        return None  # "Speaking in Vilnius, she said …": words of an occasion no medium named elsewhere reported
    for k in reversed(earlier):
        # A medium the speaker talked to ("told AFP") carries what was said to it: the next paragraph may go on
        # with the interview, one further down quotes the speaker from anywhere.
        next_one = here.paragraph - sents[k].paragraph <= 1
        if media := relays(art, k, speaker, printer=printer, spoken_to=next_one) or (
                next_one and _own_state_account(art, k, speaker, printer)):
            return min(_own_first(art, media, speaker)), "article"
    if art.of_dprk_state(speaker):
        # "State media ran reports on the museum. Kim, who in one speech called …": the DPRK medium the paragraph
        # has just spoken of, even without a verb of saying, before one named elsewhere in the article; the
        # quote's own sentence included ("a reply that KCNA would print: the alliance, he said, was …").
        # A paragraph that says the DPRK's media carried nothing gives its words none, not the lead's either.
        k = i
        while k and sents[k - 1].paragraph == here.paragraph:
            k -= 1
        near = _dprk_media_in(art, sents[k].start, here.start)
        if near:
            return near[-1].entity.name, "paragraph"
        if _dprk_media_in(art, sents[k].start, here.start, silent=True):
            return None  # "For months state media said nothing. Its foreign ministry called …": no medium carried it
        lead = [ch for k, ch in art.dprk_sources if sents[k].sentence < here.sentence and sents[k].paragraph < _LEAD
                and _relays_words(art, k)]
        if lead and not (art.outlet and channel_state(art.outlet) == "dprk_state"):
            # (A DPRK medium's own article carries its state's words itself, not through a medium another
            # paragraph named: "Rodong Sinmun carried an article …" in KCNA's.)
            # A medium by name rather than "state media" when the article names one.
            named = [ch for ch in lead if ch != discourse.DPRK_STATE_MEDIA]
            return (named or lead)[-1], "article"
    for k in later:  # "…, Kim said, according to KCNA" further on, right after the lead
        if sents[k].paragraph > _LEAD:
            break
        if sents[k].sentence > here.sentence and (media := relays(art, k, speaker, printer=printer, spoken_to=False)):
            return min(_own_first(art, media, speaker)), "article"
    if art.of_dprk_state(speaker) and here.paragraph == 0 and channel_state(art.outlet or "") != "dprk_state":
        # "Pyongyang admitted it sent troops, saying they helped “liberate” Kursk. ¶ It was a striking admission, carried
        # by KCNA.": the lead's DPRK words and the source the lead names next, for no one else's words.
        return next(((ch, "article") for k, ch in art.dprk_sources if k > i and sents[k].paragraph < _LEAD
                     and all(x.speaker in (speaker, ch) for x in art.said_of(k))), None)
    return None


_TITLE_CHARS = 80
_TITLE_WORDS = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,3}")  # "Chinese Foreign Ministry spokesperson Mao Ning"


def channel_of(art: Article, group: list[Marked], speaker: str | None, intro: Sentence | None,
               pos: int = -1) -> tuple[str | None, str | None]:
    """The channel of the statement ``group`` said by ``speaker``, and its basis (``sentence``, ``paragraph``, ``article``).

    ``intro`` is the sentence introducing the statement with a colon, when
    that is where its speaker was found; ``pos`` where the speaker was named.
    A medium's own words reach us through the medium itself.  The outlet is
    the channel of its own state's words (KCNA of Kim's, TASS of Shoigu's,
    Ukrinform's of a prosecutor general it names without a state),
    also of those said first on another medium: Ukrinform's "he said on
    national television" or "in an interview with The War Zone", TASS's
    "Peskov told Rossiya-1".  Not of those another state's medium carried
    ("Shoigu said …, KCNA said" in TASS), nor of words the article says it
    reported itself (``sentence``), nor of words their own sentence says
    a medium of the outlet's state or of no state quoted (:func:`_quoted_there`:
    "was quoted by the newspaper Krasnaya Zvezda as saying", "Izvestia
    quoted him as saying", "according to Izvestia" in TASS).
    """
    channel, basis = _channel_found(art, group, speaker, intro, pos)
    if channel == art.outlet or not speaker or not art.outlet or art.is_medium(speaker):
        return channel, basis
    state = channel_state(art.outlet)
    # (China's officials are told by their affiliation: no speaker group is China's.)
    own = same_state(state, art.group_of(speaker)) or (state == "china_state" and _of_affiliation(art, speaker, state)) or (
        home_voice(art, speaker, state))
    if own and (channel is None or channel_state(channel) in (state, "other")) and not (
            basis == "sentence" and _quoted_there(art, group, channel, speaker, pos)):
        return art.outlet, "article"
    return channel, basis


def _quoted_there(art: Article, group: list[Marked], channel: str, speaker: str, pos: int) -> bool:
    """Whether the quote's own sentence says ``channel`` quoted the words of ``speaker``, named at ``pos`` ("was quoted
    by the magazine X as saying", "X quoted him as saying", "according to X"), rather than that they were said to it
    or on it ("told Rossiya-1", "said on national television"): the outlet prints what that medium relayed, not
    words said to it first."""
    lo, hi = sentence_bounds(art, group[0])[0], sentence_bounds(art, group[-1])[1]
    return any(ch == channel and relayed_by(art, at, lo, speaker, pos) for at, ch in art.media_named(lo, hi))


def _of_affiliation(art: Article, speaker: str, affiliation: str) -> bool:
    """Whether ``speaker`` is of ``affiliation`` (``data/speakers.csv``), or first named with the title of a body of it
    ("Chinese Foreign Ministry spokesperson Mao Ning")."""
    if speaker_affiliation(speaker) == affiliation:
        return True
    first = next((m for m in art.account.mentions if m.entity is not None and m.entity.name == speaker), None)
    if first is None:
        return False
    body = next((m for m in reversed(art.account.between(max(0, first.start - _TITLE_CHARS), first.start))
                 if m.entity is not None), None)
    return body is not None and body.entity.kind == "body" and speaker_affiliation(body.entity.name) == affiliation and (
        _TITLE_WORDS.fullmatch(art.masked, body.end, first.start) is not None)


def _later_clause(art: Article, words_end: int, at: int, hi: int) -> bool:
    """Whether the medium named at ``at`` goes with words quoted after it in ``art.masked[:hi]``, not with those
    ending at ``words_end``: a clause opened past them (``data/channel_relays.csv``, place ``joiner``) names it
    before more quoted words ("Kim called it “…” and, in a speech KCNA carried, said “…”")."""
    return 0 <= words_end < at and "#" in art.masked[at:hi] and joiner().search(art.masked, words_end, at) is not None


@functools.cache
def _airing_verb() -> re.Pattern:
    """A verb of airing or showing right after a medium, maybe after an auxiliary ("broadcast", "has aired")."""
    verbs = alternation(channel_relay_words("airing") | channel_relay_words("image"))
    return re.compile(rf"\s+{medium_auxiliaries()}(?:{verbs})\b", re.IGNORECASE)


def _dprk_media_in(art: Article, lo: int, hi: int, silent: bool = False) -> list[discourse.Mention]:
    """The DPRK state media mentioned in ``art.masked[lo:hi]`` by name or description (a pronoun may be an empty
    subject: "It was a turnaround"), and not said to have carried nothing; with ``silent`` those said to have."""
    return [m for m in art.account.between(lo, hi)
            if m.entity is not None and m.entity.kind == "medium" and channel_state(m.entity.name) == "dprk_state"
            and art.denied(m.start) == silent and m.how != "pronoun"]


def _channel_found(art: Article, group: list[Marked], speaker: str | None, intro: Sentence | None,
                   pos: int) -> tuple[str | None, str | None]:
    """:func:`channel_of` by what the article names, the outlet aside."""
    q = group[0]
    lo, hi = sentence_bounds(art, group[-1])
    lo = sentence_bounds(art, q)[0]
    if speaker and art.is_medium(speaker):
        # A medium's own words ("Rodong Sinmun called it “…”", "the broadcaster said") reach us through it, known
        # where the medium was last named or described ("the broadcaster"; "the report" is not the medium).
        named = [m.start for m in art.account.between(0, hi) if m.how != "pronoun" and m.entity is not None
                 and m.entity.name == speaker and not _a_report(m)]
        at = named[-1] if named else pos
        # "North Korean state TV aired a film on what it called “…”. ¶ The film, broadcast by KCTV, …": KCTV's words.
        medium = (at >= 0 and named_next(art, at, speaker)) or speaker
        if lo <= at < hi or (intro is not None and intro.start <= at < intro.end):
            return medium, "sentence"
        if at >= 0 and art.sents[art.sent_at(at)].paragraph == art.sents[art.sent_at(lo)].paragraph:
            return medium, "paragraph"
        return medium, "article"
    named = art.media_named(lo, hi)
    if intro is not None:
        named += art.media_named(intro.start, intro.end)
    if (printer := _printer(art, speaker)) is not None:
        named = [x for x in named if x[1] != printer]
    if named and art.of_dprk_state(speaker) and any(channel_state(ch) == "dprk_state" for _, ch in named):
        # "…, TASS reported, relaying the KCNA dispatch": the DPRK's words come from its own medium.
        named = [x for x in named if channel_state(x[1]) == "dprk_state"]
    named = [(at, own) for at, ch in named if (own := _unowned_state_media(art, at, ch, speaker)) is not None
             # "…, and state media have shown him in tears": pictures or the medium's own framing, in a clause apart
             and not shows_apart(art, at, q.open_at, group[-1].close_at, hi)]
    if named and speaker:
        named = [(at, ch) for at, ch in named if relays_here(art, at, ch, speaker, lo, hi, group[-1].close_at)
                 and not _later_clause(art, group[-1].close_at, at, hi)]
    if named:
        at, channel = min(named, key=lambda x: abs(x[0] - q.open_at))
        channel = named_next(art, at, channel) or channel
        if art.of_dprk_state(speaker) and channel_state(channel) != "dprk_state" and (
                relayed := _dprk_medium_relayed(art, channel, art.sent_at(lo))):
            return relayed, "paragraph"
        return channel, _basis_of_mention(art, at, channel, lo)
    if not speaker:
        return None, None
    if to_the_press(art, lo, hi) or (intro is not None and to_the_press(art, intro.start, intro.end)):
        # "“…,” the minister told reporters before leaving": said to the press there, not carried by the agency
        # another paragraph named for the minister's other words.
        return None, None
    occasion = occasion_of(art, lo, hi) or (intro is not None and occasion_of(art, intro.start, intro.end)) or None
    if occasion is Occasion.OTHER:
        return None, None  # "At a separate rally, Kim said “…”": no medium named for other words reported it
    if said_repeatedly(art, *_between_speaker_and_words(art, group, pos, lo, hi)):
        return None, None  # "Kim has repeatedly called for “…”": said again and again, on no occasion a medium reported
    i = art.sent_at(q.parts[0][0])
    found = inherited(art, speaker, i, q.open_at, group[-1].close_at, own_occasion=occasion is Occasion.OWN)
    if found is not None:
        _, basis = found
        if basis != "article" or not cites_own_report(art, i):
            return found
        # "Earlier, Life.ru reported that … Kim promised “…”": from the outlet's own earlier report
    return shown_by(art, i, speaker) or (None, None)


def _between_speaker_and_words(art: Article, group: list[Marked], pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The span of sentence ``art.masked[lo:hi]`` between the speaker named at ``pos`` and the words ``group``, where
    the verb of their saying stands: "Kim has repeatedly called for “…”", "“…,” Peskov has long said"; the part
    before the words when the speaker was not found in the sentence."""
    opens, closes = group[0].open_at, group[-1].close_at
    if lo <= pos < opens or not lo <= pos < hi:
        return max(lo, pos), opens
    return closes, hi


def _own_state_account(art: Article, k: int, speaker: str, printer: str | None) -> list[str]:
    """The media of ``speaker``'s own state whose account of what the speaker did sentence ``k`` gives, for words
    the next paragraph quotes: "KCNA reported that Kim met the families, telling them “…”. ¶ He was quoted as saying
    …" is KCNA's; "According to The New York Times, Kim ordered …" puts no words of his in the Times' mouth."""
    if not _relays_words(art, k):
        return []  # "State television broadcast one of them: Kim kneeling by a coffin": pictures, no account of words
    group = "dprk_official" if art.of_dprk_state(speaker) else art.group_of(speaker)
    return [ch for ch in relays(art, k, speaker, printer=printer, about=True) if same_state(channel_state(ch), group)]


def _dprk_medium_relayed(art: Article, channel: str, i: int) -> str | None:
    """The DPRK medium whose piece an earlier sentence of sentence ``i``'s paragraph says ``channel`` relays: "RIA
    Novosti carried the KCNA report in full. It quoted Kim as saying …" is KCNA's account of the DPRK's words."""
    for k in reversed(_paragraph_before(art, i)):
        media = [ch for _, ch in art.media_of(k)]
        if channel in media and (dprk := next((ch for ch in media if channel_state(ch) == "dprk_state"), None)):
            return dprk
    return None


def _basis_of_mention(art: Article, at: int, channel: str, lo: int) -> str:
    """How the medium mentioned at ``at`` in a quote's sentence (from ``lo``) is known: there, unless the mention is
    a pronoun ("It carried a statement by Kim Yo Jong"), which stands for the medium where it was last named."""
    m = art.account.mention_at(at)
    if m is None or m.how != "pronoun":
        return "sentence"
    named = [x.start for x in art.account.between(0, at) if x.how != "pronoun" and x.entity is not None
             and x.entity.name == channel]
    if named and named[-1] >= lo:
        return "sentence"  # "KCNA released a statement …, in which it said"
    if named and art.sents[art.sent_at(named[-1])].paragraph == art.sents[art.sent_at(lo)].paragraph:
        return "paragraph"
    return "article"


def _unowned_state_media(art: Article, at: int, channel: str, speaker: str | None) -> str | None:
    """The channel of media named at ``at``: "state media" with no state of their own are the speaker's state's.

    In coverage of the alliance they stand for the DPRK's, but "Putin said on state television" is Russia's, and
    "Zelensky told state television" names no medium ``data/states.csv`` knows (None).
    """
    if channel != discourse.DPRK_STATE_MEDIA or not speaker:
        return channel
    names = states().get(discourse.group_state(art.group_of(speaker)))
    if names is None or (m := art.account.mention_at(at)) is None or _owned(m.surface):
        return channel
    return names.state_media or None


def _owned(surface: str) -> bool:
    """Whether a medium's words name its state ("the North's official media", "North Korean state TV")."""
    return state_named(key(surface).split()) is not None


def _a_report(m: discourse.Mention) -> bool:
    """Whether ``m`` is a medium's report ("the report"), which stands for the medium without naming it."""
    d = descriptions().get(key(m.surface)) if m.how == "medium" else None
    return d is not None and d.refers == "report"


def _printer(art: Article, speaker: str | None) -> str | None:
    """The article's outlet, when it cannot be the channel of ``speaker``'s words: it prints them, it does not relay
    them ("…,” Yang told NK News" in NK News).  A medium of the speaker's own state is (KCNA of Kim's words)."""
    if art.outlet and not same_state(state := channel_state(art.outlet), art.group_of(speaker)) and not (
            speaker and home_voice(art, speaker, state)):
        return art.outlet
    return None


def _own_first(art: Article, media: list[str], speaker: str) -> list[str]:
    """Of the media a sentence relays ``speaker``'s words through, those of the speaker's own state, when it names
    one: "Yonhap, citing KCNA, reported that the general …" is KCNA's account of a North Korean general."""
    if len(media) < 2:
        return media
    group = "dprk_official" if art.of_dprk_state(speaker) else art.group_of(speaker)
    return [ch for ch in media if same_state(channel_state(ch), group)] or media
