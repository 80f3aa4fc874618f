"""A quote's speaker written as "the <head noun>" ("the brigade wrote", "the bureau said") is the unit or body named
before by a name ending in that noun; a noun with no such name before, or a name of another head, stays unresolved."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ('The 33rd Separate Assault Brigade posted a clip on Sunday. "Their shells are old and many fail," the brigade wrote.',
     "33rd Separate Assault Brigade"),
    ('Lithuania\'s Second Investigation Bureau issued its review. "Moscow is buying time with these shells," the bureau said.',
     "Second Investigation Bureau"),
    ('The 3rd Assault Brigade released footage. Nobody was hurt. The brigade added: "We will hunt every launcher."',
     "3rd Assault Brigade"),
    ('"Pyongyang keeps the factories running day and night," said the bureau, after the Second Investigation Bureau '
     'had published its figures. "It will not stop soon," the bureau said.', "Second Investigation Bureau"),
])
def test_the_head_is_the_body_named_before(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_the_head_is_preferred_to_the_last_body_quoted():
    # "the committee" stands for the committee named, not for the spy agency quoted just before it.
    said = quote_speakers('South Korea\'s National Intelligence Service called the transfers "a grave threat". '
                          'The Senate Foreign Relations Committee met on Thursday. '
                          '"Pyongyang is learning from every launch," the committee said.')
    assert said == ["National Intelligence Service", "Senate Foreign Relations Committee"]


def test_no_jump_to_a_body_of_another_head():
    said = quote_speakers('The Second Investigation Bureau issued its review. "We hit them at dawn," the brigade said.')
    assert said[-1] != "Second Investigation Bureau"


def test_no_name_before_leaves_the_noun_alone():
    said = quote_speakers('Fighting went on all week. "We hit them at dawn," the brigade said.')
    assert said[-1] != "Second Investigation Bureau"
    assert said[-1] in (None, "brigade")


_QUOTED_BEFORE = 'South Korea\'s National Intelligence Service called the shipments "a grave threat". '


@pytest.mark.parametrize("text, speaker", [
    # A body described in lower case by words ending in the noun, met again within two sentences: before or after
    # the quote, in a clause of its own, the quote in the middle of its clause.
    ('The presidential office held an emergency meeting on Friday. Afterwards, the office said Seoul "will answer in '
     'kind".', "South Korean presidential office"),
    ('The presidential office held an emergency meeting on Friday. "We will answer in kind," the office said.',
     "South Korean presidential office"),
    ('Japan\'s defence ministry released new images on Monday. The ministry said the ships were "clearly military".',
     "Japanese Ministry of Defense"),
    ('The national security council met late on Sunday. "Every option is open," the council said.',
     "National Security Council"),
])
def test_the_noun_is_the_body_just_described_by_it(text, speaker):
    # Not the spy agency quoted before: the body whose description ends in the noun.
    assert quote_speakers(_QUOTED_BEFORE + text) == ["National Intelligence Service", speaker]


def test_a_body_described_long_before_is_not_met_again():
    # Four sentences on, "the office" is read as before: the body quoted last.
    said = quote_speakers(_QUOTED_BEFORE + 'The presidential office held an emergency meeting on Friday. Officials left '
                          'quickly. Nobody spoke. Rain fell. "We will answer in kind," the office said.')
    assert said[-1] != "South Korean presidential office"
