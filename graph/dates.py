"""Dates in running text: days, ranges, lists, months, years, partial and vague dates.

The text is cut into date tokens (month names, day numbers, four-digit years and the small
words between them: "and", "on", "from", "to", dashes, commas); a run of tokens separated
only by spaces is parsed as one expression, so "September 29 and on October 1, 6, 13, 15, and
20, 2009" is one mention of six days and "3–14 June 1992" one range.

Choices:

* ``start``/``end`` are ISO at the precision the text gives ("2009", "2009-06",
  "2009-06-17"); a date whose year is unknown is written as XML Schema gMonthDay/gMonth,
  "--09-17" or "--09", and kept (a caller can still order it within a known year).
* A missing year comes, in that order, from the same expression ("October 1, 6, 2009"),
  the last year written earlier in the same sentence ("during 2026, namely from 6 to 24
  April"), then ``context_year``; the value then has ``year_inferred=True``.  Days that recur
  every year ("26 September as the International Day", "by 30 April annually") never get one.
* Two consecutive days joined by "and" ("on November 4 and 5, 2009") are one two-day event:
  one value with start and end (kind "range").  Other lists keep one value per item.
* A bare year is a date only after a cue (in, during, of, by, since, until, before, after,
  from, between, as at/of) or in a range "2026–2030"; a month without year or day only after
  a cue ("in June").  Years glued to symbols ("A/80/534", "(2000)", "2009/10") are not dates.
* Vague dates have precision "vague", ``vague`` the normalized qualifier and start/end the
  interval it covers.  Of a year: quarters and halves as named; "early", "beginning of",
  "start of" Jan-Apr; "mid", "middle of" May-Aug; "late", "end of" Sep-Dec (thirds).  Of a
  month: days 1-10, 11-20, 21-end.  "during 2026" is simply the year 2026.
* ``kind``: "vague" if a value is vague, "list" for several values, "range" for one interval,
  "partial" for one day or month without a written year, else "single".
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta


@dataclass(frozen=True)
class DateValue:
    start: str
    end: str | None
    precision: str                  # "day" | "month" | "year" | "vague"
    text: str
    vague: str | None = None
    year_inferred: bool = False


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    values: tuple[DateValue, ...]
    kind: str                       # "single" | "range" | "list" | "partial" | "vague"


_MONTH_NUMBERS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTH_NUMBERS.update({"sept": 9, **{name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}})
_MONTH = ("(?:January|February|March|April|May|June|July|August|September|October|November|December"
          "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)")
# (two parts of one year: "at the beginning and in the middle of 2028")
_VAGUE = (r"(?:beginning|start|middle|end)\s+and\s+(?:(?:in|at)\s+)?(?:the\s+)?(?:middle|end)\s+of"
          r"|(?:first|second|third|fourth|last|final)\s+quarter\s+of|(?:first|second|latter)\s+half\s+of"
          r"|(?:beginning|start|end|middle|early\s+part|latter\s+part)\s+of|early|late|mid")
_TOKEN = re.compile(
    rf"(?P<vague>\b(?i:{_VAGUE})\b(?:-(?=\w))?)"
    rf"|(?P<month>\b{_MONTH}(?!\w))"
    r"|(?P<year>(?<![\w/.(])(?<![A-Z]-)(?:19|20)\d\d(?![\w/]|\.\d))"
    r"|(?P<marked>(?<![\w/.(])(?:19|20)\d\d)\d{1,2}(?![\w/])"     # "10 October 19904": year + footnote 4
    r"|(?P<day>(?<![\w/.:])(?<![A-Z]-)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w/]|[.:]\d))"
    r"|(?P<comma>,)"
    r"|(?P<dash>[-\u2010\u2011\u2012\u2013\u2014])"
    r"|\b(?P<word>(?i:and|on|from|between|to|through|until|till|in|during|of|by|since|before|after"
    r"|as\s+(?:at|of)))\b"
)
_WORD_KINDS = {"and": "and", "from": "from", "between": "from", "to": "to", "through": "to"}
_CUES = {"in", "during", "of", "by", "since", "until", "till", "before", "after", "as at", "as of", "on"}
_RECURRING = re.compile(
    r"\s*(?:,\s*)?(?:of\s+each\s+year|each\s+year|every\s+year|annually|as\s+(?:the\s+|an\s+)?(?:International|World)\b"
    r"|(?:is|was|are|be)\s+(?:commemorated|celebrated|observed))"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z“\"(\[])|\n")     # a line is a paragraph in these texts
_ISO = re.compile(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?")
# vague qualifier: (months of a year, days of a month)
_YEAR_PART = {"first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
              "fourth quarter": (10, 12), "last quarter": (10, 12), "final quarter": (10, 12),
              "first half": (1, 6), "second half": (7, 12), "latter half": (7, 12)}
_THIRDS = {"early": 0, "beginning of": 0, "start of": 0, "early part of": 0, "mid": 1, "middle of": 1,
           "late": 2, "end of": 2, "latter part of": 2}


@dataclass
class _Tok:
    kind: str                       # vague | month | year | day | comma | dash | and | from | to | cue
    value: str
    start: int
    end: int


@dataclass
class _Point:
    y: int | None
    m: int | None
    d: int | None
    start: int
    end: int
    month_first: bool = False
    year_written: bool = False
    inferred: bool = False

    @property
    def grain(self) -> str:
        return "day" if self.d else "month" if self.m else "year"


@dataclass
class _Item:
    points: list[_Point]
    start: int
    end: int
    connector: str = ""             # how the item joins the one before: "and" or ","
    vague: str | None = None
    range_word: str = ""            # the token kind joining a range's ends: "to", "dash", "until", "and"


@dataclass
class _Expr:
    items: list[_Item]
    cue: str | None             # the word before: "in", "on", "during" ...


_POINT_GROUPS = frozenset({"day", "month", "year", "marked"})


def _tokens(text: str) -> list[list[_Tok]]:
    """Date tokens, grouped into runs separated only by whitespace; only the runs that hold a day, a month or a
    year (the others are "and", "of", commas: most of a text, and no date)."""
    raw: list[list[re.Match]] = []
    last_end = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        gap_is_space = not text[last_end:m.start()].strip()
        if kind == "marked":    # a year only right after a month: "10 October 19904"
            if not (raw and raw[-1][-1].lastgroup == "month" and text[last_end:m.start()].isspace()):
                continue
        if raw and gap_is_space:
            raw[-1].append(m)
        else:
            raw.append([m])
        last_end = m.end()
    return [[_token(m) for m in run] for run in raw if any(m.lastgroup in _POINT_GROUPS for m in run)]


def _token(m: re.Match) -> _Tok:
    kind = m.lastgroup or ""
    value = m.group(0)
    if kind == "word":
        word = re.sub(r"\s+", " ", value.lower())
        kind = _WORD_KINDS.get(word, "cue")
        kind = "until" if word in ("until", "till") else kind
        value = word
    elif kind == "vague":
        value = re.sub(r"\s+", " ", value.lower()).rstrip("-")
    elif kind == "marked":
        kind, value = "year", m.group("marked")
    return _Tok(kind, value, m.start(), m.start() + len(value))


class _Parser:
    """Recursive descent over one run of tokens."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks

    def at(self, i: int, *kinds: str) -> bool:
        return i < len(self.toks) and self.toks[i].kind in kinds

    def point(self, i: int) -> tuple[_Point, int] | None:
        t = self.toks
        if self.at(i, "month"):
            month = _MONTH_NUMBERS[t[i].value.rstrip(".").lower()]
            if self.at(i + 1, "day"):
                p = _Point(None, month, _day(t[i + 1].value), t[i].start, t[i + 1].end, month_first=True)
                return self._year_after(p, i + 2)
            if self.at(i + 1, "year"):
                year = int(t[i + 1].value)
                return _Point(year, month, None, t[i].start, t[i + 1].end, year_written=True), i + 2
            return _Point(None, month, None, t[i].start, t[i].end), i + 1
        if self.at(i, "day"):
            p = _Point(None, None, _day(t[i].value), t[i].start, t[i].end)
            if self.at(i + 1, "month"):
                p.m, p.end = _MONTH_NUMBERS[t[i + 1].value.rstrip(".").lower()], t[i + 1].end
                return self._year_after(p, i + 2)
            if self.at(i + 1, "comma") and self.at(i + 2, "year"):   # US list tail "and 20, 2009"
                p.y, p.end, p.year_written = int(t[i + 2].value), t[i + 2].end, True
                return p, i + 3
            return p, i + 1
        if self.at(i, "year"):
            return _Point(int(t[i].value), None, None, t[i].start, t[i].end, year_written=True), i + 1
        return None

    def _year_after(self, p: _Point, i: int) -> tuple[_Point, int]:
        if self.at(i, "year"):
            p.y, p.end, p.year_written = int(self.toks[i].value), self.toks[i].end, True
            return p, i + 1
        if self.at(i, "comma") and self.at(i + 1, "year"):
            p.y, p.end, p.year_written = int(self.toks[i + 1].value), self.toks[i + 1].end, True
            return p, i + 2
        return p, i

    def item(self, i: int) -> tuple[_Item, int] | None:
        t = self.toks
        if self.at(i, "vague"):
            found = self.point(i + 1)
            if found is None or found[0].d is not None or (found[0].y is None and found[0].m is None):
                return None
            if found[0].m is not None and "quarter" in t[i].value:
                return None             # quarters are of years only
            p, j = found
            return _Item([p], t[i].start, p.end, vague=t[i].value), j
        opener = t[i].value if self.at(i, "from") else None
        found = self.point(i + 1 if opener else i)
        if found is None:
            return None
        first, j = found
        joiners = ("to", "dash", "until") + (("and",) if opener == "between" else ())
        if self.at(j, *joiners) and (second := self.point(j + 1)) is not None:
            start = t[i].start
            return _Item([first, second[0]], start, second[0].end, range_word=t[j].kind), second[1]
        if opener:
            return None             # "from 3" without its other end
        return _Item([first], first.start, first.end), j

    def expression(self, i: int) -> tuple[_Expr, int] | None:
        cue = None
        if self.at(i, "cue", "until"):
            cue, i = self.toks[i].value, i + 1
        found = self.item(i)
        if found is None:
            return None
        items, j = [found[0]], found[1]
        while True:
            k, connector = j, ""
            if self.at(k, "comma"):
                k, connector = k + 1, ","
            if self.at(k, "and"):
                k, connector = k + 1, connector or "and"
            if not connector:
                break
            if self.at(k, "cue") and self.toks[k].value in ("on", "in"):
                k += 1
            nxt = self.item(k)
            if nxt is None:
                break
            nxt[0].connector = connector
            items.append(nxt[0])
            j = nxt[1]
        for n in range(len(items), 0, -1):      # the longest prefix that makes dates
            expr = _Expr(_copy(items[:n]), cue)
            if _fill(expr):
                return expr, self._index_after(items[n - 1].end)
        return None

    def _index_after(self, end: int) -> int:
        return next((k for k, tok in enumerate(self.toks) if tok.start >= end), len(self.toks))


def _copy(items: list[_Item]) -> list[_Item]:
    """What deepcopy gave (_fill rewrites the points), without its generic machinery: a point belongs to one item."""
    return [replace(item, points=[replace(p) for p in item.points]) for item in items]


def _day(value: str) -> int:
    return int(re.sub(r"\D", "", value))


def _fill(expr: _Expr) -> bool:
    """Give day points their month and year from their neighbours; False if they do not make dates."""
    points = [p for item in expr.items for p in item.points]
    with_day = [p for p in points if p.d is not None and p.m is not None]
    us_style = bool(with_day) and with_day[0].month_first
    order = points if us_style else points[::-1]
    month: int | None = None
    for p in order:         # US "October 1, 6": forward until a written year; UK "16 and 18 May": backward
        if p.d is not None and p.m is None:
            p.m = month
        month = p.m if p.m is not None else month
        if us_style and p.year_written:
            month = None    # "September 16, 2009,3": the 3 is a footnote marker, not a day
    if any(p.d is not None and p.m is None for p in points):
        return False
    year: int | None = None
    for p in points[::-1]:                          # a written year covers the dates before it
        if p.y is None and year is not None:
            p.y = year
        year = p.y if p.y is not None else year
    for p in points:
        if p.y is None and year is not None:
            p.y = year
        year = p.y if p.y is not None else year
    for p in points:
        if p.d is not None and p.m is not None and p.d > calendar.monthrange(p.y or 2000, p.m)[1]:
            return False
    for item in expr.items:                         # "15 December to 15 January 2026" crosses a year
        if len(item.points) == 2:
            a, b = item.points
            backwards = (a.m or 0, a.d or 0) > (b.m or 0, b.d or 0)
            if a.y is not None and a.y == b.y and backwards and not a.year_written:
                a.y -= 1
            elif a.y is not None and a.y == b.y and backwards and not b.year_written:
                b.y += 1
    coarse = all(p.d is None for p in points)
    ranged = any(item.range_word or item.vague for item in expr.items)
    if coarse and expr.cue is None and not ranged:
        # a bare year or month is a date only after a cue; "June 2009" stands on its own
        return all(p.m is not None and p.y is not None for p in points)
    return True


def _iso(p: _Point) -> str:
    if p.y is None:
        return f"--{p.m:02d}" + (f"-{p.d:02d}" if p.d else "")
    return f"{p.y:04d}" + (f"-{p.m:02d}" if p.m else "") + (f"-{p.d:02d}" if p.d else "")


def _thirds(p: _Point) -> tuple[list[tuple[int, int]], str]:
    """A year's beginning, middle and end in months, or a month's in days, and the ISO head they follow."""
    if p.m is None:
        return [(1, 4), (5, 8), (9, 12)], f"{p.y:04d}"
    return [(1, 10), (11, 20), (21, calendar.monthrange(p.y or 2000, p.m)[1])], _iso(_Point(p.y, p.m, None, 0, 0))


def _vague_value(item: _Item, text: str, inferred: bool) -> DateValue:
    p, phrase = item.points[0], (item.vague or "").removesuffix(" of").strip()
    label = phrase if phrase in _YEAR_PART or phrase in ("early", "late", "mid") else f"{phrase} of"
    span = text[item.start:item.end]
    thirds, head = _thirds(p)
    parts = re.findall(r"beginning|start|middle|end", phrase) if " and " in phrase else []
    if len(parts) == 2:  # "at the beginning and in the middle of 2028": from the one part to the other
        first, last = thirds[_THIRDS[f"{parts[0]} of"]], thirds[_THIRDS[f"{parts[1]} of"]]
        return DateValue(f"{head}-{first[0]:02d}", f"{head}-{last[1]:02d}", "vague", span,
                         f"{parts[0]} and {parts[1]} of", inferred)
    if p.m is None:                                  # part of a year: months
        span_of = _YEAR_PART.get(phrase) or thirds[_THIRDS.get(label, 0)]
    elif phrase in ("first half", "second half", "latter half"):  # part of a month: days
        span_of = (1, 15) if phrase == "first half" else (16, thirds[2][1])
    else:
        span_of = thirds[_THIRDS.get(label, 0)]
    return DateValue(f"{head}-{span_of[0]:02d}", f"{head}-{span_of[1]:02d}", "vague", span, label, inferred)


def _values(expr: _Expr, text: str) -> list[DateValue]:
    out: list[DateValue] = []
    for item in expr.items:
        inferred = any(p.inferred for p in item.points)
        span = text[item.start:item.end]
        if item.vague:
            out.append(_vague_value(item, text, inferred))
        elif len(item.points) == 2:
            a, b = item.points
            grain = next(g for g in ("year", "month", "day") if g in (a.grain, b.grain))
            out.append(DateValue(_iso(a), _iso(b), grain, span, None, inferred))
        else:
            p = item.points[0]
            out.append(DateValue(_iso(p), None, p.grain, span, None, inferred))
    items = expr.items
    pair = len(items) == 2 and items[1].connector == "and"
    if pair and all(len(i.points) == 1 and not i.vague for i in items):
        a, b = items[0].points[0], items[1].points[0]
        if a.grain == b.grain == "day" and a.y and b.y and a.m and b.m and a.d and b.d:
            if date(b.y, b.m, b.d) - date(a.y, a.m, a.d) == timedelta(days=1):   # one two-day event
                return [DateValue(_iso(a), _iso(b), "day", text[items[0].start:items[1].end], None,
                                  out[0].year_inferred)]
        return out
    # "in Vienna on 8 and 9 December 2014 and on 20 June 2022": a bare day and the next one are one two-day event
    # in a longer list too
    for k in range(len(items) - 2, -1, -1):
        a_item, b_item = items[k], items[k + 1]
        if not (b_item.connector == "and" and len(a_item.points) == len(b_item.points) == 1
                and not a_item.vague and not b_item.vague and re.fullmatch(r"\d{1,2}", out[k].text.strip())
                and not (k and re.fullmatch(r"\d{1,2}", out[k - 1].text.strip()))):  # "8, 9 and 10 May": a list
            continue
        a, b = a_item.points[0], b_item.points[0]
        if a.grain == b.grain == "day" and a.y and b.y and a.m and b.m and a.d and b.d \
                and date(b.y, b.m, b.d) - date(a.y, a.m, a.d) == timedelta(days=1):
            out[k:k + 2] = [DateValue(_iso(a), _iso(b), "day", text[a_item.start:b_item.end], None,
                                      out[k].year_inferred)]
    return out


def _kind(values: list[DateValue], expr: _Expr) -> str:
    if any(v.vague for v in values):
        return "vague"
    if len(values) > 1:
        return "list"
    if values[0].end is not None:
        return "range"
    if not any(p.year_written for item in expr.items for p in item.points):
        return "partial"
    return "single"


def _infer_years(expr: _Expr, year: int | None) -> None:
    for item in expr.items:
        for p in item.points:
            if p.y is None and p.m is not None and year is not None:
                p.y, p.inferred = year, True


# every date has a day, a year or a month name: text without a digit or a month has none (most sentences)
_MAYBE_DATE = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def find_dates(text: str, context_year: int | None = None) -> list[DateMention]:
    """Every date expression in the text, in order; see the module docstring for the readings."""
    if not _MAYBE_DATE.search(text):
        return []
    return _scan(text, context_year, bare_year=False)


def _scan(text: str, context_year: int | None, bare_year: bool) -> list[DateMention]:
    found: list[DateMention] = []
    sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    sentence_year: dict[int, int] = {}
    for run in _tokens(text):
        parser, i = _Parser(run), 0
        while i < len(run):
            parsed = parser.expression(i)
            if parsed is None and bare_year and run[i].kind == "year":
                parsed = _Expr([_Item([_Point(int(run[i].value), None, None, run[i].start, run[i].end,
                                              year_written=True)], run[i].start, run[i].end)], None), i + 1
            if parsed is None:
                i += 1
                continue
            expr, i = parsed
            start, end = expr.items[0].start, expr.items[-1].end
            sentence = bisect_right(sentence_starts, start)
            points = [p for item in expr.items for p in item.points]
            if any(p.y is None for p in points) and not _RECURRING.match(text, end):
                _infer_years(expr, sentence_year.get(sentence, context_year))
            written = [p.y for p in points if p.year_written and p.y]
            if written:
                sentence_year[sentence] = written[-1]
            values = _values(expr, text)
            found.append(DateMention(start, end, text[start:end], tuple(values), _kind(values, expr)))
    return found


def spelled_day(iso: str) -> str:
    """"2011-11-26" as the resolutions write it, "26 November 2011": a label for a text known by its day."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {calendar.month_name[month]} {year}"


def parse_date(value: str, context_year: int | None = None) -> DateValue | None:
    """The one date a whole string gives ("17 June 2009", "2009-06", "2026", "last quarter of 2009")."""
    value = value.strip().rstrip(".,;")
    iso = _ISO.fullmatch(value)
    if iso:
        y, m, d = iso.groups()
        try:
            date(int(y), int(m or 1), int(d or 1))
        except ValueError:
            return None
        return DateValue(value, None, "day" if d else "month" if m else "year", value)
    found = _scan(value, context_year, bare_year=True)
    if len(found) != 1 or len(found[0].values) != 1:
        return None
    mention = found[0]
    lead = value[:mention.start].strip().lower()
    if value[mention.end:].strip() or (lead and lead not in _CUES | {"from", "between", "the"}):
        return None
    return mention.values[0]
