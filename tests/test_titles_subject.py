"""A short line the first sentence opens with is the subject an encyclopaedia's page is named
after, unless the page's headline stands between them: then the short line is the site's or the
institution's name (a news release opening with its university's name)."""

from __future__ import annotations

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


def test_an_institutions_name_over_its_release_is_not_the_title():
    page = (
        "ID | EN\nKettle Valley College\nHome   Profile   Research   News\n"
        "Home » News » Press releases\n"
        "Kettle Valley College Opens a Laboratory for the Ethics of Assistants\n"
        "Author: Press office\n"
        "Kettle Valley College opened a laboratory on Monday that studies how assistants "
        "behave with people who speak several languages.\n"
        "Students in their third year may join the laboratory as research assistants.\n"
    )
    assert _title(page) == "Kettle Valley College Opens a Laboratory for the Ethics of Assistants"


def test_an_encyclopaedias_subject_is_still_the_title():
    page = (
        "Explore\nLumen\nHistory\n"
        "Lumen is the household assistant of the novel, kind and a little stubborn, and it "
        "keeps the family's calendar.\n"
    )
    assert _title(page) == "Lumen"
