"""Document symbols: the identifiers institutions print on their documents.

A symbol names one document, resolution or decision ("AG/RES. 2444 (XXXIX-O/09)",
"A/RES/80/30", "IPBES/1/12").  Texts cite them in full or by bare number ("resolution
62/21", "Security Council resolution 1325 (2000)"), and acta must link every form of
the same thing to one node, so each :class:`Symbol` carries a ``key``:

* lowercase ASCII, segments joined by ``/``, first segment the organization
  ("oas", "un", "unep", "ipbes", "iaea", "opcw", "au", "oau");
* resolutions and decisions: organ series + ``res``/``dec`` + session + number + part,
  never the date or meeting ("un/a/res/80/30", "un/a/res/56/24/v", "un/s/res/1325",
  "oas/cp/res/957", "unep/gc/dec/26/4", "ipbes/dec/1/3", "iaea/gc/69/res/9/a.2");
* documents: the printed symbol, lowercased, spaces dropped or turned into ``-``, with
  revisions, corrigenda and addenda as trailing segments ("un/a/c.1/80/l.12/rev.1",
  "oas/mispa/doc.7/08/rev.4"); ``base_key`` is the key without those segments.

Each institution has one grammar module; the registry below lists them.  A grammar
module provides:

``ORGANIZATIONS``
    organization names it produces (used for the hint and for guessing).
``ORGAN_CUES``
    phrases naming organs ("Security Council") that decide how a bare number reads.
``find_full(text, hint) -> Iterable[SymbolMention]``
    every printed symbol in the text.
``parse_bare(text, pos, ref) -> tuple[int, Symbol] | None``
    a bare number at ``pos`` right after "resolution(s)"/"decision(s)"; ``ref`` says
    which keyword, which organ cue, which document organization.
``find_implied(text, hint) -> Iterable[SymbolMention]`` (optional)
    numbers that the document's layout makes symbols (a UN heading "80/66. Title"); they
    yield to any reading of the same words after a keyword.
``coerce(symbol, doctype) -> Symbol | None`` (optional)
    what a printed symbol means when the keyword before it names another kind
    ("Decision IPBES/1/3" is the decision, "IPBES/1/3" the document).

Adding an institution is writing that module and adding its name to ``GRAMMARS``.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from ..text import strip_accents

GRAMMARS = ("oas", "opcw", "un", "ipbes", "iaea", "au")   # modules of this package, in tie-breaking order


@dataclass(frozen=True)
class Symbol:
    canonical: str
    key: str
    organization: str
    organ: str | None
    doctype: str                    # "resolution" | "decision" | "document"
    number: str | None
    session: str | None
    year: int | None
    part: str | None = None
    revision: int | None = None
    base_key: str | None = None


@dataclass(frozen=True)
class SymbolMention:
    symbol: Symbol
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class BareRef:
    """What the words around a bare number say about it."""

    doctype: str                    # the keyword's kind: "resolution" or "decision"
    cue: str | None                 # normalized organ phrase before or after ("security council")
    hint: str | None                # the document's organization
    first: bool                     # right after the keyword (not a later list item)
    previous: Symbol | None = None  # the list item before this one ("36/87 A and B")


# --- shared grammar pieces -------------------------------------------------------
HYPHEN = "[-\u2010\u2011\u2012\u2013]"           # ASCII, hyphen, non-breaking hyphen, figure dash, en dash
ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
START = r"(?<![\w/.])"                            # a symbol does not continue a word, path or number
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_DATE_AFTER = re.compile(
    rf"\s+(?:of|on|dated)\s+(?:\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}})"
    r"(?:,\d{1,2}(?=\s))?"                        # a footnote marker glued after the date
)
_KEYWORD = re.compile(r"\b(?:(?P<res>[Rr]esolutions?)|(?P<dec>[Dd]ecisions?)|(?P<decl>[Dd]eclarations?))\s+")
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+")


@functools.lru_cache(maxsize=8192)  # pure, and asked again for the same symbol parts in every document
def ascii_fold(value: str) -> str:
    """Keys must be ASCII: drop accents, turn every dash into '-'."""
    return strip_accents(re.sub(HYPHEN, "-", value)).encode("ascii", "ignore").decode()


@functools.lru_cache(maxsize=8192)
def make_key(*parts: str) -> str:
    """Join parts into a key: lowercase, ASCII, spaces as '-', no empty segments."""
    segments = []
    for part in parts:
        part = re.sub(r"\s+", "-", ascii_fold(part).strip().lower())
        if part:
            segments.append(part)
    return "/".join(segments)


def expand_year(two_digits: str) -> int:
    """OAS symbols print two-digit years; the OAS dates from 1948, so 48-99 are 19xx."""
    yy = int(two_digits)
    return 1900 + yy if yy >= 48 else 2000 + yy


def normalize_cue(value: str) -> str:
    """ "Security  Council's " -> "security council": the key grammars compare cues by."""
    return re.sub(r"['’]s$", "", re.sub(r"\s+", " ", value).strip().lower())


def _grammars() -> list[tuple[str, ModuleType]]:
    return list(_load_grammars(GRAMMARS))


@functools.lru_cache(maxsize=4)  # imported once, not once per sentence
def _load_grammars(names: tuple[str, ...]) -> tuple[tuple[str, ModuleType], ...]:
    return tuple((name, importlib.import_module(f"{__name__}.{name}")) for name in names)


def _normalize_org(organization: str | None) -> str | None:
    if not organization:
        return None
    return _normalized_org(organization, GRAMMARS)


@functools.lru_cache(maxsize=64)
def _normalized_org(organization: str, names: tuple[str, ...]) -> str:
    wanted = organization.strip().upper()
    for _, grammar in _load_grammars(names):
        for org in grammar.ORGANIZATIONS:
            if org.upper() == wanted:
                return org
    return wanted


def guess_organization(text: str) -> str | None:
    """The organization whose printed symbols dominate the start of the text (else the whole text)."""
    for window in (text[:3000], text):
        counts: dict[str, int] = {}
        for _, grammar in _grammars():
            for mention in grammar.find_full(window, None):
                org = mention.symbol.organization
                counts[org] = counts.get(org, 0) + 1
        if counts:
            return max(counts.items(), key=lambda item: item[1])[0]
    return None


def _cue_pattern(grammars: list[tuple[str, ModuleType]]) -> str:
    cues = sorted({cue for _, g in grammars for cue in g.ORGAN_CUES}, key=len, reverse=True)
    return "|".join(re.escape(cue).replace(r"\ ", r"\s+") for cue in cues)


@functools.lru_cache(maxsize=4)  # built once, not once per sentence
def _cue_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An organ cue right before a keyword, and one after the list it starts ("... of the Security Council")."""
    cue_re = _cue_pattern(list(_load_grammars(names)))
    return (re.compile(rf"(?:{cue_re})(?:['’]s)?\s+$"),
            re.compile(rf",?\s+(?:(?:as\s+)?adopted\s+by|of|by)\s+(?:the\s+)?(?P<cue>{cue_re})\b"))


def _select(candidates: Iterable[SymbolMention]) -> list[SymbolMention]:
    """Non-overlapping mentions, earliest first, the longest winning at one start."""
    chosen: list[SymbolMention] = []
    last_end = -1
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if mention.start >= last_end:
            chosen.append(mention)
            last_end = mention.end
    return chosen


def find_symbols(text: str, organization: str | None = None) -> list[SymbolMention]:
    """Every symbol the text cites, printed in full or by number after "resolution(s)"/"decision(s)".

    ``organization`` is the document's institution; it decides bare references the words
    around them leave open (and enables the UN heading rule "80/66. Title").  None: guessed.
    """
    hint = _normalize_org(organization) or guess_organization(text)
    grammars = _grammars()
    owner = {org: g for _, g in grammars for org in g.ORGANIZATIONS}
    full: list[SymbolMention] = []
    for _, grammar in grammars:
        full.extend(grammar.find_full(text, hint))
    full_at = {m.start: m for m in _select(full)}
    cue_before, cue_after = _cue_patterns(GRAMMARS)

    implied = [m for _, g in grammars for m in getattr(g, "find_implied", lambda _t, _h: ())(text, hint)]
    keyed: list[SymbolMention] = []   # first, so that at equal spans the keyword's reading wins
    for kw in _KEYWORD.finditer(text):
        doctype = "resolution" if kw.group("res") else "decision"
        before = cue_before.search(text, max(0, kw.start() - 80), kw.start())
        cue = normalize_cue(before.group(0)) if before else None
        items = _read_list(text, kw.end(), BareRef(doctype, cue, hint, True), grammars, full_at, owner)
        if not items:
            continue
        if cue is None:
            tail = _DATE_AFTER.match(text, items[-1][1])
            after = cue_after.match(text, tail.end() if tail else items[-1][1])
            if after:
                ref = BareRef(doctype, normalize_cue(after.group("cue")), hint, True)
                items = _read_list(text, kw.end(), ref, grammars, full_at, owner) or items
        for index, (start, end, symbol) in enumerate(items):
            start = kw.start() if index == 0 else start
            keyed.append(SymbolMention(symbol, start, end, text[start:end]))
    return _select(keyed + full + implied)


def _read_list(
    text: str,
    pos: int,
    ref: BareRef,
    grammars: list[tuple[str, ModuleType]],
    full_at: dict[int, SymbolMention],
    owner: dict[str, ModuleType],
) -> list[tuple[int, int, Symbol]]:
    """The symbols of "resolutions 49/75 I of 15 December 1994, 50/70 F ... and 79/44", in order."""
    items: list[tuple[int, int, Symbol]] = []
    while True:
        item = _read_item(text, pos, ref, grammars, full_at, owner)
        if item is None:
            return items
        items.append(item)
        end = item[1]
        date = _DATE_AFTER.match(text, end)
        end = date.end() if date else end
        sep = _SEPARATOR.match(text, end)
        if sep is None:
            return items
        pos = sep.end()
        ref = BareRef(ref.doctype, ref.cue, ref.hint, False, item[2])


def _read_item(
    text: str,
    pos: int,
    ref: BareRef,
    grammars: list[tuple[str, ModuleType]],
    full_at: dict[int, SymbolMention],
    owner: dict[str, ModuleType],
) -> tuple[int, int, Symbol] | None:
    printed = full_at.get(pos)
    if printed is not None:
        symbol: Symbol | None = printed.symbol
        if printed.symbol.doctype != ref.doctype:
            coerce = getattr(owner.get(printed.symbol.organization), "coerce", None)
            symbol = coerce(printed.symbol, ref.doctype) if coerce else None
        if symbol is not None:
            return pos, printed.end, symbol
    best: tuple[int, int, Symbol] | None = None
    for _, grammar in grammars:
        found = grammar.parse_bare(text, pos, ref)
        if found is None:
            continue
        end, symbol = found
        better = best is None or end > best[1] or (end == best[1] and symbol.organization == ref.hint)
        if better:
            best = (pos, end, symbol)
    return best


def parse_symbol(value: str, organization: str | None = None) -> Symbol | None:
    """The symbol a whole string names ("CP/RES. 957", "resolution 62/21", "a/res/62/21"), or None.

    A bare number reads as after "resolution" ("62/21"), then after "decision" ("1/CP.21").
    """
    value = value.strip().rstrip(".,;")
    if not value:
        return None
    hint = _normalize_org(organization)
    for typed in dict.fromkeys((value, value.upper())):   # symbols are also typed in lowercase
        for candidate in (typed, f"resolution {typed}", f"decision {typed}"):
            mentions = find_symbols(candidate, hint)
            if not mentions or mentions[0].start != 0:
                continue
            joint = len(mentions) == 2 and candidate[mentions[0].end:mentions[1].start] == "-"
            if mentions[0].end == len(candidate) or (joint and mentions[1].end == len(candidate)):
                return mentions[0].symbol     # a joint "A/52/871-S/1998/318" is read by its first symbol
    return None


__all__ = [
    "BareRef",
    "GRAMMARS",
    "Symbol",
    "SymbolMention",
    "find_symbols",
    "guess_organization",
    "make_key",
    "parse_symbol",
]
