"""The African Union and the Organization of African Unity before it: the decisions of their organs.

General Assembly resolutions on Africa cite them by their own symbols, each with its session in roman numerals:

* OAU Council of Ministers resolutions and decisions ``CM/Res.<n> (<session>)``, ``CM/Dec.<n> (<session>)``
  ("CM/Res.1153 (XLVIII)": its forty-eighth ordinary session);
* OAU Assembly of Heads of State and Government ``AHG/Res.<n> (<session>)``, ``AHG/Dec.<n> (…)``, and its
  declarations ``AHG/Decl.<n> (…)``;
* AU Assembly ``Assembly/AU/Dec.<n> (<session>)``, ``Assembly/AU/Decl.<n> (…)``; AU Executive Council
  ``EX.CL/Dec.<n> (<session>)``.

Each series is numbered on across sessions, so the number alone names a text: keys ``oau/cm/res/1153``,
``oau/ahg/decl/1``, ``au/assembly/dec/118``, ``au/ex.cl/dec/263``; the printed session is kept in the symbol.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..mentions import roman_value
from . import ROMAN, START, BareRef, Symbol, SymbolMention, make_key

ORGANIZATIONS = ("AU", "OAU")
ORGAN_CUES = ("Council of Ministers of the Organization of African Unity", "Executive Council of the African Union")
# series: (organization, organ, key segment)
_SERIES = {"CM": ("OAU", "Council of Ministers", "cm"), "AHG": ("OAU", "Assembly of Heads of State and Government",
           "ahg"), "Assembly/AU": ("AU", "Assembly", "assembly"), "EX.CL": ("AU", "Executive Council", "ex.cl")}
_KINDS = {"Res": "resolution", "Dec": "decision", "Decl": "document"}
_FULL = re.compile(
    rf"{START}(?P<series>CM|AHG|Assembly/AU|EX\.CL)/(?P<kind>Res|Dec|Decl)\.\s?(?P<number>\d{{1,4}})"
    rf"(?:\s?\((?P<session>{ROMAN})\))?(?![\w/-])"
)


def find_full(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Printed OAU and AU symbols."""
    for m in _FULL.finditer(text):
        org, organ, series = _SERIES[m.group("series")]
        kind, number, session = m.group("kind"), m.group("number"), m.group("session")
        canonical = f"{m.group('series')}/{kind}.{number}" + (f" ({session})" if session else "")
        symbol = Symbol(canonical, make_key(org.lower(), series, kind.lower(), number), org, organ, _KINDS[kind],
                        number, str(roman_value(session)) if session else None, None)
        yield SymbolMention(symbol, m.start(), m.end(), m.group(0))


def parse_bare(text: str, pos: int, ref: BareRef) -> tuple[int, Symbol] | None:
    """OAU and AU texts are cited by printed symbol only."""
    return None


def coerce(symbol: Symbol, doctype: str) -> Symbol | None:
    return None
