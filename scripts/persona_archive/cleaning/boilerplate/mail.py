"""Mail and news furniture around a message's own words: the line that attributes a quote
("On <date>, X wrote:", "Am … schrieb X:", "Le … a écrit :"), the signature under the
conventional separator ("-- "), a mailing list's footer, and an archive's list of the
messages a message refers to. Each goes only on the convention's own evidence: an attribution
right above the ``>`` lines it attributes, a signature of a few short lines closed by a blank
line, a footer under a rule that names the list's address. The quoted lines themselves are an
earlier message's words, content of the thread: they stay (``shapes.is_quoted``)."""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

from persona_archive.cleaning.boilerplate.field_labels import field_labels
from persona_archive.cleaning.boilerplate.headers import header_field
from persona_archive.cleaning.boilerplate.shapes import is_quoted
from persona_archive.cleaning.model import Line

POST_META = "interface:post-meta"
SIGNATURE_SEPARATOR = "--"


@cache
def _patterns() -> SimpleNamespace:
    """The attribution's patterns, built once from the words in ``data/field_labels.yml``."""
    words = field_labels().mail
    return SimpleNamespace(
        attribution=re.compile(
            rf"(?P<lead>.{{0,200}}?)[\s,]*(?:{words.wrote})(?P<tail>\s[^:：]{{1,120}}?)?\s*[:：]",
            re.IGNORECASE,
        ),
        verb_alone=re.compile(rf"(?:{words.wrote})\s*[:：]", re.IGNORECASE),
        # the date that leads an attribution: a client's "On"/"Am"/"Le"… or the date itself
        date_lead=re.compile(rf"(?:{words.date_leads}|\d)\b", re.IGNORECASE),
        leave=re.compile(words.leave, re.IGNORECASE),
    )


_DIGIT = re.compile(r"\d")
_ADDRESS = re.compile(r"\S+@\S+|\S+(?:_at_| at | \[at\] | \(at\) )\S+\.\w+|<[^<>]+>|\([^()]+\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*|[\w.+-]+@[\w.-]+|[\w.-]*\d[\w.-]*")
NAME_WORDS_MAX = 6


def _names_a_writer(lead: str) -> bool:
    """The part before "wrote" names who wrote: a name, a handle or an address, words
    capitalised but for a name's particles; or a date that leads the client's line.

    >>> _names_a_writer("On Mon, 9 Mar 2026, Ravi Tennant"), _names_a_writer("Ravi Tennant")
    (True, True)
    >>> _names_a_writer("My colleague put it well when she"), _names_a_writer("She")
    (False, False)
    """
    lead = lead.strip(" ,")
    if not lead:
        return False
    if _patterns().date_lead.match(lead) and _DIGIT.search(lead):
        return True
    bare = _ADDRESS.sub(" ", lead)
    words = _NAME_WORD.findall(bare)
    if not words and _ADDRESS.search(lead):
        return True
    if not words or len(words) > NAME_WORDS_MAX or re.search(r"[.!?;]\s", bare):
        return False
    mail = field_labels().mail
    if any(w.casefold() in mail.pronouns for w in words):
        return False
    particles = mail.name_particles
    return all(w[0].isupper() or w.casefold() in particles or not w.isalpha() for w in words)


def is_attribution(text: str) -> bool:
    """A line that attributes the quote under it: "<date>, <name> wrote:" in a client's words.

    >>> is_attribution("Am 11.03.26 um 10:12 schrieb Tobias Wendt:")
    True
    >>> is_attribution("Gérard Ponsard a écrit :")
    True
    >>> is_attribution("Here is what the model wrote:")
    False
    """
    match = _patterns().attribution.fullmatch(text.strip())
    if match is None:
        return False
    lead, tail = match.group("lead").strip(" ,"), match.group("tail")
    if tail is None:
        return _names_a_writer(lead)
    # "Am <date> schrieb <name>:", "Op <date> schreef <name>:": the name after the verb
    return bool(_patterns().date_lead.match(lead) and _DIGIT.search(lead)) and _names_a_writer(tail)


def _next_kept(kept: list[Line], removed: dict, index: int) -> int | None:
    near = index + 1
    while near < len(kept) and near in removed:
        near += 1
    return near if near < len(kept) else None


def attributions(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The line that attributes quoted lines right under it (a blank line between at most):
    metadata of the quote, like a post's author. A line ending in "wrote:" over prose, or
    mid-paragraph, stays; so does a quoted attribution (an earlier message's own).

    A client that wraps its attribution puts "wrote:" alone under the date and name: both go.
    """
    for index, line in enumerate(kept):
        if index in removed or is_quoted(line.text):
            continue
        below = _next_kept(kept, removed, index)
        if below is None or not is_quoted(kept[below].text) or kept[below].no - line.no > 2:
            continue
        if is_attribution(line.text):
            removed[index] = (POST_META, "a quote's attribution line (who wrote it, when)")
        elif _patterns().verb_alone.fullmatch(line.text.strip()) and index > 0:
            above = kept[index - 1]
            if above.no == line.no - 1 and _names_a_writer(above.text) and index - 1 not in removed:
                detail = "a quote's attribution line, wrapped"
                removed[index - 1] = (POST_META, detail)
                removed[index] = (POST_META, detail)


# Under "-- ", a signature of at most four lines (the netiquette's limit), each short
SIGNATURE_MAX_LINES = 4
SIGNATURE_LINE_MAX = 80


def signatures(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The signature separator "-- " and the signature under it: at most four short unquoted
    lines, ended by a blank line or a removed line (the archive's furniture, the next post's
    header). The separator over removed lines goes too. A "--" over a paragraph, over more
    lines, over lines that run to the page's end, over a blank line and text, or alone at the
    end (a rule of dashes is no evidence of mail by itself) stays with them: cleaning the page
    again sees it as the first clean did."""
    for index, line in enumerate(kept):
        if index in removed or line.text.strip() != SIGNATURE_SEPARATOR:
            continue
        lines, near = [], index + 1
        while near < len(kept) and near not in removed and kept[near].no == kept[near - 1].no + 1:
            lines.append(near)
            near += 1
        if len(lines) > SIGNATURE_MAX_LINES or (lines and near == len(kept)):
            continue  # lines to the page's end may be more than a signature (a BBS's replies)
        if not lines and (near == len(kept) or near not in removed):
            continue  # nothing under it, or a blank line and text: nothing shows a signature
        if any(len(kept[i].text) > SIGNATURE_LINE_MAX or is_quoted(kept[i].text) for i in lines):
            continue
        removed[index] = (POST_META, "a signature's separator ('-- ')")
        for i in lines:
            removed[i] = (POST_META, "a signature under its separator ('-- ')")


# A list's footer: a rule of underscores, then the list's name and address, how to leave it
_RULE = re.compile(r"[_=\-*~]{10,}")
FOOTER_MAX_LINES = 6
_LIST_ADDRESS = re.compile(
    r"listinfo|/mailman/|/lists?/|sympa|\blistserv\b|[\w.+-]+-(?:request|leave|unsubscribe)@"
    r"|\+unsubscribe@|googlegroups\.com|groups\.io|lists\.[\w-]+\.\w+",
    re.IGNORECASE,
)


def list_footers(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A mailing list's footer: a rule (or "-- "), then at most six lines to the next blank
    line or the page's end, one of them the list's address or its web page (Mailman's listinfo, a
    -request or +unsubscribe address, Google Groups, Sympa, LISTSERV) or how to leave it
    ("To unsubscribe, …", "Abmelden: …", "Se désabonner")."""
    for index, line in enumerate(kept):
        text = line.text.strip()
        if index in removed or not (_RULE.fullmatch(text) or text == SIGNATURE_SEPARATOR):
            continue
        lines, near = [], index + 1
        while near < len(kept) and kept[near].no == kept[near - 1].no + 1:
            lines.append(near)
            near += 1
        if not lines or len(lines) > FOOTER_MAX_LINES:
            continue
        if any(is_quoted(kept[i].text) for i in lines):
            continue
        leave = _patterns().leave
        if any(_LIST_ADDRESS.search(kept[i].text) or leave.search(kept[i].text) for i in lines):
            for i in (index, *lines):
                removed.setdefault(i, ("interface:newsletter", "a mailing list's footer"))


# An archive's list of the messages a message refers to or that answer it ("References:",
# "Follow-Ups:"), each a subject then "From: <name>"
REFERENCES_MAX_LINES = 20


def reference_lists(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """MHonArc's "References:" / "Follow-Ups:" under a message: the label alone on its line,
    then the messages as a subject and a "From: <name>" line each, up to a removed line or
    the page's end. A "References:" heading over prose stays."""
    for index, line in enumerate(kept):
        text = line.text.strip()
        if index in removed or not text.endswith(":"):
            continue
        if text[:-1].strip().casefold() not in field_labels().mail.references:
            continue
        lines, near = [], index + 1
        while near < len(kept) and near not in removed and len(lines) <= REFERENCES_MAX_LINES:
            lines.append(near)
            near += 1
        senders = [i for i in lines if (header_field(kept[i].text) or ("",))[0] == "from"]
        if not senders or len(lines) > REFERENCES_MAX_LINES or len(lines) > 2 * len(senders):
            continue
        if any(is_quoted(kept[i].text) for i in lines):
            continue
        for i in (index, *lines):
            removed[i] = ("interface:navigation", "an archive's list of related messages")


def mail_chrome(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The mail and news rules of this module, in the order they read each other's work."""
    attributions(kept, removed)
    list_footers(kept, removed)
    signatures(kept, removed)
    reference_lists(kept, removed)
