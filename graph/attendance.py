"""Who attended a meeting, in a report of that meeting's own words.

A record of a session says who came in an attendance paragraph: "Representatives of the following
89 States that are members of the Platform attended the meeting: Antigua and Barbuda, Argentina,
…", "The following 23 States were present as observers: Afghanistan, …", "Representatives of the
following United Nations bodies … were also present as observers: Food and Agriculture
Organization …"; and who spoke at its opening: "Opening remarks were made by Ms. Ursula
Heinen-Esser, …, and Mr. Achim Steiner".  "The meeting" there is the meeting the report is of
(its heading: "Report of the first session of the Plenary of …"), not the last one the text
named, which may be another session it recalls.
"""

from __future__ import annotations

import re

from .extract import Context, View
from .rules import kind_of

_REPORT_OF = re.compile(r"^Report\s+of\s+the\s+⟦M(?P<m>\d+)⟧")
_ATTENDED = re.compile(
    r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?(?:Representatives\s+of\s+)?[Tt]he\s+following\s+(?P<who>[^:]{0,250}?)\s+"
    r"(?:also\s+)?(?P<verb>attended|were\s+(?:also\s+)?(?:present|represented))(?P<rest>[^:]{0,120}):\s*(?P<list>.+)$",
    re.S)
_REMARKS = re.compile(r"\b(?:[Oo]pening|[Cc]losing|[Ww]elcoming|[Ii]ntroductory)\s+(?:remarks|statements)\s+were\s+"
                      r"(?:made|delivered)\s+by\s+(?P<list>.+)$", re.S)


def reported_meeting(ctx: Context) -> str | None:
    return ctx.x.__dict__.get("reported_meeting")


def rule_reported_meeting(ctx: Context, view: View) -> None:
    """The heading "Report of the first session of the Plenary of …": the meeting the document reports on."""
    if reported_meeting(ctx) or view.sentence.start - ctx.x.document.body_start > 1500:
        return
    m = _REPORT_OF.match(view.template.strip())
    key = view.keys.get(int(m.group("m"))) if m else None
    if key and kind_of(ctx, key) == "meeting":
        ctx.x.__dict__["reported_meeting"] = key


def rule_attendance(ctx: Context, view: View) -> None:
    meeting = reported_meeting(ctx)
    if not meeting:
        return
    m = _ATTENDED.match(view.template.strip())
    if m:
        observers = "observer" in m.group("who") + m.group("rest")
        _each(ctx, view, meeting, m.group("list"), "acta:observer" if observers else "acta:participant", "attendance")
        return
    m = _REMARKS.search(view.template)
    if m:
        _each(ctx, view, meeting, m.group("list"), "acta:contributor", "opening-remarks", kinds="P")


def _each(ctx: Context, view: View, meeting: str, listed: str, prop: str, rule: str, kinds: str = "LBP") -> None:
    for token in re.finditer(rf"⟦([{kinds}])(\d+)⟧", listed):
        key = view.keys.get(int(token.group(2)))
        if key and kind_of(ctx, key) in ("place", "country", "city", "body", "person") and key != meeting:
            ctx.claim(meeting, prop, key, view.sentence, rule)


RULES = (rule_reported_meeting, rule_attendance)
