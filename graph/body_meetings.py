"""A body's dated meetings: "This Working Group met on September 29 and on October 1, 6 …, 2009", "The first meeting
of the Working Group, held on September 29, 2009", "at its 397th meeting, on 7 April 2025, the Disarmament Commission",
"the working group on …, held from 24 to 28 July 2023".

None has a name of its own, so each is keyed by the body it belongs to, its kind and its date, and labelled the
same way (the contract's "each dated meeting of a working group is its own row, labelled with the body's name").
What the meeting considered and approved, listed after "met …", is read from the list's items (`list_items`).
"""

from __future__ import annotations

import re

from .actions import date_action
from .bodies import CAPITAL_GROUP
from .extract import Context, Lit, View, date_literal
from .rules import P, first_date, key_of, kind_of
from .text import Sentence, slugify


def body_meeting(ctx: Context, body: str, date: str, sent: Sentence, kind: str = "meeting",
                 ordinal: int | None = None, ordinal_text: str | None = None, called: str | None = None) -> str:
    """A body's meeting of a day, keyed by what it is; `called`: the words the text names it with, for its label
    ("the high-level plenary meeting of the General Assembly on 16 September 2005", keyed as its meeting that day)."""
    key = f"{body}/{slugify(kind)}/{date}"
    if ctx.registry.get(key) is None:
        label = ctx.registry.label(body)
        if ordinal_text:
            name = f"{ordinal_text} {kind} of the {label} ({date})"
        else:
            name = f"{label}: {called or kind} of {date}"
        ctx.registry.add(key, "meeting", name)
        ctx.claim(key, "acta:meetingOf", body, sent, "body-meeting")
        ctx.claim(key, "schema:startDate", date_literal(date), sent, "body-meeting")
    if ordinal:
        ctx.claim(key, "acta:ordinal", Lit(str(ordinal), "xsd:integer"), sent, "body-meeting")
    ctx.last["meeting"] = key
    return key


# "This Working Group met on September 29 and …", "the Group of Governmental Experts that was convened in 2018 and 2019"
# (or "the Group of Governmental Experts … met in Geneva from 3 to 7 March and from 1 to 5 September 2025": where)
_MET = P(r"{BA:body}\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?=convened))?"
         r"(?:met|convened|held\s+(?:meetings|sessions))\s+(?:in\s+{L:place}\s*,?\s*)?(?:on\s+|in\s+(?=⟦D\d+⟧))?"
         r"{D:dates}")
_CONVENED_PURSUANT = re.compile(r"\s*,?\s+pursuant\s+to\s+(?:its\s+|the\s+)?⟦S(\d+)⟧")
_GROUP = re.compile(CAPITAL_GROUP.pattern, re.I)  # (a group in lower case too: "the working group on …")
_VERBS = r"(?:considered|approved|adopted|reviewed)"
_FOLLOWING = re.compile(rf"\b(?P<verbs>{_VERBS}(?:\s+and\s+{_VERBS})*)\s+the\s+following\b[^:]*:\s*$")


# a group whose dated work the text calls held, as a meeting's: "the deliberations at the working group on further
# strengthening the review process of the Treaty …, held from 24 to 28 July 2023"
_GROUP_HELD = P(r"{B:body}(?:\s+of\s+(?:the\s+)?⟦[IB]\d+⟧)?\s*,\s*held\s+(?:in\s+{L:place}\s*,?\s*)?(?:on\s+|in\s+)?"
                r"{D:dates}")


# "… by the Open-ended Working Group on the fourth special session …, which was established by the Assembly by its
# resolution 65/66 and its decision 70/551 and which met in New York in 2016 and 2017"
_FOUNDED_MET = P(r"{B:body}(?:\s+on\s+(?:the\s+)?(?:[^⟦,;]|⟦[MB]\d+⟧){3,150}?)?\s*,\s*(?:which|that)\s+was\s+"
                 r"(?:established|created|set\s+up)\s+(?:[^⟦;]|⟦[SB]\d+⟧){0,150}?\s+and\s+(?:which|that)\s+met\s+"
                 r"(?:in\s+{L:place}\s*,?\s*)?(?:on\s+|in\s+(?=⟦D\d+⟧))?{D:dates}")


# "Taking into account the work done by the Group of Governmental Experts on … in 2018 and 2019": the group met in
# those years (a list of years, not one: "the work of the Group in 2019" may be any of its meetings)
_WORK_IN_YEARS = P(r"\b(?:work|deliberations|discussions)\s+(?:done|carried\s+out|conducted|held)\s+(?:by|in|at)\s+"
                   r"(?:the\s+)?{B:body}\s+in\s+{D:dates}")


def rule_met(ctx: Context, view: View) -> None:
    for m in _WORK_IN_YEARS.finditer(view.template) if " in ⟦D" in view.template else ():
        body, values = key_of(ctx, view, m.group("body")), view.dates(m.group("dates"))
        if body and _GROUP.search(view.m(m.group("body")).text) and len(values) > 1 \
                and all(v.precision == "year" and not v.end for v in values):
            for value in values:
                body_meeting(ctx, body, value.start, view.sentence)
    groups = _GROUP_HELD.finditer(view.template) if "held" in view.template else ()
    founded = _FOUNDED_MET.finditer(view.template) if " met " in view.template else ()
    for m in [*_MET.finditer(view.template), *(g for g in groups if _GROUP.search(view.m(g.group("body")).text)),
              *founded]:
        body = key_of(ctx, view, m.group("body"))
        if not body:
            continue
        place = key_of(ctx, view, m.group("place")) if m.group("place") else None
        # "the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250"
        pursuant = _CONVENED_PURSUANT.match(view.template, m.end()) if "convened" in m.group(0) else None
        by = key_of(ctx, view, pursuant.group(1)) if pursuant else None
        by = by if by and kind_of(ctx, by) in ("resolution", "decision") else None
        values = view.dates(m.group("dates"))
        for value in values:
            key = body_meeting(ctx, body, value.start, view.sentence)
            if by:
                ctx.claim(key, "acta:convenedBy", by, view.sentence, "body-meeting")
            if place:
                ctx.claim(key, "schema:location", place, view.sentence, "body-meeting")
            if value.end and value.end != value.start and value.precision == "day":
                ctx.claim(key, "schema:endDate", date_literal(value.end), view.sentence, "body-meeting")
        following = _FOLLOWING.search(view.sentence.text)
        if following:
            target = None
            for i in range(int(m.group("dates")) + 1, len(view.mentions)):
                if view.mentions[i].kind in ("meeting", "anaphor") and view.keys.get(i):
                    target = view.keys[i]
            verbs = re.findall(r"considered|approved|adopted|reviewed", following.group("verbs"))
            # (the documents' day: the one day it met, "This Working Group met on October 15, 2015 and considered …")
            day = date_literal(values[0].start) if len(values) == 1 and not values[0].end else None
            ctx.pending_list = {"agent": body, "verbs": verbs, "for": target, "lead": view.sentence, "day": day}


_PROPS = {"considered": "acta:consideredBy", "approved": "acta:approvedBy", "adopted": "acta:adoptedBy",
          "reviewed": "acta:consideredBy"}
_ITEM = re.compile(r"^\s*(?:[-*•]|\(?[a-z0-9]{1,3}[.)])\s+")


def list_items(ctx: Context, view: View) -> None:
    pending = ctx.pending_list
    if not pending or pending["lead"] is view.sentence:
        return
    if not _ITEM.match(view.sentence.text):
        ctx.pending_list = None
        return
    span = (pending["lead"].start, view.sentence.end)
    for i, m in enumerate(view.mentions):
        key = view.keys.get(i)
        if m.kind != "symbol" or not key:
            continue
        for verb in pending["verbs"]:
            ctx.claim(key, _PROPS[verb], pending["agent"], span, "following-documents")
            if pending["day"] and verb != "adopted":
                date_action(ctx, _PROPS[verb], span, "following-documents", pending["day"], pending["agent"])
        if pending["for"]:
            ctx.claim(key, "acta:preparedFor", pending["for"], span, "following-documents")




_HELD = P(r"{BA:body}\s+held\s+(?:a|an|its)\s+{M:meet}")
_CONTRIB = re.compile(r"\b(?:contributions\s+(?:were\s+)?made\s+by|with\s+the\s+participation\s+of|attended\s+by|"
                      r"presentations\s+(?:were\s+)?(?:made|given)\s+by)\b")


def rule_held(ctx: Context, view: View) -> None:
    for m in _HELD.finditer(view.template):
        body = key_of(ctx, view, m.group("body"))
        meeting = view.m(m.group("meet"))
        if not body or not meeting.attrs.get("generic"):
            continue
        date = first_date(view)
        if not date or not date[1]:
            continue
        key = body_meeting(ctx, body, date[1][0].start, view.sentence, meeting.attrs["type"])
        view.keys[int(m.group("meet"))] = key
        contrib = _CONTRIB.search(view.template, m.end())
        if contrib:
            role = "acta:contributor" if "contribut" in contrib.group(0) or "presentation" in contrib.group(0) \
                else "acta:participant"
            for j in re.findall(r"⟦B(\d+)⟧", view.template[contrib.end():]):
                agent = key_of(ctx, view, j)
                if agent and agent != body:
                    ctx.claim(key, role, agent, view.sentence, "contributions")


_MEETING_OF = P(r"{M:meet}\s+of\s+(?:the\s+|this\s+)?{BA:body}\s*,?\s*(?:held\s+)?on\s+{D:date}")
_AT_MEETING_ON = P(r"\b[Aa]t\s+its\s+{M:meet}\s*,?\s*on\s+{D:date}\s*,?\s*(?:the\s+)?{B:body}")


def rule_meeting_of(ctx: Context, view: View) -> None:
    for pattern in (_MEETING_OF, _AT_MEETING_ON):
        for m in pattern.finditer(view.template):
            meeting = view.m(m.group("meet"))
            body = key_of(ctx, view, m.group("body"))
            values = view.dates(m.group("date"))
            if body and meeting.attrs.get("generic") and values:
                kind = re.sub(r"^(?:\S+\s+)?", "", meeting.text) if meeting.attrs.get("ordinal") else "meeting"
                ordinal_text = meeting.text.split()[0] if meeting.attrs.get("ordinal") else None
                called = re.sub(r"\s+", " ", meeting.text) if not ordinal_text and meeting.text.islower() else None
                key = body_meeting(ctx, body, values[0].start, view.sentence, kind or "meeting",
                                   meeting.attrs.get("ordinal"), ordinal_text, called)
                view.keys[int(m.group("meet"))] = key


# a budget table: "Table 3" / "Budget for 2013 adopted by IPBES-1" over rows "1st meeting of the Bureau[9] (6 days)",
# "2nd session of the Plenary (5 days)": each meeting the budget pays for is held in its year
_BUDGET_FOR = re.compile(r"^(?:(?:Proposed|Revised|Approved|Indicative)\s+)?[Bb]udget\s+for\s+(?:the\s+year\s+)?"
                         r"(?P<year>(?:19|20)\d\d)\b")
_TABLE = re.compile(r"^Table\s+\d+\s*$")  # the next table's heading ends the budget's rows
_BUDGET_ROW = re.compile(r"^⟦M(?P<m>\d+)⟧(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?\s*(?:\[\^?\d+\]|⟦S\d+⟧)?\s*"
                         r"\(\s*\d+\s+(?:working\s+)?days?\s*\)$")


def rule_budget_year(ctx: Context, view: View) -> None:
    text = view.sentence.text.strip()
    if budget := _BUDGET_FOR.match(text):
        ctx.budget_year = budget.group("year")
    elif _TABLE.match(text):
        ctx.budget_year = None
    elif ctx.budget_year and (row := _BUDGET_ROW.match(view.template.strip())):
        meeting = key_of(ctx, view, row.group("m"))
        if meeting and kind_of(ctx, meeting) == "meeting" and ctx.claimed(meeting, "schema:startDate") is None:
            ctx.claim(meeting, "schema:startDate", Lit(ctx.budget_year, "xsd:gYear"), view.sentence, "budget-year")


# "during the general debate of the Assembly at its eightieth session": the session's general debate, an event of it
_GENERAL_DEBATE = re.compile(r"\bgeneral\s+debate\s+of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧\s+at\s+its\s+⟦M(?P<m>\d+)⟧")


def rule_general_debate(ctx: Context, view: View) -> None:
    for m in _GENERAL_DEBATE.finditer(view.template) if "general debate" in view.template else ():
        session, body = key_of(ctx, view, m.group("m")), key_of(ctx, view, m.group("b"))
        if not session or not body or kind_of(ctx, session) != "meeting" or kind_of(ctx, body) != "body":
            continue
        key = f"{session}/general-debate"
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "meeting", f"general debate ({ctx.registry.label(session)})")
        ctx.claim(key, "schema:superEvent", session, view.sentence, "general-debate")


# "to support the Multidisciplinary Expert Panel in convening a multidisciplinary and regionally balanced expert and
# stakeholder workshop": a meeting the instrument asks for, named by its words (keyed under the instrument, so the
# request that asks for it finds it), convened by the body named before "in convening"
# (not "the possibility of convening an international conference": one that may never be asked for)
_CONVENING_A = re.compile(r"(?:(?:the\s+)?⟦B(?P<b>\d+)⟧\s+in\s+)?(?<!possibility\sof\s)(?<!idea\sof\s)"
                          r"\b(?:convening|convene|holding|hold|organizing|organize)\s+(?:a|an)\s+"
                          r"(?P<words>(?:[a-z][\w-]*\s+){1,6}?)⟦M(?P<m>\d+)⟧")


def rule_convening_a(ctx: Context, view: View) -> None:
    me = ctx.speaking() if "⟦M" in view.template else None
    for m in _CONVENING_A.finditer(view.template) if me else ():
        index = int(m.group("m"))
        if view.keys.get(index) or not view.m(index).attrs.get("generic"):
            continue  # (a meeting the text names, or one a rule already found)
        name = re.sub(r"\s+", " ", m.group("words") + view.m(index).text).strip()
        key = f"{me}/{slugify(name)}"
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "meeting", name)
        view.keys[index] = key
        body = key_of(ctx, view, m.group("b")) if m.group("b") else None
        if body and kind_of(ctx, body) == "body":
            ctx.claim(key, "acta:convener", body, view.sentence, "convening-a")
