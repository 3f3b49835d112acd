"""Organization of American States: resolution, declaration and document symbols.

Grammar (OAS Manual of document classification, as printed in the documents):

* resolutions ``AG/RES. 2444 (XXXIX-O/09)``: organ / ``RES.`` number, then in brackets the
  General Assembly session in roman numerals, ``O`` regular or ``E`` special, and the
  two-digit year; a council prints its meeting number instead: ``CP/RES. 957 (1714/09)``.
  ``DEC.`` symbols are the organs' declarations; acta's doctype vocabulary has no
  "declaration", so they are recorded as ``decision``.
* documents ``MISPA/doc.7/08 rev. 4``, ``CP/INF. 5960/09``, ``CP/ACTA 1714/09``, or a body
  path and a serial ``CP/CSH-1150/09``, ``CSH/GT/MISPA II-2/09 rev. 2``; all may follow the
  classification ``OEA/Ser.G`` which the key leaves out (one document, one key).

Keys: resolutions ``oas/<organ>/res/<number>`` (the bracket is not identity: "CP/RES. 957"
and "CP/RES. 957 (1714/09)" are one resolution); documents ``oas/<path>/doc.<n>/<yy>`` or
``oas/<path>[-<qualifier>]-<n>/<yy>`` then ``/rev.N``, ``/corr.N``, ``/add.N``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import ROMAN, START, BareRef, Symbol, SymbolMention, expand_year, make_key

ORGANIZATIONS = ("OAS",)

# code: (English name, kind).  Kind decides which path segment is the issuing body:
# the deepest organ or committee before a working group ("group"); a ministerial
# meeting ("meeting") only when it heads the path.
ORGANS: dict[str, tuple[str, str]] = {
    "AG": ("General Assembly", "organ"),
    "CP": ("Permanent Council", "organ"),
    "CIDI": ("Inter-American Council for Integral Development", "organ"),
    "CEPCIDI": ("Permanent Executive Committee of the Inter-American Council for Integral Development",
                "committee"),
    "CSH": ("Committee on Hemispheric Security", "committee"),
    "CAJP": ("Committee on Juridical and Political Affairs", "committee"),
    "CAAP": ("Committee on Administrative and Budgetary Affairs", "committee"),
    "CISC": ("Committee on Inter-American Summits Management and Civil Society Participation", "committee"),
    "CG": ("General Committee", "committee"),
    "CICAD": ("Inter-American Drug Abuse Control Commission", "organ"),
    "CICTE": ("Inter-American Committee against Terrorism", "organ"),
    "CIM": ("Inter-American Commission of Women", "organ"),
    "CITEL": ("Inter-American Telecommunication Commission", "organ"),
    "CJI": ("Inter-American Juridical Committee", "organ"),
    "MISPA": ("Meeting of Ministers Responsible for Public Security in the Americas", "meeting"),
    "REMJA": ("Meeting of Ministers of Justice or Other Ministers or Attorneys General of the Americas",
              "meeting"),
    "GT": ("Working Group", "group"),
}
ORGAN_CUES = ("Permanent Council", "Inter-American Council for Integral Development", "CIDI")
_CUE_ORGAN = {"permanent council": "CP", "inter-american council for integral development": "CIDI",
              "cidi": "CIDI"}

_CODE = "|".join(sorted(ORGANS, key=len, reverse=True))
_CLASSIFICATION = r"(?:OEA/Ser\.[A-Z](?:/[A-Z0-9.]+)*\s+)?"
_BRACKET = (
    rf"\((?P<roman>{ROMAN})-(?P<stype>[OE])/(?P<yy>\d{{2}})\)"       # (XXXIX-O/09): AG session, year
    r"|\((?P<meeting>\d{1,4})/(?P<myy>\d{2})\)"                     # (1714/09): council meeting, year
)
_RESOLUTION = re.compile(
    rf"{START}{_CLASSIFICATION}(?P<organ>{_CODE})/(?P<kind>RES|DEC)\.?\s?(?P<number>\d{{1,4}})"
    rf"(?:\s?(?:{_BRACKET}))?(?![\w/])"
)
_SUFFIXES = r"(?P<suffixes>(?:,?\s?(?i:rev|corr|add)\.\s?\d{1,2})*)"
_DOCUMENT = re.compile(
    rf"{START}{_CLASSIFICATION}(?P<path>(?:{_CODE})(?:/[A-Z]{{2,8}})*)(?:[\s-](?P<qual>[IVX]{{1,4}}))?"
    r"(?:/(?P<dkind>(?i:doc|inf|acta))\.?\s?(?P<dnum>\d{1,5})/(?P<dyy>\d{2})"   # /doc.7/08
    r"|-(?P<snum>\d{1,5})/(?P<syy>\d{2}))"                                   # -1150/09
    rf"{_SUFFIXES}(?![\w/])"
)
_BARE = re.compile(rf"(?P<number>\d{{1,4}})\s?(?:{_BRACKET})(?![\w/])")
_BARE_NUMBER = re.compile(r"(?P<number>\d{1,4})(?![\w/]|\s?\()")


def _resolution(organ: str, kind: str, number: str, m: re.Match[str] | None) -> Symbol:
    """One resolution or declaration, whatever words cited it."""
    doctype = "resolution" if kind == "RES" else "decision"
    canonical = f"{organ}/{kind}. {number}"
    session = year = None
    if m is not None and m.group("roman"):
        session, year = f"{m.group('roman')}-{m.group('stype')}", expand_year(m.group("yy"))
        canonical += f" ({session}/{m.group('yy')})"
    elif m is not None and m.group("meeting"):
        session, year = m.group("meeting"), expand_year(m.group("myy"))
        canonical += f" ({session}/{m.group('myy')})"
    return Symbol(
        canonical=canonical,
        key=make_key("oas", organ, kind, number),
        organization="OAS",
        organ=ORGANS[organ][0],
        doctype=doctype,
        number=number,
        session=session,
        year=year,
    )


def _issuer(path: list[str]) -> str | None:
    name = None
    for index, code in enumerate(path):
        entry = ORGANS.get(code)
        if entry is None or entry[1] == "group":
            break
        if entry[1] != "meeting" or index == 0:
            name = entry[0]
    return name


def _document(m: re.Match[str]) -> Symbol:
    path = m.group("path").split("/")
    qual = m.group("qual")
    head = "/".join(path) + (f" {qual}" if qual and m.group("snum") else (f"-{qual}" if qual else ""))
    key_head = make_key("oas", *path[:-1], path[-1] + (f"-{qual}" if qual else ""))
    if m.group("dkind"):
        dkind, number, yy = m.group("dkind").lower(), m.group("dnum"), m.group("dyy")
        printed = {"doc": "doc.", "inf": "INF. ", "acta": "ACTA "}[dkind]
        canonical = f"{head}/{printed}{number}/{yy}"
        base_key = f"{key_head}/{dkind}.{number}/{yy}"
    else:
        number, yy = m.group("snum"), m.group("syy")
        canonical = f"{head}-{number}/{yy}"
        base_key = f"{key_head}-{number}/{yy}"
    key, revision = base_key, None
    for kind, value in re.findall(r"(?i)(rev|corr|add)\.\s?(\d{1,2})", m.group("suffixes") or ""):
        kind = kind.lower()
        canonical += f" {kind}. {value}"
        key += f"/{kind}.{value}"
        if kind == "rev":
            revision = int(value)
    return Symbol(
        canonical=canonical,
        key=key,
        organization="OAS",
        organ=_issuer(path),
        doctype="document",
        number=number,
        session=None,
        year=expand_year(yy),
        revision=revision,
        base_key=base_key if key != base_key else None,
    )


def find_full(text: str, hint: str | None) -> Iterator[SymbolMention]:
    """Printed OAS symbols."""
    for m in _RESOLUTION.finditer(text):
        symbol = _resolution(m.group("organ"), m.group("kind"), m.group("number"), m)
        yield SymbolMention(symbol, m.start(), m.end(), m.group(0))
    for m in _DOCUMENT.finditer(text):
        yield SymbolMention(_document(m), m.start(), m.end(), m.group(0))


def parse_bare(text: str, pos: int, ref: BareRef) -> tuple[int, Symbol] | None:
    """ "resolution 2444 (XXXIX-O/09)" (General Assembly), "resolution 957 (1714/09)" (Permanent Council)."""
    kind = "RES" if ref.doctype == "resolution" else "DEC"
    organ = _CUE_ORGAN.get(ref.cue or "")
    m = _BARE.match(text, pos)
    if m is not None:
        if organ is None:
            organ = "AG" if m.group("roman") else "CP"
        return m.end(), _resolution(organ, kind, m.group("number"), m)
    council = ref.cue == "council" and ref.hint == "OAS"
    if ref.first and (organ == "CP" or council):
        m = _BARE_NUMBER.match(text, pos)
        if m is not None:
            return m.end(), _resolution("CP", kind, m.group("number"), None)
    return None
