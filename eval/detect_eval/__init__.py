"""Airlock's detection measurement apparatus: corpora, generator, scoring.

Nothing here is part of the application; it builds labelled folders of
files in a cache folder outside the repository, runs `airlock scan --json`
on them and prints recall and false-alarm figures.
"""
