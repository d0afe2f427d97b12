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

import re

from persona_archive.cleaning.boilerplate.interface import (
    InterfaceStrings,
    has_letter,
    interface_key,
)
from persona_archive.cleaning.boilerplate.shapes import is_bare_count, is_quoted, sentence_marks
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
        while p + 1 < len(seen) and labels[p] and values[p + 1]:
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
    headers themselves stay: the structure stage reads them (the page's kind, its posts). A
    log line with words after the name ("[19:02] lin: hi"), and a rule on a page without
    headers, stay.

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
