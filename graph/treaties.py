"""Days in a treaty's life that a resolution mentions in passing: signed, opened for signature, in force.

"The entry into force of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) on 15 July
2009", "Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast
Asian Nations", "Welcomes the entry into force of the Treaty on 22 January 2021" (the treaty the
document named last), "the adoption by the General Assembly and the entry into force of the Treaty on
2 April 2013 and 24 December 2014, respectively", "the Declaration on the Zone of Peace, Freedom and
Neutrality, signed in Kuala Lumpur on 27 November 1971", "the Treaty …, opened for signature in Mexico
City on 14 February 1967". And the day a text was adopted, a declaration's as much as a treaty's: "the Bamako
Declaration …, adopted in Bamako on 1 December 2000", "the adoption, on 14 June 2006 in Abuja …, of the Convention
on …", "the Treaty … was adopted on 7 July 2017, and … it was opened to signature … on 20 September 2017, entered
into force on 22 January 2021".
"""

from __future__ import annotations

import re

from .citing import cite_found
from .entities import TREATY_HEAD, named_before, resolve_mention
from .extract import Context, Lit, View, date_literal
from .series import merge_into, merge_shortened

# (a note whose text names no document stays a number glued to the name: "… Caribbean (Treaty of Tlatelolco)1 was …")
_NOTES = r"(?:\s*\(\s*⟦I\d+⟧\s*\))?(?:\s*,?\s*(?:⟦S\d+⟧|\[\^\d+\])|(?<=[⟧)])\d{1,2}(?!\d))*"
# ("the entry into force, on 25 April 1969, of the Treaty of Tlatelolco")
_IN_FORCE = re.compile(
    rf"\bentry\s+into\s+force(?:\s+of\s+(?:the\s+)?(?:⟦I(?P<i>\d+)⟧|(?P<head>{TREATY_HEAD})\b){_NOTES}\s*,?\s+on\s+"
    r"⟦D(?P<d>\d+)⟧"
    r"|\s*,?\s+on\s+⟦D(?P<d2>\d+)⟧\s*,?\s+of\s+(?:the\s+)?⟦I(?P<i2>\d+)⟧)"
    rf"|⟦I(?P<i3>\d+)⟧{_NOTES}\s*,?\s+(?:which\s+)?(?:has\s+|had\s+)?entered\s+into\s+force\s+on\s+"
    r"⟦D(?P<d3>\d+)⟧")
_AND_ESTABLISHMENT = re.compile(r"\s+and\s+of\s+the\s+(?:establishment|creation)\s+of\s+(?:the\s+)?⟦B(\d+)⟧")
# "the adoption by the General Assembly and the entry into force of the Treaty on ⟦D⟧, respectively": two days
_BOTH = re.compile(r"\badoption\s+(?:by\s+(?:the\s+)?⟦B(?P<by>\d+)⟧\s+)?and\s+(?:the\s+)?entry\s+into\s+force\s+of\s+"
                   rf"(?:the\s+)?(?:⟦I(?P<i>\d+)⟧|(?P<head>{TREATY_HEAD})\b)"
                   rf"{_NOTES}\s*,?\s+on\s+⟦D(?P<d>\d+)⟧\s*,?\s+respectively")
_SIGNED = re.compile(rf"⟦I(?P<i>\d+)⟧{_NOTES}"
                     # (what was done to it before, said between: "…, adopted by the General Assembly by its resolution
                     # 50/245 of 10 September 1996, was opened for signature on 24 September 1996")
                     r"(?:\s*,\s*(?:adopted|concluded|done)\b(?:[^⟦;,]|⟦[BSDL]\d+⟧){0,150},)?"
                     r"(?:\s*,\s*(?:which\s+was\s+)?|\s+was\s+)"
                     r"(?:opened\s+for\s+signature|signed)\s+"
                     r"(?:(?:at|in)\s+⟦L\d+⟧\s*,?\s+)?on\s+⟦D(?P<d>\d+)⟧"
                     # "the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on
                     # 11 April 1996"
                     # (by whom, between: "the signing by the nuclear-weapon States, namely, China, France, …, of
                     # the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,16 in New York on 6 May
                     # 2014")
                     rf"|\b(?:signing|signature)\s+(?:by\s+[^⟦;]{{0,60}}?(?:(?:the\s+)?⟦[LB]\d+⟧\s*(?:,\s*|\s+and\s+)){{1,12}}"
                     rf"(?=of\s))?of\s+(?:the\s+)?⟦I(?P<i2>\d+)⟧{_NOTES}(?:,\d{{1,3}}(?!\d))?"
                     r"(?:\s+(?:at|in)\s+⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?)?\s*,?\s+on\s+⟦D(?P<d2>\d+)⟧")


# "the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July 2017, and noting that it was opened to
# signature by the Secretary-General … on 20 September 2017, entered into force on 22 January 2021 and …": the days
# of the one instrument the sentence names, "it" after it
_ADOPTED_ON = re.compile(rf"⟦I(?P<i>\d+)⟧{_NOTES}\s*,?\s+(?:which\s+)?(?:was|has\s+been|had\s+been)\s+adopted\s+"
                         r"(?:(?:at|in)\s+⟦L\d+⟧\s*,?\s+)?on\s+⟦D(?P<d>\d+)⟧")
_IT_OPENED = re.compile(r"\bit\s+(?:was|has\s+been|had\s+been)\s+opened\s+(?:to|for)\s+signature"
                        r"(?:\s+by\s+(?:the\s+)?⟦B\d+⟧(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?)?(?:\s+(?:at|in)\s+⟦L\d+⟧)?"
                        r"\s*,?\s+on\s+⟦D(?P<d>\d+)⟧")
_IT_IN_FORCE = re.compile(r"(?:\bit\s+(?:has\s+|had\s+)?|⟦D\d+⟧\s*,\s*(?:and\s+)?)entered\s+into\s+force\s+on\s+"
                          r"⟦D(?P<d>\d+)⟧")


# "the Bamako Declaration on …, adopted in Bamako on 1 December 2000,1", "the International Instrument to Enable
# States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms …, adopted on 8 December 2005":
# the day a text was adopted, after its name (and the rest of a long title, with no other name in it); "the Plan
# of Action to Strengthen the Implementation of the Treaty … (2023–2027), adopted in Phnom Penh in 2022": its years
# between, adopted in a year
_TEXT_ADOPTED_ON = re.compile(rf"⟦I(?P<i>\d+)⟧(?:\s*\([^()⟦]{{1,40}}\))?(?:\s*,\s*[a-z][^⟦;]{{0,120}}?|{_NOTES})"
                              r"\s*,\s*(?:which\s+was\s+)?adopted(?:\s+by\s+consensus)?(?:\s+(?:in|at)\s+⟦L\d+⟧)?"
                              r"\s*,?\s+(?:on|in)\s+⟦D(?P<d>\d+)⟧(?!\s+by\b)")
# "the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of …, of the Convention on …"
# (or "the adoption, in Vienna on 5 September 1997, of the Joint Convention …": the place first)
_ADOPTION_ON_OF = re.compile(r"\badoption\s*,?\s+(?:(?:in|at)\s+⟦L\d+⟧\s+)?on\s+⟦D(?P<d>\d+)⟧(?:\s+(?:in|at)\s+⟦L\d+⟧)?"
                             r"(?:\s+at\s+the\s+⟦M(?P<m>\d+)⟧(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?)?\s*,?\s+of\s+(?:the\s+)?"
                             r"⟦I(?P<i>\d+)⟧")

# "Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons[^3] on 7 July 2017 at the
# United Nations conference …, its entry into force on 22 January 2021 and …": its days, "its" right after
_ADOPTION_OF_ON = re.compile(r"\badoption\s*(?:,\s*(?:with(?:out)?\s+a\s+vote|by\s+consensus)\s*,)?\s+of\s+(?:the\s+)?"
                             rf"⟦I(?P<i>\d+)⟧{_NOTES}\s+on\s+⟦D(?P<d>\d+)⟧(?:\s+at\s+(?:the\s+)?⟦M(?P<m>\d+)⟧)?")
_ITS_IN_FORCE = re.compile(r"\s*,?\s*(?:and\s+)?its\s+entry\s+into\s+force\s+on\s+⟦D(?P<d>\d+)⟧")
# "in accordance with the Joint Statement of the Leaders of the Five Nuclear-Weapon States … of 3 January 2022", "the
# commitments under the Memorandum on Security Assurances in Connection with Ukraine’s Accession … of 1994": a text
# named with its day, or the year it is known by
_OF_DAY = re.compile(r"⟦I(?P<i>\d+)⟧\s+of\s+⟦D(?P<d>\d+)⟧")

# "the ratification by China, France, the Russian Federation and the United Kingdom … of the Protocol to the Treaty on
# a Nuclear-Weapon-Free Zone in Central Asia": each State ratified it
_STATES = r"(?:the\s+)?⟦L\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟦L\d+⟧)*"
_RATIFICATION = re.compile(rf"\bratification\s+by\s+(?P<who>{_STATES})\s+of\s+(?:the\s+)?⟦I(?P<i>\d+)⟧"
                           rf"|\bratification\s+of\s+(?:the\s+)?⟦I(?P<i2>\d+)⟧{_NOTES}\s+by\s+(?P<who2>{_STATES})")


def rule_ratification(ctx: Context, view: View) -> None:
    for m in _RATIFICATION.finditer(view.template) if "ratification" in view.template else ():
        key = _instrument(ctx, view, m.group("i") or m.group("i2"), None)
        for index in re.findall(r"⟦L(\d+)⟧", m.group("who") or m.group("who2")) if key else ():
            state = resolve_mention(ctx, view, int(index))
            if state and view.m(int(index)).attrs.get("type") == "country":
                ctx.claim(state, "acta:ratifies", key, view.sentence, "ratification")


# "the accession of Vanuatu to the Convention on Cluster Munitions on 5 September 2025, making it the 112th State Party
# effective 1 March 2026", "the latest ratification by Ghana on 26 September 2025", "the withdrawal of Lithuania
# effective 6 March 2025": a State's act on a treaty, on its day (and the day it takes effect)
_ACT = re.compile(r"\b(?P<act>ratification|accession|withdrawal)\s+(?:by|of)\s+(?:the\s+)?⟦L(?P<who>\d+)⟧"
                  rf"(?:\s+(?:to|from|of)\s+(?:the\s+)?⟦I(?P<i>\d+)⟧{_NOTES})?(?:\s*,?\s+on\s+⟦D(?P<d>\d+)⟧)?"
                  r"(?:\s*,?\s*(?:making\s+it\s+[^,;⟦]{0,80}?\s*,?\s*)?effective\s+(?:on\s+|from\s+|as\s+of\s+)?"
                  r"⟦D(?P<e>\d+)⟧)?")
_ACT_LABEL = {"ratification": "ratification of the {t} by {s}", "accession": "accession of {s} to the {t}",
              "withdrawal": "withdrawal of {s} from the {t}"}


def rule_treaty_actions(ctx: Context, view: View) -> None:
    t = view.template
    if not re.search(r"ratification|accession|withdrawal", t):
        return
    for m in _ACT.finditer(t):
        day, effective = view.one_date(m.group("d")), view.one_date(m.group("e"))
        state = resolve_mention(ctx, view, int(m.group("who")))
        if not (day or effective) or not state or view.m(int(m.group("who"))).attrs.get("type") != "country":
            continue
        treaty = _instrument(ctx, view, m.group("i"), None)
        act, name = m.group("act"), ctx.registry.label(state)
        if treaty:
            key = f"{state}/{act}/{treaty}"
            label = _ACT_LABEL[act].format(s=name, t=ctx.registry.label(treaty))
        else:
            key = f"{state}/{act}/{(day or effective).start}"
            label = f"{act} by {name}" if act == "ratification" else f"{act} of {name}"
        ctx.registry.add(key, act, label)
        ctx.claim(key, "acta:byState", state, view.sentence, "treaty-action")
        if treaty:
            ctx.claim(key, "acta:onTreaty", treaty, view.sentence, "treaty-action")
        if day:
            ctx.claim(key, "dcterms:date", date_literal(day.start), view.sentence, "treaty-action")
        if effective:
            ctx.claim(key, "acta:effectiveOn", date_literal(effective.start), view.sentence, "treaty-action")


def _instrument(ctx: Context, view: View, index: str | None, head: str | None) -> str | None:
    if index is not None:
        key = resolve_mention(ctx, view, int(index))
        return key if key and ctx.registry.get(key).kind == "document" else None
    return named_before(ctx, head) if head else None


def rule_treaty_days(ctx: Context, view: View) -> None:
    t, sent = view.template, view.sentence
    for m in _BOTH.finditer(t):
        key, values = _instrument(ctx, view, m.group("i"), m.group("head")), view.dates(m.group("d"))
        if key and len(values) == 2 and not any(v.end or v.vague for v in values):
            ctx.claim(key, "acta:adoptionDate", date_literal(values[0].start), sent, "treaty-days")
            ctx.claim(key, "acta:entryIntoForce", date_literal(values[1].start), sent, "treaty-days")
            by = resolve_mention(ctx, view, int(m.group("by"))) if m.group("by") else None
            if by and ctx.registry.get(by).kind == "body":  # ("the adoption by the General Assembly and …")
                ctx.claim(key, "acta:adoptedBy", by, sent, "treaty-days")
            if m.group("head"):  # "Recalling the adoption … and the entry into force of the Treaty on …": cited
                cite_found(ctx, view, m.start(), key)
    for m in _IN_FORCE.finditer(t):
        key = _instrument(ctx, view, m.group("i") or m.group("i2") or m.group("i3"), m.group("head"))
        day = view.one_date(m.group("d") or m.group("d2") or m.group("d3"))
        if key and day:
            ctx.claim(key, "acta:entryIntoForce", date_literal(day.start), sent, "treaty-days")
            if m.group("head"):
                cite_found(ctx, view, m.start(), key)
            # "the entry into force, on 25 April 1969, of the Treaty of Tlatelolco and of the establishment of the
            # Agency for the Prohibition …": the body the treaty set up was established that day
            founded = _AND_ESTABLISHMENT.match(t, m.end()) if m.group("d2") else None
            body = resolve_mention(ctx, view, int(founded.group(1))) if founded else None
            if body and ctx.registry.get(body).kind == "body":
                ctx.claim(body, "acta:establishedOn", date_literal(day.start), sent, "treaty-days")
    for m in _SIGNED.finditer(t):
        key = _instrument(ctx, view, m.group("i") or m.group("i2"), None)
        day = view.one_date(m.group("d") or m.group("d2"))
        if key and day:
            ctx.claim(key, "acta:signedOn", date_literal(day.start), sent, "treaty-days")
    for m in _OF_DAY.finditer(t):
        key, day = _instrument(ctx, view, m.group("i"), None), view.one_date(m.group("d"))
        if key and day:  # a day, or the year a text is known by ("… Memorandum … of 1994")
            ctx.claim(key, "acta:adoptionDate", date_literal(day.start), sent, "text-of-day")
    adopt = "adopt" in t
    for m in (*_TEXT_ADOPTED_ON.finditer(t), *_ADOPTION_ON_OF.finditer(t), *_ADOPTION_OF_ON.finditer(t)) \
            if adopt else ():
        key, day = _instrument(ctx, view, m.group("i"), None), view.one_date(m.group("d"))
        if key and day:
            ctx.claim(key, "acta:adoptionDate", date_literal(day.start), sent, "text-adopted-on")
            at = resolve_mention(ctx, view, int(m.group("m"))) if m.groupdict().get("m") else None
            if at and ctx.registry.get(at).kind == "meeting":  # "… on 7 July 2017 at the United Nations conference …"
                ctx.claim(key, "acta:adoptedAt", at, sent, "text-adopted-on")
            # "…, its entry into force on ⟦D⟧": after what the adoption took place at, if anything
            its = _ITS_IN_FORCE.search(t, m.end(), m.end() + 260) if m.re is _ADOPTION_OF_ON else None
            between = t[m.end():its.start()] if its else ""
            day = view.one_date(its.group("d")) if its and "⟦I" not in between and ";" not in between else None
            if day:
                ctx.claim(key, "acta:entryIntoForce", date_literal(day.start), sent, "text-adopted-on")
    _its_days(ctx, view)


# "Recalling further the adoption, by consensus of the States Parties, of the Amendment[^2] to the Convention on the
# Physical Protection of Nuclear Material 3 by the International Atomic Energy Agency on 8 July 2005, and its entry
# into force on 8 May 2016": the amendment is a text of its own (ELI's eli:amends the text), with its own days
_AMENDMENT = re.compile(r"\badoption\s*(?:,\s*(?:by\s+consensus|without\s+a\s+vote)[^,⟦;]{0,40},)?\s+of\s+the\s+"
                        r"(?P<what>Amendments?)(?:\[\^\d+\]|⟦S\d+⟧)*\s+to\s+the\s+⟦I(?P<i>\d+)⟧(?:\s*\d{1,2}(?=\s))?"
                        r"(?:\s+(?:by|at)\s+(?:the\s+)?⟦B\d+⟧)?\s+on\s+⟦D(?P<d>\d+)⟧")


def rule_amendment(ctx: Context, view: View) -> None:
    t = view.template
    for m in _AMENDMENT.finditer(t) if "Amendment" in t else ():
        text, day = _instrument(ctx, view, m.group("i"), None), view.one_date(m.group("d"))
        if not text or not day:
            continue
        key = f"{text}/amendment"
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "document", f"{m.group('what')} to the {ctx.registry.label(text)}")
            ctx.claim(key, "dcterms:title", Lit(ctx.registry.label(key)), view.sentence, "amendment")
        ctx.claim(key, "eli:amends", text, view.sentence, "amendment")
        ctx.claim(key, "acta:adoptionDate", date_literal(day.start), view.sentence, "amendment")
        its = _ITS_IN_FORCE.match(t, m.end())  # "…, and its entry into force on 8 May 2016"
        force = view.one_date(its.group("d")) if its else None
        if force:
            ctx.claim(key, "acta:entryIntoForce", date_literal(force.start), view.sentence, "amendment")
        cite_found(ctx, view, m.start(), key)


def _its_days(ctx: Context, view: View) -> None:
    t, sent = view.template, view.sentence
    adopted = _ADOPTED_ON.search(t) if "adopted" in t else None
    if not adopted or len(set(re.findall(r"⟦I(\d+)⟧", t))) != 1:
        return  # "it" is the one instrument the sentence names, adopted on a day
    key, day = _instrument(ctx, view, adopted.group("i"), None), view.one_date(adopted.group("d"))
    if not key or not day:
        return
    ctx.claim(key, "acta:adoptionDate", date_literal(day.start), sent, "treaty-days")
    rest = t[adopted.end():]
    if not re.search(r"\bit\b", rest):
        return
    for pattern, prop in ((_IT_OPENED, "acta:signedOn"), (_IT_IN_FORCE, "acta:entryIntoForce")):
        found = pattern.search(rest)
        day = view.one_date(found.group("d")) if found else None
        if day:
            ctx.claim(key, prop, date_literal(day.start), sent, "treaty-days")


# "the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)", "the
# African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)": one text, which the short name means from then on
_SHORT_NAME = re.compile(r"⟦I(?P<full>\d+)⟧\s*\(\s*(?:the\s+)?⟦I(?P<short>\d+)⟧\s*\)")


def rule_short_names(ctx: Context, view: View) -> None:
    for m in _SHORT_NAME.finditer(view.template) if "(" in view.template else ():
        full, short = (resolve_mention(ctx, view, int(m.group(g))) for g in ("full", "short"))
        if full and short and full != short and ctx.short_names.get(short) is None:
            ctx.short_names.setdefault(full, short)


def merge_short_names(ctx: Context) -> None:
    """The short name's node becomes the full name's (its title, as a body's full name is its label beside its
    acronym), labelled "<full name> (<short name>)" as the text introduces it: the short name is an altLabel there,
    and no title."""
    entities = ctx.registry.entities
    alias = {short: full for full, short in ctx.short_names.items() if full in entities and short in entities}
    if not alias:
        return
    for short, full in alias.items():  # named both ways, as the text introduces it
        entities[full].label = f"{entities[full].label} ({entities[short].label})"
    merge_into(ctx, alias, lambda c: c.predicate == "dcterms:title")  # (the short name's own "title")


# "the Global Plan of Action" after "the United Nations Global Plan of Action to Combat Trafficking in Persons", "the
# Rome Statute" after "the Rome Statute of the International Criminal Court": a text's name shortened by the words
# before it (capitalised: "United Nations", a year) or after it ("to …", "of …", "on …"), not by "and …" (the
# "Copenhagen Declaration" is not the "Copenhagen Declaration and Programme of Action")
_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'-]*|(?:19|20)\d\d)\s+)+")
_AFTER = re.compile(r"\s+(?:to|on|for|of|against|in|between)\s")  # ("the Relationship Agreement between …")


def merge_contained_names(ctx: Context) -> None:
    """A text the document names in full and then by a shorter form is one node, the full name's; the short form is an
    altLabel there. Only when the short form shortens one full name of the document."""
    texts = {k: e.label for k, e in ctx.registry.entities.items()
             if e.kind == "document" and k.startswith("instrument/")}
    merge_shortened(ctx, texts, _shortens, lambda c: c.predicate == "dcterms:title")


def _shortens(name: str, full: str) -> bool:
    at = full.find(name)
    while at >= 0:
        before, after = full[:at], full[at + len(name):]
        if (not before or _BEFORE.fullmatch(before)) and (not after or _AFTER.match(after)):
            return True
        at = full.find(name, at + 1)
    # two texts named as one, each shortened: "the Copenhagen Declaration and Programme of Action" after "the Copenhagen
    # Declaration on Social Development and Programme of Action of the World Summit for Social Development"
    parts, fulls = name.split(" and "), full.split(" and ")
    return 1 < len(parts) == len(fulls) and name != full and all(
        p == f or _shortens(p, f) for p, f in zip(parts, fulls, strict=True))


RULES = (rule_short_names, rule_treaty_days, rule_amendment, rule_ratification, rule_treaty_actions)
