"""Meetings named in a list that shares one tail: where and when each of them is held.

"We welcome the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework
Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the
Parties to the Kyoto Protocol and the sixth session of … in Baku, Azerbaijan in November 2024": the place and the
month are every session's, not only the last one's (which `occasions.meeting_tail` reads). "…, and the seventeenth
session of the Conference of the Parties to the United Nations Convention to Combat Desertification …, to be held in
Mongolia in 2026": the next list in the clause has its own tail.
"""

from __future__ import annotations

import re

from .extract import Context, View
from .occasions import key_of, kind_of, put_dates

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


RULES = (rule_shared_tail,)
