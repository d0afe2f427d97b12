"""A code host's event line ("ada-l opened this issue on Mar 3, 2026 · 4 comments", "toma-b
merged 3 commits into main", "maren-ok commented on Mar 4", GitLab's "Issue created … by …" in
its languages) is the thread's record, never its title, whatever the headline above it looks
like; a headline that uses the same verbs stays a headline."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import chrome_reason, headline
from persona_archive.cleaning.structure.titles.neighbours import _lead

EVENTS = [
    "ada-lindqvist opened this issue on Mar 3, 2026 · 4 comments",
    "ada-lindqvist opened this issue Mar 3, 2026 · 4 comments",
    "ada-lindqvist opened this issue · 4 comments",
    "ada-lindqvist opened this issue yesterday · 4 comments",
    "ada-lindqvist opened on Mar 3, 2026",
    "maren-ok commented on Mar 4, 2026",
    "maren-ok commented Mar 4",
    "@maren-ok replied on 4 March 2026",
    "toma-b merged 3 commits into main from fix-drift on Mar 5",
    "toma-b wants to merge 3 commits into main from fix-drift",
    "toma-b merged commit 4f2a9c1 into main",
    "toma-b closed this as completed on Mar 9, 2026",
    "toma-b closed this in #321",
    "toma-b added the bug label on Mar 5, 2026",
    "toma-b added the bug and help wanted labels",
    "toma-b self-assigned this",
    "maren-ok mentioned this issue on Mar 6, 2026",
    "maren-ok referenced this issue in ada-lindqvist/tone-keeper",
    "maren-ok linked a pull request that will close this issue",
    "maren-ok requested a review from toma-b",
    "maren-ok approved these changes on Mar 8, 2026",
    "maren-ok changed the title Persona drift after long sessions",
    "dependabot[bot] opened this pull request on Mar 1, 2026",
    "Issue created Mar 3, 2026 by Ada Lindqvist",
    "Ticket erstellt am 3. März 2026 von Ada Lindqvist",
    "Ticket créé le 3 mars 2026 par Ada Lindqvist",
    "Incidencia creada el 3 de marzo de 2026 por Ada Lindqvist",
    "Issue criada em 3 de março de 2026 por Ada Lindqvist",
    "Segnalazione creata il 3 marzo 2026 da Ada Lindqvist",
]


@pytest.mark.parametrize("line", EVENTS)
def test_an_event_line_is_never_heading_like(line):
    assert headline(line) is None
    assert chrome_reason(line) is not None


HEADLINES = [
    "Museum opened on Sunday after a long restoration",
    "Who opened this issue of the magazine first?",
    "Why nobody merged my commits for a year",
    "Storm closed this road for a week",
    "Tim added the wrong labels to our honey jars",
    "The café my grandmother opened in 1962",
    "Created by volunteers: a wiki for beekeepers",
    "Museum opened in 1962 by the city",
    "Bread created by a robot wins a prize",
]


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_with_the_same_verbs_stays_a_headline(line):
    assert chrome_reason(line) is None
    assert headline(line) == line


PROSE = (
    "After about two hundred turns the assistant stops using the persona's voice and answers "
    "in a neutral tone, even though the character file is still in the context.\n"
    "I can reproduce this with the sample persona and a long session of short questions.\n"
)


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


@pytest.mark.parametrize(
    "heading",
    [
        "Persona drift #318",  # too short for a headline
        "Persona drifts back to a neutral tone after long sessions of short questions about "
        "the garden and the bees in the spring #318",  # too long for one
    ],
)
def test_an_issue_whose_heading_is_no_headline_never_takes_the_event(heading):
    page = (
        "Skip to content\nada-lindqvist / tone-keeper\nCode\nIssues 23\nPull requests 4\n"
        f"{heading}\nOpen\nada-lindqvist opened this issue on Mar 3, 2026 · 4 comments\n"
        "ada-lindqvist commented on Mar 3, 2026\n" + PROSE
    )
    title = _title(page)
    assert "opened this issue" not in title
    assert "commented" not in title
    clean = title + "\n\n" + PROSE
    assert "opened" not in _title(clean)


def test_a_pull_requests_title_has_its_merge_event_under_it():
    page = (
        "ada-lindqvist / tone-keeper\nPull requests 4\n"
        "Re-insert the character description after each summary #321\nMerged\n"
        "toma-b merged 3 commits into main from reinsert-description on Mar 9, 2026\n"
        "toma-b commented on Mar 6, 2026\n" + PROSE
    )
    assert _title(page) == "Re-insert the character description after each summary"
    body = split_lines("A pull request's title here\nmaren-ok merged 3 commits into main")
    assert _lead(body, 0, {}) == "date"


@pytest.mark.parametrize(
    "line",
    [
        "mum posted on Facebook that she likes the bot.",
        "ada posted 3 photos of her cat and asked the bot to name them.",
        "dad replied at once that the kettle was fine.",
    ],
)
def test_a_sentence_with_an_events_verb_is_no_event(line):
    assert chrome_reason(line) is None
