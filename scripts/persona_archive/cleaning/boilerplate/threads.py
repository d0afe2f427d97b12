"""Thread furniture the other context rules leave (issue 18): what a forum prints beside each
post's author and under its text, in any language.

- ``label_value_blocks``: a profile block printed one label a line with its value on the next
  ("Messages" / "42" / "Reaction score" / "15" / "Location" / "Braga", XenForo's layout),
  the same labels in the same order beside two posts or more, with values that differ (two
  authors), a figure among them and removed chrome next to each block. Two posts that each
  list settings or ingredients in that shape, or a reply quoting such a list word for word,
  stay.
- ``RELATED_HEADINGS``: headings of a thread's list of similar threads or questions whose
  string the interface list files under another kind ("أسئلة ذات صلة" is post furniture
  there); ``context._related_lists`` reads the headlines under them.

Each rule adds ``index -> (rule, detail)`` to ``removed``, like the rules of ``context``.
"""

from __future__ import annotations

import itertools
import re

from persona_archive.cleaning.boilerplate.interface import (
    POST_LABELS,
    InterfaceStrings,
    has_letter,
    interface_key,
    match_interface,
)
from persona_archive.cleaning.boilerplate.shapes import (
    is_bare_count,
    is_quoted,
    is_score,
    limit_field,
    parse_reaction_row,
    sentence_marks,
)
from persona_archive.cleaning.model import Line

# a profile label printed alone on its line: a few words, no figure, no sentence punctuation
LABEL_MAX_WORDS = 3
LABEL_MAX_CHARS = 30

# its value on the next line: a figure, or a few words (a place, a rank)
VALUE_MAX_WORDS = 3
VALUE_MAX_CHARS = 30

# pairs of a block, and blocks on the page, at least
LABEL_VALUE_PAIRS_MIN = 2
LABEL_VALUE_BLOCKS_MIN = 2

_INTRODUCING = (":", "：")

# lines removed as these are read as the post's furniture they are ("" : not removed)
_FURNITURE_RULES = ("", "interface:post-meta", "interface:counter", "interface:timestamp")


def _label(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= LABEL_MAX_CHARS
        and len(text.split()) <= LABEL_MAX_WORDS
        and has_letter(text)
        and not any(ch.isdigit() for ch in text)
        and not sentence_marks(text)
        and not text.endswith(_INTRODUCING)
        and not is_quoted(text)
    )


def _value(text: str) -> bool:
    text = text.strip()
    if not text or is_quoted(text):
        return False
    if is_bare_count(text):
        return True
    return (
        len(text) <= VALUE_MAX_CHARS
        and len(text.split()) <= VALUE_MAX_WORDS
        and has_letter(text)
        and not sentence_marks(text)
    )


def _near(kept: list[Line], index: int, step: int) -> int:
    """The nearest line that is not blank from ``index`` in direction ``step``, or -1."""
    near = index + step
    while 0 <= near < len(kept) and not kept[near].text.strip():
        near += step
    return near if 0 <= near < len(kept) else -1


# a profile's pairs at the most: a longer chain is read as its prefixes up to this length (a
# page of one-letter lines is one chain from every line: unbounded, the prefixes took minutes)
_PAIRS_MAX = 12


def label_value_blocks(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's profile printed as labels over their values, in any language (see the module
    docstring).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines(
    ...     "ana\\nPosts\\n42\\nTown\\nBraga\\n12 May\\nHello there, all.\\n"
    ...     "rui\\nPosts\\n3,208\\nTown\\nPorto\\n12 May\\nHi, Ana.\\n"
    ... )
    >>> r = {5: ("interface:timestamp", ""), 12: ("interface:timestamp", "")}
    >>> label_value_blocks(page, r, {}); sorted(i for i in r if i not in (5, 12))
    [1, 2, 3, 4, 8, 9, 10, 11]
    """
    # the lines kept so far and those removed as a post's furniture (a block another rule took
    # beside one post is still one of the blocks the labels repeat in)
    seen = [
        i
        for i in range(len(kept))
        if kept[i].text.strip() and removed.get(i, ("", ""))[0] in _FURNITURE_RULES
    ]
    labels = [_label(kept[i].text) for i in seen]
    values = [_value(kept[i].text) for i in seen]
    # every chain of label-over-value pairs from each line, and its prefixes of two pairs or more
    found: dict[tuple[str, ...], list[list[int]]] = {}
    for start in range(len(seen) - 1):
        pairs: list[int] = []
        p = start
        while p + 1 < len(seen) and labels[p] and values[p + 1] and len(pairs) < _PAIRS_MAX:
            pairs.append(p)
            p += 2
        for end in range(LABEL_VALUE_PAIRS_MIN, len(pairs) + 1):
            chain = pairs[:end]
            key = tuple(interface_key(kept[seen[q]].text) for q in chain)
            found.setdefault(key, []).append(chain)
    taken: set[int] = set()
    # the labels printed beside the most posts first, the longest of those first
    for key, chains in sorted(found.items(), key=lambda kv: (-len(kv[1]), -len(kv[0]), kv[0])):
        blocks = []
        for chain in chains:
            lines = [seen[q + k] for q in chain for k in (0, 1)]
            if taken.intersection(lines):
                continue
            if not any(is_bare_count(kept[seen[q + 1]].text) for q in chain):
                continue  # no figure among the values
            above, below = _near(kept, lines[0], -1), _near(kept, lines[-1], 1)
            if above not in removed and below not in removed:
                continue  # no chrome beside it: a post's own list
            blocks.append(lines)
        texts = {tuple(kept[i].text.strip() for i in lines) for lines in blocks}
        if len(blocks) < LABEL_VALUE_BLOCKS_MIN or len(texts) < 2:
            continue
        shown = " / ".join(key)
        for lines in blocks:
            taken.update(lines)
            for index in lines:
                if index in removed:
                    continue
                detail = f"a profile's label and value printed beside {len(blocks)} posts: {shown}"
                removed[index] = ("interface:post-meta", detail[:160])
                anchors[index] = "post-meta"


# headings of a list of similar threads or questions the interface list files under another
# kind, folded as ``interface_key`` folds a line
RELATED_HEADINGS = frozenset(
    interface_key(label)
    for label in (
        "أسئلة ذات صلة", "مواضيع مشابهة", "مواضيع ذات صلة", "پرسش‌های مرتبط", "سوالات مرتبط",
        "Related questions", "Similar threads", "Related threads", "Similar questions",
        "相關文章", "相关问题", "相关帖子", "관련 질문", "関連する質問",
    )
)  # fmt: skip


# --------------------------------------------------------------------------- chat exports

# a message's header in a chat export: "[3/4/2026 11:02 PM] pell.m", "[02-Mar-26 08:14 PM] lucia.r"
_CHAT_HEADER = re.compile(
    r"\[(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}-[^\W\d_]{3}-\d{2,4})[ ,T]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\] "
    r"[^\s\[\]]{1,40}(?: [^\s\[\]]{1,40}){0,2}(?: \([^()\s]{1,20}\))?"
)

# the rule of "=" signs an export prints around its header and its end
_EXPORT_RULE = re.compile(r"={20,}")

# the export's own lines in the header between its first two rules (the channel stays: it is the
# page's title)
_EXPORT_HEADER_FIELD = re.compile(
    r"(?:guild|server|topic|after|before|exported(?: on)?): .{1,200}", re.I
)

_URL = re.compile(r"https?://\S+")

CHAT_HEADERS_MIN = 2


def chat_export_furniture(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A plain-text chat export's furniture (DiscordChatExporter), on a page that prints two
    or more message headers (a date and time in brackets and the author, "[3/4/2026 11:02 PM]
    pell.m") and a rule of "=" signs: the rules, the export's server, topic and date range
    between its first two rules, and an attachment's address under its removed label. The
    headers themselves stay: the structure stage reads them (the page's kind, its posts), and
    a log's lines have their shape ("[2026-03-04 19:02] started"). A log line with words
    after the name ("[19:02] lin: hi"), and a rule on a page without headers, stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> rule = "=" * 24
    >>> page = split_lines(
    ...     f"{rule}\\nGuild: Bees\\nChannel: hives\\n{rule}\\n"
    ...     "[3/4/2026 11:02 PM] ana\\nHello.\\n[3/4/2026 11:09 PM] rui\\nHi.\\n"
    ... )
    >>> r = {}
    >>> chat_export_furniture(page, r, {}); [page[i].text for i in sorted(r)][:2]
    ['========================', 'Guild: Bees']
    >>> sorted(r)
    [0, 1, 3]
    """
    texts = [line.text.strip() for line in kept]
    headers = [i for i, t in enumerate(texts) if _CHAT_HEADER.fullmatch(t) and not is_quoted(t)]
    rules = [i for i, t in enumerate(texts) if _EXPORT_RULE.fullmatch(t)]
    if len(headers) < CHAT_HEADERS_MIN or not rules:
        return
    found: dict[int, str] = {}
    for i in rules:
        found[i] = "a chat export's rule"
    if len(rules) >= 2 and rules[0] < headers[0]:
        for i in range(rules[0] + 1, rules[1]):
            if _EXPORT_HEADER_FIELD.fullmatch(texts[i]):
                found[i] = "a field of a chat export's header"
    for i in range(1, len(kept)):
        above = _near(kept, i, -1)
        if (
            _URL.fullmatch(texts[i])
            and above >= 0
            and interface_key(texts[above]) in ("{attachments}", "{embed}")
        ):
            found[i] = "an attachment's address under its label"
    for i, detail in found.items():
        if i not in removed:
            removed[i] = ("interface:post-meta", detail)
            anchors[i] = "post-meta"


# --------------------------------------------------------------------------- issue trackers

# the labels of an issue tracker's sidebar whose values are names, labels or versions, folded
ISSUE_FIELDS = frozenset(
    interface_key(label)
    for label in (
        "Assignees", "Assignee", "Labels", "Reviewers", "Milestone", "Projects", "Type",
        "Asignados", "Etiquetas", "Revisores", "Hito", "Proyectos", "Responsáveis", "Marco",
        "Bearbeiter", "Meilenstein", "Projekte", "Prüfer", "Assignés", "Étiquettes", "Jalon",
        "Projets", "Исполнители", "Метки", "Этап", "Проекты", "Виконавці", "Мітки", "Етап",
        "Atananlar", "Etiketler", "Kilometre taşı", "Przypisani", "Etykiety", "Kamień milowy",
        "负责人", "标签", "里程碑", "项目", "指派给", "担当者", "ラベル", "マイルストーン",
        "담당자", "라벨", "마일스톤", "Penerima tugas", "Label",
    )
)  # fmt: skip

ISSUE_FIELD_VALUES_MAX = 3
ISSUE_VALUE_MAX_WORDS = 4
ISSUE_VALUE_MAX_CHARS = 40
# the sidebar's labels are near each other: two within this many lines
ISSUE_FIELDS_SPAN = 12


def issue_sidebar_values(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """An issue tracker's sidebar: a field's label ("Assignees", "Labels") with its values
    one a line under it ("odin-park", "bug"), up to the next label or removed chrome, when
    another of the sidebar's labels is within a few lines. A "Labels" heading over a list in a
    text, with no other field of the sidebar near, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Thanks.\\nAssignees\\nodin-park\\nLabels\\nbug\\nNone yet\\n")
    >>> r = {5: ("interface:hosting-banner", "")}
    >>> issue_sidebar_values(page, r, {}); sorted(r)
    [1, 2, 3, 4, 5]
    """
    labels = [
        i
        for i, line in enumerate(kept)
        if interface_key(line.text) in ISSUE_FIELDS and not is_quoted(line.text)
    ]
    for label in labels:
        if not any(0 < abs(other - label) <= ISSUE_FIELDS_SPAN for other in labels):
            continue
        values: list[int] = []
        index = label + 1
        while index < len(kept) and len(values) <= ISSUE_FIELD_VALUES_MAX:
            text = kept[index].text.strip()
            if not text:
                index += 1
                continue
            if index in removed or index in labels:
                break
            if (
                is_quoted(text)
                or sentence_marks(text)
                or len(text) > ISSUE_VALUE_MAX_CHARS
                or len(text.split()) > ISSUE_VALUE_MAX_WORDS
            ):
                values = []
                break
            values.append(index)
            index += 1
        stops = index >= len(kept) or index in removed or index in labels
        if not stops or len(values) > ISSUE_FIELD_VALUES_MAX:
            continue
        shown = kept[label].text.strip()
        for i in [label, *values]:
            if i not in removed:
                removed[i] = ("interface:hosting-banner", f"an issue sidebar's field {shown!r}")
                anchors[i] = "hosting-banner"


# the badges a code host prints beside a commenter's name, folded
ROLE_BADGES = frozenset(
    interface_key(badge)
    for badge in (
        "Member", "Author", "Contributor", "Collaborator", "Owner", "Maintainer",
        "First-time contributor", "Mitglied", "Autor", "Besitzer", "Mitwirkender", "Membre",
        "Auteur", "Propriétaire", "Contributeur", "Miembro", "Propietario", "Colaborador",
        "Membro", "Proprietário", "Участник", "Автор", "Владелец", "成员", "作者", "所有者",
        "贡献者", "メンバー", "作成者", "オーナー", "멤버", "작성자", "소유자",
    )
)  # fmt: skip

# a comment's header on a code host: "odin-park commented Dec 4, 2026", "… commented on Mar 7"
_COMMENTED = re.compile(
    r"@?[\w.-]{1,40} (?:commented|kommentierte|a commenté|comentó|comentou|прокомментировал[а]?"
    r"|评论了|코멘트|がコメント)(?: on| am| le| el| em)? .{2,60}",
    re.I,
)


def role_badges(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A commenter's role badge on a code host ("Member", "Author"), on its own line right
    above or below the comment's header ("odin-park commented Dec 4, 2026"). The same word
    elsewhere (a heading, a reply) stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("odin-park commented Dec 4, 2026\\nMember\\nI can reproduce it.\\n")
    >>> r = {}
    >>> role_badges(page, r, {}); sorted(r)
    [1]
    """
    for index, line in enumerate(kept):
        if index in removed or interface_key(line.text) not in ROLE_BADGES:
            continue
        for step in (-1, 1):
            near = _near(kept, index, step)
            if near >= 0 and _COMMENTED.fullmatch(kept[near].text.strip()):
                detail = f"a commenter's role beside the comment's header (line {kept[near].no})"
                removed[index] = ("interface:post-meta", detail)
                anchors[index] = "post-meta"
                break


# --------------------------------------------------------------------------- link aggregators

# a story's byline on a Lobsters-software site: "via quernstone 5 hours ago | 9 comments"
_STORY_BYLINE = re.compile(
    r"(?:via|authored by|by) [^\s|]{1,40} .{1,30} ago(?: \| .{1,40})? \| \d{1,5} comments?",
    re.I,
)

_HOSTNAME = re.compile(r"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+")

_STORY_TAGS = re.compile(r"[a-z0-9_+-]{1,24}(?: [a-z0-9_+-]{1,24}){0,4}")


def story_furniture(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The lines a link aggregator on the Lobsters software prints between a story's title
    and its byline: the score, the tags and the link's domain, one a line ("18" / "hardware
    ai" / "hivelog.example" / "via quernstone 5 hours ago | 9 comments"). All three must be
    there, in that order; a title or a line of text above a byline stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> byline = "via ann 5 hours ago | 9 comments"
    >>> page = split_lines(f"A hive scale\\n18\\nhardware ai\\nhive.example\\n{byline}\\n")
    >>> r = {}
    >>> story_furniture(page, r, {}); sorted(r)
    [1, 2, 3]
    """
    for index, line in enumerate(kept):
        if not _STORY_BYLINE.fullmatch(line.text.strip()):
            continue
        domain = _near(kept, index, -1)
        tags = _near(kept, domain, -1) if domain >= 0 else -1
        score = _near(kept, tags, -1) if tags >= 0 else -1
        if score < 0 or not _HOSTNAME.fullmatch(kept[domain].text.strip()):
            continue
        if not _STORY_TAGS.fullmatch(kept[tags].text.strip()):
            continue
        if not (is_bare_count(kept[score].text) or score in removed):
            continue
        for i, what in ((score, "score"), (tags, "tags"), (domain, "domain")):
            if i not in removed:
                removed[i] = ("interface:post-meta", f"a story's {what} above its byline")
                anchors[i] = "post-meta"


# --------------------------------------------------------------------------- profiles seen before

# a profile field on one line: a label of one to three words, a colon, a short value (the shape
# ``context._FIELD_LINE`` reads)
_FIELD_LINE = re.compile(r"([^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,2}) ?[:：] ?(\S.*)")
FIELD_LINE_MAX_CHARS = 48
FIELD_VALUE_MAX_WORDS = 3

_PROFILE_RULES = frozenset({"interface:post-meta", "interface:counter", "interface:timestamp"})


def _field_label(text: str) -> str | None:
    text = text.strip()
    found = _FIELD_LINE.fullmatch(text)
    if found is None or len(text) > FIELD_LINE_MAX_CHARS or is_quoted(text):
        return None
    value = found.group(2)
    if len(value.split()) > FIELD_VALUE_MAX_WORDS or value.endswith((".", "!", "?")):
        return None
    return interface_key(found.group(1))


def profiles_seen_before(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's profile fields ("Beiträge: 1.532") with the same labels, in the same order, as
    a profile block removed beside another post (an author whose rank differs from the
    others', so that the blocks are not word for word the same), right under the author's
    short lines; and the rank above them ("Profi") when the removed block had one there too.
    A "key: value" line in a text, with no removed profile of those labels on the page, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("ole\\nFortgeschrittener\\nBeiträge: 214\\nHallo.\\n"
    ...                    "speiche\\nProfi\\nBeiträge: 1.532\\nJa.\\n")
    >>> r = {1: ("interface:post-meta", ""), 2: ("interface:post-meta", "")}
    >>> profiles_seen_before(page, r, {}); sorted(r)
    [1, 2, 5, 6]
    """
    lines = [i for i in range(len(kept)) if kept[i].text.strip()]
    labels = {i: _field_label(kept[i].text) for i in lines}
    # the removed blocks' field labels, and whether a removed short line (a rank) sat above them
    seen_blocks: dict[tuple[str, ...], bool] = {}
    run: list[int] = []
    for i in [*lines, -1]:
        if i >= 0 and removed.get(i, ("", ""))[0] in _PROFILE_RULES:
            run.append(i)
            continue
        fields = [j for j in run if labels[j]]
        if fields:
            key = tuple(labels[j] or "" for j in fields)
            first = run.index(fields[0])
            ranked = first > 0 and _label(kept[run[first - 1]].text)
            seen_blocks[key] = seen_blocks.get(key, False) or ranked
        run = []
    if not seen_blocks:
        return
    position = {index: p for p, index in enumerate(lines)}
    p = 0
    while p < len(lines):
        i = lines[p]
        if i in removed or not labels[i]:
            p += 1
            continue
        q = p
        while q < len(lines) and lines[q] not in removed and labels[lines[q]]:
            q += 1
        block = lines[p:q]
        p = q
        key = tuple(labels[j] or "" for j in block)
        if key not in seen_blocks:
            continue
        above = lines[position[block[0]] - 1] if position[block[0]] > 0 else -1
        if above < 0 or above in removed or not _label(kept[above].text):
            continue  # not under the author's short lines
        found = list(block)
        over = lines[position[above] - 1] if position[above] > 0 else -1
        if seen_blocks[key] and over >= 0 and over not in removed and _label(kept[over].text):
            found.append(above)  # the rank, under the author's name
        for j in found:
            removed[j] = ("interface:post-meta", "a profile like one removed beside another post")
            anchors[j] = "post-meta"


# --------------------------------------------------------------------------- figures over labels

# a figure as a sidebar prints it, with the thousands word of its language ("214 mil", "1,4K")
_SIDEBAR_FIGURE = re.compile(
    r"\d[\d.,\u00a0\u202f]{0,8}"
    r"(?: ?(?:k|m|mil|mi|mln|mio|tys\.?|тыс\.?|млн|тис\.?|rb|ribu|bin|万|千|萬))?",
    re.I,
)

FIGURE_PAIRS_MIN = 2


def figures_over_labels(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """A community sidebar's figures, each over its label ("214 mil" / "Miembros" / "312" /
    "En línea"): two or more such pairs in a row, one of the labels a string the interface
    list knows (a sidebar's "Members", "Subscribers", "Posts"). A list of numbers and words a
    writer set out one a line, with no label the list knows, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> page = split_lines("Sobre pão.\\n214 mil\\nMiembros\\n312\\nEn línea\\n")
    >>> r = {}
    >>> figures_over_labels(page, r, {}, repo_interface_strings()); sorted(r)
    [1, 2, 3, 4]
    """
    seen = [i for i in range(len(kept)) if i not in removed and kept[i].text.strip()]

    def figure(p: int) -> bool:
        text = kept[seen[p]].text.strip()
        return _SIDEBAR_FIGURE.fullmatch(text) is not None and any(ch.isdigit() for ch in text)

    p = 0
    while p + 1 < len(seen):
        pairs: list[int] = []
        q = p
        while q + 1 < len(seen) and figure(q) and _label(kept[seen[q + 1]].text):
            pairs.append(q)
            q += 2
        known = any(strings.lookup(interface_key(kept[seen[r + 1]].text)) for r in pairs)
        if len(pairs) >= FIGURE_PAIRS_MIN and known:
            for r in pairs:
                for i in (seen[r], seen[r + 1]):
                    removed[i] = ("interface:counter", "a sidebar's figure over its label")
                    anchors[i] = "counter"
            p = q
        else:
            p += 1


# --------------------------------------------------------------------------- votes under a byline

# a link aggregator's byline ("submitted 5 hours ago by ann to technology", "publicado há 6
# horas por ana", "ingestuurd 2 dagen geleden door piet"): a submit verb, then "by" and a name
_SUBMITTED = re.compile(
    r"(?:submitted|posted|publicado|publicada|publié|publie|eingereicht|gepostet|ingestuurd"
    r"|geplaatst|pubblicato|inviato|опубликовано|отправлено|опубліковано|надіслано|gönderildi"
    r"|paylaşıldı|opublikowano|wysłano|lähetetty|julkaistu|dikirim|diposting|dihantar|odesláno"
    r"|publikováno|beküldve|skickad|skickat|postad)\b.{0,60}?\b(?:by|por|par|von|door|da|от|від"
    r"|tarafından|przez|käyttäjältä|oleh|od|által|av)\b\s*\S.{0,160}",
    re.I,
)

BYLINE_VOTES_MAX = 2


def byline_votes(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's vote figures printed one a line right under its byline on a link aggregator
    (Lemmy, old Reddit): one or two bare counts between the byline and the post's first line
    of words ("submitted 5 hours ago by ann" / "214" / "9" / the text). Three or more numbers,
    or numbers under a line that is no byline, stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("submitted 5 hours ago by ann to tea\\n214\\n9\\nMy kettle talks.\\n")
    >>> r = {}
    >>> byline_votes(page, r, {}); sorted(r)
    [1, 2]
    """
    for index, line in enumerate(kept):
        text = line.text.strip()
        if index in removed or is_quoted(text) or not _SUBMITTED.fullmatch(text):
            continue
        votes: list[int] = []
        near = _near(kept, index, 1)
        while near >= 0 and len(votes) <= BYLINE_VOTES_MAX:
            if near in removed:
                near = _near(kept, near, 1)
                continue
            if not is_bare_count(kept[near].text):
                break
            votes.append(near)
            near = _near(kept, near, 1)
        if not votes or len(votes) > BYLINE_VOTES_MAX or near < 0:
            continue
        if not has_letter(kept[near].text):
            continue
        for i in votes:
            removed[i] = ("interface:voting", f"a post's votes under its byline (line {line.no})")
            anchors[i] = "voting"


# --------------------------------------------------------------------------- chat headers

# the day of a message as a chat client prints it: a word for today or yesterday, or a date in
# digits ("03/04/2026"), then the time ("9:12 PM", "08:02"), folded to lower case
_CHAT_DAY_WORDS = (
    r"(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|hoje|ontem|oggi|ieri|vandaag"
    r"|gisteren|dzisiaj|wczoraj|dnes|vcera|včera|сегодня|вчера|сьогодні|вчора|bugun|bugün|dun"
    r"|dün|tanaan|tänään|eilen|idag|igar|igår|i dag|i gar|i går|hari ini|kemarin|今日|昨日|今天"
    r"|昨天|오늘|어제)"
)
_CHAT_AT = r"(?: (?:at|um|a|à|a las|a la|as|às|alle|om|o|в|о|saat|klo|kl\.|klockan|pukul|lúc))?"
_CHAT_CLOCK = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.? ?m\.?| uhr)?"
_CHAT_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_CHAT_NAME = r"[^\s—–\[\]]{1,40}(?: [^\s—–\[\]]{1,40}){0,2}"

# "wren.apiary — 03/04/2026 9:12 PM", "tomas_k — Today at 8:02 AM", or the dash and the time
# alone under a bot's name and badge ("— 03/04/2026 9:21 PM": Discord's web client)
_DASH_HEADER = re.compile(
    rf"(?:{_CHAT_NAME} )?[—–] (?:{_CHAT_DAY_WORDS}{_CHAT_AT},? |{_CHAT_DATE},? ){_CHAT_CLOCK}",
    re.I,
)
# "Ana Souza [08:12]", "lin.o [9:02 PM]", or the time alone under an app's name ("[08:16]")
_BRACKET_HEADER = re.compile(rf"(?:{_CHAT_NAME} )?\[{_CHAT_CLOCK}\]", re.I)

# the badge a chat client prints after an app's or a bot's name, folded
CHAT_BADGES = frozenset({"app", "bot", "aplicativo", "appli", "アプリ", "앱", "应用"})

_CHAT_DAY_LINE = re.compile(_CHAT_DAY_WORDS, re.I)

CHAT_LINE_HEADERS_MIN = 2
CHAT_LINE_SHAPES = (_DASH_HEADER, _BRACKET_HEADER)


def chat_line_headers(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A chat client's message headers copied with the messages: the author, a dash and the
    day and time ("wren.apiary — Today at 9:12 PM", Discord's web client) or the author and the
    time in brackets ("Ana Souza [08:12]", Slack), two or more of one shape on the page, but
    one over a message that is a number (it goes only beside chrome); the
    badge over a header that has lost its name to the line above ("HiveHelper" / "APP" /
    "— 9:21 PM": the name stays, the badge goes) and a day divider right above a header
    ("Today", "Hoje"). A sentence that mentions today at nine, one such line alone, and a log
    of events with their times one under another ("Left home [08:12]"), stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("ana — Today at 9:12 PM\\nHi.\\nbot\\nAPP\\n— Today at 9:13 PM\\nHey.")
    >>> r = {}
    >>> chat_line_headers(page, r, {}); sorted(r)
    [0, 3, 4]
    """
    texts = [line.text.strip() for line in kept]
    for shape in CHAT_LINE_SHAPES:
        headers = [i for i, t in enumerate(texts) if shape.fullmatch(t) and not is_quoted(t)]
        if len(headers) < CHAT_LINE_HEADERS_MIN or any(
            _near(kept, i, 1) in (*headers, -1) for i in headers
        ):
            continue  # a header has no message under it: a log of times, one a line
        for i in headers:
            below = _near(kept, i, 1)
            if below >= 0 and below not in removed and is_bare_count(texts[below]):
                continue  # a message that is a number: its header stays, so that it does
            if i not in removed:
                detail = f"a chat message's header, one of {len(headers)}"
                removed[i] = ("interface:post-meta", detail)
                anchors[i] = "post-meta"
            above = _near(kept, i, -1)
            if above < 0 or above in removed:
                continue
            key = interface_key(texts[above])
            nameless = texts[i].startswith(("—", "–", "["))
            if key in CHAT_BADGES and nameless:
                removed[above] = ("interface:post-meta", "a chat app's badge over its header")
                anchors[above] = "post-meta"
            elif _CHAT_DAY_LINE.fullmatch(key) and _at_top(kept, removed, above):
                removed[above] = ("interface:timestamp", "a chat's day divider over a header")
                anchors[above] = "timestamp"
        _channel_lines(kept, removed, anchors)


def _at_top(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether the line above ``index`` is removed chrome or the page's start: a day divider
    over the first message, not a message's last word."""
    above = _near(kept, index, -1)
    return above < 0 or above in removed


# a channel's name as a chat client's header prints it: a hash and a lower-case slug
_CHANNEL_LINE = re.compile(r"#\s?[a-z0-9][a-z0-9_-]{1,80}")


def _channel_lines(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """On a page of chat headers, the channel's name line ("# forno-e-bots") beside removed
    chrome (the member count under it). A heading written with a hash ("# Notes") stays: it
    has a capital or a space."""
    for i, line in enumerate(kept):
        if i in removed or not _CHANNEL_LINE.fullmatch(line.text.strip()):
            continue
        if any(near >= 0 and near in removed for near in (_near(kept, i, -1), _near(kept, i, 1))):
            removed[i] = ("interface:navigation", "a chat channel's name in the client's header")
            anchors[i] = "navigation"


# --------------------------------------------------------------------------- post stamps

# a post's date and time in digits, the year optional ("12-03 10:02", "2026-12-01 22:13:45",
# "3-8 16:42"), then where it was sent from: Weibo's client or province ("来自 iPhone客户端",
# "来自北京") or a board's IP place ("上海", "IP属地：北京")
_STAMP = r"(?:\d{4}[./-])?\d{1,2}[./-]\d{1,2}\.?,? \d{1,2}:\d{2}(?::\d{2})?"
_FROM = r"(?:来自|來自|發佈於|发布于)"
_PLACE = rf"(?:{_FROM} ?\S{{1,16}}(?: \S{{1,16}})?|(?:ip ?属地[:：]? ?)?[^\W\d_]{{2,4}})"
_STAMP_PLACE = re.compile(rf"{_STAMP}(?P<place> ?{_PLACE})?", re.I)
_YEAR_FIRST = re.compile(r"\d{4}[./-]")
_CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")

POST_STAMPS_MIN = 2


def _stamp(text: str) -> str | None:
    """'from' when a line is a post's stamp with where it was sent from (``_FROM``) and
    without its year, 'stamp' when it is one without its year, with a Chinese or Korean place
    or none, else None.

    A stamp with its year ("2026-12-01 22:13:45 上海", "2026-12-03 09:14 来自 iPhone客户端":
    the thread's first post) is left to the title stage's reading for now: removed under a
    thread's title or its first poster's name, it made the title stage take a title that a
    second cleaning took differently (not idempotent).
    """
    found = _STAMP_PLACE.fullmatch(text)
    if found is None or is_quoted(text) or _YEAR_FIRST.match(text):
        return None
    place = (found.group("place") or "").strip()
    if re.match(_FROM, place):
        return "from"
    if place and not _CJK.search(place):
        return None
    return "stamp"


def post_stamps(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Posts' stamps as Chinese and Korean boards and Weibo print them: the date and time in
    digits, the year often left out, and where the post was sent from ("12-03 10:02",
    "12-03 09:40 来自北京"), each right under its author's short line or other removed
    furniture, two or more on the page (see ``_stamp`` for the stamps with their year). A
    timetable's rows ("07.15 08:30" under each other) and a date written in a sentence stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("ana\\n12-03 10:02\\nHi.\\nbo\\n12-03 10:15\\nHello.\\n")
    >>> r = {}
    >>> post_stamps(page, r, {}); sorted(r)
    [1, 4]
    """
    found: list[tuple[int, str]] = []
    for i, line in enumerate(kept):
        if i in removed:
            continue
        shape = _stamp(line.text.strip())
        if shape is None:
            continue
        above = _near(kept, i, -1)
        if above >= 0 and above not in removed and not _label(kept[above].text):
            continue  # not under the author's short line
        if above >= 0 and above not in removed and _stamp(kept[above].text.strip()):
            continue  # a column of times
        found.append((i, shape))
    if len(found) < POST_STAMPS_MIN:
        return
    for i, _ in found:
        removed[i] = ("interface:timestamp", "a post's stamp under its author")
        anchors[i] = "timestamp"


# --------------------------------------------------------------------------- masked addresses

# an address a board prints beside each post with a part hidden ("IP 121.♡.84.12",
# "IP : 221.143.xxx.13", "(58.♡.201.7)")
_MASKED_PART = r"(?:[♡*x×]{1,3})"
_IP_PART = rf"(?:\d{{1,3}}|{_MASKED_PART})"
_MASKED_IP = re.compile(
    rf"(?:ip ?[:：]? ?)?\(?{_IP_PART}\.{_IP_PART}\.{_IP_PART}\.{_IP_PART}\)?", re.I
)


def masked_addresses(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A poster's IP address with a part masked, alone on its line ("IP 121.♡.84.12",
    "(222.111.xxx.126)"): a board prints it beside each post, and a writer who gives an address
    gives it whole. A whole address ("IP 10.0.0.1") stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("IP 121.♡.84.12\\nIP 10.0.0.1\\n")
    >>> r = {}
    >>> masked_addresses(page, r, {}); sorted(r)
    [0]
    """
    for i, line in enumerate(kept):
        text = line.text.strip()
        if i in removed or not _MASKED_IP.fullmatch(text) or is_quoted(text):
            continue
        if not re.search(_MASKED_PART, text.lower().removeprefix("ip")):
            continue
        removed[i] = ("interface:post-meta", "a poster's masked IP address")
        anchors[i] = "post-meta"


# --------------------------------------------------------------------------- counts under posts

COUNT_RUN_MIN = 2
# the next post's author as a handle ("@lucia@social.example", "u/fern")
_AT_HANDLE = re.compile(r"(?:@|/?u/)[\w.-]{2,40}(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?", re.I)
COUNT_RUN_MAX = 4


def _count_runs(kept: list[Line]) -> list[list[int]]:
    """The page's runs of two to four lines in a row that are each a bare count."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate(kept):
        text = line.text.strip()
        if not text:
            continue
        if is_bare_count(text) and any(ch.isdigit() for ch in text) and not is_quoted(text):
            run.append(i)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [r for r in runs if COUNT_RUN_MIN <= len(r) <= COUNT_RUN_MAX]


def count_runs_under_posts(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's reply, boost and favourite counts printed one a line ("1" / "0" / "3"), where
    the page prints runs of as many counts under two posts or more and another of them was
    removed as chrome (next to the post's buttons): each such run under a line of the post's
    text that ends the post, before the next post's author (a short line) or other chrome. A
    list of numbers in a post, under a line that introduces it or with the text going on
    below, stays, and so does a run right under a post's header (its first number may be the
    post: "42").

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("ann\\nHi.\\n1\\n0\\n3\\nbo\\nHey.\\n2\\n5\\n8\\nReply\\n")
    >>> r = {10: ("interface:post-actions", ""), 7: ("interface:counter", "")}
    >>> count_runs_under_posts(page, r, {}); sorted(i for i in r if i not in (7, 10))
    [2, 3, 4, 8, 9]
    """
    by_size: dict[int, list[list[int]]] = {}
    for run in _count_runs(kept):
        by_size.setdefault(len(run), []).append(run)
    for runs in by_size.values():
        if len(runs) < 2 or not any(i in removed for run in runs for i in run):
            continue
        for run in runs:
            above, below = _near(kept, run[0], -1), _near(kept, run[-1], 1)
            if above < 0 or above in removed:
                continue  # under a post's header, the first number may be the post itself
            if kept[above].text.strip().endswith(":"):
                continue  # a list the text introduces
            if (
                below >= 0
                and below not in removed
                and not _label(kept[below].text)
                and not _AT_HANDLE.fullmatch(kept[below].text.strip())
            ):
                continue  # the text goes on under the numbers
            for i in run:
                if i not in removed:
                    removed[i] = ("interface:counter", f"a post's counts, a run of {len(run)}")
                    anchors[i] = "counter"


# --------------------------------------------------------------------------- community sidebars

# the heading of a community's box in a sidebar, folded
COMMUNITY_HEADINGS = frozenset(
    interface_key(label)
    for label in (
        "About Community", "Community Info", "About this community", "À propos de la communauté",
        "Acerca de la comunidad", "Información de la comunidad", "Sobre a comunidade",
        "Über die Community", "Community-Info", "Informazioni sulla community", "О сообществе",
        "Про спільноту", "Topluluk hakkında", "O społeczności", "Over de community",
        "Tietoa yhteisöstä", "Om communityt", "コミュニティについて", "커뮤니티 정보", "关于社区",
    )
)  # fmt: skip

# a community's name or address: "r/JardinageFR", "!technology@lemmy.world", "teekultur@host"
_COMMUNITY = re.compile(r"(?:/?[rcm]/[\w-]{2,40}|!?[\w-]{2,40}@[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)

BLURB_MAX_WORDS = 20

# an address without a community's mark: a community's or a user's ("ana@lemmy.example")
_USER_LIKE = re.compile(r"[\w-]{2,40}@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)


def _community_names(kept: list[Line]) -> set[str]:
    """The folded names of the communities the page prints as an address or an r/ name."""
    names = set()
    for line in kept:
        text = line.text.strip()
        if _COMMUNITY.fullmatch(text):
            names.add(interface_key(re.sub(r"^/?[rcm]/|^!|@.*$", "", text)))
    return names


PROSE_MIN_WORDS = 8


def _known_label(text: str, strings: InterfaceStrings | None) -> bool:
    """Whether a short line is one the interface list knows, in any context ("Members")."""
    if strings is None or not _label(text):
        return False
    return match_interface(text, strings) is not None


# what a sidebar's box ends at: its creation date, its figures, its links
_SIDEBAR_RULES = frozenset(
    f"interface:{kind}" for kind in ("timestamp", "counter", "navigation", "hosting-banner")
)


def _prose_after(
    kept: list[Line], removed: dict[int, tuple[str, str]], index: int, end: int | None = None
) -> bool:
    """Whether a line of prose that was kept comes after ``index`` (and before ``end``): a
    post's text, which no sidebar is above."""
    return any(
        i not in removed
        and len(kept[i].text.split()) >= PROSE_MIN_WORDS
        and sentence_marks(kept[i].text)
        for i in range(index + 1, len(kept) if end is None else end)
    )


def community_sidebars(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings | None = None,
) -> None:
    """A community's box in the sidebar after a thread (Reddit, Lemmy): its heading ("About
    Community"), its name and address ("r/JardinageFR", "teekultur", "!tea@host"), its
    one-line description and, after it, the labels the interface list knows ("Members",
    "Online": their figures not printed), from removed chrome above (or the heading) to
    removed chrome below (its creation date, its figures) or the page's end. A line of text
    under a name that is no community's, or with the thread going on under it, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> post = "My kettle sings every morning at seven, and loudly."
    >>> page = split_lines(f"r/Tea\\n{post}\\nShare\\nr/Tea\\nAll about tea.\\nCreated")
    >>> r = {2: ("interface:sharing", ""), 5: ("interface:timestamp", "")}
    >>> community_sidebars(page, r, {}); sorted(i for i in r if i not in (2, 5))
    [3, 4]
    """
    names = _community_names(kept)

    def anchor(i: int) -> bool:
        text = kept[i].text.strip()
        key = interface_key(text)
        return key in COMMUNITY_HEADINGS or bool(_COMMUNITY.fullmatch(text)) or key in names

    for start in range(len(kept)):
        if not kept[start].text.strip() or not anchor(start):
            continue
        if start in removed and not (
            _near(kept, start, 1) >= 0 and _near(kept, start, 1) not in removed
        ):
            continue  # a removed name starts a box only over a line still kept
        above = _near(kept, start, -1)
        heading = interface_key(kept[start].text) in COMMUNITY_HEADINGS
        if not heading and (above < 0 or above not in removed):
            continue
        run = [start]
        blurb = False
        near = _near(kept, start, 1)
        while near >= 0 and near not in removed:
            text = kept[near].text.strip()
            if anchor(near) or (blurb and _known_label(text, strings)):
                run.append(near)
            elif (
                not blurb
                and has_letter(text)
                and len(text.split()) <= BLURB_MAX_WORDS
                and not is_quoted(text)
            ):
                blurb = True
                run.append(near)
            else:
                break
            near = _near(kept, near, 1)
        if near >= 0 and (near not in removed or removed[near][0] not in _SIDEBAR_RULES):
            continue  # the page goes on with text, or with a post's buttons
        if blurb and (
            _prose_after(kept, removed, run[-1]) or not _prose_after(kept, removed, -1, run[0])
        ):
            continue  # a title under the community's name, over its thread; or no thread
        if (
            not heading
            and not blurb
            and all(_USER_LIKE.fullmatch(kept[i].text.strip()) for i in run)
        ):
            continue  # "name@host" alone over a time: a commenter, as Lemmy prints one
        for i in run:
            if i not in removed:
                removed[i] = ("interface:navigation", "a community's box in the sidebar")
                anchors[i] = "navigation"


# the heading of a community's rules ("Règles de r/JardinageFR", "r/Tea Rules")
_RULES_WORD = (
    r"(?:rules|regles|règles|reglas|regeln|regras|regole|regels|regler|saannot|säännöt|pravila"
    r"|правила|kurallar|zasady|pravidla|szabalyok|szabályok|ルール|규칙|规则|規則)"
)
_RULES_HEADING = re.compile(
    rf"(?:{_RULES_WORD} (?:de |von |di |van |of |для |в )?/?[rc]/[\w-]{{2,40}}"
    rf"|/?[rc]/[\w-]{{2,40}}(?: community)? {_RULES_WORD})",
    re.I,
)
_NUMBERED = re.compile(r"(\d{1,2})[.)]? (\S.{0,80})")
RULE_MAX_WORDS = 10


def _rule_text(text: str) -> bool:
    text = text.strip()
    return (
        has_letter(text)
        and len(text.split()) <= RULE_MAX_WORDS
        and not text.endswith((".", "!", "?", ":"))
        and not is_quoted(text)
    )


def community_rules(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A community's rules in the sidebar, under their heading ("Règles de r/JardinageFR"):
    the short rules numbered from 1, each number on its own line over the rule ("1" / "Restez
    courtois") or before it ("1. Sé amable"). A numbered list in a post, under no such heading,
    stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Rules of r/Tea\\n1\\nBe kind\\n2. No ads\\nMy own list.\\n")
    >>> r = {}
    >>> community_rules(page, r, {}); sorted(r)
    [0, 1, 2, 3]
    """
    for start, line in enumerate(kept):
        if is_quoted(line.text) or not _RULES_HEADING.fullmatch(line.text.strip()):
            continue
        items: list[int] = []
        number = 1
        near = _near(kept, start, 1)
        while near >= 0:
            text = kept[near].text.strip()
            numbered = _NUMBERED.fullmatch(text)
            below = _near(kept, near, 1)
            if numbered and int(numbered.group(1)) == number and _rule_text(numbered.group(2)):
                items.append(near)
            elif text == str(number) and below >= 0 and _rule_text(kept[below].text):
                items.extend((near, below))
                near = below
            else:
                break
            number += 1
            near = _near(kept, near, 1)
        if not items:
            continue
        for i in [start, *items]:
            if i not in removed:
                removed[i] = ("interface:navigation", "a community's rules in the sidebar")
                anchors[i] = "navigation"


# the heading of a community's moderators, folded
MODERATOR_HEADINGS = frozenset(
    interface_key(label)
    for label in (
        "Moderators", "Modérateurs", "Moderadores", "Moderatoren", "Moderatori", "Moderatorzy",
        "Модераторы", "Модератори", "Moderatörler", "Moderátoři", "Moderátorok", "Moderaattorit",
        "Moderatorer", "モデレーター", "운영자", "管理员", "版主",
    )
)  # fmt: skip

_HANDLE_LINE = re.compile(r"(?:/?u/|@)?[\w.-]{2,40}(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?", re.I)
MODERATORS_MAX = 12


def moderator_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The handles listed one a line under a community's removed moderators heading
    ("Moderators" / "u/ciboulette_mod" / "u/compost_bot"), up to removed chrome or the page's
    end. A list of names under a heading that was kept, or with text after it, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Moderators\\nu/fern\\nu/moss\\nView all\\n")
    >>> r = {0: ("interface:navigation", ""), 3: ("interface:navigation", "")}
    >>> moderator_lists(page, r, {}); sorted(r)
    [0, 1, 2, 3]
    """
    for start, line in enumerate(kept):
        if start not in removed or interface_key(line.text) not in MODERATOR_HEADINGS:
            continue
        items: list[int] = []
        near = _near(kept, start, 1)
        while near >= 0 and near in removed:
            near = _near(kept, near, 1)  # the heading's own buttons ("Message the mods")
        while near >= 0 and near not in removed and len(items) <= MODERATORS_MAX:
            text = kept[near].text.strip()
            if not _HANDLE_LINE.fullmatch(text) or not has_letter(text):
                break
            items.append(near)
            near = _near(kept, near, 1)
        if (near >= 0 and near not in removed) or len(items) > MODERATORS_MAX:
            continue
        for i in items:
            removed[i] = ("interface:navigation", "a moderator's handle under the heading")
            anchors[i] = "navigation"


# --------------------------------------------------------------------------- reactions one a line


def _emoji_line(text: str) -> bool:
    """Whether a line is one emoji and nothing else (no letter, no digit)."""
    text = text.strip()
    if not text or has_letter(text) or any(ch.isdigit() for ch in text) or " " in text:
        return False
    return parse_reaction_row(f"{text} 1") is not None


def _positive_count(text: str) -> bool:
    return text.strip().isdecimal() and int(text.strip()) > 0


def reactions_over_counts(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A message's reactions copied from a chat client, each emoji on its line over its count
    ("😂" / "4" / "👍" / "2"): two pairs or more in a row, or one pair with removed chrome
    right under it. A message that is one emoji, and one that is a number, stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Hi.\\n😂\\n4\\n👍\\n2\\n🐝\\nBye.\\n")
    >>> r = {}
    >>> reactions_over_counts(page, r, {}); sorted(r)
    [1, 2, 3, 4]
    """
    i = 0
    while i < len(kept):
        pairs: list[int] = []
        p = i
        while p >= 0 and p not in removed and _emoji_line(kept[p].text):
            count = _near(kept, p, 1)
            if count < 0 or count in removed or not _positive_count(kept[count].text):
                break
            pairs.extend((p, count))
            p = _near(kept, count, 1)
        after = _near(kept, pairs[-1], 1) if pairs else -1
        if len(pairs) >= 4 or (pairs and after >= 0 and after in removed):
            for k in pairs:
                removed[k] = ("interface:voting", "a reaction's emoji over its count")
                anchors[k] = "voting"
            i = pairs[-1] + 1
        else:
            i += 1


# --------------------------------------------------------------------------- korean boards

# a Korean board's buttons and counts under a post or a comment (reply, recommend, scrap,
# report, views, likes), two or more on one line: "답글 추천 5", "조회 1,284 추천 12"
_KO_BUTTON = r"(?:답글|답글쓰기|추천|비추천|스크랩|신고|공감|조회|조회수|댓글)(?: \d[\d,.]*)?"
_KO_BUTTONS = re.compile(rf"{_KO_BUTTON}(?: ?[·|]? ?{_KO_BUTTON}){{1,4}}")
# an answerer's adoption rate on a Korean Q&A site: "답변채택률 91.2%"
_KO_COMMENTS = re.compile(r"댓글 ?[•·]? ?[\[(] ?\d[\d,]* ?[\])]")
_KO_ADOPTION = re.compile(r"(?:답변 ?)?채택률 ?[:：]? ?\d{1,3}(?:[.,]\d{1,2})? ?%")


def korean_post_buttons(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A Korean board's row of a post's buttons and counts ("답글 추천 5", "추천 12 스크랩
    신고", "조회 1,284 추천 12"), its comment count in brackets ("댓글 • [ 3 ]") and a Q&A
    answerer's adoption rate ("답변채택률 91.2%"): the
    interface list files these words under an earlier, wider entry, which asks for chrome
    beside them. A sentence that uses the words ("추천 감사합니다.") stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("좋네요.\\n답글 추천 5\\n답변채택률 91.2%\\n추천 감사합니다.\\n")
    >>> r = {}
    >>> korean_post_buttons(page, r, {}); sorted(r)
    [1, 2]
    """
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        if i in removed or is_quoted(text):
            continue
        if _KO_BUTTONS.fullmatch(text):
            removed[i] = ("interface:post-actions", "a Korean board's row of a post's buttons")
            anchors[i] = "post-actions"
        elif _KO_COMMENTS.fullmatch(text):
            removed[i] = ("interface:comments", "a Korean board's comment count in brackets")
            anchors[i] = "comments"
        elif _KO_ADOPTION.fullmatch(text):
            removed[i] = ("interface:post-meta", "an answerer's adoption rate")
            anchors[i] = "post-meta"


# --------------------------------------------------------------------------- reply subjects

# the subject a board prints over a reply: "Re: " and the thread's title
_REPLY_SUBJECT = re.compile(
    r"(?:re|aw|odp|vs|sv|ynt|відп|отв|ответ)\s?(?:\[\d+\])?\s?:\s?(\S.*)", re.I
)


def reply_subjects(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The subject a board prints over each reply ("Re: " and the thread's title), when the
    title after "Re:" is a line above it (the thread's title, or the first post's subject). A
    reply whose first line starts "Re:" and goes on with its own words stays, and so does a
    mail archive's subject over its message, the thread's first subject below it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Bikes that talk\\nHi.\\nRe: Bikes that talk\\nYes.\\nRe: tyres\\n")
    >>> r = {}
    >>> reply_subjects(page, r, {}); sorted(r)
    [2]
    """
    keys: set[str] = set()
    for i, line in enumerate(kept):
        found = _REPLY_SUBJECT.fullmatch(line.text.strip())
        if found is None or i in removed or interface_key(found.group(1)) not in keys:
            if line.text.strip():
                keys.add(interface_key(line.text))
            continue
        removed[i] = ("interface:post-meta", "a reply's subject: 'Re:' and the thread's title")
        anchors[i] = "post-meta"


# --------------------------------------------------------------------------- rows of buttons

# the kinds of a post's buttons and counters, as the interface list files them
_ROW_BUTTON_KINDS = frozenset({"post-actions", "voting", "sharing", "comments", "counter"})
_ROW_SPLIT = re.compile(r"\s*[·|•]\s*|\s{2,}")
_DIGITS = re.compile(r"\d[\d.,]*")
ROW_REPEATS_MIN = 2


def _button_row(text: str, strings: InterfaceStrings) -> str | None:
    """A row of a post's buttons the list knows only one by one ("Odpovědět Citovat", "Quote ·
    4"), its key with the counts blanked ("odpovedet citovat", "quote · #"), or None. Each part
    is a button the list knows (a word of it, when the part has spaces) or a count; one word
    at least."""
    text = " ".join(text.split()) if "  " not in text else text.strip()
    if is_quoted(text) or len(text) > LABEL_MAX_CHARS * 2:
        return None
    parts = [p for p in _ROW_SPLIT.split(text.strip()) if p]
    words: list[str] = []
    for part in parts:
        if is_bare_count(part) and any(ch.isdigit() for ch in part):
            words.append("#")
            continue
        entry = strings.lookup(interface_key(part))
        if entry is not None and entry.kind in _ROW_BUTTON_KINDS:
            words.append(interface_key(part))
            continue
        for word in part.split():
            entry = strings.lookup(interface_key(word))
            if entry is None or entry.kind not in _ROW_BUTTON_KINDS:
                return None
            words.append(interface_key(word))
    if len(words) < 2 or all(w == "#" for w in words):
        return None
    return " · ".join(words)


def recurring_button_rows(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """A row of a post's buttons printed under two posts or more, each of its parts a button
    the list knows only beside other chrome ("Odpovědět Citovat", "Quote · 4", "Reply
    Report"): the template's row, whatever the counts in it. A row printed once, or a line
    with a word the list does not know, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> page = split_lines("Ano.\\nQuote · 4\\nNe.\\nQuote · 7\\nQuote the bees\\n")
    >>> r = {}
    >>> recurring_button_rows(page, r, {}, repo_interface_strings()); sorted(r)
    [1, 3]
    """
    rows: dict[str, list[int]] = {}
    for i, line in enumerate(kept):
        if i in removed or not line.text.strip():
            continue
        key = _button_row(line.text, strings)
        if key is not None:
            rows.setdefault(key, []).append(i)
    for key, indexes in rows.items():
        if len(indexes) < ROW_REPEATS_MIN:
            continue
        for i in indexes:
            detail = f"a row of a post's buttons printed under {len(indexes)} posts: {key}"
            removed[i] = ("interface:post-actions", detail[:160])
            anchors[i] = "post-actions"


# a post's score row: a signed score, then its other counts ("+27 14 5", "−3 120")
_SCORE_ROW = re.compile(r"[+−–-]\d{1,5}(?: \d[\d.,]*[kKкКм]?){1,3}")


def score_rows(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """A post's score row, a signed score and its other counts on one line ("+27 14 5":
    votes, bookmarks, comments), next to removed chrome or to a line the list knows as a
    post's furniture only beside chrome ("Хабы: …"); the latter then goes too. A line "+1"
    or a sum a writer set out ("+27 14 5" between sentences) stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> page = split_lines("Текст статьи.\\nТеги: llm, персонажи\\n+27 14 5\\nКомментарии 5\\n")
    >>> r = {3: ("interface:comments", "")}
    >>> score_rows(page, r, {}, repo_interface_strings()); sorted(r)
    [1, 2, 3]
    """
    for i, line in enumerate(kept):
        text = line.text.strip()
        if i in removed or not _SCORE_ROW.fullmatch(text):
            continue
        beside = [near for near in (_near(kept, i, -1), _near(kept, i, 1)) if near >= 0]
        if not any(near in removed for near in beside):
            continue
        removed[i] = ("interface:voting", "a post's score and counts on one line")
        anchors[i] = "voting"
        for near in beside:
            found = None if near in removed else match_interface(kept[near].text, strings)
            if found is not None and found.kind == "post-meta" and found.context == "run":
                removed[near] = (found.rule, f"{found.detail}, beside a post's score row")
                anchors[near] = found.kind


# a Habr-style hubs line: short terms after commas, one of them starred ("Python*")
_HUB = r"[^\s,.!?:;]+(?: [^\s,.!?:;]+){0,3}\*?"
_HUBS = re.compile(rf"{_HUB}(?:, {_HUB}){{1,7}}")


def starred_hubs(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's hubs on one line, short terms parted by commas with a star after the site's
    own ("Машинное обучение*, Python*, Сельское хозяйство"), next to removed chrome (the
    reading time, the views). A list of words a writer starred for a footnote, among the
    text, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("8 мин\\nМашинное обучение*, Python*\\nТекст.\\n")
    >>> r = {0: ("interface:timestamp", "")}
    >>> starred_hubs(page, r, {}); sorted(r)
    [0, 1]
    """
    for i, line in enumerate(kept):
        text = line.text.strip()
        if i in removed or "*" not in text or not _HUBS.fullmatch(text) or is_quoted(text):
            continue
        if not any(
            near >= 0 and near in removed for near in (_near(kept, i, -1), _near(kept, i, 1))
        ):
            continue
        removed[i] = ("interface:post-meta", "a post's hubs, the site's own starred")
        anchors[i] = "post-meta"


# --------------------------------------------------------------------------- a footer's tail

# the kinds of a footer's links (and its server's blurb), as the interface list files them
_FOOTER_LINK_KINDS = frozenset({"navigation", "legal", "account", "hosting-banner"})
# a software's version at a footer's end ("v4.3.2")
_FOOTER_VERSION = re.compile(r"v\d{1,2}\.\d{1,2}\.\d{1,3}")
FOOTER_REMOVED_MIN = 3


def footer_tail(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """The last lines of a page's footer that the list knows only as a row's part ("View
    source code", "Quellcode anzeigen") and a version number ("v4.3.2"): under three removed
    footer links or more, nothing but such lines down to the page's end. A post's last word
    above the footer, a line the list does not know, and a version number in the text stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> end = "About\\nStatus\\nPrivacy policy\\nView source code\\nv4.3.2"
    >>> page = split_lines(f"Bees hum.\\n{end}\\n")
    >>> r = {1: ("interface:navigation", ""), 2: ("interface:navigation", ""),
    ...      3: ("interface:legal", "")}
    >>> footer_tail(page, r, {}, repo_interface_strings()); sorted(r)
    [1, 2, 3, 4, 5]
    """
    tail: list[int] = []
    links = 0
    index = len(kept) - 1
    while index >= 0:
        text = kept[index].text.strip()
        if not text:
            index -= 1
            continue
        if index in removed:
            if removed[index][0].removeprefix("interface:") not in _FOOTER_LINK_KINDS:
                break
            links += 1
        elif links and not tail:
            break  # a kept line between the footer's links: not its tail
        elif _FOOTER_VERSION.fullmatch(text):
            tail.append(index)
        else:
            entry = strings.lookup(interface_key(text))
            if entry is None or entry.kind not in _FOOTER_LINK_KINDS or is_quoted(text):
                break
            tail.append(index)
        index -= 1
    if links < FOOTER_REMOVED_MIN:
        return
    for i in tail:
        removed[i] = ("interface:navigation", f"the end of a footer under {links} of its links")
        anchors[i] = "navigation"


# --------------------------------------------------------------------------- post templates

# a line a template fills with a figure: a few words, and a figure in them
TEMPLATE_MAX_WORDS = 8
TEMPLATE_MAX_CHARS = 60
TEMPLATE_WORDS_MIN = 2
TEMPLATE_REPEATS_MIN = 2
_FIGURE = re.compile(r"\d[\d.,:٬٫]*(?: ?[kKmM]\b)?")
_ENDS_SENTENCE = re.compile(r"[.!?。！？…]\W*$")
_ENUMERATION = re.compile(r"\d{1,3}[.)]\s")
_ROW_PARTS = re.compile(r" [|·•] ")
# a chat log's message header, its stamp in brackets first: the structure stage reads it
_CHAT_STAMP = re.compile(r"\[[^\]]*\d[^\]]*\]")
_FIELD_VALUE = re.compile(r"([^:：]{1,30})[:：] ?\S+(?: \S+){0,2}")
# how far from removed chrome a template's line may sit (its name or its badge between)
TEMPLATE_REACH = 2
# a year or a time of day in a line: a post's stamp, which a template alone prints
_STAMPED = re.compile(r"(?<!\d)(?:(?:19|20)\d{2}|\d{1,2}:\d{2})(?!\d)")


def _beside_removed(
    kept: list[Line], removed: dict[int, tuple[str, str]], index: int, reach: int = 1
) -> bool:
    """Whether one of the ``reach`` lines above or below ``index`` (blank lines skipped) is
    removed chrome."""
    for step in (-1, 1):
        near = index
        for _ in range(reach):
            near = _near(kept, near, step)
            if near < 0:
                break
            if near in removed:
                return True
    return False


def _template_key(text: str) -> str | None:
    """A short line with a figure as a template prints it, its figures blanked ("bedømt # ud af
    # stjerner") and, in a row, its fields' values ("# | variante: *"), or None: a sentence, a
    numbered item, a line of figures only, a name of capitalised words with a figure, a chat
    log's message header ("[3/4/2026 11:02 PM] pell.m")."""
    text = " ".join(text.split())
    if (
        not text
        or len(text) > TEMPLATE_MAX_CHARS
        or len(text.split()) > TEMPLATE_MAX_WORDS
        or is_quoted(text)
        or _ENDS_SENTENCE.search(text)
        or _ENUMERATION.match(text)
        or _CHAT_STAMP.match(text)
        or not _FIGURE.search(text)
    ):
        return None
    words = [word for word in _FIGURE.sub(" ", text).split() if has_letter(word)]
    if len(words) < TEMPLATE_WORDS_MIN or all(word[:1].isupper() for word in words):
        return None  # a name with a time ("Mara Quinn (00:01:12)"): a speaker's turn
    key = _FIGURE.sub("#", interface_key(text))
    parts = _ROW_PARTS.split(key)
    if len(parts) < 2:
        return key
    # in a row, a field's value may change from post to post ("| Variante: weiß")
    return " | ".join(part if "#" in part else _FIELD_VALUE.sub(r"\1: *", part) for part in parts)


def figure_templates(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A short line the page prints with two posts or more, the same words each time around a
    figure that may differ ("Bedømt 5 ud af 5 stjerner" / "Bedømt 2 ud af 5 stjerner",
    "escreveu em 2 de dez. de 2026, 09:14"), each time beside removed chrome: the template's
    rating, date or counter, in any language; when it holds a year or a time of day (a post's
    stamp), beside removed chrome once is enough. Two lines away counts as beside (the
    author's name or a badge between). A sentence, a numbered step, a line printed once or
    among the text stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Ok.\\nRated 5 of 5 here\\n2 Dec\\nFine.\\nRated 2 of 5 here\\n1 Dec\\n")
    >>> r = {2: ("interface:timestamp", ""), 5: ("interface:timestamp", "")}
    >>> figure_templates(page, r, {}); sorted(r)
    [1, 2, 4, 5]
    """
    places: dict[str, list[int]] = {}
    for i, line in enumerate(kept):
        if i in removed:
            continue
        key = _template_key(line.text)
        if key is not None:
            places.setdefault(key, []).append(i)
    for key, indexes in places.items():
        if len(indexes) < TEMPLATE_REPEATS_MIN:
            continue
        beside = [i for i in indexes if _beside_removed(kept, removed, i, TEMPLATE_REACH)]
        stamped = all(_STAMPED.search(kept[i].text) for i in indexes)
        if len(beside) < (1 if stamped else len(indexes)):
            continue
        for i in indexes:
            detail = f"a line the template prints with {len(indexes)} posts: {key}"
            removed[i] = ("interface:post-meta", detail[:160])
            anchors[i] = "post-meta"


# a date as any language prints it: a day, a month's name and a year in either order, or all
# in figures; then perhaps a time of day
_WORD = r"[^\W\d_]{2,12}\.?"
_DATE = (
    r"(?:\d{1,2}\.? ?(?:de )?" + _WORD + r",? (?:de )?\d{4}"
    r"|" + _WORD + r" \d{1,2},? \d{4}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{4}年 ?\d{1,2}月 ?\d{1,2}日|\d{4}년 ?\d{1,2}월 ?\d{1,2}일)"
    r"(?:,? (?:[^\W\d_]{1,5} )?\d{1,2}[:.]\d{2}(?: ?[ap]\.? ?m\.?)?)?"
)
_LABEL_DATE = re.compile(
    r"(?P<label>[^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,2}) ?[:：]? " + _DATE
)
LABEL_DATE_REACH = 2


def label_dates(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A date under a label of a word or three, alone on its line beside a post's removed
    furniture, in any language ("Laatst bewerkt: 1 dec 2026", "Startdatum 1 dec 2026",
    "Oplevelsesdato: 28. november 2026"): when the post was written, edited or lived. The same
    line among the text, or a sentence with a date, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Hi.\\nReply\\nEdited: 3 May 2026\\nOn.\\nSo.\\nDue: 3 May 2026\\n")
    >>> r = {1: ("interface:post-actions", "")}
    >>> label_dates(page, r, {}); sorted(r)
    [1, 2]

    A limit the text sets is its own, beside chrome too:
    >>> page = split_lines("Hi.\\nShare\\nDeadline: April 30, 2026\\nFrist: 3. Mai 2026\\n")
    >>> r = {1: ("interface:sharing", "")}
    >>> label_dates(page, r, {}); sorted(r)
    [1]
    """
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        found = _LABEL_DATE.fullmatch(text)
        if i in removed or not found or limit_field(text):
            continue
        if not _beside_removed(kept, removed, i, LABEL_DATE_REACH):
            continue
        removed[i] = ("interface:timestamp", "a date under a short label, beside a post's chrome")
        anchors[i] = "timestamp"


# a poster's name: a short line of its own over a post's removed furniture
NAME_MAX_WORDS = 3
NAME_MAX_CHARS = 40
NAMED_MAX_WORDS = 10
NAMED_REST_MIN = 2
NAMED_SENTENCE_REST_MIN = 3
QUOTE_HEADER_REST_MAX = 2
# after a poster's name, the others who liked the post and how many more ("(, bo_k) en 3
# anderen", "i 2 inne osoby lubią to."): names parted by commas, a word, a count, a few words
_LIKERS = re.compile(
    r"(?:[,، ] ?[\w.-]{2,40}){0,3} [^\W\d_]{1,6} \d{1,4} [^\W\d_]+(?: [^\W\d_]+){0,3}\.?"
)


def _poster_names(kept: list[Line], removed: dict[int, tuple[str, str]]) -> set[str]:
    """The folded names of the page's posters: short lines of their own, not removed, right
    over a removed line (the post's date or rank)."""
    names: set[str] = set()
    for i, line in enumerate(kept):
        text = " ".join(line.text.split()).lstrip("@")
        if i in removed or not text or len(text) > NAME_MAX_CHARS:
            continue
        if len(text.split()) > NAME_MAX_WORDS or sentence_marks(text) or not has_letter(text):
            continue
        if any(mark in text for mark in _INTRODUCING) or is_quoted(text):
            continue
        below = _near(kept, i, 1)
        if below >= 0 and below in removed:
            names.add(text.casefold())
    return names


def _named(text: str, names: set[str]) -> tuple[str, str] | None:
    """A line that starts or ends with a poster's name: (the name, the rest), or None."""
    folded = " ".join(text.split()).casefold()
    for name in sorted(names, key=len, reverse=True):
        if folded == name or name not in folded:
            continue
        for rest in (folded.removeprefix(name), folded.removesuffix(name)):
            if rest == folded:
                continue
            if rest.startswith(("@", "_")) or rest.endswith(("@", "_")):
                continue
            if rest[:1].isalnum() and folded.startswith(name):
                continue  # the name is the start of a longer word
            if rest[-1:].isalnum() and folded.endswith(name):
                continue
            return name, rest.strip()
    return None


def named_templates(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Lines a template fills with a poster's name (a short line of its own over a post's
    removed furniture): the same words around a name two times or more, beside removed
    chrome each time ("W odpowiedzi do ania_k", "ola lubi to."); who liked a post, a poster's
    name, perhaps other names, a word and a count ("bo_k, ann en 3 anderen", "ola i 2 inne
    osoby lubią to."); and a quote's header, a name and a word or two before a colon over the
    quoted text ("roggebol zei:"). A short reply that thanks a poster by name ("Thanks, ola.")
    or a sentence that starts with a name stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("ola\\n2 Dec\\nHi.\\nbo\\n3 Dec\\nIn reply to ola\\nYes.\\n"
    ...                    "ola\\n4 Dec\\nIn reply to bo\\nNo.\\n")
    >>> r = {1: ("", ""), 4: ("", ""), 8: ("", "")}
    >>> named_templates(page, r, {}); sorted(r)
    [1, 4, 5, 8, 9]
    """
    names = _poster_names(kept, removed)
    if not names:
        return
    places: dict[str, list[int]] = {}
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        if i in removed or not text or len(text.split()) > NAMED_MAX_WORDS or is_quoted(text):
            continue
        found = _named(text, names)
        if found is None:
            continue
        name, rest = found
        words = [w for w in rest.split() if has_letter(w)]
        if text.endswith(_INTRODUCING) and text.casefold().startswith(name):
            below = _near(kept, i, 1)
            if 0 < len(words) <= QUOTE_HEADER_REST_MAX and below >= 0 and below not in removed:
                removed[i] = (
                    "interface:post-meta",
                    "a quote's header: a poster's name and a colon",
                )
                anchors[i] = "post-meta"
            continue
        if text.casefold().startswith(name) and _LIKERS.fullmatch(rest):
            removed[i] = ("interface:voting", "who liked a post: a poster's name and a count")
            anchors[i] = "voting"
            continue
        if text.endswith(("!", "?", "！", "？")):
            continue
        least = NAMED_SENTENCE_REST_MIN if _ENDS_SENTENCE.search(text) else NAMED_REST_MIN
        if len(words) < least:
            continue
        key = _FIGURE.sub("#", rest.replace(name, "<name>"))
        key = f"<name> {key}" if text.casefold().startswith(name) else f"{key} <name>"
        places.setdefault(key, []).append(i)
    for key, indexes in places.items():
        if len(indexes) < TEMPLATE_REPEATS_MIN:
            continue
        if not all(_beside_removed(kept, removed, i) for i in indexes):
            continue
        for i in indexes:
            detail = f"a line the template fills with a poster's name, {len(indexes)} times: {key}"
            removed[i] = ("interface:post-meta", detail[:160])
            anchors[i] = "post-meta"


# a poster's figures under the name: "48 reviews", "3 anmeldelser", or a row of them with a
# badge ("Local Guide · 48 ulasan · 210 foto", "12 amis · 58 avis · 140 photos")
_STAT = re.compile(r"(\d[\d.,]*\s?[kKmM]?) ([^\W\d_]{3}[^\W\d_'’-]*)(?: [^\W\d_][^\W\d_'’-]*)?")
_STAT_SPLIT = re.compile(r"\s*[·•|]\s*")
STAT_BADGE_MAX_WORDS = 3
STAT_STEM = 4
STAT_REACH = 3
_INITIAL = re.compile(r"\b(\w)\.")


def _name_like(text: str) -> bool:
    """A line that can be a poster's name: a few words, no sentence punctuation (an initial's
    full stop aside), letters, no colon."""
    text = " ".join(text.split())
    return (
        0 < len(text) <= NAME_MAX_CHARS
        and len(text.split()) <= NAME_MAX_WORDS + 1
        and has_letter(text)
        and not any(mark in text for mark in _INTRODUCING)
        and not sentence_marks(_INITIAL.sub(r"\1", text))
        and not is_quoted(text)
        and not any(word.isdigit() for word in text.split())
    )


def _between(text: str) -> bool:
    """A line that may stand between a poster's name and figures: a badge or a country code of
    a word or two, without figures."""
    return len(text.split()) <= 2 and has_letter(text) and not any(ch.isdigit() for ch in text)


def _stat_stems(text: str) -> set[str] | None:
    """The folded stems of a poster's figures on a line ("48 ulasan" -> {"ulas"}), or None when
    the line is not only such figures and a badge of a few words."""
    parts = [p for p in _STAT_SPLIT.split(" ".join(text.split())) if p]
    stems: set[str] = set()
    for part in parts:
        found = _STAT.fullmatch(part)
        if found is not None:
            stems.add(found.group(2).casefold()[:STAT_STEM])
        elif len(parts) == 1 or len(part.split()) > STAT_BADGE_MAX_WORDS or not _name_like(part):
            return None
    return stems or None


def poster_stats(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A poster's figures printed under the name ("3 anmeldelser", "Local Guide · 48 ulasan ·
    210 foto"), the same words under two posters or more, each right under a short line that
    can be a name (a badge or a country code between): a review site's or a forum's card, in
    any language. A reply that is a figure and a word ("2 loaves") printed once, an
    ingredient list under its heading ("400 g water" / "100 g rye starter"), stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Ana K.\\n3 reviews\\nGood.\\nBo\\n12 reviews · 4 photos\\nFine.\\n")
    >>> r = {}
    >>> poster_stats(page, r, {}); sorted(r)
    [1, 4]
    """
    places: dict[str, list[int]] = {}
    for i, line in enumerate(kept):
        if i in removed or is_quoted(line.text):
            continue
        stems = _stat_stems(line.text)
        if stems is None:
            continue
        above, name = i, -1
        for _ in range(STAT_REACH):
            above = _near(kept, above, -1)
            if above < 0:
                break
            text = kept[above].text
            if above not in removed and _name_like(text) and not _stat_stems(text):
                name = above
                break
            if above not in removed and not _between(text):
                break
        if name < 0:
            continue
        for stem in stems:
            places.setdefault(stem, []).append(i)
    for stem, indexes in places.items():
        if len(set(indexes)) < TEMPLATE_REPEATS_MIN:
            continue
        for i in indexes:
            removed[i] = (
                "interface:post-meta",
                f"a poster's figures, under {len(indexes)} names: {stem}",
            )
            anchors[i] = "post-meta"


# a topic's or a profile's figures one a line: a count and a word or two, or a word and a count
_FIGURE_LINE = re.compile(
    r"(?:\d[\d.,]*\s?[kKmM]? [^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*)?"
    r"|[^\W\d_][^\W\d_'’-]* \d[\d.,]*\s?[kKmM]?"
    r"|[^\W\d_][^\W\d_'’-]*(?: (?:/ )?[^\W\d_][^\W\d_'’-]*){0,4} \(\d[\d.,]*\s?[kKmM]?\))"
)
FIGURE_RUN_MIN = 3
_FIGURE_RUN_RULES = frozenset(
    f"interface:{kind}" for kind in ("counter", "voting", "comments", "post-meta", "timestamp")
)


def figure_runs(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A topic's figures printed one a line, a count and a word each ("5 Publicações" / "3
    Posters" / "214 Visualizações" / "2 Seguidores"), or a filter's label with its count in
    brackets ("Com fotos (377)"): a run of three or more such lines of
    which one was removed as a counter, a vote or a date; the others are the same
    furniture. A list of things counted ("3 figs" / "2 leeks" / "4 carrots") with no
    removed counter among it stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Hi.\\n5 posts\\n3 posters\\n21 views\\nYo.\\n3 figs\\n2 leeks\\n4 nuts")
    >>> r = {3: ("interface:counter", "")}
    >>> figure_runs(page, r, {}); sorted(r)
    [1, 2, 3]
    """
    run: list[int] = []

    def close() -> None:
        if len(run) >= FIGURE_RUN_MIN and any(
            removed.get(j, ("", ""))[0] in _FIGURE_RUN_RULES for j in run
        ):
            for j in run:
                if j not in removed:
                    removed[j] = ("interface:counter", f"a figure among {len(run)} one a line")
                    anchors[j] = "counter"

    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        if not text:
            continue
        if _FIGURE_LINE.fullmatch(text) and not is_quoted(text):
            run.append(i)
            continue
        close()
        run = []
    close()


# a count of who is reading: "…: 1 (0 members and 1 guests)", as forum software prints it
_READING = re.compile(
    r"[^:：()]{3,80}[:：] ?\d{1,5} ?\(\d{1,5} [^\d()]{1,30} \d{1,5} [^\d()]{1,30}\)"
)
# a time zone as a footer gives it: "GMT+1", "UTC +02:00"
_ZONE = re.compile(r"\b(?:GMT|UTC) ?[+−-] ?\d{1,2}(?::\d{2})?\b")
ZONE_LINE_MAX_WORDS = 12


def forum_footer_notices(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Two notices a forum prints under a thread, in any language: who is reading it, a figure
    with the members and guests in brackets ("Utenti che stanno leggendo questa discussione: 1
    (0 utenti e 1 ospiti)"); and the time zone of the page's times ("All times are GMT+1. The
    time now is 21:14."), when only chrome follows it to the page's end. A sentence giving a
    meeting's time in UTC among the text stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("We meet at 15:00 UTC+1.\\nLeyendo: 2 (1 miembros y 1 invitados)\\n"
    ...                    "Hora GMT+1. Son las 21:14.\\nPowered by X\\n")
    >>> r = {3: ("interface:hosting-banner", "")}
    >>> forum_footer_notices(page, r, {}); sorted(r)
    [1, 2, 3]
    """
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        if i in removed or not text:
            continue
        if _READING.fullmatch(text):
            removed[i] = ("interface:status", "who is reading the thread, members and guests")
            anchors[i] = "status"
        elif _ZONE.search(text) and len(text.split()) <= ZONE_LINE_MAX_WORDS:
            below = [j for j in range(i + 1, len(kept)) if kept[j].text.strip()]
            if below and all(j in removed for j in below):
                removed[i] = ("interface:status", "the time zone of the page's times, at its end")
                anchors[i] = "status"


# a control's label with its colon, then its choices on the same line ("Ordenar por: Mejores
# Nuevos Controvertidos Antiguos"): the choices single words with a capital (or of a script
# without case), no punctuation
_LABEL_CHOICES = re.compile(
    r"(?P<label>[^:：]{2,40}[:：]) ?(?P<choices>[^\W\d_][\w&'’-]*(?: [^\W\d_][\w&'’-]*){0,7})"
)
_CHOICE_KINDS = frozenset({"navigation", "tabs"})


def label_choices(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """A sort or filter control printed on one line, its label with a colon that the list knows
    as a menu or a tab ("Ordenar por:", "Sort by:") and then its choices, each a word with a
    capital ("Mejores Nuevos Controvertidos Antiguos"): the choices the list does not know go
    with the label. A known label before a sentence ("Sort by: date, then by name.") stays.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Sort by: Best Top Rising Newest\\nSort by: the date you baked it\\n")
    >>> r = {}
    >>> label_choices(page, r, {}, repo_interface_strings()); sorted(r)
    [0]
    """
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        found = None if i in removed else _LABEL_CHOICES.fullmatch(text)
        if found is None:
            continue
        choices = found.group("choices").split()
        if not all(word[:1].isupper() or word[:1].lower() == word[:1].upper() for word in choices):
            continue
        entry = strings.lookup(interface_key(found.group("label")))
        if entry is None or entry.kind not in _CHOICE_KINDS:
            continue
        removed[i] = ("interface:navigation", "a control's label and its choices on one line")
        anchors[i] = "navigation"


# a price alone on its line: a currency's sign or code before or after the figure
_PRICE = re.compile(
    r"(?:[$€£¥₫₹₺₽₩฿₪]|R\$|US\$|zł|Kč|kr|Ft|lei|Rp|RM)? ?\d[\d.,  ]*(?:[.,]-)?"
    r" ?(?:[$€£¥₫₹₺₽₩฿₪đ]|zł|Kč|kr|Ft|lei|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|TRY|VND|IDR)?"
)


def prices(kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]) -> None:
    """A product's price alone on its line, beside removed chrome ("₫489.000", "4,99 €"): a
    shop's furniture around the reviews. A figure alone with no currency, or a price in a
    sentence, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Kettle\\n₫489.000\\nBuy now\\n1912\\nIt sings.\\n")
    >>> r = {2: ("interface:navigation", "")}
    >>> prices(page, r, {}); sorted(r)
    [1, 2]
    """
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        found = None if i in removed else _PRICE.fullmatch(text)
        if found is None or text.replace(" ", "").replace(".", "").replace(",", "").isdigit():
            continue
        if _beside_removed(kept, removed, i):
            removed[i] = ("interface:counter", "a price alone, beside a shop's chrome")
            anchors[i] = "counter"


# the thread's starter named over the first post: a few words and the first poster's name
STARTER_MAX_WORDS = 4


def thread_starter(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The line above a thread's first post that names who started it ("Discussie gestart
    door deegkneder", "Iniciado por ana_k"): a few words and then a name that heads a post
    below it (a short line over its removed furniture), nothing else, beside the thread's
    removed start date. The same name in the posts' text, a blog's name that ends with a
    commenter's ("Il quaderno di nonna Pina"), or a sentence that ends with it, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Bread\\nStarted by ana_k\\n1 Dec\\nana_k\\n2 Dec\\nHello.\\n")
    >>> r = {2: ("interface:timestamp", ""), 4: ("interface:timestamp", "")}
    >>> thread_starter(page, r, {}); sorted(r)
    [1, 2, 4]
    """
    names = _poster_names(kept, removed)
    heads: dict[str, int] = {}  # each name's first line of its own
    for i, line in enumerate(kept):
        folded = " ".join(line.text.split()).casefold()
        if i not in removed and folded in names:
            heads.setdefault(folded, i)
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        if i in removed or not text or sentence_marks(text):
            continue
        folded = text.casefold()
        name = next((n for n, at in heads.items() if at > i and folded.endswith(" " + n)), None)
        if name is None:
            continue
        rest = text[: -len(name)].split()
        if not 0 < len(rest) <= STARTER_MAX_WORDS or not all(has_letter(w) for w in rest):
            continue
        if any(
            removed.get(near, ("", ""))[0] == "interface:timestamp"
            for near in (_near(kept, i, -1), _near(kept, i, 1))
        ):
            removed[i] = ("interface:post-meta", "who started the thread, over its first post")
            anchors[i] = "post-meta"


# a button's count after it ("Nyttig 4", "Helpful (12)")
_BUTTON_COUNT = re.compile(r" ?[(\[]?\d[\d.,]*\s?[kKmM]?[)\]]?$")
BUTTON_RUN_MAX = 6


def _button_key(text: str, strings: InterfaceStrings) -> str | None:
    """The folded button a line is, its count left out ("nyttig"), or None."""
    text = " ".join(text.split())
    if not text or is_quoted(text) or len(text) > LABEL_MAX_CHARS:
        return None
    key = interface_key(_BUTTON_COUNT.sub("", text))
    if not key or key in POST_LABELS:
        return None
    entry = strings.lookup(key)
    return key if entry is not None and entry.kind in _ROW_BUTTON_KINDS else None


def recurring_button_runs(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """A post's buttons printed one a line, each a button the list knows only beside other
    chrome, the same buttons in the same order under two posts or more, their counts aside
    ("Nyttig" / "Del", then "Nyttig 4" / "Del"): the template's buttons. A button word printed
    once, or a line the list does not know between them, stays.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Good.\\nLike\\nUtile 3\\nFine.\\nLike\\nUtile\\nOk.\\nLike\\n")
    >>> r = {}
    >>> recurring_button_runs(page, r, {}, repo_interface_strings()); sorted(r)
    [1, 2, 4, 5]
    """
    runs: dict[tuple[str, ...], list[list[int]]] = {}
    run: list[int] = []
    keys: list[str] = []

    def close() -> None:
        if 2 <= len(run) <= BUTTON_RUN_MAX:
            runs.setdefault(tuple(keys), []).append(list(run))

    for i, line in enumerate(kept):
        if not line.text.strip():
            continue
        key = None if i in removed else _button_key(line.text, strings)
        if key is not None:
            run.append(i)
            keys.append(key)
            continue
        close()
        run, keys = [], []
    close()
    for key, places in runs.items():
        if len(places) < TEMPLATE_REPEATS_MIN:
            continue
        for place in places:
            for i in place:
                detail = (
                    f"a post's buttons one a line, under {len(places)} posts: {' / '.join(key)}"
                )
                removed[i] = ("interface:post-actions", detail[:160])
                anchors[i] = "post-actions"


# --------------------------------------------------------------------------- ratings and pagers

_STARS = re.compile(r"(?:[★☆⭐✩✭✰✪] ?){1,5}(?:½)?")
_RATING_OF = re.compile(
    r"(?:[^\W\d_]+ )?[0-5][.,]\d (?:[^\W\d_]+ ){0,3}(?:5|5[.,]0)(?: [^\W\d_]+)?"
)
_BAR_COUNT = r"(?:\(\d[\d.,]*\s?[kKmM]?\)|\d{1,3}(?:[.,]\d)? ?%|\d[\d.,]*\s?[kKmM]?)"
_HISTOGRAM_BAR = re.compile(r"([1-5])(?: [^\W\d_]{1,20})? " + _BAR_COUNT)
HISTOGRAM_BARS_MIN = 3
_PAGE_OF = re.compile(r"(\d{1,4}) ?(?:/|[^\W\d_]{1,3}) ?(\d{1,4})")
_PAGER_MARK = re.compile(r"(?:…|\.{2,3}|[<>«»‹›]{1,2})")
# a comment's collapse toggle on a Reddit-like page ("[-]", "[+]", "[–]")
_TOGGLE = re.compile(r"\[[-+–−]\]")
PAGER_NUMBERS_MIN = 3


def _graded_under_a_name(kept: list[Line], removed: dict[int, tuple[str, str]], i: int) -> bool:
    """Five stars, or stars with an empty or a half star among them, right under a poster's
    name: a review's grade in its header. Three full stars (a scene break) or stars under
    prose stay."""
    above = _near(kept, i, -1)
    text = kept[i].text
    return (
        (any(ch in text for ch in "☆✩½") or sum(not ch.isspace() for ch in text) == 5)
        and above >= 0
        and above not in removed
        and _name_like(kept[above].text)
    )


def rating_lines(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A review's or a place's rating as review sites print it, in any language: a line of
    stars only ("★★★☆☆") beside other chrome or graded under a poster's name (alone it can be
    a scene break or the author's own verdict), a mean "of 5" ("TrustScore 4,3 ud af 5",
    "4.7 trên 5"), and the histogram of the ratings, one bar a line, its stars counting down
    or up by one ("5 stjerner 71%" / "4 stjerner 14%" / "3 stjerner 6%"). A sentence that
    gives a rating, or a list whose first figures do not count down, stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("4,6 von 5\\n★★★★☆\\n5 Sterne 80%\\n4 Sterne 15%\\n3 Sterne 5%\\n")
    >>> r = {}
    >>> rating_lines(page, r, {}); sorted(r)
    [0, 1, 2, 3, 4]
    """
    for i, line in enumerate(kept):
        text = " ".join(line.text.split())
        if i in removed or not text:
            continue
        stars = _STARS.fullmatch(text) and (
            _beside_removed(kept, removed, i) or _graded_under_a_name(kept, removed, i)
        )
        if stars or _RATING_OF.fullmatch(text):
            removed[i] = ("interface:voting", "a rating: stars, or a mean of 5")
            anchors[i] = "voting"
    run: list[tuple[int, int]] = []
    for i, line in enumerate([*kept, Line(no=-1, text="")]):
        text = " ".join(line.text.split())
        if not text and i < len(kept):
            continue
        bar = None if i in removed else _HISTOGRAM_BAR.fullmatch(text)
        if bar is not None and run and abs(int(bar.group(1)) - run[-1][1]) == 1:
            step = int(bar.group(1)) - run[-1][1]
            if len(run) == 1 or step == run[-1][1] - run[-2][1]:
                run.append((i, int(bar.group(1))))
                continue
        if len(run) >= HISTOGRAM_BARS_MIN:
            for j, _ in run:
                removed[j] = ("interface:voting", f"a ratings histogram, {len(run)} bars")
                anchors[j] = "voting"
        run = [(i, int(bar.group(1)))] if bar is not None else []


def pagers(kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]) -> None:
    """A pager printed one item a line: three page numbers or more that count up by one, with
    the ellipsis and arrows between them ("<" / "1" / "2" / "3" / "…" / "87" / ">"); and a
    page's place among the pages beside removed chrome ("4 z 4", "1 / 5", "3 of 12"); a
    comment's collapse toggle alone on its line ("[-]", "[+]"). Numbers in a post's text that
    do not count up, or a fraction among the text, stay.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Hi.\\nReply\\n1 / 4\\n<\\n1\\n2\\n3\\n…\\n9\\n>\\n")
    >>> r = {1: ("interface:post-actions", "")}
    >>> pagers(page, r, {}); sorted(r)
    [1, 2, 3, 4, 5, 6, 7, 8, 9]
    """
    run: list[int] = []
    numbers: list[int] = []

    def close() -> None:
        ascending = [b - a for a, b in itertools.pairwise(numbers)]
        counting = sum(1 for step in ascending if step == 1)
        if len(numbers) >= PAGER_NUMBERS_MIN and counting >= 2 and min(ascending) > 0:
            for j in run:
                removed[j] = ("interface:navigation", f"a pager, {len(numbers)} page numbers")
                anchors[j] = "navigation"

    for i, line in enumerate(kept):
        text = line.text.strip()
        if not text:
            continue
        if i not in removed and text.isdecimal() and len(text) <= 4:
            run.append(i)
            numbers.append(int(text))
            continue
        if i not in removed and _PAGER_MARK.fullmatch(text):
            run.append(i)
            continue
        close()
        run, numbers = [], []
    close()
    for i, line in enumerate(kept):
        if i not in removed and _TOGGLE.fullmatch(line.text.strip()):
            removed[i] = ("interface:navigation", "a comment's collapse toggle")
            anchors[i] = "navigation"
            continue
        found = _PAGE_OF.fullmatch(line.text.strip())
        if i in removed or found is None or is_score(line.text):
            continue  # "10/10", "2/5" under a review: the reviewer's score
        if 1 <= int(found.group(1)) <= int(found.group(2)) and _beside_removed(kept, removed, i):
            removed[i] = ("interface:navigation", "a page's place among the pages")
            anchors[i] = "navigation"


def thread_furniture(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """The rules of this module's fourth round, in order (``context`` runs them to a fixpoint
    with the others)."""
    chat_line_headers(kept, removed, anchors)
    reactions_over_counts(kept, removed, anchors)
    masked_addresses(kept, removed, anchors)
    korean_post_buttons(kept, removed, anchors)
    reply_subjects(kept, removed, anchors)
    post_stamps(kept, removed, anchors)
    count_runs_under_posts(kept, removed, anchors)
    community_rules(kept, removed, anchors)
    moderator_lists(kept, removed, anchors)
    community_sidebars(kept, removed, anchors, strings)
    recurring_button_rows(kept, removed, anchors, strings)
    score_rows(kept, removed, anchors, strings)
    starred_hubs(kept, removed, anchors)
    footer_tail(kept, removed, anchors, strings)
    figure_templates(kept, removed, anchors)
    label_dates(kept, removed, anchors)
    named_templates(kept, removed, anchors)
    poster_stats(kept, removed, anchors)
    figure_runs(kept, removed, anchors)
    forum_footer_notices(kept, removed, anchors)
    label_choices(kept, removed, anchors, strings)
    prices(kept, removed, anchors)
    thread_starter(kept, removed, anchors)
    recurring_button_runs(kept, removed, anchors, strings)
    rating_lines(kept, removed, anchors)
    pagers(kept, removed, anchors)
