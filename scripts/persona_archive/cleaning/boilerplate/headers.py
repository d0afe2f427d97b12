"""A message's header block as mail and news archives print it over each message ("From: …",
"Newsgroups: …", "Message-ID: <…>"): the transport's record of the message, not its author's
words. A block goes only when one of its lines is evidence that no prose or sample carries: a
header only mail and news transport writes, with the value that header has (a message id in
angle brackets, dotted group names, a relay path). "Date: …" and "Subject: …" alone, a form's
fields, a spec sheet or an HTTP example stay."""

from __future__ import annotations

import re

from persona_archive.cleaning.boilerplate.shapes import is_quoted
from persona_archive.cleaning.model import Line

_HEADER = re.compile(r"([^\W\d_][\w-]{0,40}(?: [^\W\d_][\w-]{0,20})?) ?[:：][ \t]*(\S.*)?")

# the headers a mail or news archive shows over a message
MESSAGE_HEADERS = frozenset(
    {
        "from", "to", "cc", "subject", "date", "newsgroups", "message-id", "references",
        "in-reply-to", "reply-to", "followup-to", "path", "organization", "lines", "sender",
        "user-agent", "mime-version", "content-type", "content-transfer-encoding",
        "nntp-posting-host", "nntp-posting-date", "xref", "injection-info", "injection-date",
        "approved", "distribution", "keywords", "summary", "expires", "cancel-lock",
        "complaints-to", "mail-copies-to", "list-id", "list-archive", "list-post",
        "return-path", "received", "delivered-to", "x-newsreader", "x-mailer", "x-trace",
        "x-complaints-to", "x-received", "x-no-archive", "x-face", "x-mailing-list",
    }
)  # fmt: skip

# The names mail clients give the headers they print over a message, in their languages (the
# header block of a forwarded or quoted message, a localised archive): each read as the
# header it names. Only these short names, and only in a block with evidence.
LOCALISED_HEADERS = {
    "from": ("von", "de", "da", "van", "från", "fra", "od", "от", "від", "kimden", "lähettäjä",
             "feladó", "από", "差出人", "发件人", "寄件者", "보낸 사람", "expéditeur", "remitente",
             "mittente", "remetente", "afzender", "avsändare", "nadawca", "odesílatel"),
    "to": ("an", "à", "a", "para", "aan", "till", "til", "do", "komu", "кому", "kime",
           "vastaanottaja", "címzett", "προς", "宛先", "收件人", "收件者", "받는 사람",
           "destinataire", "destinatario", "empfänger", "mottagare", "adresat"),
    "cc": ("kopie", "copie", "copia", "kopia", "копия", "kopio", "másolat", "κοιν"),
    "subject": ("betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "ämne", "emne",
                "temat", "předmět", "тема", "konu", "aihe", "tárgy", "θέμα", "件名", "主题",
                "主旨", "제목", "sujet"),
    "date": ("datum", "fecha", "data", "дата", "tarih", "päivämäärä", "dátum", "ημερομηνία",
             "日付", "日期", "날짜", "gesendet", "envoyé", "enviado", "enviada", "inviato",
             "verzonden", "skickat", "sendt", "wysłano", "odesláno", "отправлено",
             "надіслано", "gönderildi", "lähetetty", "elküldve", "στάλθηκε", "送信日時",
             "发送时间", "보낸 날짜", "sent"),
}  # fmt: skip
_CANONICAL = {name: header for header, names in LOCALISED_HEADERS.items() for name in names}

_MESSAGE_ID = re.compile(r"<[^<>\s@]{1,120}@[^<>\s@]{1,120}>")
_GROUPS = re.compile(r"[a-z0-9+_-]+(?:\.[a-z0-9+_-]+)+(?:\s*,\s*[a-z0-9+_-]+(?:\.[a-z0-9+_-]+)+)*")
_RELAY_PATH = re.compile(r"[\w.-]+(?:![\w.-]+)+")

# a header that only the transport writes, with the shape its value has there
EVIDENCE = {
    "message-id": lambda value: bool(_MESSAGE_ID.fullmatch(value)),
    "in-reply-to": lambda value: bool(_MESSAGE_ID.search(value)),
    "references": lambda value: bool(_MESSAGE_ID.search(value)),
    "newsgroups": lambda value: bool(_GROUPS.fullmatch(value)),
    "followup-to": lambda value: bool(_GROUPS.fullmatch(value)),
    "path": lambda value: bool(_RELAY_PATH.fullmatch(value)),
    "xref": lambda value: bool(re.fullmatch(r"\S+(?: [\w.+-]+:\d+)+", value)),
    "nntp-posting-host": bool,
    "nntp-posting-date": bool,
    "injection-info": bool,
    "x-newsreader": bool,
    "x-mailer": bool,
    "x-trace": bool,
}

HEADER_BLOCK_MIN = 2


def header_field(text: str) -> tuple[str, str] | None:
    """The (name, value) of a message header line, or None.

    >>> header_field("Message-ID: <a1@news.example.org>")
    ('message-id', '<a1@news.example.org>')
    >>> header_field("Display: 6.1-inch OLED") is None
    True
    """
    match = _HEADER.fullmatch(text.strip())
    if match is None:
        return None
    name = match.group(1).casefold()
    name = name if name in MESSAGE_HEADERS else _CANONICAL.get(name, "")
    if not name:
        return None
    return name, (match.group(2) or "").strip()


def is_evidence(name: str, value: str) -> bool:
    check = EVIDENCE.get(name)
    return check is not None and check(value)


# A sender with an address (<a@b.org>, "a at b.org", Hypermail's "a_at_b.org") and a date
# with its time of day: a message's header, not a form's or a memo's "From:"/"Date:"
_SENDER = re.compile(r"\S@[\w-]+\.\w|\S(?:_at_| at | \[at\] | \(at\) )[\w-]+\.\w")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _sent_by_mail(fields: list[tuple[str, str]]) -> bool:
    """A sender's address and a date with its time in the same block: how a mail client or a
    list archive heads a message (localised names too: "Von:", "Datum:", "De :", "Envoyé :").
    """
    sender = any(name == "from" and _SENDER.search(value) for name, value in fields)
    return sender and any(name == "date" and _TIME.search(value) for name, value in fields)


def message_headers(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Consecutive header lines (two or more), one of them a transport header with its value's
    shape: the whole block is ``interface:post-meta``.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("From: Ana <ana@example.org>\\nNewsgroups: rec.bicycles.tech\\n"
    ...                    "Subject: Chains\\nDate: 3 Mar 2025\\n\\nA chain wears.")
    >>> r = {}; message_headers(page, r, {}); sorted(r)
    [0, 1, 2, 3]
    >>> page = split_lines("Date: 3 March\\nSubject: the plan\\nWe meet at noon.")
    >>> r = {}; message_headers(page, r, {}); r
    {}
    """
    index = 0
    while index < len(kept):
        end = index
        fields: list[tuple[str, str]] = []
        while end < len(kept) and not is_quoted(kept[end].text):
            field = header_field(kept[end].text)
            if field is None:
                break
            fields.append(field)
            end += 1
        if len(fields) >= HEADER_BLOCK_MIN:
            shown = [name for name, value in fields if is_evidence(name, value)]
            if not shown and _sent_by_mail(fields):
                shown = ["from and date"]
            if shown:
                detail = (
                    f"a message's header block of {len(fields)} lines "
                    f"(transport header: {shown[0]})"
                )
                for line in range(index, end):
                    if line not in removed:
                        removed[line] = ("interface:post-meta", detail)
                        anchors[line] = "post-meta"
        index = max(end, index + 1)
