"""United Nations document symbols, with the UN programmes and treaty bodies that use its system.

Grammar (UN Secretariat, "United Nations Document Symbols"): a series letter or prefix
(``A`` General Assembly, ``S`` Security Council, ``E`` Economic and Social Council,
``UNEP``, treaty bodies ``NPT``, ``CD``, ``CEDAW`` ...) then ``/``-separated components:
subsidiary body (``C.1``, ``CONF.192``, ``AC.299``, ``HRC``, ``GC.26``), session (``80``,
``S-10``, ``ES-10``) or year (``2019``), nature (``RES``, ``DEC``, ``PRST``, ``L.12``,
``CRP.1``, ``INF``) and serial, and finally ``Rev.N``, ``Corr.N``, ``Add.N``, ``Amend.N``.

Resolutions and decisions get keys without date or year: ``un/a/res/80/30``,
``un/a/res/56/24/v`` (part), ``un/a/res/2832`` (pre-1976 "2832 (XXVI)"), ``un/s/res/1325``,
``un/e/res/1980/67``, ``un/a/hrc/res/50/1``, ``unep/gc/dec/26/4``, ``unep/ea/res/5/1``.
Governing Council decisions print as "UNEP/GC.26/4", so a printed ``UNEP/GC.<s>/<n>``
with nothing after it reads as the decision (the session's documents share that shape).
Documents: ``un/`` + the lowercased symbol (``unep/`` for the UNEP series), revisions and
the like as trailing segments.  A joint symbol ``A/52/871-S/1998/318`` gives two mentions.
Bare numbers: ``62/21`` General Assembly unless an organ is named around it,
``1325 (2000)`` Security Council, ``2832 (XXVI)`` General Assembly before 1976,
``1980/67`` Economic and Social Council, a heading ``80/66. Title`` in a UN document its
own resolution.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from . import HYPHEN, MONTHS, ROMAN, START, BareRef, Symbol, SymbolMention, make_key

ORGANIZATIONS = ("UN", "UNEP")

# series prefix: (organization, organ that issues it)
SERIES: dict[str, tuple[str, str | None]] = {
    "A": ("UN", "General Assembly"),
    "S": ("UN", "Security Council"),
    "E": ("UN", "Economic and Social Council"),
    "ST": ("UN", "Secretariat"),
    "UNEP": ("UNEP", None),
    "DP": ("UN", "Executive Board of UNDP"),
    "TD": ("UN", "United Nations Conference on Trade and Development"),
    "NPT": ("UN", "Review Conference of the Parties to the Non-Proliferation Treaty"),
    "CD": ("UN", "Conference on Disarmament"),
    "CCW": ("UN", "High Contracting Parties to the Convention on Certain Conventional Weapons"),
    "CCM": ("UN", "States Parties to the Convention on Cluster Munitions"),
    "BWC": ("UN", "States Parties to the Biological Weapons Convention"),
    "APLC": ("UN", "States Parties to the Anti-Personnel Mine Ban Convention"),
    "TPNW": ("UN", "States Parties to the Treaty on the Prohibition of Nuclear Weapons"),
    "CEDAW": ("UN", "Committee on the Elimination of Discrimination against Women"),
    "CERD": ("UN", "Committee on the Elimination of Racial Discrimination"),
    "CCPR": ("UN", "Human Rights Committee"),
    "CRC": ("UN", "Committee on the Rights of the Child"),
    "CRPD": ("UN", "Committee on the Rights of Persons with Disabilities"),
    "FCCC": ("UN", "Conference of the Parties to the United Nations Framework Convention on Climate Change"),
    "CBD": ("UN", "Conference of the Parties to the Convention on Biological Diversity"),
}
_FCCC_BODIES = {
    "CP": SERIES["FCCC"][1] or "",
    "CMP": "Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol",
    "CMA": "Conference of the Parties serving as the meeting of the Parties to the Paris Agreement",
}
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")

ORGAN_CUES = (
    "General Assembly", "Assembly", "Security Council", "Council", "Human Rights Council",
    "Economic and Social Council", "ECOSOC", "Governing Council of the United Nations Environment Programme",
    "Governing Council of UNEP", "UNEP Governing Council", "Governing Council",
    "United Nations Environment Assembly", "Environment Assembly",
)
_SESSION = rf"(?:E?S{HYPHEN})?\d{{1,4}}"
_COMP = rf"(?:E?S{HYPHEN}\d{{1,2}}|[A-Z][A-Za-z]{{0,7}}(?:\.[A-Z0-9][A-Za-z0-9]{{0,5}})*|\d{{1,5}})"
_TAIL = (
    r"(?:[ \u00a0](?P<part>[A-Z]{1,2})(?![\w/-]))?"
    rf"(?:\s{{0,8}}\((?:(?P<year>(?:19|20)\d{{2}})|(?P<roman>{ROMAN}))\))?"      # "2773\n(2025)": PDF line breaks
)
_SERIES_RE = "|".join(sorted(SERIES, key=len, reverse=True))
_FULL = re.compile(
    rf"{START}(?<![A-Za-z.]{HYPHEN})(?P<series>{_SERIES_RE})(?!/IPBES)(?P<comps>(?:/{_COMP})+)"
    rf"(?![\w/]|\.\w){_TAIL}"
)
_HEADING = re.compile(r"^(?:#{1,6}[ \t]*)?(?P<session>\d{2})/(?P<number>\d{1,3})\.[ \t]+(?=\S)", re.M)
_BARE_SLASH = re.compile(
    rf"(?P<session>{_SESSION})/(?P<number>\d{{1,4}})(?:[ \u00a0](?P<part>[A-Z]{{1,2}})(?![\w/-]))?(?![\w/])"
)
_BARE_PAREN = re.compile(
    r"(?P<number>\d{1,4})(?:[ \u00a0](?P<part>[A-Z]{1,2}))?\s{0,8}"
    rf"\((?:(?P<year>(?:19|20)\d{{2}})|(?P<roman>{ROMAN}))\)"
)
_BARE_GC = re.compile(r"GC\.(?P<session>\d{1,2})/(?P<number>\d{1,3})(?![\w/])")
_BARE_PART = re.compile(r"(?P<part>[A-Z]{1,2})(?![\w/-])")
_BARE_FCCC = re.compile(r"(?P<number>\d{1,3})/(?P<body>CP|CMP|CMA)\.(?P<session>\d{1,2})(?![\w/])")
_DATED = re.compile(
    rf"{START}(?P<session>\d{{2}})/(?P<number>\d{{1,3}})(?:[ \u00a0](?P<part>[A-Z]{{1,2}}))?"
    rf"(?=\s+of\s+\d{{1,2}}\s+(?:{MONTHS})\s+(?:19|20)\d\d)"
)
# before 1976: "1653 (XVI) of 24 November 1961", a General Assembly resolution by its session in roman numerals
_DATED_ROMAN = re.compile(
    rf"{START}(?P<number>\d{{3,4}})\s{{1,8}}\((?P<roman>{ROMAN})\)(?=\s+of\s+\d{{1,2}}\s+(?:{MONTHS})\s+19[4-7]\d)"
)
# a part or volume of a document, in brackets after its symbol, then perhaps its corrigenda: "NPT/CONF.2000/28 (Parts I
# and II)", "NPT/CONF.1995/32 (Part I)/Corr.2", "NPT/CONF.2010/50 (Vol. I)" (the brackets may open a note's next line)
_VOLUME = re.compile(r"(?:[ \u00a0]|[ \t]*\n[ \t]*)?"
                     r"\((?P<which>(?:Parts?|Vol\.|Vols\.)\s*[IVX]+(?:\s+(?:and|to|–|-)\s+[IVX]+)?)\)"
                     r"(?P<more>(?:/(?:Corr|Add|Rev)\.\d{1,3})*)")
_BARE_PLAIN = re.compile(r"(?P<number>\d{1,4})(?![\w/]|\s{0,8}\(|[.,]\d)")
_SUFFIX = re.compile(r"(?i)(rev|add|corr|amend)\.(\d{1,3})")
_YEAR = re.compile(r"(?:19[4-9]\d|20\d\d)")


def _norm(comp: str) -> str:
    """Components in their printed case, every dash a hyphen: 'rev.1' -> 'Rev.1', 'c.1' -> 'C.1'."""
    comp = re.sub(HYPHEN, "-", comp)
    m = re.fullmatch(r"(?i)(rev|add|corr|amend|res|dec)\.(\d+)", comp)
    return f"{m.group(1).capitalize()}.{m.group(2)}" if m else comp.upper()


def _decision(
    canonical: str, key: str, organ: str | None, doctype: str, session: str | None, number: str,
    part: str | None = None, year: int | None = None, organization: str = "UN",
) -> Symbol:
    return Symbol(canonical, key, organization, organ, doctype, number, session, year, part)


def general_assembly(doctype: str, session: str | None, number: str, part: str | None = None,
                     roman: str | None = None) -> Symbol:
    kind = "RES" if doctype == "resolution" else "DEC"
    session = re.sub(HYPHEN, "-", session).upper() if session else None
    part_text = f" {part}" if part else ""
    if session is None:             # before 1976: "2832 (XXVI)", the session in brackets
        canonical = f"A/{kind}/{number}{part_text}" + (f" ({roman})" if roman else "")
        return _decision(canonical, make_key("un", "a", kind, number, part or ""), "General Assembly",
                         doctype, roman, number, part)
    return _decision(f"A/{kind}/{session}/{number}{part_text}",
                     make_key("un", "a", kind, session, number, part or ""),
                     "General Assembly", doctype, session, number, part)


def security_council(number: str, year: str | None) -> Symbol:
    canonical = f"S/RES/{number}" + (f" ({year})" if year else "")
    return _decision(canonical, make_key("un", "s", "res", number), "Security Council", "resolution",
                     None, number, year=int(year) if year else None)


def ecosoc(doctype: str, year: str | None, number: str, roman: str | None = None) -> Symbol:
    kind = "RES" if doctype == "resolution" else "DEC"
    if year is None:
        canonical = f"E/{kind}/{number}" + (f" ({roman})" if roman else "")
        return _decision(canonical, make_key("un", "e", kind, number), "Economic and Social Council",
                         doctype, roman, number)
    return _decision(f"E/{kind}/{year}/{number}", make_key("un", "e", kind, year, number),
                     "Economic and Social Council", doctype, None, number, year=int(year))


def human_rights_council(doctype: str, session: str, number: str) -> Symbol:
    kind = "RES" if doctype == "resolution" else "DEC"
    return _decision(f"A/HRC/{kind}/{session}/{number}", make_key("un", "a", "hrc", kind, session, number),
                     "Human Rights Council", doctype, session, number)


def governing_council(session: str, number: str) -> Symbol:
    return _decision(f"UNEP/GC.{session}/{number}", make_key("unep", "gc", "dec", session, number),
                     "Governing Council", "decision", session, number, organization="UNEP")


def environment_assembly(doctype: str, session: str, number: str) -> Symbol:
    kind = "Res" if doctype == "resolution" else "Dec"
    return _decision(f"UNEP/EA.{session}/{kind}.{number}", make_key("unep", "ea", kind, session, number),
                     "Environment Assembly", doctype, session, number, organization="UNEP")


def fccc(body: str, session: str, number: str) -> Symbol:
    """UNFCCC decisions are numbered within a session of a governing body: "1/CP.21"."""
    key = make_key("un", "fccc", "dec", f"{body}.{session}", number)
    return Symbol(f"{number}/{body}.{session}", key, "UN", _FCCC_BODIES[body], "decision", number,
                  f"{body}.{session}", None)


def _numbered(series: str, base: list[str], part: str | None, year: str | None,
              roman: str | None) -> Symbol | None:
    """The resolution or decision a symbol's components spell, or None for a document."""
    kinds = {"RES": "resolution", "DEC": "decision"}
    if series == "S" and len(base) == 2 and base[0] == "RES" and base[1].isdigit():
        return security_council(base[1], year)
    if series == "A" and base and base[0] in kinds and base[-1].isdigit():
        if len(base) == 3 and re.fullmatch(_SESSION, base[1]):
            return general_assembly(kinds[base[0]], base[1], base[2], part)
        if len(base) == 2:
            return general_assembly(kinds[base[0]], None, base[1], part, roman)
    if series == "A" and len(base) == 4 and base[0] == "HRC" and base[1] in kinds and base[3].isdigit():
        return human_rights_council(kinds[base[1]], base[2], base[3])
    if series == "E" and base and base[0] in kinds and base[-1].isdigit():
        if len(base) == 3 and _YEAR.fullmatch(base[1]):
            return ecosoc(kinds[base[0]], base[1], base[2])
        if len(base) == 2:
            return ecosoc(kinds[base[0]], None, base[1], roman)
    if series == "UNEP" and len(base) == 2:
        gc = re.fullmatch(r"GC\.(\d{1,2})", base[0])
        if gc and base[1].isdigit():
            return governing_council(gc.group(1), base[1])
        ea = re.fullmatch(r"EA\.(\d{1,2})", base[0])
        kind = re.fullmatch(r"(Res|Dec)\.(\d{1,3})", base[1])
        if ea and kind:
            return environment_assembly("resolution" if kind.group(1) == "Res" else "decision",
                                        ea.group(1), kind.group(2))
    return None


def _organ(series: str, base: list[str]) -> str | None:
    organization, organ = SERIES[series]
    body = base[0] if base else ""
    committee = re.fullmatch(r"C\.([1-6])", body)
    if series == "A" and committee:
        return f"{_ORDINALS[int(committee.group(1)) - 1]} Committee"
    if series == "A" and body == "HRC":
        return "Human Rights Council"
    if series in ("A", "E") and re.match(r"(?:CONF|AC|CN)\.", body):
        return None                 # a conference or subsidiary body the symbol only numbers
    if series == "UNEP":
        return {"GC": "Governing Council", "EA": "Environment Assembly"}.get(body.split(".")[0])
    return organ


def interpret(series: str, comps: list[str], part: str | None = None, year: str | None = None,
              roman: str | None = None) -> tuple[Symbol, bool]:
    """The symbol the components spell; the flag says whether the part/bracket tail belongs to it."""
    comps = [_norm(c) for c in comps]
    cut = next((i for i, c in enumerate(comps) if _SUFFIX.fullmatch(c)), len(comps))
    base, suffixes = comps[:cut], comps[cut:]
    numbered = _numbered(series, base, part, year, roman)
    if numbered is not None and not suffixes:
        return numbered, True
    organization = SERIES[series][0]
    prefix = [] if series == organization else [series]
    base_key = numbered.key if numbered else make_key(organization.lower(), *prefix, *base)
    key = "/".join([base_key, *(c.lower() for c in suffixes)])
    revisions = [int(m.group(2)) for c in suffixes if (m := _SUFFIX.fullmatch(c)) and m.group(1) == "Rev"]
    session = next((c for c in base[:-1] if re.fullmatch(r"\d{1,3}|E?S-\d{1,2}", c)), None)
    years = [y.group(0) for c in base[:-1] if (y := re.search(rf"(?<!\d){_YEAR.pattern}$", c))]
    if series == "UNEP" and base and (dotted := re.fullmatch(r"(?:GC|EA)\.(\d{1,2})", base[0])):
        session = dotted.group(1)
    symbol = Symbol(
        canonical="/".join([series, *comps]),
        key=key,
        organization=organization,
        organ=_organ(series, base),
        doctype="document",
        number=base[-1] if base else None,
        session=session,
        year=int(years[0]) if years else None,
        revision=revisions[-1] if revisions else None,
        base_key=base_key if suffixes else None,
    )
    return symbol, False


def find_full(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Printed UN-system symbols."""
    for m in _FULL.finditer(text):
        series, comps = m.group("series"), m.group("comps").split("/")[1:]
        if not any(c.isdigit() for c in m.group("comps")):
            continue                # "A/C", "S/he": a symbol always numbers something
        symbol, tail = interpret(series, comps, m.group("part"), m.group("year"), m.group("roman"))
        end = m.end() if tail else m.end("comps")
        volume = _VOLUME.match(text, end) if not tail else None
        if volume:  # "NPT/CONF.1995/32 (Part I)/Corr.2": a part of the document, and its corrigendum
            which = re.sub(r"\s+", " ", volume.group("which"))
            part_key = f"{symbol.key}/{re.sub(r'[^a-z0-9]+', '-', which.lower()).strip('-')}"
            symbol = dataclasses.replace(
                symbol, canonical=f"{symbol.canonical} ({which}){volume.group('more')}",
                key="/".join([part_key, *(c.lower() for c in volume.group("more").split("/")[1:])]),
                base_key=part_key if volume.group("more") else symbol.key)
            end = volume.end()
        yield SymbolMention(symbol, m.start(), end, text[m.start():end])


def find_implied(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Numbers a UN document's layout makes symbols: its heading "80/66. Title", dated list items."""
    if hint == "UN":
        # In UN documents "62/21 of 5 December 2007" is a General Assembly resolution even where the
        # word "resolutions" was lost (a list that wraps past a heading or footnote); a keyword before
        # it still decides.
        for m in _DATED.finditer(text):
            symbol = general_assembly("resolution", m.group("session"), m.group("number"), m.group("part"))
            yield SymbolMention(symbol, m.start(), m.end(), m.group(0))
        for m in _DATED_ROMAN.finditer(text):
            symbol = general_assembly("resolution", None, m.group("number"), roman=m.group("roman"))
            yield SymbolMention(symbol, m.start(), m.end(), m.group(0))
        for m in _HEADING.finditer(text):
            symbol = general_assembly("resolution", m.group("session"), m.group("number"))
            start, end = m.start("session"), m.end("number")
            yield SymbolMention(symbol, start, end, text[start:end])


def parse_bare(text: str, pos: int, ref: BareRef) -> tuple[int, Symbol] | None:
    """ "62/21", "56/24 V", "S-10/2", "1325 (2000)", "2832 (XXVI)", "1980/67", "GC.26/4" after a keyword."""
    cue = ref.cue or ""
    previous = ref.previous
    if previous is not None and previous.part and previous.organ == "General Assembly":
        m = _BARE_PART.match(text, pos)   # "36/87 A and B": part B of the same resolution
        if m is not None:
            return m.end(), general_assembly(previous.doctype, previous.session, previous.number or "",
                                             m.group("part"))
    m = _BARE_FCCC.match(text, pos)
    if m is not None and ref.doctype == "decision":
        return m.end(), fccc(m.group("body"), m.group("session"), m.group("number"))
    m = _BARE_SLASH.match(text, pos)
    if m is not None:
        session, number, part = m.group("session"), m.group("number"), m.group("part")
        if cue == "human rights council":
            return m.end(), human_rights_council(ref.doctype, session, number)
        if cue.startswith(("governing council", "unep governing")):
            return m.end(), governing_council(session, number)
        if cue.endswith("environment assembly"):
            return m.end(), environment_assembly(ref.doctype, session, number)
        if cue in ("economic and social council", "ecosoc") or _YEAR.fullmatch(session):
            return (m.end(), ecosoc(ref.doctype, session, number)) if _YEAR.fullmatch(session) else None
        if len(re.sub(rf"^E?S{HYPHEN}", "", session)) > 3 or int(number) == 0:
            return None
        return m.end(), general_assembly(ref.doctype, session, number, part)
    m = _BARE_PAREN.match(text, pos)
    if m is not None:
        if m.group("year"):
            return m.end(), security_council(m.group("number"), m.group("year"))
        if cue in ("economic and social council", "ecosoc"):
            return m.end(), ecosoc(ref.doctype, None, m.group("number"), m.group("roman"))
        number, part, roman = m.group("number"), m.group("part"), m.group("roman")
        return m.end(), general_assembly(ref.doctype, None, number, part, roman)
    m = _BARE_GC.match(text, pos)
    if m is not None and ref.doctype == "decision":
        return m.end(), governing_council(m.group("session"), m.group("number"))
    council = cue == "security council" or (cue == "council" and ref.hint != "OAS")
    if ref.first and council and ref.doctype == "resolution":
        m = _BARE_PLAIN.match(text, pos)
        if m is not None:
            return m.end(), security_council(m.group("number"), None)
    return None
