"""From a document to claims: mentions per sentence, rules over them, context across sentences.

Each sentence is rewritten as a template in which every mention is a token
(``⟦S0⟧`` a symbol, ``⟦B3⟧`` a body, ...), so that rules (in `rules.py`) are
short patterns over the genre's phrasing ("⟦B⟧ adopted ⟦S⟧ convening ⟦M⟧")
instead of patterns over one file's words.  The context carries what earlier
sentences established: the last resolution ("that resolution"), the working
group a report is about ("this Working Group"), the year ("on October 13").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bodies import find_bodies
from .dates import DateValue, find_dates
from .footnotes import definitions, markers, sequence_markers
from .instruments import find_instruments
from .meetings import find_meetings, said_again
from .mentions import BROKEN_HYPHEN, Mention, choose
from .people import find_people
from .places import find_places
from .resolve import Registry
from .symbols import find_symbols, guess_organization
from .text import Document, Sentence, sentences

LETTER = {"symbol": "S", "date": "D", "person": "P", "meeting": "M", "body": "B", "place": "L",
          "anaphor": "A", "title": "Q", "instrument": "I"}


@dataclass(frozen=True)
class Lit:
    value: str
    datatype: str | None = None      # CURIE: xsd:date, xsd:gYearMonth, xsd:gYear, xsd:integer


@dataclass(frozen=True)
class Claim:
    subject: str                     # entity key
    predicate: str                   # CURIE
    object: str | Lit                # entity key or literal
    start: int                       # evidence span in the document text
    end: int
    rule: str


@dataclass
class Extraction:
    document: Document
    organization: str | None
    registry: Registry
    claims: list[Claim] = field(default_factory=list)
    self_key: str | None = None      # the instrument this document is


def date_literal(value: str) -> Lit:
    """The XSD type that keeps the source's precision: 2009, 2009-06, 2009-06-17, --09-17 (no year given)."""
    if value.startswith("--"):
        return Lit(value, "xsd:gMonthDay" if len(value) == 7 else "xsd:gMonth")
    kind = {4: "xsd:gYear", 7: "xsd:gYearMonth", 10: "xsd:date"}.get(len(value), "xsd:string")
    return Lit(value, kind)


class Context:
    """What a reader remembers from earlier sentences of the same document."""

    def __init__(self, extraction: Extraction) -> None:
        self.x = extraction
        self.year: int | None = None
        self.last: dict[str, str] = {}          # "resolution" / "document" / "meeting" / "body:<noun>" -> key
        self.generic_bodies: dict[str, str] = {}  # "working group" -> key of the one this document is about
        self.aliases: dict[str, str] = {}        # short name's key -> the full name's key ("Fourth Review Conference")
        self.short_names: dict[str, str] = {}    # a text's full name's key -> its short name's ("Treaty of Tlatelolco")
        self.named_by_word: dict[str, str] = {}  # "Community" -> the listed body last named with it (ECCAS)
        self.named_by_head: dict[str, str] = {}  # "Committee" -> the body named last with that head word
        self.speaker: str | None = None          # a decision annexed to a report, while its clauses are read
        #                                          ("" in an annex that no decision speaks; None: the document)
        self.titles_once_read: list[tuple[int, str, str, Sentence, str]] = []  # (rank, doc, title, sentence, rule)
        # what the rules carry from one sentence to the next (each set and read by the rules named)
        self.previous_view: View | None = None            # the sentence before this one (rules.apply)
        self.citing_list: str | None = None               # a lead ending in a colon: its citing verb's property
        self.cut_clause: str | None = None                # the verb of a clause the page's notes cut (clauses)
        self.cut_in_title = False                          # … cut inside a title ("… and the Final" / "Documents …")
        self.citing_spans: tuple[int, list[tuple[int, str | None]], dict[int, str]] | None = None  # cite_found
        self.established_by_self: list[tuple[str, Sentence]] = []  # bodies the instrument founds (decides)
        self.annexed_text: str | None = None              # the text an annex holds (decisions)
        self.adopted_list: tuple[str, str | None, Sentence] | None = None  # "following … adopted:" (decisions)
        self.officer_list: dict[str, str | None] | None = None   # a list of officers under its lead (officers)
        self.reported_meeting: str | None = None          # the meeting a record reports on (proceedings)
        self.section: str | None = None                   # a record's section heading (proceedings)
        self.request_list: tuple[str, list, bool, Sentence] | None = None  # a request's list of addressees
        self.budget_year: str | None = None                # the year of the budget table being read (body_meetings)
        self.last_country: str | None = None              # the country named last (requests)
        self.addressed_as: dict[tuple[int, str], str] = {}  # (sentence, group) -> the words that addressed it
        self.pending_list: dict[str, object] | None = None  # a session's list of what it considered (sessions)
        self.deciding_list: bool = False                   # under a lead "… we decide to:" (decides)
        self.scheduled_meeting: str | None = None          # the meeting the paragraph before scheduled (proceedings)
        self.noted_texts: list[tuple[str, str]] = []       # (a text, the note right after it) (outcomes)
        self.published_as: list[tuple[str, str, Sentence]] = []  # (a note's document, the text named before it, where)
        self.conference_annexes: dict[str, tuple[str, str, Sentence]] = {}  # note -> (conference, its resolution,
        #                                                                        the note) (outcomes)
        self.convened: dict[str, Mention] = {}  # label -> a meeting a clause convened by what it is (meetings)
        self.considered_reports: list[tuple[str, Lit | None, Sentence]] = []  # "… considered its final report" (body,
        #                                                                       its day, where) (body_texts)
        # (predicate, start, end, rule, agent, document, day): claims of a dated act (actions)
        self.action_days: list[tuple[str, int, int, str, str | None, str | None, Lit | str]] = []
        self.notes = definitions(extraction.document.text, extraction.document.body_start)
        self.bare_marks = sequence_markers(extraction.document.text, extraction.document.body_start, self.notes)

    @property
    def registry(self) -> Registry:
        return self.x.registry

    def claim(self, s: str, p: str, o: str | Lit, sent: Sentence | tuple[int, int], rule: str) -> None:
        start, end = (sent.start, sent.end) if isinstance(sent, Sentence) else sent
        if p == "dcterms:title" and isinstance(o, Lit) and "- " in o.value:  # as labels are (graph/resolve.py)
            o = Lit(BROKEN_HYPHEN.sub("-", o.value), o.datatype)
        self.x.claims.append(Claim(s, p, o, start, end, rule))

    def speaking(self) -> str | None:
        """Who speaks the clauses being read: the instrument the document is, or a decision annexed to it."""
        key = self.x.self_key if self.speaker is None else self.speaker  # "": an annex nobody speaks (a draft's)
        return key if key and self.registry.get(key) else None

    def claimed(self, subject: str | None, predicate: str) -> str | Lit | None:
        """The first object claimed so far for ``subject`` and ``predicate``: what a rule checks before it adds one."""
        return next((c.object for c in self.x.claims if c.subject == subject and c.predicate == predicate), None)

    def claim_unless_known(self, s: str, p: str, o: str | Lit, sent: Sentence | tuple[int, int], rule: str) -> None:
        """A claim a weaker reading makes ("Letter dated …" as a title): only where no rule has claimed one yet."""
        if self.claimed(s, p) is None:
            self.claim(s, p, o, sent, rule)

    def title_once_read(self, doc: str, title: str, sent: Sentence, rule: str, rank: int = 0) -> None:
        """A title a weak reading gives a document, claimed once the whole document is read and only if no rule titled
        it; of two such titles the lower `rank` wins ("the recommendations … adopted by …" over "the report of …")."""
        self.titles_once_read.append((rank, doc, title, sent, rule))

    def claim_titles_once_read(self) -> None:
        for _, doc, title, sent, rule in sorted(self.titles_once_read, key=lambda t: t[0]):
            self.claim_unless_known(doc, "dcterms:title", Lit(title), sent, rule)

    def adopter(self) -> str | None:
        """The body that adopted the instrument the document is, as claimed so far."""
        return self.claimed(self.x.self_key, "acta:adoptedBy")


@dataclass
class View:
    """One sentence, its mentions, and its template."""

    sentence: Sentence
    mentions: list[Mention]
    template: str
    keys: dict[int, str] = field(default_factory=dict)   # mention index -> entity key, once resolved
    named: set[int] = field(default_factory=set)  # anaphors that name a citable text ("the decision taken by …")

    def m(self, index: str | int) -> Mention:
        return self.mentions[int(index)]

    def dates(self, index: str | int) -> tuple[DateValue, ...]:
        return self.m(index).attrs["values"]

    def one_date(self, index: str | int | None) -> DateValue | None:
        """The date mention's value when it is one date, not a list, a range or a vague period ("8 July 1996",
        "2008"): the day a text was issued, a treaty entered into force."""
        values = self.dates(index) if index is not None else ()
        return values[0] if len(values) == 1 and not values[0].end and not values[0].vague else None

    def words(self, fragment: str) -> str:
        """The source's words for a stretch of template: one text per span, though a marker whose note holds a joint
        symbol ("A/65/717-S/2011/53") stands for two mentions."""
        def source(run: re.Match[str]) -> str:
            texts: dict[tuple[int, int], str] = {}
            for i in re.findall(r"⟦[A-Z](\d+)⟧", run.group(0)):
                texts.setdefault((self.m(i).start, self.m(i).end), self.m(i).text)
            return "".join(texts.values())
        return re.sub(r"(?:⟦[A-Z]\d+⟧)+", source, fragment)

    def phrase(self, fragment: str) -> str:
        """The source's words for a stretch of template on one line: a name, a title, a topic."""
        return re.sub(r"\s+", " ", self.words(fragment)).strip()

    def quote_open_at(self, pos: int) -> int | None:
        """Where the quotation that ``pos`` is inside opens, or None: words inside a quoted title ("… in accordance with
        the recommendations set out in the report of the Group …”") are the title's, not the clause's."""
        opening = self.template.rfind("“", 0, pos)
        return opening if opening >= 0 and self.template.find("”", opening, pos) < 0 else None

    def clause_before(self, index: int) -> str:
        """The template from the last comma or semicolon before mention ``index`` up to it: what the clause around a
        name says before it ("the report of the Commission outlining principles … stated in the ")."""
        return re.split(r"[,;]", self.template[:self.template.find(f"⟦{LETTER[self.m(index).kind]}{index}⟧")])[-1]


# --- recognising ------------------------------------------------------------------------------

_ANAPHOR = re.compile(
    # (one line break at most: "in its" / a page break / "resolution 79/237" is the symbol's)
    r"\b(?:[Tt]hat|[Tt]his|[Tt]he|[Ss]aid|[Tt]hese|[Tt]hose|[Ii]ts)(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:(?<=[Tt]he\s)(?:formal|aforementioned|above-mentioned)\s+(?=meeting\b))?"  # "the formal meeting will be held"
    r"(?P<noun>present resolution|present decision|"
    r"resolution|decision|meeting|session|report(?!\s+of\b)|document(?!\s+[A-Z])|ministerial|conference|"
    r"Working Group|working group)\b(?!\s+of\s+(?:the\s+)?[A-Z])"
)
ITS_REPORT = re.compile(r"its\s+(?:final\s+)?reports?", re.I)  # an anaphor that names the report of what it refers to
_ENTITLED_TITLE = re.compile(r"(?<=\bentitled\s)[“\"][^”\"\n]{3,300}?[”\"]")
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"\n]{3,300}?)[.,]?[”\"]")


# a text named after the meeting that produced it
_TEXT_HEAD = (r"(?:[A-Z][\w-]+\s+)*(?:Declaration|Agenda|Consensus|Commitments?|Programme\s+of\s+Action|"
              r"Platform\s+for\s+Action|Plan\s+of\s+(?:Action|Implementation))")
_TEXT_OF = re.compile(r"(?:(?:Final|Concluding|Outcome)\s+Document|Final\s+Act|"
                      # "the Copenhagen Declaration on Social Development and Programme of Action of the World Summit
                      # for Social Development", "the Addis Ababa Action Agenda of the Third International Conference …"
                      rf"{_TEXT_HEAD}(?:\s+on(?:\s+[A-Z][\w-]+)+)?(?:\s+and\s+{_TEXT_HEAD})?)\s+of\s+(?:the\s+)?")


def recognise(doc: Document, org: str | None, sent: Sentence, year: int | None,
              notes: dict | None = None, bare_marks: dict | None = None,
              convened: dict[str, Mention] | None = None) -> list[Mention]:
    text, s, e = doc.text, sent.start, sent.end
    chunk = text[s:e]
    found: list[Mention] = []
    for sm in find_symbols(chunk, org):
        found.append(Mention("symbol", s + sm.start, s + sm.end, sm.text, sm.symbol.key, sm.symbol.canonical,
                             {"symbol": sm.symbol}))
    marks = markers(text, s, e, notes or {}, bare_marks)
    # "of 24 August 20167 and 21 October 2016,8": a note glued to a year ends its date, two dates, not one
    cuts = [s] + [c for mk in marks if text[mk.start - 4:mk.start].isdigit() for c in (mk.start, mk.end)] + [e]
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        for dm in find_dates(text[a:b], year):
            found.append(Mention("date", a + dm.start, a + dm.end, dm.text, "", dm.text,
                                 {"values": dm.values, "kind": dm.kind}))
    found += find_people(text, s, e)
    found += find_meetings(text, s, e)
    found += said_again(text, s, e, convened) if convened else []
    found += find_bodies(text, s, e, org)
    found += find_places(text, s, e)
    found += find_instruments(text, s, e)
    for m in _ANAPHOR.finditer(text, s, e):
        found.append(Mention("anaphor", m.start(), m.end(), m.group(0), "", m.group(0),
                             {"noun": m.group("noun").lower()}))
    # words in the title a text is "entitled" name no body, meeting or place of their own: "GC(69)/RES/10, entitled
    # “Extending the Technical Cooperation Programme for the State of Palestine to the Gaza Strip”"
    entitled = [(m.start(), m.end()) for m in _ENTITLED_TITLE.finditer(text, s, e)]
    if entitled:
        found = [f for f in found if f.kind in ("symbol", "date") or not any(a <= f.start < b for a, b in entitled)
                 # "the Secretary-General’s report entitled “Our Common Agenda”": the title is the text's name
                 or f.kind == "instrument" and any(re.fullmatch(r"[“\"](?:The\s+|An?\s+)?", text[a:f.start])
                                                   and f.end >= b - 2 for a, b in entitled)]
    chosen = choose(found)
    for c in chosen:  # "the Final Document of the Nineteenth Summit of …": the meeting inside a text's name
        if c.kind == "instrument":
            inner = [f for f in found if f.kind == "meeting" and f.attrs.get("named") and c.start < f.start
                     and f.end == c.end and _TEXT_OF.fullmatch(text, c.start, f.start)]
            if inner:
                c.attrs["meeting"] = inner[0]
    # a quoted string right after a symbol is its title, not a set of mentions
    out: list[Mention] = []
    for m in _QUOTED.finditer(text, s, e):
        before = [c for c in chosen if c.end <= m.start() and c.kind == "symbol"]
        if before and not text[before[-1].end:m.start()].strip(" ,"):
            out.append(Mention("title", m.start(), m.end(), m.group(0), "", m.group("q").strip()))
    titles = [(t.start, t.end) for t in out]
    for c in chosen:
        if not any(ts <= c.start < te for ts, te in titles):
            out.append(c)
    taken = [(c.start, c.end) for c in out]
    for marker in marks:
        if any(ts <= marker.start < te for ts, te in taken):
            continue
        note = notes[marker.number]
        for sm in find_symbols(text[note.start:note.end], org):
            out.append(Mention("symbol", marker.start, marker.end, text[marker.start:marker.end], sm.symbol.key,
                               sm.symbol.canonical, {"symbol": sm.symbol, "footnote": marker.number}))
    return sorted(out, key=lambda m: (m.start, m.end))


def template(text: str, sent: Sentence, mentions: list[Mention]) -> str:
    parts, cursor = [], sent.start
    for i, m in enumerate(mentions):
        parts.append(text[cursor:m.start])
        parts.append(f"⟦{LETTER[m.kind]}{i}⟧")
        cursor = m.end
    parts.append(text[cursor:sent.end])
    return re.sub(r"\s+", " ", "".join(parts))


# --- the driver ----------------------------------------------------------------------------------

def extract(doc: Document) -> Extraction:
    from . import founding, rules
    from .entities import resolve_mention

    org = organization_of(doc)
    extraction = Extraction(doc, org, Registry())
    ctx = Context(extraction)
    rules.document_rules(ctx)
    founding.named_groups(ctx)
    views: list[View] = []
    for sent in sentences(doc.text, doc.body_start):
        mentions = recognise(doc, org, sent, ctx.year, ctx.notes, ctx.bare_marks, ctx.convened)
        view = View(sent, mentions, template(doc.text, sent, mentions))
        for i, m in enumerate(mentions):
            resolve_mention(ctx, view, i)
            if m.attrs.get("convened") and m.attrs.get("scoped"):
                ctx.convened.setdefault(m.label, m)
        rules.apply(ctx, view, views)
        for m in mentions:
            if m.kind == "date":
                years = [int(v.start[:4]) for v in m.attrs["values"] if v.start[:4].isdigit()
                         and not v.year_inferred]
                if years:
                    ctx.year = max(years)
        views.append(view)
    from .actions import finish as date_actions
    from .body_texts import finish_considered_reports, finish_rules_of_procedure
    from .decides import finish
    from .decisions import date_one_day_meetings, finish_annexed
    from .entities import merge_short_bodies, merge_short_meetings
    from .outcomes import finish_conference_texts
    from .series import (
        merge_aliases,
        merge_series_mentions,
        merge_series_named_alone,
        merge_short_series_names,
        scope_generic_series,
        split_recurring,
    )
    from .sessions import merge_devoted_sessions
    from .titles import finish_published
    from .treaties import merge_contained_names, merge_short_names
    finish(ctx)
    finish_annexed(ctx)
    finish_conference_texts(ctx)
    ctx.claim_titles_once_read()
    finish_considered_reports(ctx)  # (once titles tell a report from other texts; before the merges)
    merge_aliases(ctx)
    merge_short_names(ctx)
    merge_contained_names(ctx)
    finish_published(ctx)  # (once a text's short name is the full name's: "the Relationship Agreement")
    finish_rules_of_procedure(ctx)
    merge_short_bodies(ctx)
    merge_short_meetings(ctx)
    merge_devoted_sessions(ctx)
    date_one_day_meetings(ctx)
    merge_short_series_names(ctx)
    merge_series_named_alone(ctx)
    merge_series_mentions(ctx)
    scope_generic_series(ctx)
    split_recurring(ctx)
    date_actions(ctx)  # (last: its nodes are keyed by the names the merges above settled)
    return extraction


def organization_of(doc: Document) -> str | None:
    symbol = doc.metadata.get("symbol", "")
    if symbol:
        from .symbols import parse_symbol
        parsed = parse_symbol(symbol)
        if parsed:
            return parsed.organization
    guessed = guess_organization(doc.body)
    if guessed:
        return guessed
    found = find_symbols(doc.body)
    return found[0].symbol.organization if found else None
