"""IAEA: the General Conference's resolutions and decisions, its documents and the Board's.

Grammar:

* General Conference resolutions ``GC(<session>)/RES/<n>`` (the session in roman numerals until the 1990s:
  ``GC(XXXIV)/RES/530``), with a part ``GC(69)/RES/9 A`` or
  ``GC(69)/RES/9 A.2`` (the part is kept in the symbol and the key: parts are resolutions of their own);
  decisions ``GC(<session>)/DEC/<n>``; documents ``GC(<session>)/<n>``, ``GC(69)/INF/3``, and the session's
  "Resolutions Adopted and Other Relevant Decisions" ``GC(69)/RES/DEC(2025)``.
* Board of Governors documents ``GOV/<year>/<n>``; information circulars ``INFCIRC/<n>`` (also printed
  ``INFCIRC 549``), with a part
  ``INFCIRC/153 (Corrected)`` read as ``INFCIRC/153``.

The General Conference meets once a year; its session is the number in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..mentions import roman_value
from . import ROMAN, START, BareRef, Symbol, SymbolMention, make_key

ORGANIZATIONS = ("IAEA",)
ORGAN_CUES = ("IAEA General Conference", "General Conference of the International Atomic Energy Agency")
_GENERAL_CONFERENCE = "General Conference"
_FULL = re.compile(
    # the session's "Resolutions Adopted and Other Relevant Decisions", one document: "GC(69)/RES/DEC(2025)"
    rf"{START}(?:GC\((?P<digest>\d{{1,2}})\)/RES/DEC\((?P<digest_year>(?:19|20)\d{{2}})\)"
    rf"|GC\((?P<session>\d{{1,2}}|{ROMAN})\)/(?:(?P<kind>RES|DEC)/)?(?P<number>(?:INF/)?\d{{1,3}})"
    r"(?:\s(?P<part>[A-Z](?:\.\d{1,2})?)(?![\w(]))?"
    r"|GOV/(?P<year>(?:19|20)\d{2})/(?P<gov>\d{1,3})"
    r"|INFCIRC[/ ](?P<circular>\d{1,4}))(?![\w/-]|\.\d)"
)


def _conference(kind: str | None, session: str, number: str, part: str | None) -> Symbol:
    doctype = {"RES": "resolution", "DEC": "decision"}.get(kind or "", "document")
    middle = f"{kind}/" if kind else ""
    canonical = f"GC({session})/{middle}{number}" + (f" {part}" if part else "")
    if not session.isdigit():  # the early sessions' roman numerals: "GC(XXXIV)/RES/530" is of the 34th
        session = str(roman_value(session))
    key = make_key("iaea", "gc", session, *(kind.lower(),) if kind else (), *number.lower().split("/"),
                   *(part.lower(),) if part else ())
    organ = _GENERAL_CONFERENCE if kind else None
    return Symbol(canonical, key, "IAEA", organ, doctype, number, session, None, part)


def find_full(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Printed IAEA symbols."""
    for m in _FULL.finditer(text):
        if m.group("digest"):
            session, year = m.group("digest"), m.group("digest_year")
            symbol = Symbol(f"GC({session})/RES/DEC({year})", make_key("iaea", "gc", session, "res", "dec", year),
                            "IAEA", None, "document", year, session, int(year))
        elif m.group("session"):
            symbol = _conference(m.group("kind"), m.group("session"), m.group("number"), m.group("part"))
        elif m.group("year"):
            symbol = Symbol(f"GOV/{m.group('year')}/{m.group('gov')}", make_key("iaea", "gov", m.group("year"),
                            m.group("gov")), "IAEA", None, "document", m.group("gov"), None, int(m.group("year")))
        else:
            symbol = Symbol(f"INFCIRC/{m.group('circular')}", make_key("iaea", "infcirc", m.group("circular")), "IAEA",
                            None, "document", m.group("circular"), None, None)
        yield SymbolMention(symbol, m.start(), m.end(), m.group(0))


def parse_bare(text: str, pos: int, ref: BareRef) -> tuple[int, Symbol] | None:
    """IAEA texts are cited by printed symbol only."""
    return None


def coerce(symbol: Symbol, doctype: str) -> Symbol | None:
    return None
