"""A resolution's heading block: who adopted it, when, at which meeting, on whose report, and its title.

"Resolution adopted by the General Assembly on 1 December 2025", "[on the report of the First Committee
(A/80/534, para. 7)]", "[without reference to a Main Committee (A/80/L.4)]", "80/38. Title", "52nd plenary
meeting 1 December 2025", "Adopted by the Conference … at its 10th plenary meeting": the lines above and below the
clauses (graph/clauses.py), read for the instrument the document is.
"""

from __future__ import annotations

import re

from .entities import resolve_mention
from .extract import Context, Lit, View, date_literal
from .text import slugify

_ADOPTED_BY = re.compile(r"^(?:Resolution|Decision)s?\s+adopted\s+by\s+(?:the\s+)?⟦B(?P<body>\d+)⟧\s+"
                         r"(?:on\s+)?⟦D(?P<date>\d+)⟧")
_ADOPTED_ON = re.compile(r"^(?:Adopted|Commenced)\s+on\s+⟦D(?P<date>\d+)⟧\s*\.?$")
_NO_COMMITTEE = re.compile(r"without\s+reference\s+to\s+an?\s+Main\s+Committee\s*\(\s*(?:document\s+)?⟦S(?P<doc>\d+)⟧")
_ON_REPORT = re.compile(r"on\s+the\s+reports?\s+of\s+(?:the\s+)?⟦B(?P<body>\d+)⟧\s*\(\s*(?:document\s+)?"
                        r"⟦S(?P<doc>\d+)⟧")
# "52nd plenary meeting 1 December 2025" (or, without its date, on the day the heading says it was adopted)
_PLENARY = re.compile(r"^⟦M(?P<m>\d+)⟧(?:\s*,?\s*⟦D(?P<date>\d+)⟧)?\s*\.?$")
_HEADING_TITLE = re.compile(r"^⟦S(?P<sym>\d+)⟧\s*\.?\s+(?P<rest>.+)$")


_ADOPTED_BY_AT = re.compile(r"^Adopted\s+by\s+(?:the\s+)?(?P<agent>(?:[^,;⟦]|⟦[A-Z]\d+⟧){5,200}?)\s+at\s+its\s+"
                            r"⟦M(?P<m>\d+)⟧")
_TITLE_LINE = re.compile(r"^(?:Resolution|Decision)\s+(?:on|concerning)\s+(?:the\s+)?(?P<title>[^⟦]{5,200})$")


def rule_adopted_at_session(ctx: Context, view: View) -> None:
    """Read "Adopted by the plenary meeting to determine ... at its second session, held from 16 – 21 April 2012"."""
    me = ctx.speaking()
    m = _ADOPTED_BY_AT.search(view.template) if me else None
    if not m:
        return
    from .occasions import meeting_tail
    session = view.m(m.group("m"))
    if not session.attrs.get("ordinal"):
        return
    agent_text = view.words(m.group("agent")).strip()
    agent = "body/" + slugify(agent_text)
    ctx.registry.add(agent, "body", agent_text)
    sent = view.sentence
    kind = session.attrs.get("type", "session")
    key = f"{agent}/{slugify(kind)}/n{session.attrs['ordinal']}"
    ctx.registry.add(key, "meeting", f"{session.text} of the {agent_text}")
    view.keys[int(m.group("m"))] = key
    ctx.claim(key, "acta:meetingOf", agent, sent, "adopted-by-at-session")
    ctx.claim(me, "acta:adoptedBy", agent, sent, "adopted-by-at-session")
    ctx.claim(me, "acta:adoptedAt", key, sent, "adopted-by-at-session")
    meeting_tail(ctx, view, int(m.group("m")), key, "adopted-by-at-session")


def rule_heading(ctx: Context, view: View) -> None:
    me = ctx.speaking()
    if not me:
        return
    t, sent = view.template, view.sentence
    line = sent.text.split("\n", 1)[0]
    m = _TITLE_LINE.search(line)
    if m and sent.start - ctx.x.document.body_start < 600:
        ctx.claim(me, "dcterms:title", Lit(m.group("title").strip(" .")), sent, "heading-title")
    m = _ADOPTED_BY.search(t)
    if m:
        body = resolve_mention(ctx, view, int(m.group("body")))
        values = view.dates(m.group("date"))
        if body:
            ctx.claim(me, "acta:adoptedBy", body, sent, "heading-adopted-by")
        if values:
            ctx.claim(me, "acta:adoptionDate", date_literal(values[0].start), sent, "heading-adopted-by")
    m = _ADOPTED_ON.search(t)
    if m and not t.startswith("Adopted") and ctx.registry.get(me).kind not in ("resolution", "decision"):
        m = None  # a register's "Commenced on" dates an instrument's adoption, a report's publication
    if m and view.dates(m.group("date")):
        ctx.claim(me, "acta:adoptionDate", date_literal(view.dates(m.group("date"))[0].start), sent, "adopted-on")
    m = _ON_REPORT.search(t)
    if m:
        body = resolve_mention(ctx, view, int(m.group("body")))
        doc = resolve_mention(ctx, view, int(m.group("doc")))
        if doc:
            ctx.claim(me, "acta:onTheReportOf", doc, sent, "on-the-report-of")
            if body:
                ctx.claim(doc, "acta:producedBy", body, sent, "on-the-report-of")
    m = _NO_COMMITTEE.search(t)
    doc = resolve_mention(ctx, view, int(m.group("doc"))) if m else None
    if doc and doc != me:  # "[without reference to a Main Committee (A/80/L.7)]": adopted in plenary on its draft
        ctx.claim(me, "acta:onTheDraft", doc, sent, "on-the-draft")
    m = _HEADING_TITLE.search(t)
    if m and view.keys.get(int(m.group("sym"))) == me:
        title = ctx.x.document.text[view.m(m.group("sym")).end:sent.end].strip(" .\n")
        title = re.sub(r"\s+", " ", title)
        if title:
            ctx.claim(me, "dcterms:title", Lit(title), sent, "heading-title")
    m = _PLENARY.search(t)
    plenary = re.fullmatch(r"(?P<ord>\d{1,4}(?:st|nd|rd|th))\s+plenary\s+meeting", view.m(m.group("m")).text) \
        if m else None
    if m and plenary:
        values = view.dates(m.group("date")) if m.group("date") else None
        number = int(re.match(r"\d+", plenary.group("ord")).group(0))
        session = ctx.claimed(me, "acta:adoptedAt")
        base = session or me
        key = f"{base}/plenary/{number}"
        label = f"{plenary.group('ord')} plenary meeting"
        if session and ctx.registry.get(session):
            label += f" ({ctx.registry.get(session).label})"
        ctx.registry.add(key, "meeting", label)
        ctx.claim(key, "acta:ordinal", Lit(str(number), "xsd:integer"), sent, "plenary-meeting")
        if values:
            ctx.claim(key, "schema:startDate", date_literal(values[0].start), sent, "plenary-meeting")
        elif not m.group("date"):
            day = ctx.claimed(me, "acta:adoptionDate")
            if day is not None:
                ctx.claim(key, "schema:startDate", day, sent, "plenary-meeting")
        if session:
            ctx.claim(key, "schema:superEvent", session, sent, "plenary-meeting")
        ctx.claim(me, "acta:adoptedAt", key, sent, "plenary-meeting")
        view.keys[int(m.group("m"))] = key
