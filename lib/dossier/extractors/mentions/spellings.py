"""A known person's name spelt otherwise: the transliterations by which Russian and Ukrainian names reach English.

"Andrii Yusov" is Andriy Yusov, "Volodymyr Zelenski" and "President Zelenskiy" are Volodymyr Zelensky: read in the
account of an article (:mod:`~dossier.extractors.mentions.discourse`) and in the claimants' names
(:mod:`~dossier.extractors.claims.claimant_names`), so that quotes and figures file one person under one name.  A
given name is told apart from another's ("Olena Zelenska" is not him), and names written family name first (Korean,
Chinese) are left alone: "Pak Jong Chon" and "Pak Jong Chol" are two people.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz import fuzz

from .mention_vocab import Known, by_name, family_first, key, known, stops, surnames

__all__ = ["family_spelled_otherwise", "spelled_name", "spelled_otherwise", "spelling_skeleton"]


@functools.lru_cache(maxsize=8192)
def spelled_otherwise(name: str) -> Known | None:
    """The vocabulary's person that ``name`` is another spelling of ("Andrii Yusov" for Andriy Yusov, "Volodymyr
    Zelenski" for Volodymyr Zelensky).

    Russian and Ukrainian names reach English in several transliterations
    ("Sergey"/"Sergei", "Andrii"/"Andriy", "Zelenskiy"/"Zelenski"/"Zelenskyy"):
    a name of a given name and a family name is a person's of the vocabularies
    when its given name is spelt nearly as theirs and its family name is
    theirs once the letters transliterations trade are read alike
    (:func:`spelling_skeleton`), or differs from it by about a letter; and no
    other person of the vocabularies fits as well.  Names written family name
    first (Korean, Chinese) are left alone: "Pak Jong Chon" and "Pak Jong
    Chol" are two people.
    """
    words = key(name).split()
    if len(words) == 3 and words[0] not in family_first():
        words = [words[0], f"{words[1]}-{words[2]}"]  # "Wladyslaw Kosiniak Kamysz", the hyphen left out
    if len(words) != 2 or words[0] in family_first() or not words[0][:1].isalpha():
        return None
    given, family = spelling_skeleton(words[0]), spelling_skeleton(words[1])
    if len(given) < 2 or len(family) < _LEAST_FAMILY:
        return None
    fits = {k.name: k for their_given, their_family, k in _spellings().get(family[0], ())
            if _same_family(family, their_family) and their_given[0] == given[0]
            and (their_given == given or fuzz.ratio(their_given, given) >= _SPELLING_CUTOFF
                 and _given_consonants(their_given) == _given_consonants(given))}
    return next(iter(fits.values())) if len(fits) == 1 else None


@functools.lru_cache(maxsize=8192)  # asked of every capitalised word alone that names no one known
def family_spelled_otherwise(word: str) -> Known | None:
    """The vocabulary's person whose family name ``word`` is another spelling of, alone ("President Zelenski",
    "Zelenskiy said"): the one person of the vocabularies known by a family name alone (an alias of one word, or
    ``data/actors.csv``) that reads the same once the letters transliterations trade are read alike
    (:func:`spelling_skeleton`), never one a letter off, which a name alone is too short to tell from another's; None
    for a family name the vocabularies do not know alone ("General Kovalenko" is not Andriy Kovalenko)."""
    k = key(word)
    if len(k) <= _LEAST_FAMILY or k in known() or k in stops() or not k.replace("-", "").isalpha():
        return None
    return _families().get(spelling_skeleton(k))


@functools.cache
def _families() -> dict[str, Known]:
    """The family names the vocabularies know a person by alone, by skeleton, each of one person only."""
    out: dict[str, Known | None] = {}
    alone = [(a, k) for a, k in known().items() if k.kind == "person" and " " not in a]
    alone += [(a, by_name()[p]) for a, p in surnames().items() if p in by_name() and " " not in a]
    for alias, k in alone:
        if alias in family_first():
            continue  # "Kim", "Pak": a Korean family name alone is anyone's
        family = spelling_skeleton(alias)
        if family in out and (out[family] is None or out[family].name != k.name):
            out[family] = None  # two persons of that family name: neither is read from it alone
        else:
            out[family] = k
    return {f: k for f, k in out.items() if k is not None}


def spelling_skeleton(word: str) -> str:
    """A word of a name (lower case) with the differences of its transliterations left out: no accents, hyphens or
    apostrophes, "y", "j" read as "i", "kh" as "h", "g" as "h" (Ukrainian "Hryhorii", Russian "Grigory"), "w" as "v",
    and a doubled letter as one: "zelenskyy", "zelenskiy" and "zelenski" are all "zelenski"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.lower().translate(_LETTERS)) if c.isalpha())
    plain = plain.replace("kh", "h").translate(_TRADED)
    return re.sub(r"(.)\1+", r"\1", plain)


_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"})  # letters NFKD does not take apart
_TRADED = str.maketrans({"y": "i", "j": "i", "g": "h", "w": "v"})
_LEAST_FAMILY = 4  # letters of a family name's skeleton, at least, for it to be read past its spelling


def _given_consonants(given: str) -> tuple[str, bool]:
    """A given name's skeleton as its transliterations keep it: its consonants ("x" read "ks", "c" "k"), and whether
    it ends in "a" (a woman's name of the same root).  Transliterations trade vowels ("Dmitry"/"Dmytro",
    "Sergei"/"Serhii"), not consonants: "Jane" is not "Jake", nor "Aleksandra" "Aleksandr"."""
    plain = re.sub(r"c(?!h)", "k", given).replace("x", "ks")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", plain)), given.endswith("a")


def _same_family(written: str, theirs: str) -> bool:
    return written == theirs or (abs(len(written) - len(theirs)) <= 2 and fuzz.ratio(written, theirs) >= _FAMILY_CUTOFF)


@functools.cache
def _spellings() -> dict[str, list[tuple[str, str, Known]]]:
    """The vocabularies' persons named given name first, as (given name, family name) skeletons, by the family name's
    first letter: an alias of two words, the second of which may be hyphenated ("Kosiniak-Kamysz")."""
    out: dict[str, list[tuple[str, str, Known]]] = {}
    for alias, k in known().items():
        words = alias.split()
        if k.kind != "person" or len(words) != 2 or words[0] in family_first():
            continue
        given, family = spelling_skeleton(words[0]), spelling_skeleton(words[1])
        if len(given) >= 2 and len(family) >= _LEAST_FAMILY:
            out.setdefault(family[0], []).append((given, family, k))
    return out


# How alike two spellings of one given name are, at least (rapidfuzz's ratio, 0-100): "andrii"/"andriy" 83,
# "sergey"/"sergei" 83, "maria"/"mariya" 91; "andrei"/"anatoly" 31.
_SPELLING_CUTOFF = 75
# How alike two family names' skeletons are, at least, past the letters transliterations trade: "lubinets"/"lubinetz"
# 88; "zakharov"/"zakharova" (another person, of the other gender) is told apart by the given name.
_FAMILY_CUTOFF = 88


# "Volodymyr Zelenski": a person's full name as a claim may give it, two or three capitalised words.
_FULL_NAME = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}")


def spelled_name(name: str) -> str:
    """``name``, or the name of the known person it is another spelling of (:func:`spelled_otherwise`)."""
    person = spelled_otherwise(name) if _FULL_NAME.fullmatch(name) else None
    return person.name if person is not None else name
