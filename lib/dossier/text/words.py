"""What a word is, counting words, and one regex alternation of many words.

dossier reads words three ways, each defined once here:

- :data:`WORD`, a word of an article or a quote: letters, digits and
  underscores joined by apostrophes or hyphens ("Kim's", "North-Korean",
  "KN-23" are one word each).  Articles' and quotes' ``n_words`` count these
  (:func:`count_words`), and so does the cleaning of an article's body
  (:func:`count_words_upto`).
- :data:`LEXICON_WORD`, a word as a lexicon reads it: letters and digits
  joined by apostrophes, so that a hyphen separates ("anti-imperialist" is
  "anti" and "imperialist").  VADER scores such words, and tone's
  ``n_words`` counts them.
- :data:`TERM_WORD`, a word as the theme lexicon reads it: a
  :data:`LEXICON_WORD`, or an abbreviation with dots ("U.S.") as one word.

And what a letter of a name is: :data:`UPPER`, :data:`LOWER` and
:data:`LATIN_LETTER`, regex character classes of the Latin script with its
diacritics ("Šakalienė", "Władysław", "Çavuşoğlu"), for the patterns that read
people and bodies by the capitals of their names.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
LEXICON_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Written so that re commits early (no repeat of "U.S." tried at every word; possessive
# runs): the same words as (?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*, a tenth faster.
TERM_WORD = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)++|[^\W_]++(?:['’][^\W_]++)*+")
# A run of ASCII letters: a word as the readings that look it up in a list of English words take it, without
# its digits, apostrophe or hyphen ("report" of "report's").
LETTERS = re.compile(r"[A-Za-z]+")


def _ranges(is_case) -> str:
    """The Latin letters up to the end of Latin Extended-B (U+024F) for which ``is_case`` holds, as the body of a regex
    character class: runs of consecutive letters as ranges ("A-Z", "À-Ö"), the rest one by one."""
    chars = [chr(c) for c in range(0x41, 0x250) if is_case(chr(c)) and unicodedata.name(chr(c), "").startswith("LATIN")]
    runs: list[list[str]] = []
    for c in chars:
        if runs and ord(c) == ord(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    return "".join(r[0] if len(r) == 1 else r[0] + r[1] if len(r) == 2 else f"{r[0]}-{r[-1]}" for r in runs)


# A name's capital and its other letters in any Latin script, not only English's A-Z: "Šakalienė", "Łukasz", "Müller",
# "Çavuşoğlu" are names as "Sikorski" is.  Python's re has no \p{Lu}; these classes are built from str.isupper and
# str.islower (a title-case digraph such as "ǅ" counts as a capital), so no letter is typed out.  UPPER_LETTERS and
# LOWER_LETTERS are the bodies, for a class that holds more ("[{UPPER_LETTERS}0-9]").
UPPER_LETTERS = _ranges(lambda c: c.isupper() or c.istitle())
LOWER_LETTERS = _ranges(str.islower)
UPPER = f"[{UPPER_LETTERS}]"
LOWER = f"[{LOWER_LETTERS}]"
LATIN_LETTER = f"[{UPPER_LETTERS}{LOWER_LETTERS}]"

# count_lexicon_words counts LEXICON_WORD's matches without matching: on
# ASCII text, letters and digits become "a", apostrophes stay, all else is a
# space.  A table of bytes, not of str: str.translate looks each character up in a dict.
_LEXICON_BYTES = bytes(ord("a") if chr(b).isalnum() else b if chr(b) == "'" else ord(" ") for b in range(128)) + b" " * 128
# News text's commonest characters beyond ASCII, none a letter or digit.
_TO_ASCII = (("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("—", " "), ("–", " "))


# count_words reads a byte per character once every non-ASCII letter or digit
# is made "a" (and ’ made '): "a" a word character, "j" a joiner, " " the rest.
_WORD_MARKS = bytes(
    ord("a") if b < 128 and WORD.fullmatch(chr(b)) else ord("j") if chr(b) in "'-" else ord(" ") for b in range(256)
)
_LINKING = re.compile(rb"aj(?=a)")
_ASCII = bytes(range(128))


def count_words(text: str) -> int:
    """The :data:`WORD`\\ s in ``text``: ``len(WORD.findall(text))``, without building the list.

    Counted on the UTF-8 bytes with a few whole-string passes rather than by
    splitting the text into words, which cost more than all the rest of
    reading an article: runs of word characters, less the joiners (’ ' -)
    that link two runs into one.
    """
    try:
        b = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no UTF-8 to count on
        return len(WORD.findall(text))
    if not b.isascii():
        for c in set(b.translate(None, _ASCII).decode("utf-8")):
            if c.isalnum() or c == "’":
                b = b.replace(c.encode("utf-8"), b"a" if c.isalnum() else b"'")
    marks = b.translate(_WORD_MARKS)
    runs = marks.count(b" a") + marks.count(b"ja") + marks.startswith(b"a")
    return runs - len(_LINKING.findall(marks))


def count_words_upto(text: str, most: int) -> int:
    """``min(count_words(text), most)``, reading no further than ``most`` words: paragraphs are long, the tests on them are for short ones."""
    head = text.split(None, most)
    if len(head) <= most:
        return min(count_token_words(head), most)
    n = count_token_words(head[:most])
    return most if n >= most else min(n + len(WORD.findall(head[most])), most)


def count_token_words(tokens: list[str]) -> int:
    """The :data:`WORD`\\ s in a text split on whitespace (which no word spans) into ``tokens``.

    A token of letters and digits only is one word; only the rest need the
    regex, which costs more than everything else in counting.
    """
    odd = list(itertools.filterfalse(str.isalnum, tokens))
    return len(tokens) - len(odd) + len(WORD.findall(" ".join(odd)))


def count_lexicon_words(text: str) -> int:
    """The :data:`LEXICON_WORD`\\ s in ``text``: ``len(LEXICON_WORD.findall(text))``, without building the list."""
    if not text.isascii():
        ascii_text = text
        for char, same in _TO_ASCII:
            ascii_text = ascii_text.replace(char, same)
        if not ascii_text.isascii():
            return len(LEXICON_WORD.findall(text))
        text = ascii_text
    # An apostrophe after a letter becomes a letter: it joins the letters
    # after it, if any, into one word.  Then each run of letters is a word.
    letters = text.encode("ascii").translate(_LEXICON_BYTES).replace(b"a'", b"aa")
    return letters.startswith(b"a") + letters.count(b" a") + letters.count(b"'a")


_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
_ES_STEMS = ("ss", "x", "zz", "ch", "sh")


def plural(noun: str) -> str:
    """The regular English plural of a lower-case noun: "official" officials, "secretary" secretaries,
    "serviceman" servicemen, "witness" witnesses.  Irregular plurals beyond -man are the vocabularies' to list."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    if noun.endswith(_SIBILANT_ENDS):
        return noun + "es"
    return noun + "s"


def singular(noun: str) -> str:
    """The singular :func:`plural` comes from: "women" woman, "studies" study, "witnesses" witness; a word that
    is no regular plural comes back as it is, less a final "s"."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("es") and noun[:-2].endswith(_ES_STEMS):
        return noun[:-2]  # "boxes", "churches"; "houses" and "nurses" only lose their "s"
    return noun.removesuffix("s")


def alternation(words: Iterable[str]) -> str:
    """``words`` as one regex alternation; a space in a word matches any white space.

    Written as a trie ("k(?:im(?:\\s+jong\\s+un)?|cna)") rather than a flat
    list: at each position the engine tries a few first letters instead of
    every word.  It matches what the flat list of the words, longest first,
    would: two words can only both match at one position when one is a
    prefix of the other, and the trie tries the longer first.  Case is left
    to the caller's flags (``(?i:...)``).
    """
    return _trie({tuple(r"\s+" if c == " " else re.escape(c) for c in w) for w in words})


def _trie(seqs: set[tuple[str, ...]]) -> str:
    heads: dict[str, set[tuple[str, ...]]] = {}
    for s in seqs:
        if s:
            heads.setdefault(s[0], set()).add(s[1:])
    branches = [head + _trie(rest) for head, rest in sorted(heads.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if () in seqs:  # a word ends here: try the longer words first
        return f"(?:{body})?" if branches else ""
    return body
