"""Accessibility fixes to Material's own markup that its templates offer no setting for.

Material renders its search overlay as ``role="dialog"`` without an accessible name (axe:
``aria-dialog-name``, serious); this names it. One string replacement on the rendered page.
"""

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
NAMED = SEARCH_DIALOG.replace('role="dialog"', 'role="dialog" aria-label="Search the archive"')


def on_post_page(output, page, config):
    return output.replace(SEARCH_DIALOG, NAMED, 1)
