"""Rhetorical themes: a lexicon's terms matched in an article, and whose voice they are in."""
