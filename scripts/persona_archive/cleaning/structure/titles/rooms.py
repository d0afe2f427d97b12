"""Chat exports: a channel or room line ("Channel: Evaluations / persona-drift"), a room's
name over its address or its topic and first message.

A room export has no headline; its room's name is its title, though too short to be
heading-like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.dates import _is_date_line
from persona_archive.cleaning.structure.titles.headline import _CHAT_STAMP, headline
from persona_archive.cleaning.structure.titles.measure import _SITE_NAME_WORDS, _TOP_LINES, _is_body
from persona_archive.cleaning.structure.titles.neighbours import _under

# A chat room's address printed under its name: Matrix "#room:server.org" or "!id:server.org",
# XMPP "room@conference.server.org".
_ROOM_ADDRESS = re.compile(
    r"^[#!][\w.=-]+:[\w-]+(?:\.[\w-]+)+$|^[\w.-]+@(?:conference|muc|chat)\.[\w.-]+$"
)


# A chat export's line naming its channel or room ("Channel: Evaluations / persona-drift",
# "Room: #kettle-club", "Kanal: allgemein"): the room's name, after its category, is the title;
# a thread's line names its category and channel before it ("Channel: Research / welfare /
# <the thread's name>"), and the thread's name is the title.
_ROOM_LABEL = re.compile(
    r"^(?:channel|room|chat|kanal|canal|salon|kanał|канал|频道|頻道|チャンネル|채널)\s*[:：]\s*"
    r"(?:[^/\n]{1,40}\s/\s){0,2}#?(?P<room>[^\s/#][^/]{0,80}?)\s*$",
    re.IGNORECASE,
)


def room_label(text: str) -> str | None:
    """The room's name a chat export's channel line gives, else None.

    >>> room_label("Channel: Evaluations / persona-drift"), room_label("Room: #kettle-club")
    ('persona-drift', 'kettle-club')
    >>> room_label("Channel: Research / welfare-2026 / Should models be able to end chats?")
    'Should models be able to end chats?'
    >>> room_label("Channel surfing is back, and it is worse than before") is None
    True
    """
    m = _ROOM_LABEL.match(" ".join(text.split()))
    return m.group("room") if m else None


# A room's or channel's topic line, under its name ("Topic: weekly reading group"), and the
# stamp a chat export's message starts with ("[04/03/2025 19:02] lin.o", "[19:02] <lin>").
_TOPIC = re.compile(r"^(?:(?:channel|room)\s+)?topic\s*[:：]\s*\S", re.IGNORECASE)


def _room_name(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str] | None = None
) -> str | None:
    """A chat room's name on a line of its own, too short to be heading-like ("persona-drift"),
    that the room's address follows, or its topic line and then the first message's stamp: a
    room export's heading, and the title (the clean text of an export gives it back so). A
    forum's name over "Topic: <the thread's title>" is no room. Lines an earlier stage removed
    as chrome (``gone``, by line number) count where they stood: a log's day under the name
    is evidence whether the chrome rules kept it or not.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _room_name(split_lines("persona-drift\\nTopic: x\\n===\\n[04/03/2025 19:02] ann"), 0, ())
    'persona-drift'
    >>> _room_name(split_lines("persona-drift\\n[04/03/2025 19:02] ann\\nHi."), 0, ())
    'persona-drift'
    >>> _room_name(split_lines("Kettle Forum\\nTopic: Why my kettle sings\\nAuthor: Ida"), 0, ())
    >>> _room_name(split_lines("Home\\nTopic: drift\\n[04/03/2025 19:02] lin\\nHi."), 0, ())
    >>> page = split_lines("#kettle\\n2025-03-04\\n« back | next »\\n[19:02] <lin> hi")
    >>> body = [page[0], *page[2:]]  # the day removed as chrome
    >>> _room_name(body, 0, ()), _room_name(body, 0, (), {2: "2025-03-04"})
    (None, '#kettle')
    """
    text = " ".join(body[i].text.split())
    under = _under(body, i, gone or {}, _TOP_LINES)
    if not under or not (_ROOM_ADDRESS.match(under[0]) or _export_header(under)):
        return None
    if (
        not any(ch.isalpha() for ch in text)
        or len(text.split()) > _SITE_NAME_WORDS
        or re.search(r"[.!?…。！？:：]", text)
        or chrome_reason(text, names)
    ):
        return None
    return text


def _export_header(lines: list[str]) -> bool:
    """Whether ``lines`` are the rest of a chat export's header, then its first message: the
    room's topic, the export's own labelled lines ("Topic: …", "After: …") or the log's day
    first, and a message's stamp ("[04/03/2025 19:02] lin.o", "[19:02] <lin>") before any
    prose."""
    worded = [t for t in lines if any(ch.isalnum() for ch in t)]  # past rules of "=" signs
    if worded and _CHAT_STAMP.match(worded[0]):
        return True
    if not worded or not (
        _TOPIC.match(worded[0])
        # the export's own field ("After: 2025-03-01"), not a headline with a colon in it
        or (re.match(r"^[^\W\d_][\w ]{0,20}:\s", worded[0]) and not headline(worded[0]))
        or _is_date_line(worded[0])  # a log's day
    ):
        return False
    for text in worded[1:]:
        if _CHAT_STAMP.match(text):
            return True
        if _is_body(text):
            return False
    return False


def _room_named(body: list[Line], i: int) -> bool:
    """Whether the line under ``body[i]`` is a chat room's address: ``body[i]`` is the room's
    name, which a room export or archive prints over it (after the archive's own name)."""
    return i + 1 < len(body) and bool(_ROOM_ADDRESS.match(body[i + 1].text.strip()))
