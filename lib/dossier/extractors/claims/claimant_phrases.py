"""Where the words naming a claimant start and end around a cue or reporting verb.

A claimant is read back from its verb ("Rep. Park of the ruling party
said"), past adverbs ("said separately"), an aside ("Shoigu, the council's
secretary, said"), a document word ("A RUSI report estimated") and a
person's name set off by commas; descriptions and pronouns ("the spy
agency", "it") point back to a claimant named earlier.  Words from
``data/claimant_cues.csv`` and ``data/claimant_descriptions.csv``.
"""

from __future__ import annotations

import functools
import re

from .claimant_names import (alias_words, cleaned, context_words, formation_words, joins_claimants, kind, normalise, speaks_for,
                             title_words)
from .claimant_asides import ARTICLES, ASIDE_CHARS, titled_name
from .claimant_groups import group_head
from .claimant_times import after_time
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import former_words, home_bodies
from ...text.numbers import cues, quantity_pattern
from ...text.sentences import abbreviations
from ...vocab import load_table
from ...text.words import UPPER

_WORD = re.compile(r"[\w'’.\-]+")
_JOINING = re.compile(r"(?:and|of|for|by|in|per|to)\s+", re.IGNORECASE)


@functools.cache
def _place_nouns() -> frozenset[str]:
    # Lower-case words ending a place's name ("South Pyongan province"), or naming a body by its place's level
    # ("the regional administration"): part of a claimant's phrase.
    return frozenset(claimant_cues("place_noun")) | frozenset(claimant_cues("place_adjective"))


# Characters read on either side of a cue or verb for its claimant: a name is a few words, so that
# a sentence that repeats a cue is read in time linear in its length.
WINDOW = 240

_AFFILIATED_LOWER = re.compile(rf"({UPPER}[\w'’.\-]*)\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*\s*$")
GLUE = frozenset({"the", "of", "and", "for"})  # words that join a name, never its head
_AFFILIATED = re.compile(rf"({UPPER}[\w'’.\-]*)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?$")


# A capitalised word that is no article: a nationality or name qualifying a formation ("a Ukrainian brigade commander").
_QUALIFIER = re.compile(rf"(?<![\w'’])(?!(?:The|A|An)\s){UPPER}[\w'’\-]*\s+(?:(?P<between>[a-z\-]+)\s+)?$")
_COMMON_PLACE = re.compile(r"\b([a-z]+)\s+([a-z]+)\s+the\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+\s*$")


def head_before_place(sentence: str, end: int) -> int | None:
    """Where a title or role ends that a common place follows up to ``end`` ("officer in the area", "commander at
    the front line"): the one who speaks, not the place; None when no such phrase ends there."""
    where = _COMMON_PLACE.search(sentence, max(0, end - 60), end)
    if where is None or where.group(2) not in claimant_cues("place") or where.group(1) not in title_words():
        return None
    return where.end(1)


def after_qualifier(sentence: str, at: int) -> bool:
    """Whether a capitalised word other than an article ends right before ``at`` ("Ukrainian brigade"), or before
    one formation or branch word that does ("Ukrainian drone unit")."""
    m = _QUALIFIER.search(sentence, max(0, at - 45), at)
    return m is not None and (m.group("between") is None or m.group("between").lower() in formation_words())


# "in" after a name, read back from the words after it: they say where or when the one named was ("Analysts at CSIS in
# Washington said", "The NIS in March estimated"), not who speaks; a name that opens the sentence may be a plural
# noun ("Officials in Seoul said"), which the place then qualifies.
_NAME_THEN_IN = re.compile(rf"(?<=\S)\s({UPPER}[\w'’.\-]*)\s+in\s+$")


def named_before_in(sentence: str, start: int) -> int | None:
    """The end of a name that "in" and the words from ``start`` follow, else None."""
    m = _NAME_THEN_IN.search(sentence, max(0, start - 60), start)
    return m.end(1) if m is not None else None


def words_back(sentence: str, end: int, limit: int = 7) -> int:
    """Start of the run of claimant-like words ending at ``end`` (capitalised or alias words), at most ``limit``
    of them besides the words that join a name ("of", "the")."""
    # A person and a lower-case affiliation: "Rep. Cho of the opposition" reads back from "Cho".
    tail = _AFFILIATED_LOWER.search(sentence, max(0, end - 60), end)
    if tail:
        start = words_back(sentence, tail.end(1), limit)
        return start if start < tail.end(1) else end
    start = end
    aliases = alias_words()
    # The words of sentence[:end], last first: those of the reversed text, read only as far as needed
    # and never further back than a claimant's words can reach.
    lo = max(0, end - WINDOW)
    gap_end = end  # where the text between this word and the one after it ends
    for m in _WORD.finditer(sentence[end - 1 : lo - 1 if lo else None : -1] if end else ""):
        m_start, m_end = end - m.end(), end - m.start()
        if start != end and sentence[m_end:gap_end].strip():
            if gap_end == start and _inner_abbreviation(sentence, m_start, m_end, gap_end):
                # "A Joint Chiefs of Staff (JCS) official": the name's abbreviation stands inside the phrase.
                gap_end = m_start - 1
                continue
            break
        word = sentence[m_start:m_end]
        low = word.lower()
        if not (word[:1].isupper() or low.replace("’", "'") in aliases or low in title_words() or low in _place_nouns()
                or (start != end and _ORDINAL.fullmatch(low))  # "the 80th Air Assault Brigade"
                or (start != end and low in formation_words() and after_qualifier(sentence, m_start))  # "Ukrainian brigade commander"
                or (start == end and group_head(sentence, m_start, low))):  # "Radio Liberty's Schemes project"
            break
        start = gap_end = m_start
        if low not in GLUE:  # a long body's name counts its own words only ("General Staff of the Armed Forces of Ukraine")
            limit -= 1
        if not limit:
            break
    if start == end and (head_end := head_before_place(sentence, end)) is not None:
        return words_back(sentence, head_end, limit)  # "A Ukrainian officer in the area told": the officer
    if start < end:
        # A person and their affiliation: "Rep. Park Sun-won of the ruling Democratic Party".
        m = _AFFILIATED.search(sentence, max(0, start - 40), start)
        if m:
            start = words_back(sentence, m.end(1), limit)
        # A place after the head it modifies: "a source inside North Korea", "lawmakers in Seoul".
        lo = max(0, start - 32)
        before = sentence[lo:start].split()
        # The head is a claimant's word or a title: "Moscow's ambassador in Pyongyang".
        head = before[-2] if len(before) > 1 else ""
        if head and before[-1] in claimant_cues("place") and (head in aliases or head in title_words()) and head not in GLUE:
            at = sentence.rfind(head, lo, sentence.rfind(before[-1], lo, start))
            if head.isalpha() and head.islower() and (at == 0 or sentence[at - 1].isspace()):
                # With the head's own modifiers: "a Ukrainian commander in Kursk".
                start = words_back(sentence, at + len(head), limit)
    if start < end and (former := _FORMER_BEFORE.search(sentence, max(0, start - 16), start)) is not None and (
            former.group(1).lower() in former_words()):
        start = former.start(1)  # "a former British Army officer": the office he no longer holds, not its holder
    start = after_time(sentence, start, end)  # "On Tuesday the ministry put ...": when, then who
    while True:  # a claimant never starts with a joining word
        m = _JOINING.match(sentence, start, end)
        if not m:
            return start
        start = m.end()


def _inner_abbreviation(sentence: str, start: int, end: int, after: int) -> bool:
    """Whether the word at ``start:end`` is an abbreviation in brackets between a name and its head, ``after``
    being where the head's words start: "(JCS)" of "Joint Chiefs of Staff (JCS) official"."""
    word = sentence[start:end]
    return (sentence[end:after].strip() == ")" and start > 1 and sentence[start - 1] == "("
            and sentence[start - 2].isspace() and len(word) <= 8 and word.isupper())


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_FORMER_BEFORE = re.compile(r"(?<![\w'’\-])([a-z]+)\s+\Z")  # the lower-case word right before a claimant's words
_ABBREVIATED = re.compile(r"[\w.]+$")


def clause_stop(pattern: re.Pattern, sentence: str, start: int, reach: int) -> re.Match | None:
    """The first match of the stop ``pattern`` in ``sentence[start:reach]`` that is no abbreviation's period.

    "according to a U.S. official" and "citing Gen. Park" name their
    claimant past the periods of "U.S." and "Gen." (``data/abbreviations.csv``,
    or a single capital), and "Siberia.Realities" past the period inside it."""
    while True:
        stop = pattern.search(sentence, start, reach)
        if stop is None or stop.group(0) != "." or stop.end() == len(sentence):
            return stop  # most stops are the sentence's own full stop
        word = _ABBREVIATED.search(sentence, max(0, stop.start() - 8), stop.start())
        inside = sentence[stop.end() : stop.end() + 1].isalpha()  # "Siberia.Realities": a name's own period
        if not inside and (word is None or not (word.group(0).lower() in abbreviations() or (len(word.group(0)) == 1 and word.group(0).isupper()))):
            return stop
        start = stop.end()


@functools.cache
def trailing_adverbs() -> re.Pattern:
    """The adverbs (``adverb`` cues of both cue tables) ending a text, with the spaces before them."""
    words = "|".join(re.escape(w) for w in _all_adverbs())
    return re.compile(rf"(?:\s+(?:{words}))*\s*$", re.IGNORECASE)


def _all_adverbs() -> list[str]:
    return [*cues("adverb"), *claimant_cues("adverb")]


@functools.cache
def _adverbs() -> tuple[str, ...]:
    return tuple(w.lower() for w in _all_adverbs())


@functools.cache
def anaphor_ends() -> tuple[str, ...]:
    # The last word of each anaphor: a subject ending in none of them is no anaphor.
    return tuple({w.lower().split()[-1] for w in anaphors()})


@functools.cache
def descriptions() -> dict[str, frozenset[str]]:
    """Words that refer back to a claimant named earlier, mapped to the kinds they can refer to.

    From ``data/claimant_descriptions.csv``; a body's description may take a
    possessive that names no one (``possessor`` in ``claimant_cues.csv``):
    "the country's spy agency" refers back as "the spy agency" does.
    """
    t = load_table("claimant_descriptions.csv")
    out = {d: frozenset(k.split()) for d, k in zip(t["description"], t["kinds"])}
    for d, kinds in list(out.items()):
        if d not in PRONOUNS and kinds - {"person"}:
            for possessor in claimant_cues("possessor"):
                out[f"{possessor} {d}"] = kinds - {"person"}
    # "Its spokesman said": one who speaks for a body speaks as the body the pronoun stands for.
    for title in claimant_cues("spokesperson"):
        for possessive, pronoun in POSSESSIVE_PRONOUNS.items():
            out[f"{possessive} {title}"] = out[pronoun] - {"person"}
    return out


@functools.cache
def anaphors() -> tuple[str, ...]:
    # Pronouns and "the" + a description ("the spy agency", "the group"): subjects that point back.
    own = [d if d in PRONOUNS or d.split(" ", 1)[0] in POSSESSIVE_PRONOUNS else f"the {d}"
           for d in descriptions()]
    # "the brigade said": the unit named before by its name (a body's noun, "the committee said", is a subject already)
    heads = [f"the {noun}" for noun in claimant_cues("name_head") if noun not in claimant_cues("body_noun")]
    return tuple(dict.fromkeys([*cues("anaphor"), *own, *heads]))


def adverbs_start(low: str, end: int) -> int:
    r"""Where the trailing ``(\s+adverb)*\s*`` of ``low[:end]`` starts: what :func:`trailing_adverbs` strips.

    Read from the right, without trying the pattern at every position.  No
    adverb ends another with whitespace before it, so at each step at most
    one adverb can be stripped.
    """
    while True:
        while end and low[end - 1].isspace():
            end -= 1
        for adverb in _adverbs():
            k = end - len(adverb)
            if k > 0 and low[k - 1].isspace() and low.startswith(adverb, k, end):
                end = k
                break
        else:
            return end


_AUTHOR_ASIDE = re.compile(rf",\s+by\s+((?:the\s+)?{UPPER}[^,]{{1,80}}?),\s*$")


def document_author(sentence: str, end: int) -> tuple[int, int] | None:
    """The span of the author named in an aside after a document subject ("The report, by CSIS, estimated").

    None unless the words before ``end`` (a verb's start) close such an
    aside, opened right after a document word (``claimant_cues.csv``, role
    ``document``).
    """
    if not sentence[max(0, end - 3) : end].rstrip().endswith(","):
        return None  # most subjects are not set off from their verb by a comma
    m = _AUTHOR_ASIDE.search(sentence, max(0, end - 100), end)
    if m is None:
        return None
    noun = _LAST_WORD.search(sentence, max(0, m.start() - 24), m.start())
    return m.span(1) if noun is not None and noun.group(0).lower() in claimant_cues("document") else None


_BRACKETED_END = re.compile(r"\s*\([^()]{1,12}\)\s*$")


def before_bracket(sentence: str, end: int) -> int:
    """Where a name's words end before the abbreviation in brackets that closes it ("military intelligence (HUR)").

    ``end`` itself when no bracket closes the text before it; the words are
    then read back from the name, and the abbreviation stays in its phrase.
    """
    close = end
    while close > 0 and sentence[close - 1].isspace():
        close -= 1
    if close == 0 or sentence[close - 1] != ")":
        return end  # most subjects end in a word
    m = _BRACKETED_END.search(sentence, max(0, close - 16), close)
    return m.start() if m and m.start() > 0 and not sentence[m.start() - 1].isspace() else end


_DOCUMENT_WORD = re.compile(r"\s([a-z]+)\s*$")


def before_document(sentence: str, end: int) -> int:
    """Where a subject ends when a document word follows its claimant ("A RUSI report estimated"): before that word.

    The body that wrote a report claims its figures (``claimant_cues.csv``,
    role ``document``); it is named, so capitalised ("a new report said"
    names no one).
    """
    if not sentence[max(0, end - 24) : end].rstrip().endswith(_document_ends()):
        return end  # most subjects end in no document word: a test of its ending is cheaper than the pattern
    m = _DOCUMENT_WORD.search(sentence, max(0, end - 16), end)
    if m is None or m.group(1) not in claimant_cues("document"):
        return end
    owner = _LAST_WORD.search(sentence, max(0, m.start() - 40), m.start())
    if owner is None or owner.group(0).lower() in ARTICLES:
        return end
    if owner.group(0)[:1].isupper():
        return m.start()
    # "A Ukrainian intelligence document": a claimant's word in lower case after a name is the owner's too; not a
    # modifier after a possessive ("The General Staff's daily tally").
    named = _LAST_WORD.search(sentence, max(0, owner.start() - 40), owner.start() - 1) if owner.start() else None
    named_owner = (owner.group(0).lower() in alias_words() and named is not None and named.group(0)[:1].isupper()
                   and named.group(0).lower() not in ARTICLES and not _POSSESSIVE_END.search(named.group(0)))
    return m.start() if named_owner and sentence[named.end() : owner.start()].isspace() else end


@functools.cache
def _document_ends() -> tuple[str, ...]:
    return tuple(claimant_cues("document"))


_LAST_WORD = re.compile(r"[\w'’.\-]+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_WORD_BEFORE = re.compile(r"[\w.'’]\s+$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:an?|the)\s+$", re.IGNORECASE)


def after_article(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows an article: a participle or noun then ("an estimated 11,000", "the claim").

    A reporting verb never does, so its subject is not looked for.
    """
    if _bare_after_modifier(text, at):
        return True
    # Most words follow no article: the letter two before them ends none ("a", "an", "the").
    if at < 2 or text[at - 2] not in "aenAEN":
        return False
    return _ARTICLE_BEFORE.search(text, max(0, at - 5), at) is not None


_MODIFIED_BEFORE = re.compile(r"(?<![\w'’])(?:an?|the)\s+([a-z]+)\s+$", re.IGNORECASE)
_WORD_AT = re.compile(r"[a-z]+", re.IGNORECASE)


def _bare_after_modifier(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a claim noun's bare form after an article and one of its modifiers ("The new
    estimate means ..."): a singular subject would take the verb's -s ("the official estimates"), so it is the noun."""
    before = _MODIFIED_BEFORE.search(text, max(0, at - 16), at)
    if before is None or before.group(1).lower() not in claimant_cues("noun_modifier"):
        return False
    word = _WORD_AT.match(text, at)
    return word is not None and not word.group(0).endswith("s") and word.group(0).lower() in cues("claim_noun")


def in_name(sentence: str, at: int) -> bool:
    """Whether the word at ``at`` is a capitalised word after another word: part of a name ("the United States").

    A reporting verb is written in lower case except where a sentence starts.
    """
    word = sentence[at : at + 2]
    return word[:1].isupper() and word[1:2].islower() and _WORD_BEFORE.search(sentence, max(0, at - 3), at) is not None


def appositive_name(sentence: str, start: int, name: str) -> tuple[int, str]:
    """Where a person's name set off by commas after a description of them starts, and the subject it gives.

    "The head of Ukraine's military intelligence, Kyrylo Budanov, said": the name follows a comma that closes
    words of its own, and is capitalised words only, none a title (ranks before them say what the person is,
    never who); it is the subject, unless the description is a body's spokesperson ("The Pentagon's press
    secretary, Sabrina Singh,"), who speaks as the body.  ``(start, "")`` when the words are no such name.
    """
    opened = sentence.rfind(",", max(0, start - ASIDE_CHARS), start)
    words = titled_name(name.split()) if opened >= 0 and not sentence[opened + 1 : start].strip() else None
    if words is None:
        return start, ""
    if name != (name := " ".join(words)):  # "The agency's deputy chief, Maj. Gen. Vadym Skibitskyi, said"
        start = sentence.index(words[0], start)
    described = words_back(sentence, opened)
    description = sentence[described:opened].strip()
    if description and speaks_for(description) and normalise(f"{description} {name}"):
        return described, f"{description} {name}"
    return start, name


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they"}
PRONOUNS = ("it", "he", "she", "they")
# The object forms of the pronouns, as a cue's object ("according to him"): they refer back as the subject forms do.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


@functools.lru_cache(maxsize=1 << 14)
def as_written(text: str, claimant: str) -> bool:
    """Whether ``claimant`` is who ``text`` names in any article: no description, person or context to resolve."""
    clean = cleaned(text)
    if kind(claimant) is not None:
        return not context_words(text) and not refers_back(clean) and not unnamed_in_place(claimant, clean, text)
    return not (normalise(text) is None and clean in descriptions()) and not needs_account(claimant, clean)


def unnamed_in_place(claimant: str, clean: str, text: str = "") -> bool:
    """Whether ``clean`` may name no source but someone unnamed in a place ("a source in North Hamgyong province",
    "a source inside ..."), whom the account knows, or, written ``text`` with "the", stand for one ("the source")."""
    return kind(claimant) == "unattributed" and (
        text[:4].lower() == "the " or not claimant_cues("place").keys().isdisjoint(clean.split()[1:]))


def needs_account(claimant: str, clean: str) -> bool:
    """Whether the account may know who ``claimant`` is: a surname alone, or a role or description it knows.

    ("Park", "the Security Council secretary", "the North Korean leader"), or
    a body named without its state ("the defense ministry"); the account is
    costly to build, and other words it cannot resolve.
    """
    if " " not in claimant:  # "Park"; "the president", a role alone, as well
        return claimant[:1].isupper() or claimant in account_roles()
    return clean in _account_phrases() or clean.rsplit(" ", 1)[-1] in account_roles() or clean in home_bodies()


@functools.cache
def account_roles() -> frozenset[str]:
    # The last words of the titles and roles the account resolves "the <role>" by (data/titles.csv).
    return frozenset(t.split()[-1] for t in load_table("titles.csv")["title"])


@functools.cache
def _account_phrases() -> frozenset[str]:
    # The account's descriptions, less their article (data/descriptions.csv).
    return frozenset(cleaned(p) for p in load_table("descriptions.csv")["phrase"])


def refers_back(clean: str) -> bool:
    """Whether the cleaned words of a claimant alias name a person the account knows better: a title alone
    ("the lawmaker") is the person given it before."""
    return clean in claimant_cues("title")


def verb_not_noun(sentence: str, m: re.Match) -> bool:
    """Whether the claim noun ``m`` is the reporting verb it also spells ("the military estimates some 15,000").

    It is when a figure follows it, or "that" follows its -s form ("the agency estimates that ..."), a title's plural
    ("officials estimate that") or a name with no article before it ("analysts in Washington estimate that")."""
    word = m.group(0).lower()
    if word not in cues("reporting") or sentence[m.end() : m.end() + 1] != " ":
        return False
    if sentence.startswith("that ", m.end() + 1):
        # "Analysts ... in Washington estimate that": a name with no article or possessive before it is the end
        # of a subject; "the South Korean estimate that ..." is a noun and the clause it holds.
        prev = sentence[max(0, m.start() - 24) : m.start()].lower().split()[-1:] or [""]  # "officials estimate that"
        # A plural noun right before a bare "estimate that" is its subject ("intelligence services estimate that"):
        # a noun would take the singular or a possessive ("the services' estimate that").
        plural = (prev[0].endswith("s") and prev[0][:-1] in account_roles()) or (
            not word.endswith("s") and _PLURAL_NOUN.fullmatch(prev[0]) is not None
        )
        return word.endswith("s") or plural or _SUBJECT_NAME_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) is not None
    if sentence[m.end() + 1 : m.end() + 8].split(" ", 1)[0] in claimant_cues("verb_object"):
        return True  # "intelligence estimate the losses at": a verb and its object; "estimate of" is a noun
    return quantity_pattern(quick=True).match(sentence, m.end() + 1) is not None


_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s'’]s")  # "services", "agencies"; not "Congress", "Kyiv's" or "its"
_SUBJECT_NAME_BEFORE = re.compile(rf"(?<![\w'’])(?!(?:the|a|an|its|their|his|her|this|that)\s)[a-z]+\s+(?:{UPPER}[\w\-]*\s+)+$")


_LISTED_COMMAS = 3  # "according to U.S., Ukrainian, South Korean and Japanese officials"
_LISTED_WORDS = 6  # "South Korean and Ukrainian intelligence officials": the words after a list's last comma


def listed_end(stops: re.Pattern, sentence: str, start: int, comma: int, reach: int) -> int:
    """Where a cue's object ends that a comma parts: past the list when it names claimants sharing a head noun.

    "according to U.S., South Korean and Ukrainian intelligence" names three
    claimants; the comma after "U.S." ends the object only when the words
    after it are no such list (``comma``, the comma's offset, is returned).
    ``stops``: the punctuation that ends a cue's object.
    """
    end = comma
    for _ in range(_LISTED_COMMAS):
        stop = clause_stop(stops, sentence, end + 1, reach)
        after = stop.start() if stop else reach
        item = sentence[end + 1:after].split()
        if not item or not item[0][:1].isupper() or len(item) > _LISTED_WORDS:
            return comma  # an item of a list of claimants is a name or a state's adjective, and short
        listed = sentence[start:after]
        if " and " in sentence[end:after]:
            return after if joins_claimants(listed) else comma
        if stop is None or stop.group(0) != ",":
            return comma
        end = after
    return comma
