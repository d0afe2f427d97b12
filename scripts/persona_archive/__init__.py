"""Persona Archive's ingest pipeline: raw scraped text in, clean Markdown pages out.

One module per stage, in pipeline order: decoding, mojibake, boilerplate, duplicates,
structure, tagging, writing. ``pipeline`` strings them together; ``ingest.py`` is the CLI.
"""
