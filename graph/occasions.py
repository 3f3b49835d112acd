"""Where and when each meeting of a list was held, when the places and dates follow the list in its order.

"The first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo
on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9
December 2014 and on 20 June 2022": four meetings and four occasions, each in the place named last
before its date.  Read only when the counts agree: a list of three meetings with two dates says which
date is whose in words no rule reads.
"""

from __future__ import annotations

import re

from .extract import Context, View, resolve_mention

_LIST = re.compile(r"(?P<list>⟦M\d+⟧(?:\s*,\s*(?:the\s+)?⟦M\d+⟧)*\s*,?\s+and\s+(?:the\s+)?⟦M\d+⟧)"
                   r"(?P<tail>(?:\s*,?\s*(?:and\s+)?(?:(?:which\s+were\s+|were\s+)?held\s+)?"
                   r"(?:(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?\s*,?\s*)?(?:on|from|in)\s+⟦D\d+⟧)+)")
_STEP = re.compile(r"(?P<places>(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?)|⟦D(?P<d>\d+)⟧")


def rule_listed_occasions(ctx: Context, view: View) -> None:
    from .rules import put_dates
    for m in _LIST.finditer(view.template):
        meetings = [resolve_mention(ctx, view, int(i)) for i in re.findall(r"⟦M(\d+)⟧", m.group("list"))]
        if not all(meetings) or len(set(meetings)) != len(meetings) \
                or any(ctx.registry.get(k).kind != "meeting" for k in meetings):
            continue
        occasions, places = [], []
        for step in _STEP.finditer(m.group("tail")):
            if step.group("places"):
                places = [k for i in re.findall(r"⟦L(\d+)⟧", step.group("places"))
                          if (k := resolve_mention(ctx, view, int(i)))]
            else:
                occasions += [(list(places), value) for value in view.dates(step.group("d"))]
        if len(occasions) != len(meetings):
            continue
        for key, (where, value) in zip(meetings, occasions, strict=True):
            for place in where:
                ctx.claim(key, "schema:location", place, view.sentence, "listed-occasions")
            put_dates(ctx, key, [value], view.sentence, "listed-occasions")


RULES = (rule_listed_occasions,)
