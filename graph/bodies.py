"""Bodies: organs, committees, working groups, secretariats and outside organizations.

Two sources: the curated list in `data/bodies.toml` (names, acronyms, hierarchy,
scoped to an institution where a name is ambiguous), and the shape of a name
("Committee on ...", "... Working Group", "open-ended working group") for bodies
nobody listed.  Keys are stable: a listed body's key, or its normalised name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _res

from . import places
from .mentions import CAPITALISED_WORD, MEETING_WORD, Mention
from .people import POST
from .text import slugify


@dataclass(frozen=True)
class BodyInfo:
    key: str
    label: str
    kind: str = "organ"
    org: str | None = None
    parent: str | None = None
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=1)
def catalogue() -> dict[str, BodyInfo]:
    data = tomllib.loads(_res.files("graph").joinpath("data/bodies.toml").read_text(encoding="utf-8"))
    out: dict[str, BodyInfo] = {}
    for item in data.get("body", []):
        out[item["key"]] = BodyInfo(
            key=item["key"], label=item["label"], kind=item.get("kind", "organ"), org=item.get("org"),
            parent=item.get("parent"), acronyms=tuple(item.get("acronyms", ())),
            aliases=tuple(item.get("aliases", ())),
        )
    return out


@lru_cache(maxsize=1)
def series_catalogue() -> dict[str, dict]:
    data = tomllib.loads(_res.files("graph").joinpath("data/bodies.toml").read_text(encoding="utf-8"))
    return {s["key"]: s for s in data.get("series", [])}


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, list[BodyInfo]]:
    index: dict[str, list[BodyInfo]] = {}
    for info in catalogue().values():
        for name in {info.label, *info.aliases, *info.acronyms}:
            index.setdefault(_norm(name), []).append(info)
    return index


@lru_cache(maxsize=16384)  # the same names come back in every sentence and document
def _norm(name: str) -> str:
    name = name.replace("’", "'").replace("‑", "-")
    name = re.sub(r"\s+", " ", name.strip())
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return name.lower()


# institutions whose documents name each other's organs without saying whose
_RELATED = {"UNEP": ("IPBES",), "IPBES": ("UNEP",)}


@lru_cache(maxsize=16384)  # pure (the catalogue does not change) and asked many times per sentence
def lookup(name: str, org: str | None = None) -> BodyInfo | None:
    """The listed body a name or acronym means, in the institution `org` when it is ambiguous."""
    candidates = _alias_index().get(_norm(name), [])
    if not candidates:
        return None
    scoped = [c for c in candidates if c.org == org] if org else []
    if scoped:
        return scoped[0]
    related = [c for c in candidates if c.org in _RELATED.get(org or "", ())]
    if related:
        return related[0]
    unscoped = [c for c in candidates if c.org is None]
    if unscoped:
        return unscoped[0]
    default = [c for c in candidates if c.org == "UN"]
    if default and org in (None, "UN", "UNEP"):
        return default[0]
    return candidates[0] if org is None else None


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern[str]:
    names = sorted({n for info in catalogue().values() for n in (info.label, *info.aliases, *info.acronyms)},
                   key=len, reverse=True)
    parts = []
    for n in names:
        escaped = re.escape(n).replace("'", "['’]").replace(r"\-", "[-‑]")
        escaped = escaped.replace(r"\ ", r"\s+")
        parts.append(escaped)
    return re.compile(r"(?<![\w/-])(?:" + "|".join(parts) + r")(?![\w-])")


HEADS = (
    "Council", "Assembly", "Committee", "Commission", "Group", "Secretariat", "Organization", "Organisation",
    "Bank", "Community", "Union", "Programme", "Program", "Office", "Agency", "Fund", "Court", "Mechanism",
    "Team", "Centre", "Center", "Forum", "Force", "Department", "Panel", "Bureau", "Platform", "Tribunal",
    "Board", "Institute", "Network", "Entity", "Unit", "Authority", "Federation", "League", "Movement",
    "Parliament", "Observatory", "Service", "Services", "Directorate", "Division", "Task Force", "Facility",
    "Branch", "Coalition", "Alliance", "Ministry",
)
_HEADS = "|".join(HEADS)
HEAD_WORD = re.compile(rf"\b(?:{_HEADS})\b")  # any head as a word: one search
# the plenary organ of an organization, named like a meeting: "the Conference of Heads of State and Government
# of the Economic Community of Central African States" (an organ when it belongs to a listed body: see _of_listed)
_PLENARY_ORGAN = re.compile(r"Conference\s+of\s+(?:the\s+)?Heads\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?"
                           r"|General\s+Conference"  # "the General Conference of the International Atomic Energy …"
                           r"|Plenary")  # "the Plenary of the Intergovernmental Science-Policy Platform on …"
_PLENARY_OF_SHORT = re.compile(rf"(?:{_PLENARY_ORGAN.pattern})\s+of\s+the\s+(?:Agency|Organization|Organisation|Union|"
                               r"Community|Platform)")
# an organ of a body that no catalogue lists, both named: "the Council of Delegates of the International Red Cross and
# Red Crescent Movement"
_ORGAN_OF_NAMED = re.compile(rf"(?P<head>(?:[A-Z][\w-]+\s+){{0,2}}(?:{_HEADS})(?:\s+of\s+[A-Z][\w-]+)?)\s+of\s+the\s+"
                             rf"(?P<whose>(?:[A-Z][\w’'-]*\s+(?:(?:and|for|of|on)\s+)?)+(?:{_HEADS}))")
# a body of a treaty's parties, though its name holds the treaty's: "the Assembly of States Parties to the Rome Statute"
_TREATY_BODY = re.compile(rf"(?:{_HEADS})\s+of\s+(?:the\s+)?States\s+Parties\s+to\s")
# a body named for its work on a text: "Group of Governmental Experts on the Operation and Further Development of the
# United Nations Standardized Instrument for Reporting …", "Preparatory Committee for the … Treaty"
_WORKS_ON_A_TEXT = re.compile(rf"(?:[A-Z][\w-]*\s+)*?(?:{_HEADS})"
                              r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:on|for)\s")


# a body that serves a treaty: "the Implementation Support Unit of the Convention", "the Technical Secretariat of the
# Treaty on …" (its name before "of" names no text)
_SERVES_A_TEXT = re.compile(rf"(?:[A-Z][\w-]*\s+)*?(?:{_HEADS})\s+of\s+(?:the\s+)?"
                            r"(?:[A-Z][\w-]*\s+)*?(?:Convention|Treaty|Protocol|Covenant)\b")


def _works_on_a_text(name: str) -> bool:
    """"Group of … Experts on … Instrument …", not "Programme of Action for …": the text comes after the topic."""
    m = _WORKS_ON_A_TEXT.match(name)
    if m:
        return not _INSTRUMENT.search(name, 0, m.end())
    m = _SERVES_A_TEXT.match(name)
    return bool(m) and not _INSTRUMENT.search(name, 0, name.index(" of "))


_NO_COMMITTEE = re.compile(r"\bwithout\s+reference\s+to\s+an?\s+$")
_VENUE = re.compile(r"\s(?:Hall|Building|Room|Chamber|Palace)$")  # "the General Assembly Hall" is where, not who
_HEAD_ANYWHERE = re.compile(_HEADS)  # a sentence without any of these has no body of that shape
# "… Prevention of an Arms Race in Outer Space", "the Entry into Force of …"
# ("… against the Use or Threat of Use of Nuclear Weapons": "or" between two nouns of one phrase, not between names)
_CONNECT = r"(?:of|on|for|and|in|the|to|against|de|del|la|des|du|et|des|at|an|into|or(?=[ \t]+[A-Z][a-z]+[ \t]+of\b))"
# (the sentence's words may wrap, or a page break cut the name: "… Lethal Autonomous Weapons" / "" / "Systems, …")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?:\n[ \t]*)?)"
_PHRASE = re.compile(rf"{CAPITALISED_WORD}(?:{_GAP}(?:{_CONNECT}{_GAP})*{CAPITALISED_WORD})*")
# a name whose subject is a list: "… for Environment, Nature Conservation and Nuclear Safety" (items of one to three
# capitalised words, no head word among them: "… for Disarmament Affairs, the …" or "UNDP, UNICEF and …" is no list)
_ITEM = rf"(?:{CAPITALISED_WORD}[ \t]+){{0,2}}{CAPITALISED_WORD}"
_LIST_TAIL = re.compile(rf",[ \t]+{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+and[ \t]+{_ITEM}")
# a name whose first words are a list: "the Regional Disarmament, Information and Outreach Branch" (its first items
# before the phrase "Information and Outreach Branch", a line break or two among them)
_LIST_LEAD = re.compile(rf"(?<![\w-]){_ITEM}(?:,{_GAP}{_ITEM})*,{_GAP}$")
_AND_FIRST = re.compile(rf"{_ITEM}[ \t]+and[ \t]")
_FOR_A_SUBJECT = re.compile(r"\s(?:for|on)\s+[A-Z][\w-]*$")
# a post held at a body, said before it: "Ms. Ursula Heinen-Esser, State Secretary at the Federal Ministry for …"
_POST_AT = re.compile(rf"{POST}\s+at\s+(?:the\s+)?")
_LEAD_STOP = {
    "Recalling", "Recalls", "Requests", "Decides", "Also", "Further", "In", "At", "By", "As", "This", "That",
    "These", "Those", "Its", "Their", "Welcoming", "Welcomes", "Noting", "Notes", "Taking", "Takes",
    "Reaffirming", "Reaffirms", "Bearing", "Invites", "Encourages", "Calls", "Urges", "Emphasizing",
    "Emphasizes", "Acknowledging", "Recognizing", "Recognizes", "Expressing", "Expresses", "Stressing",
    "Stresses", "Underlining", "Underlines", "Considering", "Having", "Mindful", "Convinced", "Concerned",
    "Aware", "Guided", "Commending", "Commends", "Appreciating", "Pursuant", "Following", "On", "For", "With",
    "Through", "Under", "From", "To", "Resolution", "Decision", "Report", "Reports", "Draft", "Member",
    "States", "A", "An", "The", "Each", "All", "Both", "Such", "Any", "Other", "Several", "Many", "Some",
    "Ambassador", "Mr", "Ms", "Mrs", "Dr", "General", "See", "Should", "Would", "Could", "Shall", "Will", "May", "Must",
    # a clause's first word: "If the European Union speaks …", "(a) Represents the Platform", "Includes Bureau
    # meetings", "We … Invite the Economic and Social Council …"
    "If", "When", "Where", "Whereas", "While", "Unless", "Although", "Includes", "Include", "Represents", "Invite",
    "Request", "Encourage", "Urge", "Call", "Decide", "Recall", "Welcome", "Note", "Reaffirm", "Stress", "Recognize",
    "We", "Our", "They", "It",
    # a list's "Alternate to Bureau member: Ms. …" names a post, not a body "Alternate to Bureau"
    "Alternate", "Alternates",
}
# a part of "X and the Y" that is an office, not a body: "the Chairperson of the African Union Commission and the
# Director General of the International Atomic Energy Agency"
_OFFICE_OF = re.compile(r"(?:(?:Co-|Vice-)?Chair(?:person|man|woman)?s?|Presidents?|Vice-Presidents?|Prosecutor|"
                        r"Registrar|(?:Deputy\s+)?Director[-\s]General|"
                        r"Secretary[-\s]General|Executive\s+(?:Director|Secretary)|Head|High\s+Commissioner|"
                        r"High\s+Representative|Special\s+(?:Envoy|Representative|Rapporteur))\s+of\b")
# a special procedure's post, named alone (of whom, on what, unsaid): "the report of the Special Coordinator"
_BARE_POST = re.compile(r"\b[Tt]he\s+(?P<title>Special\s+(?:Coordinator|Rapporteur|Envoy|Representative|Adviser)|"
                        r"Independent\s+Expert|High\s+Representative)\b(?!\s+(?:of|on|for|to|in)\b|[-\w])")
_BARE_POST_WORD = re.compile(r"Special|Independent|High")  # (a cheap test first: most sentences have none)
# "<words without a head> of the <body>": a phrase about the body ("Role of the Multidisciplinary Expert Panel")
_ABOUT_A_BODY = re.compile(r"^(?P<x>.+?)(?P<sep>\s+(?:of|for|to|in|on|from|by)\s+the\s+)(?P<y>.+)$")
# names of texts, not of bodies: "Programme of Action", "Global Framework", "Kinshasa Convention"
_INSTRUMENT = re.compile(r"\b(?:of\s+Action|Agenda|Instrument|Framework|Declaration|Convention|Treaty|Protocol|"
                         r"Code\s+of\s+(?:Practice|Conduct)|"
                         r"Strategy|Plan|Charter|Statute|Compact|Pact|Guidelines|Principles|Report|Resolution|"
                         r"Decision)\b"
                         r"|^(?:Final\s+|Concluding\s+|Outcome\s+)?Document\s+of\b"
                         r"|^(?:Official\s+)?Records\s+of\b|^Resolutions\s+and\s+Decisions\b")  # texts named for bodies
_GENERIC = re.compile(
    r"(?i:\b)(?:(?:open-ended|ad hoc|intergovernmental|independent|informal)\s+)*"
    r"(?:(?:technical|expert|working|advisory|steering|contact|drafting|preparatory)\s+)*"
    r"(?:working group|expert group|group of experts|task force|secretariat|committee|commission|bureau|"
    # "the contact group on the work programme" (not "a contact group on this matter": graph/proceedings.py names it)
    r"(?<=contact )group(?=\s+on\s+the\s+[a-z])|(?<=drafting )group(?=\s+on\s+the\s+[a-z])|"
    # "the reports of the fact-finding mission of the Organisation …", "the group of independent eminent persons"
    r"fact-finding mission|group of (?:independent\s+)?eminent persons|group of governmental experts|"
    # "the United Nations voluntary trust fund for victims of trafficking in persons": a fund, named by whom it serves
    r"(?:voluntary\s+)?trust fund)\b"
)

# capitalised, "the Group of Governmental Experts" is the texts' short name for one group (an alias of its full name),
# not a head to resolve as "a group of governmental experts" is
_PROPER_GROUP = re.compile(r"Group\s+of\s+Governmental\s+Experts")
_YEARS_BEFORE = re.compile(r"\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\s+$")


def _caps_lead(word: str) -> bool:
    """A clause's opening words in capitals, as OAS resolutions set them: "BEARING IN MIND", "TAKING INTO ACCOUNT"."""
    return word.isupper() and word.isalpha() and (word.capitalize() in _LEAD_STOP or word in _CAPS_LEAD)


_CAPS_LEAD = {"MIND", "INTO", "ACCOUNT", "SEEN", "RESOLVES", "UNDERSCORING", "REITERATING", "HIGHLIGHTING"}


def _of_listed(name: str, org: str | None) -> tuple[str, BodyInfo] | None:
    """Split "<organ> of the <listed body>" into the organ's own name and the body it belongs to."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        head, tail = name[:m.start()], name[m.end():]
        info = lookup(tail, org)
        if info and (HEAD_WORD.search(head) or _PLENARY_ORGAN.fullmatch(head)):
            return head, info
    return None


def named_after(name: str, org: str | None) -> tuple[BodyInfo, str] | None:
    """The listed body whose name begins ``name`` (its longest such prefix, a capitalised word after it), and the rest:
    "the Association of Southeast Asian Nations| Political-Security Community Council", "the Andean Community| Roadmap
    …". Never the United Nations: its name begins a whole system's funds, programmes, agencies and texts."""
    for m in reversed(list(re.finditer(r"\s+(?=[A-Z])", name))):
        info = lookup(name[:m.start()], org)
        if info is not None:
            return (info, name[m.end():]) if info.key != "un" else None
    return None


def _named_after_listed(name: str, org: str | None) -> tuple[str, BodyInfo] | None:
    """"the Association of Southeast Asian Nations Political-Security Community Council", "the African Union Centre
    for Post-Conflict Reconstruction and Development": an organ named after the organization it belongs to, and its
    own name."""
    found = named_after(name, org)
    if found and found[0].kind == "organization" and HEAD_WORD.search(found[1]):
        return found[1], found[0]
    return None


def _truncated_listed(name: str) -> BodyInfo | None:
    """A listed body's long name cut short by a conversion error, if it is most of that name."""
    if len(name) < 25:
        return None
    low = name.lower()
    for info in catalogue().values():
        for alias in (info.label, *info.aliases):
            a = alias.lower()
            if a.startswith(low) and len(low) >= 0.75 * len(a):
                return info
    return None


# the post at the head of a listed organization, before its name
_HEAD_OF = re.compile(r"\b(?P<title>Executive\s+Director|Director[-\s]General|Executive\s+Secretary|Administrator|"
                      r"High\s+Commissioner|Executive\s+Head|Secretary[-\s]General|"
                      # a presiding officer, named with no holder ("the incoming President of the Conference on
                      # Disarmament"): a post of that body
                      # ("the current President and successive Presidents of …": the one post)
                      r"(?<![Vv]ice[-\s])(?:President|Chair(?:person)?))(?:(?<=President)s)?\s+of\s+(?:the\s+)?$")


_CAPS = r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|the))*"
# what names a policy or a plan, not a body, in capitals before its lower-case kind
_POLICY_AFTER = re.compile(rf"(?:,\s+{_CAPS})*(?:,?\s+and\s+{_CAPS})?\s+(?:policy|policies|framework|strategy|"
                           r"roadmap|road\s+map|architecture|agenda)\b")


_A_SEAT = re.compile(r"\s(?:Member|Alternate|Rules|Regulations|Guidelines)$")  # (or its rules: "the Platform Rules")
_AN_ACT = re.compile(r"(?:Control|Management|Prohibition|Prevention|Elimination|Ban|Limitation|Reduction|Regulation|"
                     r"Protection)\s+of\b")


def find_bodies(text: str, start: int, end: int, org: str | None) -> list[Mention]:
    """Listed names and acronyms first, then names of the right shape, then generic lowercase ones."""
    out: list[Mention] = []
    for m in _alias_pattern().finditer(text, start, end):
        info = lookup(m.group(0), org)
        if info is None or info.kind == "series":
            continue
        if m.group(0) in info.acronyms and m.group(0).isupper() is False and len(m.group(0)) < 4:
            continue
        out.append(Mention("body", m.start(), m.end(), m.group(0), info.key, info.label,
                           {"listed": True, "kind": info.kind}))
        head = _HEAD_OF.search(text, max(start, m.start() - 40), m.start()) if info.kind != "officer" else None
        if head:  # "the Executive Director of UNEP", "the Director-General of the Organisation …": its head's post
            title = re.sub(r"[\s-]+", lambda d: "-" if "-" in d.group(0) else " ", head.group("title"))
            key = f"{info.key}/{slugify(title)}"
            out.append(Mention("body", head.start("title"), m.end(), text[head.start("title"):m.end()], key,
                               f"{title} of {next(iter(info.acronyms), 'the ' + info.label)}",
                               {"officer": True, "parent": info.key}))
    phrases = _PHRASE.finditer(text, start, end) if _HEAD_ANYWHERE.search(text, start, end) else ()
    for m in phrases:
        if _NO_COMMITTEE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "[without reference to a Main Committee (A/80/L.4)]": adopted in plenary, by no committee
        s, e = m.start(), m.end()
        at = _POST_AT.match(text, s, e)
        s = at.end() if at else s  # "State Secretary at the Federal Ministry …": the post is not the body's name
        if _POLICY_AFTER.match(text, e):
            continue  # "the African Union Post-Conflict, Reconstruction and Development policy": a policy's name
        lead = _LIST_LEAD.search(text, max(start, s - 120), s) if _AND_FIRST.match(text, s, e) else None
        if lead and not HEAD_WORD.search(lead.group(0)):
            s = lead.start()  # "the Regional Disarmament, Information and Outreach Branch of the Office …"
        tail = _LIST_TAIL.match(text, e) if _FOR_A_SUBJECT.search(text, s, e) else None
        if tail and not HEAD_WORD.search(tail.group(0)):
            e = tail.end()  # "the Federal Ministry for Environment, Nature Conservation and Nuclear Safety"
        # (not "Bureau Member: Mr. Fundisile Goodman Mketeni (South Africa)": a seat on the body, graph/officers.py;
        # nor "the applicable Platform Rules")
        # (nor "… and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa": a
        # treaty's subject, which an act's noun opens)
        out += [_on_topic(text, b) for b in _shaped(text, s, e, org)
                if not _A_SEAT.search(b.text) and not _AN_ACT.match(b.text)]
    for m in _GENERIC.finditer(text, start, end):
        phrase = m.group(0)
        if _YEARS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the 2024–2025 group of governmental experts": one past group, named by its years, not a head
        named_by_topic = m.group(0).islower() and _GROUP.search(m.group(0)) and _THE_BEFORE.search(
            text, max(0, m.start() - 12), m.start())
        topic = _TOPIC.match(text, m.end()) if named_by_topic else None
        if not topic and phrase.islower() and phrase.endswith("trust fund") and _THE_WHOSE_BEFORE.search(
                text, max(0, m.start() - 60), m.start()):
            topic = _FOR_WHOM.match(text, m.end())  # "… trust fund for the participation of the least developed …"
        rest = text[topic.end():topic.end() + 40] if topic else ""
        if topic and (re.match(r"\s*,?\s+(?:and\s+|or\s+|in\s+)*(?:established|created|set\s+up|of\s+and)\b", rest)
                      or re.match(r"\s+(?:and|or|of|in)\s+(?!the\b)[a-z]", rest)):
            topic = None  # cut where its name goes on ("on security of and in the use of …"), or founded by a text
            # that names it whole (graph/extract.py, _established_after)
        if topic:  # "the working group on effective treaty implementation": named by what it works on
            e = m.end() + len(_TRAILING.sub("", topic.group(0)))
            name = re.sub(r"\s+", " ", text[m.start():e]).replace(" established for ", " for ")
            out.append(Mention("body", m.start(), e, text[m.start():e], "body/" + slugify(name), name, {"topic": True}))
            continue
        out.append(Mention("body", m.start(), m.end(), phrase, "", phrase, {"generic": True}))
    for m in _BARE_POST.finditer(text, start, end) if _BARE_POST_WORD.search(text, start, end) \
            else ():  # a post named alone: "on the basis of the report of the Special Coordinator 20"
        title = re.sub(r"\s+", " ", m.group("title"))
        out.append(Mention("body", m.start("title"), m.end("title"), m.group("title"), f"post/{slugify(title)}", title,
                           {"listed": False, "officer": True}))
    # a name of the right shape that begins inside a listed name and runs past it cut that name: "the establishment by
    # the General Assembly of the United Nations Regional Centre …" is the Assembly and the Centre, not an "Assembly of
    # the … Centre"
    listed = [(b.start, b.end) for b in out if b.attrs.get("listed")]
    return [b for b in out if b.attrs.get("listed") or not any(s < b.start < e < b.end for s, e in listed)]


# what a group works on, in lowercase words, up to the clause's next turn: "on transparency and reporting to …"
_TOPIC_WORD = r"[a-z][a-z-]*"
# what a body named by its work did, right after its name: "the Group of Governmental Experts to further consider
# nuclear disarmament verification issues adopted its final report"
_DID = r"(?:adopted|submitted|met|held|concluded|agreed|completed|transmitted)"
# (the words that end a topic: "… on effective treaty implementation and the voluntary trust fund", "… during …")
_NOT_TOPIC = rf"(?:and|to|which|that|in|at|for|with|as|by|from|under|during|was|is|were|has|have|{_DID})\b"
_TOPIC = re.compile(rf"\s+on\s+(?!the\s+(?:basis|occasion|margins|sidelines|side)\b)(?:the\s+)?{_TOPIC_WORD}"
                    rf"(?:\s+(?!{_NOT_TOPIC}){_TOPIC_WORD}|\s+in\s+outer\s+space){{0,10}}(?:\s+and\s+{_TOPIC_WORD}(?=\s*[,;.(\[]|\d|\s+(?:to|which|that)\b))?"
                    r"(?:\s+in\s+all\s+(?:its|their)\s+aspects)?"  # "… arms race in outer space in all its aspects"
                    r"(?=\s*[,;.()\[]|\d|\s+[a-zA-Z⟦]|\s*$)")  # (a note's mark may end it: "…development[^3]")
_THE_WHOSE_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){0,4}$")  # "the United Nations voluntary trust fund"
# whom a fund serves: "for victims of trafficking in persons", "established for the benefit of victims of crimes"
_FOR_WHOM = re.compile(rf"\s+(?:established\s+)?for\s+(?:the\s+benefit\s+of\s+|the\s+)?(?!the\b){_TOPIC_WORD}"
                       rf"(?:\s+(?!(?:to|which|that|at|with|as|by|from|under|during|was|is|were|has|have)\b)"
                       rf"(?!(?:of\s+)?the\s+[A-Z]){_TOPIC_WORD}){{0,8}}(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})?"
                       r"(?=\s*[,;.()\[]|\d|\s+[a-zA-Z⟦]|\s*$)")
# a group named only by what it is, capitalised, then what it works on: "the Group of Governmental Experts on the
# relationship between disarmament and development" (not one node for every group of experts)
CAPITAL_GROUP = re.compile(r"(?:Open-ended\s+)?(?:Working\s+Group|Expert\s+Group|Group\s+of\s+(?:Governmental\s+|"
                            r"Independent\s+)?Experts|Panel\s+of\s+(?:Governmental\s+)?Experts)")


# or what it is set up to do: "the Group of Governmental Experts to further consider nuclear disarmament verification
# issues,7"
_PURPOSE = re.compile(rf"\s+to\s+(?:further\s+)?(?:consider|examine|study|review|explore|develop|elaborate|negotiate|"
                      rf"prepare)\s+(?:the\s+)?{_TOPIC_WORD}(?:\s+(?!{_NOT_TOPIC}){_TOPIC_WORD}){{0,10}}"
                      rf"(?=\s*[,;.()\[]|\d|\s*$|\s+{_DID}\s)")


def _on_topic(text: str, m: Mention) -> Mention:
    capital = not m.attrs.get("listed") and CAPITAL_GROUP.fullmatch(m.label)
    topic = (_TOPIC.match(text, m.end) or _PURPOSE.match(text, m.end)) if capital else None
    e = m.end + len(_TRAILING.sub("", topic.group(0))) if topic else 0
    if not topic or not re.match(rf"\s*(?:[,;.(\[]|\d|$)|\s+(?:during|since|{_DID})\s", text[e:e + 14]):
        # only a topic that ends the phrase (or a time after it: "… on lethal autonomous weapons systems during its
        # sessions"), not one that goes on ("… on verification as a means to …")
        return m
    name = re.sub(r"\s+", " ", text[m.start:e])
    return Mention("body", m.start, e, text[m.start:e], "body/" + slugify(name), name, {"topic": True})


_GROUP = re.compile(r"\b(?:group|task force)\b")  # a group, not a secretariat: "the note by the secretariat on …"
_TRAILING = re.compile(r"(?:\s+(?:of|the|a|an|on))+$")
_THE_BEFORE = re.compile(r"\bthe\s+(?:\w+\s+)?$")


def _shaped(text: str, start: int, end: int, org: str | None, depth: int = 0) -> list[Mention]:
    """The body a capitalised phrase names; or, for two bodies joined by "and the", each of them ("the Subregional
    Centre for Human Rights ... and the Council for Peace and Security in Central Africa")."""
    words = text[start:end].split()
    offset = start
    at_start = re.search(r"(?:^|[\n.;:(]|\d\.|\([a-z]{1,3}\))\s*$", text[max(0, start - 8):start])  # "(e) Requesting"
    first = True
    while words and (words[0] in _LEAD_STOP or words[0].islower() or _caps_lead(words[0])
                     or (first and at_start and words[0].endswith("ing"))
                     # whose it is, said before it: "the Treaty’s Scientific Advisory Group"
                     or (len(words) > 1 and re.search(r"[’']s$", words[0]))) \
            and not _PLENARY_ORGAN.match(" ".join(words[:2])):  # "General Conference of …" keeps its "General"
        offset = text.index(words[0], offset) + len(words[0])
        words.pop(0)
        first = False
        while offset < end and text[offset].isspace():
            offset += 1
    words = _without_tail(words, org)
    while words and words[-1] in {"of", "on", "for", "and", "in", "the", "to"}:
        words.pop()
    if words and re.search(r"['’]s$", words[-1]):  # "the Agency’s General Conference": a possessive, not a name
        return []
    joined = " ".join(words)
    has_head = HEAD_WORD.search(joined) and HEAD_WORD.search(places.without_countries(joined))
    if not words or not (has_head or _PLENARY_ORGAN.match(joined)):
        return []  # no head but a country's ("… in the Russian Federation"): not a body
    s = text.index(words[0], offset)
    if depth and _OFFICE_OF.match(text, s):
        return []
    e = _span_end(text, s, words)
    name = re.sub(r"\s+", " ", text[s:e])
    for j in re.finditer(r"\s+and\s+(?:the\s+)?", text[s:e]):
        left, right = text[s:s + j.start()], text[s + j.end():e]
        if j.group(0).split() == ["and", "the"] and not HEAD_WORD.search(left) and HEAD_WORD.search(right):
            # "[the early warning mechanism for] Central Africa and the Central Africa Multinational Force": the phrase
            # began in the name before; the body is the one after "and the"
            return [] if depth >= 4 else _shaped(text, s + j.end(), e, org, depth + 1)
        if (lookup(left, org) or lookup(right, org)
                or (HEAD_WORD.search(left) and j.group(0).split() != ["and"])):
            # two bodies ("FAO and the United Nations Development Programme"): each on its own (a listed one is
            # found by its alias already)
            if depth >= 4:
                return []
            return _shaped(text, s, s + j.start(), org, depth + 1) + _shaped(text, s + j.end(), e, org, depth + 1)
    if places.is_country(name) or _VENUE.search(name):
        return []
    if _GENERIC.fullmatch(name.lower()) and not lookup(name, org) and not _PROPER_GROUP.fullmatch(name):
        return [Mention("body", s, e, text[s:e], "", name, {"generic": True})]
    if len(words) == 1 and name in HEADS:
        # "requests the Centre to …" after "the Regional Centre": the body of that head named last (extract's
        # _short_name), nothing when none was
        the = re.search(r"(?:\bthe|[’']s)\s+$", text[max(0, s - 5):s])  # (or "the Platform’s Plenary")
        return [Mention("body", s, e, text[s:e], "", name, {"generic": True})] if the and not lookup(name, org) else []
    if lookup(name, org) or name.isupper() or (_INSTRUMENT.search(name) and not _TREATY_BODY.match(name)
                                               and not _works_on_a_text(name) and not _organ_of_listed(name, org)):
        return []
    post = _post_of(text, s, e, org) if not depth else None
    if post:
        return [post]
    cut = _truncated_listed(name)
    if cut:  # "... Biodiversity and Ecosys" where the text broke a listed name
        return [Mention("body", s, e, text[s:e], cut.key, cut.label, {"listed": True, "kind": cut.kind})]
    for j in after_listed_body(name, org):  # "the convening by the IAEA of the Ministerial Conference on …"
        if MEETING_WORD.search(name[j.end():]) and not lookup(name[j.end():], org):
            return []
    lead = _ABOUT_A_BODY.match(name)
    if lead and not HEAD_WORD.search(lead.group("x")) and not _OFFICE_OF.match(name) \
            and not _PLENARY_ORGAN.match(name):
        # "Election of Members to the Board of Governors", "Members of the Platform", "Heads of State and Government
        # of the Economic Community of West African States": about a body, which is the part after "of the"
        return [] if depth >= 4 else _shaped(text, s + lead.end("x") + len(lead.group("sep")), e, org, depth + 1)
    of, after = _of_listed(name, org), _named_after_listed(name, org)
    if of or after:  # "Commission of the Economic Community of Central African States": an organ of a listed body
        head, parent = of or after
        listed = catalogue().get(f"{parent.key}/{slugify(head)}")
        if listed:  # "the Plenary of the Intergovernmental Science-Policy Platform …" is the listed organ
            return [Mention("body", s, e, text[s:e], listed.key, listed.label, {"listed": True, "kind": listed.kind})]
        return [Mention("body", s, e, text[s:e], f"{parent.key}/{slugify(head)}", head if of else name,
                        {"listed": False, "parent": parent.key})]
    organ = _ORGAN_OF_NAMED.fullmatch(name)
    if organ:
        whose = "body/" + slugify(organ.group("whose"))
        return [Mention("body", s, e, text[s:e], f"{whose}/{slugify(organ.group('head'))}", organ.group("head"),
                        {"listed": False, "parent": whose, "parent_name": organ.group("whose")})]
    if _PLENARY_OF_SHORT.fullmatch(name):  # "the General Conference of the Agency": the organ of the agency named
        return [Mention("body", s, e, text[s:e], "body/" + slugify(name), name,  # before (graph/entities.py)
                        {"listed": False, "organ_of": True})]
    if _PLENARY_ORGAN.match(name):  # whose, unsaid: a summit meeting as much as an organ, so left to meetings.py
        return []
    return [Mention("body", s, e, text[s:e], "body/" + slugify(name), name, {"listed": False})]


def _organ_of_listed(name: str, org: str | None) -> bool:
    """"the Youth Group of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization": an
    organ of a listed body, whose name holds a text's word, is a body all the same."""
    owner = _of_listed(name, org)
    return bool(owner) and not _INSTRUMENT.search(owner[0])


def _post_of(text: str, s: int, e: int, org: str | None) -> Mention | None:
    """"the Chair of the Ad Hoc Committee on the Indian Ocean": a post of that committee, which is named too (not a
    body called "Chair of …"); "the Chair of the Ad Hoc Committee" names the committee by the start of its name, which
    only the document's context can place (graph/entities.py)."""
    office = _OFFICE_OF.match(text, s, e)
    if not office:
        return None
    at = re.compile(r"\s+(?:the\s+)?").match(text, office.end(), e)
    if not at or at.end() >= e:
        return None
    title = re.sub(r"\s+of$", "", re.sub(r"\s+", " ", office.group(0)))
    listed = lookup(text[at.end():e], org)
    if listed and _HEAD_OF.search(text, s, at.end()):
        return None  # "the Director-General of the OPCW": the head's post, found with the listed name (find_bodies)
    if listed:
        inner = [Mention("body", at.end(), e, text[at.end():e], listed.key, listed.label,
                         {"listed": True, "kind": listed.kind})]
    else:
        inner = _shaped(text, at.end(), e, org, 1)
    if len(inner) != 1 or (inner[0].start, inner[0].end) != (at.end(), e) or inner[0].attrs.get("officer"):
        return None
    body = inner[0]
    if body.attrs.get("generic"):
        return Mention("body", s, e, text[s:e], "", re.sub(r"\s+", " ", text[s:e]),
                       {"officer": True, "post": title, "of": body})
    return Mention("body", s, e, text[s:e], f"{body.key}/{slugify(title)}", f"{title} of the {body.label}",
                   {"officer": True, "parent": body.key, "of": body})


# whom a body serves or where it met, after its name: "the Regional Centre to Member States", "report through the
# Committee to the General Assembly", "the … Services Forum in Libreville", "the Executive Council … in Khartoum"
_RECIPIENT = re.compile(r"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:Member\s+)?States|[A-Z][a-z]+\s+countries)\b")


def _without_tail(words: list[str], org: str | None) -> list[str]:
    """The name without a tail "to <whom>" or "in <city or country>" after a head word."""
    for i, word in enumerate(words[1:], 1):
        if word not in ("to", "in") or not HEAD_WORD.search(" ".join(words[:i])):
            continue
        rest = " ".join(words[i + 1:])
        bare = re.sub(r"^the\s+", "", rest)
        if word == "to" and (_RECIPIENT.fullmatch(rest) or lookup(bare, org)) \
                or word == "in" and (places.is_country(bare) or places.city_country(bare.split(" in ")[0])):
            return words[:i]
    return words


def after_listed_body(name: str, org: str | None = None) -> Iterator[re.Match[str]]:
    """Each " of the " in a name that follows a listed body's name: "the International Atomic Energy Agency| of the
    |Ministerial Conference on Nuclear Safety" names what the agency convened, not a body of its own."""
    return (j for j in re.finditer(r"\s+of\s+the\s+", name) if lookup(name[:j.start()], org))


def _span_end(text: str, s: int, words: list[str]) -> int:
    pos = s
    for w in words:
        pos = text.index(w, pos) + len(w)
    return pos


def acronym_after(text: str, end: int) -> tuple[str, int] | None:
    """An acronym in parentheses right after a name: "Committee on Hemispheric Security (CSH)"."""
    m = re.match(r"\s*\(([A-Z][A-Za-z/&-]{1,11}(?: [IVX]+)?)\)", text[end:end + 20])
    if m and sum(c.isupper() for c in m.group(1)) >= 2:
        return m.group(1), end + m.end()
    return None
