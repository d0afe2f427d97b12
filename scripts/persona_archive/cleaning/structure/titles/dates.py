"""Date lines: a line that gives a date, in the words of the languages the archive meets
or in the shape of a full date in any language.

A headline stands over its date; a date line is never a title. The title stage asks both
questions ("is this line a date?", "is a date right under this line?"), so the date's shapes are
read in one place.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from persona_archive.cleaning.structure.titles.measure import _vocabulary

_MONTHS = _vocabulary(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre januar februar märz april juni juli oktober
    dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro
    fevereiro março maio junho julho setembro outubro novembro dezembro januari februari maart
    mei augustus januari января февраля марта апреля мая июня июля августа сентября октября
    ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь
    декабрь stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
    listopada grudnia maj augusti augustus mei maart oktober mrt okt mei ianuarie februarie
    martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie ocak şubat mart
    nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık ledna února března dubna
    května června července srpna září října listopadu prosince leden únor březen duben
    květen červen červenec srpen říjen listopad prosinec január február március április május
    június július augusztus szeptember október marts desember tammikuuta helmikuuta
    maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta
    marraskuuta joulukuuta maret agustus desember ιανουαρίου φεβρουαρίου μαρτίου απριλίου
    μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου січня лютого
    березня квітня травня червня липня серпня вересня жовтня листопада грудня ינואר פברואר
    מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר ஜனவரி பிப்ரவரி மார்ச்
    ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர் มกราคม กุมภาพันธ์ มีนาคม
    เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"""
)
# Words that may stand beside a date on a date line: weekdays, "posted", "updated", "on", "at"…
_DATE_WORDS = _vocabulary(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri
    sat sun posted published updated last modified date dated on at am pm utc gmt est edt pst
    pdt cet cest of the st nd rd th ago le publié mis à jour lundi mardi mercredi jeudi
    vendredi samedi dimanche am um uhr veröffentlicht aktualisiert montag dienstag mittwoch
    donnerstag freitag samstag sonntag el de del publicado actualizado lunes martes miércoles
    jueves viernes sábado domingo il pubblicato aggiornato alle ore lunedì martedì mercoledì
    giovedì venerdì sabato domenica em atualizado às segunda terça quarta quinta sexta feira
    г года опубликовано обновлено publicerad uppdaterad kl den måndag tisdag onsdag torsdag
    fredag lördag söndag publiceret opdateret publisert oppdatert mandag tirsdag lørdag søndag
    gepubliceerd bijgewerkt aangepast om maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag ma di wo do vr za zo submitted received accepted revised created edited modified
    luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica publicat
    actualizat pazartesi salı çarşamba perşembe cuma cumartesi pazar güncelleme güncellendi
    yayınlanma tarihi pondělí úterý středa čtvrtek pátek sobota neděle aktualizováno
    publikováno hétfő kedd szerda csütörtök péntek szombat vasárnap thứ hai ba tư năm sáu
    bảy chủ nhật ngày tháng senin selasa rabu kamis jumat sabtu minggu wib wita wit am um
    poniedziałek wtorek środa czwartek piątek sobota niedziela opublikowano zaktualizowano
    ma ti ke to pe la su klo päivitetty julkaistu に更新 に公開 に投稿 更新 公開 投稿 发布
    發布 发表于 發表於 更新于 更新於 发布于 發佈於 작성 수정 등록 星期一 星期二 星期三 星期四
    星期五 星期六 星期日 星期天 週一 週二 週三 週四 週五 週六 週日 周一 周二 周三 周四 周五 周六
    周日 ஞாயிறு திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี
    วันพฤหัส วันศุกร์ วันเสาร์ วันอาทิตย์ วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่
    วันพฤหัสที่ วันศุกร์ที่ วันเสาร์ที่ วันอาทิตย์ที่ วันที่ ที่ เมื่อ"""
)
_DATE_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?"
    r"|\d{1,2}月\d{1,2}日|\d{4}년(?:\s*\d{1,2}월(?:\s*\d{1,2}일)?)?|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\b\d{1,2}h\d{2}\b|\bkl\.?\s*\d{1,2}[.:]\d{2}\b"  # "08h30", Swedish "kl. 07.15"
)


# The author after a date ("… 4. März 2025 von Jana", "March 4, 2025 by Ines Walcott").
_DATE_BY = re.compile(
    r"\s+(?:by|von|par|por|di|door|av|af|przez|от|autorem|autor|autora|автор)\s+\S.{0,40}$",
    re.IGNORECASE,
)


# A year's era written before it: the Buddhist era's and the Common era's in Thai ("พ.ศ.
# 2569", "ค.ศ. 2026").
_ERA = re.compile(r"(?:พ|ค)\.\s?ศ\.")


def _is_date_line(text: str) -> bool:
    """A line that gives a date: date tokens, months and the words that stand beside them
    (weekdays, "posted", "updated"), or a short label and a date ("Data de Ingresso: Mar
    2014", "Diperbarui: 2 Maret 2026 09:15": a profile's or a post's field, in any language).

    >>> [_is_date_line(t) for t in ("Posted on March 3, 2024", "Joined: Mar 2014", "Top 10")]
    [True, True, False]
    >>> [_is_date_line(t) for t in ("۱۴ اسفند ۱۴۰۳ - ۱۰:۳۰", "12 ธันวาคม 2568", "Windows 11, 2025")]
    [True, True, False]
    >>> [_is_date_line(t) for t in ("திங்கள், 3 மார்ச், 2025", "2025年3月3日 星期一")]
    [True, True]
    >>> [_is_date_line(t) for t in ("วันพุธที่ 4 มีนาคม พ.ศ. 2569", "ชากับแชตบอต 4 ถ้วย")]
    [True, False]
    """
    if _DATE_ALONE.fullmatch(_ascii_digits(text.strip())):
        return True  # "۱۴ اسفند ۱۴۰۳ - ۱۰:۳۰": a date of any calendar, its time beside it
    label, colon, value = text.partition(":")
    if (
        colon
        and value.startswith(" ")
        and 0 < len(label.split()) <= 3
        and not any(ch.isdigit() for ch in label)
        and _is_date_line(value.strip())
    ):
        return True
    folded = _DATE_BY.sub("", _ascii_digits(text).casefold())  # "… 4. März 2025 von Jana"
    folded = _ERA.sub(" ", folded)  # "พ.ศ. 2569": the year's era, beside the year
    dated = bool(_DATE_TOKEN.search(folded))
    rest = _DATE_TOKEN.sub(" ", folded)
    words = regex.findall(r"[\p{L}\p{M}]+", rest)  # a word of a script with marks: whole
    numbers = re.findall(r"\d+", rest)
    months = [w for w in words if w.rstrip(".") in _MONTHS]
    if not (dated or (months and numbers) or re.fullmatch(r"\s*(?:19|20)\d\d\s*", folded)):
        return False
    return all(w in _MONTHS or w in _DATE_WORDS for w in words) and len(numbers) <= 3


# A clock time alone ("0:05", "19:02:11"): a transcript's or a log's timestamp, not a post's date.
_CLOCK = re.compile(r"\W*\d{1,2}:\d{2}(?::\d{2})?\W*")


def _holds_date(text: str) -> bool:
    """Whether a line holds a full date (a numeric one, or a month's name beside a day and a
    year): a post's or a commit's metadata ("ana merged 3 commits into main Mar 4, 2025"),
    which a headline seldom carries.

    >>> [_holds_date(t) for t in ("ana merged 3 commits on Mar 4, 2025", "Top 10 of 2025")]
    [True, False]
    >>> _holds_date("a guest Feb 2nd, 2026 38 0 Never")  # an ordinal day
    True
    """
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", _ascii_digits(text))  # "Feb 2nd, 2026"
    if re.search(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", text):
        return True
    tokens = re.findall(r"[^\W\d_]+\.?|\d+", text.casefold())
    for k, token in enumerate(tokens):
        if token.rstrip(".") in _MONTHS:
            near = tokens[max(0, k - 2) : k + 3]
            days = [t for t in near if t.isdigit() and len(t) <= 2]
            years = [t for t in near if t.isdigit() and len(t) == 4]
            if days and years:
                return True
    return False


# A full date in any language's words: a month's name (any word), its day and the year ("Machi
# 1, 2026", "1 Machi 2026", "1. Mäerz 2026"), or a numeric date ("2026-03-01", "01/03/2026").
_DATE_SHAPE = regex.compile(
    r"^(?:[\p{L}\p{M}]+\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9][0-9]"
    r"|[0-9]{1,2}\.?\s+[\p{L}\p{M}]+\.?,?\s+(?:19|20)[0-9][0-9]"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)?[0-9][0-9])(?![0-9])"
)
# A date alone, its day first, in the shape of any language and calendar (a month's name the
# archive need not know, a year of the Gregorian, the Solar or Lunar Hijri or the Buddhist
# era), a clock time beside it: "14 Esfand 1403 - 10:30", "3 Mart 2026, 09:15".
_DATE_ALONE = regex.compile(
    r"[0-9]{1,2}\.?\s+[\p{L}\p{M}]+\.?,?\s+"
    r"(?:1[34]|19|20|25)[0-9][0-9]"
    r"(?:\s*[-–,·|]?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)
_OTHER_DIGIT = regex.compile(r"(?![0-9])\p{Nd}")


def _ascii_digits(text: str) -> str:
    """``text`` with the digits of every script as the ASCII ones, for the shapes of a date,
    which are the same in any digits.

    >>> _ascii_digits("২৮ ফেব্রুয়ারি ২০২৬"), _ascii_digits("۱۲ اسفند ۱۴۰۴")
    ('28 ফেব্রুয়ারি 2026', '12 اسفند 1404')
    """
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


def _dateline(text: str) -> bool:
    """A post's dateline: parts set apart by dots or bars, one of them opening with a full date
    in the shape of any language ("Machi 1, 2026 na Amani Mwakyusa · Maoni 3", "1 Ebrill 2026
    · 4 munud"), where the month's name need not be one the archive knows. A headline is no
    list of parts and seldom opens one with a date.

    >>> [_dateline(t) for t in ("Machi 1, 2026 na Amani · Maoni 3", "Windows 11, 2025 review")]
    [True, False]
    >>> _dateline("সংখ্যা ৪৭ · ২৮ ফেব্রুয়ারি ২০২৬")  # an issue's number and date, in any digits
    True
    >>> _dateline("۵ دقیقه مطالعه · ۱۲ اسفند ۱۴۰۴")  # a date of the Solar Hijri calendar
    True
    """
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", _ascii_digits(text)) if p.strip()]
    return len(parts) >= 2 and any(_DATE_SHAPE.match(p) or _DATE_ALONE.fullmatch(p) for p in parts)


# An issue's number: a word and a number, with a number sign or not ("Issue 47", "Випуск №58",
# "Ausgabe Nr. 12", "Numéro 3", "Issue #58", "第58期").
_ISSUE_NUMBER = regex.compile(
    r"^(?:[\p{L}\p{M}]+\.?\s*(?:№|#|no\.?|nr\.?|n[º°o]\.?|č\.)?\s*[0-9]+"
    r"|第\s*[0-9]+\s*[期号號回]|제?\s*[0-9]+\s*호)$",
    regex.IGNORECASE,
)


def _issue_line(text: str) -> bool:
    """A newsletter's or a magazine's issue line: its number and its date, set apart ("Issue 47
    · 28 February 2026", "Випуск №58 · 4 грудня 2026"): the masthead's, under the newsletter's
    name or tagline, never a headline's own date.

    >>> [_issue_line(t) for t in ("Issue 47 · 28 February 2026", "Випуск №58 · 4 грудня 2026",
    ...  "第58期 · 2026年12月4日", "March 3, 2026 · 5 min read", "Windows 11 · 2025")]
    [True, True, True, False, False]
    >>> [_issue_line(t) for t in ("இதழ் #42 · 3 மார்ச் 2025", "第 42 期 · 2025年3月")]
    [True, True]
    """
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", _ascii_digits(text)) if p.strip()]
    return (
        len(parts) >= 2
        and any(
            (_DATE_SHAPE.match(p) or _is_date_line(p)) and len(re.findall(r"\d+", p)) >= 2
            for p in parts
        )  # a full date, its day and its year
        and any(_ISSUE_NUMBER.match(p) for p in parts)
    )
