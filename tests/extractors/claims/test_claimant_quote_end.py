"""dossier.estimate_claimants: the words before "said" that close a quotation ('"..., a loss for the navy," said X')
are the quotation's, not the verb's subject: its speaker, named after the verb, claims the figures he goes on to give."""

from __future__ import annotations

import pytest

from estimate_readings import claimant_list


@pytest.mark.parametrize("said", [
    '"The winter will be hard for the Finnish border guard," said Liisa Virtanen, an analyst at a Helsinki institute.',
    '"Nobody expected this of the Baltic Fleet!" said Liisa Virtanen, an analyst at a Helsinki institute.',
    '"It is a costly lesson for Oslo," said Liisa Virtanen.',
])
def test_a_quotation_closing_before_said_is_no_subject(said):
    read = dict(claimant_list(said + ' "About 600 soldiers have been killed since May."'))
    assert read.get("About 600") == "Liisa Virtanen"
