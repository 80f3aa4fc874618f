"""Who is who in an article: the account of its mentions of people, bodies and media that
quotes and claims both read, with the vocabularies of speakers and claimants and the words they index."""
