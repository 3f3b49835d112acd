"""What a symbol's grammar says of its instrument: resolution, decision or document, the organ that adopted it
and the session it was adopted at.

"A/RES/80/38" is a resolution of the General Assembly at its eightieth session; "CP/RES. 957 (1714/09)" one of
the OAS Permanent Council of 2009; "C-24/DEC.4" a decision of the OPCW Conference at its twenty-fourth session;
"GC(69)/RES/15" a resolution of the IAEA General Conference at its sixty-ninth regular session.
"""

from __future__ import annotations

import re

from . import bodies as body_data
from .entities import ensure_body
from .extract import Context, Lit, date_literal
from .mentions import Mention, english_ordinal
from .text import Sentence


def ensure_symbol(ctx: Context, mention: Mention, sent: Sentence | tuple[int, int]) -> str:
    sym = mention.attrs["symbol"]
    kind = {"resolution": "resolution", "decision": "decision"}.get(sym.doctype, "document")
    fresh = ctx.registry.get(sym.key) is None
    ctx.registry.add(sym.key, kind, sym.canonical)
    if fresh:
        ctx.claim(sym.key, "acta:symbol", Lit(sym.canonical), sent, "symbol-grammar")
        ctx.claim(sym.key, "acta:symbolKey", Lit(sym.key), sent, "symbol-grammar")
        if sym.base_key and sym.base_key != sym.key:
            ctx.claim(sym.key, "acta:baseSymbolKey", Lit(sym.base_key), sent, "symbol-grammar")
        if sym.revision is not None:
            ctx.claim(sym.key, "acta:revision", Lit(str(sym.revision), "xsd:integer"), sent, "symbol-grammar")
        if kind in ("resolution", "decision"):
            organ = organ_key(sym, ctx.x.organization)
            if organ:
                ensure_body(ctx, organ, sent)
                ctx.claim(sym.key, "acta:adoptedBy", organ, sent, "symbol-grammar:organ")
            session = session_key(ctx, sym, organ, sent)
            if session:
                ctx.claim(sym.key, "acta:adoptedAt", session, sent, "symbol-grammar:session")
            if sym.year:
                ctx.claim(sym.key, "acta:adoptionDate", date_literal(str(sym.year)), sent, "symbol-grammar:year")
    return sym.key


_ORGANS = {
    ("OAS", "General Assembly"): "oas/general-assembly", ("OAS", "Permanent Council"): "oas/permanent-council",
    ("UN", "General Assembly"): "un/general-assembly", ("UN", "Security Council"): "un/security-council",
    ("UN", "Economic and Social Council"): "un/ecosoc", ("UN", "Human Rights Council"): "un/human-rights-council",
    ("UNEP", "Governing Council"): "un/unep/governing-council",
    ("IAEA", "General Conference"): "un/iaea/general-conference",
    ("OPCW", "Conference of the States Parties"): "un/opcw/conference-of-the-states-parties",
    ("OPCW", "Executive Council"): "un/opcw/executive-council",
    ("OAU", "Council of Ministers"): "oau/council-of-ministers",
    ("OAU", "Assembly of Heads of State and Government"): "oau/assembly",
    ("AU", "Assembly"): "african-union/assembly", ("AU", "Executive Council"): "african-union/executive-council",
}


def organ_key(sym, doc_org: str | None) -> str | None:
    if not sym.organ:
        return None
    key = _ORGANS.get((sym.organization, sym.organ))
    if key:
        return key
    info = body_data.lookup(sym.organ, sym.organization) or body_data.lookup(sym.organ, doc_org)
    return info.key if info else None


def session_key(ctx: Context, sym, organ: str | None, sent) -> str | None:
    """OAS "XXXIX-O" is the thirty-ninth regular session; UN "80" the eightieth session; OPCW "C-24" the
    Conference's twenty-fourth, "C-SS-4" its fourth special session, "EC-110" the Executive Council's 110th; IAEA
    "GC(69)" the General Conference's sixty-ninth regular session."""
    if sym.organization == "OPCW" and organ and sym.session and "/ec-m/" not in sym.key:
        kind = "special" if sym.key.startswith("opcw/c-ss/") else "regular"
        return ensure_session(ctx, organ, int(sym.session), kind, sent)
    if sym.organization == "IAEA" and organ and sym.session and sym.session.isdigit():  # GC(69): its 69th regular
        return ensure_session(ctx, organ, int(sym.session), "regular", sent)
    if not organ or not sym.session or organ not in ("oas/general-assembly", "un/general-assembly"):
        return None
    from .mentions import roman_value
    m = re.fullmatch(r"(?P<special>S-)?(?P<n>\d+)|(?P<roman>[IVXLC]+)-(?P<type>[OE])", sym.session)
    if not m:
        return None
    if m.group("roman"):
        number = roman_value(m.group("roman"))
        kind = "regular" if m.group("type") == "O" else "special"
    else:
        number = int(m.group("n"))
        kind = "special" if m.group("special") else "regular"
    if not number:
        return None
    return ensure_session(ctx, organ, number, kind, sent)


def ensure_session(ctx: Context, organ: str, number: int, kind: str, sent) -> str:
    key = f"{organ}/session/{kind}-{number}"
    if ctx.registry.get(key) is None:
        organ_label = ctx.registry.label(organ)
        words = f"{english_ordinal(number)} {kind} session" if kind == "special" \
            or organ.startswith(("oas", "un/iaea")) else f"{english_ordinal(number)} session"
        ctx.registry.add(key, "meeting", f"{words} of the {organ_label}")
        ctx.claim(key, "acta:meetingOf", organ, sent, "session")
        ctx.claim(key, "acta:ordinal", Lit(str(number), "xsd:integer"), sent, "session")
    return key
