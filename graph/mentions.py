"""Mentions: spans of text that name a thing, before rules relate them.

Recognisers (symbols, dates, bodies, places, people, meetings) each return
mentions; `choose` keeps the longest non-overlapping ones so that "Committee on
Hemispheric Security (CSH)" is one body, not a body and an acronym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# kinds, in the order that wins a tie on equal spans
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # footnote marks: "Development⁴"
# a word of a name: capitalised, ended by a footnote mark ("Development⁴ and the Plan ...")
# between two words of a name: a space, or a line break inside a paragraph; or a blank line before the name's last word
# and a comma, where a page break cut a paragraph that graph/text.py joined again ("the World Summit for Social" / "" /
# "Development, the outcome …"; not a heading's "… and on Their Destruction" / "" / "Resolution adopted by …")
SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n)|[ \t]*\n[ \t]*\n[ \t]*(?=[A-Z][a-z]+,))"
CAPITALISED_WORD = rf"[A-Z](?:(?![{SUPERSCRIPT_DIGITS}])[\w’'\-‐‑])*"  # hyphens as PDFs give them: "Non‑Proliferation"
# the head words of a meeting's name: "Second Meeting of Ministers", "Conference on Disarmament" (a body's, too)
MEETING_HEADS = r"(?:Meeting|Meetings|Conference|Summit|Session|Workshop|Congress|Symposium|Seminar|Dialogue|Forum)"
MEETING_WORD = re.compile(rf"\b{MEETING_HEADS}\b")
# the lowercase words of a meeting's kind: "the substantive session", "a workshop", "the joint ad hoc meetings"
GENERIC_MEETING_HEADS = r"(?:session|meeting|conference|summit|workshop|forum)"
KINDS = ("symbol", "date", "person", "meeting", "body", "instrument", "place", "anaphor")


@dataclass
class Mention:
    kind: str
    start: int
    end: int
    text: str
    key: str = ""                 # canonical key (resolve.py turns it into an IRI); "" for anaphors
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _priority(m: Mention) -> float:
    """Kind order, except that a listed body ("Conference on Disarmament") beats a meeting-shaped name."""
    if m.kind == "body" and (m.attrs.get("listed") or m.attrs.get("parent") or m.attrs.get("organ_of")):
        return KINDS.index("meeting") - 0.5
    return KINDS.index(m.kind)


def choose(mentions: list[Mention]) -> list[Mention]:
    """Longest span first, then kind priority; drop any mention overlapping a chosen one."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), _priority(m), m.start))
    taken: list[Mention] = []
    for m in ranked:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
# tens and unit: "eighty-third"; "eighty- third" (a line break after the hyphen left a space); "Twenty third" (none)
_TENS_THEN = rf"(?:{'|'.join(_TENS)})(?:-[ \t]?|[ \t])"
_TENS_UNIT = re.compile(rf"(?P<tens>{'|'.join(_TENS)})(?:-[ \t]*|[ \t]+)(?P<unit>[a-z]+)")
ORDINAL_WORD = (
    rf"(?:{_TENS_THEN}(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,4}(?:st|nd|rd|th))"
)


# a line broken after a hyphen left a space: "Nuclear- Test-Ban", "confidence- building", "eighty- third" (not "pre-
# and post-conflict")
BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]+(?!(?:and|or)\b)(?=[A-Za-z])")


def first_word(text: str) -> str:
    """A mention's first word, an ordinal a line break cut after its hyphen made whole ("eighty- third" is one)."""
    return BROKEN_HYPHEN.sub("-", text, count=1).split()[0]


def ordinal_value(word: str) -> int | None:
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    compound = _TENS_UNIT.fullmatch(word)
    if compound and compound.group("unit") in ORDINALS:
        return _TENS[compound.group("tens")] + ORDINALS[compound.group("unit")]
    return None


def roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=False):
        v = values[a]
        total += -v if b in values and values[b] > v else v
    return total


# a count of things the text numbers in words ("three decisions", "the first three Meetings …")
CARDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def english_ordinal(n: int) -> str:
    words = {v: k for k, v in ORDINALS.items()}
    if n in words:
        return words[n]
    tens, unit = divmod(n, 10)
    tens_word = {v: k for k, v in _TENS.items()}.get(tens * 10)
    if tens_word and unit:
        return f"{tens_word}-{words[unit]}"
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"  # "102nd", "111th"
