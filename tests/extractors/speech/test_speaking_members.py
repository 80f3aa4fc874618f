"""One picked out of a group the text has just made speak: one of that group, not of a group mentioned in passing."""

from __future__ import annotations

from quote_readings import quote_speakers


def test_one_of_them_after_a_group_that_spoke_is_one_of_that_group():
    text = ("Thousands of North Korean troops have been rotated through the Kursk front since the spring. "
            "Still, diplomats in Vienna warn that the sanctions cannot hold much longer.\n\n"
            "“The money keeps moving through third countries,” one of them told this newspaper.")
    said = quote_speakers(text)
    assert said == ["diplomat in Vienna"]


def test_a_quote_sentence_between_the_group_and_the_member_is_passed_over():
    text = ("The regiment lost most of its North Korean gunners in March. "
            "Chilean diplomats admit that the shipments have not slowed.\n\n"
            "“Nobody checks the trains. Nobody wants to,” one of them said.")
    said = quote_speakers(text)
    assert said[-1] == "Chilean diplomat"


def test_one_in_the_group_s_own_sentence_speaks_within_the_group_s_account():
    text = ("North Korean gunners who survived the winter now train recruits at home, British officials said, "
            "calling the drills what one described as “a rehearsal for a larger war.”")
    said = quote_speakers(text)
    # (An official of no body named speaks for their state's government, as the group would.)
    assert said == ["British government"]


def test_a_group_that_spoke_before_a_sentence_of_its_own_is_too_far_back():
    text = ("Chilean diplomats say the shipments have not slowed. "
            "Two North Korean soldiers were captured near Sudzha on Sunday.\n\n"
            "“I want to live,” one of them said.")
    said = quote_speakers(text)
    assert said[-1] is not None and said[-1] != "Chilean diplomat"


def test_the_group_met_again_is_the_one_named_before_with_who_they_are():
    text = ("Ammunition from North Korea will keep flowing to Russian troops, according to two Chilean officials "
            "familiar with the intelligence. The trains run weekly, the officials said.\n\n"
            "“It has become routine,” one of them told reporters.")
    said = quote_speakers(text)
    assert said[-1] == "Chilean official"
