"""Meetings named in a list that shares one tail: where and when each of them is held.

"We welcome the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework
Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the
Parties to the Kyoto Protocol and the sixth session of … in Baku, Azerbaijan in November 2024": the place and the
month are every session's, not only the last one's (which `occasions.meeting_tail` reads). "…, and the seventeenth
session of the Conference of the Parties to the United Nations Convention to Combat Desertification …, to be held in
Mongolia in 2026": the next list in the clause has its own tail.

A series named in the plural, with the one of it the clause places: "the Conferences on the Humanitarian Impact of
Nuclear Weapons, the most recent of which was held in Vienna on 20 June 2022".

A list of meetings, then each one's place and date in order ("the Games of the XXXIII Olympiad and the XVII Paralympic
Games, held in Paris from 26 July to 11 August 2024 and from 28 August to 8 September 2024, respectively"): read
before graph/occasions.py's rules (`FIRST_RULES`).
"""

from __future__ import annotations

import re

from .entities import resolve_mention
from .extract import Context, View
from .occasions import key_of, kind_of, occasions_in, put_dates
from .text import slugify

_ITEMS = r"(?P<items>(?:the\s+)?⟦M\d+⟧(?:[^⟦;]|⟦M\d+⟧){0,400}?)"
_TAIL = (r"\s*,?\s*(?:to\s+be\s+|which\s+(?:was|were|will\s+be)\s+)?(?:held\s+)?in\s+⟦L(?P<l>\d+)⟧"
         r"(?:\s*,\s*⟦L\d+⟧)?\s*,?\s+(?:in|on|from)\s+⟦D(?P<d>\d+)⟧")
_FIRST = re.compile(rf"\b(?:convening|holding|hosting)\s+of\s+{_ITEMS}{_TAIL}")
_NEXT = re.compile(rf"\s*,?\s*and\s+{_ITEMS}{_TAIL}")
# between two meetings of the list ("…, the nineteenth session …", "… and the sixth session …"); "of the ⟦M⟧" and
# "serving as the ⟦M⟧" stay inside an item
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?(?=⟦M)|\s+and\s+(?:the\s+)?(?=⟦M)")


# another place and day right after: "the first, second, third and fourth Conferences …, in Oslo on …, in Nayarit,
# Mexico, on … and in Vienna on …" gives each its own (graph/occasions.py), not all the first
_RESPECTIVE = re.compile(r"\s*,?\s*(?:and\s+)?(?:in|on)\s+⟦[LD]\d+⟧")


def rule_shared_tail(ctx: Context, view: View) -> None:
    m = _FIRST.search(view.template) if "⟦L" in view.template and "⟦M" in view.template else None
    first = True
    while m and not _RESPECTIVE.match(view.template, m.end()):
        heads = [re.match(r"(?:the\s+)?⟦M(\d+)⟧", item) for item in _SEPARATOR.split(m.group("items"))]
        if all(heads) and (len(heads) > 1 or not first) \
                and not any(view.m(h.group(1)).attrs.get("list_item") for h in heads if h):
            # (each meeting the clause places: a session no rule keyed is left out, not the others)
            _hold_all(ctx, view, m, [k for h in heads if h and kind_of(ctx, k := key_of(ctx, view, h.group(1)))
                                     == "meeting"])
        m, first = _NEXT.match(view.template, m.end()), False


def _hold_all(ctx: Context, view: View, m: re.Match[str], keys: list[str]) -> None:
    place = key_of(ctx, view, m.group("l"))  # ("Baku, Azerbaijan": the city, in its country)
    for key in keys:
        if place:
            ctx.claim(key, "schema:location", place, view.sentence, "shared-tail")
        put_dates(ctx, key, view.dates(m.group("d")), view.sentence, "shared-tail")


_PLURALS = {"Conferences": "Conference", "Meetings": "Meeting", "Summits": "Summit", "Forums": "Forum",
            "Dialogues": "Dialogue", "Workshops": "Workshop", "Symposia": "Symposium"}
_PLURAL_SERIES = re.compile(
    rf"(?P<name>(?:[A-Z][\w-]*\s+){{0,3}}(?P<head>{'|'.join(_PLURALS)})\s+on\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:[A-Z][\w-]*|of|on|the|and|for|in|to))*?)\s*,\s*the\s+(?:most\s+recent|latest|last)\s+of\s+which\s+"
    r"(?:was|is)\s+(?:held|convened|hosted)\s+(?:(?:in|at)\s+(?:the\s+)?⟦L(?P<l>\d+)⟧\s*,?\s*)?"
    r"(?:(?:on|in|from)\s+⟦D(?P<d>\d+)⟧)?")


def rule_plural_series(ctx: Context, view: View) -> None:
    """The series is one node, named in the singular; the last of it, where and when the clause says, is a meeting of
    its own keyed by its first day, part of it."""
    for m in _PLURAL_SERIES.finditer(view.template) if " of which " in view.template else ():
        dates = view.dates(m.group("d")) if m.group("d") else ()
        place = key_of(ctx, view, m.group("l"))
        if not dates or dates[0].vague:
            continue
        name = re.sub(r"\s+", " ", m.group("name")).replace(m.group("head"), _PLURALS[m.group("head")], 1)
        series, sent = f"series/{slugify(name)}", view.sentence
        ctx.registry.add(series, "series", name)
        last = f"{series}/{dates[0].start}"
        ctx.registry.add(last, "meeting", f"{name} of {view.m(m.group('d')).text}")
        ctx.claim(last, "schema:superEvent", series, sent, "plural-series")
        put_dates(ctx, last, dates, sent, "plural-series")
        if place:
            ctx.claim(last, "schema:location", place, sent, "plural-series")


RULES = (rule_shared_tail, rule_plural_series)


_LIST = re.compile(r"(?P<list>⟦M\d+⟧(?:\s*,\s*(?:the\s+)?⟦M\d+⟧)*\s*,?\s+and\s+(?:the\s+)?⟦M\d+⟧)"
                   r"(?P<tail>(?:\s*,?\s*(?:and\s+)?(?:(?:which\s+were\s+|were\s+|to\s+be\s+)?held\s+)?"
                   r"(?:(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?|(?:(?:on|from|in)\s+)?⟦D\d+⟧"
                   # (a region no gazetteer knows: "to be held across the French Alps from 1 to 17 February and …")
                   r"|(?:across|throughout)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})(?:\s*,?\s*⟦S\d+⟧)*)+)")


def rule_listed_occasions(ctx: Context, view: View) -> None:
    from .outcomes import note_document
    for m in _LIST.finditer(view.template):
        meetings = [resolve_mention(ctx, view, int(i)) for i in re.findall(r"⟦M(\d+)⟧", m.group("list"))]
        if not all(meetings) or len(set(meetings)) != len(meetings) \
                or any(ctx.registry.get(k).kind != "meeting" for k in meetings):
            continue
        occasions = occasions_in(ctx, view, m.group("tail"))
        if len(occasions) != len(meetings):
            continue
        for key, occasion in zip(meetings, occasions, strict=True):
            for place in occasion.places:
                ctx.claim(key, "schema:location", place, view.sentence, "listed-occasions")
            put_dates(ctx, key, [occasion.value], view.sentence, "listed-occasions")
            for note in occasion.notes:
                doc = note_document(ctx, view, note)
                if doc:
                    ctx.claim(doc, "acta:producedBy", key, view.sentence, "listed-occasions")


FIRST_RULES = (rule_listed_occasions,)
