"""Requests: what an instrument asks of whom, one node per addressee and action.

"Requests the Secretary-General to report …", a lettered list after "Requests the Secretary-General:" or
"…, to:", the participle items of an operative paragraph ("(e) Requesting the Peacebuilding Commission to …"),
a declaration's "We request …".  Who asks is ``Context.speaking()``: the document, or a decision annexed to it.
Whom: a body, an officer or a person; a country ("Calls upon Israel to …"); or a group of States or actors
addressed as a whole ("Calls upon all States that have not yet done so to …", "Urges the nuclear-weapon States
to …"): the grammar of whom is ``graph/addressees.py``.
"""

from __future__ import annotations

import hashlib
import re

from .addressees import (
    ADDR,
    BODY_PARTS,
    GROUP,
    MODIFIES_PLURAL,
    THOSE,
    THOSE_RE,
    addressees_in,
    ensure_group,
    parts_of,
    person_before,
    praised,
    say_which,
)
from .entities import resolve_mention
from .extract import Context, Lit, View
from .occasions import kind_of
from .text import Sentence

# ("Calls once again upon all Member States to …": `_verb` reads "calls upon")
_REQ_VERBS = (r"requests?|invites?|calls?\s+(?:(?:once\s+)?again\s+)?upon|urges?|encourages?|entrusts?|instructs?|"
              r"authorizes?|mandates?|directs?|appeals?\s+to|calls?\s+for(?=\s+(?:the\s+|all\s+)?⟦[BPL]\d+⟧\s+to\s)")
# ("4. Appeals to Member States to continue to support the activities of …"; "4. Calls for the Peacebuilding
# Commission to serve as a platform …", not "30. Calls for a further comprehensive review …")
# the items of "…, also reaffirms the need to strengthen its fulfilment by:" are requests in the participle:
# "(e) Requesting the Peacebuilding Commission to continue …"; read only in an item that starts with one
_GERUNDS = {"requesting": "requests", "inviting": "invites", "calling upon": "calls upon", "urging": "urges",
            "encouraging": "encourages"}
_GERUND_ALT = "|".join(g.replace(" ", r"\s+") for g in _GERUNDS)
_GERUND_ITEM = re.compile(r"^(?:\([a-z]{1,4}\)\s+)?(?:" + "|".join(g.capitalize().replace(" ", r"\s+")
                                                                   for g in _GERUNDS) + r")\s")
_REQUEST = re.compile(
    # a clause starts the sentence, after a comma or semicolon, or after "and": "… against Ukraine and urges the
    # Organisation … to continue to closely monitor …"
    rf"(?:^(?:\d{{1,3}}\.\s+|\((?:[a-z]|\d{{1,3}})\)\s+)?(?:We\s+)?|(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:we\s+)?"
    r"(?:(?:to\s+that\s+end|to\s+this\s+end|in\s+th(?:is|at)\s+(?:regard|respect|context)|accordingly)\s*,?\s+"
    r"(?:we\s+)?)?)"
    r"(?:(?:also|further|again|once\s+again|[a-z]{3,}ly)\s+)?"  # ("and specifically invites", "strongly urges")
    r"(?:[Tt]o\s+)?"
    rf"(?P<verb>{_REQ_VERBS}|{_GERUND_ALT}|(?<=\band\s)upon(?=\s)|"  # "calls upon the Conference …, and upon …"
    # ("Reiterates the invitation to States not Parties to …", "Reiterates its invitation and encouragement to …")
    r"(?:reiterates|reaffirms|renews)\s+(?:its|the)\s+(?:request|invitation|call)(?:\s+and\s+encouragement)?\s+"
    r"(?:to|upon))"
    # "Urges, in particular, States members …", "Encourages once again States Parties to …"
    r"(?:\s*,\s*(?:in\s+particular|inter\s+alia|once\s+again)\s*,|\s+(?:once\s+)?again(?=\s))?\s+"
    # "requests the Platform’s secretariat to …": the second body is whom
    # "urges those nuclear-weapon States that have not yet done so, to adopt …"
    rf"(?:the\s+|all\s+|both\s+|relevant\s+|those\s+(?=[^⟦]{{0,40}}?\b(?:that|which|who|in\s+a\s+position)\b))?"
    # "Requests the current President and successive Presidents of the Conference …", "Encourages the current
    # President and the incoming President of the Conference …": the post, whoever holds it
    r"(?:(?:current|incoming|outgoing|successive|future)\s+(?:[A-Z][\w-]*\s+and\s+(?:the\s+)?"
    r"(?:current|incoming|outgoing|successive|future)\s+)?)?"
    rf"(?P<addr>{ADDR}|him|her|them|those(?=\s+(?:that|which|who|in\s+a\s+position)\b)|that\s+State|{THOSE})"
    # not "…, with the assistance of a group of experts, to be convened for one week …, to prepare a report": what is
    # asked comes after what is said of the addressee's helpers
    # nor "with a view to achieving …", "not party to the Convention to provide …": an act starts with its verb
    # nor "States that have and continue to apply such laws … to take the steps": the relative clause's own "to"
    r"(?P<gap>(?:[^⟦]|⟦[A-Z]\d+⟧){0,300}?)(?<!pursuant)(?<!according)(?<!regard)(?<!addition)(?<!view)"
    r"(?<!continue)(?<!wish)(?<!intend)(?<!obligation)(?<!related)(?<!relating)(?<!relevant)(?<!committed)"
    r"(?<!contributing)(?<!necessary)(?<!able)(?<!\bas)\s+to\s+"  # ("States that are under an obligation to …",
    # "bodies related to biodiversity", "that have not yet taken the steps necessary to become …", "that are able to
    # do so", "…, as well as to international … organizations")
    # nor "all concerned parties referred to in decision 73/546 … to actively engage"
    r"(?<!referred\s\sto\s)(?<!referred\sto\s)(?<!subject\sto\s)"
    # nor "States in a position to do so to provide …": what they are asked is to provide
    r"(?=[a-z])(?!be\s+[a-z]+ed\b)(?!do\s+so\s*,?\s+to\s+[a-z])"
    # (nor "States that have not ratified the Convention or acceded to it to provide …": "to it")
    r"(?!(?:the|an?|its|their|this|that|these|those|such|which|whom|it|them)\b)", re.I)


# "7. Requests the Secretary-General, within available resources:" and then "(c) To continue consultations …",
# one paragraph per request (the first letters are sometimes lost with the page layout)
_REQUEST_LIST = re.compile(
    rf"^(?:\d{{1,3}}\.\s+|\(\d{{1,3}}\)\s+)?(?:(?:also|further)\s+)?(?P<verb>{_REQ_VERBS})\s+(?:the\s+|all\s+|relevant\s+)?"
    rf"(?P<addr>{ADDR})(?P<tail>(?:\s*,[^⟦:;]{{0,80}}|\s+to)?)\s*:\s*$", re.I)
_LIST_ITEM = re.compile(r"^(?:\(?[a-z]{1,4}\)\s+)?To\s+(?=[a-z])")
# after a lead that ends "…, to:", the items are bare verbs: "(a) develop a draft work programme …", "(a) Finalize a
# host country agreement …"
_BARE_ITEM = re.compile(r"^\(?[a-z]{1,4}\)\s+(?=[a-z]|[A-Z][a-z]+\s)")


def _request_list(ctx: Context, view: View, me: str) -> bool:
    """Reads a request's list: its lead sentence starts it, each item "To …" is one request; True for both."""
    t = view.template
    lead = _REQUEST_LIST.match(t)
    if lead:
        addressees = addressees_in(ctx, view, lead.group("addr"), t[:lead.start("addr")])
        verb = _verb(lead)
        bare = bool(re.search(r"\bto\s*$", lead.group("tail")))
        ctx.request_list = (verb, addressees, bare, view.sentence) if addressees else None
        return bool(addressees)
    pending = ctx.request_list
    item = ((_BARE_ITEM if pending[2] else _LIST_ITEM).match(t)) if pending else None
    if not item:
        ctx.request_list = None
        return False
    verb, addressees, _, lead = pending
    _ask(ctx, view, me, addressees, verb, view.words(t[item.end():]), item.end(), lead)
    return True


_CALLS_UPON = re.compile(r"\b[Cc]alls?\s+upon\b")


# (nor "… assistance, to requesting States in order to …": States that ask, not asked)
_NOT_ASKED = re.compile(r"⟦[SI]\d+⟧(?:\s+of\s+⟦D\d+⟧)?\s*,\s*$|\bto\s+$")


def rule_requests(ctx: Context, view: View) -> None:
    me = ctx.speaking()
    before = ctx.last_country  # the country the sentences before this one named last
    countries = [(tok.start(), key) for tok in re.finditer(r"⟦L(\d+)⟧", view.template)
                 if (key := view.keys.get(int(tok.group(1)))) and key.startswith("country/")]
    if countries:
        ctx.last_country = countries[-1][1]
    if not me:
        return
    if _request_list(ctx, view, me):
        return
    t = view.template
    gerund_item = bool(_GERUND_ITEM.match(t))
    # ("…, and upon Conference members to …" asks only after "calls upon")
    # (a participle mid-clause asks too: "…, and, as a means of promoting this objective, inviting the countries
    # concerned to adhere to the Treaty …", "…, calling upon all States to seek a safer world …")
    # (not right after a text it cites: "Recalling its resolution 70/262, requesting the Secretary-General to …" is what
    # that resolution did)
    found = [m for m in _REQUEST.finditer(t) if (gerund_item or _verb(m) not in _GERUNDS
                                                 or m.start() > 0 and not _NOT_ASKED.search(t, 0, m.start("verb")))
             and (_verb(m) != "upon" or _CALLS_UPON.search(t, 0, m.start()))]
    # an infinitive after a request is that request's next act, whoever it asks: "Requests the Secretary-General …
    # to undertake the preparations necessary to convene the Meeting …, and, on behalf of the States Parties …, to
    # invite States not Parties … to attend" (the Secretary-General invites them)
    found = [m for k, m in enumerate(found) if not (k and _INFINITIVE.search(t, m.start(), m.start("verb")))]
    for n, m in enumerate(found):
        those = THOSE_RE.fullmatch(m.group("addr"))
        # (no group of "those countries")
        addressees = addressees_in(ctx, view, m.group("addr"), t[:m.start("addr")]) if not those else []
        plural = MODIFIES_PLURAL.match(m.group("gap"))
        named = re.findall(r"⟦B(\d+)⟧", m.group("addr")) if plural else []
        if plural and named and m.group("addr").endswith(f"⟦B{named[-1]}⟧"):
            # "Invites United Nations bodies related to …", "Invite the United Nations regional commissions, …, to
            # convene …": the body names whom, it is not whom; "Requests the Secretary-General and relevant United
            # Nations entities to …": the others are still asked, and the entities are a group
            parts = plural.group("parts")
            addressees = addressees[:-1] + ([parts_of(ctx, view, named[-1], parts)]
                                            if parts else [])
        if re.fullmatch(r"that\s+State", m.group("addr")):
            # "5. Reaffirms the importance of Israel's accession to the Treaty … / 6. Calls upon that State to accede
            # …": the country named last, in this sentence or before it
            here = [key for at, key in countries if at < m.start("addr")]
            addressees = [here[-1] if here else before] if (here or before) else []
        elif m.group("addr").lower() == "those" and re.match(r"\s+in\s+a\s+position\s+to\s+do\s+so\b", m.group("gap")):
            # "8. Calls upon those in a position to do so to make voluntary contributions to the Regional Centre …"
            addressees = [ensure_group(ctx, "those in a position to do so")]
        elif those:
            # "5. Invites all countries of the region … / 6. Also invites those countries, pending …, not to develop …":
            # the group last addressed, if its name has that noun
            last = ctx.last.get("addressee")
            noun = m.group("addr").split()[-1].lower()
            group = ctx.registry.get(last) if last else None
            addressees = [last] if group and group.kind == "group" and noun in group.label.lower().split() else []
        elif m.group("addr").lower() == "those":
            # "Expresses its appreciation to the nuclear-weapon States that have signed …, and calls upon those that
            # have not yet ratified …": the group the sentence named last
            groups = list(GROUP.finditer(t, 0, m.start("addr")))
            if groups:
                addressees = [ensure_group(ctx, view.phrase(groups[-1].group("name")))]
            elif described := _THOSE_WHO.fullmatch(m.group("gap")):
                # (none named before: "calling upon those who continue to use cluster munitions to cease any such
                # activity", those the clause describes)
                addressees = [ensure_group(ctx, f"those {view.phrase(described.group(1))}")]
            else:
                addressees = []
        elif m.group("addr").lower() in ("him", "her", "them"):
            # "him": the person or officer the sentence named before, else the last one addressed; "them" only
            # those this sentence addressed ("… Internet service and access providers, and call upon
            # them": no body)
            named = person_before(ctx, view, m.start("addr")) if m.group("addr") in ("him", "her") else None
            here = ctx.last.get("addressee_in") == str(view.sentence.start) or m.group("addr") != "them"
            addressees = [named or (ctx.last.get("addressee") if here else None)]
            if m.group("addr") == "them" and not here:
                addressees = praised(ctx, view, t[:m.start("addr")])
        among = _NAMED_AMONG.search(m.group("gap"))
        if among and addressees:  # "… bodies and organs, including the Peacebuilding Commission, to …": it is asked too
            addressees += addressees_in(ctx, view, among.group("addr"), m.group("gap")[:among.start("addr")])
        addressees = list(dict.fromkeys(a for a in addressees if a))
        if not addressees:
            continue
        ctx.last["addressee"], ctx.last["addressee_in"] = addressees[0], str(view.sentence.start)
        end_t = found[n + 1].start() if n + 1 < len(found) else len(t)
        action_t = t[m.end():end_t]
        if _NOT.search(m.group("gap")):  # "Urges all States not to carry out nuclear-weapon test explosions …"
            action_t = "not to " + action_t
        else:  # (the gap's "that have not" is which of them, "not" before "to" is what they are asked)
            say_which(ctx, view, addressees[-1], m.group("gap"))
        verb = "calls upon" if _verb(m) == "upon" else _GERUNDS.get(_verb(m), _verb(m))
        asked = [(addressees, verb, action_t, m.end())]
        other = _ALSO_ASKED.search(action_t)
        others = addressees_in(ctx, view, other.group("addr"), action_t[:other.start("addr")]) if other else []
        if others:  # "Urges all States not Parties … to ratify …, and all States Parties to promote adherence …"
            asked = [(addressees, verb, action_t[:other.start()], m.end()),
                     (others, verb, action_t[other.end():], m.end() + other.end())]
        inner = _AND_ANOTHER_VERB.match(m.group("gap"))
        if inner:  # "We call upon relevant organizations … of the United Nations system and invite international
            # organizations … to integrate the Awaza Programme …": the second verb asks its own addressees the same act
            _, _, words, at = asked[0]
            asked.append((addressees_in(ctx, view, inner.group("addr"), m.group("gap")[:inner.start("addr")]),
                          _verb(inner), words, at))
        for whom, asks, words, at in asked:
            _ask(ctx, view, me, whom, asks, view.words(words), at)


_NOT = re.compile(r"(?:^|\s)not$")  # what is asked is not to do it
# (not "those who have not yet done so": which of a group named before, and none was)
_THOSE_WHO = re.compile(r"\s+((?:who|that)\s+(?![^⟦;:,]*\bdone\s+so\b)[^⟦;:,]{3,120}?)\s*,?\s*")
_AND_ANOTHER_VERB = re.compile(rf"\s*,?\s+and\s+(?:also\s+|further\s+)?(?P<verb>{_REQ_VERBS})\s+"
                               rf"(?:the\s+|all\s+|relevant\s+)?(?P<addr>{ADDR})\s*,?\s*$", re.I)
_INFINITIVE = re.compile(r"\bto\s+$")


# one of whom, named after them: "encouraging relevant United Nations bodies and organs, including the Peacebuilding
# Commission, to consider the inputs further", "Calls upon all States, in particular the nuclear-weapon States, to …"
_NAMED_AMONG = re.compile(rf",\s*(?:and\s+)?(?:including|in\s+particular|especially|notably)\s+"
                          rf"(?:the\s+|all\s+)?(?P<addr>{ADDR})\s*,?\s*$")
# the same verb asks others after a comma: "1. Urges all States not Parties to the Convention … to ratify or accede to
# it as soon as possible, and all States Parties to promote adherence to the Convention …"
_ALSO_ASKED = re.compile(rf",\s+and\s+(?:all\s+|the\s+)?(?P<addr>{ADDR})\s+to\s+(?=[a-z])(?!be\b)")


def _ask(ctx: Context, view: View, res: str, whom: list[str], verb: str, words: str, t_from: int,
         lead: Sentence | None = None) -> None:
    """What the words ask, each act of them ("… and to report …"), of each addressee."""
    for action in _split_actions(words):
        for addr in whom:
            add_request_action(ctx, view, res, addr, verb, action, t_from, lead)


def add_request_action(ctx: Context, view: View, res: str, addr: str, verb: str, action: str,
                       t_from: int = 0, lead: Sentence | None = None) -> str:
    """A request node: who asks whom to do what; meetings and documents in the action are requested by `res`.  The
    `lead` of a list ("7. Requests the Secretary-General, within available resources:") is where whom is said."""
    digest = hashlib.sha1(f"{addr}|{action}".encode()).hexdigest()[:10]
    key = f"{res}/request/{digest}"
    sent = view.sentence
    said = ctx.addressed_as.get(((lead or sent).start, addr))  # "all States", where the text says more than "States"
    ctx.registry.add(key, "request", f"{verb} {said or ctx.registry.label(addr)} {action[:60]}")
    ctx.claim(key, "acta:requestedIn", res, lead or sent, "request")
    if lead:  # (and the item that says what: "(a) To continue the practice of sending an annual note verbale …")
        ctx.claim(key, "acta:requestedIn", res, sent, "request")
    ctx.claim(key, "acta:addressee", addr, lead or sent, "request")
    if said:
        ctx.claim(key, "acta:addressedAs", Lit(said), lead or sent, "request")
    ctx.claim(key, "acta:action", Lit(action), sent, "request")
    ctx.claim(key, "acta:requestVerb", Lit(verb), lead or sent, "request")
    for token in re.finditer(r"⟦[MSA](\d+)⟧", view.template[t_from:]):
        target = view.keys.get(int(token.group(1)))
        mention_text = view.m(token.group(1)).text
        if target and target != res and kind_of(ctx, target) in ("meeting", "document", "report") \
                and mention_text in action:
            ctx.claim(key, "acta:concerns", target, sent, "request")
            if _MADE.search(action, 0, action.index(mention_text)):
                ctx.claim(target, "acta:requestedBy", res, sent, "request")
    return key


# what the act makes, convenes or sends is requested by the instrument ("to convene the Twenty-third Meeting of the
# States Parties", "to prepare a report …"); not what it is done by, at or for ("… in accordance with action 9 of the
# Final Document of the 2010 Review Conference", "to attend the Twenty-second Meeting", "to submit to the General
# Assembly at its eighty-first session a report", "to conduct discussions …, as set out in the report of the Preparatory
# Meeting")
_MADE = re.compile(r"\b(?:convene|convening|hold|holding|organi[sz]e|organi[sz]ing|host|hosting|prepare|preparing|"
                   r"submit|submitting|produce|producing|establish|establishing|conduct|conducting|compile|compiling|"
                   r"issue|issuing|transmit|transmitting|circulate|circulating|draft|drafting|finali[sz]e|undertake|"
                   r"undertaking|preparations?\s+for)\b"
                   r"(?:(?!\b(?:in\s+accordance\s+with|pursuant\s+to|at\s+its|on\s+the\s+basis\s+of|in\s+line\s+with|"
                   r"contained\s+in|(?:as\s+)?set\s+out\s+in|adopted\s+(?:at|by)|recommendations?\s+(?:of|contained)|"
                   r"as\s+agreed)\b)[^;]){0,200}$")


# "Recalling its resolution 71/67 …, in which it, inter alia, requested the Secretary-General to seek the views of
# Member States and to establish a group …": what the recalled resolution asked, up to the sentence's next text
_ASKED = re.compile(r"(?:,|\band|(?<=\bit)|(?<=⟧))\s*(?:(?:also|further|inter\s+alia)\s*,?\s*)*"
                    r"(?P<verb>requested|invited|called\s+upon|urged|encouraged)\s+(?:the\s+|all\s+|relevant\s+)?"
                    rf"(?P<addr>{ADDR})(?P<gap>[^⟦;]{{0,80}}?)\s+to\s+(?=[a-z])(?!(?:the|an?|its|their)\s)")
# (unlike the citations it cites, whose span "…, as well as the reports of …" goes on, an act ends there)
_RELATIVE_END = re.compile(r",\s*(?:(?:and|as\s+well\s+as)\s+)?(?:its\s+|⟦B\d+⟧\s+)?⟦S(?P<s>\d+)⟧|;"
                           r"|,\s*(?:in|by)\s+which\b|,\s+as\s+well\s+as\b")
_NEXT_ACT = re.compile(r",?\s+and\s+(?:(?:also|further|inter\s+alia)\s*,?\s*)*(?:decided|welcomed|noted|took\s+note|"
                       r"recognized|stressed|reaffirmed|endorsed|adopted)\b")
_PRESENT = {"requested": "requests", "invited": "invites", "called upon": "calls upon", "urged": "urges",
            "encouraged": "encourages", "mandated": "mandates"}


def rule_asked_in_which(ctx: Context, view: View) -> None:
    from .clauses import IN_WHICH_IT
    t = view.template
    for rel in re.finditer(IN_WHICH_IT, t):
        res = resolve_mention(ctx, view, int(rel.group("s")))
        if not res or kind_of(ctx, res) not in ("resolution", "decision") or res == ctx.speaking():
            continue
        # (a note's marker after a comma is not the next text: "… verification issues,7 and, inter alia, requested")
        end = next((e for e in _RELATIVE_END.finditer(t, rel.end()) if not e.group("s") or re.match(
            r"(?:resolutions?|decisions?)\b", view.m(e.group("s")).text, re.I)), None)
        clause = t[:end.start() if end else len(t)]
        asks = list(_ASKED.finditer(clause, rel.end()))
        for n, m in enumerate(asks):
            addressees = addressees_in(ctx, view, m.group("addr"))
            stop = asks[n + 1].start() if n + 1 < len(asks) else len(clause)
            # the next thing it did ("… and encouraged Member States …", "… and decided to …") ends the act
            act = _NEXT_ACT.split(clause[m.end():stop])[0]
            verb = _PRESENT[_verb(m)]
            _ask(ctx, view, res, addressees, verb, view.words(act), m.end())


def _verb(m: re.Match[str]) -> str:
    return re.sub(r"\s+(?:once\s+)?again\b", "", re.sub(r"\s+", " ", m.group("verb").lower()))


# (the aside may hold commas: "…, and, on behalf of the States Parties and in accordance with article 12, paragraph 3,
# of the Convention, to invite …")
_AND_TO = re.compile(r"(?:,?\s+|;\s+)and(?:\s*,[^;]{1,160}?,)?\s+(?:also\s+)?to\s+(?=[a-z])"
                     r"(?!(?:the|an?|its|their|all|these|those|each|any|other|relevant)\b|th(?:is|at)\s+(?!end\b))")
_PURPOSE_OPEN = re.compile(r"\b(?:in\s+order|so\s+as)\s+to\s+[a-z][^,;]*$")


def _split_actions(action: str) -> list[str]:
    # "… and to report …" is a second act, also "…, and, without prejudice to national security, to inform …";
    # "… to members and to the Bureau" is not
    # (not a purpose's second verb, with no comma before it: "… in order to enhance its humanitarian impact and to
    # promote its universalization")
    joined, start = [], 0
    for m in _AND_TO.finditer(action):
        if action[m.start()] not in ",;" and _PURPOSE_OPEN.search(action, start, m.start()):
            continue
        joined.append(action[start:m.start()])
        start = m.end()
    joined.append(action[start:])
    out = []
    for p in joined:
        p = re.sub(r"\s+", " ", p).strip(" ,;.”\"")
        p = re.sub(r"^th(?:is|at)\s+end\s*,?\s+to\s+", "", p)  # "and to that end to …"
        # "… as appropriate, notes the requests for clarification …": the next clause of the paragraph
        p = re.sub(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:in\s+th(?:is|at)\s+(?:regard|respect|context)\s*,?\s+)?"
                   r"(?:(?:also|further)\s+)?(?:stresses|notes|decides|requests|welcomes|encourages|invites|"
                   r"emphasizes|calls\s+upon|urges|underlines|reaffirms|recognizes|recalls|expresses|acknowledges)\b.*$",
                   "", p)
        clause = _NEXT_PARTICIPLE.search(p)
        if clause and not _OWN_PARTICIPLE.search(p, 0, clause.start()):
            p = p[:clause.start()]
        if len(p) > 2:
            out.append(p)
    # "continue to make and to increase voluntary contributions", "establish, where needed, and to maintain regional
    # rosters of experts": one act, the object said once
    while len(out) > 1 and (shared := _NO_OBJECT.fullmatch(out[0])):
        out[:2] = [f"{out[0]}{', ' if shared.group('aside') else ' '}and to {out[1]}"]
    return out


# "…, encouraging relevant United Nations bodies … to consider the inputs further, and further acknowledging the
# inputs from …", "… to review their interpretative declarations …,10 reaffirming and recognizing …": the preamble's
# next clause ends the act; not "… taking into account the information compiled by the secretariat, and noting
# relevant requests …", the second of the act's own participles
_PARTICIPLES = (r"(?:acknowledging|noting|recognizing|welcoming|recalling|reaffirming|reiterating|stressing|"
                r"emphasizing|underlining|expressing|commending|taking\s+note|bearing\s+in\s+mind)")
_NEXT_PARTICIPLE = re.compile(rf"(?:,?\s+and\s+(?:(?:also|further)\s+)?"
                              rf"|,\s*(?:\d{{1,3}}\s+)?(?={_PARTICIPLES}\s+and\s)){_PARTICIPLES}\b")
_OWN_PARTICIPLE = re.compile(r",\s+(?:taking|bearing|noting|having|giving|including|using|building)\b")
_NO_OBJECT = re.compile(r"[a-z]+(?:\s+to\s+[a-z]+|(?P<aside>,\s+(?:where|when|if|as)\s+[a-z]+(?:\s+[a-z]+)?))")


# "2. Also decides that the Secretary-General shall invite civil society representatives, …", "Decides that the Group
# of Scientific and Technical Experts should seek …": a directive to whom the clause names, as a request would be
# ("will" is what is foreseen, not asked: "Decides that the Group … will hold four sessions")
# "5. Also recommends that the Conference on Disarmament actively continue intensive negotiations …": what it
# recommends that body do (the subjunctive)
_SHALL = re.compile(r"^(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+)?(?:(?P<decides>[Dd]ecides)|[Rr]ecommends)\s+"
                    r"(?:also\s+|further\s+)?that\s+(?:the\s+)?(?P<addr>⟦[BP]\d+⟧)\s+"
                    r"(?(decides)(?:shall|should)\s+|(?:(?:shall|should)\s+)?(?=(?:[a-z]+ly\s+)?[a-z]+(?<!s)\s))"
                    r"(?:(?:also|further)\s+)?(?=[a-z])")


# "9. Decides to convene informal exchanges in Geneva …, and that the Office for Disarmament Affairs of the Secretariat
# will provide the support necessary …": the decision's second part
_AND_THAT_SHALL = re.compile(r"^(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+)?(?P<decides>[Dd]ecides)\s+to\s+[^;]*?,\s+"
                             r"and\s+that\s+(?:the\s+)?(?P<addr>⟦[BP]\d+⟧)\s+(?:shall|will|should)\s+(?:(?:also|further)\s+)?(?=[a-z])")


def rule_shall(ctx: Context, view: View) -> None:
    me = ctx.speaking()
    m = _SHALL.match(view.template) or _AND_THAT_SHALL.match(view.template) if me and ("that" in view.template) \
        else None
    addr = resolve_mention(ctx, view, int(m.group("addr")[2:-1])) if m and me else None
    if not addr or ctx.registry.get(addr).kind not in ("body", "officer", "person"):
        return
    rest = re.split(r",?\s+and\s+that\b", view.template[m.end():])[0]  # "…, and that …": what else it decides
    _ask(ctx, view, me, [addr], "decides" if m.group("decides") else "recommends", view.words(rest).rstrip(" :"),
         m.end())


# a declaration's passive: "Member States are strongly urged to refrain from promulgating …", "The regional
# commissions are invited to utilize existing mechanisms …": whom it asks, by its own verb
_PASSIVE = re.compile(rf"(?:^(?:\d{{1,3}}\.\s+)?|[;.]\s+|,\s+(?:and\s+)?|\bthat\s+)(?:[Tt]he\s+|[Aa]ll\s+)?"
                      rf"(?P<addr>{ADDR})\s+(?P<tense>is|are|was|were)\s+(?:(?:also|further|again|[a-z]+ly)\s+)*"
                      r"(?P<verb>urged|invited|requested|encouraged|called\s+upon)\s+to\s+(?=[a-z])"
                      r"(?!(?:the|an?|its|their|this|that|these|those)\b)")


# "3. Calls for practical steps, as agreed to at the 2000 Review Conference …, to be taken by all nuclear-weapon
# States, that would …": what is called for, of whom it is to be done by
_CALLED_FOR_BY = re.compile(rf"\b[Cc]alls?\s+for\s+(?P<what>(?:[^⟦;:]|⟦[MIBSDL]\d+⟧){{3,250}}?)\s*,?\s+to\s+be\s+"
                            rf"(?:taken|undertaken|implemented|pursued|carried\s+out)\s+by\s+(?:the\s+|all\s+)?"
                            rf"(?P<addr>{ADDR})")
_CLAUSE_END = re.compile(r"[;.](?:\s|$)")  # what is asked goes on to the clause's end


def _an_instrument_speaks(ctx: Context, me: str) -> bool:
    """A resolution or decision, or a text it adopts, asks; a report records what was asked."""
    return ctx.speaker is not None or ctx.registry.get(me).kind in ("resolution", "decision")


def rule_passive_requests(ctx: Context, view: View) -> None:
    t = view.template
    me = ctx.speaking() if any(w in t for w in (" are ", " is ", " was ", " were ")) else None
    # an instrument's or the declaration it adopts asks in the present ("Member States are invited to …"); a report of
    # a meeting records in the past what was asked there ("The secretariat was requested to further elaborate on the
    # proposed budget …"), and what it recommends in the present is no request
    instrument = bool(me) and _an_instrument_speaks(ctx, me)
    for m in _PASSIVE.finditer(t) if me else ():
        if (m.group("tense") in ("was", "were")) == instrument:
            continue
        rest = _CLAUSE_END.split(t[m.end():])[0]
        verb = _PRESENT[_verb(m)]
        _ask(ctx, view, me, addressees_in(ctx, view, m.group("addr")), verb, view.words(rest), m.end())
    for m in _CALLED_FOR_BY.finditer(t) if " to be " in t and ctx.speaking() else ():
        _ask(ctx, view, ctx.speaking(), addressees_in(ctx, view, m.group("addr"), t[:m.start("addr")]), "calls for",
             view.words(m.group("what")), m.start("what"))


# a report of a meeting records what its plenary organ or the meeting asked: "(42) Under this agenda item, the Plenary
# mandated the Bureau to further consider the provisional agenda, date and venue of the second session …" (not
# "Governments urged the United Nations organizations to …": what some of them said)
_RECORDED = re.compile(rf"\bthe\s+⟦(?P<k>[BM])(?P<who>\d+)⟧\s+(?:(?:also|further)\s+)?"
                       rf"(?P<verb>requested|mandated|invited|urged|encouraged|called\s+upon)\s+(?:the\s+)?"
                       rf"(?P<addr>{ADDR})\s+to\s+(?=[a-z])(?!(?:the|an?|its|their|this|that|these|those)\b)")
_ORGAN = re.compile(r"(?:Plenary|General\s+Conference|Conference)\b")
# (nor what a resolution the report answers asked: "… resolution 51/1, in which the Assembly requested the
# Secretary-General to submit …": rule_asked_in_which's)
_IN_WHICH = re.compile(r"\b(?:in|by|under)\s+which\s*,?\s*(?:inter\s+alia\s*,?\s*)?$")


def rule_report_requests(ctx: Context, view: View) -> None:
    t = view.template
    me = ctx.speaking() if "ed " in t else None
    if not me or _an_instrument_speaks(ctx, me):
        return
    for m in _RECORDED.finditer(t):
        if m.group("k") == "B" and not _ORGAN.match(view.m(m.group("who")).text) or _IN_WHICH.search(t, 0, m.start()):
            continue
        rest = _CLAUSE_END.split(t[m.end():])[0]
        verb = _PRESENT[_verb(m)]
        _ask(ctx, view, me, addressees_in(ctx, view, m.group("addr")), verb, view.words(rest), m.end())


# "(2) Invites pledges and contributions to the Trust Fund from Governments, as well as from United Nations bodies, the
# Global Environment Facility, other intergovernmental organizations …": whom the instrument asks for them, after "from"
_FROM_WHOM = re.compile(
    r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?(?:(?:Also|Further)\s+)?(?P<verb>Invites|Encourages|Appeals\s+for|Calls\s+for)\s+"
    r"(?P<what>(?:voluntary\s+|financial\s+)?(?:pledges|contributions|donations)(?:\s+and\s+(?:pledges|contributions|"
    r"donations))?(?:\s+to\s+(?:the\s+)?⟦[BI]\d+⟧)?)\s+from\s+(?:the\s+|all\s+)?"
    rf"(?P<addr>{ADDR})(?:\s*,?\s+as\s+well\s+as\s+from\s+(?:the\s+)?(?P<more>[^;]*?)(?=,\s+to\s+[a-z]|;|$))?")


def rule_asked_from(ctx: Context, view: View) -> None:
    m = _FROM_WHOM.match(view.template) if " from " in view.template else None
    me = ctx.speaking() if m else None
    if me:
        more = m.group("more") or ""
        parts = [parts_of(ctx, view, p.group(1), p.group("parts")) for p in BODY_PARTS.finditer(more)]
        whom = addressees_in(ctx, view, m.group("addr")) + parts + addressees_in(ctx, view, BODY_PARTS.sub("", more))
        verb = _verb(m)
        for addr in dict.fromkeys(whom):
            add_request_action(ctx, view, me, addr, verb, view.phrase(m.group("what")))

