"""Titles of documents: the words a text gives a symbol, before it or after it.

"Commitment to Public Security in the Americas (MISPA/doc.7/08 rev. 4)" titles the symbol it precedes;
"resolution 79/1, entitled “The Pact for the Future”" the one it follows (and "resolutions 66/43, 70/60 and
78/39, entitled “…”" each of the list); "the note by the secretariat on <topic> (IPBES/1/5)" is the
secretariat's note on that topic.  A document's title is what readers search an archive by when they do not
know its symbol.
"""

from __future__ import annotations

import re

from .entities import TREATY_HEAD
from .extract import Context, Lit, View, date_literal
from .rules import key_of, kind_of
from .text import upper_first

# (and a title's own quotes and subtitle: "Guiding Principles on Business and Human Rights: Implementing the United
# Nations “Protect, Respect and Remedy” Framework (A/HRC/17/31, annex)")
_SMALL = {"of", "the", "and", "to", "in", "for", "on", "a", "an", "with", "by", "at", "its", "all", "between",
          "against", "from", "into", "within", "towards", "among", "through", "under", "during"}
# ("… Decisions Taken during the 69th Regular Session of …")
_TITLE_WORDS = re.compile(rf"^(?:[A-Z][\w’'-]*[”:]?|“[A-Z][\w’'-]*,?|\d{{1,3}}(?:st|nd|rd|th)|"
                          rf"{'|'.join(sorted(_SMALL))})$")


# "resolution GC(69)/RES/7, entitled “Nuclear and radiation safety”", "its resolution 79/43 of 2 December 2024,
# entitled “…”": a title after its symbol (each item of a list has its own)
_ENTITLED = re.compile(r"⟦S(\d+)⟧(?:\s*(?:of|on)\s+⟦D\d+⟧)?(?:\s+of\s+(?:the\s+)?⟦[BM]\d+⟧)?\s*,?\s*entitled\s+"
                       r"[“\"](?P<title>[^”\"]{3,300}?)[.,]?[”\"]")
_NAMED_TEXT = re.compile(r"(?:The\s+|An?\s+)?⟦I(\d+)⟧")
_TREATY_LIKE = re.compile(rf"\b{TREATY_HEAD}\b")


# "on the basis of the note by the secretariat on the procedure for receiving and prioritizing requests put to the
# Platform (IPBES/1/5)": the note is the secretariat's, and what it is on is its title
# (or dated, its symbol in a note: "notes with grave concern the note by the Technical Secretariat of 6 October 2020 on
# the summary of the report on activities carried out in support of a request for technical assistance by Germany,6")
_NOTE_BY = re.compile(r"\bnote\s+by\s+the\s+⟦B(?P<by>\d+)⟧(?:\s+of\s+⟦D(?P<d>\d+)⟧)?\s+on\s+"
                      r"(?P<topic>(?:the\s+)?[a-z](?:[^⟦();]|⟦[BLDA]\d+⟧){3,250}?)"
                      r"(?:\s*\(\s*⟦S(?P<doc>\d+)⟧|\s*,?\s*⟦S(?P<note>\d+)⟧)")


# "the information documents prepared by the secretariat on a critical review of the assessment landscape …
# (IPBES/1/INF/8), the elements to consider in a draft conceptual framework document (IPBES/1/INF/9), …": each
# item of the list is one of the body's documents, with what it is on as its title
_PREPARED_BY = re.compile(r"\b(?:information\s+)?documents\s+(?:prepared|submitted)\s+by\s+the\s+⟦B(?P<by>\d+)⟧"
                          r"\s+on\s+")
_ITEM = re.compile(r"(?:,?\s+and\s+|,\s*|)(?P<topic>(?:the\s+|an?\s+)?[a-z](?:[^⟦();]|⟦[BLD]\d+⟧){3,250}?)"
                   r"\s*\(\s*⟦S(?P<doc>\d+)⟧\s*\)")


def rule_prepared_by(ctx: Context, view: View) -> None:
    for m in _PREPARED_BY.finditer(view.template):
        by = key_of(ctx, view, m.group("by"))
        pos = m.end()
        while by and (item := _ITEM.match(view.template, pos)):
            doc = key_of(ctx, view, item.group("doc"))
            if doc and kind_of(ctx, doc) in ("document", "report"):
                ctx.claim(doc, "acta:producedBy", by, view.sentence, "prepared-by")
                topic = re.sub(r"^(?:the|an?)\s+", "", view.phrase(item.group("topic")))
                ctx.claim(doc, "dcterms:title", Lit(upper_first(topic)), view.sentence, "prepared-by")
            pos = item.end()
            if pos == len(view.template) or view.template[pos] not in ", a":
                break


def rule_note_by(ctx: Context, view: View) -> None:
    for m in _NOTE_BY.finditer(view.template) if "note by" in view.template else ():
        index = m.group("doc") or m.group("note")
        if m.group("note") and "footnote" not in view.m(int(index)).attrs:
            continue
        doc, by = key_of(ctx, view, index), key_of(ctx, view, m.group("by"))
        if not doc or not by or kind_of(ctx, doc) not in ("document", "report"):
            continue
        ctx.claim(doc, "acta:producedBy", by, view.sentence, "note-by")
        topic = view.phrase(m.group("topic"))
        ctx.claim(doc, "dcterms:title", Lit(upper_first(topic)), view.sentence, "note-by")
        day = view.one_date(m.group("d")) if m.group("d") else None
        if day:
            ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, "note-by")


_REPORT_OF_BEFORE = re.compile(r"\breports?\s+of\s+(?:the\s+)?[A-Z][^()]*\(\s*$")  # the report's author, not title
_ANOTHER_TEXT = re.compile(r"\b(?:reports?|notes?|letters?|papers?|communications?|statements?|documents?)\b|⟦S\d+⟧")
# what the text says of a title between it and its note: "the Bamako Declaration on …, adopted in Bamako on 1 December
# 2000,1", "the Cairo Declaration adopted on that occasion,2" (the note, "A/CONF.192/PC/23, annex.", publishes it)
# (or where and when its meeting was held: "the Final Document of the Thirteenth Conference of Heads of State …, held
# in Kuala Lumpur on 24 and 25 February 2003,2" / "A/57/759-S/2003/332, annex I."; "the Humanitarian Pledge issued
# following the Vienna Conference on the Humanitarian Impact of Nuclear Weapons,7" / "CD/2039.")
_SAID_BETWEEN = re.compile(r",?\s*(?:as\s+)?(?:adopted|held|issued)\s+"
                           r"(?:(?:in|at|on|by|following|after)\s+[^;:()⟦]{2,120}?|on\s+that\s+occasion)\s*,?")
_LISTED_BEFORE = re.compile(r"⟦S(\d+)⟧(?:\s*(?:of|on)\s+⟦D\d+⟧)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


# where and when the meeting whose text it is met, after the title: ", New York, 9–20 July 2001", ", Almaty,
# Kazakhstan, 28 and 29 August 2003", ", New York, 24 August–11 September 1987"
# (or a period of a yearly volume: "Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013")
_WHERE_AND_WHEN = re.compile(r"(?:,\s*[A-Z][\w ]+){0,2},\s*(?:\d{1,2}(?:\s*(?:[–-]|and)\s*\d{1,2})?\s+)?[A-Z][a-z]+"
                             r"(?:\s+\d{4}(?=\s*[–-]))?(?:\s*[–-]\s*\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}\s*$")


_VOLUME_YEAR = re.compile(r",\s*((?:19|20)\d{2})\s*$")


def rule_titles(ctx: Context, view: View) -> None:
    """"Commitment to Public Security in the Americas (MISPA/doc.7/08 rev. 4)": a title before its symbol;
    "…, entitled “…”": one after it."""
    for m in _ENTITLED.finditer(view.template):
        title = view.phrase(m.group("title"))
        symbols, start = [m.group(1)], m.start()
        while before := _LISTED_BEFORE.search(view.template, 0, start):  # "resolutions 77/69, 78/39 and 79/50,
            symbols.append(before.group(1))                               # entitled …": the series' title, each's
            start = before.start()
        # "resolution 79/1 entitled “The Pact for the Future”": a resolution named after a text adopted that text (a
        # treaty's name is also the title of the yearly resolutions on it, which adopt nothing)
        titled = _NAMED_TEXT.fullmatch(m.group("title"))
        named_text = key_of(ctx, view, titled.group(1)) if titled else None
        if named_text and _TREATY_LIKE.search(ctx.registry.label(named_text)):
            named_text = None
        for index in symbols:
            key = view.keys.get(int(index))
            if key and ctx.registry.get(key) is not None:
                ctx.claim(key, "dcterms:title", Lit(title), view.sentence, "title-entitled")
                if named_text and len(symbols) == 1 and kind_of(ctx, key) in ("resolution", "decision"):
                    ctx.claim(named_text, "acta:adoptedIn", key, view.sentence, "title-entitled")
    text = ctx.x.document.text
    for i, m in enumerate(view.mentions):
        key = view.keys.get(i)
        if m.kind != "symbol" or not key:
            continue
        j = i - 1
        while j > 0 and view.mentions[j].kind in ("place", "date"):  # "…, adopted in Bamako on 1 December 2000,1"
            j -= 1
        k = j - 1 if j > 0 and view.mentions[j].kind == "meeting" else j
        while 0 < k < j and view.mentions[k].kind in ("place", "date"):
            k -= 1
        if k < j and view.mentions[k].kind == "instrument" \
                and _SAID_BETWEEN.fullmatch(text[view.mentions[k].end:m.start].strip()):
            j = k  # "the Humanitarian Pledge issued following the third Conference, 15": the text, not the meeting
        named = view.mentions[j] if i else None
        gap = text[named.end:m.start].strip() if named else None
        if gap == ")" and j > 0 and view.mentions[j - 1].kind == "instrument" \
                and text[view.mentions[j - 1].end:named.start].strip() == "(":
            # "the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)1": the text and its short name
            j, gap = j - 1, ""
            named = view.mentions[j]
        said_between = bool(gap) and _SAID_BETWEEN.fullmatch(gap) is not None
        if named and named.kind == "instrument" and "footnote" in m.attrs and (gap in ("", ",") or said_between) \
                and ctx.registry.get(key).kind in ("document", "report"):
            published = view.keys.get(j)  # (the text the note's document publishes)
            if not gap:
                # "the Secretary-General’s New Agenda for Peace[^11]" with the note "A/77/CRP.1/Add.8.": the text
                # itself (a note giving a resolution names what adopted it, whose title may differ)
                # (unless the note gives the document's own title: "Report of the … Conference …, Almaty,
                # Kazakhstan, 28 and 29 August 2003 (A/CONF.202/3), annex I", whose annex holds the text)
                ctx.title_once_read(key, named.label, view.sentence, "title-before-note", rank=1)
                if published:
                    ctx.published_as.append((key, published, view.sentence))
                continue
            if not _ANOTHER_TEXT.search(view.clause_before(i - 1)):
                # "in accordance with the Relationship Agreement between the United Nations and the International
                # Criminal Court,2" ([^2]: A/58/874 …): the same, a weaker reading any other title wins over (not
                # where the clause is about another text: "the report of the … Commission outlining principles …
                # stated in the Final Document …,13" gives the report's note)
                ctx.title_once_read(key, upper_first(named.label), view.sentence, "title-before-note", rank=2)
                if published:
                    ctx.published_as.append((key, published, view.sentence))
                continue
        before = text[view.sentence.start:m.start]
        if not re.search(r"\(\s*(?:document\s+)?$", before) or _REPORT_OF_BEFORE.search(before):
            continue
        if re.search(r"\bwithout\s+reference\s+to\s+an?\s+Main\s+Committee\s*\(\s*$", before) \
                or re.search(r"\bnote\s+by\s+the\s+\S+\s+on\s+[^()]*\(\s*$", before):
            continue  # the draft's symbol in the heading; a note's title is what it is on (rule_note_by)
        before = re.sub(r"\s*\(\s*(?:document\s+)?$", "", before)
        before = _WHERE_AND_WHEN.sub("", before)
        # a yearly volume's year is part of its title: "Resolutions and Decisions of the Security Council, 1996
        # (S/INF/52)" (a period is not kept: "…, 1 August 2012–31 July 2013 (S/INF/68)", above)
        year = _VOLUME_YEAR.search(before)
        if year:
            before = before[:year.start()]
        words = before.split()
        title: list[str] = []
        while words and _TITLE_WORDS.match(words[-1]):
            title.insert(0, words.pop())
        after_the = False
        while title and (title[0] in _SMALL or title[0] == "See"):  # (a note's "See Report of …")
            after_the = title.pop(0).lower() == "the"
        # one word after "the" is what the phrase is of, not a title: "… implementation of the Platform (IPBES/1/10)"
        lone = len(title) == 1 and (after_the or (words and words[-1].lower() == "the"))
        # "Final Document, Part I (NPT/CONF.1995/32 (Part I) …)": which part of the text, not its title
        part = re.fullmatch(r"(?:Parts?|Vol(?:ume)?s?\.?|Chapters?|Sections?|Annex(?:es)?)(?:\s+[IVXLC\d]+)?",
                            " ".join(title))
        if (len(title) >= 2 or (title and len(title[0]) > 3)) and not lone and not part:
            name = " ".join(title) + (f", {year.group(1)}" if year else "")
            ctx.claim(key, "dcterms:title", Lit(name), view.sentence, "title-before-symbol")


# a heading line of a report's decisions: "Decision IPBES/1/3 Procedure for receiving and prioritizing requests put
# to the Platform" (the keyword is part of the symbol's mention); "Decision XV/4. Kunming-Montreal …"
_HEADING = re.compile(r"^⟦S(\d+)⟧\s*[.:]?\s+(?P<title>(?:[A-Z]|⟦[BL]\d+⟧)(?:[^⟦.;]|⟦[BLD]\d+⟧){3,200})$")


def rule_heading_title(ctx: Context, view: View) -> None:
    m = _HEADING.match(view.template.strip())
    if not m or "\n" in view.sentence.text.strip():
        return
    key = key_of(ctx, view, m.group(1))
    mention = view.m(m.group(1))
    if key and kind_of(ctx, key) in ("resolution", "decision") and re.match(r"(?i)(?:decision|resolution)\b",
                                                                            mention.text):
        title = view.phrase(m.group("title"))
        ctx.claim(key, "dcterms:title", Lit(title), view.sentence, "heading-title")


# a note citing a conference's outcome: "[^3]: 2000 Review Conference of the Parties to the Treaty on the
# Non-Proliferation of Nuclear Weapons, Final Document, vols. I–III (NPT/CONF.2000/28 (Parts I and II), …)": the
# note's symbols are that document, which the conference produced
_NOTE_OUTCOME = re.compile(r"^(?P<notes>(?:⟦S\d+⟧)+)\s*:\s*(?:See\s+(?:also\s+)?)?⟦M(?P<m>\d+)⟧\s*,\s*"
                           r"(?P<title>Final\s+(?:Document|Report|Act)|Outcome\s+Document|Report)\b")


def rule_note_outcome(ctx: Context, view: View) -> None:
    m = _NOTE_OUTCOME.match(view.template.strip())
    meeting = key_of(ctx, view, m.group("m")) if m else None
    if not meeting or kind_of(ctx, meeting) != "meeting":
        return
    for index in dict.fromkeys(re.findall(r"⟦S(\d+)⟧", m.group("notes"))):
        doc = key_of(ctx, view, index)
        if doc and kind_of(ctx, doc) in ("document", "report"):
            ctx.claim(doc, "dcterms:title", Lit(view.phrase(m.group("title"))), view.sentence, "note-outcome")
            ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "note-outcome")


# what a report calls a document it names by its symbol: "adopted the agenda as set out in the provisional agenda
# (IPBES/1/1)", "information contained in the initial budget requirements for the administration … (IPBES/1/10)",
# "prepare the document on procedures for the preparation of assessments … (IPBES/1/INF/3)"; the words after the last
# "in the", "on the", "prepare the" … before the symbol's brackets
_ANCHOR = r"(?:in|on|as|adopted|approved|considered|prepare|compile|before\s+it)\s+the"
_IN_BRACKETS = r"\s*\(\s*(?:document\s+)?⟦S(?P<doc>\d+)⟧\s*\)"  # "(IPBES/1/1)", "(document A/80/1)"
_CALLED = re.compile(rf"\b{_ANCHOR}\s+(?P<title>[a-z](?:(?!\b{_ANCHOR}\b)[^⟦();]|⟦[BLD]\d+⟧){{3,200}}?){_IN_BRACKETS}")


# "prepare the document on procedures for the preparation of assessments … (IPBES/1/INF/3)": "the document" is the one
# in the brackets, not the last one named
_THE_DOCUMENT_ON = re.compile(rf"⟦A(?P<a>\d+)⟧\s+(?P<title>on\s+[a-z](?:[^⟦();]|⟦[BLD]\d+⟧){{3,200}}?){_IN_BRACKETS}")


def rule_called(ctx: Context, view: View) -> None:
    for m in _THE_DOCUMENT_ON.finditer(view.template):
        noun = view.m(m.group("a")).text.lower()
        doc = key_of(ctx, view, m.group("doc"))
        if doc and kind_of(ctx, doc) in ("document", "report") and noun in ("the document", "the paper"):
            view.keys[int(m.group("a"))] = doc
            ctx.claim_unless_known(doc, "dcterms:title", Lit("document " + view.phrase(m.group("title"))),
                                   view.sentence, "title-called")
    for m in _CALLED.finditer(view.template):
        doc = key_of(ctx, view, m.group("doc"))
        title = view.phrase(m.group("title"))
        if not doc or kind_of(ctx, doc) not in ("document", "report") or re.match(r"(?:reports?|notes?)\s+(?:of|by)\b",
                                                                                  title):
            continue
        ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, "title-called")


# "the report of the Secretary-General entitled “Our Common Agenda”,1", "policy brief 9, entitled “A New Agenda for
# Peace”,2 presented by the Secretary-General on 20 July 2023": the note after the title is that text
_ENTITLED_NOTE = re.compile(r"(?:\breports?\s+of\s+(?:the\s+)?⟦[BP](?P<author>\d+)⟧\s*,?\s*)?\bentitled\s+"
                            r"[“\"](?P<title>(?:[^”\"⟦]|⟦[IBLDM]\d+⟧){1,300}?)[.,]?[”\"]\s*,?\s*"
                            r"⟦S(?P<n>\d+)⟧(?:\s*,?\s*(?:presented|submitted|issued|published)\s+by\s+(?:the\s+)?"
                            r"⟦[BP]\d+⟧(?:\s+on\s+⟦D(?P<d>\d+)⟧)?)?")  # who presented it: rules._SUBMITTED_BY


def rule_entitled_note(ctx: Context, view: View) -> None:
    for m in _ENTITLED_NOTE.finditer(view.template):
        if "footnote" not in view.m(m.group("n")).attrs:
            continue
        doc = key_of(ctx, view, m.group("n"))
        if not doc or kind_of(ctx, doc) not in ("document", "report"):
            continue
        ctx.claim_unless_known(doc, "dcterms:title", Lit(view.phrase(m.group("title"))), view.sentence,
                               "entitled-note")
        author = key_of(ctx, view, m.group("author")) if m.group("author") else None
        if author:
            ctx.claim(doc, "acta:producedBy", author, view.sentence, "entitled-note")
        day = view.one_date(m.group("d"))
        if day:
            ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, "entitled-note")


# "its resolution 57/337 of 3 July 2003 on the prevention of armed conflict, in which …": a resolution cited with what
# it is on is known by that subject, as its title, where nothing else titles it (not "… on the basis of …"; not the
# last of a list, "resolutions 63/71 of … and 70/54 of … on …", whose subject may be all of theirs; the subject ends
# before "and other relevant resolutions" and before a verb: "… on the promotion of multilateralism … and underlined
# the fact that …")
_ON_SUBJECT = re.compile(r"(?<!and )(?<!, )⟦S(?P<s>\d+)⟧(?:\s+of\s+⟦D\d+⟧)?\s+on\s+(?:the\s+)?"
                         r"(?!(?:basis|behalf|occasion|understanding|recommendation|report)\b)"
                         r"(?P<subject>[a-z](?:[^,;:⟦()–—]|⟦[LBI]\d+⟧){3,160}?)"
                         r"(?=\s*[,;:.(–—]|\s+(?:in|by|through|under)\s+which\b|\s+and\s+(?:its\s+|the\s+)?"
                         r"(?:resolutions?|decisions?|⟦S)|\s+and\s+(?:all\s+)?other\b"
                         r"|\s+and\s+[a-z]+(?:ed|s)\s+(?:the|that|to|its|their|all)\b|\s*$)")


def rule_cited_on_subject(ctx: Context, view: View) -> None:
    for m in _ON_SUBJECT.finditer(view.template) if " on " in view.template else ():
        key = key_of(ctx, view, m.group("s"))
        if key and kind_of(ctx, key) in ("resolution", "decision") and key != ctx.x.self_key:
            subject = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", view.phrase(m.group("subject"))).strip())
            ctx.title_once_read(key, upper_first(subject), view.sentence, "cited-on-subject", rank=3)


def finish_published(ctx: Context) -> None:
    """Once the document is read: the document a note gives for a text named before it publishes that text ("the
    adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons,12" / "A/CONF.229/2017/8."; "the
    Relationship Agreement …,2" / "A/58/874 …", approved by the Assembly in its resolution 58/318), so it was adopted
    or approved as the text was, quoted where the text's adoption is said."""
    for doc, text, sentence in ctx.published_as:
        if kind_of(ctx, text) not in ("document", "report") or doc == text:
            continue
        # (and is published in it: a reader who knows the text by its note's symbol finds it under that symbol)
        ctx.claim(text, "acta:publishedIn", doc, sentence, "published-as")
        for prop in ("acta:adoptionDate", "acta:adoptedBy", "acta:adoptedAt", "acta:adoptedIn", "acta:approvedBy"):
            fact = next((c for c in ctx.x.claims if c.subject == text and c.predicate == prop), None)
            if fact is not None and ctx.claimed(doc, prop) is None:
                ctx.claim(doc, prop, fact.object, (fact.start, fact.end), "published-as")


RULES = (rule_note_by, rule_prepared_by, rule_titles, rule_heading_title, rule_note_outcome, rule_called,
         rule_entitled_note, rule_cited_on_subject)
