"""Text as words and sentences: the definitions every extractor shares.

``words`` (what a word is, counting them, building a regex alternation),
``sentences`` and ``punkt`` (splitting an article into sentences),
``quote_marks`` (quotation marks and the spans they open and close),
``fuzzy_links`` (grouping near-identical strings),
``datelines`` (the place and outlet an article opens with),
``outlets`` (the names an article's source is looked up by).
"""
