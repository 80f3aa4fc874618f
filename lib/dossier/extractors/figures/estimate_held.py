"""People a captor holds: "the SBU, which is holding the two men", "the two men are being held".

A small count of people the article named ("the two men") counts no one
(:func:`dossier.extractors.figures.estimate_uncounted.counts_no_one`) unless its sentence
tells of them as captives: a verb of holding or questioning them right before
"the" (``estimate_cues.csv``, role ``captor``), or, in the clause after their
noun, auxiliaries and then "held" ("are being held", "have been held") or a
casualty verb ("who were wounded and taken prisoner").  So told, they are
counted, and as captured unless a verb of loss says otherwise.  "The two men
held talks" holds no one: "held" right after the noun, with no auxiliary, is
their own verb, unless a word of where or by whom they are held follows it
("two soldiers held in Ukraine", "held by Kyiv", "held captive": role
``held_where``; :func:`held_right_after`).  A count of soldiers right after such a verb is of captives too,
"the" or not: "Ukraine is holding two North Korean soldiers", "Kyiv has held three Koreans since January"
(:func:`holds_the_count`).
"""

from __future__ import annotations

from ...text.numbers import cues

_CLAUSE = 6  # tokens after the noun read for auxiliaries and the verb of holding ("who are still being held")
_HELD = "held"
CAPTURED = "captured"  # the subtype of casualties that are prisoners (estimate_categories.csv)


def held_before(before) -> bool:
    """Whether a verb of holding or questioning captives and "the" end ``before`` ("is holding the two men")."""
    last = before[-2:]
    return len(last) == 2 and last[1].low == "the" and last[0].low in cues("captor")


def holds_the_count(before, rest) -> bool:
    """Whether a verb of holding or questioning captives (role ``captor``, or "held") ends ``before``, right before a
    count of soldiers: "is holding two soldiers", "has held three North Koreans"; ``rest``, the tokens after their
    noun, may hold them elsewhere than captive ("held 300 soldiers in reserve")."""
    last = before[-1:]
    if not last or last[0].low not in cues("captor") and last[0].low != _HELD:
        return False  # most counts: one token read
    # "held 300 soldiers in reserve": kept by their own side (role ``kept_ready``), no captives
    return not (len(rest) > 1 and rest[0].low == "in" and rest[1].low in cues("kept_ready"))


def held_after(after) -> bool:
    """Whether the clause ``after`` a noun of people says they are held, after one auxiliary at least ("are being
    held", ", held by", "have been held"), or lost through a casualty verb ("who were wounded and taken prisoner")."""
    return passive_after(after, {_HELD, *cues("casualty")}, _CLAUSE, set_off=True)


def passive_after(after, verbs, reach: int, set_off: bool = False) -> bool:
    """Whether the first ``reach`` tokens ``after`` a noun or a count are auxiliaries, one at least, then one of
    ``verbs`` ("were fired", "have been held"); with ``set_off``, a comma may stand for them (", held by Ukraine": a
    participle set off after its noun)."""
    aux = cues("aux")
    passive = False
    for i, t in enumerate(after[:reach]):
        if set_off and i == 0 and t.text == ",":
            passive = True
            continue
        if t.kind != "word":
            return False
        if t.low in verbs:
            return passive
        if t.low not in aux:
            return False
        passive = True
    return False


def held_captive(before, after) -> bool:
    """Whether the people between ``before`` and ``after`` (the tokens after their noun) are told of as captives."""
    return held_before(before) or held_after(after)


def held_right_after(after) -> bool:
    """Whether the words right ``after`` a noun of people say they are held as captives, in a participle with no
    auxiliary: "held" and a word of where, by whom or as what (role ``held_where``): "two soldiers held in
    Ukraine", "the men held by Kyiv since January", "held captive"; not "held talks", "held in reserve"."""
    words, where = after[:3], cues("held_where")
    if len(words) < 2 or words[0].low != _HELD or words[1].low not in where:
        return False  # most nouns: one token read
    if where[words[1].low] != "place":
        return True
    # "held in Ukraine", "held in custody": a place by its name or a word of captivity; "held in reserve" is no captive
    return len(words) == 3 and words[2].kind == "word" and (words[2].text[:1].isupper() or words[2].low in where)


def a_nouns_complement(before, rest) -> bool:
    """Whether the people counted after ``before`` stand in the complement of a noun after a determiner, and a
    finite verb opens ``rest`` (the tokens after their noun), which is then that noun's: "the fate of the 3,000
    soldiers is in the hands of Kim", "the decision on sending 10,000 troops is in Seoul's hands" hold no one; a
    relative clause is the people's own ("the fate of thousands of soldiers who remain in Russian captivity").

    Role ``complement_of``: the prepositions that open such a complement, (value ``determiner``) the words before
    the noun, and (value ``verb``) the finite verbs; a part is no such noun ("two of the soldiers", "some of the
    3,000"), having no determiner."""
    opens = cues("complement_of")
    words = [t for t in rest[:1] if t.kind == "word"]
    if not words or opens.get(words[0].low) != "verb":
        return False  # most counts: one token read
    last = list(before[-4:])
    if last and last[-1].kind == "word" and (opens.get(last[-1].low) == "determiner" or last[-1].low.endswith("ing")):
        last.pop()  # "of the 3,000", "on sending 10,000"
    if len(last) < 3:
        return False
    det, noun, prep = last[-3:]
    return (opens.get(prep.low) == "" and noun.kind == "word" and noun.text.islower()
            and opens.get(det.low) == "determiner")
