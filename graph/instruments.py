"""Instruments named by title rather than symbol: declarations, programmes of action, outcomes.

"Recalling the Rio Declaration on Environment and Development, Agenda 21 ...
and the Busan outcome" cites three texts that have no symbol in the sentence.
They are documents all the same, keyed by their normalised name so that every
mention of the same title is one node.
"""

from __future__ import annotations

import re

from . import places
from .bodies import HEAD_WORD as BODY_HEAD
from .mentions import CAPITALISED_WORD, MEETING_HEADS, SPACE, SUPERSCRIPT_DIGITS, Mention
from .text import slugify

# "Treaty on a Nuclear-Weapon-Free Zone"; not "by" ("the Convention by the Marshall Islands": who acceded)
_LOW = r"(?:of|on|for|and|or|in|the|a|an|to|with|at|against|between)"
_HEAD = (r"(?:Declaration|Programme\s+of\s+Action|Platform\s+for\s+Action|Plan\s+of\s+(?:Action|Implementation)|"
         r"Agenda(?:\s+\d{4}|\s+21)?|Convention|Treaty|Protocol|Charter|Framework|Pact|Compact|Strategy|Outcome|"
         r"Statute|Principles|Guidelines|(?:Final|Concluding)\s+Document|Consensus|Accord|Agreement|Covenant|Roadmap|Road\s+Map|"
         r"Instrument|Code\s+of\s+(?:Conduct|Practice)|Guidance|Action\s+Plan|Statement|Memorandum|Pledge)")
# "the International Tracing Instrument", "the Code of Conduct on the Safety and Security of Radioactive Sources",
# "the Vienna Action Plan", "the Joint Ministerial Statement on …", "the Memorandum on Security Assurances …"
# "the Rio Declaration on Environment and Development", "Johannesburg Plan of Implementation", "Agenda 21"
# (a page break may fall inside a name, the next page going on in lower case: "the Central America" / "and Dominican
# Republic Roadmap to Prevent …")
_PAGE = rf"[ \t]*\n[ \t]*\n[ \t]*(?={_LOW}[ \t])"
_NAMED = re.compile(
    # (two places' names joined by a dash: "the Siem Reap – Angkor Action Plan 2025–2029", "the Siem Reap–Angkor …")
    # (a place's name, not a part's number: not "Part V – Agenda"; nor a head word's, `_dash_start`)
    rf"(?P<name>(?:(?:{CAPITALISED_WORD}(?:–{CAPITALISED_WORD})?(?:[ \t]+|{_PAGE})|"
    rf"[A-Z][a-z]{{2,}}[ \t]+–[ \t]+(?=[A-Z]))"
    rf"(?:{_LOW}[ \t]+)*)*{_HEAD}(?![\w-])"  # not "Conventional"
    # a protocol's number: "Protocol V on Explosive Remnants of War", "Amended Protocol II"
    r"(?:(?<=Protocol)[ \t]+[IVX]{1,5}(?![\w-]))?"
    # (its topic may start with a participle: "the Treaty on Principles Governing the Activities of States …",
    # "the Protocol Relating to …")
    # (or a decade: "the Declaration of the 1980s as the Second Disarmament Decade"; or what it governs, in lowercase:
    # "the Agreement governing the relationship between the United Nations and the Agency")
    rf"(?:[ \t]+(?:(?:{_LOW}[ \t]+)+|[A-Z][a-z]+ing[ \t]+(?:{_LOW}[ \t]+)*"
    rf"|(?:governing|concerning|regarding)[ \t]+the[ \t]+(?:relationship|relations|cooperation)[ \t]+(?:{_LOW}[ \t]+)+)"
    rf"(?:{CAPITALISED_WORD}|(?:19|20)\d0s\b)"
    rf"(?:[ \t]+(?:{_LOW}[ \t]+)*{CAPITALISED_WORD})*)?)"
)
# what a declaration declares a place or a time to be is in its name: "the Declaration of the Indian Ocean as a Zone
# of Peace", "the Declaration of the 1980s as the Second Disarmament Decade"
_DECLARED_AS = re.compile(rf"[ \t]+as[ \t]+(?:a|an|the)[ \t]+{CAPITALISED_WORD}"
                          rf"(?:[ \t]+(?:{_LOW}[ \t]+)*{CAPITALISED_WORD})*")
# a report published under a title of its own: "the biennial Global Report on Trafficking in Persons", "the United
# Nations Report on Military Expenditures" (not "the Report of the Secretary-General": a body's report, reports.py)
_REPORT_TITLE = re.compile(rf"\b(?:the|its|a)\s+(?:(?:annual|biennial|latest|first)\s+)?"
                           rf"(?P<name>(?:[A-Z][a-z]+[ \t]+){{1,3}}Report[ \t]+on[ \t]+(?:the[ \t]+)?{CAPITALISED_WORD}"
                           rf"(?:[ \t]+(?:{_LOW}[ \t]+)*{CAPITALISED_WORD})*)")
# "the Busan outcome", "the Nairobi outcome document"
_PLACE_OUTCOME = re.compile(r"\bthe\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+outcome(?:\s+document)?)\b")
_LEAD = re.compile(r"^(?:(?:The|the|This|That|Its|Recalling|Welcoming|Noting|Reaffirming|Recalls|Welcomes|Notes|"
                   r"Reaffirms|Also|Further|In|On|By|Under|With|an?|A|An"
                   # a clause's verb before its object: "Adopts the Doha Political Declaration", "Encourages States …"
                   r"|[A-Z][a-z]+(?:s|ing)(?=\s+(?:the|its|an?|all|States|Member)\b))\s+)+")
_HEAD_IN = re.compile(_HEAD)
_HEAD_END = re.compile(rf"{_HEAD}$")
# "article VI of the Treaty on ...": the article's number is not part of the instrument's name
_PART_OF = re.compile(r"(?:[IVXLC]+|\d+)(?:\s+and\s+(?:[IVXLC]+|\d+))?\s+of\s+(?:the\s+)?")
# "African States Parties to", "High Contracting Parties to"
_PARTIES_TO = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}?(?:States\s+)?Parties\s+to\s+(?:the\s+)?")
_BODY_AFTER = re.compile(r"\s+(?:Organization|Organisation|Commission|Secretariat|Committee|Council|Conference)\b")
_MEETING_HEAD = re.compile(rf"\b{MEETING_HEADS}s?\b")
_OF_PARTIES = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:States|High\s+Contracting|Contracting)\s+)?Parties\s+to\s+"
                         r"(?:the\s+)?")
# a long title's list of what it covers goes on past commas: "the Convention on the Prohibition of the Development,
# Production, Stockpiling and Use of Chemical Weapons and on Their Destruction", "… Light Weapons, Their Ammunition
# and All Parts and Components That Can Be Used for Their Manufacture, Repair and Assembly"
_TITLE_WORD = rf"(?:{CAPITALISED_WORD}|\([A-Z][\w-]*\))"  # "Bacteriological (Biological) and Toxin Weapons"
_SP = SPACE
# (the last item may say "and of": "… of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of
# Warfare")
_TITLE_ITEM = re.compile(rf",{_SP}?(?P<item>(?:and{_SP}of{_SP})?{_TITLE_WORD}"
                         rf"(?:{_SP}(?:(?:of|on|for|and|or|in|to|with|against|from|the){_SP})*{_TITLE_WORD})*)")
# what may follow a title: punctuation, a footnote mark (or a note's bare number: "… on Their Destruction 2 reaffirms"),
# a lowercase word, the end of the line
_TITLE_AFTER = re.compile(rf"(?:\[\^\d+\]|[{SUPERSCRIPT_DIGITS}]+|[ \t]+\d{{1,3}}(?=[ \t]+[a-z]))?"
                          rf"(?:[,.;:)\]\"”]|[ \t]+[a-z(]|[ \t]*(?:\n|$))")
_TITLE_WITH_TOPIC = re.compile(rf"{_HEAD}\s+{_LOW}\s")  # a head word and what the text is about
_NOT_AN_ITEM = {"The", "This", "These", "Its", "Member", "States", "Governments", "Parties", "Secretary-General"}
_YEAR_BEFORE = re.compile(r"(?<=\b[Tt]he\s)(?:19|20)\d{2}[ \t]+$")  # after "the": not a date's year
# a title's first part, before its colon: "Securing Our Common Future: An Agenda for Disarmament", "Youth 2030: The
# United Nations Youth Strategy", "Agenda 2063: The Africa We Want"
_MAIN_TITLE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|on|for|and|the|to|in|a|an)[ \t]+)*"
                         r"(?:[A-Z][\w’'-]*|(?:19|20)\d{2}\b)){1,6}:(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:An?|The)[ \t]+)?")
# "the treaties of Tlatelolco, Rarotonga,3 Bangkok[^4] and Pelindaba[^5]": each is the Treaty of that place
_TREATY_PLACE = r"[A-Z][a-z]{2,}"
_TREATIES_OF = re.compile(rf"\b[Tt]reaties\s+of\s+(?P<list>{_TREATY_PLACE}(?:(?:\[\^\d+\]|[{SUPERSCRIPT_DIGITS}]+)?"
                          rf"(?:\s*,\s*(?:\d{{1,3}}\s+)?|\s+and\s+){_TREATY_PLACE})+)")
_TOO_GENERIC = re.compile(rf"^(?:the\s+)?(?!Agenda\s+\d){_HEAD}s?$", re.I)
# an agreement between two parties is named with what it is about: "the Agreement between the United Nations and the
# United States of America regarding the Headquarters of the United Nations"
_BETWEEN = re.compile(r"(?:Agreement|Memorandum\s+of\s+Understanding|Exchange\s+of\s+Letters)\s+between\s")
_ABOUT = re.compile(rf"[ \t]+(?:regarding|concerning|relating[ \t]+to)[ \t]+(?:the[ \t]+)?{CAPITALISED_WORD}"
                    rf"(?:[ \t]+(?:(?:{_LOW}|among)[ \t]+)*{CAPITALISED_WORD})*")
# and a declaration or convention of no parties is named with it too: "the Declaration on Principles of International
# Law concerning Friendly Relations and Cooperation among States", "the Convention concerning the Protection of …"
_NAMED_ABOUT = re.compile(r"(?:Declaration|Convention|Protocol)\b")


def find_instruments(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    for m in _NAMED.finditer(text, start, end):
        s = _start(text, m)
        if s is None or _BODY_AFTER.match(text, m.end("name")):
            continue  # "the Comprehensive Nuclear-Test-Ban Treaty Organization": a body named after its treaty
        s = _dash_start(text, s, m.end("name"))
        e = _end(text, s, m.end("name"))
        declared = _DECLARED_AS.match(text, e) if text.startswith("Declaration of ", s) and e == m.end("name") else None
        e = declared.end() if declared else e
        year = _YEAR_BEFORE.search(text, max(0, s - 9), s)
        if year:  # "the 2030 Agenda for Sustainable Development", "the 2010 Action Plan": the year is in its name (the
            s = year.start()  # year and a head word alone is a name too: "the 2030 Agenda", its short name)
        about = _ABOUT.match(text, e) if _BETWEEN.match(text, s, e) or _NAMED_ABOUT.match(text, s, e) else None
        e = about.end() if about else e
        main = _MAIN_TITLE.search(text, max(start, s - 90), s)
        if main and main.end() == s:  # "Securing Our Common Future: An Agenda for Disarmament": one title
            s = main.start()
        for a, b in _each(text, s, title_end(text, s, e) if e == m.end("name") or declared else e):
            name = text[a:b]
            if _TOO_GENERIC.match(name) or len(name) < 6:
                continue
            out.append(_mention(text, a, b, name))
    for m in _TREATIES_OF.finditer(text, start, end):
        for place in re.finditer(_TREATY_PLACE, m.group("list")):
            a = m.start("list") + place.start()
            out.append(_mention(text, a, a + len(place.group()), f"Treaty of {place.group()}"))
    for m in _REPORT_TITLE.finditer(text, start, end) if text.find("Report", start, end) >= 0 else ():
        out.append(_mention(text, m.start("name"), m.end("name"), m.group("name")))
    for m in _PLACE_OUTCOME.finditer(text, start, end):
        out.append(_mention(text, m.start("name"), m.end("name"), m.group("name")))
    return out


def _dash_start(text: str, s: int, e: int) -> int:
    """After a text's head word and a dash, another text's name starts: "the Convention – Protocol V on …" is the
    Protocol (places joined by a dash are one name: "the Siem Reap – Angkor Action Plan")."""
    start = s
    for dash in re.finditer(r"[ \t]+–[ \t]+", text[start:e]) if "–" in text[start:e] else ():
        if _HEAD_END.search(text, s, start + dash.start()):
            s = start + dash.end()
    return s


def _start(text: str, m: re.Match[str]) -> int | None:
    """Where the text's own name starts in a match of _NAMED; None when the match names a body, not a text."""
    e = m.end("name")
    lead = _LEAD.match(m.group("name"))
    s = m.start("name") + (lead.end() if lead else 0)
    part = _PART_OF.match(text, s, e)
    s = part.end() if part else s
    # what is done about a text is not the text: "Implementation of the Declaration of the Indian Ocean as …"
    # ("the Syrian Arab Republic with the Convention", "the Secretariat in the Global Framework": who, and the text)
    about = re.match(r"(.+?)\s+(of|on|to|for|in|with)\s+the\s+", text[s:e])
    if about and not _HEAD_IN.search(about.group(1)) and _HEAD_IN.search(text, s + about.end(), e) \
            and not _MEETING_HEAD.search(about.group(1)):
        if about.group(2) in ("on", "for") and BODY_HEAD.search(about.group(1)):
            return None  # a body named for its work: "the Group of Governmental Experts on the Operation of the …"
        s += about.end()
    parties = _PARTIES_TO.match(text, s, e)  # the states that are party to it are not the text
    s = parties.end() if parties else s
    # a meeting of its parties is not the text either: "the Review Conference of the Parties to the Treaty on …"
    of_parties = _OF_PARTIES.search(text, s, e)
    return of_parties.end() if of_parties and _MEETING_HEAD.search(text, s, of_parties.start()) else s


def _end(text: str, s: int, e: int) -> int:
    """Where the name stops: before a clause that goes on after the text's head word ("the Convention and for the
    Organisation …"; "the Joint Convention on the Safety of … and on the Safety of …" is one name), and before
    "at the <meeting>" ("the Arms Trade Treaty at the Eleventh Conference")."""
    clause = re.search(r"\s+and\s+(?:of|for|to|in|on)\s", text[s:e])
    e = s + clause.start() if clause and _HEAD_END.search(text[s:s + clause.start()]) else e
    at = re.search(r"\s+(?:and\s+)?at\s+the\s+", text[s:e])
    e = s + at.start() if at and _MEETING_HEAD.search(text, s + at.end(), e) else e
    # a place or another text after the name, not its topic: "the Treaty in the Middle East", "the Parties to the
    # Bangkok Treaty on the Protocol to that Treaty"
    where = _WHERE_OR_WHICH.match(text, s, e)
    return (where.end("name") if where.group("name") else where.end("name2")) if where else e


_WHERE_OR_WHICH = re.compile(rf"(?P<name>{_HEAD})\s+in\s+the\s+|(?P<name2>.+?{_HEAD})\s+on\s+the\s+{_HEAD}$")


def title_end(text: str, s: int, e: int) -> int:
    """Where a title that names what it is about ends, when its list goes on past a comma; ``e`` when it does not.

    The items after the comma are capitalised words ("…, Combat and Eradicate the Illicit Trade in …"), and the
    list ends with one that holds "and" or "or" ("… Production, Stockpiling and Use of …"): a comma followed by a
    country ("… Nuclear Weapons, Belarus, Kazakhstan and Ukraine"), another text, a body or a sentence's next words
    ends the title, and "and the" ends the list ("… in All Its Aspects and the Arms Trade Treaty").
    """
    if not _TITLE_WITH_TOPIC.search(text, s, e):
        return e
    end = cursor = e
    while m := _TITLE_ITEM.match(text, cursor):
        item_end = m.end()
        joined = re.search(r"\s+(?:and|or)\s+the\s", m.group("item"))
        if joined and not _HEAD_IN.search(m.group("item"), joined.end()) and _TITLE_AFTER.match(text, item_end):
            joined = None  # "…, Stability and the Fight against Terrorism …": the list's last item, not another text
        if joined:
            item_end = m.start("item") + joined.start()
        item = text[m.start("item"):item_end]
        first = item.split()[0]
        listed = re.search(r"(?:^|\s)(?:and|or)\s", item)  # "Repair and Assembly": the list's last items, not a body
        if (not _TITLE_AFTER.match(text, item_end) or first in _NOT_AN_ITEM or _HEAD_IN.search(item)
                or (BODY_HEAD.search(item) and not listed) or places.is_country(first) or places.city_country(first)):
            break
        cursor = item_end
        if listed:
            end = cursor
        if joined:
            break
    return end


_NUMBERED_PROTOCOL = re.compile(r"\bProtocol\s+[IVX]{1,5}$")


def _each(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Two texts joined by "and the" are each one ("the Charter and the Rome Statute"); a first part without a text's
    head word is none ("the Central African Republic and the Peace Agreement": the Peace Agreement)."""
    parts, cursor = [], s
    for j in re.finditer(r"\s+and\s+(?:the\s+)?", text[s:e]):
        # (or two numbered protocols: "Protocol V and Amended Protocol II")
        if j.group().rstrip().endswith("the") or _NUMBERED_PROTOCOL.search(text, cursor, s + j.start()):
            parts.append((cursor, s + j.start()))
            cursor = s + j.end()
    parts.append((cursor, e))
    merged: list[tuple[int, int]] = []
    for a, b in parts:  # a part with no head word belongs to the one before ("Latin America and the Caribbean")
        if merged and not _HEAD_IN.search(text, a, b):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and not _HEAD_IN.search(text, *merged[0]):
        merged.pop(0)
    return merged


def _mention(text: str, s: int, e: int, name: str) -> Mention:
    name = re.sub(r"\s+", " ", name).strip()
    return Mention("instrument", s, e, text[s:e], "instrument/" + slugify(name), name, {})
