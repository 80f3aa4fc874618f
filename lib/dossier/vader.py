"""VADER's compound score, computed as ``vaderSentiment`` computes it, faster.

``SentimentIntensityAnalyzer.polarity_scores`` rebuilds the sentence's
lower-cased word list several times for every sentiment word it meets (in its
negation and idiom checks) and copies the text a character at a time to
replace emoji; on news prose that is most of its cost.  :func:`compound` walks
the same rules over one lower-cased word list and returns the same number, bit
for bit: the package's own lexicon, constants, ``but`` rule and final scoring
are used as they are.  The tests hold it equal to the package on random text
built from VADER's special words.
"""

from __future__ import annotations

import functools
import string

from vaderSentiment import vaderSentiment as _v

_NEGATE = frozenset(_v.NEGATE)
_PUNCTUATION = string.punctuation
# The words of VADER's idioms and multi-word boosters: its idiom check can
# only change a valence when one of them is within three words.
_IDIOM_WORDS = frozenset(w for phrase in [*_v.SPECIAL_CASES, *_v.BOOSTER_DICT] if " " in phrase or phrase in _v.SPECIAL_CASES for w in phrase.split())


@functools.cache
def _analyzer():
    analyzer = _v.SentimentIntensityAnalyzer()
    # polarity_scores replaces emoji one character at a time, so only
    # one-character keys can ever match.
    emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    return analyzer, emoji_chars


def compound(text: str) -> float:
    """VADER compound score of ``text``, -1 (most negative) to +1: equal to
    ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``."""
    analyzer, emoji_chars = _analyzer()
    if not emoji_chars.isdisjoint(text):
        return analyzer.polarity_scores(text)["compound"]  # rare: let VADER describe the emoji
    text = text.strip()
    # SentiText's words: punctuation stripped unless that leaves two
    # characters or fewer (an emoticon such as ":)" is kept whole).
    words = [s if len(s := w.strip(_PUNCTUATION)) > 2 else w for w in text.split()]
    lower = [w.lower() for w in words]
    lex = analyzer.lexicon
    if lex.keys().isdisjoint(lower):
        return 0.0  # no sentiment word: every valence is 0, and so is the score
    n_upper = sum(map(str.isupper, words))
    cap_diff = 0 < n_upper < len(words)  # allcap_differential
    sentiments = [0] * len(words)
    for i in [i for i, low in enumerate(lower) if low in lex]:
        low = lower[i]
        if low in _v.BOOSTER_DICT or (low == "kind" and i < len(words) - 1 and lower[i + 1] == "of"):
            continue
        sentiments[i] = _valence(words, lower, i, lex, cap_diff)
    if "but" in lower:
        sentiments = analyzer._but_check(words, sentiments)
    return analyzer.score_valence(sentiments, text)["compound"]


def _valence(words, lower, i, lex, cap_diff):
    """``SentimentIntensityAnalyzer.sentiment_valence`` of the lexicon word at ``i``."""
    low = lower[i]
    valence = lex[low]
    if low == "no" and i != len(words) - 1 and lower[i + 1] in lex:
        valence = 0.0
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
        valence = lex[low] * _v.N_SCALAR
    if words[i].isupper() and cap_diff:
        if valence > 0:
            valence += _v.C_INCR
        else:
            valence -= _v.C_INCR
    for start_i in range(3):
        if i > start_i and lower[i - (start_i + 1)] not in lex:
            s = _v.scalar_inc_dec(words[i - (start_i + 1)], valence, cap_diff) if lower[i - (start_i + 1)] in _v.BOOSTER_DICT else 0.0
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _negation(valence, lower, start_i, i)
            if start_i == 2 and not _IDIOM_WORDS.isdisjoint(lower[i - 3 : i + 3]):
                valence = _idioms(valence, lower, i)
    return _least(valence, lower, i, lex)


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _negation(valence, lower, start_i, i):
    """``SentimentIntensityAnalyzer._negation_check``."""
    if start_i == 0:
        if _negated(lower[i - 1]):
            valence = valence * _v.N_SCALAR
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * _v.N_SCALAR
    if start_i == 2:
        if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * _v.N_SCALAR
    return valence


def _idioms(valence, lower, i):
    """``SentimentIntensityAnalyzer._special_idioms_check`` (only ever reached with ``i > 2``)."""
    special, booster = _v.SPECIAL_CASES, _v.BOOSTER_DICT
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


def _least(valence, lower, i, lex):
    """``SentimentIntensityAnalyzer._least_check``."""
    if i > 1 and lower[i - 1] not in lex and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * _v.N_SCALAR
    elif i > 0 and lower[i - 1] not in lex and lower[i - 1] == "least":
        valence = valence * _v.N_SCALAR
    return valence
