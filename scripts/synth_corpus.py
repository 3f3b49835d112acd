"""A synthetic corpus in the genre, for benchmarks and tests: deterministic from a seed.

    python scripts/synth_corpus.py OUT_DIR --docs 1000 [--seed 1]

Writes documents shaped like the real ones acta reads:

- UN General Assembly resolutions (``A_RES_77_123.md``): YAML front matter, the heading
  block ("United Nations A/RES/77/123", "General Assembly Distr.: General ...", "Resolution
  adopted by the General Assembly on ...", "[on the report of the First Committee
  (A/77/512, para. 9)]", "77/123. Title"), preambular clauses that recall earlier
  resolutions of the same series with their dates ("Recalling its resolutions 75/40 of
  7 December 2020 and 76/31 of 6 December 2021"), operative clauses that request reports,
  convene numbered meetings and establish working groups, and the plenary meeting line;
- UN reports (``A_78_250.md``): "Report of the Secretary-General", submitted pursuant to
  the resolution that requested it (a mandate chain: report -> resolution -> Assembly);
- OAS General Assembly resolutions (``ag-res-2144-xxxvi-o-06.txt``): "AG/RES. 2144
  (XXXVI-O/06)", RECALLING ... RESOLVES: 1. To convene the Third Meeting of Ministers ...,
  to be held in Lima, Peru, on October 4 and 5, 2006;
- OAS working-group reports (``cp-csh-1204-07.txt``) shaped like the bundled example:
  CREATION / OFFICERS / BACKGROUND / ACTIVITIES, a Permanent Council resolution
  "CP/RES. 912 (1580/07)" convening a ministerial meeting, officers elected by a committee.

Documents are generated in date order, and each one cites only documents generated before
it, so the citation network and the mandate chains are consistent.  Document ``i`` of a
corpus depends only on ``(seed, i, docs)``; the same arguments give byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
        "twelve": "twelfth"}

TOPICS = [
    "maritime security in the Gulf of Guinea", "the prevention of an arms race in outer space",
    "the Declaration of the Indian Ocean as a Zone of Peace", "small arms and light weapons",
    "the safety of journalists", "road safety", "the rights of persons with disabilities",
    "sustainable fisheries", "the protection of coral reefs", "oceans and the law of the sea",
    "the elimination of violence against women", "the rights of the child", "literacy for life",
    "international migration and development", "disaster risk reduction", "desertification and drought",
    "the situation in Central America", "cooperation between the United Nations and the African Union",
    "agricultural technology for sustainable development", "information and communications technologies",
    "the peaceful uses of outer space", "the prohibition of chemical weapons", "cultural heritage",
    "global health and foreign policy", "the promotion of sport for peace", "youth employment",
    "nuclear disarmament verification", "mine action", "public security in the Americas",
    "drug abuse control", "corruption and transnational organized crime", "electoral observation",
    "access to public information", "the rights of indigenous peoples", "renewable energy",
    "water and sanitation", "antimicrobial resistance", "education for sustainable development",
    "biological diversity", "climate change and sea-level rise",
]
UN_COMMITTEES = [("First Committee", 512), ("Second Committee", 440), ("Third Committee", 461),
                 ("Fourth Committee", 420), ("Fifth Committee", 401), ("Sixth Committee", 500)]
UN_PLACES = ["New York", "Geneva", "Vienna", "Nairobi", "Bangkok", "Addis Ababa", "Santiago", "Beirut"]
OAS_PLACES = [("Lima", "Peru"), ("Santo Domingo", "Dominican Republic"), ("Montevideo", "Uruguay"),
              ("Panama City", "Panama"), ("San Salvador", "El Salvador"), ("Quito", "Ecuador"),
              ("Asunción", "Paraguay"), ("Bridgetown", "Barbados"), ("Mexico City", "Mexico"),
              ("Santiago", "Chile"), ("San José", "Costa Rica"), ("Port of Spain", "Trinidad and Tobago")]
OAS_STATES = ["Argentina", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "the Dominican Republic",
              "Ecuador", "Guatemala", "Jamaica", "Mexico", "Panama", "Paraguay", "Peru", "Trinidad and Tobago",
              "Uruguay", "the United States"]
FIRST = ["María", "José", "Ana", "Luis", "Carmen", "Jorge", "Patricia", "Ricardo", "Elena", "Ronald", "Hector",
         "Virginia", "Andrés", "Claudia", "Michael", "Sandra", "Pablo", "Gabriela", "Diego", "Rosa"]
LAST = ["Alcántara", "Ortega", "Maunday", "Fernández", "Rodríguez", "Campbell", "Herrera", "Lozano", "Mendes",
        "Brathwaite", "Villalobos", "Castillo", "Pereira", "Morales", "Grant", "Sánchez", "Ibarra", "Duarte"]
CONVENTIONS = ["the Convention on Cluster Munitions", "the Arms Trade Treaty", "the Convention on the Law of the Sea",
               "the Convention on Biological Diversity", "the Convention against Corruption",
               "the Convention on the Rights of Persons with Disabilities", "the Chemical Weapons Convention"]
OAS_MINISTERIALS = ["Public Security", "Justice", "Social Development", "Education", "Labour", "Health",
                    "Sustainable Development", "Culture"]


def cardinal_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        head = _UNITS[n // 100] + " hundred"
        return head + (" and " + cardinal_words(n % 100) if n % 100 else "")
    rest = n % 1000  # a 100k corpus runs a meeting series past its thousandth meeting
    head = cardinal_words(n // 1000) + " thousand"
    return head + ((" and " if rest < 100 else " ") + cardinal_words(rest) if rest else "")


def ordinal_words(n: int) -> str:
    """81 -> "eighty-first", 40 -> "fortieth"."""
    words = cardinal_words(n)
    stem, sep, last = words.rpartition("-") if "-" in words.rsplit(" ", 1)[-1] else words.rpartition(" ")
    if last in _ORD:
        last = _ORD[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return stem + sep + last


def ordinal_suffix(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def un_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def us_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def un_range(d: dt.date, days: int) -> str:
    end = d + dt.timedelta(days=days)
    if end.month == d.month:
        return f"from {d.day} to {end.day} {MONTHS[d.month - 1]} {d.year}"
    return f"from {d.day} {MONTHS[d.month - 1]} to {end.day} {MONTHS[end.month - 1]} {end.year}"


def us_range(d: dt.date, days: int) -> str:
    end = d + dt.timedelta(days=days)
    if days == 1:
        return f"on {MONTHS[d.month - 1]} {d.day} and {end.day}, {d.year}"
    return f"from {MONTHS[d.month - 1]} {d.day} to {end.day}, {d.year}" if end.month == d.month else (
        f"from {MONTHS[d.month - 1]} {d.day} to {MONTHS[end.month - 1]} {end.day}, {end.year}")


# --- the universe the documents talk about ---------------------------------------------------
@dataclass
class Instrument:
    symbol: str  # as cited: "75/40" (UN), "AG/RES. 2144 (XXXVI-O/06)" (OAS)
    date: dt.date
    topic: int


@dataclass
class Meeting:
    name: str
    place: str
    start: dt.date
    days: int
    convened_by: str


@dataclass
class World:
    """Everything generated so far that later documents may cite."""

    un: list[Instrument] = field(default_factory=list)
    oas: list[Instrument] = field(default_factory=list)
    by_topic: dict[int, list[Instrument]] = field(default_factory=dict)
    requested: list[tuple[Instrument, int]] = field(default_factory=list)  # (resolution, session) owed a report
    meetings: list[Meeting] = field(default_factory=list)
    series: dict[str, int] = field(default_factory=dict)  # meeting series -> last ordinal
    un_numbers: dict[int, int] = field(default_factory=dict)  # session -> last resolution number
    doc_numbers: dict[int, int] = field(default_factory=dict)  # session -> last A/NN/NNN number
    oas_number: int = 1000
    cp_number: int = 700
    cp_meeting: int = 1200


def _pick_cited(rng: random.Random, pool: list[Instrument], k: int) -> list[Instrument]:
    """Recent instruments are cited more often (a preferential, heavy-tailed citation network)."""
    if not pool:
        return []
    out: dict[str, Instrument] = {}
    for _ in range(k):
        if rng.random() < 0.6:
            item = pool[max(0, len(pool) - 1 - int(rng.expovariate(1 / 40)))]
        else:
            item = pool[rng.randrange(len(pool))]
        out[item.symbol] = item
    return sorted(out.values(), key=lambda i: (i.date, i.symbol))


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


class Generator:
    """Documents 0..docs-1 in date order; ``kind`` weights follow the real mix of the genre."""

    def __init__(self, docs: int, seed: int = 1) -> None:
        self.docs, self.seed = docs, seed
        self.per_year = max(50, min(3000, -(-docs // 40)))
        self.first_year = 2025 - (docs - 1) // self.per_year
        self.world = World()

    def date_of(self, i: int) -> dt.date:
        year = self.first_year + i // self.per_year
        day = (i % self.per_year) * 360 // self.per_year
        return dt.date(year, 1, 3) + dt.timedelta(days=day)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for i in range(self.docs):
            rng = random.Random(f"{self.seed}:{i}")
            roll = rng.random()
            date = self.date_of(i)
            if roll < 0.62:
                yield self.un_resolution(rng, date)
            elif roll < 0.77:
                yield self.un_report(rng, date)
            elif roll < 0.92:
                yield self.oas_resolution(rng, date)
            else:
                yield self.oas_report(rng, date)

    # --- UN ---------------------------------------------------------------------------------
    def un_resolution(self, rng: random.Random, date: dt.date) -> tuple[str, str]:
        w = self.world
        session = date.year - 1945
        number = w.un_numbers.get(session, 0) + 1
        w.un_numbers[session] = number
        topic = rng.randrange(len(TOPICS))
        subject = TOPICS[topic]
        title = f"{rng.choice(['Implementation of', 'Promotion of', 'Strengthening of', 'Follow-up on'])} {subject}"
        title = title[0].upper() + title[1:]
        committee, base = rng.choice(UN_COMMITTEES)
        report = f"A/{session}/{base + rng.randrange(60)}"
        adopted = date + dt.timedelta(days=rng.randrange(0, 3))
        issued = adopted + dt.timedelta(days=rng.randrange(2, 9))
        symbol = f"A/RES/{session}/{number}"
        me = Instrument(f"{session}/{number}", adopted, topic)

        lines = [
            "---", f"symbol: {symbol}", f'record_id: "{4_000_000 + number * 7 + session}"',
            f'title: "{title} :"', f'date: "{issued.isoformat()}"', "language: EN",
            f"source_pdf: https://digitallibrary.un.org/record/{4_000_000 + number * 7 + session}/files/"
            f"A_RES_{session}_{number}-EN.pdf", "---", "",
            f"United Nations {symbol}", "",
            f"General Assembly Distr.: General {un_date(issued)}", "",
            f"{ordinal_words(session).capitalize()} session Agenda item {rng.randrange(10, 180)} {title}", "",
            f"Resolution adopted by the General Assembly on {un_date(adopted)}", "",
            f"[on the report of the {committee} ({report}, para. {rng.randrange(5, 40)})]", "",
            f"{session}/{number}. {title}", "", "The General Assembly,", "",
        ]
        series = w.by_topic.get(topic, [])[-rng.randrange(2, 7):]
        if series:
            cited = ", ".join(f"{r.symbol} of {un_date(r.date)}" for r in series[:-1])
            last = f"{series[-1].symbol} of {un_date(series[-1].date)}"
            what = f"resolutions {cited} and {last}" if cited else f"resolution {last}"
            lines += [f"Recalling its {what},", ""]
        others = [r for r in _pick_cited(rng, w.un, rng.randrange(0, 4)) if r not in series]
        if others:
            refs = _list([f"{r.symbol} of {un_date(r.date)}" for r in others])
            word = "resolutions" if len(others) > 1 else "resolution"
            lines += [f"Recalling also its {word} {refs},", ""]
        held = [m for m in w.meetings[-60:] if m.start < date]
        if held and rng.random() < 0.4:
            m = held[-1 - min(len(held) - 1, int(rng.expovariate(1 / 5)))]
            lines += [f"Welcoming the convening of the {m.name}, held in {m.place} {un_range(m.start, m.days)},", ""]
        lines += [f"Reaffirming the importance of {subject} for the maintenance of international peace and "
                  "security and for sustainable development,", "",
                  f"Noting with appreciation the work of the Member States and of the relevant organizations of the "
                  f"United Nations system on {subject},", ""]
        ops = [f"Welcomes the efforts of Member States to give effect to the provisions of its previous resolutions "
               f"on {subject};",
               f"Calls upon all Member States to continue to cooperate on {subject}, in accordance with the Charter "
               "of the United Nations;"]
        if rng.random() < 0.35:
            ordinal, series_name, place, start, days = self._next_meeting(rng, adopted, un=True)
            ops.append(f"Decides to convene the {series_name.replace('#', ordinal)} in {place} "
                       f"{un_range(start, days)};")
            w.meetings.append(Meeting(series_name.replace("#", ordinal), place, start, days, me.symbol))
        if rng.random() < 0.15:
            ops.append(f"Decides to establish an open-ended working group on {subject} to consider further "
                       "practical measures and to submit recommendations to the General Assembly;")
        if rng.random() < 0.7:
            ops.append(f"Requests the Secretary-General to submit to the General Assembly at its "
                       f"{ordinal_words(session + 1)} session a report on the implementation of the present "
                       "resolution;")
            w.requested.append((me, session + 1))
        ops.append(f"Decides to include in the provisional agenda of its {ordinal_words(session + 1)} session the "
                   f"item entitled “{title}”.")
        for n, op in enumerate(ops, 1):
            lines += [f"{n}. {op[0].upper() + op[1:]}", ""]
        lines.append(f"{ordinal_suffix(rng.randrange(30, 70))} plenary meeting {un_date(adopted)}")
        w.un.append(me)
        w.by_topic.setdefault(topic, []).append(me)
        return f"A_RES_{session}_{number}.md", "\n".join(lines) + "\n"

    def un_report(self, rng: random.Random, date: dt.date) -> tuple[str, str]:
        w = self.world
        session = date.year - 1945
        number = w.doc_numbers.get(session, 100) + 1 + rng.randrange(3)
        w.doc_numbers[session] = number
        symbol = f"A/{session}/{number}"
        owed = [(r, s) for r, s in w.requested if s <= session + 1]
        if owed:
            resolution, _ = owed[rng.randrange(len(owed))]
            w.requested.remove((resolution, _))
            topic = resolution.topic
        else:
            resolution, topic = None, rng.randrange(len(TOPICS))
        subject = TOPICS[topic]
        title = f"{subject[0].upper() + subject[1:]}"
        lines = [
            "---", f"symbol: {symbol}", f'title: "{title} : report of the Secretary-General"',
            f'date: "{date.isoformat()}"', "language: EN", "---", "",
            f"United Nations {symbol}", "", f"General Assembly Distr.: General {un_date(date)}", "",
            f"{ordinal_words(session).capitalize()} session Item {rng.randrange(10, 180)} of the provisional agenda",
            "", title, "", "Report of the Secretary-General", "", "Summary", "",
        ]
        if resolution:
            lines += [f"The present report is submitted pursuant to General Assembly resolution {resolution.symbol} "
                      f"of {un_date(resolution.date)}, in which the Assembly requested the Secretary-General to "
                      f"submit to it at its {ordinal_words(session)} session a report on the implementation of the "
                      "resolution.", ""]
        else:
            lines += [f"The present report provides an overview of the activities of the United Nations system on "
                      f"{subject}.", ""]
        lines += ["I. Introduction", "",
                  f"1. The report covers the period from {un_date(date - dt.timedelta(days=365))} to "
                  f"{un_date(date - dt.timedelta(days=30))} and draws on the replies received from Member States.", ""]
        held = [m for m in w.meetings[-60:] if m.start < date]
        if held:
            m = held[-1 - min(len(held) - 1, int(rng.expovariate(1 / 8)))]
            lines += [f"2. The {m.name} was held in {m.place} {un_range(m.start, m.days)}, pursuant to resolution "
                      f"{m.convened_by}.", ""]
        cited = _pick_cited(rng, w.by_topic.get(topic, []) or w.un, rng.randrange(1, 4))
        if cited:
            refs = _list([f"{r.symbol} of {un_date(r.date)}" for r in cited])
            lines += [f"3. In its resolution{'s' if len(cited) > 1 else ''} {refs}, the General Assembly addressed "
                      f"{subject}.", ""]
        lines += ["II. Conclusions and recommendations", "",
                  f"4. Member States are encouraged to continue their efforts on {subject} and to provide the "
                  "information requested for the next report.", ""]
        return f"A_{session}_{number}.md", "\n".join(lines) + "\n"

    # --- OAS --------------------------------------------------------------------------------
    def _next_meeting(self, rng: random.Random, after: dt.date, un: bool) -> tuple[str, str, str, dt.date, int]:
        if un:
            series = f"# Meeting of States Parties to {rng.choice(CONVENTIONS)}"
            place = rng.choice(UN_PLACES)
        else:
            series = f"# Meeting of Ministers Responsible for {rng.choice(OAS_MINISTERIALS)} in the Americas"
            city, country = rng.choice(OAS_PLACES)
            place = f"{city}, {country}"
        n = self.world.series.get(series, 0) + 1
        self.world.series[series] = n
        start = after + dt.timedelta(days=rng.randrange(60, 300))
        ordinal = ordinal_words(n)
        return ordinal[0].upper() + ordinal[1:], series, place, start, rng.randrange(1, 5)

    def _oas_symbol(self, date: dt.date) -> tuple[str, str]:
        session = date.year - 1970
        self.world.oas_number += 1
        n = self.world.oas_number
        return f"AG/RES. {n} ({roman(session)}-O/{date.year % 100:02d})", \
            f"ag-res-{n}-{roman(session).lower()}-o-{date.year % 100:02d}.txt"

    def oas_resolution(self, rng: random.Random, date: dt.date) -> tuple[str, str]:
        w = self.world
        symbol, name = self._oas_symbol(date)
        topic = rng.randrange(len(TOPICS))
        title = TOPICS[topic].upper()
        me = Instrument(symbol, date, topic)
        lines = [symbol, "", title, "", f"(Adopted at the {ordinal_words(rng.randrange(1, 5))} plenary session, "
                 f"held on {us_date(date)})", "", "THE GENERAL ASSEMBLY,", ""]
        lines += [f"HAVING SEEN the Annual Report of the Permanent Council to the General Assembly "
                  f"(AG/doc.{4000 + w.oas_number}/{date.year % 100:02d} add. 1);", ""]
        cited = _pick_cited(rng, w.oas, rng.randrange(1, 4))
        if cited:
            refs = _list([r.symbol for r in cited])
            lines += [f"RECALLING resolution{'s' if len(cited) > 1 else ''} {refs};", ""]
        un_cited = _pick_cited(rng, w.un, rng.randrange(0, 2))
        if un_cited:
            lines += [f"BEARING IN MIND United Nations General Assembly resolution {un_cited[0].symbol} of "
                      f"{un_date(un_cited[0].date)};", ""]
        lines += ["RESOLVES:", "",
                  f"1. To reaffirm the commitment of the member states to {TOPICS[topic]}.", ""]
        n = 2
        if rng.random() < 0.5:
            ordinal, series, place, start, days = self._next_meeting(rng, date, un=False)
            meeting = series.replace("#", ordinal)
            lines += [f"{n}. To convene the {meeting}, to be held in {place}, {us_range(start, days)}.", ""]
            w.meetings.append(Meeting(meeting, place, start, days, symbol))
            n += 1
            lines += [f"{n}. To request the Permanent Council to convene, through the Committee on Hemispheric "
                      f"Security (CSH), any meetings it deems necessary for the member states to coordinate "
                      f"preparations for the {meeting}.", ""]
            n += 1
        lines += [f"{n}. To request the Secretary General to report to the General Assembly at its "
                  f"{ordinal_words(date.year - 1969)} regular session on the implementation of this resolution.", ""]
        w.oas.append(me)
        return name, "\n".join(lines) + "\n"

    def oas_report(self, rng: random.Random, date: dt.date) -> tuple[str, str]:
        w = self.world
        w.cp_number += 1
        w.cp_meeting += 1 + rng.randrange(4)
        cp = f"CP/RES. {w.cp_number} ({w.cp_meeting}/{date.year % 100:02d})"
        ordinal, series, place, start, days = self._next_meeting(rng, date, un=False)
        meeting = series.replace("#", ordinal)
        w.meetings.append(Meeting(meeting, place, start, days, cp))
        area = series.split(" for ", 1)[1].removesuffix(" in the Americas")
        short = "MIS" + "".join(word[0] for word in area.split()) + "A " + roman(w.series[series])
        doc_no = f"CP/CSH-{1000 + w.cp_number}/{date.year % 100:02d}"
        parent = w.oas[-1] if w.oas and rng.random() < 0.8 else None
        chair, vice1, vice2 = _person(rng), _person(rng), _person(rng)
        st1, st2, st3 = rng.sample(OAS_STATES, 3)
        city, country = rng.choice(OAS_PLACES)
        lines = [
            "ORGANIZATION OF AMERICAN STATES", "PERMANENT COUNCIL OF THE ORGANIZATION", "",
            "COMMITTEE ON HEMISPHERIC SECURITY", "", f"{doc_no}", f"{us_date(date + dt.timedelta(days=40))}",
            "Original: Spanish", "",
            f"REPORT OF THE CHAIR OF THE WORKING GROUP TO PREPARE FOR THE {meeting.upper()}", "",
            "I. CREATION", "",
        ]
        if parent:
            month = MONTHS[parent.date.month - 1]
            lines += [f"At its {ordinal_words(parent.date.year - 1970)} regular session in {city}, {country}, in "
                      f"{month} {parent.date.year}, the General Assembly adopted resolution {parent.symbol} "
                      f"“{TOPICS[parent.topic].capitalize()}.”", ""]
        lines += [f"In addition, on {us_date(date)}, the Organization's Permanent Council adopted resolution {cp} "
                  f"convening the {meeting}, to be held in {place}, {us_range(start, days)}.", "",
                  f"Pursuant to that resolution, this past {us_date(date + dt.timedelta(days=1))[:-6]} a working "
                  f"group to prepare for the meeting was established, under the purview of the Committee on "
                  f"Hemispheric Security.", "",
                  "II. OFFICERS", "",
                  f"At its meeting on {us_date(date + dt.timedelta(days=1))}, the Committee on Hemispheric Security "
                  f"elected Ambassador {chair}, Permanent Representative of {st1} to the OAS, as Chair of this "
                  "Working Group.", "",
                  f"The first meeting of the Working Group, held on {us_date(date + dt.timedelta(days=12))}, elected "
                  f"the Vice Chairs, and by acclamation {vice1}, Alternate Representative of the Permanent Mission "
                  f"of {st2} to the OAS and {vice2}, Alternate Representative of the Permanent Mission of {st3} "
                  "were elected to fill those positions.", "",
                  "III. ACTIVITIES", "",
                  f"This Working Group met on {us_date(date + dt.timedelta(days=12))} and considered and approved "
                  f"the following working documents of {short}:",
                  f"- Draft Agenda (CSH/GT/{short}-2/{date.year % 100:02d} rev. 1)",
                  f"- Draft Rules of Procedure (CSH/GT/{short}-3/{date.year % 100:02d})", "",
                  f"By way of this report, the Working Group is hereby submitting the approved documents for "
                  f"consideration by the Committee on Hemispheric Security, for subsequent transmittal to the "
                  f"Permanent Council and then to the {meeting}, which will be held {us_range(start, days)} in "
                  f"{place}.", ""]
        return f"cp-csh-{1000 + w.cp_number}-{date.year % 100:02d}.txt", "\n".join(lines) + "\n"


def generate(docs: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """(file name, text) for each document, in date order."""
    return iter(Generator(docs, seed))


def write_corpus(out: str | Path, docs: int, seed: int = 1) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate(docs, seed):
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the documents into")
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.docs, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents ({size / 1e6:.1f} MB) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
