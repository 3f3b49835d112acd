"""International days, weeks, years and decades: which resolution proclaimed them, and when they fall.

"Decides to proclaim 5 September of each year as the International Day of the World's Indigenous Women and
Girls" (the resolution speaking proclaims it; it falls on --09-05), "proclaims 2026 the International Year of …",
"the International Day for the Total Elimination of Nuclear Weapons, as established by resolution 68/32 of
5 December 2013" (that resolution proclaimed it), "declaring the United Nations Decade of Sustainable Transport
for the 10-year period beginning on 1 January 2026".  An observance is keyed by its name, so every document that
names it names one node.
"""

from __future__ import annotations

import re

from .entities import resolve_mention
from .extract import Context, View, date_literal
from .text import slugify

# its name: "International Day of …", "World … Day", "United Nations Decade of …" (a mention of the United Nations
# inside it stays a body token in the template: "⟦B3⟧ Decade of Sustainable Transport")
_WORD = r"(?:[A-Z][\w’'-]*|of|for|on|against|and|the|in|to|a|all|with)"
_NAME = (r"(?P<name>(?:International|World|⟦B\d+⟧)\s+(?:[A-Z][\w’'-]*\s+){0,4}?(?:Day|Week|Year|Decade)"
         rf"(?:\s+(?:of|for|on|against|to)\s+{_WORD}(?:\s+(?!for\s+the\s+[\w-]+\s+period\b){_WORD}){{0,14}})?)")
# the speaker proclaims it ("Decides to proclaim …", "Proclaims …"); or a text speaks of its proclamation ("the
# significance of declaring the … Decade … for the 10-year period beginning on 1 January 2026"): when, not by whom
_PROCLAIM = re.compile(r"\b(?P<verb>(?:[Dd]ecides\s+to\s+|[Dd]ecided\s+to\s+)?(?:proclaim|declare)|[Pp]roclaims|"
                       r"[Dd]eclares|proclaim(?:ed|ing)|declar(?:ed|ing))\s+"
                       r"(?:(?:the\s+period\s+)?(?:⟦D(?P<d>\d+)⟧|(?P<y>(?:19|20)\d\d))\s+(?:of\s+each\s+year\s+)?(?:as\s+)?)?"
                       rf"(?:as\s+)?the\s+{_NAME}(?:\s+for\s+the\s+[\w-]+\s+period\s+beginning\s+on\s+⟦D(?P<from>\d+)⟧)?")
_ESTABLISHED = re.compile(rf"\bthe\s+{_NAME}\s*,?\s+(?:as\s+)?(?:established|proclaimed|declared)\s+(?:by|in)\s+"
                          r"(?:the\s+⟦B\d+⟧\s+in\s+)?(?:its\s+)?⟦S(?P<s>\d+)⟧")
_SPEAKER_PROCLAIMS = re.compile(r"[Dd]ecides\s+to|[Pp]roclaims$|[Dd]eclares$")
# "2025 was proclaimed by the General Assembly as the International Year of Peace and Trust,4" (note 4: "See
# resolution 78/266"): the note's resolution proclaimed it, for that year
_PROCLAIMED_BY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)\s+(?:was|has\s+been)\s+)?(?:proclaimed|declared)\s+by\s+"
                            rf"(?:the\s+)?⟦B\d+⟧\s+(?:as\s+)?the\s+{_NAME}\s*,?\s*⟦S(?P<s>\d+)⟧")
_TRAILING = re.compile(r"(?:\s+(?:of|for|on|against|and|the|in|to|a|all|with))+$")


def rule_observances(ctx: Context, view: View) -> None:
    t = view.template
    if "Day" not in t and "Year" not in t and "Decade" not in t and "Week" not in t:
        return
    for m in _PROCLAIM.finditer(t):
        me = ctx.speaking()
        key = _observance(ctx, view, m.group("name"))
        if not key:
            continue
        if me and _SPEAKER_PROCLAIMS.match(m.group("verb")):
            ctx.claim(key, "acta:establishedBy", me, view.sentence, "proclaimed")
        if m.group("y"):  # "Proclaims 2027 the International Year of …" (a year alone is no date mention)
            ctx.claim(key, "schema:startDate", date_literal(m.group("y")), view.sentence, "proclaimed")
        _falls_on(ctx, view, key, m.group("d"), m.group("from"))
    # by a resolution the text names ("…, as established by resolution 68/32") or a body's, in the note after it
    for m in [*_PROCLAIMED_BY.finditer(t), *_ESTABLISHED.finditer(t)]:
        key = _observance(ctx, view, m.group("name"))
        res = resolve_mention(ctx, view, int(m.group("s")))
        by_note = m.re is _PROCLAIMED_BY
        if key and res and ctx.registry.get(res).kind in ("resolution", "decision") \
                and (not by_note or "footnote" in view.m(m.group("s")).attrs):
            ctx.claim(key, "acta:establishedBy", res, view.sentence, "proclaimed")
        if key and by_note and m.group("y"):
            ctx.claim(key, "schema:startDate", date_literal(m.group("y")), view.sentence, "proclaimed")


def _observance(ctx: Context, view: View, name: str) -> str | None:
    words = _TRAILING.sub("", view.phrase(name))
    if not re.search(r"\b(?:Day|Week|Year|Decade)\b", words):
        return None
    key = f"observance/{slugify(words)}"
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, "observance", words)
    return key


def _falls_on(ctx: Context, view: View, key: str, index: str | None, beginning: str | None) -> None:
    """A day of each year (--09-05), a year or a period of years, or the day a period begins on."""
    values = view.dates(beginning or index) if (beginning or index) else ()
    if len(values) != 1 or values[0].vague:
        return
    value = values[0]
    if value.start.startswith("--"):
        ctx.claim(key, "acta:observedOn", date_literal(value.start), view.sentence, "proclaimed")
        return
    ctx.claim(key, "schema:startDate", date_literal(value.start), view.sentence, "proclaimed")
    if value.end and not beginning:
        ctx.claim(key, "schema:endDate", date_literal(value.end), view.sentence, "proclaimed")


RULES = (rule_observances,)
