"""Cleaning: one raw source in, one clean document out.

One module per stage, in pipeline order: ``decoding`` (bytes to text), ``mojibake`` (text
decoded with the wrong codec, restored or marked), ``boilerplate`` (site chrome, on evidence),
``duplicates`` (scrape repeats), ``structure`` (kind, title, authors, headings, quotes, posts),
``tagging`` (the taxonomy's tags), ``writing`` (the escaped Markdown page). ``pipeline`` strings
them together; ``model`` holds the values that flow between them; ``catalog``, ``config``,
``names`` and ``provenance`` are what the stages read and leave behind.
"""
