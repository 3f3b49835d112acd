"""Operative decisions: what the instrument convenes, founds and puts on an agenda.

"10. Decides to convene the ninth Biennial Meeting …", "Renews its decision to convene the Fifth Review
Conference", "Decides to establish an open-ended working group, convening … in 2026 and 2028", "Decides to
include in the provisional agenda of its eighty-first session …", and, in the preamble, "resolutions … on the
convening of the Third United Nations Conference …". The instrument is whoever speaks the clause
(`Context.speaking`); a body it founds dates from its adoption (`finish`, once the whole document is read).
"""

from __future__ import annotations

import re

from .body_meetings import body_meeting
from .entities import generic_noun, name_generic_body, resolve_mention
from .extract import Context, View
from .occasions import is_vague, meeting_tail, put_vague
from .text import slugify

# "Decides to convene the ninth Biennial Meeting", "Renews its decision to convene the Fifth Review Conference"
_DECIDES_CONVENE = re.compile(r"^(?:\d{1,3}\.\s+)?(?:Also\s+|Further\s+)?(?:[Dd]ecides?|[Dd]ecide|"
                              r"(?:[Rr]enews|[Rr]eaffirms)\s+⟦A(?P<a>\d+)⟧)(?:\s*,[^,⟦]{0,60},)?\s+"
                              # "Decides to convene, in ⟦L⟧, on a date to be decided later, a ⟦M⟧", "to establish …
                              # an annual “⟦M⟧”" (a meeting the instrument founds, named in quotes)
                              r"(?:to\s+)?(?P<verb>convene|hold|organize|establish)"
                              r"(?:\s*,(?:[^,;⟦]|⟦[LD]\d+⟧){1,60}?(?=,)){0,3}\s*,?\s+"
                              r"(?:the\s+|a\s+|an\s+)?(?:annual\s+|biennial\s+)?[“\"]?⟦M(?P<m>\d+)⟧")
_DECIDES_ESTABLISH = re.compile(r"^(?:\d{1,3}\.\s+)?(?:Also\s+|Further\s+)?(?:[Dd]ecides?|[Dd]ecide|"
                                r"(?:[Rr]enews|[Rr]eaffirms)\s+⟦A(?P<a>\d+)⟧)(?:\s*,[^,⟦]{0,60},)?\s+"
                                r"(?:to\s+)?(?:establish|create|set\s+up)\s+(?:,[^,⟦]{0,60},\s*)?"
                                # what it founds, not where: "establish ... a procedure within the Secretariat"
                                r"(?P<what>(?:(?!\b(?:within|in|under|by|of|for|at|on|with|and)\b"
                                r"|\bto\b(?!\s+be\s+(?:known|called|named)\b))[^⟦]){0,120}?)"
                                r"⟦B(?P<b>\d+)⟧")


# "Decides to include in the provisional agenda of its eighty-first session, under the item entitled …, the
# sub-item entitled …": the follow-up the instrument sets, at the session that will take it up
_ON_AGENDA = re.compile(r"^(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+)?[Dd]ecides\b.*?\bto\s+include\s+in\s+the\s+"
                        r"(?:provisional\s+)?agenda\s+of\s+its\s+⟦M(?P<m>\d+)⟧")


# "Recalling its resolutions 76/217 of 17 December 2021, … and 79/279 of 11 April 2025 on the convening of the Third
# United Nations Conference on Landlocked Developing Countries": each of them convened it
_ON_THE_CONVENING = re.compile(r"(?P<list>⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?(?:\s*(?:,|,?\s*and)\s*⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?)*)"
                               r"\s*,?\s+(?:on|concerning)\s+the\s+(?:convening|holding|modalities)\s+of\s+(?:the\s+)?"
                               r"⟦M(?P<m>\d+)⟧")


def rule_on_the_convening(ctx: Context, view: View) -> None:
    for m in _ON_THE_CONVENING.finditer(view.template):
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not meeting or ctx.registry.get(meeting).kind != "meeting":
            continue
        for i in re.findall(r"⟦S(\d+)⟧", m.group("list")):
            key = resolve_mention(ctx, view, int(i))
            if key and ctx.registry.get(key).kind in ("resolution", "decision"):
                ctx.claim(meeting, "acta:convenedBy", key, view.sentence, "on-the-convening")


# a declaration's "In this regard we decide to:" (or "Decides to:"), then its items, each a bare verb: "Proceed to a
# five-year follow-up process …, and convene a high-level plenary meeting under the auspices of the General Assembly"
_DECIDE_LEAD = re.compile(r"(?:^|\s)(?:[Ww]e\s+(?:also\s+|further\s+)?decide|(?:\d{1,3}\.\s+)?(?:Also\s+|Further\s+)?"
                          r"[Dd]ecides)\s+to\s*:\s*$")
_ITEM_CONVENES = re.compile(r"(?:^(?:\(?[a-z]{1,4}\)\s+)?|,?\s+and\s+)(?:[Cc]onvene|[Hh]old|[Oo]rganize)\s+"
                            r"(?:the\s+|a\s+|an\s+)?⟦M(?P<m>\d+)⟧")
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
_BARE_VERB_ITEM = re.compile(r"(?:\(?[a-z]{1,4}\)\s+)?[A-Z][a-z]+\s")  # "Proceed to …", "(b) Request …"


def rule_decide_list(ctx: Context, view: View) -> None:
    """The items under a lead "… we decide to:" are decisions: a meeting one of them convenes is the instrument's."""
    t = view.template.strip()
    if _DECIDE_LEAD.search(t):
        ctx.deciding_list = True
        return
    if not ctx.deciding_list:
        return
    if _NUMBERED.match(t) or not _BARE_VERB_ITEM.match(t):
        ctx.deciding_list = False  # the next paragraph, or a line that is no bare verb's item
        return
    me = ctx.speaking()
    for m in _ITEM_CONVENES.finditer(t) if me else ():
        key = resolve_mention(ctx, view, int(m.group("m")))
        if key and ctx.registry.get(key).kind == "meeting":
            ctx.claim(key, "acta:convenedBy", me, view.sentence, "decides-to-convene")
            meeting_tail(ctx, view, int(m.group("m")), key, "decides-to-convene")


def rule_decides(ctx: Context, view: View) -> None:
    me = ctx.speaking()
    if not me:
        return
    agenda = _ON_AGENDA.match(view.template)
    session = resolve_mention(ctx, view, int(agenda.group("m"))) if agenda else None
    if session and ctx.registry.get(session).kind == "meeting":
        ctx.claim(me, "acta:onAgendaOf", session, view.sentence, "on-agenda")
    m = _decision(view, _DECIDES_CONVENE)
    if m and (m.group("verb") != "establish" or view.m(int(m.group("m"))).attrs.get("convened")):
        key = resolve_mention(ctx, view, int(m.group("m")))
        if key:
            ctx.claim(key, "acta:convenedBy", me, view.sentence, "decides-to-convene")
            meeting_tail(ctx, view, int(m.group("m")), key, "decides-to-convene")
    m = _decision(view, _DECIDES_ESTABLISH)
    if m:
        key = resolve_mention(ctx, view, int(m.group("b"))) or _founded_here(ctx, view, int(m.group("b")), me)
        if key:
            ctx.claim(key, "acta:establishedBy", me, view.sentence, "decides-to-establish")
            ctx.established_by_self.append((key, view.sentence))
            _convening(ctx, view, m.end(), key, me)


# "to establish an open-ended technical expert group, convening for at least two days, …, in 2026 and 2028", "a group
# of governmental experts, to be convened for one week each at the end of 2027 and at the beginning and in the middle
# of 2028"
_CONVENING = re.compile(r"\s*,\s*(?:convening|meeting|to\s+(?:meet|convene|be\s+(?:convened|established)))\b"
                        r"[^⟦;]{0,120}?\b(?:in|on|from|during|at\s+the)\s+⟦D(\d+)⟧"
                        r"(?P<more>(?:\s*,?\s+and\s+[^⟦;,]{0,40}?⟦D\d+⟧)*)")


def _convening(ctx: Context, view: View, at: int, body: str, me: str, rule: str = "decides-to-establish") -> None:
    """The meetings the decision gives the body it founds: one per date, convened by the instrument (a vague date's
    in its year: "at the end of 2027")."""
    m = _CONVENING.match(view.template, at)
    indices = [int(m.group(1)), *map(int, re.findall(r"⟦D(\d+)⟧", m.group("more")))] if m else []
    for value in (v for i in indices for v in view.dates(str(i))):
        vague = is_vague(value)
        meeting = body_meeting(ctx, body, value.start[:4] if vague else value.start, view.sentence)
        if vague:
            put_vague(ctx, meeting, value, view.sentence, rule)
        ctx.claim(meeting, "acta:convenedBy", me, view.sentence, rule)


# "requests the Secretary-General, with the assistance of a group of governmental experts, to be convened in 2027 …":
# a group the instrument calls into being to help (an indefinite one: "the Group" helps as it is), and its meetings
_ASSISTED_BY_NEW = re.compile(r"\bwith\s+the\s+assistance\s+of\s+an?\s+⟦B(?P<b>\d+)⟧(?=\s*,\s*(?:convening|meeting|"
                              r"to\s+(?:meet|convene|be\s+(?:convened|established))))")


def rule_assisted_by_new(ctx: Context, view: View) -> None:
    me = ctx.speaking() if "assistance of a" in view.template else None
    for m in _ASSISTED_BY_NEW.finditer(view.template) if me else ():
        key = _founded_here(ctx, view, int(m.group("b")), me)
        if key:
            ctx.claim(key, "acta:establishedBy", me, view.sentence, "assisted-by-new")
            ctx.established_by_self.append((key, view.sentence))
            _convening(ctx, view, m.end(), key, me, "assisted-by-new")


def _decision(view: View, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The pattern's match, if its verb is a decision: "Decides to", "Renews its decision to", not "Reaffirms its
    support to"."""
    m = pattern.search(view.template)
    if m and m.group("a") and view.m(int(m.group("a"))).text.lower() != "its decision":
        return None
    return m


def _founded_here(ctx: Context, view: View, index: int, me: str) -> str | None:
    """"Decides to establish an open-ended working group": a body this instrument founds, named by what it is, is
    keyed under the instrument, as one founded "pursuant to resolution 76/233" is under that resolution."""
    if not view.m(index).attrs.get("generic"):
        return None
    noun = generic_noun(view.m(index).text)
    return name_generic_body(ctx, view, index, f"{me}/{slugify(noun)}", f"{noun} ({ctx.registry.get(me).label})")


def finish(ctx: Context) -> None:
    """Facts that need the whole document: a body established by the instrument dates from its adoption."""
    me = ctx.speaking()
    if not me:
        return
    dates = [c for c in ctx.x.claims if c.subject == me and c.predicate == "acta:adoptionDate"]
    if not dates:
        return
    best = max(dates, key=lambda c: len(c.object.value))
    for key, sent in ctx.established_by_self:
        ctx.claim(key, "acta:establishedOn", best.object, sent, "established-on-adoption")


RULES = (rule_decides, rule_decide_list, rule_on_the_convening, rule_assisted_by_new)
