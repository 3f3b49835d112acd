"""Bodies: what set each up (a resolution, a treaty, a meeting, a body), when, and whose organs they are.

"the Open-ended Working Group on …, which was established by the Assembly by its resolution 65/66 and its decision
70/551", "the creation of the United Nations Youth Office in 2022, pursuant to … resolution 76/306", "resolutions
42/39 D …, by which it established the … Centre …", "the Conference on Disarmament and its Ad Hoc Committee on …".
A group named by its topic where the document says what founded it is that group wherever the document names it
(`named_groups`, read before the sentences are).
"""

from __future__ import annotations

import re

from .bodies import CAPITAL_GROUP, HEADS, lookup
from .entities import ensure_body, generic_noun, name_generic_body, organ_of
from .extract import Context, Lit, View, date_literal
from .occasions import key_of, kind_of
from .rules import P
from .text import slugify

# "the Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament, which was
# established by the Assembly by its resolution 65/66": the name rule_establishment gives the group (_EST_BY), read
# before the sentences are, for a preamble may name "the report of the Open-ended Working Group" first
_GROUP_NAMED = re.compile(rf"\b(?P<noun>{CAPITAL_GROUP.pattern})"
                          r"(?P<topic>\s+on\s+(?:the\s+)?[a-z][^,;:()\n⟦]{3,150}?)\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?"
                          r"(?:established|created|set\s+up)\s+(?:pursuant\s+to|by|under|in)\s+(?:its\s+|the\s+)?"
                          r"(?:General\s+Assembly\s+|Assembly\s+|Security\s+Council\s+|Council\s+)?(?:by\s+its\s+)?"
                          r"(?:resolutions?|decisions?)\b")


def named_groups(ctx: Context) -> None:
    """Groups the document names by their topic where it says what founded them: every "the Open-ended Working Group"
    of the document is that one, before that sentence too."""
    text = ctx.x.document.text
    if "established" not in text and "created" not in text and "set up" not in text:
        return
    for m in _GROUP_NAMED.finditer(text, ctx.x.document.body_start):
        noun = re.sub(r"\s+", " ", m.group("noun")).lower()
        if noun in ctx.generic_bodies:
            continue  # the first group named so is the one the short name means, as it is read sentence by sentence
        name = re.sub(r"\s+", " ", text[m.start("noun"):m.end("topic")]).strip()
        key = "body/" + slugify(name)
        ctx.registry.add(key, "body", name)
        ctx.generic_bodies[noun] = key


# "the Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament, which was
# established by the Assembly by its resolution 65/66 and its decision 70/551": a group named by its topic, founded by
# one text or two
_EST_BY = P(r"{B:body}(?P<topic>\s+on\s+(?:the\s+)?[a-z](?:[^⟦,;:()]|⟦[MB]\d+⟧){3,150}?)?\s*,?\s+"
            r"(?:which\s+was\s+|that\s+was\s+)?(?:established|created|set\s+up)\s+(?P<how>pursuant\s+to|by|under|in)\s+"
            r"(?:its\s+|the\s+)?(?:General\s+Assembly\s+|Assembly\s+|Security\s+Council\s+|Council\s+|"
            r"⟦B\d+⟧\s+(?:by\s+its\s+)?)?"
            r"(?:resolutions?|decisions?)?\s*{S:res}(?:\s+and\s+(?:its\s+)?{S:res2})?")
# "the Group of Governmental Experts on …, established under the Convention on Prohibitions or Restrictions …", "the
# open-ended Group …, established in decision 1 of the Fifth Review Conference of the High Contracting Parties …": a
# body a treaty set up, or the meeting whose numbered decision did
_EST_UNDER = P(r"{B:body}\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:established|created|set\s+up)\s+"
               r"(?:(?:under|by|pursuant\s+to)\s+(?:the\s+)?{I:text}|(?:in|by)\s+(?:its\s+)?decision\s+\d{1,3}\s+of\s+"
               r"(?:the\s+)?{M:meet})")
# "the United Nations voluntary trust fund for victims of trafficking in persons, especially women and children,
# established in accordance with the Global Plan of Action": set up as a text says, which does not say it set it up
# (what a clause says "in accordance with" after it is the body's, not the speaker's: graph/clauses.py reads this)
SET_UP_AFTER_BODY = (r"(?:\s*,\s*[a-z][^⟦;,]{0,60}?\s*,)?\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?"
                     r"(?:established|created|set\s+up)")
_EST_ACCORDING = P(r"{B:body}" + SET_UP_AFTER_BODY + r"\s+in\s+(?:accordance|line|conformity)\s+with\s+(?:the\s+)?"
                   r"(?:{I:text}|(?:its\s+)?(?:resolutions?\s+|decisions?\s+)?{S:res})")
# "Welcoming the creation of the United Nations Youth Office in 2022, pursuant to the report of the Secretary-General
# entitled “Our Common Agenda”1 and resolution 76/306 of 8 September 2022": set up that year, pursuant to each text,
# and by the resolution (or decision) among them
_CREATION_OF = P(r"\b(?:creation|establishment|setting\s+up)\s+of\s+(?:the\s+)?{B:body}(?:\s+(?:in|on)\s+{D:date})?"
                 r"\s*,?\s+pursuant\s+to\s+(?P<texts>(?:[^⟦;]|⟦[BIDS]\d+⟧){0,200}?⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?)"
                 r"(?=\s*(?:[,;.]|$))")
# (and each of a list: "the establishment by the General Assembly of the … Centre … in Africa, the … Centre … in Asia
# and the Pacific and the … Centre … in Latin America and the Caribbean")
# (the agent's name may have taken the "of": "by the General Assembly of the United Nations Regional Centre …")
_EST_BY_AGENT = P(r"\bestablishment\s+by\s+(?:the\s+)?{BP:agent}\s+(?:on\s+|in\s+)?(?:{D:date}\s+)?(?P<of>of\s+(?:the\s+)?)?{B:body}"
                  r"(?P<more>(?:\s*,\s*(?:and\s+)?(?:the\s+)?⟦B\d+⟧|\s+and\s+(?:the\s+)?⟦B\d+⟧)*)")
# "the establishment, on ⟦D⟧, and operationalization, on ⟦D⟧, by ⟦L⟧ and the ⟦L⟧ of a joint force in ⟦L⟧": a body
# named only by its kind, known by who set it up
_EST_UNNAMED = P(r"\bestablishment\s*(?:,\s*(?:on|in)\s+{D:date}\s*,)?(?:\s+and\s+[a-z]+\s*(?:,\s*(?:on|in)\s+⟦D\d+⟧\s*,)?)?"
                 r"\s+by\s+(?P<agents>(?:the\s+)?⟦[BLP]\d+⟧(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?⟦[BLP]\d+⟧)*)\s+of\s+an?\s+"
                 r"(?P<noun>(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(h.lower() for h in HEADS) + r"))\b(?!\s+of\b)")


# "Recalling its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15 December 1989, by which it established the
# … Centre … in Asia and renamed it the … Centre … in Asia and the Pacific": the first founded it, on its day (one
# resolution: it; two with a second act after "and": the first; two with one act: both, on no one day)
_BY_WHICH = P(r"{S:res}(?:\s+of\s+{D:date})?(?:\s*,?\s+and\s+{S:res2}(?:\s+of\s+⟦D\d+⟧)?)?\s*,\s*by\s+which\s+"
              r"(?:it|the\s+⟦B\d+⟧)\s+(?:established|created|set\s+up)\s+(?:the\s+)?{B:body}"
              r"(?P<then>\s+and\s+(?:renamed|decided|extended|expanded|changed|requested)\b)?")
# "the Ad Hoc Committee on the Prevention of an Arms Race in Outer Space, taking into account its previous efforts
# since its establishment in 1985, …": when the body the clause is about was set up
_ITS_ESTABLISHMENT = P(r"{B:body}\s*,[^⟦;]{0,100}?\bits\s+(?:establishment|creation)\s+(?:in|on)\s+{D:date}")


# "the establishment of the Economic Community's Small Arms Control Programme, launched on 6 June 2006 in Bamako": set
# up that day (not "the programme of the Community, launched …": what is launched is the programme)
_SET_UP_ON = P(r"{B:body}\s*,\s*(?:which\s+was\s+)?(?:launched|established|created|set\s+up)\s+(?:on|in)\s+{D:date}"
               r"(?=\s*(?:[,;.]|$|in\s+⟦L\d+⟧))")
_OF_ANOTHER = re.compile(r"\bof\s+(?:the\s+)?$")
_SET_UP_OF = re.compile(r"\b(?:establishment|creation|launch(?:ing)?|setting\s+up)\s+of\s+(?:the\s+)?$")


def rule_establishment(ctx: Context, view: View) -> None:
    sent = view.sentence
    for m in _SET_UP_ON.finditer(view.template):
        before = view.template[max(0, m.start() - 30):m.start()]
        body, day = key_of(ctx, view, m.group("body")), view.one_date(m.group("date"))
        of_another = bool(_OF_ANOTHER.search(before)) and not _SET_UP_OF.search(before)
        if of_another or not body or kind_of(ctx, body) != "body":
            continue
        if day and not day.end and day.precision in ("day", "month", "year"):
            ctx.claim(body, "acta:establishedOn", date_literal(day.start), sent, "set-up-on")
    its = "its establishment" in view.template or "its creation" in view.template
    for m in _ITS_ESTABLISHMENT.finditer(view.template) if its else ():
        body, values = key_of(ctx, view, m.group("body")), view.dates(m.group("date"))
        if body and kind_of(ctx, body) == "body" and len(values) == 1 and not values[0].end:
            ctx.claim(body, "acta:establishedOn", date_literal(values[0].start), sent, "its-establishment")
    for m in _EST_BY.finditer(view.template):
        body, res = key_of(ctx, view, m.group("body")), key_of(ctx, view, m.group("res"))
        mention = view.m(m.group("body"))
        if not body and mention.attrs.get("generic") and m.group("topic") and mention.text[:1].isupper():
            # a group named by its topic: that name, which "the Open-ended Working Group" means from now on
            name = view.phrase(view.template[view.template.rfind("⟦", 0, m.start("body")):m.end("topic")])
            body = name_generic_body(ctx, view, int(m.group("body")), "body/" + slugify(name), name)
            ctx.claim(body, "rdfs:label", Lit(name), sent, "established-by")
        for founder in (res, key_of(ctx, view, m.group("res2"))):
            if body and founder and kind_of(ctx, body) == "body":
                ctx.claim(body, "acta:establishedBy", founder, sent, "established-by")
                if m.group("how").startswith("pursuant"):
                    ctx.claim(body, "acta:pursuantTo", founder, sent, "established-by")
    for m in _CREATION_OF.finditer(view.template) if "pursuant" in view.template else ():
        body = key_of(ctx, view, m.group("body"))
        if not body or kind_of(ctx, body) != "body":
            continue
        texts = [k for i in re.findall(r"⟦S(\d+)⟧", m.group("texts")) if (k := key_of(ctx, view, i))]
        for text in texts:
            ctx.claim(body, "acta:pursuantTo", text, sent, "creation-of")
            if kind_of(ctx, text) in ("resolution", "decision"):
                ctx.claim(body, "acta:establishedBy", text, sent, "creation-of")
        day = view.one_date(m.group("date")) if m.group("date") else None
        if day and texts:
            ctx.claim(body, "acta:establishedOn", date_literal(day.start), sent, "creation-of")
    for m in _EST_ACCORDING.finditer(view.template) if " with " in view.template else ():
        body, text = key_of(ctx, view, m.group("body")), key_of(ctx, view, m.group("text") or m.group("res"))
        if body and text and kind_of(ctx, body) == "body" and text != body:
            link = re.search(r"\bin\s+(accordance|line|conformity)\s+with", m.group(0)).group(1)
            ctx.claim(body, f"acta:in{link.capitalize()}With", text, sent, "established-in-accordance")
    for m in _EST_UNDER.finditer(view.template):
        body, founder = key_of(ctx, view, m.group("body")), key_of(ctx, view, m.group("text") or m.group("meet"))
        if body and founder and kind_of(ctx, body) == "body" and kind_of(ctx, founder) in ("document", "meeting"):
            ctx.claim(body, "acta:establishedBy", founder, sent, "established-by")
    for m in _BY_WHICH.finditer(view.template) if "by which" in view.template else ():
        body, res, res2 = (key_of(ctx, view, m.group(g)) for g in ("body", "res", "res2"))
        founders = [res] if not m.group("res2") or m.group("then") else [res, res2]
        if not body or kind_of(ctx, body) != "body" or not all(founders):
            continue
        for founder in founders:
            ctx.claim(body, "acta:establishedBy", founder, sent, "established-by")
        day = view.one_date(m.group("date")) if len(founders) == 1 and m.group("date") else None
        if day:
            ctx.claim(body, "acta:establishedOn", date_literal(day.start), sent, "established-by")
    for m in _EST_BY_AGENT.finditer(view.template):
        agent = key_of(ctx, view, m.group("agent"))
        if not m.group("of") and not re.search(r"\sof\s+the\s+\S+", view.m(m.group("agent")).text):
            continue
        for index in [m.group("body"), *re.findall(r"⟦B(\d+)⟧", m.group("more"))]:
            body = key_of(ctx, view, index)
            if not (body and agent) or (index != m.group("body") and kind_of(ctx, body) != "body"):
                continue
            ctx.claim(body, "acta:establishedBy", agent, sent, "establishment-by")
            if m.group("date") and view.dates(m.group("date")):
                ctx.claim(body, "acta:establishedOn", date_literal(view.dates(m.group("date"))[0].start), sent,
                          "establishment-by")
    for m in _EST_UNNAMED.finditer(view.template):
        agents = [k for j in re.findall(r"\d+", m.group("agents")) if (k := key_of(ctx, view, j))]
        if not agents:
            continue
        noun = m.group("noun")
        who = view.phrase(m.group("agents"))
        label = f"{noun} of {who}"
        body = f"body/{slugify(noun)}/" + "-".join(a.rsplit("/", 1)[-1] for a in agents)
        if ctx.registry.get(body) is None:
            ctx.registry.add(body, "body", label)
            ctx.claim(body, "rdfs:label", Lit(label), sent, "establishment-by")
        for agent in agents:
            ctx.claim(body, "acta:establishedBy", agent, sent, "establishment-by")
        if m.group("date") and view.dates(m.group("date")):
            ctx.claim(body, "acta:establishedOn", date_literal(view.dates(m.group("date"))[0].start), sent,
                      "establishment-by")



# "the Council for Peace and Security in Central Africa and its organs, including the … and the Central Africa
# Multinational Force": what the body's organs are, listed after it
# an organ named in lowercase, with its head word last or before where it works: "early warning mechanism for ⟦L⟧"
_LOWER_ORGAN = (r"[a-z][\w -]{0,60}?\b(?i:" + "|".join(HEADS) + r")s?"
                r"(?:\s+(?:for|of|in)\s+(?:the\s+)?(?:⟦L\d+⟧|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?(?=,|\s+and\s|\s*$)")
_ORGANS_LIST = (r"\s+its\s+(?:subsidiary\s+|specialized\s+|principal\s+)?(?:organs|bodies|organizations|institutions|"
                r"agencies|mechanisms)\s*,?\s+(?:including|such\s+as|namely)\s+(?P<list>[^;]*)")
_ITS_ORGANS = P(r"{B:parent}\s+and" + _ORGANS_LIST)
# (or the subject of the sentence: "(2) The Plenary will keep under review the composition, effectiveness and need for
# its subsidiary bodies, including the Bureau and the Multidisciplinary Expert Panel, …")
_SUBJECT_ORGANS = P(r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?The\s+{B:parent}\s+[^⟦;]{0,150}?\b(?:for|of|on|to|with)"
                    + _ORGANS_LIST)


# "the Conference on Disarmament and its Ad Hoc Committee on Effective International Arrangements …": its own body
_ITS_BODY = P(r"{B:parent}\s+and\s+its\s+{B:child}")


def rule_its_organs(ctx: Context, view: View) -> None:
    for m in _ITS_BODY.finditer(view.template) if " and its " in view.template else ():
        parent, child = key_of(ctx, view, m.group("parent")), key_of(ctx, view, m.group("child"))
        if parent and child and child != parent and kind_of(ctx, parent) == kind_of(ctx, child) == "body" \
                and not view.m(int(m.group("child"))).attrs.get("listed"):
            ctx.claim(child, "org:subOrganizationOf", parent, view.sentence, "its-organs")
    for m in [*_ITS_ORGANS.finditer(view.template), *_SUBJECT_ORGANS.finditer(view.template)]:
        parent = key_of(ctx, view, m.group("parent"))
        if not parent or kind_of(ctx, parent) != "body":
            continue
        # the list runs while it is one: names joined by commas and "and", up to the next clause
        items = re.match(rf"(?:(?:,\s*|\s+and\s+|^)(?:the\s+)?(?:⟦B\d+⟧|{_LOWER_ORGAN}))+", m.group("list"))
        for item in re.finditer(rf"⟦B(\d+)⟧|(?:\bthe\s+)?(?P<lower>{_LOWER_ORGAN})", items.group(0) if items else ""):
            if item.group("lower"):  # "the early warning mechanism for Central Africa": an organ, though in lowercase
                name = view.phrase(item.group("lower"))
                child = "body/" + slugify(name)
                if ctx.registry.get(child) is None:
                    ctx.registry.add(child, "body", name)
                    ctx.claim(child, "rdfs:label", Lit(name), view.sentence, "its-organs")
                ctx.claim(child, "org:subOrganizationOf", parent, view.sentence, "its-organs")
                continue
            child = key_of(ctx, view, item.group(1))
            # a listed body has its parent from the catalogue, unless the text names an organ of the same
            # organization as its parent ("the Plenary … its subsidiary bodies, including … the Multidisciplinary
            # Expert Panel": IPBES's panel, the Plenary's)
            listed = view.m(int(item.group(1))).attrs.get("listed") and not (
                child and "/" in parent and child.split("/")[0] == parent.split("/")[0])
            if child and child != parent and kind_of(ctx, child) == "body" and not listed:
                ctx.claim(child, "org:subOrganizationOf", parent, view.sentence, "its-organs")


# "Taking note of the decision of the Conference on Disarmament to establish for its 2009 session a working group to
# discuss …, and the decision to establish for its 2021 session a subsidiary body on …": organs of that body, each
# named by what it is
# (or asked to: "Reiterates its call upon the Conference on Disarmament to establish, as soon as possible …, an ad hoc
# committee on nuclear disarmament in 2026")
_DECIDED_TO_ESTABLISH = re.compile(r"\b(?:decisions?\s+(?:of|by)|call\s+upon|calls\s+upon|requests|urges)\s+"
                                   r"(?:the\s+)?⟦B(?P<parent>\d+)⟧\s+to\s+(?:re-?)?establish\b")
_ESTABLISH_A = re.compile(r"\b(?:re-?)?establish\s*(?:,[^,;⟦]{0,80},\s*)?(?:,?\s*for\s+its\s+(?:(?:19|20)\d\d\s+)?⟦M\d+⟧\s*,?\s+)?"
                          r"an?\s+(?:⟦B(?P<b>\d+)⟧|(?P<lower>subsidiary\s+body))"
                          r"(?P<topic>\s+on\s+[a-z][a-z -]{3,80}?(?=\s+(?:for|at|and|to)\b"
                          r"|\s+in\s+(?:⟦|its\b|(?:19|20)\d\d)|\s*[,;.]|$))?")


def rule_decided_to_establish(ctx: Context, view: View) -> None:
    found = _DECIDED_TO_ESTABLISH.search(view.template) if "to establish" in view.template else None
    parent = key_of(ctx, view, found.group("parent")) if found else None
    if not parent or kind_of(ctx, parent) != "body":
        return
    clause = view.template[found.start():].split(";")[0]
    for m in _ESTABLISH_A.finditer(clause):
        mention = view.m(int(m.group("b"))) if m.group("b") else None
        if mention is not None and not mention.attrs.get("generic"):
            continue  # (a named body: rule_establishment reads what founded it)
        head = generic_noun(mention.text) if mention is not None else re.sub(r"\s+", " ", m.group("lower"))
        noun = " ".join(filter(None, (head, view.phrase(m.group("topic") or ""))))
        organ_of(ctx, parent, noun.lower(), view.sentence)  # (the mention keeps no key: "for its 2021 session" after
        #                                                     it is still the Conference's)


# "the United Nations regional centres for peace and disarmament in Africa, in Asia and the Pacific and in Latin
# America and the Caribbean": one body per region, the singular name with the region, where the catalogue lists it
_REGIONAL = re.compile(r"\b(?P<un>United\s+Nations\s+)?[Rr]egional\s+(?P<head>centre|center|office|commission)s"
                       r"\s+(?P<topic>for\s+[a-z][a-z ,]{2,60}?\s+)?in\s+")
_REGION = re.compile(r"[A-Z][\w-]+(?:\s+(?:and\s+)?(?:the\s+)?[A-Z][\w-]+)*")
_NEXT_REGION = re.compile(r"\s*,?\s+(?:and\s+)?in\s+(?=[A-Z])|\s*,\s+(?=[A-Z])")


def rule_regional_bodies(ctx: Context, view: View) -> None:
    if "egional" not in view.sentence.text:
        return
    text = ctx.x.document.text
    for m in _REGIONAL.finditer(text, view.sentence.start, view.sentence.end):
        pos, regions = m.end(), []
        while (region := _REGION.match(text, pos, view.sentence.end)):
            regions.append(region.group(0))
            sep = _NEXT_REGION.match(text, region.end(), view.sentence.end)
            if not sep:
                break
            pos = sep.end()
        if len(regions) < 2:
            continue  # one region: the singular name's own mention, if the catalogue lists it
        for region in regions:
            name = f"Regional {m.group('head')} {m.group('topic') or ''}in {region}"
            info = lookup(f"United Nations {name}", ctx.x.organization) or lookup(name, ctx.x.organization)
            if info:
                ensure_body(ctx, info.key, view.sentence)


# "its resolution 71/67 of 5 December 2016, in which it, inter alia, requested the Secretary-General to seek the views of
# Member States and to establish a group of governmental experts to consider the role of verification in advancing
# nuclear disarmament": a group named by what it was to do, set up pursuant to the resolution that asked for it
_ASKED_TO_ESTABLISH = re.compile(
    r"⟦S(?P<res>\d+)⟧(?:\s+of\s+⟦D\d+⟧)?\s*,\s*(?:in|by)\s+which\s+it\s*,?(?:\s*inter\s+alia\s*,)?\s+requested\s+"
    r"(?:the\s+)?⟦[BP]\d+⟧\s+(?:to\s+[^⟦;]{0,80}?\s+and\s+)?to\s+(?:establish|set\s+up|create)\s+an?\s+⟦B(?P<b>\d+)⟧"
    r"\s+(?P<purpose>to\s+[a-z][^⟦;,]{5,120}?)(?=\s*[,;.]|\s*$)")


def rule_asked_to_establish(ctx: Context, view: View) -> None:
    for m in _ASKED_TO_ESTABLISH.finditer(view.template) if "requested" in view.template else ():
        mention, res = view.m(int(m.group("b"))), key_of(ctx, view, m.group("res"))
        if not mention.attrs.get("generic") or kind_of(ctx, res) not in ("resolution", "decision"):
            continue
        head = " ".join(w if w in ("of", "on", "for", "and") else w[:1].upper() + w[1:]
                        for w in generic_noun(mention.text).split())  # named as the text names it in capitals
        name = f"{head} {view.phrase(m.group('purpose'))}"
        # (the same key as the group's name in capitals, where the text gives it so)
        body = name_generic_body(ctx, view, int(m.group("b")), f"body/{slugify(name)}", name)
        ctx.claim(body, "acta:pursuantTo", res, view.sentence, "asked-to-establish")


RULES = (rule_establishment, rule_its_organs, rule_decided_to_establish, rule_regional_bodies,
         rule_asked_to_establish)
