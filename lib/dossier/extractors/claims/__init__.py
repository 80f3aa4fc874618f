"""Who claims a figure: attributions in its sentence and across its article, relays and canonical claimants."""
