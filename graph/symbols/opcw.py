"""OPCW: the decisions of the Conference of the States Parties and of the Executive Council, and their documents.

The General Assembly's chemical weapons resolutions cite the Organisation for the Prohibition of Chemical Weapons by
its own symbols:

* Conference of the States Parties decisions ``C-<session>/DEC.<n>`` ("C-24/DEC.4"), of a special session
  ``C-SS-<session>/DEC.<n>`` ("C-SS-4/DEC.3");
* Executive Council decisions ``EC-<session>/DEC.<n>`` ("EC-110/DEC.1"), of a meeting ``EC-M-<n>/DEC.<n>``;
* the Director-General's notes and reports ``EC-<session>/DG.<n>``, ``C-<session>/DG.<n>``;
* the Technical Secretariat's notes ``S/<n>/<year>`` ("S/2338/2024"): the number first, the year last, unlike
  a Security Council document ``S/<year>/<n>``, which the UN grammar reads.

Keys: ``opcw/c/dec/24/4``, ``opcw/c-ss/dec/4/3``, ``opcw/ec/dec/110/1``, ``opcw/ec-m/dec/33/1``,
``opcw/ec/110/dg.15``, ``opcw/s/2338/2024``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import HYPHEN, START, BareRef, Symbol, SymbolMention, make_key

ORGANIZATIONS = ("OPCW",)
ORGAN_CUES = ("Conference of the States Parties", "Executive Council of the Organisation for the Prohibition")
_ORGANS = {"C": "Conference of the States Parties", "C-SS": "Conference of the States Parties",
           "EC": "Executive Council", "EC-M": "Executive Council"}
_FULL = re.compile(
    rf"{START}(?:(?P<organ>C{HYPHEN}SS|EC{HYPHEN}M|C|EC){HYPHEN}(?P<session>\d{{1,3}})/"
    r"(?P<kind>DEC|DG)\.(?P<number>\d{1,3})"
    r"|S/(?P<note>\d{3,4})/(?P<year>(?:19|20)\d{2}))(?![\w/-]|\.\d)"
)


def find_full(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Printed OPCW symbols."""
    for m in _FULL.finditer(text):
        if m.group("note"):
            note, year = m.group("note"), int(m.group("year"))
            if 1946 <= int(note) <= year or year < 1997:  # S/1999/318 is the Security Council's, of 1999
                continue
            symbol = Symbol(f"S/{note}/{year}", make_key("opcw", "s", note, str(year)), "OPCW", "Technical Secretariat",
                            "document", note, None, year)
        else:
            organ = re.sub(HYPHEN, "-", m.group("organ"))
            session, number = m.group("session"), m.group("number")
            if m.group("kind") == "DEC":
                key = make_key("opcw", organ.lower(), "dec", session, number)
                symbol = Symbol(f"{organ}-{session}/DEC.{number}", key, "OPCW", _ORGANS[organ], "decision", number,
                                session, None)
            else:
                key = make_key("opcw", organ.lower(), session, f"dg.{number}")
                symbol = Symbol(f"{organ}-{session}/DG.{number}", key, "OPCW", "Director-General", "document", number,
                                session, None)
        yield SymbolMention(symbol, m.start(), m.end(), m.group(0))


def parse_bare(text: str, pos: int, ref: BareRef) -> tuple[int, Symbol] | None:
    """OPCW texts are cited by printed symbol only."""
    return None


def coerce(symbol: Symbol, doctype: str) -> Symbol | None:
    return None
