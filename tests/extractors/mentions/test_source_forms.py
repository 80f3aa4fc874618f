"""A source line naming the kind of its document after whose it is: the name is the voice, the kind of document
and the medium carrying it no part of the name."""

from __future__ import annotations

import pytest

from dossier.extractors.mentions.source_forms import source_form


@pytest.mark.parametrize("source, name, document, channel, signer", [
    ("Moldovan Ministry of Energy (press release)", "Moldovan Ministry of Energy", "press release", False, None),
    ("Tula Regional Administration (Telegram channel)", "Tula Regional Administration", "telegram channel", True, None),
    ("Pavel Orlov, Telegram channel", "Pavel Orlov", "telegram channel", True, None),
    ("Union of Veterans statement", "Union of Veterans", "statement", False, None),
    ("Marta Koval press statement (Yonhap)", "Marta Koval", "press statement", False, None),
    ("Ministry of Justice of Moldova (statement of Minister Ion Rusu)", "Ministry of Justice of Moldova", "statement",
     False, "Ion Rusu"),
    # No one named after the words: the body's document all the same.
    ("Ministry of Justice of Moldova (statement on the talks)", "Ministry of Justice of Moldova", "statement", False, None),
    ("Ministry of Justice of Moldova (statement of the minister)", "Ministry of Justice of Moldova", "statement", False,
     None),
    # A title of more than one word before the name is no part of it; a title alone names no one.
    ("Ministry of Energy of Latvia (statement of Defence Minister Janis Berzins)", "Ministry of Energy of Latvia",
     "statement", False, "Janis Berzins"),
    ("Ministry of Energy of Latvia (statement of Deputy Prime Minister Janis Berzins)", "Ministry of Energy of Latvia",
     "statement", False, "Janis Berzins"),
    ("Ministry of Foreign Affairs of Chile (statement of Foreign Minister)", "Ministry of Foreign Affairs of Chile",
     "statement", False, None),
    ("Ministry of Foreign Affairs of Chile (statement of Vice Foreign Minister)", "Ministry of Foreign Affairs of Chile",
     "statement", False, None),
])
def test_the_kind_of_document_parts_from_the_name(source, name, document, channel, signer):
    form = source_form(source)
    assert form is not None
    assert (form.name, form.document, form.channel, form.signer) == (name, document, channel, signer)


@pytest.mark.parametrize("source", [
    "Forces News (BFBS)",  # a medium's other name in brackets
    "Jamestown Foundation, Eurasia Daily Monitor",  # a publisher's series after the comma
    "Reuters statement",  # a medium's own statement speaks as its articles do
    "Hansard (Statement Records)",  # a record's other name, not a document's words and their topic
    "Statement",
    None,
])
def test_other_source_lines_name_no_document_of_a_name(source):
    assert source_form(source) is None
