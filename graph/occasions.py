"""Where and when each meeting of a list was held, when the places and dates follow the list in its order.

"The first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo
on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9
December 2014 and on 20 June 2022": four meetings and four occasions, each in the place named last
before its date.  Read only when the counts agree: a list of three meetings with two dates says which
date is whose in words no rule reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateValue
from .extract import Context, View, resolve_mention

_LIST = re.compile(r"(?P<list>⟦M\d+⟧(?:\s*,\s*(?:the\s+)?⟦M\d+⟧)*\s*,?\s+and\s+(?:the\s+)?⟦M\d+⟧)"
                   r"(?P<tail>(?:\s*,?\s*(?:and\s+)?(?:(?:which\s+were\s+|were\s+)?held\s+)?"
                   r"(?:(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?|(?:on|from|in)\s+⟦D\d+⟧)(?:\s*,?\s*⟦S\d+⟧)*)+)")
_STEP = re.compile(r"(?P<places>(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?)|⟦D(?P<d>\d+)⟧|"
                   r"(?P<notes>⟦S\d+⟧(?:\s*,?\s*⟦S\d+⟧)*)")


@dataclass
class _Occasion:
    value: DateValue
    places: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)   # the indexes of the note markers that are its documents


def _occasions(ctx: Context, view: View, tail: str) -> list[_Occasion]:
    """Each occasion's date, places and notes, in order: a place before its dates ("in Oslo on 4 and 5 March 2013,
    in Nayarit, Mexico, on …") or after them ("held in 2022 in Vienna, 11 and in 2023 and 2025 in New York,12"); the
    notes after a group of occasions are theirs, one each, or all the one's."""
    steps = list(_STEP.finditer(tail))
    places_first = bool(steps) and steps[0].group("places") is not None
    out: list[_Occasion] = []
    places: list[str] = []
    pending: list[_Occasion] = []   # dates still waiting for the place named after them
    group: list[_Occasion] = []     # the occasions since the last notes
    for step in steps:
        if step.group("places"):
            places = [k for i in re.findall(r"⟦L(\d+)⟧", step.group("places"))
                      if (k := resolve_mention(ctx, view, int(i)))]
            for occasion in pending:
                occasion.places = list(places)
            pending = []
        elif step.group("d"):
            fresh = [_Occasion(value) for value in view.dates(step.group("d"))]
            for occasion in fresh:
                occasion.places = list(places) if places_first else []
            pending += [] if places_first else fresh
            out += fresh
            group += fresh
        else:
            notes = [int(i) for i in re.findall(r"⟦S(\d+)⟧", step.group("notes"))]
            if len(group) == 1:
                group[0].notes = notes
            elif len(notes) == len(group):
                for occasion, note in zip(group, notes, strict=True):
                    occasion.notes = [note]
            group = []
    return out


def rule_listed_occasions(ctx: Context, view: View) -> None:
    from .outcomes import note_document
    from .rules import put_dates
    for m in _LIST.finditer(view.template):
        meetings = [resolve_mention(ctx, view, int(i)) for i in re.findall(r"⟦M(\d+)⟧", m.group("list"))]
        if not all(meetings) or len(set(meetings)) != len(meetings) \
                or any(ctx.registry.get(k).kind != "meeting" for k in meetings):
            continue
        occasions = _occasions(ctx, view, m.group("tail"))
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


RULES = (rule_listed_occasions,)
