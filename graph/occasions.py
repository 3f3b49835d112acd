"""Where and when meetings were held: the words around a meeting's name, and each meeting of a list.

``meeting_tail`` reads what follows a meeting's name ("…, to be held in Santo Domingo, Dominican Republic, on
November 4 and 5, 2009"), ``place_before`` the place a convening sentence names before it, ``put_dates`` keeps a
date at the precision the text gives. A list: "The first, second, third and fourth Conferences on the Humanitarian
Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in
Vienna on 8 and 9 December 2014 and on 20 June 2022": four meetings and four occasions, each in the place named last
before its date.  Read only when the counts agree: a list of three meetings with two dates says which date is whose
in words no rule reads.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from .dates import DateValue
from .entities import ensure_place, named_meeting, resolve_mention
from .extract import LETTER, Context, Lit, View, date_literal
from .meetings import series_key
from .mentions import CARDINALS, Mention, english_ordinal
from .text import slugify, upper_first


def key_of(ctx: Context, view: View, index: str | None) -> str | None:
    return resolve_mention(ctx, view, int(index)) if index is not None else None


def kind_of(ctx: Context, key: str | None) -> str | None:
    entity = ctx.registry.get(key) if key else None
    return entity.kind if entity else None


_KNOWN_BY_YEAR = re.compile(r"^series/.+/((?:19|20)\d{2})$")  # "the 2026 Review Conference" (meetings.py)


def is_vague(value: DateValue) -> bool:
    """"the last quarter of 2009", "at the end of 2027": a part of a year (month), in its year."""
    return bool(value.vague or value.precision == "vague")


def put_vague(ctx: Context, key: str, value: DateValue, sent, rule: str) -> None:
    """"the last quarter of 2009": the year is what the source states; the interval and the words are kept."""
    ctx.claim(key, "schema:startDate", date_literal(value.start[:4]), sent, rule)
    ctx.claim(key, "acta:notBefore", date_literal(value.start), sent, rule)
    if value.end:
        ctx.claim(key, "acta:notAfter", date_literal(value.end), sent, rule)
    if value.vague:
        ctx.claim(key, "acta:dateQualifier", Lit(value.vague), sent, rule)
    ctx.claim(key, "acta:dateText", Lit(value.text), sent, rule)


def put_dates(ctx: Context, key: str, values, sent, rule: str, *, parts: bool = False) -> None:
    """``parts``: the dates are one meeting's, held in parts ("held in Geneva from 25 to 27 November 2020 and on 20
    and 21 September 2021"): it runs from the first day of the first part to the last day of the last."""
    if not values:
        return
    value = values[0]
    if parts and len(values) > 1 and all(v.precision == "day" and not is_vague(v) for v in values) \
            and all((a.end or a.start) < b.start for a, b in itertools.pairwise(values)):
        value = replace(value, end=values[-1].end or values[-1].start)
    year = _KNOWN_BY_YEAR.match(key)
    if year and value.start[:4] != year.group(1):
        return  # "the … Committee for the 2026 Review Conference, held … 2023": another meeting's dates
    if is_vague(value):
        put_vague(ctx, key, value, sent, rule)
        return
    ctx.claim(key, "schema:startDate", date_literal(value.start), sent, rule)
    if value.end and value.end != value.start:
        ctx.claim(key, "schema:endDate", date_literal(value.end), sent, rule)


# --- one meeting: the words around its name -------------------------------------------------------

# a body's members who meet: "the fifty-eighth meeting of the Ministers for Foreign Affairs of the Association of
# Southeast Asian Nations" is the Association's meeting, named with them (one body's, not a joint one of two)
MEMBERS_OF = re.compile(r"\s+of\s+the\s+(?P<who>(?:Ministers?|Heads\s+of\s+State|Leaders|Chiefs)\b[^⟦,;]{0,60}?)"
                        r"\s+of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧(?!\s+and\s+(?:the\s+)?⟦B)")
_TAIL = [
    ("held", re.compile(r"\s*,?\s*(?:which\s+)?(?:(?:is|are|was|were|will be|has been|had been)\s+)?(?:to be\s+)?"
                        r"(?:held|convened|took place|met)\b")),
    ("place", re.compile(r"\s*,?\s*(?:(?:also|again)\s+)?(?:in|at)\s+(?:the\s+)?⟦L(\d+)⟧")),  # "…, also in Malabo"
    ("place", re.compile(r"\s*,\s*⟦L(\d+)⟧")),
    # a town no gazetteer knows, then its country: "held on Margarita Island, Bolivarian Republic of Venezuela, from …"
    ("town", re.compile(r"\s*,?\s*(?:in|on|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?=\s*,\s*⟦L\d+⟧)")),
    # a town no gazetteer knows and no country follows, its date right after: "to be held in Milano-Cortina in 2026"
    ("town_alone", re.compile(r"\s*,?\s*in\s+(?P<town>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?(?:\s+[A-Z][\w'’-]+){0,2})"
                              r"(?=\s*,?\s+(?:(?:in|on|from|during)\s+)?⟦D\d+⟧)")),  # ("from" may be the date's)
    # "… in Vientiane during the week of 14 to 18 September 2026"
    ("date", re.compile(r"\s*,?\s*(?:(?:on|from|in|during|at)\s+)?(?:the\s+)?(?:this\s+past\s+)?"
                        r"(?:(?:week|period)\s+of\s+)?⟦D(\d+)⟧")),
    ("organizer", re.compile(r"\s*,?\s*(?:and\s+)?(?:organized|convened|sponsored)\s+by\s+(?:the\s+)?⟦B(\d+)⟧")),
    ("host", re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:to\s+be|was|is)\s+)?hosted\s+by\s+(?:the\s+)?⟦[BL](\d+)⟧")),
    ("prepares", re.compile(r"\s*,?\s*(?:in preparation for|to prepare for|preparatory to)\s+(?:the\s+)?⟦[MA](\d+)⟧")),
    # "… Conference (and the Tracing Instrument) in 2030"
    ("aside", re.compile(r"\s*\((?:[^()⟦⟧]|⟦[IBL]\d+⟧){1,150}\)")),
    # what form it takes, up to where or when: "to convene the fourth Conference … as a one-day conference at United
    # Nations Headquarters in New York"
    ("aside", re.compile(r"\s+as\s+an?\s+(?:⟦M\d+⟧|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                         r"(?=\s*,?\s+(?:at|in|on|from)\s+(?:the\s+)?⟦[LD])")),
    # (or as the decision says it is made up: "… decides that the informal exchanges should be composed of a three-day
    # meeting in 2026")
    ("aside", re.compile(r"\s+(?:shall|should|will|would)\s+(?:be\s+(?:composed|comprised|made\s+up)\s+of|consist\s+of|"
                         r"comprise)\s+(?:an?\s+|one\s+)?⟦M\d+⟧(?=\s*,?\s+(?:at|in|on|from)\s+(?:the\s+)?⟦[LD])")),
    # a note's marker after its name, then where or when: "the fourth United Nations Conference to Review Progress …,9
    # in June 2024" (a marker that is no note ends the tail)
    ("note", re.compile(r"\s*,?\s*⟦S(\d+)⟧(?=\s*,?\s+(?:held\b|(?:in|on|at|from)\s+(?:the\s+)?⟦[LD]))")),
    # a quoted subtitle of what it reviews, with that decade's years: "… the Objectives of the International Decade
    # for Action, “Water for Sustainable Development”, 2018–2028, to be hosted by Tajikistan"
    ("aside", re.compile(r"\s*,\s*“[^”⟦]{3,150}”(?:\s*,\s*⟦D\d+⟧(?=\s*,))?")),
    # who met, up to where: "the regional forum of ministers responsible for communication, … from States members
    # of the Economic Community of Central African States, held on 30 and 31 January 2024 in Bangui"
    ("who", re.compile(r"\s+(?:responsible\s+for|from|representing)\s+(?:[^⟦;()]|⟦[BL]\d+⟧){3,250}?"
                       r"(?=,\s*(?:held|convened)\b)")),
    ("and", re.compile(r"\s*,?\s*and\s+(?=(?:held|hosted|organized|on|from|in)\b)")),
    # whose members met: "the fifty-eighth meeting of the Ministers for Foreign Affairs of the Association …, held in …"
    ("members", MEMBERS_OF),
    # how it met: "held in person with a livestreaming option from 25 to 29 August 2025", "held virtually on …"
    ("format", re.compile(r"\s+(?:in\s+person|virtually|online|in\s+(?:a\s+)?(?:hybrid|virtual|in-person)\s+format)"
                          r"(?:\s+with\s+(?:an?\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+option)?(?=\s*,?\s+(?:(?:on|from|in|at)\b|⟦[DL]))")),
    # a list of topics, or one without commas, up to where the meeting was held: "…, on peace, security and
    # the fight against terrorism, held in Lomé"; "the workshop on peaceful coexistence … held in Dakar"
    ("about", re.compile(r"\s*,\s*on\s+(?:the\s+)?[a-z][^⟦;()]{3,150}?(?=,\s*(?:held|convened)\b)")),
    ("about", re.compile(r"\s+on\s+(?:the\s+)?[a-z][^,⟦;()]{3,150}?(?=\s+held\b)")),
    ("about", re.compile(r"\s*,\s*on\s+(?:the\s+)?[a-z][^,⟦;]{3,90}(?=,)")),
    # "the high-level meeting on countering nuclear terrorism, with a focus on strengthening …, in New York on …"
    ("about", re.compile(r"\s*,\s*with\s+(?:a|an|the)\s+(?:particular\s+|special\s+)?focus\s+on\s+[a-z][^,⟦;()]{3,150}?"
                         r"(?=,)")),
    # "the joint summit of the Heads of State … and the Economic Community of Central African States"
    # "… of the Heads of State and Government of the ⟦B⟧ and the ⟦B⟧": who met for the two bodies
    ("owner", re.compile(r"\s+of\s+(?:the\s+)?(?:(?:Heads\s+of\s+State\s+and\s+Government|[Mm]inisters|[Mm]embers)"
                         r"\s+of\s+(?:the\s+)?)?⟦[BA]\d+⟧\s+and\s+(?:of\s+)?(?:the\s+)?⟦[BA]\d+⟧")),
    ("owner", re.compile(r"\s+of\s+(?:the\s+)?(?:⟦[BA]\d+⟧|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}(?=\s*,))")),
    # "the fifteenth meeting of the Conference of the Contracting Parties … in Victoria Falls": the series it is of
    ("series", re.compile(r"\s+of\s+(?:the\s+)?⟦M(\d+)⟧")),
]
_OF_SERIES = re.compile(r"⟦M(\d+)⟧\s+of\s+(?:the\s+)?$")


def numbers_a_series(session: Mention, series: Mention) -> bool:
    """"the fifteenth meeting" of "the Conference of the Contracting Parties to the Convention on Wetlands", "the
    thirteenth session" of "the World Urban Forum": a numbered session of a conference known by its name (a bare
    "Conference of the Parties" is any treaty's); with no number ("the first session of the Conference of the
    Parties held in a landlocked developing country" is said of another), it is not."""
    return bool(session.attrs.get("generic") and session.attrs.get("ordinal") and series.attrs.get("named")
                and not series.attrs.get("ordinal") and (re.search(r"\s(?:to|on)\s", series.label)
                                                         or not _ANY_TREATYS.fullmatch(series.label)))


# what any treaty's conference is called: "Conference of the Parties", "Meeting of States Parties"
_ANY_TREATYS = re.compile(r"(?:(?:Conference|Meetings?|Sessions?|Assembly|Plenary|Parties|States|Contracting|High|"
                          r"Review|of|the)\s*)+")


def _in_series(session: str | None, series: str | None) -> bool:
    """"series/conference-of-the-parties-to-x/15" is a meeting of "meeting/conference-of-the-parties-to-x"."""
    return bool(session and series) and session.startswith("series/") and \
        session.split("/")[1] == series.rsplit("/", 1)[-1]


_ADOPTED_BY_BEFORE = re.compile(r"\badopted\s+(?:by|at)\s+(?:the\s+)?$")


def meeting_tail(ctx: Context, view: View, index: int, key: str, rule: str = "meeting-held",
                 dates: bool = True) -> None:
    """Read "…, to be held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009" after a meeting; its
    dates too unless the caller dates it (one of several rounds "held in December 2024 and July 2025")."""
    if view.m(index).attrs.get("list_item"):
        return  # "the first, second, third and fourth Conferences …, in Oslo on …, in Nayarit …": not the last one's
    token = f"⟦{LETTER.get(view.m(index).kind, 'A')}{index}⟧"  # a meeting, or an anaphor or text that names one
    pos = view.template.find(token)
    if pos < 0:
        return
    of = _OF_SERIES.search(view.template, 0, pos)
    if of and view.m(index).kind == "meeting" and numbers_a_series(view.m(int(of.group(1))), view.m(index)):
        return  # "the fifteenth meeting of the Conference …, in Victoria Falls": where the fifteenth was held
    rest = view.template[pos + len(token):]
    sent = view.sentence
    # "the resolution … adopted by the 1995 Review and Extension Conference … on 11 May 1995": the day is the text's
    # (but "adopted at the Summit of the Future on 22 and 23 September 2024": two days are the meeting's)
    on_day = re.match(r"\s*,?\s*on\s+⟦D(\d+)⟧", rest)
    if on_day and dates and _ADOPTED_BY_BEFORE.search(view.template, max(0, pos - 30), pos):
        day = view.one_date(on_day.group(1))
        dates = not (day and len(day.start) == 10)
    listed = re.search(r"⟦M\d+⟧\s*,?\s+and\s+(?:the\s+)?$", view.template[:pos])
    if dates and not listed and _held_again(ctx, view, key, rest, rule):
        return
    town = None
    while rest:
        step = next(((w, m) for w, pattern in _TAIL if (m := pattern.match(rest))), None)
        if step is None:
            return
        what, m = step
        if what == "series" and not _in_series(key, view.keys.get(int(m.group(1)))):
            return
        if what == "note" and "footnote" not in view.m(m.group(1)).attrs:
            return
        rest = rest[m.end():]
        if what == "town":
            town = re.sub(r"^\s*,?\s*(?:in|on|at)\s+(?:the\s+)?", "", m.group(0)).strip()
        elif what == "town_alone":
            ctx.claim(key, "schema:location", town_in(ctx, m.group("town"), None, sent, rule), sent, rule)
        elif what == "place":
            place = key_of(ctx, view, m.group(1))
            if place and town and place.startswith("country/"):  # "Margarita Island, Bolivarian Republic of …"
                place = town_in(ctx, town, place, sent, rule)
            town = None
            if place:
                ctx.claim(key, "schema:location", place, sent, rule)
        elif what == "date" and dates and not (listed and len(view.dates(m.group(1))) > 1):
            # "the ⟦M⟧ and the ⟦M⟧ were held … on 9 and 10 September and 8 September 2025, respectively": one each
            # (graph/occasions.py), not the first for the last
            put_dates(ctx, key, view.dates(m.group(1)), sent, rule, parts=True)
        elif what in ("organizer", "host"):
            agent = key_of(ctx, view, m.group(1))
            if agent:
                ctx.claim(key, f"acta:{what}", agent, sent, rule)
            if agent and what == "host" and agent.startswith("country/"):  # the host country is where it meets
                ctx.claim(key, "schema:location", agent, sent, rule)
        elif what == "prepares":
            target = key_of(ctx, view, m.group(1))
            if target and target != key:
                ctx.claim(key, "acta:preparedFor", target, sent, rule)


# "the Nuclear Security Summit on 12 and 13 April 2010 in Washington, D.C., on 26 and 27 March 2012 in Seoul, … and on
# 31 March and 1 April 2016 in Washington, D.C.": one meeting held again and again, each time on its day, in its place
_WHERE = r"(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?"
_OCCASION = rf"(?:(?:on|from)\s+⟦D\d+⟧\s*,?\s*{_WHERE}|{_WHERE}\s*,?\s*(?:on|from)\s+⟦D\d+⟧)"
_HELD_AGAIN = re.compile(rf"(?:\s*,?\s*(?:which\s+(?:was|were)\s+)?held)?\s*,?\s*{_OCCASION}"
                         rf"(?:\s*,?\s*(?:and\s+)?{_OCCASION})+")


def _held_again(ctx: Context, view: View, key: str, rest: str, rule: str) -> bool:
    """Each occasion of a meeting the text says was held several times is its own meeting, part of the one named
    (its key and the day it began): the named one has no one date or place."""
    m = _HELD_AGAIN.match(rest)
    if not m:
        return False
    occasions = occasions_in(ctx, view, m.group(0))
    days = [o.value.start for o in occasions]
    if len(occasions) < 2 or len(set(days)) != len(days) or any(not o.places or o.value.vague for o in occasions):
        return False
    label, sent = ctx.registry.label(key), view.sentence
    for occasion in occasions:
        one = f"{key}/{occasion.value.start}"
        ctx.registry.add(one, "meeting", f"{label} of {occasion.value.text}")
        ctx.claim(one, "schema:superEvent", key, sent, rule)
        put_dates(ctx, one, [occasion.value], sent, rule)
        for place in occasion.places:
            ctx.claim(one, "schema:location", place, sent, rule)
    return True


# "Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting the Third United
# Nations Conference …", "thanked the Government of Germany for hosting the first session of the Plenary …": the host
_FOR_HOSTING = re.compile(r"\bGovernments?\s+(?:and\s+(?:the\s+)?people\s+)?of\s+(?:the\s+)?⟦L(?P<c>\d+)⟧"
                          r"[^⟦;]{0,80}?\s+for\s+(?:their\s+[^⟦;]{0,60}?\s+and\s+for\s+)?hosting\s+(?:the\s+)?⟦M(?P<m>\d+)⟧")


def rule_for_hosting(ctx: Context, view: View) -> None:
    for m in _FOR_HOSTING.finditer(view.template):
        country, meeting = key_of(ctx, view, m.group("c")), key_of(ctx, view, m.group("m"))
        if country and country.startswith("country/") and meeting and ctx.registry.get(meeting).kind == "meeting":
            ctx.claim(meeting, "acta:host", country, view.sentence, "for-hosting")


# "Recalling the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear Safety",
# "Noting the convening by the Secretary-General of the high-level meeting on nuclear safety and security": who
# organized the meeting (what convened it, `acta:convenedBy`, is a text)
# (or "the holding by the International Atomic Energy Agency of the fourth International Conference on Nuclear
# Security …, in Vienna in May 2024, the third …, in Vienna in February 2020, … and the first …": each of the list)
_OCCASION_TAIL = r"(?:\s*,?\s*(?:in|at|on|from)\s+(?:the\s+)?⟦[LD]\d+⟧|\s*,\s*⟦L\d+⟧|\s*:\s*[A-Z][^⟦,;]{0,80}?(?=,))*"
# (a State convenes too: "Welcoming the convening by Indonesia of the third Conference of States Parties …"; the
# convening one is its convener, a kind of organizer)
_CONVENING_BY = re.compile(r"\b(?P<verb>convening|holding|organization)\s+by\s+(?:the\s+)?⟦[BL](?P<b>\d+)⟧\s+of\s+"
                           rf"(?:the\s+|an?\s+)?(?P<list>⟦M\d+⟧{_OCCASION_TAIL}(?:\s*,\s*(?:and\s+)?(?:the\s+)?⟦M\d+⟧{_OCCASION_TAIL})*)")
# "at the Review Conference of the Rome Statute, which was convened and opened by the Secretary-General"
_CONVENED_BY_AGENT = re.compile(r"⟦M(?P<m>\d+)⟧\s*,?\s+(?:which|that)\s+was\s+convened\s+(?:and\s+[a-z]+\s+)?by\s+"
                                r"(?:the\s+)?⟦[BLP](?P<b>\d+)⟧(?!\s*(?:’s|'s|\s+of\b))")
_AGENT_KINDS = ("body", "officer", "country")


def rule_convening_by(ctx: Context, view: View) -> None:
    for m in _CONVENING_BY.finditer(view.template) if " by " in view.template else ():
        body = key_of(ctx, view, m.group("b"))
        if not body or ctx.registry.get(body).kind not in _AGENT_KINDS:
            continue
        role = "acta:convener" if m.group("verb") == "convening" else "acta:organizer"
        for index in re.findall(r"⟦M(\d+)⟧", m.group("list")):
            meeting = key_of(ctx, view, index)
            if meeting and ctx.registry.get(meeting).kind == "meeting":
                ctx.claim(meeting, role, body, view.sentence, "convening-by")
    for m in _CONVENED_BY_AGENT.finditer(view.template) if "convened" in view.template else ():
        meeting, agent = key_of(ctx, view, m.group("m")), key_of(ctx, view, m.group("b"))
        if meeting and agent and kind_of(ctx, meeting) == "meeting" and kind_of(ctx, agent) in _AGENT_KINDS:
            ctx.claim(meeting, "acta:convener", agent, view.sentence, "convening-by")


# "Decides to convene, in New York, a one-week biennial meeting of States in 2026 … and a one-week biennial meeting of
# States in 2028": the place comes first and holds for each meeting of the clause
_CONVENE_IN = re.compile(r"\bconvene\s*,\s*(?:in|at)\s+(?:the\s+)?⟦L(\d+)⟧\s*,\s*(?:[^;⟦]|⟦[MD]\d+⟧)*$")


# what happened "in Yaoundé on 27 April 2022, at the end of the regional conference on …" happened where the
# meeting was (an end date alone, with no start, is not kept: see facts.py)
_AT_THE_END_OF = re.compile(r"\bin\s+⟦L(\d+)⟧\s*,?\s*(?:(?:on|from)\s+⟦D\d+⟧\s*,?\s*)?(?:at\s+the\s+(?:end|close|"
                            r"conclusion)|(?:on|in)\s+the\s+(?:margins|sidelines))\s+of\s+(?:the\s+)?$")


# a declaration's opening: "We, the Heads of State and Government …, met in Awaza, Turkmenistan, from 5 to 8 August
# 2025 at the Third United Nations Conference …", "… have gathered in Doha from 4 to 6 November 2025 at the Second …"
_MET_IN_AT = re.compile(r"\b(?:met|gathered|assembled)\s+in\s+⟦L(?P<place>\d+)⟧(?:\s*,\s*⟦L(?P<country>\d+)⟧)?\s*,?\s*"
                        r"(?:(?:on|from)\s+)?(?:⟦D(?P<date>\d+)⟧\s*,?\s*)?(?:at|for)\s+(?:the\s+)?$")


def place_before(ctx: Context, view: View, index: int, key: str) -> None:
    """The place a convening clause gives before its meetings (for a meeting keyed after its mention was read),
    or the place and day of what happened at its end or on its margins."""
    token = view.template.find(f"⟦M{index}⟧")
    if token <= 0:
        return
    m = _CONVENE_IN.search(view.template, 0, token)
    place = key_of(ctx, view, m.group(1)) if m else None
    if place:
        ctx.claim(key, "schema:location", place, view.sentence, "convened-in")
        return
    met = _MET_IN_AT.search(view.template, 0, token)
    if met:
        for group in ("place", "country"):
            place = key_of(ctx, view, met.group(group))
            if place:
                ctx.claim(key, "schema:location", place, view.sentence, "met-in-at")
        if met.group("date"):
            put_dates(ctx, key, view.dates(met.group("date")), view.sentence, "met-in-at")
        return
    at = _AT_THE_END_OF.search(view.template, 0, token)
    place = key_of(ctx, view, at.group(1)) if at else None
    if not place:
        return
    ctx.claim(key, "schema:location", place, view.sentence, "held-where-it-happened")


# --- a list of meetings and their occasions (graph/meeting_lists.py reads the list) ----------------------

_STEP = re.compile(r"(?P<places>(?:in|at)\s+(?:the\s+)?⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?)|⟦D(?P<d>\d+)⟧|"
                   r"(?P<notes>⟦S\d+⟧(?:\s*,?\s*⟦S\d+⟧)*)")


@dataclass
class _Occasion:
    value: DateValue
    places: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)   # the indexes of the note markers that are its documents


def occasions_in(ctx: Context, view: View, tail: str) -> list[_Occasion]:
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


# "the first Conference of States Parties …, on 4 November 2010, the second Conference of States Parties, on 12 and
# 13 November 2012, …, and the sixth Conference of States Parties, on 24 and 25 October 2024, all held in Addis
# Ababa": the place of every meeting the clause lists before it (two or more)
_ALL_HELD = re.compile(r"\s*,?\s+(?:all|both|each)\s+(?:of\s+(?:which|them)\s+)?(?:were\s+)?held\s+(?:in|at)\s+"
                       r"(?:the\s+)?(?P<places>⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?)")


_HELD_ITEM = r"(?:the\s+)?⟦M\d+⟧(?:\s*\(⟦I\d+⟧\))?(?:\s*,?\s*(?:on|from|in)\s+⟦D\d+⟧)?"
_HELD_LIST = re.compile(rf"{_HELD_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_HELD_ITEM})+$")


def rule_all_held_in(ctx: Context, view: View) -> None:
    for m in _ALL_HELD.finditer(view.template) if "held" in view.template else ():
        listed = _HELD_LIST.search(view.template, 0, m.start())  # the list right before it, nothing between
        meetings = [k for i in re.findall(r"⟦M(\d+)⟧", listed.group()) if (k := resolve_mention(ctx, view, int(i)))] \
            if listed else []
        if len(set(meetings)) < 2 or any(ctx.registry.get(k).kind != "meeting" for k in meetings):
            continue
        places = [k for i in re.findall(r"⟦L(\d+)⟧", m.group("places")) if (k := resolve_mention(ctx, view, int(i)))]
        for key in dict.fromkeys(meetings):
            for place in places:
                ctx.claim(key, "schema:location", place, view.sentence, "all-held-in")


# "the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo (1999), Geneva (2000), …,
# Geneva (2008 and 2010), …, the Dead Sea (2007), … and Geneva (2022 and 2023)": each numbered meeting of the range (or
# list), in order, in the place and year the list gives it; read only when the counts agree
_YEARS = r"\((?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s*(?:19|20)\d\d)*\)"
_TOWN = r"(?:the\s+)?(?:⟦L\d+⟧|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?:\s*,\s*⟦L\d+⟧)?"
_PLACE_YEARS = re.compile(rf"(?P<place>{_TOWN})\s*(?P<years>{_YEARS})")
_HELD_IN_YEARS = re.compile(rf"(?P<meetings>⟦M\d+⟧\s+to\s+(?:the\s+)?⟦M\d+⟧|⟦M\d+⟧(?:\s*,\s*⟦M\d+⟧)*\s*,?\s+and\s+"
                            rf"(?:the\s+)?⟦M\d+⟧)\s*,?\s+(?:which\s+were\s+)?held\s+in\s+"
                            rf"(?P<items>{_TOWN}\s*{_YEARS}(?:\s*(?:,\s*and|,|and)\s+{_TOWN}\s*{_YEARS})*)")


def _numbered(ctx: Context, view: View, tokens: list[int], is_range: bool) -> list[str]:
    """The meetings a range ("the First to Twenty-first Meetings …") or a list of numbered meetings names, in order."""
    keys = [resolve_mention(ctx, view, i) for i in tokens]
    ordinals = [view.m(i).attrs.get("ordinal") for i in tokens]
    if not all(keys) or not all(ordinals) or any(kind_of(ctx, k) != "meeting" for k in keys):
        return []
    if not is_range:
        return keys if len(set(keys)) == len(keys) else []
    (first, last), series = ordinals, view.m(tokens[-1]).attrs.get("series")
    prefix = keys[-1].rsplit("/", 1)[0]
    if not series or last <= first or not keys[0].endswith(f"/{first}") or not keys[-1].endswith(f"/{last}") \
            or keys[0].rsplit("/", 1)[0] != prefix:
        return []
    out, sent = [], view.sentence
    parent = ctx.claimed(keys[-1], "schema:superEvent")
    for n in range(first, last + 1):
        key = f"{prefix}/{n}"
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "meeting", f"{upper_first(english_ordinal(n))} {series}")
            ctx.claim(key, "acta:ordinal", Lit(str(n), "xsd:integer"), sent, "numbered-occasions")
            if parent:
                ctx.claim(key, "schema:superEvent", parent, sent, "numbered-occasions")
        out.append(key)
    return out


def town_in(ctx: Context, town: str, country: str | None, sent, rule: str) -> str:
    """A town no gazetteer knows ("Margarita Island", "the Dead Sea"), in the country the text names after it."""
    city = ensure_place(ctx, f"city/{slugify(town)}", town, "city", sent)
    if country and country.startswith("country/") and ctx.claimed(city, "schema:containedInPlace") is None:
        ctx.claim(city, "schema:containedInPlace", country, sent, rule)
    return city


def _place_of(ctx: Context, view: View, words: str) -> str | None:
    """"Geneva", "Cartagena, Colombia", "the Dead Sea", "Siem Reap, Cambodia": a place the gazetteer knows, or a town
    (in the country named after it)."""
    tokens = [int(i) for i in re.findall(r"⟦L(\d+)⟧", words)]
    town = re.sub(r"\s*,\s*⟦L\d+⟧$", "", words).strip()
    if town.startswith("⟦"):
        return resolve_mention(ctx, view, tokens[0])
    country = resolve_mention(ctx, view, tokens[-1]) if tokens else None
    return town_in(ctx, re.sub(r"^the\s+", "", town), country, view.sentence, "numbered-occasions")


def rule_numbered_occasions(ctx: Context, view: View) -> None:
    if "held in" not in view.template:
        return
    for m in _HELD_IN_YEARS.finditer(view.template):
        tokens = [int(i) for i in re.findall(r"⟦M(\d+)⟧", m.group("meetings"))]
        meetings = _numbered(ctx, view, tokens, " to " in m.group("meetings"))
        occasions = [(item.group("place"), year) for item in _PLACE_YEARS.finditer(m.group("items"))
                     for year in re.findall(r"(?:19|20)\d\d", item.group("years"))]
        if not meetings or len(occasions) != len(meetings):
            continue
        for key, (words, year) in zip(meetings, occasions, strict=True):
            place = _place_of(ctx, view, words)
            if place:
                ctx.claim(key, "schema:location", place, view.sentence, "numbered-occasions")
            ctx.claim(key, "schema:startDate", Lit(year, "xsd:gYear"), view.sentence, "numbered-occasions")


def meeting_of_a_day(ctx: Context, what: str, day: str, label: str) -> str:
    """A meeting the text names only by what it is and the day it began ("the ministerial meeting held in New York on
    24 September 2024", "the conferences on … convened by Norway, on 4 and 5 March 2013, …"): keyed by both."""
    key = f"meeting/{slugify(what)}/{day}"
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, "meeting", label)
    return key


# "the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, Mexico,
# on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014, and, most recently, on 20 June 2022": a meeting
# word in the plural with its topic, one meeting per convener and date (and one per date after "and, … on")
_CONVENED_EACH = re.compile(
    r"⟦M(?P<m>\d+)⟧\s+on\s+(?P<topic>(?:the\s+)?[a-z][a-z -]{3,120}?)\s*,\s*(?P<verb>convened|hosted|organized)\s+by\s+"
    r"(?P<items>⟦L\d+⟧\s*,?\s*on\s+⟦D\d+⟧(?:\s*,\s*(?:and\s+)?⟦L\d+⟧\s*,?\s*on\s+⟦D\d+⟧)+)"
    r"(?P<more>\s*,\s*and\s*,?\s*(?:(?:most\s+)?recently\s*,\s*)?on\s+⟦D\d+⟧)?")


_ROLE_BY_VERB = {"convened": "acta:convener", "hosted": "acta:host", "organized": "acta:organizer"}


def rule_convened_each(ctx: Context, view: View) -> None:
    if "convened by" not in view.template and "hosted by" not in view.template \
            and "organized by" not in view.template:
        return
    for m in _CONVENED_EACH.finditer(view.template):
        word = view.m(m.group("m"))
        if not word.attrs.get("generic") or not word.text.rstrip().endswith("s") or word.attrs.get("ordinal"):
            continue  # "the conferences", "the regional workshops": several meetings, unnumbered
        head = re.sub(r"^(?:the|its|their)\s+", "", word.attrs.get("type") or word.text).rstrip("s")
        topic = view.phrase(m.group("topic"))
        items = [(int(l_), int(d)) for l_, d in re.findall(r"⟦L(\d+)⟧\s*,?\s*on\s+⟦D(\d+)⟧", m.group("items"))]
        items += [(None, int(d)) for d in re.findall(r"⟦D(\d+)⟧", m.group("more") or "")]
        for place, d in items:
            values = view.dates(d)
            if len(values) != 1 or values[0].precision in ("vague", "year"):
                continue
            host = resolve_mention(ctx, view, place) if place is not None else None
            key = meeting_of_a_day(ctx, f"{head} on {topic}", values[0].start, f"{head} on {topic}, {view.m(d).text}")
            put_dates(ctx, key, values, view.sentence, "convened-each")
            if host and ctx.registry.get(host).kind == "country":  # (the text's verb: its convener, host, organizer)
                ctx.claim(key, _ROLE_BY_VERB[m.group("verb")], host, view.sentence, "convened-each")


# "the two previous Review Conferences held in 2015 and 2022", "the Sustainable Development Goals Summits held in 2019
# and 2023": a meeting of the series a year, named so ("the 2015 Review Conference")
_PLURAL_HELD_IN = re.compile(r"\b(?P<name>(?:[A-Z][\w-]*\s+){1,6}?(?:Conference|Summit|Meeting|Forum)s)\s+held\s+in\s+"
                             r"⟦D(?P<d>\d+)⟧")


def rule_plural_held_in(ctx: Context, view: View) -> None:
    for m in _PLURAL_HELD_IN.finditer(view.template) if "s held in ⟦D" in view.template else ():
        values = view.dates(m.group("d"))
        if len(values) < 2 or any(v.precision != "year" or v.end for v in values):
            continue
        name = re.sub(r"s$", "", re.sub(r"\s+", " ", m.group("name")))
        for value in values:
            _of_the_series(ctx, view, name, value.start, f"{value.start} {name}", year=value.start)


# "the successful convening of the first three Meetings of States Parties to the Treaty, in 2022, 2023 and 2025": the
# first, second and third of the series, one a year
_FIRST_N = re.compile(r"\bfirst\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+⟦M(?P<m>\d+)⟧\s*,?\s*"
                      r"(?:held\s+)?in\s+⟦D(?P<d>\d+)⟧")


def rule_first_n(ctx: Context, view: View) -> None:
    for m in _FIRST_N.finditer(view.template) if "first " in view.template else ():
        values, count = view.dates(m.group("d")), CARDINALS[m.group("n")]
        plural = view.m(m.group("m")).text
        name = re.sub(r"^(\w+?)s\b", r"\1", re.sub(r"\s+", " ", plural))
        if len(values) != count or any(v.precision != "year" or v.end for v in values) or name == plural:
            continue
        for n, value in enumerate(values, start=1):
            _of_the_series(ctx, view, name, str(n), f"{english_ordinal(n)} {name}", ordinal=n, year=value.start)


def _of_the_series(ctx: Context, view: View, series: str, ident: str, label: str, **attrs) -> str:
    """A meeting of a series the sentence names in the plural, read as its own mention ("the 2015 Review Conference",
    "the second Meeting of States Parties …") would be."""
    mention = Mention("meeting", view.sentence.start, view.sentence.start, series, f"{series_key(series)}/{ident}",
                      label, {"named": True, "series": series, **attrs})
    return named_meeting(ctx, mention, view.sentence)


RULES = (rule_numbered_occasions, rule_for_hosting, rule_convening_by, rule_all_held_in,
         rule_convened_each, rule_plural_held_in, rule_first_n)
