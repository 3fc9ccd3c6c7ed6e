"""Dates in text → ISO 8601 at the precision the text gives, relative ones resolved
against the document's date ("today", "this year", "on Wednesday", "last month").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from graph.facts import DateValue

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

#: (pattern, precision) in the order they are tried; each names its groups.
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"), "iso"),
    (re.compile(rf"\b{_DAY}\s+{_MON},?\s+{_YEAR}\b"), "day"),
    (re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b"), "day"),
    (re.compile(rf"\b{_MON},?\s+{_YEAR}\b"), "month"),
    (
        # (also opening a sentence: "In 2023 the three societies declared …")
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|till|by|[Dd]uring|of|for|[Tt]hroughout)\s+"
            rf"{_YEAR}\b"
        ),
        "year",
    ),
    (
        re.compile(
            rf"(?<![\d,.'’])(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)(?<![A-Z][a-z]{{3}}\s)"
            rf"(?<![A-Z][a-z]{{4}}\s)(?<![A-Z][a-z]{{5}}\s)(?<![A-Z][a-z]{{6}}\s)(?<![A-Z][a-z]{{7}}\s)"
            rf"\b{_YEAR}\b(?![\d'’]|\s*(?:people|persons|families|tons))"
        ),
        "year",
    ),
]
#: a day and month with no year ("On 21 July", "on July 21"), read in the document's year
_NO_YEAR: list[re.Pattern[str]] = [
    re.compile(rf"\b{_DAY}\s+{_MON}(?![\w.]|,?\s+(?:19|20)\d\d)"),
    re.compile(
        rf"\b{_MON}\s+{_DAY}\b(?![\d%,.]\d|,?\s+(?:19|20)\d\d|\s+(?:people|persons|families|"
        r"households|volunteers|children|tonnes|tons|km|kg|per|percent)\b)"
    ),
]
#: a month with no year ("in July", "Since February"), read in the document's year
_MONTH_ONLY = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Tt]his)"
    rf"\s*{_MON}(?![\w.]|,?\s+(?:19|20)\d\d|\s+\d)"
)
_ANY_DAY_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\b(?:in|In|during|During|since|Since|by|By|until|Until|from|From|early|late|mid-|last|"
    r"this|Early|Late|Last|This)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>today|yesterday|tomorrow|this year|last year|next year|this month|last month|"
    r"this (?:morning|afternoon|evening)|tonight|"
    r"(?:on|last|this)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # "Two years ago we signed …": the year that many before the document's
    r"(?P<ago>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago)\b",
    re.IGNORECASE,
)
_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_YEARS |= {"eight": 8, "nine": 9, "ten": 10}
_END = re.compile(
    r"\b(?:until|till|through|to)\s+(?:the\s+)?(?:(?:end|conclusion|close)\s+of\s+)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


#: Cheap pre-checks: every absolute date has a year, every relative one a word of these.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_ANY_RELATIVE = re.compile(
    r"today|yesterday|tomorrow|(?:this|last|next)\s+(?:year|month)|"
    r"this\s+(?:morning|afternoon|evening)|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|years?\s+ago",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a sentence, with its character span in that sentence."""

    value: DateValue
    start: int
    end: int
    is_end: bool = False


def _mk(year: int, month: int | None, day: int | None, text: str) -> DateValue | None:
    try:
        if day and month:
            return DateValue(dt.date(year, month, day).isoformat(), "day", text)
    except ValueError:
        return None
    if month:
        return DateValue(f"{year:04d}-{month:02d}", "month", text)
    return DateValue(f"{year:04d}", "year", text)


_RANGE_BEFORE = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:–|—|-|to|and|until)\s*$")


def _range_start(text: str, d: DateMention) -> DateMention:
    """ "from 15 to 17 September", "14–15 October 2026": the day the span begins."""
    if d.value.precision != "day" or d.is_end or not d.value.text[:1].isdigit():
        return d
    before = _RANGE_BEFORE.search(text, max(0, d.start - 12), d.start)
    if not before:
        return d
    day = int(before.group(1))
    try:
        first = dt.date.fromisoformat(d.value.iso).replace(day=day)
    except ValueError:
        return d
    if first.isoformat() >= d.value.iso:
        return d
    value = DateValue(first.isoformat(), "day", text[before.start() : d.end])
    return DateMention(value, before.start(), d.end)


def _in_year_of(ref: dt.date, month: int, day: int) -> DateValue | None:
    """A day and month told without a year: the one nearest the document's date ("on
    28 December" in a story of 3 January is last year's)."""
    try:
        near = [dt.date(ref.year + k, month, day) for k in (-1, 0, 1)]
    except ValueError:
        return None
    best = min(near, key=lambda d: abs((d - ref).days))
    return DateValue(best.isoformat(), "day")


def _weekday_before(ref: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``ref`` that falls on ``weekday`` (news reports the past)."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def find_dates(text: str, ref: DateValue | None = None) -> list[DateMention]:
    """Every date in ``text``, absolute or relative to ``ref`` (the document's date).

    >>> [d.value.iso for d in find_dates("signed on 1 October 2014 in Jeddah")]
    ['2014-10-01']
    >>> ref = DateValue("2025-09-06", "day")
    >>> [d.value.iso for d in find_dates("Today the two societies met", ref)]
    ['2025-09-06']
    >>> [(d.value.iso, d.is_end) for d in find_dates("to last until the conclusion of 2024")]
    [('2024', True)]
    """
    has_year = _ANY_YEAR.search(text) is not None
    low = text.lower()
    has_relative = (
        "day" in low
        or "year" in low
        or "month" in low
        or "tomorrow" in low
        or "this " in low
        or "tonight" in low
    ) and _ANY_RELATIVE.search(text) is not None
    if not has_year and not has_relative and not (ref and _ANY_DAY_MONTH.search(text)):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _END.finditer(text) if has_year else ():
        year = int(next(g for g in m.groups() if g))
        found.append(
            DateMention(DateValue(f"{year:04d}", "year", m.group(0)), m.start(), m.end(), True)
        )
        taken.append((m.start(), m.end()))
    for pattern, _precision in PATTERNS if has_year else ():
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            groups = m.groupdict()
            year = int(groups["year"])
            mon = groups.get("mon")
            month = (
                (int(mon) if mon and mon.isdigit() else MONTHS.get(mon.lower().rstrip(".")))
                if mon
                else None
            )
            day = int(groups["day"]) if groups.get("day") else None
            value = _mk(year, month, day, m.group(0))
            if value:
                found.append(DateMention(value, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    ref_date = None
    if ref and ref.precision == "day":
        ref_date = dt.date.fromisoformat(ref.iso)
    ref_year = int(ref.iso[:4]) if ref else None
    for pattern in _NO_YEAR if ref_date and _ANY_DAY_MONTH.search(text) else ():
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            value = _in_year_of(ref_date, MONTHS[m.group("mon").lower()], int(m.group("day")))
            if value:
                found.append(DateMention(replace(value, text=m.group(0)), m.start(), m.end()))
                taken.append((m.start(), m.end()))
    for m in _MONTH_ONLY.finditer(text) if ref_date and _ANY_DAY_MONTH.search(text) else ():
        if free(m.start(), m.end()):
            month = MONTHS[m.group("mon").lower().rstrip(".")]
            # (news tells the past: "since July" in a March story is last July, unless it is
            # the month after the story's)
            year = ref_date.year if month <= ref_date.month + 1 else ref_date.year - 1
            if ref_date.month == 12 and month == 1:
                year = ref_date.year + 1
            value = DateValue(f"{year:04d}-{month:02d}", "month", m.group(0))
            found.append(DateMention(value, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _RELATIVE.finditer(text) if has_relative else ():
        if not free(m.start(), m.end()) or ref_year is None:
            continue
        rel = m.group("rel").lower()
        value: DateValue | None = None
        if m.group("ago"):
            ago = m.group("ago").lower()
            back = int(ago) if ago.isdigit() else _YEARS[ago]
            value = DateValue(f"{ref_year - back:04d}", "year", m.group(0))
        elif rel.startswith(("this year",)):
            value = DateValue(f"{ref_year:04d}", "year", m.group(0))
        elif rel == "last year":
            value = DateValue(f"{ref_year - 1:04d}", "year", m.group(0))
        elif rel == "next year":
            value = DateValue(f"{ref_year + 1:04d}", "year", m.group(0))
        elif ref_date is not None:
            if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
                value = DateValue(ref_date.isoformat(), "day", m.group(0))
            elif rel == "yesterday":
                value = DateValue((ref_date - dt.timedelta(days=1)).isoformat(), "day", m.group(0))
            elif rel == "tomorrow":
                value = DateValue((ref_date + dt.timedelta(days=1)).isoformat(), "day", m.group(0))
            elif rel == "this month":
                value = DateValue(ref_date.isoformat()[:7], "month", m.group(0))
            elif rel == "last month":
                first = ref_date.replace(day=1) - dt.timedelta(days=1)
                value = DateValue(first.isoformat()[:7], "month", m.group(0))
            elif m.group("wd"):
                day = _weekday_before(ref_date, WEEKDAYS.index(m.group("wd").lower()))
                value = DateValue(day.isoformat(), "day", m.group(0))
        if value:
            found.append(DateMention(value, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    found = [_range_start(text, d) for d in found]
    found.sort(key=lambda d: d.start)
    # "on Wednesday, 1 October 2014": the weekday only names the date that follows it
    return [
        d
        for i, d in enumerate(found)
        if not (
            d.value.text.lower().startswith(("on ", "last ", "this "))
            and i + 1 < len(found)
            and re.fullmatch(r",?\s*", text[d.end : found[i + 1].start])
        )
    ]


_DATELINE = re.compile(r"\bdate\s*[:=]?\s*(\d{4}-\d\d-\d\d)", re.IGNORECASE)


def document_date(text: str, *, head_chars: int = 400) -> DateValue | None:
    """The publication date from a dateline near the top: the first full date there.

    >>> document_date("DHAKA, May 5, 2020 (BSS) – The society signed").iso
    '2020-05-05'
    """
    head = text[:head_chars]
    m = _DATELINE.search(head)
    if m:
        return DateValue(m.group(1), "day", m.group(0))
    for mention in find_dates(head):
        if mention.value.precision == "day" and not mention.is_end:
            return mention.value
    # "This piece was first published on her blog on 15 January 2025." at the end
    tail = text[-head_chars:]
    for mention in find_dates(tail):
        before = tail[max(0, mention.start - 60) : mention.start]
        if mention.value.precision == "day" and _PUBLISHED.search(before):
            return mention.value
    return None


_PUBLISHED = re.compile(r"\b(?:[Pp]ublished|[Pp]osted|[Ww]ritten)\b[^.]*$")


__all__ = ["DateMention", "document_date", "find_dates"]
