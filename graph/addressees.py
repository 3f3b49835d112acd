"""Addressees: whom an instrument asks, as the text names them.

A body, an officer, a person or a country is a mention the recognisers resolved; a group of States or actors addressed
as a whole ("all States that have not yet done so", "the nuclear-weapon States", "Member and observer States", "the
United Nations system", "United Nations bodies") is one `foaf:Group` node however many documents address it, and the
words a request uses for it, where they say more than its name, are kept for that request (``acta:addressedAs``).
The request clauses that use this grammar are ``graph/requests.py``; ``graph/proceedings.py`` reads the groups that
take part in a meeting with it.
"""

from __future__ import annotations

import re

from .entities import MEETING_POST, meeting_post, resolve_mention
from .extract import Context, View
from .mentions import BROKEN_HYPHEN
from .text import slugify

# a group addressed as a whole: "all States", "Member States", "the nuclear-weapon States", "African States Parties
# to the ⟦I⟧", "the States concerned", "landlocked developing countries", "the international community"; its
# words before the head are a name's ("African", "Member"), a compound ("nuclear-weapon") or a kind of country
_GROUP_WORD = (r"(?:[A-Z][a-z]+|[a-z]+[-‑][ \t]?[a-z]+(?:[-‑][a-z]+)*|developing|developed|landlocked|transit|coastal|"
               r"donor|neighbouring|other|interested|participating|affected|member|island|small|least|observer|signatory|"
               r"concerned|competent|eligible|host|subregional|"
               r"multilateral|international|regional|financial|intergovernmental|relevant|development|"
               r"two|three|four|five|six|seven|eight|nine|ten)")  # "the five nuclear-weapon States"
# "the United Nations system", "relevant entities and bodies of the United Nations system": its parts, as a whole
_PARTS = r"(?:entities|organizations|agencies|bodies|organs|funds|programmes|specialized[ \t]+agencies)"
_SYSTEM = (rf"(?:(?:relevant[ \t]+)?{_PARTS}(?:[ \t]+and[ \t]+{_PARTS})?[ \t]+of[ \t]+the[ \t]+)?"
           r"⟦B\d+⟧(?:[ \t]+development)?[ \t]+system(?![\w-])")  # ("the United Nations development system")
# two words of one case joined by "and", one group's: "regional and subregional", "Olympic and Paralympic" (not
# "Caribbean and regional organizations")
_PAIR = (rf"(?:(?=[a-z]){_GROUP_WORD}[ \t]+and[ \t]+(?=[a-z]){_GROUP_WORD}"
         rf"|(?=[A-Z]){_GROUP_WORD}[ \t]+and[ \t]+(?=[A-Z]){_GROUP_WORD})")
# businesses named by what they provide: "Internet service and access providers", "technology companies"
_BUSINESS_WORD = r"(?:[A-Z][a-z]+|(?!(?:and|or|the|of|to|by|with|in|for|as)\b)[a-z]+)"
_BUSINESSES = (rf"(?<![\w-])(?:{_BUSINESS_WORD}(?:[ \t]+and[ \t]+[a-z]+)?[ \t]+){{1,3}}"
               r"(?:providers|companies|operators)(?![\w-])")
_GROUP_NAME = (rf"(?:(?:{_GROUP_WORD}[ \t]+){{0,3}}?"
               # ("States members of the African Union": whose members, the body in the group's name)
               # ("the States contemplated in Protocol III to the Treaty": which States, the text in the group's name)
               r"(?:[Ss]tates(?:[ \t]+[Mm]embers[ \t]+of[ \t]+the[ \t]+⟦B\d+⟧"
               r"|[ \t]+(?:contemplated|listed)[ \t]+in[ \t]+(?:the[ \t]+)?⟦I\d+⟧"
               # ("the States Parties and signatories to the treaties of …": one group)
               r"|[ \t]+(?:[Pp]arties(?:[ \t]+and[ \t]+signatories)?|[Mm]embers|signatories)"
               r"|[ \t]+not(?:[ \t]+yet)?[ \t]+[Pp]arties)?(?![\w-])|"  # "States not Parties to the Convention"
               r"Governments|governments|Parties|parties|countries|international[ \t]+community|stakeholders|"
               # "the co-sponsors of the 1995 resolution on the Middle East", "the competent authorities of the …"
               r"(?:co-)?sponsors|authorities|"
               # "Invites members to submit requests", "Invites members of the Platform to submit questions": the
               # members of the organization whose decision it is
               r"[Mm]embers(?:[ \t]+of[ \t]+the[ \t]+⟦B\d+⟧)?(?![\w-]))"
               # "all parties directly concerned", "the countries of the Sahelo-Saharan subregion"
               r"(?:[ \t]+(?:(?:directly[ \t]+)?concerned|of[ \t]+the[ \t]+(?:[A-Z][\w-]+[ \t]+)?(?:sub)?region))?"
               # "multilateral development banks", "international organizations", "the regional commissions",
               # "the private sector": institutions a declaration addresses as a whole, named with what kind they are
               # ("the relevant regional and subregional organizations": _PAIR)
               rf"|(?:(?:{_PAIR}|{_GROUP_WORD})[ \t]+){{1,3}}"
               r"(?:banks|institutions|organizations|commissions|partners|bodies|movements)"
               r"(?![\w-])"
               r"|specialized[ \t]+agencies"
               # "the governing bodies of the United Nations funds and programmes": who governs a body's parts
               r"|(?:governing[ \t]+bodies|executive[ \t]+boards|executive[ \t]+heads)[ \t]+of[ \t]+the[ \t]+⟦B\d+⟧"
               r"[ \t]+(?:specialized[ \t]+agencies|funds|programmes|agencies|entities)"
               r"(?:[ \t]+and[ \t]+(?:programmes|funds|agencies))?(?![\w-])"
               # "the United Nations leadership in countries considered by the Commission", "United Nations country
               # teams": a body's people in the field, as a whole
               r"|⟦B\d+⟧[ \t]+(?:leadership|country[ \t]+teams)(?![\w-])"
               # "Encourages civil society, industry and relevant organizations to …": actors outside government
               rf"|private[ \t]+sector|civil[ \t]+society(?![ \t]+(?:organizations|representatives|actors))|industry"
               rf"|academia|{_SYSTEM}"
               rf"|{_BUSINESSES})")  # (last: "the private sector and technology companies" is two)
# "States Parties to the ⟦I⟧", "States not parties to the Convention": whose parties, not what is asked
_NOTE = r"(?:⟦S\d+⟧|\[\^\w+\])"  # a note's marker, a document's or a plain note's
_OF_TEXT = (r"(?:[ \t]+not(?:[ \t]+yet)?[ \t]+[Pp]art(?:y|ies))?"
            r"(?:[ \t]+(?:to|of)[ \t]+(?:the[ \t]+|th(?:is|at|ose)[ \t]+)?"
            # ("both Parties to the Treaty on Measures for … (New START Treaty)": its short name in brackets)
            # (and the text's note: "States Parties to the Treaty on the South-East Asia …[^18] and the …")
            rf"(?:⟦I\d+⟧(?:[ \t]*\([ \t]*⟦I\d+⟧[ \t]*\))?(?:[ \t]*{_NOTE})?|Treaty|Convention|Protocols?|Agreement|"
            r"Statute|treaties|instruments?))?")
GROUP = re.compile(rf"(?P<name>{_GROUP_NAME}){_OF_TEXT}")
_ADDR_ITEM = (rf"(?:(?-i:{_GROUP_NAME}){_OF_TEXT}|(?:⟦B\d+⟧['’]s\s+)?⟦[BPL]\d+⟧"  # (a group first: "⟦B⟧ system")
              r"(?:\s*\(\s*⟦B\d+⟧\s*\))?"  # "the International Council for Science (ICSU)"
              rf"|(?-i:{MEETING_POST}))")  # "the Chair-designate of the 2027 Meeting of States"
# ("the landlocked developing countries, transit countries, their development partners, the United Nations system and
# all other relevant stakeholders")
# ("other relevant international organizations or institutions, regional organizations, the …": an item's "or …")
_OR_KIND = r"(?:\s+(?:or|and)\s+(?:institutions|organizations|bodies|agencies|entities|mechanisms)(?![\w-]))?"
# ("the relevant United Nations entities, as well as the World Trade Organization": one more)
ADDR = (rf"{_ADDR_ITEM}{_OR_KIND}(?:\s*(?:,|and|,?\s+as\s+well\s+as)\s*(?:the\s+|all\s+|other\s+|relevant\s+|their\s+)?"
        rf"{_ADDR_ITEM}{_OR_KIND})*")


# "those countries", "these States": a group the text addressed before
THOSE_RE = re.compile(r"th(?:ose|ese)\s+(?:countries|States|Governments|Parties|organizations)")
THOSE = THOSE_RE.pattern + r"(?=\s*,|\s+to\s)"


# "United Nations bodies related to …", "… regional commissions", "… specialized agencies": the body's institutions
# of a kind, a group; not "… members", "… staff", "… officials" (people of the body, not whom it asks)
_PLURAL_PART = (r"(?:(?:regional|specialized|technical|functional|subsidiary)\s+)?"
                r"(?:bodies|entities|agencies|organs|organizations|funds|programmes|offices|commissions|committees)")
MODIFIES_PLURAL = re.compile(rf"\s+(?:(?P<parts>{_PLURAL_PART}(?:\s+and\s+{_PLURAL_PART})?)|members|staff|"
                              r"officials)\b")


# "Invites all States that have not ratified the Convention or acceded to it to provide …", "Encourages all States
# that are part of regional alliances that include nuclear-weapon States to …": which of the group are asked
_WHICH = re.compile(r"\s+(?P<which>(?:that|which|who)\s+(?:[^⟦;:,]|⟦[IBL]\d+⟧){3,150}?)\s*,?\s*$")
_HALF_CLAUSE = re.compile(r"\b(?:yet|have|has|are|is|be|been)$")  # "that have yet": its "to sign" taken for the act
# "Urges the co-sponsors of the 1995 resolution on the Middle East to …": whose sponsors
_SPONSORS_OF = re.compile(r"\s+(?P<which>of\s+(?:the\s+)?(?:[^⟦;:,]|⟦[SIDL]\d+⟧){3,120}?)\s*,?\s*$")


def say_which(ctx: Context, view: View, group: str, gap: str) -> None:
    """The group as the text names it, with the relative clause that says which of it are asked (or what its
    sponsors sponsored)."""
    if not (group.startswith("group/") and gap):
        return
    which = (_SPONSORS_OF if group.endswith("sponsors") else _WHICH).match(gap)
    said = view.phrase(which["which"]) if which else ""
    if which and not _HALF_CLAUSE.search(which["which"]) and not ctx.registry.label(group).endswith(said):
        at = (view.sentence.start, group)
        ctx.addressed_as[at] = f"{ctx.addressed_as.get(at) or ctx.registry.label(group)} {said}"


# "3. Commends the Mediterranean countries for their efforts …, encourages them to …", "Expresses its appreciation
# for the … contributions made by Member States …, and strongly encourages them to …": whom "them" stands for when
# the sentence asked no one before, those it praised (or whose contributions it praised)
_PRAISED = re.compile(rf"^(?:\d{{1,3}}\.\s+)?(?:(?:Also|Further)\s+)?(?:Commends|Congratulates|Thanks|Praises|"
                      rf"Expresses\s+(?:its\s+)?(?:deep\s+|sincere\s+)?(?:appreciation|gratitude)\s+to)\s+"
                      rf"(?:the\s+|all\s+)?(?P<addr>{ADDR})")
_MADE_BY = re.compile(rf"\b(?:provided|made|played|undertaken|taken)\s+by\s+(?:the\s+|all\s+)?(?P<addr>{ADDR})")


def praised(ctx: Context, view: View, before: str) -> list[str]:
    """Whom a sentence's "them" stands for when it asked no one before: those it praised, or whose work."""
    found = _PRAISED.match(before) or ([*_MADE_BY.finditer(before)] or [None])[-1]
    return addressees_in(ctx, view, found.group("addr")) if found else []


def addressees_in(ctx: Context, view: View, addr: str, before: str = "") -> list[str]:
    """The nodes an addressee span names, in order: bodies, officers, persons, countries (not a city), groups.  A
    group the words say more of than its name ("all States", "States Parties to the Treaty on …") is remembered
    so, for the sentence's requests; ``before`` is the template before the span ("Calls upon all ")."""
    groups = groups_in(ctx, view, addr)
    for start, end, key in groups:
        said = _ALL_OR_BOTH.search(before if start == 0 else addr[:start])
        words = BROKEN_HYPHEN.sub("-", view.phrase(re.sub(rf"\s*{_NOTE}$", "", addr[start:end])))  # (not its note)
        wording = f"{said.group(1).lower()} {words}" if said else words
        label = ctx.registry.label(key)
        if wording.lower() != label.lower() and f" {label.lower()} " in f" {wording.lower()} ":
            ctx.addressed_as[(view.sentence.start, key)] = wording
    found: list[tuple[int, str]] = [(start, key) for start, _, key in groups]
    for post in re.finditer(MEETING_POST, addr) if "⟦M" in addr else ():
        if key := meeting_post(ctx, view, post.group(), view.sentence):
            found.append((post.start(), key))
    for token in re.finditer(r"⟦([BPL])(\d+)⟧(?!['’]s\s)", addr):
        if any(start <= token.start() < end for start, end, _ in groups):
            continue  # the United Nations of "the United Nations system": the group is whom
        key = resolve_mention(ctx, view, int(token.group(2)))
        if key and (token.group(1) != "L" or key.startswith("country/")):
            found.append((token.start(), key))
    return list(dict.fromkeys(key for _, key in sorted(found)))


_ALL_OR_BOTH = re.compile(r"\b(all|both)\s+$", re.I)
_GROUP_CAPITALS = re.compile(r"\b(?:states|member|parties|governments)\b")


# "Member and observer States": two groups, the noun said once
_SHARED_NOUN = re.compile(rf"\b(?<![Ss]tates\s)(?!(?:States|countries|Governments)\b)"
                          rf"(?P<a>{_GROUP_WORD})\s+and\s+(?P<b>{_GROUP_WORD}\s+"
                          r"(?P<noun>States|countries|Governments))\b")


def groups_in(ctx: Context, view: View, words: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each group a stretch of template names, whom a resolution asks or who takes part
    ("Member States, observer States and …", "the United Nations system"); "Member and observer States" is two (not
    "Member States and observer States": no "States States")."""
    found = []
    for g in GROUP.finditer(words):
        shared = _SHARED_NOUN.search(words, max(0, g.start() - 40), g.end())
        if shared and shared.end() == g.end():
            found.append((shared.start(), g.end(), ensure_group(ctx, f"{shared.group('a')} {shared.group('noun')}")))
        found.append((g.start(), g.end(), ensure_group(ctx, view.phrase(g.group("name")))))
    return found


def parts_of(ctx: Context, view: View, body: str, parts: str) -> str:
    """"United Nations bodies", "the United Nations regional commissions": a body's institutions of a kind, a group."""
    return ensure_group(ctx, f"{view.m(body).text} {view.phrase(parts)}")


def ensure_group(ctx: Context, name: str) -> str:
    """One node per group whatever its case or line breaks ("member states", "Member States")."""
    label = re.sub(r"^(?:(?:other|relevant)\s+)+", "", re.sub(r"-\s+", "-", re.sub(r"\s+", " ", name.strip())))
    label = _GROUP_CAPITALS.sub(lambda w: w.group().capitalize(), label)
    key = f"group/{slugify(label)}"
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, "group", label)
    return key


def person_before(ctx: Context, view: View, at: int) -> str | None:
    """"Expresses its satisfaction to the Secretary-General for his support …, and requests him to …": the last
    person or officer named before the pronoun in the sentence."""
    from .bodies import catalogue
    for token in reversed(list(re.finditer(r"⟦([BP])(\d+)⟧", view.template[:at]))):
        key = resolve_mention(ctx, view, int(token.group(2)))
        info = catalogue().get(key) if key and token.group(1) == "B" else None
        if key and (token.group(1) == "P" or (info is not None and info.kind == "officer")):
            return key
    return None


BODY_PARTS = re.compile(rf"⟦B(\d+)⟧\s+(?P<parts>{_PLURAL_PART})\b")  # "United Nations bodies": a group, not the UN
