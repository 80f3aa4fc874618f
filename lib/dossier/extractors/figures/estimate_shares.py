"""Shares ("half", "a third", "40 percent"): what a share is a share of.

A share counts what the noun after it counts ("half of the artillery shells"),
or the noun of the figure it is taken from ("a third of the 11,000 troops"),
or the noun its possessor owns ("half of Russia's shells") (:func:`noun_shared`);
a share noun may name it ("put the share at 40 percent": :func:`names_a_share`);
with no noun of its own, it is a share of what the figure before counted
("fired around 50 of them, and about half veered off course":
:func:`share_of_the_last`).
"""

from __future__ import annotations

from .estimate_mentions import mentioned
from .estimate_nouns import PEOPLE_COUNTED, Counted, elided, forward, term_from
from .estimate_tokens import BREAK, tokenize
from ...text.numbers import Quantity, cues
from ...text.quantities import find_quantities


def shared(text: str, q: Quantity, after) -> Counted | None:
    """What the share ``q`` of ``text`` is a share of, by the words after it: the noun it is a share of (see
    :func:`noun_shared`), or, after a whole that names no noun ("half of what Russia fires"), the noun written
    before the share in its sentence (its clause's subject: "North Korean ammunition accounts for half"); else None."""
    if n := noun_shared(after):
        return forward(after[n:])[0] or _subject_shared(text, q.start)
    first = after[:_FREE_WHOLE]
    words = " ".join(t.low for t in first if t.kind == "word")
    if any(words == w or words.startswith(f"{w} ") for w in cues("free_whole")):
        return mentioned(text, q.start, clause=False)
    return _subject_shared(text, q.start)


_FREE_WHOLE = 2  # words of a whole that names no noun ("of what")


def _subject_shared(text: str, start: int) -> Counted | None:
    """The counted noun right before a verb that makes it a share of a whole (``estimate_cues.csv``, role
    ``share_verb``) ending just before the share: "North Korean shells make up 60 percent of Russia's stocks"
    is a share of shells, whatever the whole.  People are no such noun ("workers make up 40 percent")."""
    tokens = tokenize(text[max(0, start - _SUBJECT_CHARS) : start])
    verbs = cues("share_verb")
    width = next((n for n in (2, 1) if " ".join(t.low for t in tokens[-n:]) in verbs), 0)
    if not width:
        return None  # most shares: no such verb before them
    head = tokens[: len(tokens) - width]
    for k in range(len(head) - 1, max(-1, len(head) - 1 - _SUBJECT_GAP), -1):
        hit = term_from(head, k, head[k].word, True) if head[k].kind == "word" else None
        if hit is not None:
            return Counted(hit.category, hit.subtype, (), hit.category) if hit.category != "persons" else None
    return None


_SUBJECT_CHARS = 80  # characters before a share read for its verb and the noun before it
_SUBJECT_GAP = 2  # tokens between the noun's last word and the verb ("shells now make up"), the noun included


def noun_shared(after) -> int:
    """After a share, the tokens up to the noun it is a share of, through a figure or a possessor, else 0."""
    return _figure_shared(after) or _possessor(after)


def formation_shared(after) -> Counted | None:
    """Troops, when a share is one of a formation ("roughly half of his company was killed"), else None."""
    first = after[:3]
    if len(first) < 3 or first[0].low != "of" or first[1].low not in _DETERMINERS_OF_A_WHOLE:
        return None  # most shares: three tokens read
    return Counted("troops", None, (), "troops") if first[2].low in cues("formation") else None


def _figure_shared(after) -> int:
    """After a share, the tokens up to the noun of the figure it is a share of ("of the 11,000 troops"), else 0."""
    first = after[:4]
    n = 2 if len(first) > 2 and first[1].low in _DETERMINERS_OF_A_WHOLE else 1
    return n + 1 if len(first) > n and first[0].low == "of" and first[n].kind == "num" else 0


_DETERMINERS_OF_A_WHOLE = frozenset({"the", "its", "their", "his", "an", "some"})


def sizes_a_change(before) -> bool:
    """Whether a share after the tokens ``before`` is the size of a change, after a verb of change and "by" ("trade
    grew by more than a third", "prices fell sharply by 40 percent"): a change of that verb's subject, never a share of
    what the figure before counted."""
    last = before[-(_CHANGE_WORDS + 1):]
    return len(last) >= 2 and last[-1].low == "by" and any(t.low in cues("change") for t in last[:-1])


_CHANGE_WORDS = 2  # words before "by" that hold the verb of change ("fell sharply by")


def share_of_the_last(after, share: str = "") -> bool:
    """Whether a share's words ``share`` stand for what the figure before counted: "of them", or a verb right after
    it ("about half veered off course"), not a determiner of a noun of its own ("half the time"). A share opened
    by a ratio's word ("every second shell") counts the noun right after it, never the last figure's: "every
    second day" is how often, no share."""
    if share.split(" ", 1)[0].lower() in cues("ratio"):
        return False
    if elided(after):
        return True
    first = after[:1]
    return bool(first) and first[0].kind == "word" and first[0].low not in _DETERMINERS_OF_A_WHOLE and first[0].low not in _NOT_A_VERB


_NOT_A_VERB = frozenset({"of", "a", "that", "this", "those", "these"})  # "roughly half that": half a figure, no share


def _possessor(after) -> int:
    """After a share, the tokens up to the noun a possessor owns ("of Russia's shells", "of the Russian army's"), else 0."""
    first = after[: _POSSESSOR + 1]
    if len(first) < 2 or first[0].low != "of":
        return 0
    for n in range(1, len(first)):
        t = first[n]
        if t.kind != "word":
            return 0
        if t.word.endswith("'s") or t.word.endswith("s'"):
            return n + 1
    return 0


_POSSESSOR = 3  # words of a possessor after "of", its article included ("of the Russian army's")


def names_a_share(before, after) -> bool:
    """Whether a share noun goes with a percentage that counts no noun ("the one-half figure", "the share at 40%")."""
    shares = cues("share")
    first = after[:1]
    if first and first[0].low in shares and shares[first[0].low] != "linked":
        return True
    # The noun and a link of one or two words: "the share at 40%", "the defect rate could be 20 percent"; not a
    # rate of money or of an economy ("the key rate is 21 percent": role rate_not_share), which is no share of things.
    last = [t.low for t in before[-4:]]
    links, priced = cues("link"), cues("rate_not_share")
    return any(len(last) > n and " ".join(last[-n:]) in links and last[-n - 1] in shares
               and not (len(last) > n + 1 and last[-n - 2] in priced) for n in (1, 2))


def share_put_at(before) -> Counted | None:
    """What a share noun further back is a share of, when a verb puts it at the percentage: "put the share of North
    Korean shells at about 40 percent", "a share of the shells that Kyiv has put at up to 60 percent"; the share
    alone when it names no noun; None when no share noun stands in the clause before "at".  A verb of change
    before "to" or "from" puts it there too ("the proportion has since dropped to a third", "its share of the
    shells Russia fires fell from half"), but only a share of forces or materiel, or of nothing named: "the share
    of exports to China rose to 40 percent" is no figure here."""
    last = before[-1:]
    if not last or last[0].low not in _PUT_WORDS:
        return None  # most figures: one token read
    changed = last[0].low != "at"
    shares = cues("share")
    seen_change = False
    for k in range(len(before) - 2, max(-1, len(before) - 2 - _PUT_AT_WORDS), -1):
        t = before[k]
        if t.kind != "word":
            return None
        seen_change = seen_change or t.low in cues("change")
        if t.low in shares and k and before[k - 1].low in cues("rate_not_share"):
            return None  # "the unemployment rate stood at 2.4 percent": a measure of an economy, no share
        if t.low in shares and t.low != "figure":  # "figure" is any number's noun, of a share only right before it
            if changed and not seen_change:
                return None  # "a share close to 40 percent": no verb moves the share to the figure
            of = before[k + 1 : len(before) - 1]
            counted = forward(of[1:])[0] if of and of[0].low == "of" else None
            if changed and of and of[0].low == "of" and (counted is None or counted.category == "persons"):
                return None  # "the share of exports rose to 40 percent": a share of nothing counted here
            return Counted("share_percent", counted.category if counted and counted.category != "persons" else None)
    return None


_PUT_WORDS = frozenset({"at", "to", "from"})  # the word right before a percentage that a share noun is put at
_PUT_AT_WORDS = 12  # words between a share noun and the "at" of its percentage ("of the shells that Kyiv has put")


def share_named(before, after) -> Counted | None:
    """The share a percentage or fraction that counts no noun of its own is, from a share noun (see
    :func:`names_a_share`, :func:`share_put_at`) or a formation it is part of (:func:`formation_shared`), else None."""
    if names_a_share(before, after):
        return Counted("share_percent", None)
    if (formation := formation_shared(after)) is not None:
        return Counted("share_percent", formation.category)
    return share_put_at(before)


def restates_a_share(before, text_before: str, previous: str, earlier: tuple[str, ...] = ()) -> bool:
    """Whether a share with nothing after it is the value of a word that stands for a share told just before ("it",
    "the figure", "the share"; role ``share_anaphor``) through a copula or a linking verb ("was", "stood at"): "about
    40% of the shells are North Korean. A year ago it was more than 50%" is the same share at another time.

    A share that is its sentence by itself ("Half!", "Now it is better. Maybe one in ten.") echoes or updates a
    share told in the sentence before, or the one before that (the last of ``earlier``), and restates it.

    ``text_before`` is the sentence up to the share, ``previous`` the sentence before: one of them holds a share."""
    if not text_before.strip(_OPENING_MARKS):
        return any(q.kind != "count" for s in (previous, *earlier[-1:]) for q in find_quantities(s))
    words = [t.low for t in before[-_ANAPHOR_TOKENS:]]
    links = cues("link")
    verb = next((n for n in (2, 1) if len(words) > n and links.get(" ".join(words[-n:])) in _LINKING), 0)
    if not verb:
        return False  # most shares: no link right before them
    head = words[:-verb]
    if not any(len(head) >= n and " ".join(head[-n:]) in cues("share_anaphor") for n in (1, 2)):
        return False
    return any(q.kind != "count" for q in find_quantities(text_before)) or any(
        q.kind != "count" for q in find_quantities(previous))


_OPENING_MARKS = "\"'“‘«„ \t\n"  # what may stand before a share that is its sentence by itself
_ANAPHOR_TOKENS = 5  # tokens before a share read for its anaphor and link ("the share stood at")
_LINKING = ("verb", "copula")


def share_of_a_need(text: str, q: Quantity, after) -> Counted | None:
    """A share of what an army needs or uses up (role ``need``: "needs", "requirement", "demand"), read as a share of
    the materiel that covers it: "covers half of Russia's artillery needs", "about 50% of the needs of the army in
    shells", "relies on North Korean shells for up to half of its needs".  The materiel is the counted noun before
    the need noun, else the one after it ("in shells"), else the last named before the share in its sentence; with
    none, the share of a need its owner names stands alone ("half of Moscow's requirement").  A need told by another plain word ("half of the country's food needs") or of
    people ("the needs of refugees") is no such share: None, as for any share not of a need."""
    first = after[:_NEED_REACH]
    if not first or first[0].low != "of":
        return None  # most shares: one token read
    needs = cues("need")
    at = next((n for n in range(1, len(first)) if first[n].low in needs), 0)
    if not at:
        return None
    materiel = None
    for k in range(1, at):
        t = first[k]
        if t.kind != "word":
            return None
        hit = term_from(first, k, t.word, True)
        if hit is not None:
            materiel = Counted(hit.category, hit.subtype, (), hit.category)
        elif not (t.low in _DETERMINERS_OF_A_WHOLE or t.word.endswith(("'s", "s'")) or t.low in cues("need_modifier")):
            return None  # "half of the country's food needs": a need of something no figure counts
    rest = after[at + 1 : at + 1 + _NEED_AFTER]
    materiel = materiel or _materiel_after(rest) or mentioned(text, q.start, clause=False)
    if materiel is None and rest and rest[0].low == "of":
        return None  # "30% of the needs of refugees": a need of someone named, and no materiel that meets it
    if materiel is not None and materiel.category in _PEOPLE:
        return None  # "half of the refugees' needs": people's needs, no materiel
    return Counted("share_percent", materiel.category if materiel is not None else None)


def _materiel_after(tokens) -> Counted | None:
    """The first counted noun in ``tokens``, within their phrase: "(the needs) of the army in shells", "of the troops"."""
    for k, t in enumerate(tokens):
        if t.kind == "punct" and t.text in BREAK:
            return None
        hit = term_from(tokens, k, t.word, True) if t.kind == "word" else None
        if hit is not None:
            return Counted(hit.category, hit.subtype, (), hit.category)
    return None


_NEED_REACH = 6  # tokens after a share up to its need noun ("of the Russian army's artillery needs")
_NEED_AFTER = 8  # tokens after a need noun where the materiel it is of is named ("of the Russian army in shells")
_PEOPLE = PEOPLE_COUNTED | {"strike_casualties"}  # a strike's dead and wounded are people too
