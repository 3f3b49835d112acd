"""Rules of the genre: how resolutions, reports and records of meetings say who did what.

Each rule reads one sentence template (see `extract.py`): ``⟦B2⟧ adopted ⟦S3⟧``
means a body mention followed by "adopted" and a symbol mention.  A rule
names itself in every claim it makes, so the evidence says why a fact is there.
Rules never mention a particular document, body or date.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .actions import date_action
from .adopters import ensure_session
from .dates import DateValue
from .entities import ARTICLE_OF_BARE, generic_noun, is_modifier, name_generic_body, named_before
from .extract import ITS_REPORT, Context, Lit, View, date_literal
from .mentions import Mention, english_ordinal
from .occasions import key_of, kind_of, meeting_of_a_day, meeting_tail, place_before
from .outcomes import held_day, held_on
from .requests import add_request_action
from .text import slugify


def P(pattern: str) -> re.Pattern[str]:
    """`{S:sym}` is a symbol mention captured as `sym`; `{BM:x}` a body or a meeting; `{D}` any date."""
    def token(m: re.Match[str]) -> str:
        kinds, name = m.group(1), m.group(2)
        cls = kinds if len(kinds) == 1 else f"[{kinds}]"
        return f"⟦{cls}(?P<{name}>\\d+)⟧" if name else f"⟦{cls}\\d+⟧"
    return re.compile(re.sub(r"\{([A-Z]+)(?::(\w+))?\}", token, pattern))


@functools.cache
def _order() -> tuple[Callable[[Context, View], None], ...]:
    """Every module's rules in the order they run (built once: the modules import this one)."""
    from . import (
        authored,
        citing,
        clauses,
        decisions,
        described,
        founding,
        heading,
        incidents,
        meeting_lists,
        observances,
        occasions,
        officers,
        outcomes,
        proceedings,
        sessions,
        titles,
        treaties,
    )
    # the heading claims its lines ("52nd plenary meeting 1 December 2025") before generic sessions are placed
    late_clauses = tuple(r for r in clauses.RULES if r is not heading.rule_heading)
    # a decision named by who took it (decisions.py) once its sessions are placed, before citations read it
    return (founding.RULES + sessions.RULES + RULES + titles.RULES + officers.RULES
            + LATE_RULES + (heading.rule_heading,) + sessions.LATE_RULES
            + decisions.RULES + late_clauses + citing.RULES + decisions.LATE_RULES + officers.LATE_RULES
            + proceedings.RULES + outcomes.RULES + authored.RULES
            + meeting_lists.FIRST_RULES + occasions.RULES + meeting_lists.RULES + treaties.RULES + described.RULES
            + observances.RULES + incidents.RULES)


def apply(ctx: Context, view: View, previous: list[View]) -> None:
    from . import body_meetings, decisions
    prev = ctx.previous_view = previous[-1] if previous else None
    decisions.speaker(ctx, view, prev)
    for rule in _order():
        rule(ctx, view)
    body_meetings.list_items(ctx, view)


def document_rules(ctx: Context) -> None:
    """The instrument the document itself is: its front matter symbol, else the heading's own symbol."""
    doc = ctx.x.document
    from .symbols import find_symbols, parse_symbol
    sym, span = None, None
    if doc.metadata.get("symbol"):
        sym = parse_symbol(doc.metadata["symbol"], ctx.x.organization)
        line = re.search(r"^symbol:.*$", doc.text[:doc.body_start], re.M)
        span = (line.start(), line.end()) if line else (0, doc.body_start)
    if sym is None:
        head = doc.text[doc.body_start:doc.body_start + 1500]
        m = re.search(r"(?:ODS\s+no\.?|Distr\.:?[^\n]*\n+|^)\s*(?P<s>\S+/\S+)", head, re.M)
        found = find_symbols(m.group("s"), ctx.x.organization) if m else []
        if found:
            sym = found[0].symbol
            start = doc.body_start + m.start("s")
            line_end = doc.text.find("\n", start)
            span = (start, line_end if line_end > 0 else len(doc.text))
    if sym is None:  # a register's line: "meeting report IPBES-1-12 of 2013"
        head = doc.text[doc.body_start:doc.body_start + 1500]
        m = re.search(r"^[a-z][a-z ]{2,40}\s(?P<s>\S*\d\S*)\s+of\s+(?:19|20)\d{2}[ \t]*$", head, re.M)
        found = find_symbols(m.group("s"), ctx.x.organization) if m else []
        if found and found[0].start == 0 and found[0].end == len(m.group("s")):
            sym = found[0].symbol
            span = (doc.body_start + m.start("s"), doc.body_start + m.end("s"))
    if sym is None:
        return
    heading = doc.text[doc.body_start:doc.body_start + 1500]
    heading = re.split(r"^\(?1[.)][ \t]", heading, maxsplit=1, flags=re.M)[0]  # up to the first paragraph
    kind = {"resolution": "resolution", "decision": "decision"}.get(sym.doctype, "document")
    if kind == "document" and re.search(r"^(?:Resolution|Decision)\b", heading, re.M):
        kind = "resolution" if re.search(r"^Resolution\b", heading, re.M) else "decision"
    from .adopters import ensure_symbol
    mention = Mention("symbol", span[0], span[1], doc.text[span[0]:span[1]], sym.key, sym.canonical, {"symbol": sym})
    ctx.x.self_key = ensure_symbol(ctx, mention, span)
    ctx.registry.add(sym.key, kind, sym.canonical)
    # "Report of the first session of the Plenary of the Intergovernmental Science-Policy Platform …" (a report of a
    # meeting; "Report of the Secretary-General" under a topic line says who wrote it, not what it is called)
    title = re.search(r"^Report\s+of\s+the\s+(?:[\w-]+\s+){0,3}(?:session|meeting|conference|summit|workshop|forum)\b"
                      r"[^\n]{0,300}$", heading, re.M | re.I) if kind == "document" else None
    if title:
        span = (doc.body_start + title.start(), doc.body_start + title.end())
        ctx.claim(sym.key, "dcterms:title", Lit(title.group(0).strip()), span, "heading-title")


def first_date(view: View, after: int = 0) -> tuple[int, list] | None:
    for i, m in enumerate(view.mentions):
        if m.kind == "date" and i >= after:
            return i, list(m.attrs["values"])
    return None


def rule_named_meetings(ctx: Context, view: View) -> None:
    """Where and when a named meeting was held, once its aliases are known ("… (the Third Review Conference)")."""
    from .series import rule_meeting_aliases
    rule_meeting_aliases(ctx, view)
    for i, m in enumerate(view.mentions):
        if m.kind in ("meeting", "anaphor"):
            key = view.keys.get(i)
            if key and kind_of(ctx, key) == "meeting" and not is_modifier(ctx.x.document.text, m.start):
                meeting_tail(ctx, view, i, key)
                place_before(ctx, view, i, key)


# --- adoption -----------------------------------------------------------------------------------

_ADOPTED = P(r"{B:body}(?:['’]s)?\s+(?:also\s+|unanimously\s+)?(?:adopted|approved)\s+(?:its\s+)?{S:sym}"
             r"(?:\s*{Q:title})?")
_AT_ITS = P(r"\b[Aa]t\s+its\s+{M:meet}")


def rule_adoption(ctx: Context, view: View) -> None:
    for m in _ADOPTED.finditer(view.template):
        body, sym = key_of(ctx, view, m.group("body")), key_of(ctx, view, m.group("sym"))
        if not body or not sym or kind_of(ctx, sym) not in ("resolution", "decision", "document"):
            continue
        sent = view.sentence
        ctx.claim(sym, "acta:adoptedBy", body, sent, "adopted")
        if m.group("title"):
            ctx.claim(sym, "dcterms:title", Lit(view.m(m.group("title")).label.rstrip(".")), sent, "adopted-title")
        dates = [i for i, x in enumerate(view.mentions) if x.kind == "date"]
        if dates:
            verb = m.start("sym")
            nearest = min(dates, key=lambda i: abs(view.template.find(f"⟦D{i}⟧") - verb))
            values = view.dates(nearest)
            if values and len(values) == 1 and not values[0].end:
                ctx.claim(sym, "acta:adoptionDate", date_literal(values[0].start), sent, "adopted-date")
        at = _AT_ITS.search(view.template)
        if at:
            meeting = view.m(at.group("meet"))
            key = view.keys.get(int(at.group("meet")))
            if not key and meeting.attrs.get("generic") and meeting.attrs.get("ordinal") \
                    and "session" in meeting.attrs.get("type", ""):
                kind = "special" if "special" in meeting.attrs["type"] else "regular"
                key = ensure_session(ctx, body, meeting.attrs["ordinal"], kind, sent)
                view.keys[int(at.group("meet"))] = key
                ctx.last["meeting"] = key
                meeting_tail(ctx, view, int(at.group("meet")), key)
            if key:
                ctx.claim(sym, "acta:adoptedAt", key, sent, "adopted-at")


_ADOPTED_DURING = P(r"{SI:sym}\s*\)?\s*,?\s*(?:which\s+was\s+|was\s+)?adopted\s+(?:in\s+(?:the\s+)?{L:place}\s+)?"
                    r"(?:during|at|by)\s+(?:the\s+)?{M:meet}")


# another body's endorsement after a text's adoption: "… and endorsed by the General Assembly" (described.py reads it
# after a quoted title too)
THEN_ENDORSED = r"(?:\s+and\s+(?:later\s+|subsequently\s+)?endorsed\s+by\s+(?:the\s+)?⟦B(?P<then>\d+)⟧)?"
# "the Awaza Programme of Action … 2024–2034 adopted by the General Assembly on 24 December 2024", "the
# Comprehensive Nuclear-Test-Ban Treaty, adopted by the General Assembly by its resolution 50/245 of 10 September
# 1996", "the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of 13 September
# 2004": the body that adopted (approved) a text named by its title, and the day
# (or "the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the
# International Atomic Energy Agency on 8 September 2003": its note, if any, after the title; a year "in 2019")
_TITLE_ADOPTED_BY = P(r"{IS:text}(?:\s*⟦D\d+⟧)?(?:\s*,?\s*⟦S\d+⟧)?\s*,?\s*(?:which\s+was\s+|was\s+|as\s+)?"
                      r"(?P<verb>adopted|approved|endorsed)\s+(?:on\s+{D:before}\s+)?"
                      r"(?:by\s+consensus\s+|without\s+a\s+vote\s+)?by\s+(?:the\s+)?{B:body}"
                      r"(?:\s+(?:by|in)\s+its\s+{S:res}(?:\s+of\s+{D:by})?|\s+(?:on|in)\s+{D:on})?"
                      # "… as approved by the General Conference of the Agency on 23 October 1957 and by the General
                      # Assembly in the annex to its resolution 1145 (XII) of 14 November 1957": by both
                      r"(?:\s+and\s+by\s+(?:the\s+)?⟦B(?P<also>\d+)⟧(?:\s+in\s+(?:the\s+annex\s+to\s+)?its\s+"
                      r"⟦S(?P<also_res>\d+)⟧(?:\s+of\s+⟦D(?P<also_day>\d+)⟧)?)?)?"
                      # "… adopted by consensus by the Disarmament Commission and endorsed by the General Assembly":
                      # another body's endorsement after
                      + THEN_ENDORSED)

# (a part of the text, or a change to it, was adopted; not "the importance of the Code …, adopted by …")
_PART_OF = re.compile(r"\b(?:amendments?|articles?|annex(?:es)?|provisions?|paragraphs?|chapters?|sections?|parts?|"
                      r"revisions?|protocols?|texts?)\b[^⟦;]{0,40}?\b(?:of|to)\s+(?:the\s+)?$", re.I)
# "the biennial Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime": a
# titled text is the work of who prepared (produced, published) it
# (and "…, prepared by the Office pursuant to the Global Plan of Action": what it answers)
_TITLE_PREPARED_BY = P(r"{I:text}\s*,\s*(?:which\s+(?:is|was)\s+)?(?:prepared|produced|published|compiled)\s+"
                       r"(?:annually\s+|biennially\s+|jointly\s+)?by\s+(?:the\s+)?{B:body}"
                       r"(?:\s*,?\s+pursuant\s+to\s+(?:the\s+)?⟦[IS](?P<mandate>\d+)⟧)?")
# "Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice …, adopted on 21 September 1990 by the
# General Conference …": the resolution that made the text was adopted so too, and adopts it
_MADE_BY = re.compile(r"⟦S(\d+)⟧\s*,?\s+(?P<verb>establishing|adopting|approving|containing)\s+(?:the\s+)?$")


def _held_once(ctx: Context, view: View, index: int, pos: int) -> str | None:
    """"the Joint Ministerial Statement … adopted at the ministerial meeting held in New York on 24 September 2024": a
    meeting named only by its kind, where and on which day it was held, is a meeting of its own, keyed by that day."""
    mention, held = view.m(index), held_on(view, pos)
    day = view.one_date(held.group("d")) if held and held.group("l") and mention.attrs.get("generic") else None
    place = key_of(ctx, view, held.group("l")) if day and len(day.start) == 10 else None
    if not place:
        return None
    kind = mention.attrs.get("type") or mention.text
    key = meeting_of_a_day(ctx, kind, day.start, f"{kind}, {ctx.registry.label(place)}, {view.m(held.group('d')).text}")
    ctx.claim(key, "schema:startDate", date_literal(day.start), view.sentence, "held-once")
    ctx.claim(key, "schema:location", place, view.sentence, "held-once")
    view.keys[index] = key
    return key


# what the resolution a text was adopted (approved) in did with it: a citation
_RESOLUTION_DOES = {"adopted": "acta:adopts", "approved": "acta:approves"}


def _adopted_in(ctx: Context, view: View, res: str, text: str, body: str, day: DateValue | None,
                does: str | None) -> None:
    """The resolution a text was adopted (approved) in: its adopter and, for a day, its day; with `does`, what it did
    with the text, and the text adopted in it (the way back)."""
    ctx.claim(res, "acta:adoptedBy", body, view.sentence, "title-adopted-by")
    if day and len(day.start) == 10:
        ctx.claim(res, "acta:adoptionDate", date_literal(day.start), view.sentence, "title-adopted-by")
    if does:
        ctx.claim(res, does, text, view.sentence, "title-adopted-by")
        ctx.claim(text, "acta:adoptedIn", res, view.sentence, "title-adopted-by")


def _also_in_its(ctx: Context, view: View, m: re.Match[str], text: str, also: str) -> None:
    """"… as approved by the General Conference of the Agency on 23 October 1957 and by the General Assembly in the
    annex to its resolution 1145 (XII) of 14 November 1957": the second body's resolution, which approved the text,
    and the day of that body's approval (the first day is the first body's)."""
    res = key_of(ctx, view, m.group("also_res"))
    if not res or kind_of(ctx, res) not in ("resolution", "decision"):
        return
    day = view.one_date(m.group("also_day"))
    _adopted_in(ctx, view, res, text, also, day, _RESOLUTION_DOES[m.group("verb")])
    if day and len(day.start) == 10 and m.group("verb") == "approved":
        date_action(ctx, "acta:approvedBy", view.sentence, "title-adopted-by", res, also, text)


def rule_title_adopted_by(ctx: Context, view: View) -> None:
    for m in _TITLE_PREPARED_BY.finditer(view.template) if "by" in view.template else ():
        text, body = key_of(ctx, view, m.group("text")), key_of(ctx, view, m.group("body"))
        if text and body and kind_of(ctx, text) == "document" and kind_of(ctx, body) in ("body", "officer"):
            ctx.claim(text, "acta:producedBy", body, view.sentence, "title-prepared-by")
            mandate = key_of(ctx, view, m.group("mandate"))
            if mandate and mandate != text:
                ctx.claim(text, "acta:pursuantTo", mandate, view.sentence, "title-prepared-by")
    for m in _TITLE_ADOPTED_BY.finditer(view.template) if "adopted" in view.template or "approved" in view.template \
            or "endorsed" in view.template else ():
        if _PART_OF.search(view.template, 0, m.start()):
            continue  # "the amendments to articles 124 and 8 of the Rome Statute adopted by …": what was adopted is theirs
        text, body = key_of(ctx, view, m.group("text")), key_of(ctx, view, m.group("body"))
        if not (text and body and kind_of(ctx, text) == "document" and kind_of(ctx, body) == "body"):
            continue
        res = key_of(ctx, view, m.group("res"))
        res = res if res and kind_of(ctx, res) in ("resolution", "decision") else None
        if m.group("verb") == "endorsed":
            # "the Action Plan on Nuclear Safety, endorsed by the General Conference of the Agency at its fifty-fifth
            # regular session": another body's text it endorsed, not one it adopted (nor of that day)
            ctx.claim(text, "acta:endorsedBy", body, view.sentence, "title-adopted-by")
            if res:
                ctx.claim(res, "acta:endorses", text, view.sentence, "title-adopted-by")
                ctx.claim(res, "acta:adoptedBy", body, view.sentence, "title-adopted-by")
                date_action(ctx, "acta:endorsedBy", view.sentence, "title-adopted-by", res, body, text)
            continue
        also = key_of(ctx, view, m.group("also"))
        for who in (body, also) if kind_of(ctx, also) == "body" else (body,):
            ctx.claim(text, "acta:approvedBy" if m.group("verb") == "approved" else "acta:adoptedBy", who,
                      view.sentence, "title-adopted-by")
        if also and kind_of(ctx, also) == "body":
            _also_in_its(ctx, view, m, text, also)
        then = key_of(ctx, view, m.group("then"))
        if then and kind_of(ctx, then) == "body" and then != body:
            ctx.claim(text, "acta:endorsedBy", then, view.sentence, "title-adopted-by")
        day = view.one_date(m.group("before") or m.group("by") or m.group("on"))  # (its resolution's day too)
        if day and day.precision != "vague":
            ctx.claim(text, "acta:adoptionDate", date_literal(day.start), view.sentence, "title-adopted-by")
            if m.group("verb") == "approved":
                date_action(ctx, "acta:approvedBy", view.sentence, "title-adopted-by", date_literal(day.start), body,
                            text)
        if res:  # "the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of …"
            _adopted_in(ctx, view, res, text, body, day, _RESOLUTION_DOES[m.group("verb")])
        made = _MADE_BY.search(view.template, 0, m.start())
        maker = key_of(ctx, view, made.group(1)) if made and m.group("verb") == "adopted" else None
        if maker and kind_of(ctx, maker) in ("resolution", "decision"):
            _adopted_in(ctx, view, maker, text, body, day, "acta:adopts" if made.group("verb") != "containing" else None)


def rule_adopted_during(ctx: Context, view: View) -> None:
    for m in _ADOPTED_DURING.finditer(view.template):
        sym, meet = key_of(ctx, view, m.group("sym")), key_of(ctx, view, m.group("meet"))
        if sym and not meet:
            meet = _held_once(ctx, view, int(m.group("meet")), m.end())
        if sym and meet:
            ctx.claim(sym, "acta:adoptedAt", meet, view.sentence, "adopted-during")
            day = held_day(view, m.end())  # "the Final Declaration adopted by the … Conference, held … on <day>"
            if day:
                ctx.claim(sym, "acta:adoptionDate", day, view.sentence, "adopted-during")
            place = key_of(ctx, view, m.group("place"))
            if place:
                ctx.claim(meet, "schema:location", place, view.sentence, "adopted-during")


# --- convening, requests, establishment ---------------------------------------------------------

# "resolution CP/RES. 957 (1714/09) convening the Second Meeting …", "its resolution 73/71 of 5 December 2018 decided
# to convene the fourth Conference …", "resolution 78/52, in which it decided to convene …"
_CONVENING = P(r"{SA:sym}(?:\s+of\s+{D})?\s*(?:,\s*)?(?:which\s+|that\s+|(?:in|by)\s+which\s+(?:it|the\s+{B})\s+)?"
               r"(?:convening|convened|convenes|decided\s+to\s+convene)\s+(?:the\s+)?{M:meet}")


def rule_convening(ctx: Context, view: View) -> None:
    for m in _CONVENING.finditer(view.template):
        sym, meet = key_of(ctx, view, m.group("sym")), key_of(ctx, view, m.group("meet"))
        if sym and meet and kind_of(ctx, sym) in ("resolution", "decision"):
            ctx.claim(meet, "acta:convenedBy", sym, view.sentence, "convening")


_REQUEST = P(r"{SA:res}\s+(?:also\s+|further\s+)?(?P<verb>requests|invites|calls upon|urges|instructs|"
             r"entrusts|encourages)\s+(?:the\s+)?{BP:addr}\s*,?\s*[“\"]?\s*(?P<action>to\b.*)")


def rule_request(ctx: Context, view: View) -> None:
    for m in _REQUEST.finditer(view.template):
        res, addr = key_of(ctx, view, m.group("res")), key_of(ctx, view, m.group("addr"))
        if not res or not addr or kind_of(ctx, res) not in ("resolution", "decision"):
            continue
        add_request(ctx, view, res, addr, m.group("verb"), int(m.group("addr")))


def add_request(ctx: Context, view: View, res: str, addr: str, verb: str, addr_index: int) -> str:
    text = ctx.x.document.text
    action = text[view.m(addr_index).end:view.sentence.end]
    action = re.sub(r"^[\s,“\"]+", "", action)
    action = re.sub(r"[\s”\"’.;,]+$", "", action)
    token = re.search(rf"⟦[A-Z]{addr_index}⟧", view.template)
    return add_request_action(ctx, view, res, addr, verb, re.sub(r"\s+", " ", action), token.end() if token else 0)


_PURSUANT_LEAD = P(r"^(?:[Pp]ursuant|[Ii]n accordance|[Aa]ccording)\s+to\s+{SA:res}")
_ESTABLISHED = P(r"(?:an?\s+|the\s+)?{B:body}(?P<purpose>\s+to\s+prepare\s+for\s+(?:the\s+)?{MA:for})?"
                 r"[^⟦]{0,40}?\b(?:was|were|has been|had been|is)\s+(?:also\s+)?(?:established|created|set up)"
                 r"(?:\s*,?\s*under\s+the\s+(?:purview|auspices|authority)\s+of\s+(?:the\s+)?{B:parent})?")


def rule_established(ctx: Context, view: View) -> None:
    for m in _ESTABLISHED.finditer(view.template):
        mention = view.m(m.group("body"))
        parent = key_of(ctx, view, m.group("parent"))
        body = view.keys.get(int(m.group("body")))
        sent = view.sentence
        if not body and mention.attrs.get("generic"):
            noun = generic_noun(mention.text).lower()
            parent_label = ctx.registry.get(parent).label if parent and ctx.registry.get(parent) else None
            label = noun.title() if noun.islower() else noun
            if parent_label:
                label = f"{label} of the {parent_label}"
            body = name_generic_body(ctx, view, int(m.group("body")), f"{parent or ctx.x.document.slug}/{slugify(noun)}",
                                     label)
            ctx.claim(body, "rdfs:label", Lit(label), sent, "established")
        if not body:
            continue
        if parent:
            ctx.claim(body, "org:subOrganizationOf", parent, sent, "established-under")
        date = first_date(view)
        if date and date[1]:
            ctx.claim(body, "acta:establishedOn", date_literal(date[1][0].start), sent, "established")
        lead = _PURSUANT_LEAD.search(view.template)
        if lead:
            res = key_of(ctx, view, lead.group("res"))
            if res:
                ctx.claim(body, "acta:pursuantTo", res, sent, "established-pursuant")
        target = key_of(ctx, view, m.group("for"))
        if target and kind_of(ctx, target) == "meeting":
            ctx.claim(body, "acta:preparedFor", target, sent, "established-purpose")


_PURSUANT = P(r"{MABS:x}(?:[^⟦]|⟦[DL]\d+⟧){0,80}?\bpursuant\s+to\s+(?:[Aa]rticle\s+\d+\s+of\s+)?(?:the\s+)?[^⟦]{0,90}?{S:target}")
# "recalling the work, pursuant to Security Council resolutions 2235 (2015) of … and 2319 (2016) of …, of the Joint
# Investigative Mechanism …": the texts come before the body whose work it is
_WORK_PURSUANT = P(r"\b(?:work|activities|mandate|investigations?)\s*,\s*pursuant\s+to\s+"
                   r"(?P<texts>(?:[^⟦;,]|⟦[BDS]\d+⟧){0,200}?)\s*,\s*of\s+(?:the\s+)?{B:body}")


# "the fourteenth Conference on Facilitating the Entry into Force of the … Treaty, held in New York on …, convened
# pursuant to article XIV of the Treaty": the treaty named before
_PURSUANT_ARTICLE = P(r"{MABS:x}(?:[^⟦]|⟦[DL]\d+⟧){0,80}?\bpursuant\s+to\s+" + ARTICLE_OF_BARE)


def rule_pursuant(ctx: Context, view: View) -> None:
    for m in _PURSUANT_ARTICLE.finditer(view.template) if "pursuant to article" in view.template else ():
        x, target = key_of(ctx, view, m.group("x")), named_before(ctx, m.group("head"))
        if x and target and x != target and kind_of(ctx, x) in ("meeting", "body"):
            ctx.claim(x, "acta:pursuantTo", target, view.sentence, "pursuant")
    for m in _PURSUANT.finditer(view.template):
        x, target = key_of(ctx, view, m.group("x")), key_of(ctx, view, m.group("target"))
        if re.search(r"\breports?\s+of\s+(?:the\s+)?$", view.template[:m.start()]) \
                and not re.search(r"\b(?:established|set\s+up|created|convened)\b", m.group(0)):
            # "the report of the Secretary-General submitted pursuant to resolution 79/43,4": the report is, which the
            # note after the resolution names (reports.rule_report_mandate); its author is not
            continue
        if x and target and x != target:
            ctx.claim(x, "acta:pursuantTo", target, view.sentence, "pursuant")
            # "the open informal consultations convened in 2025 pursuant to resolution 79/62": convened by it
            if re.match(r"⟦M\d+⟧\s*,?\s+convened\b", m.group(0)) and kind_of(ctx, x) == "meeting" \
                    and kind_of(ctx, target) in ("resolution", "decision"):
                ctx.claim(x, "acta:convenedBy", target, view.sentence, "pursuant")
    for m in _WORK_PURSUANT.finditer(view.template) if "pursuant to" in view.template else ():
        body = key_of(ctx, view, m.group("body"))
        for index in re.findall(r"⟦S(\d+)⟧", m.group("texts")) if body and kind_of(ctx, body) == "body" else ():
            target = key_of(ctx, view, index)
            if target and target != body:
                ctx.claim(body, "acta:pursuantTo", target, view.sentence, "pursuant")


_RATIFIED = P(r"{ASM:x}\s+(?:was|were|has been)\s+(?P<verb>ratified|endorsed|confirmed)\s+by\s+(?:the\s+)?(?:last\s+)?"
              r"{B:body}[^⟦]*?(?:{B}[^⟦]*?)?(?:through|in|by)\s+(?:its\s+)?(?:resolution\s+)?{S:res}")


def rule_ratified(ctx: Context, view: View) -> None:
    for m in _RATIFIED.finditer(view.template):
        x, body, res = (key_of(ctx, view, m.group(g)) for g in ("x", "body", "res"))
        if x and res and x != res:
            verb = {"ratified": "acta:ratifies", "endorsed": "acta:endorses", "confirmed": "acta:reaffirms"}
            ctx.claim(res, verb[m.group("verb")], x, view.sentence, "ratified")
            if body:
                ctx.claim(res, "acta:adoptedBy", body, view.sentence, "ratified")


# --- documents: produced, submitted -------------------------------------------------------------

_CONTAINED = P(r"\b(?:results|outcomes?|report|conclusions|recommendations)\s+of\s+(?:the\s+|that\s+)?{MAB:who}"
               r"\s+(?:are|is|were|was|has been)\s+contained\s+in\s+(?:document\s+)?{S:doc}")
# "the Preparatory Meeting of States, held ..., and its report contained in document A/AC.299/2025/PM/1"; "its report"
# may have been read as an anaphor (⟦A⟧): rule_documents checks that it says just that
_ITS_REPORT = P(r"{M:who}(?:[^⟦;]|⟦[DLSB]\d+⟧){0,200}?(?:\bits\s+(?:final\s+)?reports?|⟦A(?P<its>\d+)⟧)\s+"
                r"(?:is\s+|was\s+)?contained\s+in\s+(?:document\s+)?{S:doc}")
# "Welcomes the ongoing work of the Treaty’s Scientific Advisory Group and the update to its report on the status and
# developments regarding nuclear weapons …;4": the note after the report (and what it is on) is the body's report
_ITS_REPORT_NOTE = P(r"{B:who}[^⟦;]{0,80}?⟦A(?P<its>\d+)⟧(?:\s+(?:on|of)\s+[^⟦;]{3,300}?)?\s*[,;.]?\s*{S:doc}")
_RECEIVED = P(r"\breceived\s+from\s+(?:the\s+)?{B:who}\s+[^⟦]{0,80}?(?:distributed|circulated|issued|published)\s+as"
              r"\s+(?:document\s+)?{S:doc}")
_BY = r"{S:doc}\s*\)?\s*,?\s*(?:VERB)\s+by\s+(?:the\s+)?{BP:who}"
_SUBMITTED_BY = P(_BY.replace("VERB", "submitted|prepared"))
_PRESENTED_BY = P(_BY.replace("VERB", "presented"))


_DOCUMENT_PATTERNS = (  # (pattern, what the document is to `who`, rule name)
    (_CONTAINED, "acta:producedBy", "contained-in"),
    (_ITS_REPORT, "acta:producedBy", "its-report"),
    (_ITS_REPORT_NOTE, "acta:producedBy", "its-report"),
    (_RECEIVED, "acta:submittedBy", "received-from"),
    (_SUBMITTED_BY, "acta:submittedBy", "submitted-by"),
    (_PRESENTED_BY, "acta:presentedBy", "submitted-by"),
)


def rule_documents(ctx: Context, view: View) -> None:
    for pattern, predicate, rule in _DOCUMENT_PATTERNS:
        for m in pattern.finditer(view.template):
            its = m.groupdict().get("its")
            if its and not ITS_REPORT.fullmatch(view.m(int(its)).text):
                continue
            who, doc = key_of(ctx, view, m.group("who")), key_of(ctx, view, m.group("doc"))
            if who and doc and who != doc:
                ctx.claim(doc, predicate, who, view.sentence, rule)


# "the work undertaken by the International Criminal Court liaison office to United Nations Headquarters", "it would
# establish a national IPBES coordination office": an office named after a body, a body of its own, in the body's
# own words; part of that body, or (a country's, "national") linked to it (W3C ORG's org:linkedTo)
_BODY_OFFICE = re.compile(r"(?:\b(?P<national>national\s+))?⟦B(?P<b>\d+)⟧\s+(?P<kind>liaison|regional|subregional|country|"
                          r"field|project|coordination|representative|support)\s+office\b(?!s)")


def rule_body_office(ctx: Context, view: View) -> None:
    for m in _BODY_OFFICE.finditer(view.template) if " office" in view.template else ():
        body = key_of(ctx, view, m.group("b"))
        if not body or kind_of(ctx, body) != "body":
            continue
        key = f"{body}/{slugify((m.group('national') or '') + m.group('kind'))}-office"
        ctx.registry.add(key, "body", view.phrase(m.group(0)))
        ctx.claim(key, "org:linkedTo" if m.group("national") else "org:subOrganizationOf", body, view.sentence,
                  "body-office")


RULES = (
    rule_adoption, rule_title_adopted_by, rule_adopted_during, rule_established, rule_body_office,
    rule_named_meetings, rule_convening, rule_request, rule_pursuant, rule_ratified,
)  # then titles.RULES (see apply)
LATE_RULES = (rule_documents,)  # after the elections (officers.py)

__all__ = ["apply", "document_rules", "english_ordinal"]
