"""Readings of a figure's verbs: a loss, an addition to a force, a part taken from a whole.

A count of soldiers or people becomes a casualty count when a casualty
verb goes with it (:func:`loss_after`, :func:`loss_before`,
:func:`as_loss`); a troop figure that adds to a deployment is
``reinforcements`` (:func:`reinforces`).  A part of a force ("6,000 of the
14,000 men deployed had been killed") is read in
:mod:`~dossier.extractors.figures.estimate_parts`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .estimate_costs import cost_before
from .estimate_described import described_as_troops, sent_to_war
from .estimate_held import CAPTURED, a_nouns_complement, held_captive
from .estimate_links import TOTAL_REACH, backward, deploys_at, link_window, loss_head, sizes_a_formation, to_war, words_before
from .estimate_mentions import mentioned
from .estimate_nouns import BACKWARD, PEOPLE_COUNTED, Counted, Hit, counted_terms, elided, is_formation, term_from
from .estimate_loss_parts import loss_part_before
from .estimate_relatives import object_loss
from .estimate_unit_losses import unit_lost
from .estimate_noun_modifiers import NAME_WORDS, name_after
from .estimate_mourning import KIN, bereaved, honours_the_dead, mourned
from .estimate_tokens import DASHES, tokenize
from ...text.numbers import Quantity, cues, number_words
from ...text.words import UPPER, alternation

_CLAUSE = 14  # words of a relative clause searched for a casualty verb
_SET_OFF = 24  # tokens of a description set off by commas after a count, at most ("the two, a rifleman of 20 and ...")
_JOINED_VERBS = 3  # "killed or wounded": two casualty verbs and the word joining them
_JOINS = frozenset({"or", "and"})
_PARALLEL = 16  # tokens back to the same loss verb with a figure: "lost 30 men in two days while the Koreans ... lost"
JOIN = 100  # characters between two joined figures, at most: a long stretch is another clause
_ANY_LOSS = "killed_or_wounded"  # the subtype of a verb that says only that soldiers were lost


def loss_after(tokens, people: bool = False) -> Hit | None:
    """A casualty term reached through auxiliaries and commas only ("who have been killed or wounded"); with
    ``people`` (the count's noun names people), a passive "lost" too ("4,000 soldiers had been lost"), which of
    things counted ("60 guns have been lost") is no casualty.

    Ages set off by commas are passed over too ("two soldiers, aged 20 and 26, were captured"), and so is a
    description set off by commas right after the count ("the two, a cook and a driver, were taken prisoner").
    """
    aux, aged, more = cues("aux"), False, increment_words()["after"]
    aside, set_off = False, 0  # in a description set off by commas; its tokens, which the clause's reach skips
    for i, t in enumerate(tokens):
        if i - set_off == _CLAUSE or set_off > _SET_OFF:
            break
        if aged:
            aged = t.text != ","
            continue
        if aside:
            if t.kind == "punct" and t.text in ".;:!?":
                return None
            aside, set_off = t.text != ",", set_off + 1  # its closing comma ends it
            continue
        if i == 1 and tokens[0].text == "," and t.low in cues("apposition"):
            aside, set_off = True, 1  # "the two, a cook and a driver, were taken prisoner": on to its closing comma
            continue
        if i == 0 and t.low in more:
            continue  # "800 more were wounded" ("more than" ends at "than", no auxiliary)
        if t.kind == "punct" and t.text in ".;:!?" or t.kind == "num":
            return None  # a number starts a figure of its own ("3,000 troops and 200 killed")
        if t.kind != "word":
            continue
        hit = term_from(tokens, i, t.low, False) or people and _lost_in_passive(t, tokens[i - 1] if i else None)
        if hit and hit.category == "casualties":
            return hit
        if t.low not in aux:
            if i and t.low in cues("aged") and tokens[i - 1].text == ",":
                aged = True
                continue
            return None
    return None


def _group_lost(before) -> str | None:
    """Casualty subtype of a verb before a unit the figure sizes ("destroyed an enemy group of 27 servicemen", "wiped
    out a platoon of 30 men"): the unit's men are the loss.  A formation's noun (role ``formation``) or one of role
    ``lost_group``, after "a" or "an" and a few words of it ("enemy", "assault"), then "of"; else None."""
    last = before[-2:]
    if len(last) < 2 or last[1].low != "of" or not (is_formation(last[0].low) or last[0].low in cues("lost_group")):
        return None  # most figures: two tokens read
    tokens = before[-(_GROUP_WORDS + 3):]
    for k in range(len(tokens) - 3, -1, -1):
        if tokens[k].low in _ARTICLES:
            return loss_before(tokens[:k])
        if tokens[k].kind != "word":
            return None
    return None


_GROUP_WORDS = 3  # words of a unit's description between its article and its noun ("an enemy sabotage group")
_ARTICLES = frozenset({"a", "an"})


def loss_before(tokens, own_noun: bool = True) -> str | None:
    """Casualty subtype of a verb just before the number ("killed 3,000", "lost about 4,000").

    Verbs joined into a casualty term ("killed or wounded 3,000") give the term's subtype.  Without the figure's
    ``own_noun`` after it, a verb that also says a level was reached (role ``reaching``: "hit 12,000") is none.
    """
    verbs, seen = cues("casualty"), 0
    for k, t in enumerate(reversed(tokens)):  # the last two words, last first
        if k == 2 * BACKWARD:
            break
        if t.kind == "word":
            if t.low in verbs:
                if not own_noun and t.low in cues("reaching"):
                    return None
                # the verb may end a row's label: "Killed or wounded: about 4,700"
                return _joined_loss(tokens[: len(tokens) - k]) or verbs[t.low]
            if k == 0 and t.low in _JOINS:
                return None  # "2,000 were killed and 2,700 others wounded": the verb before "and" is the other figure's
            seen += 1
            if seen == 2:
                return None
    return None


def closes_a_loss(last: Counted | None, before) -> bool:
    """Whether a figure right after a casualty verb and "and" is the second half of the loss before it ("200 soldiers
    were killed and 1,800 wounded"): it counts the same noun."""
    if last is None or last.category not in ("casualties", "strike_casualties"):
        return False
    words = before[-2:]
    return len(words) == 2 and words[1].low in _JOINS and words[0].low in cues("casualty")


def joins_a_loss(last: Counted | None, before) -> bool:
    """Whether a casualty verb joins a small count to the loss before it ("killed 35 people and injured 117").

    A figure written large may stand for its noun anywhere ("killed 3,000"); a small one only so joined, or after
    the same verb as the loss a few words before ("his company lost 30 men while the Koreans beside it lost 100").
    """
    if last is None or last.category not in ("casualties", "strike_casualties"):
        return False
    words = before[-2:]
    if not words or words[-1].low not in cues("casualty"):
        return False  # most figures: two tokens read
    if len(words) == 2 and words[0].low in _JOINS:
        return True
    earlier = before[-_PARALLEL:-1]
    at = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].low == words[-1].low), None)
    return at is not None and any(t.kind == "num" for t in earlier[at + 1 : at + 4]) and not any(
        t.text in ".;:" for t in earlier[at:])


def verb_of_the_next(after) -> bool:
    """Whether a casualty verb after a coordinator takes a figure of its own: "killed 300 and wounded 2,700"."""
    three = after[:3]  # read lazily: the sentence's later tokens are not needed
    return len(three) == 3 and three[0].low in cues("coordinator") and three[1].low in cues("casualty") and three[2].kind == "num"


def _joined_loss(tokens) -> str | None:
    """The subtype of the casualty term that the verbs ending ``tokens`` make ("killed or wounded"), or None."""
    last = tokens[-_JOINED_VERBS:]
    if len(last) == _JOINED_VERBS and last[1].low in _JOINS and last[0].low in cues("casualty"):
        hit = term_from(last, 0, last[0].low, False)
        if hit and hit.length == _JOINED_VERBS and hit.category == "casualties":
            return hit.subtype
    return None


def reinforces(counted: Counted, before, after) -> bool:
    """Whether a troop figure adds to a deployment: a new deployment, or an addition of troops of no subtype."""
    words = increment_words()
    prev = [t.low for t in before[-3:] if t.kind == "word"]
    if len(prev) == 3 and prev[2] == "of" and prev[1] in words["group"] and prev[0] in words["order"]:
        return True  # "a third deployment of", "a fresh contingent of"
    return counted.subtype is None and adds_to(prev, [t.low for t in after[:2]])


def adds_to(before: list[str], after: list[str]) -> bool:
    """Whether the words right ``before`` a figure and the first two ``after`` it make it an addition to a count
    (role ``increment``): "another 1,500", "a further 2,000", "two more soldiers"; not "more than 2,000"."""
    words = increment_words()
    ends = {" ".join(before[-n:]) for n in range(1, len(before) + 1)}  # "additional", "a further"
    return not ends.isdisjoint(words["before"]) or bool(after) and after[0] in words["after"] and after[1:2] != ["than"]


@functools.cache
def increment_words() -> dict[str, frozenset[str]]:
    """The words of an addition (role ``increment``) before and after a figure, and a new deployment's order and group
    words (role ``deployment``: "a third contingent of")."""
    table = cues("increment")
    sides = {"before": ("before", "both"), "after": ("after", "both")}
    words = {side: frozenset(w for w, v in table.items() if v in values) for side, values in sides.items()}
    deployment = cues("deployment")
    return words | {part: frozenset(w for w, v in deployment.items() if v == part) for part in ("order", "group")}


def deployment_named(before, previous: str) -> bool:
    """Whether a new deployment ("a new deployment", "the next contingent") is named after the last number.

    Read back through ``before``, the tokens before a figure, and then through ``previous``, the sentence
    before, until a number: an elided count after it ("Pyongyang is preparing a new deployment. Some 1,000
    are expected") counts troops, not what the figure before the deployment counted.
    """
    for tokens in (before, tokenize(previous) if previous else ()):
        later = None
        for t in reversed(tokens):
            if t.kind == "num":
                return False
            if later is not None and t.low in _deployment_words()["order"] and later in _deployment_words()["group"]:
                return True
            later = t.low if t.kind == "word" else None
    return False


@functools.cache
def _deployment_words() -> dict[str, frozenset[str]]:
    # Group words that count people ("deployment", "contingent"), not those that may count materiel ("batch").
    words = cues("deployment")
    troops = {term[0] for term, (category, _) in counted_terms().items() if len(term) == 1 and category == "troops"}
    return {"order": frozenset(w for w, v in words.items() if v == "order"),
            "group": frozenset(w for w, v in words.items() if v == "group" and w in troops)}


def _passive_loss(tokens) -> Hit | None:
    """A loss in the passive voice that ends the clause of a noun ("2,000 of the soldiers he sent had been killed").

    Words of a relative clause may stand between the noun and the verb; the
    clause ends at punctuation, a number or a pronoun that starts a clause of
    its own ("those", "others"), a vague count, which is a figure of its own
    ("sent 8,000 soldiers and hundreds were killed"), and a reported clause
    joined to the one before ("said it sent 8,000 soldiers and that 300 died").
    """
    passive, vague, prev = cues("passive"), number_words()["vague"], None
    for i, t in enumerate(tokens):  # read lazily: most clauses end within a few words
        if i == _CLAUSE or t.kind in ("punct", "num") or passive.get(t.low) == "stop" or t.low in vague:
            return None
        if prev is not None and passive.get(t.low) == "complement" and prev.low in cues("coordinator"):
            return None
        if t.kind == "word" and prev is not None and passive.get(prev.low) == "aux":
            hit = term_from(tokens, i, t.low, False) or _lost_in_passive(t, prev)
            if hit and hit.category == "casualties":
                return hit
        prev = t
    return None


def _lost_in_passive(token, prev) -> Hit | None:
    """A loss of the people counted told by a participle that is one only in the passive (role ``passive``, value
    ``loss``), right after a passive auxiliary: "4,000 soldiers had been lost", not "Russia lost 4,000" (the
    side's verb, read before the count) nor "300 soldiers lost contact"."""
    passive = cues("passive")
    if prev is None or passive.get(token.low) != "loss" or passive.get(prev.low) != "aux":
        return None
    return Hit(1, "casualties", _ANY_LOSS)


def as_loss(
    counted: Counted, before, after, about_a_strike: Callable[[], bool], noun_at: int | None = None, linked: bool = False,
    text: str = "", scaled: bool = False,
) -> Counted | None:
    """What a figure of ``counted`` counts once the verbs around it are read: a loss, or None for persons.

    A count of troops or persons becomes casualties when a casualty verb
    stands before it or closes its noun's clause; a loss that is not of
    soldiers is ``strike_casualties`` when ``about_a_strike()`` says the
    sentence tells of a strike.  ``noun_at``: where the first noun in
    ``after`` ends, when :func:`~dossier.extractors.figures.estimate_nouns.forward`
    found it; ``linked``: the figure opens with its own link verb ("exceeded 76,000"); ``text``: the sentence;
    ``scaled``: the figure is written in the thousands, as a contingent's size is (people sent to a war zone).
    """
    skip = None
    # People this coverage only sends as soldiers ("North Koreans", "specialists"): their losses are the war's,
    # never a strike's ("up to 150 Koreans were killed in one attack near the village").
    soldiers = counted.noun == "troops" or counted.category == "persons" and counted.subtype == "troops"
    if counted.subtype == "wounded" and noun_at is not None and _captured(before, after[noun_at + 1 : noun_at + _CLAUSE]):
        return counted._replace(subtype="captured")  # "captured two wounded soldiers": the capture is what is told
    if counted.category in ("troops", "persons"):
        loss = (loss_before(before, noun_at is not None) or _loss_linked(before, linked) or cost_before(before, counted.category)
                or _group_lost(before) or unit_lost(before) or loss_part_before(before))  # "lost a battalion — 500 men"
        # "lost 700 soldiers killed": a verb after the noun may say what the loss before it was.
        if loss is None or loss == _ANY_LOSS:
            skip = noun_at
            if skip is None:
                window = after[:_CLAUSE]
                hits = ((i, term_from(window, i, t.low, False)) for i, t in enumerate(window) if t.kind == "word")
                skip = next((i + hit.length - 1 for i, hit in hits if hit), None)
            if skip is not None:
                skip += name_after(after, skip + 1)  # "soldiers of the KPA held by Ukraine"
            hit = loss_after(after[skip + 1 :], people=True) if skip is not None else None
            if hit is None and skip is not None:
                hit = _passive_loss(after[skip + 1 :]) or object_loss(after[skip + 1 :])
            if hit is not None and hit.subtype == CAPTURED and a_nouns_complement(before, after[skip + 1 :]):
                hit = None  # "the fate of the 3,000 soldiers is in the hands of Kim": the fate is held
            loss = hit.subtype if hit else loss
        if loss is None and skip is not None and before[-1:] and before[-1].low == "the" and held_captive(before, after[skip + 1 :]):
            loss = "captured"  # "the SBU is holding the two men", "the two men are being held": people named, captives
        if loss is None and (honours_the_dead(text, before, after) or mourned(before, after, skip)):
            loss = "killed"  # "posthumous titles to 101 soldiers", "the families of 30 soldiers were told they died"
        if loss is not None:
            counted = Counted("casualties", loss, counted.items, counted.noun)
    if counted.category == "persons":
        if counted.subtype == KIN:
            # "20 households were sent death certificates": each bereaved family stands for a soldier killed.
            told = bereaved(after[skip + 1 :] if skip is not None else after)
            return Counted("casualties", "killed", counted.items, counted.noun) if told else None
        # A unit's members are its soldiers: "2,000 members of the Storm Corps were sent", not "of the assembly".
        of_a_unit = skip is not None and skip != noun_at and is_formation(after[skip].low)
        if (counted.subtype is not None or of_a_unit) and deployed(before, after[skip + 1 :] if skip is not None else None):
            # "11,000 North Koreans were sent", "sent 400 specialists"; "6,000 workers were sent" stay workers.
            return Counted("troops", sent_as(counted.subtype) if counted.subtype else None, counted.items, counted.noun)
        rest = after[skip + 1 :] if skip is not None else None
        if counted.subtype is None and rest is not None and deployed(before, rest) and (
                described_as_troops(rest) or scaled and sent_to_war(rest)):
            return Counted("troops", None, counted.items, counted.noun)  # "send 6,000 people: sappers and builders"
        if noun_at == 0 and after[:1] and after[0].low in cues("members") and (
                sizes_a_formation(before) or _a_force_linked(before, linked)):
            # "units number 2,000 to 3,000 people", "put the North Korean contingent at about 12,000 people"
            return Counted("troops", None, counted.items, counted.noun)
        return None
    if counted.category == "casualties" and not soldiers and counted.subtype != "captured" and about_a_strike():
        counted = Counted("strike_casualties", counted.subtype, counted.items, counted.noun)
    return counted


def _captured(before, after) -> bool:
    """Whether soldiers counted as wounded by an adjective ("two wounded soldiers") are said to be captured: by a
    verb before the count, or after the people noun that follows the adjective ("were captured", "held by")."""
    if loss_before(before) == "captured":
        return True
    for i, t in enumerate(after[:NAME_WORDS]):
        hit = term_from(after, i, t.low, False) if t.kind == "word" else None
        if hit is not None and hit.category in ("troops", "persons"):
            rest = after[i + hit.length :]
            found = loss_after(rest) or _passive_loss(rest)
            return found is not None and found.subtype == "captured"
    return False


def sent_force(after) -> Counted | None:
    """Troops, for a count written large with no noun and none before it, that is the subject of a verb only people
    are the subject of (``estimate_cues.csv``, role ``deploying``, value people: "the NIS said 3,000 had been
    deployed to the front", "1,500 are training"); else None.  Sent or arriving, it may be of anything: none."""
    verbs, passed = cues("deploying"), {*cues("aux"), *cues("deploy_bridge"), *cues("adverb")}
    for i, t in enumerate(after[:_CLAUSE]):
        if t.low in verbs:
            return Counted("troops", None, (), "troops") if verbs[t.low] == "people" else None
        if t.kind != "word" or t.low not in passed and not (i == 0 and t.low in increment_words()["after"]):
            return None  # "up to 25,000 more could be deployed": an addition, auxiliaries and adverbs before the verb
    return None


def sent_as(subtype: str) -> str | None:
    """The troops subtype of people of ``subtype`` who are sent: none for a country's people, else their own."""
    return None if subtype == "troops" else subtype


def _loss_linked(before, opens: bool = False) -> str | None:
    """The subtype of a loss that a link verb joins to a count of soldiers ("losses amounted to 300 servicemen").

    Only a link verb: after a bare "of", the count is the whole a loss is taken from ("2,000 soldiers had
    been killed out of 15,000 troops").  ``opens``: the figure opens with its link verb, which ``before``
    then lacks ("losses in the Kursk region exceeded 76,000 servicemen").
    """
    last, links = before[-2:], cues("link")
    if not opens and (not last or links.get(last[-1].low) != "verb" and links.get(" ".join(t.low for t in last)) != "verb"):
        # "put the losses of the Ukrainian army at 50,000 personnel": the loss heads what "at" joins the figure to.
        linked = link_window(before, False) if last and last[-1].low == "at" else None
        head = loss_head(words_before(before, TOTAL_REACH, linked.width).words) if linked is not None else None
        return (head.subtype or _ANY_LOSS) if head is not None else None  # most counts of soldiers: no predicate
    linked = link_window(before, opens)
    if linked is None:
        return None
    loss = backward(linked) or _last_noun(words_before(before, TOTAL_REACH, linked.width).words)
    return (loss.subtype or _ANY_LOSS) if loss is not None and loss.category == "casualties" else None


def _a_force_linked(before, opens: bool) -> bool:
    """Whether a link joins the figure to a noun of troops before it, which people counted after the figure are
    the men of ("estimate the contingent at 11,000 people"); never a loss or a part of one ("losses at 300 people")."""
    linked = link_window(before, opens)
    force = backward(linked) if linked is not None else None
    return force is not None and force.category == "troops" and force.subtype is None


def _last_noun(window) -> Hit | None:
    """The last counted noun of the words before a link verb: its subject, however long the phrase after it
    ("North Korean losses in the Kursk region since the start of the operation amount to")."""
    for i in range(len(window) - 1, -1, -1):
        t = window[i]
        hit = term_from(window, i, t.low, False) if t.kind == "word" else None
        if hit is not None:
            return hit
    return None


_DASHED_ASIDE = 16  # tokens an aside between dashes may hold


def deployed(before, after) -> bool:
    """Whether a deploying verb goes with a count of a country's people: just before it, or closing its clause.

    "sent 11,000 North Koreans", "11,000 North Koreans are fighting in Kursk"
    (``data/estimate_cues.csv``, role ``deploying``): they are troops.
    """
    verbs = cues("deploying")
    words = [t.low for t in before[-2:] if t.kind == "word"]
    if any(w in verbs for w in words):
        return True
    if before and before[-1].kind == "word" and before[-1].low in cues("subset") and _troops_before(before[-_SUBSET_REACH:-1]):
        return True  # "50,000 troops, including 11,000 North Koreans": a part of troops is troops
    if before and before[-1].low in _JOINS and _sent_before(before[-_SUBSET_REACH:-1], verbs):
        return True  # "will dispatch 1,000 technicians and 500 specialists": one verb sends both
    if after is None:
        return False
    if after[:1] and after[0].text in DASHES:
        # "6,000 North Koreans – 1,000 sappers and 5,000 builders – would go to Kursk": the verb past the aside.
        close = next((k for k, t in enumerate(after[1:_DASHED_ASIDE]) if t.text == after[0].text), None)
        after = after[close + 2 :] if close is not None else after
    aux, bridge, more, adverbs = cues("aux"), cues("deploy_bridge"), increment_words()["after"], cues("adverb")
    for i, t in enumerate(after):
        if i == _CLAUSE or t.kind != "word":
            return False
        if i == 0 and t.low in more:
            continue  # "several thousand more are in training"
        if t.low in verbs:  # "would be involved in the fighting", not "in the talks"
            return verbs[t.low] != "destination" or to_war(after[i + 1 :])
        if deploys_at(after, i):
            return True  # "may have served in Kursk": a verb that sends only with its preposition ("served as" does not)
        if t.low not in aux and t.low not in bridge and t.low not in adverbs:  # "could eventually be sent"
            return False
    return False


_SUBSET_REACH = 6  # tokens before a subset word read for the whole's noun ("troops in the region, including")


def _sent_before(window, verbs) -> bool:
    """Whether ``window``, the words before "and", is a figure and its noun right after a deploying verb."""
    nums = [i for i, t in enumerate(window) if t.kind == "num"]
    if not nums or any(t.kind == "punct" for t in window[nums[-1] :]):
        return False
    return any(t.low in verbs for t in window[max(0, nums[-1] - 2) : nums[-1]])


def _troops_before(window) -> bool:
    """Whether a noun counting troops stands in ``window``: the whole a subset word takes its part from."""
    for i, t in enumerate(window):
        hit = term_from(window, i, t.low, False) if t.kind == "word" else None
        if hit is not None and hit.category == "troops":
            return True
    return False


def names_a_force(text: str) -> bool:
    """Whether ``text`` names soldiers (a troops noun of ``estimate_categories.csv``): its losses are a force's."""
    tokens = tokenize(text)
    return any(t.kind == "word" and (hit := term_from(tokens, i, t.low, False)) is not None and hit.category == "troops"
               for i, t in enumerate(tokens))


def interviewed(text: str, q: Quantity) -> bool:
    """Whether the count ``q`` of ``text`` is of the people a report spoke to (``estimate_cues.csv``, role
    ``interview``): its sources, no force or loss ("Meduza spoke to three Russian soldiers", "two of the three men
    it interviewed")."""
    before, after = _interview_patterns()
    return before.search(text, max(0, q.start - _INTERVIEW_REACH), q.start) is not None or \
        after.match(text, q.end, q.end + _INTERVIEW_REACH) is not None


_INTERVIEW_REACH = 60  # characters around a count searched for a verb of interviewing


@functools.cache
def _interview_patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs = cues("interview")
    before = alternation(w for w, at in verbs.items() if at != "after")
    after = alternation(w for w, at in verbs.items() if at != "before")
    # A few words of the noun, then a subject (a name or a pronoun), then the verb.
    return (re.compile(rf"\b(?:{before})\s+(?:the\s+|some\s+)?$", re.IGNORECASE),
            re.compile(rf"(?:\s+[\w\-]+){{1,3}}?\s+(?:(?:the\s+)?{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,2}}|he|she|they|we|it)"
                       rf"\s+(?:had\s+|has\s+|have\s+)?(?:{after})\b"))


def loss_of_things(text: str, previous: str, figure: Quantity, after) -> bool:
    """Whether the loss read after ``figure`` of ``text`` befalls things: its noun is left out, after a pronoun
    ("Three of them fell into the sea") or before a verb that befalls things as well as people ("56 guns, of which
    2 captured"; ``estimate_cues.csv`` role ``thing_loss``), and the last counted noun before it, in its sentence
    or the one before, ``previous``, is not of people."""
    if not (elided(after) or after[:1] and after[0].low in cues("thing_loss")):
        return False
    ref = mentioned(text, figure.start) or (mentioned(previous, len(previous), clause=False) if previous else None)
    return ref is not None and ref.category not in PEOPLE_COUNTED


