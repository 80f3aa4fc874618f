"""Troop, casualty and munitions figures: what each counts, its hedge and range, and what is no figure."""
