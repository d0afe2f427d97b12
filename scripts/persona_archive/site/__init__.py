"""The site: generated pages in; the browse pages, citations, search entries and files of the
built site out. The hooks in ``hooks/`` call these modules and keep what one event hands to a
later one in ``state.BUILD``.
"""
