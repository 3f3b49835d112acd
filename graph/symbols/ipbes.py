"""IPBES: the Platform's documents and decisions, and the UNEP meetings that set it up.

Grammar:

* Plenary documents ``IPBES/<session>/<n>``, information documents ``IPBES/1/INF/9``,
  with ``/Rev.N``, ``/Add.N``, ``/Corr.N``; some web copies print ``IPBES-1-12``.
* Plenary decisions ``IPBES-<session>/<n>``; the first session's report cites its
  decisions as "Decision IPBES/1/3", which after the word "decision" is the decision
  (key ``ipbes/dec/1/3``, printed "IPBES-1/3"), not the document IPBES/1/3.
* Documents of the UNEP meetings before the Platform existed: ``UNEP/IPBES/3/3``,
  ``UNEP/IPBES.MI/2/9`` (plenary meeting on modalities and institutional arrangements).
  Their organization is UNEP, which convened those meetings and issued the symbols.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import START, BareRef, Symbol, SymbolMention, make_key

ORGANIZATIONS = ("IPBES",)
ORGAN_CUES = ("Plenary of the Platform", "Plenary")
_PLENARY = "Plenary"
_MEETINGS = {
    "UNEP/IPBES": "Intergovernmental and multi-stakeholder meeting on IPBES",
    "UNEP/IPBES.MI": "Plenary meeting on IPBES modalities and institutional arrangements",
}
_SERIAL = r"(?P<serial>(?:INF/)?\d{1,3})(?P<suffixes>(?:/(?i:rev|add|corr)\.\d{1,2})*)"
_FULL = re.compile(
    rf"{START}(?:(?P<unep>UNEP/IPBES(?:\.MI)?)/(?P<usession>\d{{1,2}})/{_SERIAL}"
    rf"|IPBES/(?P<session>\d{{1,2}})/{_SERIAL.replace('?P<', '?P<p')}"
    r"|IPBES-(?P<dsession>\d{1,2})/(?P<dnumber>\d{1,2})"
    r"|IPBES-(?P<wsession>\d{1,2})-(?P<wnumber>\d{1,3}))(?![\w/-]|\.\w)"
)


def decision(session: str, number: str) -> Symbol:
    return Symbol(f"IPBES-{session}/{number}", make_key("ipbes", "dec", session, number), "IPBES", _PLENARY,
                  "decision", number, session, None)


def _document(prefix: str, session: str, serial: str, suffixes: str) -> Symbol:
    organization = "UNEP" if prefix.startswith("UNEP") else "IPBES"
    base_canonical = f"{prefix}/{session}/{serial}"
    base_key = make_key(*base_canonical.lower().split("/"))
    key, revision = base_key, None
    printed = ""
    for kind, value in re.findall(r"(?i)(rev|add|corr)\.(\d{1,2})", suffixes):
        kind = kind.capitalize()
        printed += f"/{kind}.{value}"
        key += f"/{kind.lower()}.{value}"
        revision = int(value) if kind == "Rev" else revision
    return Symbol(
        canonical=base_canonical + printed,
        key=key,
        organization=organization,
        organ=_MEETINGS.get(prefix, _PLENARY),
        doctype="document",
        number=serial,
        session=session,
        year=None,
        revision=revision,
        base_key=base_key if key != base_key else None,
    )


def find_full(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Printed IPBES and UNEP/IPBES symbols."""
    for m in _FULL.finditer(text):
        if m.group("unep"):
            symbol = _document(m.group("unep"), m.group("usession"), m.group("serial"), m.group("suffixes"))
        elif m.group("session"):
            symbol = _document("IPBES", m.group("session"), m.group("pserial"), m.group("psuffixes"))
        elif m.group("dsession"):
            symbol = decision(m.group("dsession"), m.group("dnumber"))
        else:
            symbol = _document("IPBES", m.group("wsession"), m.group("wnumber"), "")
        yield SymbolMention(symbol, m.start(), m.end(), m.group(0))


def parse_bare(text: str, pos: int, ref: BareRef) -> tuple[int, Symbol] | None:
    """IPBES is cited by printed symbol only."""
    return None


def coerce(symbol: Symbol, doctype: str) -> Symbol | None:
    """ "Decision IPBES/1/3" names decision 3 of the first session, not document IPBES/1/3."""
    plain = symbol.organization == "IPBES" and symbol.base_key is None and (symbol.number or "").isdigit()
    if doctype == "decision" and symbol.doctype == "document" and plain and symbol.session:
        return decision(symbol.session, symbol.number or "")
    return None
