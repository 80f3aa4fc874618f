"""dossier.extractors.mentions.pronoun_subjects: a pronoun outside quotation marks never stands for a person named only
inside the quoted words, read through the account of an article, with sentences written for the tests."""

import re

import pytest

from dossier.extractors.mentions.discourse import account
from dossier.extractors.mentions.mention_forms import make_mention
from dossier.extractors.mentions.pronoun_subjects import QuotedSpans, quoted_apart


def _resolved(text, phrase, nth=0):
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    entity = account(text).resolve(start, start + len(phrase))
    return entity.name if entity is not None else None


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        # The speaker names the president in his own words: "he" is the one who quotes him.
        ("Defence Minister Oleg Sidorov called the plan a gift from a friend. \"President Ivan Petrov decided to "
         "send 2,000 builders to the region,\" he said.", "he", "Oleg Sidorov"),
        ("Foreign Minister Pavel Orlov spoke to the press in Minsk. “As General Anton Belov told me last week, the "
         "roads come first,” he added.", "he", "Pavel Orlov"),
        # A name the writer sets in marks alone is a name, not quoted words: its bearer may be "he".
        ("Defence Minister Oleg Sidorov called the plan a gift. His deputy spoke of a soldier with the call sign "
         "\"Boris\". He said the builders would come.", "He", "Boris"),
        # Inside the quotation, a pronoun may take up a person the quotation names.
        ("Minister Oleg Sidorov was blunt. \"President Ivan Petrov has decided, and he will not change his mind,\" "
         "Sidorov said.", "he", "Ivan Petrov"),
    ],
)
def test_pronoun_outside_quote_skips_quoted_names(text, phrase, expected):
    assert _resolved(text, phrase) == expected


def test_quoted_apart_only_for_words_the_pronoun_is_outside():
    text = "\"Ivan Petrov agreed,\" he said. He called \"Boris\" a friend."
    quoted = QuotedSpans(text)
    petrov = make_mention((1, 12, "Ivan Petrov", "full", None, False))
    boris = make_mention((text.index("Boris"), text.index("Boris") + 5, "Boris", "full", None, False))
    assert quoted_apart(quoted, petrov, text.index("he said"))
    assert not quoted_apart(quoted, petrov, text.index("agreed"))  # (a pronoun inside the same quotation)
    assert not quoted_apart(quoted, boris, len(text) - 1)

