"""The core: models, config schema and loading, paths, units, text, formatting, keymap table.

Imports nothing else of metalwatch and no textual; every other layer builds on it.
"""
