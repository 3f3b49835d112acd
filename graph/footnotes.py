"""Footnotes: what a marker in a sentence points to.

"Taking note of the report of the Secretary-General,4" cites A/80/111 only
through footnote 4 ("[^4]: A/80/111."), so a citing clause must see the
symbols of the footnotes it marks (defined as "[^4]: …", "⁴ …" or, in text from PDF, "4 A/80/111.").
Five marker styles occur in the genre:
Markdown `[^4]`, superscript digits `⁴`, and, in text extracted from PDF,
digits glued to the word or comma before them (`Secretary-General,4`), a
space after that comma (`in Africa, 3`), or glued to a date's year
(`of 25 November 20242`).
A bare number in any other place ("of 1990 3 and 1995, 4", "in Ltamenah, 14 Saraqib"), or one
glued to a year in a range ("for 2025–20283"), is a marker only where the document's sequence of
notes expects it: it is the next number after the last marker, and the next marker found has a
higher one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .mentions import SUPERSCRIPT_DIGITS as _SUPER

_SUPER_MAP = str.maketrans(_SUPER, "0123456789")
_DEF_MD = re.compile(r"^\[\^(\d{1,3})\]:[ \t]*", re.M)
_DEF_SUPER = re.compile(rf"^([{_SUPER}]{{1,3}})[ \t]+", re.M)
# a plain number at the start of a line, before what only a note begins with: "1 A/80/237.", "6 See A/65/517-…",
# "7 United Nations, Treaty Series, vol. 30", "5 Security Council resolution 2370 (2017)" (text from PDF)
_DEF_PLAIN = re.compile(r"^(\d{1,2})[ \t]+(?=See\s|United\s+Nations,|Official\s+Records|"
                        r"Security\s+Council\s+resolution|[A-Z]{1,10}(?:\.\d{1,4})?/[A-Z0-9])", re.M)
_MARK_MD = re.compile(r"\[\^(\d{1,3})\]")
_MARK_SUPER = re.compile(rf"(?<=\S)([{_SUPER}]{{1,3}})")
# a marker a space after the comma it follows, before a lowercase word or the end of the line (text from PDF):
# "the report of the Secretary-General on … in Africa, 3" / "the report of the Group of Governmental Experts, 8 as
# well as"; a number before a capitalised word ("Malabo, 7 June") or after a digit ("articles 2, 3") is no marker
_MARK_SPACED = re.compile(r"(?<=[a-z)”’], )(\d{1,2})(?= +[a-z]|[ \t]*$|(?!st\b|nd\b|rd\b|th\b)[a-z])", re.M)
_MARK_GLUED = re.compile(r"(?<=[A-Za-z)\]”’,;.:])(\d{1,2})(?=[\s,;.:)]|$)")
# a marker glued to the year of a date (text from PDF): "of 25 November 20242" is 25 November 2024, note 2
_MARK_YEAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+(?:19|20)\d\d(\d{1,2})(?=[\s,;.:)]|$)")


@dataclass(frozen=True)
class Footnote:
    number: str
    start: int          # the definition's text (after the marker), offsets into the document
    end: int
    line: int = -1      # where its line begins, the marker included ("[^4]: A/80/111.")


def within_a_note(notes: dict[str, Footnote], pos: int) -> bool:
    """`pos` is in a note's definition, its marker included: a sentence of the notes, not of the body."""
    return any(n.line <= pos < n.end for n in notes.values())


@dataclass(frozen=True)
class Marker:
    number: str
    start: int
    end: int


def definitions(text: str, start: int = 0) -> dict[str, Footnote]:
    """Footnote definitions: a marker at the start of a line, its text up to the next definition or blank line."""
    out: dict[str, Footnote] = {}
    twice: dict[str, list[Footnote]] = {}
    for pattern in (_DEF_MD, _DEF_SUPER, _DEF_PLAIN):
        for m in pattern.finditer(text, start):
            number = m.group(1).translate(_SUPER_MAP)
            note = Footnote(number, m.end(), _definition_end(text, m.end()), m.start())
            if number in out:
                twice.setdefault(number, [out[number]]).append(note)
            out.setdefault(number, note)
    # a number defined twice: the definition in the notes' order is the note ("[^2]: The Committee … as from" and a
    # line "[^7]: February 1984." that a conversion made of its "7 February 1984", before "[^3]: …" and the real
    # "[^7]: See A/57/759-S/2003/332 …" after "[^6]: …")
    once = [(o.line, int(n)) for n, o in out.items() if n not in twice]
    for number, defs in twice.items():
        fitting = [d for d in defs if all(n < int(number) for line, n in once if line < d.line)
                   and all(n > int(number) for line, n in once if line > d.line)]
        if len(fitting) == 1:
            out[number] = fitting[0]
    return out


def _definition_end(text: str, pos: int) -> int:
    blank = text.find("\n\n", pos)
    nxt = [i for i in (blank, _next_def(text, pos)) if i >= 0]
    return min(nxt) if nxt else len(text)


def _next_def(text: str, pos: int) -> int:
    found = [m.start() for p in (_DEF_MD, _DEF_SUPER, _DEF_PLAIN) if (m := p.search(text, pos))]
    return min(found) if found else -1


def markers(text: str, start: int, end: int, notes: dict[str, Footnote],
            in_sequence: dict[int, Marker] | None = None) -> list[Marker]:
    """Markers inside [start, end) that point to a defined footnote (never inside a definition);
    `in_sequence` adds the bare numbers the document's order of notes vouches for (`sequence_markers`)."""
    if not notes:
        return []
    if any(n.start <= start < n.end for n in notes.values()):
        return []
    out: dict[int, Marker] = {at: mk for at, mk in (in_sequence or {}).items() if start <= at < end}
    for pattern in (_MARK_MD, _MARK_SUPER, _MARK_GLUED, _MARK_SPACED, _MARK_YEAR):
        for m in pattern.finditer(text, start, end):
            number = m.group(1).translate(_SUPER_MAP)
            if number in notes and (pattern is not _MARK_GLUED or _plausible(text, m.start())):
                at = m.start(1) if pattern is _MARK_YEAR else m.start()  # the year is the date's, not the marker's
                out.setdefault(at, Marker(number, at, m.end()))
    return sorted(out.values(), key=lambda k: k.start)


def _plausible(text: str, pos: int) -> bool:
    """A glued number is a marker unless it continues a symbol or an abbreviation ("No.4", "A/80/4", "A/80/L.9",
    "Rev.1")."""
    before = text[max(0, pos - 6):pos]
    if re.search(r"Sales\s+No\.\s*[\w.]*$", text[max(0, pos - 40):pos]):
        return False  # "(United Nations publication, Sales No. E.96.IV.13)"
    return not re.search(r"(?:No|para|paras|art|vol|p|pp|chap|Rev|Add|Corr|Amend|Suppl|\b[A-Z])\.$|[/\-]$", before)


# a number standing alone: not part of a word, a symbol, a decimal, a range or a percentage, nor a day before its month
_BARE = re.compile(r"(?<![\w/.\-–−§])(\d{1,2})(?![\w/%\-–]|[.,]\d|\s*(?:per\s+cent|%|January|February|March|April|"
                   r"May|June|July|August|September|October|November|December)\b)")
# glued to a year (text from PDF): "for 2025–20283", "Convention … of 19721", "for 2021, 1 2022,2 20233 and 2024,4";
# the walk below takes it only where the sequence of notes expects that number
_AFTER_YEAR = re.compile(r"(?<![\w/.,])(?:19|20)\d\d(\d{1,2})(?=[\s,;.:)]|$)")
# numbers that count paragraphs, articles, goals … ("paragraphs 2 and 3", "articles 4, 5 and 6"), not notes
_COUNTED = re.compile(r"\b(?:paragraphs?|paras?\.|articles?|annex(?:es)?|chapters?|sections?|parts?|items?|rules?|"
                      r"principles?|[Gg]oals?|targets?|Nos?\.|vols?\.|tables?|figures?|steps?|phases?|levels?|"
                      r"categor(?:y|ies)|schedules?|recommendations?|pillars?|options?|modules?|clusters?)\s+"
                      r"(?:\d{1,3}[a-z]?\s*(?:,|and|or|to)?\s*)*$", re.I)


def sequence_markers(text: str, start: int, notes: dict[str, Footnote]) -> dict[int, Marker]:
    """Bare numbers that can only be note markers: each is the number after the last marker found (by any
    pattern or by this walk) and below the next one, so "of 1990 3 and 1995, 4" reads notes 3 and 4 between 2
    and 5, while "articles 2, 3" or "24, 25 and 30 March" never fit."""
    if not notes:
        return {}
    inside = [(n.start, n.end) for n in notes.values()]
    lines = [m.start() for p in (_DEF_MD, _DEF_SUPER, _DEF_PLAIN) for m in p.finditer(text, start)]
    spans = sorted(inside + [(at, _line_end(text, at)) for at in lines])

    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end among the spans up to each one

    def in_note(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < reach[i]

    strong: dict[int, Marker] = {}
    for a, b in _gaps(start, len(text), spans):  # the body between the notes
        strong.update({mk.start: mk for mk in markers(text, a, b, notes)})
    loose = [(m.start(1), m.end(1), m.group(1)) for m in _AFTER_YEAR.finditer(text, start)
             if m.group(1) in notes and m.start(1) not in strong and not in_note(m.start(1))]
    loose += [(m.start(1), m.end(1), m.group(1)) for m in _BARE.finditer(text, start)
             if m.group(1) in notes and m.start(1) not in strong and not in_note(m.start(1))
             and text[text.rfind("\n", 0, m.start(1)) + 1:m.start(1)].strip()  # not a paragraph's number
             and not _COUNTED.search(text, max(0, m.start(1) - 60), m.start(1))]
    found: dict[int, Marker] = {}
    order = sorted([(at, int(mk.number), None) for at, mk in strong.items()]
                   + [(a, int(n), (a, e)) for a, e, n in loose])
    following: list[int | None] = [None] * len(order)  # the number of the next marker found by a pattern
    for i in range(len(order) - 2, -1, -1):
        following[i] = order[i + 1][1] if order[i + 1][2] is None else following[i + 1]
    last = 0
    for i, (at, number, span) in enumerate(order):
        if span is None:
            last = max(last, number)
            continue
        if number == last + 1 and (following[i] is None or following[i] > number):
            found[at] = Marker(str(number), span[0], span[1])
            last = number
    return found


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _gaps(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, cursor = [], start
    for a, b in spans:
        if a > cursor:
            out.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < end:
        out.append((cursor, end))
    return out
