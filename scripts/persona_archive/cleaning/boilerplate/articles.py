"""Chrome inside and under articles that only its neighbours tell (issue 18): the labels of a
documentation page's callouts, an event page's block of practical fields and a live blog's
reporter line repeated under every entry's time; and the helpers two older rules ask (a
numbered headline in a related list, an item of the text's own list of quantities, which is no
row of counters).

Each rule goes on positive evidence, never on the words alone: a callout label goes only on a
page that shows documentation tools or two callouts or more, and only over a line of prose; a
field block needs a place and a date or a time among two fields or more, one under the other;
a live blog's reporter line needs three entries or more, each under its time, all with that
same line. A "Note" heading in an essay, a diary's "Ora:" line and a chat's alternating
speakers all stay. The rules read the lines left (not their positions among removed ones), so
that cleaning the clean text again changes nothing.

Lists are folded as ``interface_key`` folds a line (case, accents and combining marks).
"""

from __future__ import annotations

import re

from persona_archive.cleaning.boilerplate.interface import (
    POST_LABELS,
    interface_key,
    match_interface,
)
from persona_archive.cleaning.boilerplate.shapes import (
    furniture_date,
    furniture_shape,
    is_block_shaped,
    is_headline,
    is_quoted,
    sentence_marks,
)
from persona_archive.cleaning.model import Line


def _keys(*texts: str) -> frozenset[str]:
    return frozenset(interface_key(t) for t in texts)


# --------------------------------------------------------------------------- numbered headlines

_RANK = re.compile(r"(\d{1,2})[.)]\s+(\S.*)")


def listed_headline(text: str) -> bool:
    """A line of a related or most-read list: a headline, numbered or not ("2. Bakery wins
    an award"), or the date printed under one ("01.12.2026"); a numbered sentence ("1. Mix the
    flour.") is none.

    >>> listed_headline("2. Ціни на хліб зросли на 5%"), listed_headline("1. Mix the flour.")
    (True, False)
    >>> listed_headline("01.12.2026")
    True
    """
    match = _RANK.fullmatch(text.strip())
    return is_headline(match.group(2) if match else text) or furniture_date(text)


# --------------------------------------------------------------------------- lists of quantities

_LEADING_NUMBER = re.compile(r"\d")


def in_a_list(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether ``kept[index]``, shaped like a row of counters ("10 g di sale"), closes the text's
    own list of quantities: the line right above it stays, starts with a number as it does and
    is no counter a site prints ("412 views" is one: ``furniture_shape``).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("100 g di pasta madre\\n10 g di sale\\nPubblicato da Pina\\n")
    >>> in_a_list(page, {2: ("", "")}, 1)
    True
    >>> in_a_list(split_lines("412 views\\n3 commenti:\\n"), {}, 1)
    False
    """
    above = index - 1
    if above < 0 or above in removed:
        return False
    text = kept[above].text.strip()
    return (
        bool(_LEADING_NUMBER.match(text))
        and bool(_LEADING_NUMBER.match(kept[index].text.strip()))
        and furniture_shape(text) is None
    )


# --------------------------------------------------------------------------- callout labels

# the labels a documentation theme prints over a callout box (admonitions), alone on a line
CALLOUT_LABELS = _keys(
    "Note", "Tip", "Hint", "Info", "Important", "Warning", "Caution", "Danger", "Attention",
    "Hinweis", "Tipp", "Warnung", "Wichtig", "Achtung", "Vorsicht", "Gefahr",
    "Remarque", "Astuce", "Conseil", "Avertissement",
    "Nota", "Consejo", "Sugerencia", "Advertencia", "Importante", "Precaución", "Peligro",
    "Suggerimento", "Avviso", "Attenzione", "Pericolo",
    "Opmerking", "Waarschuwing", "Belangrijk", "Let op",
    "Uwaga", "Wskazówka", "Ostrzeżenie", "Ważne",
    "Poznámka", "Upozornění", "Varování", "Důležité",
    "Примечание", "Заметка", "Совет", "Подсказка", "Предупреждение", "Важно", "Внимание",
    "Примітка", "Порада", "Попередження", "Важливо", "Увага",
    "Not", "İpucu", "Uyarı", "Önemli", "Dikkat",
    "Dica", "Aviso", "Atenção", "Cuidado",
    "Megjegyzés", "Figyelem", "Fontos", "Figyelmeztetés",
    "Notă", "Sfat", "Avertisment", "Atenție",
    "Σημείωση", "Συμβουλή", "Προειδοποίηση", "Σημαντικό", "Προσοχή",
    "Catatan", "Tips", "Peringatan", "Penting", "Perhatian",
    "Lưu ý", "Mẹo", "Cảnh báo", "Quan trọng", "Ghi chú",
    "הערה", "טיפ", "אזהרה", "חשוב",
    "ملاحظة", "تلميح", "تحذير", "مهم",
    "注意", "ヒント", "メモ", "重要", "警告", "備考", "補足", "提示", "备注", "說明", "小贴士",
    "참고", "팁", "주의", "경고", "중요",
)  # fmt: skip

# what a documentation page prints around its text: the edit link, the table of contents'
# heading, the page tools and the theme's credit
DOCS_TOOLS = _keys(
    "Edit this page", "Edit on GitHub", "Edit page", "On this page", "Copy page",
    "Export as PDF", "Was this page helpful?", "Was this helpful?", "Powered by GitBook",
    "Built with MkDocs", "Made with Material for MkDocs", "Table of contents",
    "Diese Seite bearbeiten", "Auf dieser Seite", "War diese Seite hilfreich?",
    "Modifier cette page", "Sur cette page", "Cette page vous a-t-elle été utile ?",
    "Editar esta página", "En esta página", "¿Te resultó útil esta página?",
    "Modifica questa pagina", "In questa pagina", "Deze pagina bewerken", "Op deze pagina",
    "Edytuj tę stronę", "Na tej stronie", "Upravit tuto stránku", "Na této stránce",
    "Редактировать эту страницу", "На этой странице", "Редагувати цю сторінку",
    "На цій сторінці", "Bu sayfayı düzenle", "Bu sayfada", "Editar página",
    "このページを編集", "このページの内容", "このページは役に立ちましたか？", "目次",
    "编辑此页", "本页目录", "此页面是否有帮助？", "編輯此頁", "本頁目錄", "이 페이지 편집",
    "이 페이지에서", "Sunting halaman ini", "Di halaman ini",
)  # fmt: skip

CALLOUTS_MIN = 2


def _prose(text: str) -> bool:
    return sentence_marks(text) > 0 and not is_quoted(text) and not is_block_shaped(text)


def _callout_labels(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A callout's label alone on its line ("Warning" / "Do not ..."), on a page that shows
    documentation tools (``DOCS_TOOLS``, removed as chrome) or two callouts or more: the
    label over a line of prose. A "Tip" heading in an essay, with no tools and no other
    callout, stays."""
    seen = [i for i in range(len(kept)) if i not in removed]
    found = []
    for position, index in enumerate(seen):
        text = kept[index].text.strip()
        if interface_key(text) not in CALLOUT_LABELS or is_quoted(text):
            continue
        nxt = seen[position + 1] if position + 1 < len(seen) else None
        if nxt is not None and _prose(kept[nxt].text):
            found.append(index)
    if not found:
        return
    tools = any(interface_key(kept[i].text) in DOCS_TOOLS for i in removed)
    if not tools and len(found) < CALLOUTS_MIN:
        return
    why = "the page's documentation tools" if tools else f"{len(found)} callouts on the page"
    for index in found:
        removed[index] = ("interface:post-meta", f"a callout's label over its text ({why})")


# --------------------------------------------------------------------------- event fields

_PLACE = _keys(
    "Where", "Place", "Venue", "Location", "Address", "Locul", "Locația", "Locatia", "Loc",
    "Adresa", "Helyszín", "Ort", "Veranstaltungsort", "Lieu", "Adresse", "Lugar", "Dirección",
    "Luogo", "Dove", "Sede", "Indirizzo", "Locatie", "Plaats", "Waar", "Adres", "Miejsce",
    "Místo", "Miesto", "Место", "Адрес", "Місце", "Адреса", "Yer", "Mekan", "Adres", "Local",
    "Τοποθεσία", "Χώρος", "Tempat", "Lokasi", "מקום", "מיקום", "כתובת", "ადგილი", "მისამართი",
    "স্থান", "地點", "地点", "場所", "会場", "장소",
)  # fmt: skip

_WHEN = _keys(
    "When", "Date", "Time", "Data", "Ora", "Időpont", "Dátum", "Datum", "Zeit", "Uhrzeit",
    "Heure", "Horaire", "Fecha", "Hora", "Horario", "Orario", "Quando", "Tijd", "Wanneer",
    "Godzina", "Termin", "Čas", "Termín", "Дата", "Время", "Час", "Tarih", "Saat", "Horário",
    "Ημερομηνία", "Ώρα", "Tanggal", "Waktu", "Hari", "תאריך", "שעה", "מועד", "თარიღი", "დრო",
    "তারিখ", "সময়", "日期", "時間", "时间", "日時", "日程", "일시",
)  # fmt: skip

_OTHER = _keys(
    "Price", "Admission", "Entry", "Cost", "Tickets", "Organiser", "Organizer",
    "Intrare", "Preț", "Bilete", "Organizator", "Belépő", "Belépés", "Ár", "Szervező",
    "Eintritt", "Preis", "Veranstalter", "Tarif", "Prix", "Entrée",
    "Organisateur", "Entrada", "Precio", "Organiza",
    "Ingresso", "Prezzo", "Organizzatore", "Entree", "Prijs",
    "Toegang", "Organisatie", "Wstęp", "Cena", "Vstupné", "Pořadatel",
    "Вход", "Стоимость", "Организатор", "Вхід", "Вартість",
    "Організатор", "Giriş", "Ücret", "Düzenleyen", "Preço",
    "Organização", "Είσοδος", "Τιμή", "Διοργάνωση", "Biaya",
    "Penyelenggara", "כניסה", "מחיר", "מארגן", "შესვლა", "ორგანიზატორი",
    "প্রবেশ", "আয়োজক", "費用", "费用", "主辦", "主办", "参加費", "主催",
    "참가비", "주최",
)  # fmt: skip

_FIELD = re.compile(r"([^:：]{1,24}?)\s?[:：]\s?(\S.{0,100})")

FIELD_VALUE_MAX_WORDS = 12

_DATE_DOT = re.compile(r"(?<=\d)\.")


def event_field(text: str) -> str | None:
    """The kind of an event's practical field ("Locul: Sala mare" is "place", "Ora: 11:00" is
    "when", "Intrare: gratuită" is "other"), or None: a key the lists know, then a short value
    that is no sentence (no full stop inside it).

    >>> event_field("Lieu : Médiathèque, salle 2"), event_field("Date: the day I met her. Fun.")
    ('place', None)
    """
    match = _FIELD.fullmatch(text.strip())
    if match is None or is_quoted(text):
        return None
    value = _DATE_DOT.sub("", match.group(2).rstrip("."))  # "2026. március 12." is a date
    if len(value.split()) > FIELD_VALUE_MAX_WORDS or sentence_marks(value) > 0:
        return None
    key = interface_key(match.group(1))
    if key in _PLACE:
        return "place"
    if key in _WHEN:
        return "when"
    return "other" if key in _OTHER else None


def _event_fields(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """An event's block of practical fields, one a line ("Data: sâmbătă, 12 decembrie" / "Ora:
    11:00" / "Locul: Sala mare" / "Tarif : Gratuit"): two fields or more one under the other
    (chrome between them allowed; the event's date alone on its line counts as its time), a
    place among them and a time or a price, an entry or an organiser. A mail's "Date:" line or
    a recipe's "Time: 40 minutes" has no place beside it and stays; a speaker's line is the
    event's byline and ends the block."""
    index = 0
    while index < len(kept):
        block: list[tuple[int, str]] = []
        gone: set[str] = set()  # the fields of the block removed already ("Időpont: …")
        j = index
        while j < len(kept):
            if j in removed:
                gone.add(event_field(kept[j].text) or "")
                j += 1
                continue
            kind = event_field(kept[j].text)
            if kind is None and furniture_date(kept[j].text):
                kind = "when"  # the event's date and time alone on their line
            if kind is None:
                break
            block.append((j, kind))
            j += 1
        kinds = {kind for _, kind in block} | (gone - {""} if block else set())
        fields = len(block) + len(gone - {""})
        if fields >= 2 and "place" in kinds and len(kinds) >= 2:
            for i, _ in block:
                removed[i] = (
                    "interface:post-meta",
                    f"an event's practical field, one of {len(block)}",
                )
        index = max(j, index + 1)


# --------------------------------------------------------------------------- live blog reporters

LIVE_ENTRIES_MIN = 3

_LIVE_TIME = "a live blog's entry time"


def _live_blog_reporters(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A live blog's reporter line printed under every entry's time ("11:42" / "Tom Adeyemi" /
    the entry): three entries or more, whose times were removed as a live blog's (newest first),
    each with the same short line under it. A chat's speakers alternate and stay."""
    times = [i for i, (_, detail) in removed.items() if detail.startswith(_LIVE_TIME)]
    under = []
    for index in sorted(times):
        nxt = index + 1
        if nxt >= len(kept) or nxt in removed:
            return
        under.append(nxt)
    if len(under) < LIVE_ENTRIES_MIN:
        return
    texts = {kept[i].text.strip() for i in under}
    if len(texts) != 1 or not is_block_shaped(next(iter(texts))):
        return
    for index in under:
        removed[index] = (
            "interface:post-meta",
            "a live blog's reporter line under each entry's time",
        )


# --------------------------------------------------------------------------- comment headings

_POST_FURNITURE = frozenset({"interface:timestamp", "interface:post-meta"})


def _comment_heading(text: str) -> bool:
    found = match_interface(text)
    return (
        found is not None
        and found.kind == "comments"
        and found.context == "run"
        and interface_key(text) not in POST_LABELS
    )


def _comment_headings(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A comment section's heading ("Comments", "Kommentare", "Коментарі"), a word the list
    takes only beside its kind: over the first comment (its author's name, then its date
    removed as the post's furniture, a tab or two between them allowed), or as the page's last
    line, under the text (an empty comment section). A "Comments" line among the text stays.
    """
    seen = [i for i in range(len(kept)) if i not in removed]
    for position, index in enumerate(seen):
        text = kept[index].text.strip()
        if is_quoted(text) or not _comment_heading(text):
            continue
        after = seen[position + 1 : position + 1 + COMMENT_HEAD_REACH]
        if position == len(seen) - 1 and position > 0 and _prose(kept[seen[position - 1]].text):
            removed[index] = ("interface:comments", "a comment section's heading, the page's end")
            continue
        for name in after:
            if not is_block_shaped(kept[name].text):
                break
            if removed.get(name + 1, ("", ""))[0] in _POST_FURNITURE:
                detail = "a comment section's heading over its first comment's author and date"
                removed[index] = ("interface:comments", detail)
                break


COMMENT_HEAD_REACH = 3


# --------------------------------------------------------------------------- tag pills

# the line of an article's author box that names its writer, as blog hosts print it
_WRITTEN_BY = re.compile(
    r"(?:written by|escrito por|geschrieben von|écrit par|scritto da|geschreven door|"
    r"napisane przez|написано|написала?|yazan|ditulis oleh|γράφτηκε από|נכתב על ידי)\s+\S",
    re.IGNORECASE,
)

PILLS_MIN, PILLS_MAX, PILL_MAX_WORDS = 2, 6, 4

AUTHOR_BOX_REACH = 8


def _pill(text: str) -> bool:
    """A topic tag printed as a button: one to four capitalised words, no sentence mark.

    >>> _pill("Large Language Models"), _pill("AI Alignment"), _pill("and the bread rose")
    (True, True, False)
    """
    words = text.split()
    return (
        is_block_shaped(text)
        and 1 <= len(words) <= PILL_MAX_WORDS
        and all(w[:1].isupper() or w.isupper() for w in words)
        and not any(ch.isdigit() for ch in text)
    )


def _tag_pills(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """An article's topic tags printed one a line as buttons under its last paragraph, on a
    blog host that prints an author box under them: two to six capitalised short lines, right
    under a line of prose, with removed chrome right under them (the claps' counts, the follow
    button) and the author box's "Written by …" removed a few lines further. A poem's last
    lines have no author box under them, or are no capitalised tags, and stay."""
    index = 0
    while index < len(kept):
        end = index
        while end < len(kept) and end not in removed and _pill(kept[end].text):
            end += 1
        run = list(range(index, end))
        above = index - 1
        if (
            PILLS_MIN <= len(run) <= PILLS_MAX
            and above >= 0
            and above not in removed
            and _prose(kept[above].text)
            and end in removed
            and any(
                j in removed and _WRITTEN_BY.match(kept[j].text.strip())
                for j in range(end, min(end + AUTHOR_BOX_REACH, len(kept)))
            )
        ):
            for i in run:
                removed[i] = ("interface:post-meta", "a topic tag over the article's author box")
        index = max(end, index + 1)


def article_rules(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """This module's rules, in order (``context.general_rules`` runs them with its late rules)."""
    _callout_labels(kept, removed)
    _event_fields(kept, removed)
    _live_blog_reporters(kept, removed)
    _comment_headings(kept, removed)
    _tag_pills(kept, removed)
