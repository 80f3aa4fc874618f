"""dossier.extractors.mentions.mention_search: the words of a body or place written before a name that a known given
name opens are no part of the name ("Harbour Authority Oleg Sokolov"), read through the account."""

import pytest

from dossier.extractors.mentions.discourse import account


def _people(text):
    return [m.entity.name for m in account(text).mentions if m.entity is not None and m.entity.kind == "person"]


@pytest.mark.parametrize("text, person", [
    ("The head of the secretariat of the Harbour Authority Oleg Sokolov spoke on Monday.", "Oleg Sokolov"),
    ("The delegation was met by Governor of Amur Yuri Petrov at the station.", "Yuri Petrov"),
])
def test_a_name_a_given_name_opens_is_read_apart_from_the_words_before_it(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize("text, person", [
    # Two given names together, and a patronymic after one: a whole name, not cut.
    ("Anna Maria Kowalska told reporters the talks went well.", "Anna Maria Kowalska"),
    ("Olga Sergeyevna Ivanova told reporters the talks went well.", "Olga Sergeyevna Ivanova"),
    # A first name the list does not know, before a known one, mid-sentence: the person's own (the reviewer's).
    ("\u201cWe will not give up,\u201d said Jan Maria Rokita, a former Polish minister.", "Jan Maria Rokita"),
    ("The motion was tabled by Lawmaker Jan Maria Rokita on Monday.", "Jan Maria Rokita"),
    ("The bill was backed by Senator Tomas Maria Lind, who chairs the committee.", "Tomas Maria Lind"),
])
def test_a_whole_name_is_not_cut(text, person):
    assert _people(text) == [person]
