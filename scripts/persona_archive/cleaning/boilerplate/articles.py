"""Chrome inside and under articles that only its neighbours tell (issue 18): the labels of a
documentation page's callouts, an event page's block of practical fields and a live blog's
reporter line repeated under every entry's time; an event's or a record's field labels printed
alone over their values; a documentation page's copy buttons over its code, its header and
sidebar (or a course's outline) over the breadcrumb or over the heading; a podcast page's
transcript label over the speakers' turns and the titles under its episode pager's labels; a
code host's file header (the file's name beside its "Raw" button); an article's one dated
line in its header, a kicker repeating the breadcrumb's last item, a "read also" box of
headlines inside the text; a store's review stars with their date and its developer's line
printed again; a post pager's labels and titles, a comment form's fields, an author box
repeating the header's name, a subscription box whose heading repeats its button, a series'
list counting down, a related list's next cards, one-word tags under the text, an episode's
show notes furniture by its chapters, a reporter's address under the byline, a masthead's
weather and an article's page numbers; and the helpers two older rules ask (a numbered
headline in a related list, an item of the text's own list of quantities, which is no row of
counters).

Each rule goes on positive evidence, never on the words alone: a callout label goes only on a
page that shows documentation tools or two callouts or more, and only over a line of prose; a
field block needs a place and a date or a time among two fields or more, one under the other
(labels over their values: two pairs with a place, or three of a record's);
a live blog's reporter line needs three entries or more, each under its time, all with that
same line; a date in the header needs its time of day, the text under it and no prose above.
A "Note" heading in an essay, a diary's "Ora:" line, a letter's date, a chat's alternating
speakers all stay. The rules read the lines left (not their positions among removed ones), so
that cleaning the clean text again changes nothing.

Lists are folded as ``interface_key`` folds a line (case, accents and combining marks).
"""

from __future__ import annotations

import itertools
import re

from persona_archive.cleaning.boilerplate.interface import (
    POST_LABELS,
    has_letter,
    interface_key,
    match_interface,
)
from persona_archive.cleaning.boilerplate.shapes import (
    furniture_date,
    furniture_shape,
    is_block_shaped,
    is_headline,
    is_name,
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
    "Edit this page on GitHub", "在 GitHub 上编辑此页", "在 GitHub 上編輯此頁", "GitHub で編集",
    "Auf GitHub bearbeiten", "Modifier sur GitHub", "Editar en GitHub", "Editar no GitHub",
    "Modifica su GitHub", "Bewerken op GitHub", "Edytuj na GitHubie", "Редактировать на GitHub",
    "GitHub에서 편집", "Improve this page", "Diese Seite verbessern", "Améliorer cette page",
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
    detail = "a callout's label over its text"
    _docs_furniture(kept, removed, found, CALLOUTS_MIN, ("interface:post-meta", detail), "callouts")


def _docs_furniture(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    found: list[int],
    minimum: int,
    rule: tuple[str, str],
    plural: str,
) -> None:
    """Remove ``found``, the lines a documentation theme prints (callout labels, copy
    buttons), as ``rule`` when the page shows documentation tools (``DOCS_TOOLS``, removed as
    chrome) or ``minimum`` of them: one alone on a page with no tools may be the author's."""
    if not found:
        return
    tools = any(interface_key(kept[i].text) in DOCS_TOOLS for i in removed)
    if not tools and len(found) < minimum:
        return
    why = "the page's documentation tools" if tools else f"{len(found)} {plural} on the page"
    for index in found:
        removed[index] = (rule[0], f"{rule[1]} ({why})")


# --------------------------------------------------------------------------- event fields

_PLACE = _keys(
    "Where", "Place", "Venue", "Location", "Address", "Locul", "Locația", "Locatia", "Loc",
    "Adresa", "Helyszín", "Ort", "Veranstaltungsort", "Lieu", "Adresse", "Lugar", "Dirección",
    "Luogo", "Dove", "Sede", "Indirizzo", "Locatie", "Plaats", "Waar", "Adres", "Miejsce",
    "Místo", "Miesto", "Место", "Адрес", "Місце", "Адреса", "Yer", "Mekan", "Adres", "Local",
    "Τοποθεσία", "Χώρος", "Tempat", "Lokasi", "מקום", "מיקום", "כתובת", "ადგილი", "მისამართი",
    "স্থান", "地點", "地点", "場所", "会場", "장소", "Ubicación", "Localização", "Ubicazione",
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
    "참가비", "주최", "모집 인원", "정원", "신청 마감", "신청 기간", "Capacity", "Deadline",
    "Registration deadline", "Anmeldeschluss", "Plätze", "Aforo", "Plazas", "Inscripciones",
    "Places", "Date limite d'inscription", "Vagas", "Inscrições", "Posti", "Iscrizioni",
    "定員", "申込締切", "名额", "报名截止",
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


# --------------------------------------------------------------------------- stacked fields

# an event's date and place printed as a heading over their value ("Fecha y hora" / "sábado,
# 16 de enero · 10:00"), beside the one-word keys of ``event_field``
_WHEN_HEADINGS = _keys(
    "Date and time", "Date & time", "Fecha y hora", "Datum und Uhrzeit", "Datum & Uhrzeit",
    "Date et heure", "Data e hora", "Data e ora", "Datum en tijd", "Data i godzina",
    "Дата и время", "Tarih ve saat", "일시 및 장소", "日時と場所",
)  # fmt: skip

# a record's labels, each alone over its value, as an open archive's landing page or a
# library catalogue prints them ("Mots-clés" / "personnalité ; évaluation")
RECORD_LABELS = _keys(
    "Keywords", "Subjects", "Domains", "Disciplines", "Document type", "Type of document",
    "License", "Licence", "Identifiers", "Submitted on", "Deposit date", "Main file",
    "Mots-clés", "Domaines", "Type de document", "Date de dépôt", "Identifiants",
    "Fichier principal", "Palabras clave", "Materias", "Tipo de documento", "Licencia",
    "Fecha de depósito", "Identificadores", "Palavras-chave", "Assuntos", "Licença",
    "Data de depósito", "Schlagwörter", "Schlagworte", "Fachgebiete", "Dokumenttyp", "Lizenz",
    "Parole chiave", "Tipo di documento", "Licenza", "Słowa kluczowe", "Typ dokumentu",
    "Ключевые слова", "Тип документа", "Лицензия", "Anahtar kelimeler", "Belge türü",
    "キーワード", "資料種別", "ライセンス", "关键词", "關鍵詞", "문서 유형", "키워드",
)  # fmt: skip

RECORD_PAIRS_MIN = 3


def stacked_label(text: str) -> str | None:
    """The kind of a field label printed alone over its value: "place", "when" or "other" for
    an event's ("Ubicación", "Fecha y hora", "Tarif"), "record" for a record's ("Mots-clés"),
    else None.

    >>> stacked_label("Fecha y hora"), stacked_label("Mots-clés"), stacked_label("Bread")
    ('when', 'record', None)
    """
    key = interface_key(text)
    if key in RECORD_LABELS:
        return "record"
    if key in _WHEN or key in _WHEN_HEADINGS:
        return "when"
    if key in _PLACE:
        return "place"
    return "other" if key in _OTHER else None


# a sentence's end inside a line or at its end ("… the cafe. Bring …"); the middle dot of
# "sábado · 10:00" and the dot of "cs.CL" or "812.4" are none
_PROSE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)|[。！？]")


def _field_value(text: str) -> bool:
    body = _DATE_DOT.sub("", text.strip())  # "14. Januar" is a date
    return (
        len(body.split()) <= FIELD_VALUE_MAX_WORDS
        and not _PROSE_BREAK.search(body)
        and not is_quoted(body)
        and stacked_label(body) is None
    )


def _stacked_fields(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """Field labels printed alone over their values, one pair under the other: an event's
    ("Fecha y hora" / "sábado, 16 de enero · 10:00" / "Ubicación" / "Biblioteca …", two pairs
    or more with a place and a time, a price or an organiser) or a record's ("Domaines" /
    "Informatique [cs]" / "Mots-clés" / …, three pairs or more). Labels and values go. A
    heading "Location" over a paragraph (a sentence) ends the pairs; one "Keywords" heading
    over a short line, or a lone "Place" / "Date" pair, stays. The pairs are read over the
    removed lines too, so that cleaning the clean text again changes nothing."""
    lines = [i for i in range(len(kept)) if kept[i].text.strip()]
    position = 0
    while position < len(lines):
        pairs: list[tuple[int, int, str]] = []
        at = position
        while at + 1 < len(lines):
            kind = stacked_label(kept[lines[at]].text)
            if kind is None or is_quoted(kept[lines[at]].text):
                break
            if not _field_value(kept[lines[at + 1]].text):
                break
            pairs.append((lines[at], lines[at + 1], kind))
            at += 2
        kinds = {kind for _, _, kind in pairs}
        records = sum(kind == "record" for _, _, kind in pairs)
        event = "place" in kinds and len(kinds - {"record"}) >= 2
        if records >= RECORD_PAIRS_MIN or event:
            what = "an event's" if event else "a record's"
            detail = f"{what} field over its value, one of {len(pairs)}"
            for label, value, _ in pairs:
                for i in (label, value):
                    removed.setdefault(i, ("interface:post-meta", detail))
        position = at if pairs else at + 1


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


# --------------------------------------------------------------------------- copy buttons

# the button a documentation theme prints over (or under) each code block, alone on a line
COPY_LABELS = _keys(
    "Copy", "Copy code", "Copy to clipboard", "Kopieren", "Code kopieren", "Copier",
    "Copier le code", "Copiar", "Copiar código", "Copia", "Copia codice", "Kopiëren", "Kopiuj",
    "Kopiuj kod", "Kopírovat", "Копировать", "Копировать код", "Копіювати", "Kopyala",
    "Másolás", "Copiază", "Αντιγραφή", "Salin", "Salin kode", "Sao chép", "העתק", "نسخ",
    "คัดลอก", "コピー", "コードをコピー", "复制", "复制代码", "複製", "複製程式碼", "복사",
    "코드 복사",
)  # fmt: skip

COPY_BUTTONS_MIN = 2

# the end of a sentence, closing quotes or brackets after it allowed: a line of code has none
_SENTENCE_END = re.compile(r"[.!?。！？…](?:[\"'”’»)\]]*)$")


def _copy_buttons(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A code block's copy button alone on its line ("Kopieren" / "name: Gärtnerin"), on a
    page that shows documentation tools (``DOCS_TOOLS``, removed as chrome) or two copy buttons
    or more: the label over or under a line that ends no sentence (the code). A "Copy" heading
    over a paragraph stays, and so does one label over code on a page with no tools."""
    seen = [i for i in range(len(kept)) if i not in removed]
    found = []
    for position, index in enumerate(seen):
        text = kept[index].text.strip()
        if interface_key(text) not in COPY_LABELS or is_quoted(text):
            continue
        beside = [seen[p] for p in (position - 1, position + 1) if 0 <= p < len(seen)]
        code = [
            i
            for i in beside
            if kept[i].text.strip()
            and not _SENTENCE_END.search(kept[i].text.strip())
            and interface_key(kept[i].text) not in COPY_LABELS
        ]
        if code:
            found.append(index)
    rule = ("interface:post-actions", "a code block's copy button")
    _docs_furniture(kept, removed, found, COPY_BUTTONS_MIN, rule, "copy buttons")


# --------------------------------------------------------------------------- transcript labels

# the heading a podcast or video page prints over its transcript
TRANSCRIPT_LABELS = _keys(
    "Transcript", "Full transcript", "Episode transcript", "Automatic transcript",
    "Auto-generated transcript", "Transcription", "Transcription de l'épisode", "Transkript",
    "Transkription", "Transcripción", "Transcripción del episodio", "Transcrição",
    "Trascrizione", "Transcriptie", "Transkrypcja", "Přepis", "Prepis", "Átirat",
    "Transcriere", "Μεταγραφή", "Расшифровка", "Стенограмма", "Транскрипт",
    "Транскрипція", "Стенограма", "Deşifre", "Transkrip", "Bản ghi", "Bản chép lời",
    "תמלול", "النص الكامل للحلقة", "نص الحلقة", "ট্রান্সক্রিপ্ট", "ट्रांसक्रिप्ट",
    "文字起こし", "書き起こし", "文字稿", "逐字稿", "转录", "轉錄", "녹취록", "스크립트",
)  # fmt: skip

# a speaker's turn ("Marta: Bienvenidos…") or a time code opening a line ("[00:01:12] …")
_TIME_CODE = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s|$)")
_SPEAKER = re.compile(r"[^\s:：.!?]{1,20}(?: [^\s:：.!?]{1,20}){0,3}\s?[:：]\s*\S")

TURNS_READ, TURNS_MIN = 5, 2


def speaker_turn(text: str) -> bool:
    """A line of a transcript: a speaker's name and a colon before the words, or a time code.

    >>> speaker_turn("Marta: Bienvenidos a otro episodio."), speaker_turn("(00:12) So today")
    (True, True)
    >>> speaker_turn("We talked about bread for an hour.")
    False
    """
    body = text.strip()
    return bool(_SPEAKER.match(body) or _TIME_CODE.match(body))


_SPEAKER_TIMED = re.compile(
    r"[^\s:：.!?()]{1,20}(?: [^\s:：.!?()]{1,20}){0,3}\s?[\[(]\d{1,2}(?::\d{2}){1,2}[\])]:?"
)

NOTICE_MAX_WORDS = 8


def _turn(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """A speaker's turn (``speaker_turn``), or a speaker's name over the turn's time code:
    "Mara Quinn (00:00:04)", or "Jonas" over a removed "00:00:05"."""
    text = kept[index].text.strip()
    if speaker_turn(text) or _SPEAKER_TIMED.fullmatch(text):
        return True
    below = removed.get(index + 1, ("", ""))[0]
    return below == "interface:timestamp" and is_block_shaped(text) and len(text.split()) <= 4


def _transcript_labels(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A transcript's label alone on its line ("Transcripción", "Transcript:"), over the
    speakers' turns: two of the lines under it or more (``TURNS_READ``) are a speaker's words
    after a name and a colon, open with a time code, or are a speaker's name over the turn's
    time code. A short line between the label (left or removed) and the first turn is the
    transcript's notice ("Automatisch erstellt, nicht korrigiert.") and goes too. A
    "Transcript" heading over an essay's prose stays, and so does a long first line."""
    for index in range(len(kept)):
        text = kept[index].text.strip()
        key = interface_key(text).rstrip(":：").strip()
        if key not in TRANSCRIPT_LABELS or is_quoted(text):
            continue
        under = [i for i in range(index + 1, len(kept)) if i not in removed][:TURNS_READ]
        turns = [i for i in under if _turn(kept, removed, i)]
        reach = under[-1] if under else index
        codes = sum(  # a caption panel's time codes, removed over each segment
            1
            for i in range(index + 1, reach)
            if removed.get(i, ("", ""))[1].startswith("transcript time code")
        )
        if len(turns) + codes < TURNS_MIN:
            continue
        if index not in removed:
            removed[index] = ("interface:navigation", "a transcript's label over its turns")
        notice = under[0]
        if (
            turns
            and len(under) > 1
            and under[1] == turns[0]
            and notice not in turns
            and len(kept[notice].text.split()) <= NOTICE_MAX_WORDS
            and not is_quoted(kept[notice].text)
        ):
            removed[notice] = ("interface:status", "a transcript's notice under its label")


# --------------------------------------------------------------------------- episode pagers

EPISODE_LABELS = _keys(
    "Previous episode", "Next episode", "Episodio anterior", "Episodio siguiente",
    "Épisode précédent", "Épisode suivant", "Vorherige Folge", "Nächste Folge",
    "Vorherige Episode", "Nächste Episode", "Episodio precedente", "Episodio successivo",
    "Episódio anterior", "Próximo episódio", "Vorige aflevering", "Volgende aflevering",
    "Poprzedni odcinek", "Następny odcinek", "Предыдущий выпуск", "Следующий выпуск",
    "Попередній випуск", "Наступний випуск", "Önceki bölüm", "Sonraki bölüm",
    "Předchozí díl", "Další díl", "前のエピソード", "次のエピソード", "上一集", "下一集",
    "이전 에피소드", "다음 에피소드",
)  # fmt: skip


def _episode_pager(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The title under a removed episode pager's label ("Episodio anterior" / "56. Pan,
    abejas y algoritmos"), numbered or not (``listed_headline``), with chrome, another label
    or the page's end under it. A label's line over a paragraph of the text keeps it."""
    for index in sorted(removed):
        if interface_key(kept[index].text) not in EPISODE_LABELS:
            continue
        title = index + 1
        if title >= len(kept) or title in removed or not listed_headline(kept[title].text):
            continue
        after = title + 1
        if after < len(kept) and after not in removed:
            continue
        removed[title] = ("interface:navigation", "an episode's title under its pager's label")


# --------------------------------------------------------------------------- file headers

# the buttons a code host prints beside a file's name
FILE_BUTTONS = _keys(
    "Raw", "View raw", "Copy raw file", "Download raw file", "Blame", "Copy file",
    "Copy raw contents", "Open raw",
)  # fmt: skip

_FILE_NAME = re.compile(
    r"[\w.+-]{0,80}\w\.[A-Za-z][A-Za-z0-9]{0,7}|README|LICENSE|Makefile|Dockerfile|Gemfile"
)


def _file_headers(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A code host's file header: the file's name alone on its line ("notas_persona.md") with
    its "Raw" button right above or under it. Both go. A file's name alone over the text, with
    no button, stays, and so does a "Raw" heading over a recipe's prose."""
    for index, line in enumerate(kept):
        if not _FILE_NAME.fullmatch(line.text.strip()):
            continue
        for step in (1, -1):
            button = index + step
            if 0 <= button < len(kept) and interface_key(kept[button].text) in FILE_BUTTONS:
                for i in (index, button):
                    if i not in removed:
                        removed[i] = ("interface:hosting-banner", "a code host's file header")
                break


# --------------------------------------------------------------------------- header dates

HEADER_LINES_MAX = 6

_TIME_OF_DAY = re.compile(r"\d{1,2}\s?[:：h時]\s?\d{2}")


def _sentence_line(text: str) -> bool:
    """A line that ends a sentence ("Dear Ana, the bees are back."); "v2.3.0" ends none."""
    body = text.strip()
    return sentence_marks(body) > 0 and bool(_SENTENCE_END.search(body))


def _header_date(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """An article's publication date with its time of day, alone on its line in the article's
    header ("04.03.2025, 08:15"): the page's only such date among the lines left, six lines or
    fewer from the top, no line of two sentences above it (the text has not begun), a line
    that ends no sentence right above it (the headline, the byline) and the text's first line
    of prose right under it. A diary's dates, two or more, a date under a line of prose (a
    letter's, an answer to "when?"), a date among the paragraphs and a date with no time of
    day (a letter's, under its title) stay."""
    seen = [i for i in range(len(kept)) if i not in removed]
    dates = [p for p, i in enumerate(seen) if furniture_date(kept[i].text)]
    if len(dates) != 1:
        return
    position = dates[0]
    index = seen[position]
    text = kept[index].text.strip()
    if not 0 < position <= HEADER_LINES_MAX or is_quoted(text) or not _TIME_OF_DAY.search(text):
        return
    above = [kept[i].text for i in seen[:position]]
    if any(_sentence_line(t) and sentence_marks(t) > 1 for t in above):
        return
    if _sentence_line(above[-1]):
        return  # under a line of prose: a letter's or an answer's date, the author's
    if position + 1 >= len(seen) or not _sentence_line(kept[seen[position + 1]].text):
        return
    removed[index] = ("interface:timestamp", "the article's date in its header, over its text")


# --------------------------------------------------------------------------- breadcrumbs' kin

# a breadcrumb trail: two to six short items between the › » kind of separators (a slash or a
# bar is too common in a line of text)
_TRAIL = re.compile(r"[^.!?»›‹<>]{1,40}(?:\s?[»›] ?[^.!?»›‹<>]{1,40}){1,5}")
_TRAIL_SEPARATOR = re.compile(r"\s*[»›]\s*")

KICKER_MAX_WORDS = 4

# the words a byline opens with (the headline under a kicker names no author)
_BY = re.compile(
    r"(?:by|von|par|por|di|de|da|av|af|door|przez|od|autor|автор|от|від|yazan|oleh|bởi)[\s:]",
    re.IGNORECASE,
)
SIDEBAR_MIN, SIDEBAR_MAX_WORDS = 3, 5


def _crumbs(text: str) -> list[str]:
    """The items of a breadcrumb trail ("Lokales › Lindenberg"), folded; [] for any other line.

    >>> _crumbs("Lokales › Lindenberg"), _crumbs("A sentence. › Not one")
    (['lokales', 'lindenberg'], [])
    """
    body = text.strip()
    if not _TRAIL.fullmatch(body) or is_quoted(body):
        return []
    return [interface_key(item) for item in _TRAIL_SEPARATOR.split(body) if item.strip()]


def _next_visible(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> int | None:
    below = index + 1
    while below < len(kept) and (below in removed or not kept[below].text.strip()):
        below += 1
    return below if below < len(kept) else None


def _crumb_kickers(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A section's name printed as a kicker over the headline, the last item of the
    breadcrumb right above it ("Lokales › Lindenberg" / "Lindenberg" / "Stadtbücherei testet
    …"): a short line that repeats the trail's last item, with a headline under it that is
    much longer, ends no sentence and names no author. The kicker goes, and the trail with it.
    A headline that repeats the trail's last item, with a byline or the text under it, stays.
    """
    for index in range(1, len(kept)):
        if index in removed:
            continue
        text = kept[index].text.strip()
        crumbs = _crumbs(kept[index - 1].text)
        if len(crumbs) < 2 or crumbs[-1] != interface_key(text):
            continue
        if len(text.split()) > KICKER_MAX_WORDS or not is_block_shaped(text):
            continue
        headline = _next_visible(kept, removed, index)
        if headline is None:
            continue
        title = kept[headline].text.strip()
        if (
            len(title) < 2 * len(text) + 8
            or not is_headline(title)
            or _sentence_line(title)
            or _BY.match(title)
        ):
            continue
        for i in (index - 1, index):
            removed.setdefault(
                i, ("interface:navigation", "a breadcrumb and its kicker over the headline")
            )


def _sidebars_over_crumbs(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A documentation site's header and sidebar over its breadcrumb: every line left above
    the trail, three or more, is short and ends no sentence (the site's name, its menus, the
    sidebar's items, one a line), and one of them is an item of the trail (the page's own
    section: "Persona-Dateien" in the sidebar, "Startseite › Anleitung › Persona-Dateien"
    under it). They go, and the trail. A page whose text begins above the trail, or whose
    short lines name none of its items, keeps them."""
    for index, line in enumerate(kept):
        crumbs = _crumbs(line.text)
        if len(crumbs) < 2 or not has_letter(line.text):
            continue  # a trail names pages; figures between marks ("0»0") are no trail
        run = [i for i in range(index) if i not in removed and kept[i].text.strip()]
        if len(run) < SIDEBAR_MIN:
            return
        for i in run:
            text = kept[i].text.strip()
            if _sentence_line(text) or len(text.split()) > SIDEBAR_MAX_WORDS or is_quoted(text):
                return
        if not any(interface_key(kept[i].text) in crumbs[1:] for i in run):
            return
        for i in run:
            removed[i] = (
                "interface:navigation",
                "the site's header and sidebar over its breadcrumb",
            )
        removed.setdefault(index, ("interface:navigation", "a breadcrumb under the site's sidebar"))
        return


# what an online course's lesson page prints under the lesson: its progress button; like the
# documentation tools, the evidence that the short lines over the heading are its outline
COURSE_TOOLS = _keys(
    "Mark as complete", "Mark as completed", "Marquer comme terminé", "Marquer comme terminée",
    "Marcar como concluído", "Marcar como completado", "Marcar como concluida",
    "Als erledigt markieren", "Segna come completato", "Oznacz jako ukończone",
    "Отметить как выполненное", "Tamamlandı olarak işaretle", "この講義を完了にする",
    "レッスンを完了する", "标记为完成", "標記為完成", "완료로 표시",
)  # fmt: skip


_SPACED = re.compile(r"\s{3,}")


def _short_items(text: str) -> bool:
    """A short line, or a row of tabs spaced apart ("홈   시작하기   API 참조"), each item short.

    >>> _short_items("Home   Getting started   API reference"), _short_items("a b c d e f")
    (True, False)
    """
    items = [interface_key(item) for item in _SPACED.split(text.strip()) if item.strip()]
    return all(len(item.split()) <= SIDEBAR_MAX_WORDS for item in items)


def _sidebars_over_titles(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A documentation site's header and sidebar over the page's heading, the sidebar naming
    the page itself, on a page that shows documentation tools (``DOCS_TOOLS``, or a course's
    progress button, ``COURSE_TOOLS``: its outline names the lesson): every line
    left above the heading, three or more, is short and ends no sentence, one of them is the
    heading's own text ("编写人设" in the sidebar, "编写人设" over the text), and a line of
    prose follows the heading (a line printed twice with no prose under it, the site's name
    in the header and in the sidebar, is passed over; a trail's "»" is no word). They go. A
    chat's short lines (no tools), a page whose text
    begins above the heading, or whose short lines do not repeat it, keep them."""
    tools = DOCS_TOOLS | COURSE_TOOLS
    if not any(interface_key(kept[i].text) in tools for i in removed):
        return
    seen = [i for i in range(len(kept)) if i not in removed and kept[i].text.strip()]
    for position, index in enumerate(seen):
        text = kept[index].text.strip()
        if position < SIDEBAR_MIN:
            continue
        key = interface_key(text)  # a trail's "» " is no word: "» Guia de estilo"
        if _sentence_line(text) or not _short_items(text) or is_quoted(text):
            return
        run = seen[:position]
        if not any(interface_key(kept[i].text) == key for i in run):
            continue
        if position + 1 >= len(seen) or not _sentence_line(kept[seen[position + 1]].text):
            continue  # the site's name printed twice ("Persona Kit" / … / "Persona Kit")
        for i in run:
            removed[i] = ("interface:navigation", "the site's header and sidebar over the heading")
        return


# --------------------------------------------------------------------------- store reviews

# a review's rating drawn in five stars, then the review's date ("★★★★★ 2026/12/01")
_STARS_DATED = re.compile(r"([★☆✩✭]\s?){5}\s*[·|•,-]?\s*(?P<date>\S.{3,40})")


def _dated_stars(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A review's rating in five drawn stars with its date on the same line ("★★★☆☆
    2026/11/27"): the store's or the review site's furniture. Stars alone, or with words
    after them, may be an author's own rating in a list, and stay."""
    for index, line in enumerate(kept):
        if index in removed:
            continue
        match = _STARS_DATED.fullmatch(line.text.strip())
        if match and furniture_date(match["date"]):
            removed[index] = ("interface:voting", "a review's stars with its date")


# a company's name as a store prints its developer: a legal form at its end or its start
_COMPANY = re.compile(
    r"(?:\S+(?: \S+){0,4},? (?:GmbH|AG|A\.Ş\.|B\.V\.|N\.V\.|Ltd\.?|Limited|Inc\.?|LLC|"
    r"S\.A\.|S\.L\.|S\.r\.l\.|SRL|Sp\. z o\.o\.|s\.r\.o\.|Oy|AB|K\.K\.|Co\., Ltd\.|"
    r"Pty Ltd|SAS|SARL|Kft\.|Zrt\.|LLP|PLC|plc))|(?:株式会社|有限会社|合同会社|주식회사)\s?\S{1,20}"
    r"|\S{1,20}\s?(?:株式会社|有限会社|合同会社|有限公司|股份有限公司)"
)

COMPANY_MIN_PRINTS = 2


def _developer_lines(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A store page's developer, a company's name alone on its line ("Wiesengrund Software
    GmbH", "株式会社こもれびソフト"), printed twice or more on the page (under the title, in
    the facts table, over its replies): each print next to removed chrome goes, but the one
    over a reply's date, which names the reply's author. A company named once, or among the
    text's lines, stays."""
    prints: dict[str, list[int]] = {}
    for index, line in enumerate(kept):
        text = line.text.strip()
        if _COMPANY.fullmatch(text) and not is_quoted(text):
            prints.setdefault(interface_key(text), []).append(index)
    for indices in prints.values():
        if len(indices) < COMPANY_MIN_PRINTS:
            continue
        for index in indices:
            if index in removed:
                continue
            below = index + 1
            if below < len(kept) and furniture_date(kept[below].text):
                continue  # a reply's author over its date, removed or not
            beside = [i for i in (index - 1, index + 1) if 0 <= i < len(kept)]
            if any(i in removed for i in beside):
                removed[index] = (
                    "interface:post-meta",
                    "a store's developer line beside its furniture",
                )


# --------------------------------------------------------------------------- boxes in the text

RELATED_BOX_MIN, RELATED_BOX_MAX, RELATED_HEADLINE_MIN_WORDS = 2, 4, 4

# a heading made of one word and a colon, then its subject ("Fakta: så fungerar assistenten")
_LABELLED = re.compile(r"[^\s:：]{1,20}[:：]\s")


def _related_boxes(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A "read also" box inside the text: under its label, removed as a related list's
    ("Leia também", "Leggi anche"), two to four other articles' headlines (four words or
    more, ending no sentence), then the text goes on with a line of prose. A label over one
    heading of the text, or over short lines, keeps them."""
    for label in sorted(removed):
        if removed[label][0] != "interface:related":
            continue
        run = []
        index = _next_visible(kept, removed, label)
        while index is not None and len(run) <= RELATED_BOX_MAX:
            text = kept[index].text.strip()
            if _sentence_line(text) or not is_headline(text) or is_quoted(text):
                break
            if len(text.split()) < RELATED_HEADLINE_MIN_WORDS or _LABELLED.match(text):
                break  # a fact box's heading ("Fakta: så fungerar …") is the text's own
            run.append(index)
            index = _next_visible(kept, removed, index)
        if not RELATED_BOX_MIN <= len(run) <= RELATED_BOX_MAX:
            continue
        if index is None or not (
            _sentence_line(kept[index].text) or _LABELLED.match(kept[index].text)
        ):
            continue
        for i in run:
            removed[i] = ("interface:related", "a headline in a box inside the text")


# --------------------------------------------------------------------------- pagers


def _navigation_label(text: str) -> bool:
    found = match_interface(text)
    return found is not None and all(e.kind == "navigation" for e in found.entries)


def _pager_titles(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A post pager: two navigation labels (any the list knows as one, "« Anterior" and
    "Siguiente »", "Poprzedni" and "Następny"), each over one title, the four lines one under
    the other ("« Anterior" / "Cómo centré una rueda" / "Siguiente »" / "Mi primer pan"), under
    the text (a line of prose above them). The labels and the titles go. A label over a line
    of prose, or a menu over the headline, keeps them."""
    seen = [i for i in range(len(kept)) if kept[i].text.strip()]
    for position in range(len(seen) - 3):
        first, title, second, last = seen[position : position + 4]
        if not (_navigation_label(kept[first].text) and _navigation_label(kept[second].text)):
            continue
        if interface_key(kept[first].text) == interface_key(kept[second].text):
            continue
        if not any(_sentence_line(kept[i].text) and _prose(kept[i].text) for i in seen[:position]):
            continue  # a pager follows the text; a menu over the headline is no pager
        titles = (title, last)
        if any(i in removed and removed[i][0] != "interface:navigation" for i in titles) or not all(
            _pager_title(kept[i].text) for i in titles
        ):
            continue
        for i in (first, title, second, last):
            removed.setdefault(i, ("interface:navigation", "a pager's label and its title"))


def _pager_title(text: str) -> bool:
    body = text.strip()
    return (
        listed_headline(body)
        and len(body.split()) >= 2
        and not _sentence_line(body.rstrip("?？"))
        and match_interface(body) is None
    )


# --------------------------------------------------------------------------- comment forms

_FIELD_END = re.compile(r"(?:\*|\)|[:：])$")
FORM_FIELD_MAX_WORDS, FORM_REACH = 6, 6


def _comment_forms(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A comment form's fields between its heading and its button, both removed as a comment
    section's ("Kommentar schreiben" / "Name (erforderlich)" / "E-Mail (wird nicht
    veröffentlicht)" / "Kommentar abschicken"): short lines that end as a form's label does,
    in a bracket, a star or a colon, nothing else between. A comment ("Danke für den Tipp")
    between a comment count and a "Reply" button has none of these ends and stays."""
    form = sorted(i for i, (rule, _) in removed.items() if rule == "interface:comments")
    for start, end in itertools.pairwise(form):
        if not 1 < end - start <= FORM_REACH + 1:
            continue
        between = [i for i in range(start + 1, end) if i not in removed and kept[i].text.strip()]
        if between and all(_form_field(kept[i].text) for i in between):
            for i in between:
                removed[i] = ("interface:comments", "a comment form's field")


def _form_field(text: str) -> bool:
    body = text.strip()
    return (
        len(body.split()) <= FORM_FIELD_MAX_WORDS
        and bool(_FIELD_END.search(body))
        and not _sentence_line(body)
        and not is_quoted(body)
    )


# --------------------------------------------------------------------------- author boxes

HEADER_REACH, BIO_MAX_WORDS = 15, 40

# what an author box sits under: the share row, the tags, the related list, the site's menus
_BOX_ABOVE = frozenset(
    {
        "interface:sharing", "interface:post-meta", "interface:related",
        "interface:navigation", "interface:newsletter", "term-cloud",
    }
)  # fmt: skip


def _author_boxes(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """An author box under the text: the author's name alone on its line, printed in the
    article's header too (alone, or in its byline: "Por Beatriz Moura · 3 de dezembro"), with
    the share row, the tags or a menu removed right above it and one line of biography under
    it, then chrome or the page's end (no post's date or reply button: that is the author's
    own comment). Name and biography go. A letter's signature under its last
    paragraph, or a name the header does not print, stays."""
    for index in range(HEADER_REACH // 3, len(kept)):
        text = kept[index].text.strip()
        if index in removed or not is_name(text):
            continue
        if removed.get(index - 1, ("", ""))[0] not in _BOX_ABOVE:
            continue  # a comment's author under the last comment's furniture is none
        if not any(
            text in kept[j].text and j != index for j in range(min(HEADER_REACH, index - 1))
        ):
            continue
        bio = index + 1
        if bio >= len(kept) or bio in removed or is_quoted(kept[bio].text):
            continue
        words = len(kept[bio].text.split())
        after = bio + 1
        if not 0 < words <= BIO_MAX_WORDS or not _sentence_line(kept[bio].text):
            continue
        if after < len(kept) and after not in removed and kept[after].text.strip():
            continue
        if removed.get(after, ("", ""))[0] in _POST_FURNITURE | {"interface:post-actions"}:
            continue  # the author's own comment, with its date or its reply button
        for i in (index, bio):
            removed[i] = ("interface:post-meta", "an author box under the text")


# --------------------------------------------------------------------------- subscribe boxes

_SIGN_UP = frozenset({"interface:account", "interface:newsletter"})
BOX_REACH, BOX_LINE_MAX_WORDS = 3, 20


def _subscribe_boxes(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A subscription box: its heading repeats the button's verb ("Iscriviti a Quaderno del
    tè" over "Iscriviti", "Subscribe to The Kettle Hour" over "Subscribe"), with up to two
    short lines between them (the pitch). Heading and pitch go. A paragraph that begins with
    the same word over a line of prose keeps it."""
    for button in sorted(removed):
        if removed[button][0] not in _SIGN_UP:
            continue
        verb = interface_key(kept[button].text)
        if not verb or len(verb.split()) > 2:
            continue
        for heading in range(button - 1, max(-1, button - BOX_REACH - 1), -1):
            if heading in removed:
                break
            if not interface_key(kept[heading].text).startswith(verb + " "):
                continue
            if not is_block_shaped(kept[heading].text):
                break  # a sentence that begins with the verb is the text's
            box = [i for i in range(heading, button) if i not in removed]
            if all(len(kept[i].text.split()) <= BOX_LINE_MAX_WORDS for i in box) and not any(
                is_quoted(kept[i].text) for i in box
            ):
                for i in box:
                    removed[i] = ("interface:newsletter", "a subscription box over its button")
            break


# --------------------------------------------------------------------------- numbered series

_SERIES = re.compile(r"(\D{0,12}?)(\d{1,4})\s?[:.)–—-]\s+(\S.*)")
SERIES_MIN = 2


SERIES_TITLE_MAX_WORDS = 12


def _series_title(text: str) -> bool:
    """An item's title: a headline, or two short ones ("Do models have moods? A careful
    conversation"), that ends no sentence with a full stop."""
    body = text.strip()
    return listed_headline(body) or (
        len(body.split()) <= SERIES_TITLE_MAX_WORDS and not body.endswith((".", "!", "。"))
    )


def _numbered_series(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A list of a series' other items under a removed label, newest first: lines that share
    one prefix before a number ("Ep. 13: …", "Ep. 12: …", "Folge 41 – …"), the numbers
    falling one by one, each followed by a title, up to chrome or the page's end. A text's own
    steps count up ("Step 1: …", "Step 2: …") and stay."""
    for label in sorted(removed):
        run: list[tuple[int, str, int]] = []
        index = label + 1
        while index < len(kept) and index not in removed:
            match = _SERIES.fullmatch(kept[index].text.strip())
            if not match or not _series_title(match.group(3)) or is_quoted(kept[index].text):
                break
            run.append((index, match.group(1).strip().casefold(), int(match.group(2))))
            index += 1
        if len(run) < SERIES_MIN or (index < len(kept) and index not in removed):
            continue
        if len({prefix for _, prefix, _ in run}) != 1:
            continue
        if any(b[2] != a[2] - 1 for a, b in itertools.pairwise(run)):
            continue
        for i, _, _ in run:
            removed[i] = ("interface:related", f"an item of a series' list, one of {len(run)}")


# --------------------------------------------------------------------------- card lists

_CARD_FURNITURE = frozenset({"interface:counter", "interface:timestamp", "interface:post-meta"})


def _card_lists(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The next cards of a list of other articles whose first headline went as a related
    list's: each card a headline-shaped line with its furniture under it, removed (the
    reading time, the date, the view count), the card before it ending the same way
    ("Il bollitore …" / "3 min di lettura" / "Cosa ho imparato …" / "7 min di lettura"). A
    paragraph, or a headline with no furniture under it, ends the list. One short line may
    stand between a headline and its furniture (the channel or the section that printed it).
    """
    for index in range(1, len(kept)):
        if index in removed or not _card_headline(kept[index].text):
            continue
        above = index - 1
        while above >= 0 and above in removed and removed[above][0] in _CARD_FURNITURE:
            above -= 1
        if (
            above == index - 1
            or above < 0
            or removed.get(above, ("", ""))[0] != ("interface:related")
        ):
            continue
        card = [index]
        below = index + 1
        if below < len(kept) and below not in removed and _card_source(kept[below].text):
            card.append(below)  # the card's source under its headline (a channel, a section)
            below += 1
        if below < len(kept) and removed.get(below, ("", ""))[0] in _CARD_FURNITURE:
            for i in card:
                removed[i] = ("interface:related", "a card's headline in a list of others")


CARD_SOURCE_MAX_WORDS = 4


def _card_source(text: str) -> bool:
    body = text.strip()
    return is_block_shaped(body) and len(body.split()) <= CARD_SOURCE_MAX_WORDS


CARD_HEADLINE_MIN_CHARS = 10


def _card_headline(text: str) -> bool:
    """A card's headline: three words or more, or in a script written without spaces ten
    characters or more ("パン作りをAIに手伝ってもらった結果")."""
    body = text.strip()
    words = len(body.split())
    unspaced = words == 1 and len(body) >= CARD_HEADLINE_MIN_CHARS
    return is_headline(body) and (words >= RELATED_HEADLINE_MIN_WORDS - 1 or unspaced)


# --------------------------------------------------------------------------- tags under the text

TAGS_MIN, TAGS_MAX, TAG_MIN_CHARS = 2, 8, 3

_ASKING = ("?", "？", "؟", "!", "！")


def _slug_tags(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A post's tags printed one a line in lower case ("bicicletas" / "herramientas"), right
    under the text's last line of prose, with only removed chrome under them to the page's
    end: two to eight lines of one word each (a slug), no digits, no sentence mark. A list the
    text goes on after, a list under a question ("Is the pan's material important?" / "flour"
    / "water"), a poem's last lines ("and the bread" / "rose anyway") or lines that begin with
    a capital (a signature, a name) stay."""
    seen = [i for i in range(len(kept)) if i not in removed and kept[i].text.strip()]
    end = len(seen)
    start = end
    while start > 0 and _slug(kept[seen[start - 1]].text):
        start -= 1
    run = seen[start:end]
    if not TAGS_MIN <= len(run) <= TAGS_MAX or start == 0:
        return
    above = kept[seen[start - 1]].text.strip()
    if not _prose(above) or not _sentence_line(above) or above.endswith(_ASKING):
        return  # under a question or an exclamation: the answers, a list the text asks for
    if any(run[k + 1] - run[k] != 1 for k in range(len(run) - 1)):
        return
    for i in run:
        removed[i] = ("interface:post-meta", f"a post's tag under the text, one of {len(run)}")


def _slug(text: str) -> bool:
    body = text.strip()
    return (
        body[:1].islower()
        and len(body.split()) == 1
        and len(body) >= TAG_MIN_CHARS
        and is_block_shaped(body)
        and not any(ch.isdigit() for ch in body)
    )


# --------------------------------------------------------------------------- podcast guests


def _guest_lines(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The show notes' furniture right over or under an episode's chapter markers: a line the
    list knows beside its kind only, a guest line ("Gäste: Sabine Kroll", by the sponsor read
    too) or a heading ("Links mentioned": an "Advertisement" label beside a heading is no
    sponsor read); under a heading, the titles of the links it
    lists (headline-shaped, one a line, up to the next chrome). The same words among the
    turns of a transcript, with no chapters beside them, stay, and so do a heading's lines
    of prose."""
    for index, line in enumerate(kept):
        if index in removed:
            continue
        found = match_interface(line.text)
        if found is None or found.context != "run":
            continue
        kind = found.entries[0].kind
        if kind not in ("post-meta", "navigation"):
            continue
        for beside in (index - 1, index + 1):
            rule, detail = removed.get(beside, ("", ""))
            sponsor = rule == "interface:sponsor" and kind == "post-meta"
            if sponsor or detail.startswith("chapter markers"):
                removed[index] = (f"interface:{kind}", "the show notes' furniture by the chapters")
                if kind == "navigation":
                    _listed_links(kept, removed, index)
                break


LINKS_MAX = 8


def _listed_links(kept: list[Line], removed: dict[int, tuple[str, str]], label: int) -> None:
    """The link titles under a show notes' heading: headline-shaped lines up to removed
    chrome (a line of prose, the page's end or more than ``LINKS_MAX`` keep them all)."""
    run = []
    index = label + 1
    while index < len(kept) and index not in removed and len(run) <= LINKS_MAX:
        text = kept[index].text.strip()
        if not text or not is_headline(text) or _sentence_line(text) or is_quoted(text):
            return
        run.append(index)
        index += 1
    if run and len(run) <= LINKS_MAX and index < len(kept) and index in removed:
        for i in run:
            removed[i] = ("interface:related", "a link listed in the show notes")


# --------------------------------------------------------------------------- reporters' addresses

_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")


def _byline_addresses(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A reporter's e-mail address alone on its line under the byline ("Av Elin Lundqvist"
    / "elin.lundqvist@…"), with the article's date removed right under it. An address in a
    sentence, or alone among the text's paragraphs, stays."""
    for index in range(1, len(kept) - 1):
        text = kept[index].text.strip()
        if index in removed or not _ADDRESS.fullmatch(text):
            continue
        above = kept[index - 1].text.strip()
        if not (_BY.match(above) and is_block_shaped(above)):
            continue
        if removed.get(index + 1, ("", ""))[0] == "interface:timestamp":
            removed[index] = ("interface:post-meta", "a reporter's address under the byline")


# --------------------------------------------------------------------------- weather widgets

# a place and its temperature, the sky's state after them ("Hebden Bridge 7°C Light rain")
_WEATHER = re.compile(
    r"[^\d.!?:;]{2,40}\s[-−+]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?:\s[^\d.!?:;]{2,30})?"
)


def _weather_lines(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A news site's weather widget in its masthead: a place and a temperature on a line of
    their own ("Zwolle 6°C", "Hebden Bridge 7°C Light rain"), over the page's first line of
    prose. A recipe's oven line ("Bake at 220 °C for 40 minutes") has a number after the
    degrees or stands among the text, and stays."""
    for index, line in enumerate(kept):
        text = line.text.strip()
        if index not in removed and _sentence_line(text) and _prose(text):
            return  # the text has begun
        if index in removed or is_quoted(text) or not _WEATHER.fullmatch(text):
            continue
        removed[index] = ("interface:navigation", "a masthead's weather widget")


# --------------------------------------------------------------------------- page numbers

_PAGE_NUMBER = re.compile(r"\d{1,3}")
PAGE_LABEL_MAX_WORDS = 2


def _page_numbers(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """An article's pagination, one item a line: bare page numbers counting up from 1
    ("1" / "2"), with a navigation line removed right under them ("Selanjutnya", "Next") and
    the block's label over them, a word or two and a colon ("Halaman:", "Strona:"). The
    numbers and the label go. A "1" alone, or numbers with no pager beside them, stay."""
    index = 0
    while index < len(kept):
        run = []
        j = index
        while j < len(kept) and _PAGE_NUMBER.fullmatch(kept[j].text.strip() or "x"):
            run.append(j)
            j += 1
        numbers = [int(kept[i].text) for i in run]
        pager = removed.get(j, ("", ""))[0] == "interface:navigation"
        if run and numbers[0] == 1 and numbers == list(range(1, len(run) + 1)) and pager:
            kept_run = [i for i in run if i not in removed]
            if len(run) >= 2 or any(i in removed for i in run):
                for i in kept_run:
                    removed[i] = ("interface:navigation", "a page number of the pagination")
                label = index - 1
                text = kept[label].text.strip() if label >= 0 else ""
                if (
                    label not in removed
                    and text.endswith((":", "："))
                    and len(text.split()) <= PAGE_LABEL_MAX_WORDS
                ):
                    removed[label] = ("interface:navigation", "the pagination's label")
        index = max(j, index + 1)


def article_rules(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """This module's rules, in order (``context.general_rules`` runs them with its late rules)."""
    _callout_labels(kept, removed)
    _event_fields(kept, removed)
    _stacked_fields(kept, removed)
    _live_blog_reporters(kept, removed)
    _comment_headings(kept, removed)
    _tag_pills(kept, removed)
    _copy_buttons(kept, removed)
    _transcript_labels(kept, removed)
    _episode_pager(kept, removed)
    _file_headers(kept, removed)
    _header_date(kept, removed)
    _crumb_kickers(kept, removed)
    _sidebars_over_crumbs(kept, removed)
    _sidebars_over_titles(kept, removed)
    _dated_stars(kept, removed)
    _developer_lines(kept, removed)
    _related_boxes(kept, removed)
    _pager_titles(kept, removed)
    _comment_forms(kept, removed)
    _author_boxes(kept, removed)
    _subscribe_boxes(kept, removed)
    _numbered_series(kept, removed)
    _card_lists(kept, removed)
    _slug_tags(kept, removed)
    _guest_lines(kept, removed)
    _byline_addresses(kept, removed)
    _weather_lines(kept, removed)
    _page_numbers(kept, removed)
