"""dossier.extractors.mentions.discourse_antecedents: what a mention that names no one in full stands for, read through the
account of an article (dossier.extractors.mentions.discourse.account), with sentences written for the tests."""

import re

import pytest

from dossier.extractors.mentions.discourse import account


def _resolve(text, phrase, nth=0):
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    return account(text).resolve(start, start + len(phrase))


@pytest.mark.parametrize(
    "text, expected",
    [
        # A paragraph of the report's words after the one that named the medium reporting: that medium.
        ("Xinhua reported on Monday that the two ministers spoke by phone. The agency did not say for how long. "
         "Wang urged restraint on the peninsula.\n\n“Dialogue is the only way forward,” the report said.", "Xinhua"),
        ("The talks lasted three hours, according to KCNA.\n\nThe premier spoke first. Russia's envoy said the peoples "
         "were “brothers in arms,” the report said.", "KCNA"),
        # A medium spoken to reports nothing; another report spoken of since is the one meant.
        ("Two analysts told Reuters the figure was plausible. Both asked not to be named.\n\n“The shipments doubled,” "
         "the report said.", None),
        ("Yonhap reported that the panel of experts met in New York.\n\nThe panel released a report on Friday. "
         "Its authors were cautious.\n\n“Pyongyang shipped millions of shells,” the report said.", None),
    ],
)
def test_the_report_reaches_back_to_the_medium_reporting_in_the_paragraph_before(text, expected):
    e = _resolve(text, "the report")
    assert (e.name if e is not None else None) == expected
