"""What a figure counts when its noun stands before it, joined by a link word or predicate.

"a force of 12,000", "the death toll among them stood at 600", "casualties
are in the thousands", "the number of North Koreans being trained in
eastern Russia at 12,000": :func:`link_window` finds the words before the
link, :func:`backward` the noun in them (whether that noun names a figure
rather than what it counts: :mod:`~dossier.extractors.figures.estimate_totals`).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from .estimate_asides import RELATIVES, clause_opener
from .estimate_nouns import BACKWARD, Counted, Hit, compound_head, forward, term_at
from .estimate_tokens import BREAK, Token
from ...text.numbers import cues

__all__ = ["TOTAL_REACH", "LinkWindow", "backward", "deploys_at", "link_window", "sized", "sizes_a_force", "to_war", "words_before"]


_VERB_GAP = 5  # words between a noun and a predicate that gives its figure ("the toll among the units stood at")


def link_window(before, linked: bool, vague: bool = False) -> LinkWindow | None:
    """The words before a link word that joins a noun to the number after it, and how far the noun may stand.

    ``linked``: the quantity starts with a verb that is its own link ("exceeds 3,000").
    ``vague``: the quantity is a vague count, which the words of role ``vague_link`` join to a
    predicate's noun as a verb would ("casualties are in the thousands").
    """
    links = cues("link")
    if linked or vague and (joined := _vague_link(before)):
        # "casualties are estimated to be | in the | tens of thousands": the gap is counted from before the link.
        width, gap, value = 0 if linked else joined, _VERB_GAP, "verb"
    else:
        last = before[-2:]
        if not last or last[-1].kind != "word":
            return None
        pair = " ".join(t.low for t in last)
        if last[-1].low == "at" and pair not in links and (past := _past_agent(before)) is not None:
            return link_window(past, linked, vague)
        if len(last) == 2 and pair in links:
            width, value = 2, links[pair]
        elif last[-1].low == "at" and _compared(before[-3:]):
            width, value = 3, "verb"  # "Seoul's estimate of the toll is lower, at 300": the comparison is the predicate
        elif (last[-1].word in cues("total") or last[-1].word in cues("loss_subject")) and _verb_of_at(before):
            # "Kyiv puts the figure closer to 12,000", "puts the toll nearer 1,000": the hedge stands for the "at".
            width, value = 0, "verb"
        elif last[-1].low in links:
            width, value = 1, links[last[-1].low]
        else:
            return None
        gap = _VERB_GAP if value in ("verb", "copula") else 1
        if gap == 1 and width == 1 and last[-1].low == "at" and _verb_of_at(before):
            gap = _VERB_GAP  # "estimated the total losses of the Koreans at 5,000": the verb's object, then its "at"
        if gap < _VERB_GAP and last[-1].low in _raising().values():
            raising = before[-2 * BACKWARD - width :]
            if any(t.word in _raising() for t in raising):
                gap = _VERB_GAP  # "bringing the number of troops in Russia to 3,000"
    if width and value == "verb" and (opener := clause_opener(before, width)) is not None:
        # "the casualties, which Ukraine's Main Intelligence Directorate (HUR) puts at": the clause's claimant
        # parts the noun from its link by more words than any window reads; the noun is the clause's antecedent.
        # With no comma ("a contingent that officials say numbered") it is the noun right before the pronoun.
        gap = 1 if before[opener].kind == "word" else gap
        before = before[:opener] + before[-width:]
    reach = BACKWARD + (_VERB_GAP - 1 if gap == _VERB_GAP else 0)
    window, counted_noun = words_before(before, reach, width)
    if value == "copula" and not any(t.word in cues("total") or t.word in cues("loss_subject") for t in window) \
            and not a_wave(window):
        return None  # "the number of troops is 11,000" and "losses were 4,000" link; "the soldier is 20" gives an age
    return LinkWindow(window, gap, counted_noun, before, width)


def _verb_of_at(before) -> bool:
    """Whether a verb that gives a figure with "at" ("estimated ... at", "put ... at") stands among the few words
    before the "at" that ends ``before``, with no break or number between: its object stands between them."""
    links = cues("link")
    for t in before[-_OBJECT_OF_AT - 2 : -1][::-1]:
        if t.kind == "num" or t.kind == "punct" and t.text in BREAK:
            return False
        if links.get(f"{t.low} at") == "verb":
            return True
    return False


_OBJECT_OF_AT = 7  # words of the object between such a verb and its "at" ("the total losses of the Korean units")


def _compared(last) -> bool:
    """Whether ``last``, the three tokens before a number, are a comparative, a comma and "at" ("lower, at")."""
    return len(last) == 3 and last[1].text == "," and last[0].low in cues("comparative")


def _past_agent(before) -> list[Token] | None:
    """The tokens before a link less the agent that parts a verb from its "at" ("were estimated by the NIS at"
    reads as "were estimated at"), or None when none does."""
    near = before[-_AGENT - 2 :]
    if len(near) < 4 or not any(t.low == "by" for t in near):
        return None
    tail = before[-_TAIL:]
    links = cues("link")
    for i in range(len(tail) - 3, max(0, len(tail) - 3 - _AGENT), -1):
        t = tail[i]
        if t.kind != "word" or t.low in links:
            return None  # a number, a mark or another link: no agent's words
        if t.low == "by":
            return tail[:i] + tail[-1:] if links.get(f"{tail[i - 1].low} at") == "verb" else None
    return None


_AGENT = 5  # words of an agent between a verb of the link and its "at" ("by South Korea's spy agency")
_TAIL = 3 * BACKWARD + 2 * _AGENT  # tokens kept before an agent: more than any window reads


def _vague_link(before) -> int:
    """How many tokens of a vague link end ``before`` ("in the low"), the longest; 0 when none does."""
    last = before[-_VAGUE_LINK:]
    if any(t.kind != "word" for t in last):
        last = last[max(i for i, t in enumerate(last) if t.kind != "word") + 1 :]
    words = [t.low for t in last]
    return next((n for n in range(len(words), 1, -1) if " ".join(words[-n:]) in cues("vague_link")), 0)


_VAGUE_LINK = 3  # words of the longest vague link ("in the low")


class WordsBefore(NamedTuple):
    """The words before a link, and whether a number is what they start after ("3,000 soldiers' losses stood at")."""

    words: list[Token]
    after_number: bool


def words_before(before, reach: int, width: int) -> WordsBefore:
    """The ``reach`` words before the ``width`` tokens of a link, from the last clause break or number on,
    and whether a number is what they start after."""
    window = before[-reach - width : -width] if width else before[-reach:]
    if dates := _dates(window):
        # "its total losses since Feb. 24, 2022 to 790,000": a date is no noun, and its marks and day break nothing.
        window = [t for i, t in enumerate(window) if i not in dates]
    # A comma before "which" opens a clause about the noun before it ("the casualties, which numbered 3,000"), and
    # so does one right before a verb of the link ("the casualties, estimated at 4,700 by the NIS").
    opens = [i for i, t in enumerate(window) if t.text == "," and window[i + 1 : i + 2] and window[i + 1].low in RELATIVES]
    if width and window and cues("link").get(" ".join(t.low for t in before[-width:])) == "verb":
        # "the prisoners, now numbering at least six": an adverb may stand between the comma and the verb.
        comma = len(window) - (2 if window[-1].low in cues("adverb") and window[-1].kind == "word" else 1)
        if comma >= 0 and window[comma].text == ",":
            opens.append(comma)
    if any((t.kind == "punct" and t.text in BREAK or t.kind == "num" and not _year(t)) and i not in opens for i, t in enumerate(window)):
        cut = max(i for i, t in enumerate(window) if (t.kind == "punct" or t.kind == "num" and not _year(t)) and i not in opens)
        return WordsBefore(window[cut + 1 :], window[cut].kind == "num")
    return WordsBefore(window, False)


def _dates(window) -> set[int]:
    """Where the words, numbers and marks of dates stand in ``window`` ("Feb. 24, 2022", "24 February 2022")."""
    months, stems = cues("month"), _month_stems()
    out: set[int] = set()
    for i, t in enumerate(window):
        if t.low not in stems or t.kind != "word":
            continue
        out.add(i)
        j = i + 1
        if j < len(window) and window[j].text == "." and f"{t.low}." in months:
            out.add(j)
            j += 1
        if j < len(window) and _day(window[j]):
            out.add(j)
            if j + 2 < len(window) and window[j + 1].text == "," and _year(window[j + 2]):
                out.update((j + 1, j + 2))
        elif j < len(window) and _year(window[j]):
            out.add(j)
        if i and _day(window[i - 1]):
            out.add(i - 1)
            if i + 1 < len(window) and _year(window[i + 1]):
                out.add(i + 1)
    return out


@functools.cache
def _month_stems() -> frozenset[str]:
    # Month names and abbreviations without their full stop: one lookup per word finds either.
    return frozenset(m.rstrip(".") for m in cues("month"))


def _day(token: Token) -> bool:
    return token.kind == "num" and token.text.isdigit() and 1 <= int(token.text) <= 31


def _year(token: Token) -> bool:
    # "brought the total since October 2024 to 14,000": a year counts nothing, so it starts no window.
    return len(token.text) == 4 and token.text[:2] in ("19", "20")


class LinkWindow(NamedTuple):
    """The words before a link word; ``gap``: how many words may stand between its noun and the link;
    ``counted_noun``: the words start right after a number, which counts their first noun itself;
    ``before`` and ``width``: all the tokens before the figure, and how many of the last are the link's."""

    words: list[Token]
    gap: int
    counted_noun: bool
    before: object = None
    width: int = 0


@functools.cache
def _raising() -> dict[str, str]:
    return cues("raising")


_NUMBERING = frozenset({"of", "numbered", "numbers", "number", "numbering"})  # links that give a formation's size


def _formation_counted(link: LinkWindow) -> bool:
    """Whether a formation noun (``estimate_cues.csv``, role ``formation``) ends the words before a link that gives
    its size ("a battalion of roughly 400", "the brigade numbered about 3,000"): the number counts its men."""
    if not link.words or link.before is None or link.width != 1 or link.before[-1].low not in _NUMBERING:
        return False
    words = link.words[:-1] if link.words[-1].low in RELATIVES else link.words  # "the corps, which numbers 10,000"
    words = words[:-1] if words and words[-1].text == "," else words
    if not words:
        return False
    last, formations = words[-1].low, cues("formation")
    return last in formations or last.endswith("s") and last[:-1] in formations


def a_wave(words) -> bool:
    """Whether ``words``, the words before a link, end in an ordinal or a word of order and a noun of one dispatch
    of troops (role deployment, value group): "the first contingent", "the second wave", "a new batch".  Its size
    is a count of troops, however linked: "The first contingent was about 11,000", "the second wave numbered 4,000"."""
    if len(words) < 2 or words[-1].word not in _groups() or words[-1].word in cues("series"):
        return False  # most words; "the first round was 300" may be of shells as well as of troops
    order = words[-2].word
    return order in cues("ordinal_part") or cues("deployment").get(order) == "order"


@functools.cache
def _groups() -> frozenset[str]:
    return frozenset(w for w, v in cues("deployment").items() if v == "group")


def sizes_a_formation(before) -> bool:
    """Whether the tokens ``before`` a figure end in a formation noun and a link that gives its size ("a battalion
    of", "units number"): people counted after the figure are the formation's men, troops."""
    words = before[-2:]
    if len(words) < 2 or words[1].low not in _NUMBERING:
        return False
    last, formations = words[0].low, cues("formation")
    return last in formations or last.endswith("s") and last[:-1] in formations


def backward(link: LinkWindow) -> Counted | None:
    """The counted noun in the words before a link word, ending near enough to it; persons are no figure's noun."""
    window, gap = link.words, link.gap
    if a_wave(window):
        return Counted("troops", None, (), "troops")  # "the second wave numbered 4,000", not "round"'s shells
    # (where, hit) of the subject's head, a noun a modifier follows ("Losses among the units were put at 4,000": what
    # is counted), and of the noun next to the link
    head = found = None
    for i in range(1 if link.counted_noun else 0, len(window)):
        hit = term_at(window, i, True)
        if not hit or hit.category == "persons":
            continue
        end = i + hit.length
        if hit.category == "shipments" and not hit.subtype and window[end : end + 1] and window[end].low == "of":
            continue  # "put deliveries of KN-23 missiles at 250": a delivery with no carrier is of what its "of" names
        # A loss's "of" names whose loss it is ("the losses of the Korean units were put at 4,000"), like "among".
        if head is None and gap > 1 and end < len(window) - 2 and (
                window[end].low in cues("modifier") or window[end].low == "of" and hit.category == "casualties"):
            head = i, hit
        # The noun must end next to the link word, or a verb or so before it ("the toll rose to 12").
        if end >= len(window) - gap:
            # A compound whose last noun is a carrier counts the carriers ("Ammunition trains have slowed to two
            # a month"); one whose last noun is a process measures its modifier ("Shell deliveries doubled to 400,000").
            if end < len(window) and (later := compound_head(window, end, hit)) and later.subtype:
                i, hit = end, later
            found = i, hit
            break
    if head or found:
        i, hit = head or found
        if hit.category == "troops" and (loss := _loss_of(window, i + hit.length)):
            return Counted("casualties", loss.subtype, (), hit.category)  # "the number of soldiers killed is"
        if hit.category == "troops" and (verb := _loss_modifier(window, i)):
            # "the North has lost soldiers in the thousands", "the number of wounded Korean soldiers is"
            return Counted("casualties", verb, (), hit.category)
        return Counted(hit.category, hit.subtype, (), hit.category)
    if _formation_counted(link):
        return Counted("troops", None, (), "troops")  # "a battalion of roughly 400": the men of one formation
    if link.before is None:
        return None
    # Further back, a noun naming the figure may say what it counts ("the number of North Koreans being
    # trained in eastern Russia at"); read only when no noun counts it.
    wider, _ = words_before(link.before, TOTAL_REACH, link.width)
    return _total_of(wider)


def loss_head(window) -> Counted | None:
    """The loss that heads the subject of a link, a modifier naming whose it is ("the losses of the Ukrainian army in
    the region at", "casualties among the units were put at"), however near to the link another noun ends; else None.
    Read in the words before a link (``window``), for a figure that counts soldiers by its own noun ("at more than
    50,000 personnel")."""
    for i in range(len(window)):
        hit = term_at(window, i, True)
        end = i + hit.length if hit else 0
        if hit and hit.category == "casualties" and end < len(window) - 1 and (
                window[end].low == "of" or window[end].low in cues("modifier")):
            return Counted("casualties", hit.subtype, (), hit.category)
    return None


def _loss_modifier(window, i: int) -> str | None:
    """The casualty subtype of a loss word right before the people noun at ``i``, past the capitalised words of
    its nationality ("wounded North Korean soldiers"), and of two joined ("killed and wounded troops": either loss),
    else None."""
    j = i - 1
    while j >= 0 and i - j <= _NATIONALITY_WORDS and window[j].text[:1].isupper():
        j -= 1  # "North Korean" between the loss word and its noun
    losses = cues("casualty")
    verb = losses.get(window[j].low) if j >= 0 else None
    if verb is None:
        return None
    if j >= 2 and window[j - 1].low in ("and", "or") and (other := losses.get(window[j - 2].low)) and other != verb:
        return "killed_or_wounded"  # "killed and wounded", "dead or injured": any loss
    return verb


_NATIONALITY_WORDS = 3  # capitalised words between a loss word and its noun ("North Korean")


def _total_of(window) -> Counted | None:
    """What a noun naming a figure says it counts, however far from the link ("its estimate of soldiers killed in
    the war in Ukraine to 2,000", "the number of North Koreans being trained in eastern Russia at 12,000")."""
    totals = cues("total")
    for i in range(len(window) - 2):
        if window[i].word in totals and window[i + 1].low == "of":
            counted, end = forward(window[i + 2 :])
            if counted is None or end is None:
                return None
            after = i + 2 + end + 1
            if counted.category == "troops" and (loss := _loss_of(window, after)):
                return Counted("casualties", loss.subtype, (), "troops")
            if counted.category == "persons":
                # A country's people sent to war ("being trained", "deployed") are troops.
                deploying = cues("deploying")
                sent = counted.subtype is not None and any(
                    window[k].low in deploying or deploys_at(window, k) for k in range(after, min(len(window), after + _DEPLOY_REACH)))
                return Counted("troops", None if counted.subtype == "troops" else counted.subtype, (), "persons") if sent else None
            return counted
    return None


def deploys_at(tokens, i: int) -> bool:
    """Whether a deploying phrase of two or three words (role ``deploying``) starts at ``tokens[i]``: a verb and its
    preposition ("served in") or a place of combat ("at the front", "on the front line")."""
    for n in range(_DEPLOY_WORDS, 1, -1):
        words = tokens[i : i + n + 1]
        if len(words) >= n and all(t.kind == "word" for t in words[:n]) and (
                phrase := " ".join(t.low for t in words[:n])) in cues("deploying"):
            if cues("deploying")[phrase] == "destination":  # "would go to the Kursk region", not "to factories"
                return to_war(tokens[i + n : i + n + _DESTINATION_WORDS])
            return words[n:n + 1] == [] or words[n].low != "of"  # "at the front of the queue" is a place in a line
    return False


_DEPLOY_WORDS = 4  # words of the longest deploying phrase ("on the front line")
_DESTINATION_WORDS = 4  # words after a verb of going read for a place of war ("the Kursk border region")


def to_war(words) -> bool:
    """Whether ``words``, the next after a verb of going or being involved (role deploying, value destination), name a
    place or deed of war before any break (role war_place), or none follow it ("will eventually be involved.")."""
    if not words or words[0].kind != "word":
        return True
    for t in words[:_DESTINATION_WORDS]:
        if t.kind != "word":
            return False
        if t.low in cues("war_place"):
            return True
    return False

TOTAL_REACH = BACKWARD + 8  # words before a link word read for its noun
_DEPLOY_REACH = 3  # words after a people noun searched for the verb that sends them ("being trained in")


def _loss_of(window, at: int) -> Hit | None:
    """A casualty term right after a noun, through auxiliaries ("soldiers killed", "troops who were wounded")."""
    aux = cues("aux")
    for i in range(at, len(window)):
        t = window[i]
        hit = term_at(window, i, True) if t.kind == "word" else None
        if hit:
            return hit if hit.category == "casualties" else None
        if t.kind != "word" or t.low not in aux:
            return None
    return None


def sized(text: str, q) -> bool:
    """Whether the quantity ``q`` ends in a word that makes it a force's size: "2,000-strong", "12,000-man"
    (``estimate_cues.csv``, role ``strength``, fused by a hyphen)."""
    head, _, word = text[q.start : q.end].replace("–", "-").rpartition("-")  # a hyphen or an en dash ("1.1 million–strong")
    return bool(head) and (word.lower() in cues("strength") or word.lower() == "strong") or text.endswith(" strong", 0, q.end)


def sizes_a_force(link: LinkWindow) -> bool:
    """Whether the link is the "of" after a noun of a force ("a contingent of", "a battalion of"): the number after
    it is the force's size, so a word in -s right after the number is its verb ("a contingent of 12,000 remains")."""
    if link.width != 1 or link.before is None or link.before[-1].low != "of" or not link.words:
        return False  # "pushed the troops out of two villages": the noun must be the one "of" follows
    hit = term_at(link.words, len(link.words) - 1, True)
    return hit is not None and hit.category == "troops" or _formation_counted(link)

