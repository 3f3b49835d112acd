"""Meetings, sessions and conferences, with their ordinals and series.

"Second Meeting of Ministers Responsible for Public Security in the Americas"
and "MISPA II" are one meeting: the ordinal and the series give the key.
Generic ones ("thirty-ninth regular session", "briefing session", "52nd plenary
meeting") are keyed later, by the body and date the rules find around them.
"""

from __future__ import annotations

import re

from .bodies import series_catalogue
from .instruments import title_end
from .mentions import (
    CAPITALISED_WORD,
    GENERIC_MEETING_HEADS,
    MEETING_HEADS,
    MEETING_WORD,
    ORDINAL_WORD,
    SPACE,
    Mention,
    english_ordinal,
    ordinal_value,
    roman_value,
)
from .symbols import MONTHS
from .text import slugify

_HEAD_ANYWHERE = re.compile(MEETING_HEADS)  # a named meeting holds one of these: a sentence without any has none
_GENERIC_HEAD = re.compile(GENERIC_MEETING_HEADS)  # nor a generic one without these
# (a word in brackets inside a title: "… Stockpiling of Bacteriological (Biological) and Toxin Weapons …", not an
# acronym: "(UNCTAD)")
_CAP = rf"(?:{CAPITALISED_WORD}|[IVX]+|\([A-Z][a-z][\w-]*\))"
# "… Prevention of an Arms Race in Outer Space", "the Entry into Force of …", "the Relationship between …"
# (not "and the Meeting …": two meetings, "the Meeting of the Group of Experts … and the Meeting of Experts …")
# "the Thirteenth Conference of Heads of State or Government of Non-Aligned Countries"
# ("… Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia": a relative clause in title case)
# ("the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol": one body)
_CONNECT = (r"(?:of|on|for|and(?!\s+the\s+(?:Meeting|Conference|Summit|Session)\b)|in|the|to|against|at|with|an|"
            r"into|between|Made|All|Its|or(?=\s+Government\b)|"
            r"serving[ \t]+as(?:[ \t]+the[ \t]+meeting[ \t]+of)?(?=[ \t]+the[ \t]+(?:Meeting|Parties)\b)|"
            r"that(?=\s+[A-Z][a-z]+\s+[A-Z])(?!\s+(?:States?|Member|Governments?|Parties|The)\b))")
_SP = SPACE
_SERIES = rf"(?:,{_SP}{_CAP}(?=(?:,{_SP}{_CAP})*{_SP}and{_SP}{_CAP}))"  # "Prevent, Combat and Eradicate"
_NAME = rf"{_CAP}(?:(?:{_SP}(?:{_CONNECT}{_SP})*{_CAP})|{_SERIES})*"
_NAMED = re.compile(
    rf"(?:(?P<ord>(?i:{ORDINAL_WORD}))[ \t]+)?(?P<name>(?:{_NAME}:[ \t]+)?{_NAME})", re.M
)
_LOWER_MODS = (r"(?:regular|special|extraordinary|ordinary|substantive|organizational|high-level|plenary|"
               r"ministerial|annual|biennial|preparatory|briefing|informal|formal|closing|opening|resumed|"
               r"emergency|joint|technical|interministerial|bilateral|trilateral|tripartite|quadripartite|regional|"
               r"subregional|review|first|second|third|fourth|fifth|intergovernmental|multi-stakeholder|ad hoc|and|"
               # "a preparatory committee meeting", "an expert group meeting", "an informal expert workshop"
               r"committee|expert\s+group|expert|stakeholder)")
_HELD_NEXT = (r"(?=\s*,\s*(?:convened|held)\b|\s+(?:(?:was|were|is|will\s+be)\s+)?(?:convened|held)\s+"
              r"(?:in|at|from|on)\b)")
_GENERIC = re.compile(
    rf"\b(?:(?P<ord>{ORDINAL_WORD})\s+)?"
    # how long, which is not what it is: "a one-week biennial meeting of States", "a one- week" cut by a line break
    r"(?P<length>(?:one|two|three|four|five|six|seven|eight|nine|ten|half|\d+)-\s?(?:day|week|month)\s+)?"
    rf"(?P<mods>(?:{_LOWER_MODS}\s+)*)(?P<head>{GENERIC_MEETING_HEADS})s?\b"
    # who meets, when the meeting has no owner body: "biennial meeting of States", "meeting of senior officials"
    r"(?P<who>\s+of\s+(?:States(?:\s+Parties)?|(?:the\s+)?Parties|[Mm]inisters|senior\s+officials|"
    r"(?:government\s+)?experts|Heads\s+of\s+State\s+and\s+Government))?"
    # named by what it is about: an ordinal meeting "third ad hoc ... meeting on an intergovernmental platform ...",
    # any one "on" a topic: "the workshop on peaceful coexistence between farmers and herders … held in Dakar"
    r"(?(ord)(?P<comp>(?<=\w)\s+(?:of|on|to)\s+(?:(?:the|an?)\s+(?=[a-z])|(?!(?:the|an?)\s))[a-z][^,;()\n]{3,200}?"
    # … or an organ's meeting named by its task: "the second session of the Plenary meeting to determine modalities …"
    rf"{_HELD_NEXT}|(?<=\w)\s+of\s+the\s+[A-Z][a-z]+\s+meeting\s+to\s+[a-z][^,;()\n]{{3,200}}?{_HELD_NEXT})?"
    rf"|(?P<topic>(?<=\w)\s+on\s+(?:(?:the|an?)\s+(?=[a-z])|(?!(?:the|an?)\s))[a-z][^,;()\n]{{3,200}}?{_HELD_NEXT})?)"
)
# a meeting a text convenes, named by what it is on: "for the Secretary-General to convene a one-day meeting on victim
# assistance and environmental remediation that encouraged …", "the holding of the high-level meeting on countering
# nuclear terrorism, with a focus on …" (the topic: lowercase words up to the clause's next turn)
_CONVENE_BEFORE = re.compile(r"\b(?:convene|convening\s+of|hold|holding\s+of|organize|organizing|organization\s+of|"
                             # "the convening by the Secretary-General of the high-level meeting on …"
                             r"convening\s+by\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'-]*){0,8}\s+of)"
                             r"\s+(?:a|an|the)\s+$")
_TURN = r"(?:that|which|who|whose|to|in|at|with|for|during|from|by|on|under|as|and\s+(?:the|to|in|on)|held|convened)"
_TOPIC_WORDS = re.compile(rf"\s+on\s+(?:the\s+)?[a-z][a-z-]*(?:\s+(?!{_TURN}\b)[a-z][a-z-]*){{0,12}}"
                          rf"(?=\s*[,;.)]|\s+{_TURN}\b|\s*$)")
# a lowercase meeting named by its topic where something happened at its end or on its margins
_AT_ITS_END = re.compile(r"(?:\bat\s+the\s+(?:end|close|conclusion)|\b(?:on|in)\s+the\s+(?:margins|sidelines))\s+of\s+"
                         r"(?:the|an?)\s+$")
_TOPIC_TO_CLAUSE_END = re.compile(r"\s+on\s+(?:(?:the|an?)\s+(?=[a-z])|(?!(?:the|an?)\s))[a-z][^,;()\n]{3,200}?"
                                  r"(?=\s*[,;.)]|\s*$)")
# who a meeting is held with is not its name: "the … Meeting of States Parties to the Convention … with States not
# Parties to the Convention", "… with Member States and observers"
_WITH_WHO = re.compile(r"\s+with\s+(?:the\s+)?(?:States|Member\s+States|Governments|Observers|Signatories|"
                       r"Partners)\b.*$", re.S)
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d{2})[ \t]+$")  # a meeting known by its year: "the 2010 Review Conference"
_LEAD_ORDINAL = re.compile(rf"((?i:{ORDINAL_WORD}))[ \t]+")
_RANGE_TO = re.compile(rf"to[ \t]+((?i:{ORDINAL_WORD}))[ \t]+")
_BETWEEN = re.compile(r"\b(?:bi|tri|quadri)(?:lateral|partite)\b")
_SERIES_ACRONYM = re.compile(r"\b(?P<acr>[A-Z]{3,10})\s+(?P<roman>[IVX]{1,5})\b")
_STOP_LEAD = {"the", "The", "its", "Its", "at", "At", "of", "in", "In", "This", "That", "A", "An", "Recalling", "See",
              "Welcoming", "Noting", "Decides", "Also", "by", "By", "On", "on", "held", "and", "And",
              # a paragraph's verb before a name: "Requests the Conference on Disarmament", "Invites the …"
              "Requests", "Invites", "Urges", "Calls", "Encourages", "Welcomes", "Notes", "Recalls", "Reaffirms",
              "Stresses", "Emphasizes", "Underlines", "Commends", "Expresses", "Takes", "Acknowledges",
              "Recognizes", "Supports", "Endorses", "Appeals", "Reiterates", "Further", "Again"}
# who holds a post at a meeting or body is no meeting: "the successive Presidents of the Conference"
_OFFICER = re.compile(r"(?:(?:Co-|Vice-)?Chair(?:person|man|woman)?s?|Presidents?|Vice-Presidents?|Secretary-General|"
                      r"Secretariat|Bureau|Rapporteurs?)\s+of\b")
# a text a meeting gave its name to, named after it: "the 2005 World Summit Outcome"
_TEXT_AFTER = re.compile(r"\s(?:Outcome|Declaration|Document|Report|Programme\s+of\s+Action|Plan\s+of\s+Action)$")


# a text named after a meeting: "[Recalling the] Final Document of the Tenth Special Session", "Addis Ababa Action
# Agenda of the Third International Conference on Financing for Development"
_TEXT_NOUN = re.compile(r"\b(?:Declaration|Documents?|Report|Agenda|Communiqué|Outcome|Records?|Proceedings|"
                        r"Programme\s+of\s+Action|Plan\s+of\s+(?:Action|Implementation))\b")


def _inner_meeting(name: str) -> int | None:
    """Where the meeting starts in a name that may be a text's ("… Declaration of the World Summit"): 0 for a meeting's
    own name, the offset after "<text> of the" for a text named after its meeting, None for a text about something
    else that only mentions meetings ("… Declaration on the Participation of Women in the Statutory Meetings …")."""
    head = MEETING_WORD.search(name)
    texts = list(_TEXT_NOUN.finditer(name, 0, head.start())) if head else []
    if not texts:
        return 0
    of = re.match(r"\s+of\s+(?:the\s+)?", name[texts[-1].end():])
    return texts[-1].end() + of.end() if of else None


def _around_listed_body(name: str) -> int | None:
    """Where the meeting starts in a name that holds a listed body: after "<listed body> of the" ("the convening by
    the International Atomic Energy Agency of the Ministerial Conference on Nuclear Safety"); None when its only
    meeting word is in a listed body's name ("the Presidents of the Conference on Disarmament", "China and the
    Russian Federation at the Conference on Disarmament")."""
    from .bodies import after_listed_body, lookup
    for m in after_listed_body(name):
        if MEETING_WORD.search(name[m.end():]):
            return m.end()
    for m in re.finditer(r"\s+(?:of|at|in)\s+the\s+", name):
        if lookup(name[m.end():]) and not MEETING_WORD.search(name[:m.start()]):
            return None
    return 0


def _ordinal_at(text: str, s: int, end: int) -> re.Match[str] | None:
    """An ordinal word opening a name at `s`, when a meeting word follows it ("Eleventh Conference of …")."""
    m = _LEAD_ORDINAL.match(text, s, end)
    return m if m and MEETING_WORD.search(text, m.end(), end) else None


_PLURAL_HEAD = re.compile(r"\b(Conference|Meeting|Summit|Session)s\b")
_ITEM_BEFORE = re.compile(rf"(?:((?:19|20)\d{{2}})|({ORDINAL_WORD}))\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _has_head(words: str, listed: bool) -> bool:
    """A meeting word in the name; after a list, its plural too."""
    return bool(MEETING_WORD.search(_PLURAL_HEAD.sub(r"\1", words) if listed else words))


def _earlier_items(text: str, end: int, name: str, years: bool) -> list[Mention]:
    """The list items before the last one, each its own meeting of the series ``name``."""
    out = []
    while (item := _ITEM_BEFORE.search(text, max(0, end - 30), end)) is not None:
        value = item.group(1) if years else item.group(2)
        if not value:
            break
        if years:
            mention = Mention("meeting", item.start(), item.start() + len(value), value,
                              f"{series_key(name)}/{value}", f"{value} {name}",
                              {"named": True, "list_item": True, "series": name, "year": value})
        elif number := ordinal_value(value):
            mention = _numbered_item(value, item.start(), name, number)
        else:
            break
        out.append(mention)
        end = item.start()
    return out


def _numbered_item(word: str, start: int, name: str, number: int) -> Mention:
    """One meeting of a list or range named by its ordinal alone: "the first, second and third Meetings …"."""
    return Mention("meeting", start, start + len(word), word, f"{series_key(name)}/{number}",
                   f"{english_ordinal(number).capitalize()} {name}",
                   {"named": True, "list_item": True, "series": name, "ordinal": number})


def series_key(name: str) -> str:
    for key, series in series_catalogue().items():
        if name.lower() == series["label"].lower():
            return key
    return "series/" + slugify(name)


def _series_by_acronym(acr: str) -> dict | None:
    for key, series in series_catalogue().items():
        if acr in series.get("acronyms", []):
            return {"key": key, **series}
    return None


def _cut_listed_body(name: str) -> str:
    """"Disarmament Commission and the Conference on Disarmament" is two bodies, not one meeting ("… for Their
    Manufacture, Repair and Assembly" is no body: a lone word names none)."""
    from .bodies import lookup
    for m in re.finditer(r"\s+and\s+(?:the\s+)?", name):
        if any(" " in side and lookup(side) for side in (name[:m.start()], name[m.end():])):
            return ""
    return name


def _cut_place(name: str, after: str = "") -> str:
    """"Meeting of States in New York" is the Meeting of States, held in New York; so is "… on Wetlands in Victoria
    Falls" when a country follows the name (", Zimbabwe"): a town no list knows, placed as places.find_places does."""
    from . import places
    for m in re.finditer(r"\s+(?:in|at)\s+(?:the\s+)?", name):
        rest = name[m.end():]
        if any(places.is_country(rest[:n]) or places.city_country(rest[:n]) for n in range(len(rest), 2, -1)
               if n == len(rest) or not rest[n].isalnum()):
            return name[:m.start()]
    town = _TOWN_AT_END.search(name)
    country = re.match(r",\s*(?P<c>[A-Z][^,.;\n]{2,60})", after)
    if town and country and places.country_starting(country.group("c")):
        return name[:town.start()]
    return name


# a meeting named by what it is, as the clause that convenes it says: "Decides to convene, in New York, on a date to
# be decided later, a United Nations high-level international conference on nuclear disarmament", "to convene a
# joint half-day panel discussion of …", "to convene informal exchanges in Geneva", "to establish … an annual
# “peacebuilding week”"; what it is about ("on …") is part of its name
_CONVENED_HEADS = (r"(?:conference|meeting|summit|session|workshop|forum|dialogue|panel\s+discussion|exchanges|"
                   r"consultations|symposium|seminar|retreat|event|debate|round\s?table|hearing)")
_CONVENED = re.compile(
    r"\b(?P<verb>convene|convening|hold|holding|organi[sz]e|organi[sz]ing)\b"
    r"(?:\s*,(?:[^,;\n⟦]){1,60}?(?=,)){0,3}\s*,?\s+(?:of\s+)?(?:(?P<art>an?|the)\s+)?"
    r"(?P<name>(?:United\s+Nations\s+)?(?P<mods>(?:(?!(?:its|their|his|her|this|that|these|those|such|further|"
    r"and|or|of|on|in|at|to|for|with|by)\s)[a-z][a-z]*(?:-\s?[a-z]+)*\s+){0,5}?)"
    rf"(?P<head>{_CONVENED_HEADS})\b"
    # what it is about runs to the clause's end: "on victim assistance and environmental remediation that …"
    r"(?:(?P<topic>\s+on\s+(?:the\s+)?[a-z][^,;:()\n]{3,150}?)"
    # (nor "… under the auspices of the General Assembly in 2031": who holds it, and when)
    r"(?=\s*[,;:.(]|\s+(?:to\s+[a-z]+|that|which|who|whose|(?:in|at)\s+[A-Z]|with\s+a|under\s+the\s+auspices|"
    r"in\s+(?:19|20)\d\d)\b|\s*$)|"
    r"(?=\s+(?:to|in|at|for|of|with|under|during|from|between|among|that|which|as|and|by|no)\b|\s*[,;:.(]|\s*$)))")
_CONVENED_QUOTED = re.compile(r"\b(?:convene|establish|hold|organi[sz]e)\b(?:\s*,[^,;\n]{1,60}?(?=,)){0,3}\s*,?\s+"
                              r"(?:an?\s+)?(?:annual\s+|biennial\s+)?[“\"](?P<name>[^”\"\n]{2,60}?\b(?:week|"
                              + _CONVENED_HEADS[3:-1] + r"))[”\"]")
# a series of meetings of one kind, convened as one: "the President …, with the support of the Implementation Support
# Unit …, consulted further and convened a series of dialogues open to States Parties and other stakeholders"
_CONVENED_SERIES = re.compile(r"\b(?:convene[ds]?|convening|hold|held|holding|organi[sz]e[ds]?|organi[sz]ing)\s+an?\s+"
                              r"(?P<name>series\s+of\s+(?:(?:informal|formal|open|regional|thematic|virtual|online|"
                              r"high-level|technical|expert)\s+){0,2}(?P<head>dialogues|consultations|meetings|"
                              r"workshops|seminars|webinars|briefings|round\s?tables|panel\s+discussions))\b")
# and said to have been convened: "noting with appreciation the open informal consultations convened in 2025 pursuant
# to resolution 79/62" (heads that are no generic meeting's: graph/mentions.py GENERIC_MEETING_HEADS)
_PAST_HEADS = (r"(?:consultations|exchanges|dialogues?|panel\s+discussions?|symposi(?:um|a)|seminars?|retreats?|"
               r"round\s?tables?|hearings)")
_CONVENED_PAST = re.compile(r"\bthe\s+(?P<name>(?:(?!(?:its|their|this|that|these|those|such|further)\s)"
                            rf"[a-z][a-z]*(?:-[a-z]+)*\s+){{1,4}}?(?P<head>{_PAST_HEADS}))\s+(?=(?:convened|held|"
                            r"organi[sz]ed)\s+(?:in|on|from|by|at)\b)")
_PAST_HEAD = re.compile(rf"{_PAST_HEADS}\s+(?:convened|held|organi[sz]ed)\b")  # (a cheap test before the pattern)
_ORDINAL_IN = re.compile(rf"\b(?i:{ORDINAL_WORD})\b")


def _convened(text: str, start: int, end: int) -> list[Mention]:
    """A meeting the clause convenes or holds, named by its kind and topic: keyed by its topic when it has one (one
    conference, whichever resolution names it), else under the instrument that convenes it (its "informal
    exchanges" are no other resolution's)."""
    out: list[Mention] = []
    for m in _CONVENED.finditer(text, start, end):
        name, mods = m.group("name"), m.group("mods")
        topic = m.group("topic")
        if _ORDINAL_IN.search(mods) or m.group("head") == "session" and not topic:
            continue  # "to hold its eighty-first session": a body's session, read by graph/sessions.py
        if m.group("art") == "the" or not mods.strip() and not name.startswith("United") \
                or not topic and m.group("verb").endswith("ing"):
            continue  # "convening the informal exchanges" names one said before; "holding a meeting", any one
        label = re.sub(r"-\s+", "-", re.sub(r"\s+", " ", name)).strip()
        out.append(Mention("meeting", m.start("name"), m.end("name"), text[m.start("name"):m.end("name")],
                           "meeting/" + slugify(label), label,
                           {"named": True, "convened": True, "scoped": not topic, "type": m.group("head")}))
    past = _CONVENED_PAST.finditer(text, start, end) if _PAST_HEAD.search(text, start, end) else ()
    series = _CONVENED_SERIES.finditer(text, start, end) if "series of" in text[start:end] else ()
    for m in (*past, *series, *_CONVENED_QUOTED.finditer(text, start, end)):
        label = re.sub(r"-\s+", "-", re.sub(r"\s+", " ", m.group("name"))).strip()
        kind = m.groupdict().get("head") or label.split()[-1]  # (a quoted name's last word: "… week")
        out.append(Mention("meeting", m.start("name"), m.end("name"), m.group("name"), "meeting/" + slugify(label),
                           label, {"named": True, "convened": True, "scoped": True, "type": kind}))
    return out


# a United Nations conference named by what it was convened to do: "the adoption … of the Treaty on the Prohibition of
# Nuclear Weapons on 7 July 2017 at the United Nations conference to negotiate a legally binding instrument to prohibit
# nuclear weapons, leading towards their total elimination" (one conference, whichever text names it)
_UN_CONFERENCE_TO = re.compile(r"\b(?P<name>United\s+Nations\s+(?P<head>conference|summit)\s+to\s+[a-z]+\s+"
                               r"[^,;:()\n]{3,150}?)(?=\s*[,;:.(]|\s+(?:that|which|who|whose|held|convened|"
                               r"in\s+(?:19|20)\d\d)\b|\s*$)")


def _un_conferences(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    span = text[start:end]
    for m in _UN_CONFERENCE_TO.finditer(text, start, end) if "United Nations conference" in span \
            or "United Nations summit" in span else ():
        label = re.sub(r"\s+", " ", m.group("name"))
        out.append(Mention("meeting", m.start("name"), m.end("name"), m.group("name"), "meeting/" + slugify(label),
                           label, {"named": True, "type": m.group("head")}))
    return out


def said_again(text: str, start: int, end: int, convened: dict[str, Mention]) -> list[Mention]:
    """A meeting a clause before convened by what it is, named so again: "to convene informal exchanges in Geneva …"
    then "the support necessary for convening the informal exchanges", "the informal exchanges should be composed of
    …" (the same words after "the": the one meeting of that kind the document convenes)."""
    out: list[Mention] = []
    for label, first in convened.items():
        words = r"[ \t]*\n?[ \t]*".join(re.escape(w) for w in label.split())
        for m in re.finditer(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<name>{words})\b(?!-)", text[start:end]):
            out.append(Mention("meeting", start + m.start("name"), start + m.end("name"), m.group("name"), first.key,
                               first.label, {"named": True, "scoped": True, "type": first.attrs["type"],
                                             "again": True}))
    return out


_TOWN_AT_END = re.compile(r"\s+(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$")


# "its fourth, fifth and sixth substantive sessions", "its second and third substantive sessions": one session each
_ORDINAL_LIST = re.compile(
    # ("the fourteenth, and sixteenth and eighteenth sessions, respectively": "and" may join the first ones too)
    rf"\b(?P<items>(?:{ORDINAL_WORD}\s*,\s*(?:and\s+)?)*{ORDINAL_WORD}\s*,?\s+and\s+)(?P<last>{ORDINAL_WORD})\s+"
    # (the kinds generic meetings have, but not the ordinals and "and" that _LOWER_MODS also lets through)
    rf"(?P<mods>(?:(?!(?:and|first|second|third|fourth|fifth)\b){_LOWER_MODS}\s+)*)"
    r"(?P<head>session|meeting|conference|summit|workshop|forum)s\b")


def _ordinal_lists(text: str, start: int, end: int) -> list[Mention]:
    """One generic meeting per ordinal of a list before a plural head, of the same kind; the first ones are their
    ordinal word alone, the last one runs to the head."""
    out: list[Mention] = []
    chunk = text[start:end]
    plural = " and " in chunk and any(f"{head}s" in chunk for head in ("session", "meeting", "conference", "summit",
                                                                        "workshop", "forum"))
    for m in _ORDINAL_LIST.finditer(text, start, end) if plural else ():
        kind = re.sub(r"\s+", " ", f"{m.group('mods')}{m.group('head')}").strip()
        items = [(w.start(), w.end()) for w in re.finditer(ORDINAL_WORD, m.group("items"))]
        items = [(m.start("items") + a, m.start("items") + b) for a, b in items] + [(m.start("last"), m.end())]
        numbers = [ordinal_value(re.match(ORDINAL_WORD, text[a:b]).group(0)) for a, b in items]
        if not all(numbers):
            continue
        for k, ((a, b), number) in enumerate(zip(items, numbers, strict=True)):
            # (list_item: where and when come after the last one, for each in turn: graph/sessions.py)
            out.append(Mention("meeting", a, b, text[a:b], "", text[a:b],
                               {"generic": True, "ordinal": number, "type": kind, "ownerless": False,
                                "list_item": True, "item": (m.start(), k, len(items))}))
    return out


# what a meeting word names when it qualifies a noun: "with conference services", "conference room papers"
_SERVICES = re.compile(r"s?\s+(?:services|servicing|facilities|rooms?|resources|management)\b")
# what only a standing body has: "the inauguration of the headquarters of the Gulf of Guinea … Services Forum"
_BODY_BEFORE = re.compile(r"\b(?:headquarters|secretariat|staff|membership)\s+of\s+(?:the\s+)?$")


# "the First, Second, Third, Fourth and Fifth Review Conferences": capitalised ordinals joined by "and" are a list, not
# one name "Fourth and Fifth Review Conferences …"; the name starts again at the last ordinal
_ORDINAL_AND = re.compile(rf"(?i:{ORDINAL_WORD})[ \t]+and[ \t]+(?=(?i:{ORDINAL_WORD})[ \t])")


# "the Summit of the Future and the World Summit for Social Development": two meetings, each named with its head word
_AND_ANOTHER = re.compile(rf"\s+and\s+(?=the\s+(?:{CAPITALISED_WORD}\s+){{0,4}}{MEETING_HEADS}\b)")


def _named_matches(text: str, start: int, end: int):
    pos = start
    while (m := _NAMED.search(text, pos, end)) is not None:
        split = _ORDINAL_AND.search(text, m.start("name"), m.end("name")) if not m.group("ord") else None
        if split and split.end() > pos:
            pos = split.end()
            continue
        two = _AND_ANOTHER.search(text, m.start("name"), m.end("name"))
        first = _NAMED.search(text, m.start(), two.start()) if two and MEETING_WORD.search(
            text, m.start("name"), two.start()) else None
        if first and first.start() == m.start():
            yield first
            pos = two.end()
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


# the Olympic and Paralympic Games the Olympic Truce resolutions name, numbered: "the Games of the XXXIII Olympiad",
# "the XXV Olympic Winter Games", "the XVII Paralympic Games"
_GAMES = re.compile(r"\bGames\s+of\s+the\s+(?P<olympiad>[IVXLC]+)\s+Olympiad\b"
                    r"|\b(?P<roman>[IVXLC]+)\s+(?P<series>(?:Olympic|Paralympic)\s+(?:Winter\s+)?Games)\b")


def _games(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in _GAMES.finditer(text, start, end) if text.find("Games", start, end) >= 0 else ():
        series = re.sub(r"\s+", " ", m.group("series") or "Games of the Olympiad")
        number = roman_value(m.group("olympiad") or m.group("roman"))
        if number:
            out.append(Mention("meeting", m.start(), m.end(), m.group(0), f"series/{slugify(series)}/{number}",
                               re.sub(r"\s+", " ", m.group(0)), {"named": True, "ordinal": number, "series": series}))
    return out


_IN_A_MONTH = re.compile(rf"\s+(?:in|on|from|during|since)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTHS})\b")


def find_meetings(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    named = _named_matches(text, start, end) if _HEAD_ANYWHERE.search(text, start, end) else ()
    for m in named:
        name = m.group("name")
        # a plural head is a meeting only after a list of years or ordinals: "the 1995, 2000 and 2010 Review
        # Conferences of the Parties …" (_earlier_items reads the list)
        listed = bool(m.group("ord") or _YEAR_BEFORE.search(text, max(0, m.start("name") - 6), m.start("name")))
        if not _has_head(name, listed):
            continue
        s = m.start("name")
        words = name.split()
        while words and words[0] in _STOP_LEAD:
            s = text.index(words[0], s) + len(words[0])
            while text[s].isspace():
                s += 1
            words.pop(0)
        if not words or not _has_head(" ".join(words), listed):
            continue
        inner = _inner_meeting(text[s:m.end("name")])
        if inner is None:
            continue  # the name of a text: "Sao Tome Declaration on the Participation of Women in the … Meetings"
        s += inner
        name_end = m.end("name")
        at = re.search(r"\s+(?:and\s+)?at\s+the\s+", text[s:name_end])
        if at and not MEETING_WORD.search(text[s:s + at.start()]):
            from .bodies import lookup
            if lookup(text[s + at.end():name_end]):
                continue  # "China and the Russian Federation at the Conference on Disarmament": a body's name
            s += at.end()  # "[the Arms Trade] Treaty at the Eleventh Conference of States Parties"
        elif at:  # "the Review Conference of the Parties to the Treaty … and at the Review Conference": the first one
            name_end = s + at.start()
        else:  # "the first Conference of States Parties to the … Convention for the Control of Small Arms and Light
            name_end = title_end(text, s, name_end)  # Weapons, Their Ammunition and All Parts …, Repair and Assembly"
        month = _IN_A_MONTH.search(text, s, name_end)
        name_end = month.start() if month else name_end  # "… in All Its Aspects in June 2024": when, not its name
        # an ordinal after words that were dropped: "The First Meeting of States Parties …", "… at the Eleventh …"
        lead_ord = _ordinal_at(text, s, name_end) if s != m.start("name") else None
        s = lead_ord.end() if lead_ord else s
        # "the First to Twenty-first Meetings of the States Parties …": a range, its first and last named
        range_to = _RANGE_TO.match(text, s) if lead_ord else None
        range_from, lead_ord = (lead_ord, range_to) if range_to else (None, lead_ord)
        s = range_to.end() if range_to else s
        if _OFFICER.match(text, s) or _TEXT_AFTER.search(text[s:name_end]) \
                or _BODY_BEFORE.search(text, max(0, m.start("name") - 30), m.start("name")):
            continue
        raw = _cut_place(_cut_listed_body(_WITH_WHO.sub("", text[s:name_end])), text[name_end:name_end + 80])
        if not raw or not _has_head(raw, listed):
            continue
        around = _around_listed_body(raw)
        if around is None:
            continue  # "the Presidents of the Conference on Disarmament": the meeting word is the body's
        s, raw = s + around, raw[around:]
        stop = s + len(raw)
        name = re.sub(r"\s+", " ", raw).rstrip()
        ord_text = lead_ord.group(1) if lead_ord else m.group("ord") if s == m.start("name") else None
        ordinal = ordinal_value(ord_text) if ord_text else None
        start_at = (lead_ord.start(1) if lead_ord else m.start("ord")) if ordinal else s
        if len(name.split()) == 1 and not ordinal:
            continue  # a bare "Meeting" or "Conference": a generic mention, found below
        attrs: dict = {"named": True}
        year = None if ordinal else _YEAR_BEFORE.search(text, max(0, s - 6), s)
        if (year or ordinal) and _PLURAL_HEAD.search(name):
            # "the 1995, 2000 and 2010 Review Conferences of the Parties …", "the first, second and third Meetings
            # of States Parties …": one meeting each, of the series named in the singular
            name = _PLURAL_HEAD.sub(lambda h: h.group(1), name, count=1)
            first = year.start() if year else start_at
            earlier = _earlier_items(text, first, name, bool(year))
            if range_from and (number := ordinal_value(range_from.group(1))):
                earlier.append(_numbered_item(range_from.group(1), range_from.start(1), name, number))
            out.extend(earlier)
            if earlier:  # what follows the list ("in Oslo on …, in Nayarit …") is the list's, not the last one's
                attrs["list_item"] = True
        if year:  # "the 2000 Review Conference of the Parties to the Treaty …" is not the 2010 one
            attrs.update(series=name, year=year.group(1))
            key = f"{series_key(name)}/{year.group(1)}"
            label = f"{year.group(1)} {name}"
            start_at = year.start()
        elif ordinal:
            attrs["ordinal"] = ordinal
            attrs["series"] = name
            key = f"{series_key(name)}/{ordinal}"
            label = f"{english_ordinal(ordinal).capitalize()} {name}" if ord_text[0].isupper() \
                else f"{ord_text} {name}"
        else:
            key = "meeting/" + slugify(name)
            label = name
        out.append(Mention("meeting", start_at, stop, text[start_at:stop], key, label, attrs))
    for m in _SERIES_ACRONYM.finditer(text, start, end):
        series = _series_by_acronym(m.group("acr"))
        number = roman_value(m.group("roman"))
        if series and number:
            label = f"{english_ordinal(number).capitalize()} {series['label']}"
            out.append(Mention("meeting", m.start(), m.end(), m.group(0), f"{series['key']}/{number}", label,
                               {"named": True, "ordinal": number, "series": series["label"],
                                "acronym": m.group(0)}))
    out += _games(text, start, end)
    out += _convened(text, start, end)
    out += _un_conferences(text, start, end)
    listed = _ordinal_lists(text, start, end)
    out += listed
    generic = _GENERIC.finditer(text, start, end) if _GENERIC_HEAD.search(text, start, end) else ()
    for m in generic:
        if any(m.start() < item.end and item.start < m.end() for item in listed) \
                or _SERVICES.match(text, m.end("head")):
            continue  # (in an ordinal list; "conference services", "meeting rooms": no meeting)
        mods = m.group("mods").strip()
        if mods.endswith(" and") or mods == "and":
            continue
        ordinal = ordinal_value(m.group("ord")) if m.group("ord") else None
        kind = (mods + " " + m.group("head")).strip()
        plural = text[m.end("head"):m.end("head") + 1] == "s"
        if (ordinal and m.group("comp")) or (m.group("topic") and not plural):  # "conferences on …" are a series
            begin = m.end("length") if m.group("length") and not ordinal else m.start()
            name = re.sub(r"\s+", " ", text[begin:m.end()])
            out.append(Mention("meeting", begin, m.end(), text[begin:m.end()], "meeting/" + slugify(name), name,
                               {"named": True, "ordinal": ordinal, "type": kind}))
            continue
        topic = _TOPIC_TO_CLAUSE_END.match(text, m.end("head")) if not plural and _AT_ITS_END.search(
            text, max(0, m.start() - 40), m.start()) else None
        if not topic and not plural and _CONVENE_BEFORE.search(text, max(0, m.start() - 120), m.start()):
            topic = _TOPIC_WORDS.match(text, m.end("head"))  # "to convene a one-day meeting on victim assistance …"
        if topic:  # "at the end of the regional conference on solutions for people affected by the crisis": its name
            name = re.sub(r"\s+", " ", text[m.start():topic.end()])
            out.append(Mention("meeting", m.start(), topic.end(), text[m.start():topic.end()],
                               "meeting/" + slugify(name), name, {"named": True, "ordinal": ordinal, "type": kind}))
            continue
        end_at = m.end("head") + plural
        if m.group("who"):
            end_at = m.end("who")
            kind = re.sub(r"\s+", " ", f"{kind}{m.group('who')}")
        out.append(Mention("meeting", m.start(), end_at, text[m.start():end_at], "", text[m.start():end_at],
                           {"generic": True, "ordinal": ordinal, "type": kind,
                            # "the tripartite … meetings" are between parties, no body's sessions
                            "ownerless": bool(m.group("who") or _BETWEEN.search(mods))}))
    return out
