"""Incidents a text places and dates: an attack, a release or use of a weapon, at a place on a day.

"… responsible for the attacks which released toxic substances in Talmenes, Syrian Arab Republic, on 21 April 2014, in
Sarmin, Syrian Arab Republic, on 16 March 2015", "carried out a chemical weapons attack on Saraqib on 4 February 2018",
"… attack on 7 April 2018 in Duma, Syrian Arab Republic", "the reported incident that occurred in Al-Yarmouk, Syrian
Arab Republic, on 22 October 2017": each place and day is one incident (acta:Incident, a schema:Event) with where
(schema:location) and when (schema:startDate) it happened, keyed by both, so that two texts naming it meet. The report
whose conclusion names it ("The reports of the Joint Investigative Mechanism of 24 August 2016,7 …, which concluded
that …") is about it (schema:about). Places no gazetteer lists ("Saraqib", "Khan Shaykhun") are towns of their
own, as a meeting's are (`occasions.town_in`).
"""

from __future__ import annotations

import re

from .entities import resolve_mention
from .extract import Context, View, date_literal
from .occasions import town_in
from .outcomes import note_document

# what happened: the words that make a place and a day an incident (not a meeting "held in Geneva on 10 June")
_WHAT = re.compile(r"\b(?:attacks?|incidents?|released?|release\s+of|used|use\s+of|bombings?|explosions?|shelling|"
                   r"air\s*strikes?|massacres?)\b")
_NOT_AN_INCIDENT = re.compile(r"\b(?:held|adopted|signed|convened|opened|entered|established|issued|launched)\b")
# a place: a recognised one, or a name of up to four capitalised words ("Khan Shaykhun", "Umm Hawsh", "Al-Yarmouk")
_WORD = r"(?:(?:al|el)-)?[A-Z][\w’'-]*"  # ("Qalib al-Thawr", "al-Balil")
_PLACE = rf"(?:⟦L(?P<l>\d+)⟧|(?P<raw>{_WORD}(?:\s+{_WORD}){{0,3}}))(?:\s*,\s*⟦L(?P<c>\d+)⟧)?"
_AT_ON = re.compile(rf"\b(?:in|at|on)\s+{_PLACE}\s*,?\s+(?:also\s+)?on\s+⟦D(?P<d>\d+)⟧")
_ON_IN = re.compile(rf"\bon\s+⟦D(?P<d>\d+)⟧\s+(?:in|at)\s+{_PLACE}")
_CONCLUDED = re.compile(r"\b(?:concluded|found|determined|confirmed)\s+that\b")


def rule_incidents(ctx: Context, view: View) -> None:
    template = view.template
    if "on ⟦D" not in template or not _WHAT.search(template):
        return
    found = sorted((m for p in (_AT_ON, _ON_IN) for m in p.finditer(template)), key=lambda m: m.start())
    if not found:
        return
    concluded = _CONCLUDED.search(template)
    reports = [doc for i in re.findall(r"⟦S(\d+)⟧", template[:concluded.start()])
               if (doc := note_document(ctx, view, int(i)))] if concluded else []
    for m in found:
        what = [w for w in _WHAT.finditer(template, max(0, m.start() - 160), m.start())]
        if not what or _NOT_AN_INCIDENT.search(template, what[-1].end(), m.start()) \
                or re.search(r"[;.]", template[what[-1].end():m.start()]):
            continue
        # one incident a day ("in Ltamenah on 24, 25 and 30 March 2017"), or over days ("from 3 to 5 May")
        days = view.dates(m.group("d"))
        if not days or any(v.precision != "day" or (v.end and len(v.end) != 10) for v in days):
            continue
        place = _place(ctx, view, m)
        for day in days if place else ():
            key = f"incident/{place.split('/', 1)[-1]}/{day.start}"
            if ctx.registry.get(key) is None:
                ctx.registry.add(key, "incident", f"incident in {ctx.registry.label(place)}")
            sent = view.sentence
            ctx.claim(key, "schema:location", place, sent, "incident")
            ctx.claim(key, "schema:startDate", date_literal(day.start), sent, "incident")
            if day.end:
                ctx.claim(key, "schema:endDate", date_literal(day.end), sent, "incident")
            for doc in reports:
                ctx.claim(doc, "schema:about", key, sent, "incident")


def _place(ctx: Context, view: View, m: re.Match[str]) -> str | None:
    """The place of the match: a recognised city or place, or a name the gazetteer lacks (in its country, if given)."""
    if m.group("l"):
        key = resolve_mention(ctx, view, int(m.group("l")))
        return key if key and ctx.registry.get(key).kind in ("city", "venue") else None
    name = re.sub(r"\s+", " ", m.group("raw"))
    if _NOT_A_PLACE.match(name):
        return None
    country = resolve_mention(ctx, view, int(m.group("c"))) if m.group("c") else None
    return town_in(ctx, name, country, view.sentence, "incident")  # as a meeting's town no gazetteer knows is


# capitalised words that are no place: a weekday, a month, a title's words
_NOT_A_PLACE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                          r"May|June|July|August|September|October|November|December|The|This|That|Its|Their)\b")

RULES = (rule_incidents,)
