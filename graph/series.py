"""Meeting series within one document: which meeting a short, generic or aliased name is.

A document names one meeting in several ways: "the Third Special Session of the Conference of the States
Parties to Review the Operation of the Chemical Weapons Convention … (the Third Review Conference)", "the
thirteenth Meeting of States Parties" beside "… to the Convention on Cluster Munitions", "a biennial meeting of
States in 2026" beside "the ninth Biennial Meeting of States".  Each is one node.  A series known only by what
it is ("Review Conference", "Meeting of States Parties to the Treaty") names no treaty: it is the one full
series of the document it abbreviates, or else it is keyed under the document, so that the Third Review
Conference of one treaty is never the Third Review Conference of every other treaty in the store.
"""

from __future__ import annotations

import re

from .bodies import series_catalogue
from .extract import Claim, Context, Lit, View
from .resolve import TREATY_ORGAN, Entity
from .rules import P
from .text import slugify

# --- renaming nodes ------------------------------------------------------------------------------

# what is keyed under a meeting and goes with it: its texts, and its posts ("…/13/president", entities.meeting_post)
_KEYED_UNDER = ("resolution", "decision", "document", "officer")


def merge_into(ctx: Context, alias: dict[str, str], drop, *, alt_label: bool = True,
               keyed_under: tuple[str, ...] = _KEYED_UNDER) -> list[Claim]:
    """Each key of `alias` becomes the node it maps to, its label an altLabel there; `drop(claim)` says which of
    its own claims the merge leaves out.  Returns the claims kept."""
    for key, into in alias.items():
        entity = ctx.x.registry.entities.pop(key)
        first = next((c for c in ctx.x.claims if c.subject == key), None)
        if alt_label and first is not None:
            ctx.claim(into, "skos:altLabel", Lit(entity.label), (first.start, first.end), "series-mention")
    return _rewrite(ctx, alias, drop, keyed_under)


def merge_shortened(ctx: Context, labels: dict[str, str], shortens, drop, *,
                    keyed_under: tuple[str, ...] = _KEYED_UNDER) -> None:
    """Each node of `labels` whose label is a shorter form of exactly one other's (`shortens(short, full)`) becomes
    that one (the longest of a chain: every step is longer, so no cycle), its label an altLabel there."""
    alias = {}
    for short, name in labels.items():
        if len(name.split()) < 2:
            continue
        fulls = [k for k, full in labels.items() if k != short and len(full) > len(name) and shortens(name, full)]
        if len(fulls) == 1:
            alias[short] = fulls[0]
    for short, full in alias.items():
        while full in alias:
            full = alias[full]
        alias[short] = full
    if alias:
        merge_into(ctx, alias, drop, keyed_under=keyed_under)


def _rewrite(ctx: Context, alias: dict[str, str], drop=lambda c: False,
             keyed_under: tuple[str, ...] = _KEYED_UNDER) -> list[Claim]:
    """Every claim about or pointing to a key of `alias` is about or points to what it maps to (unless dropped), and
    so are the texts keyed under it ("…/1995/resolution/the-middle-east" goes with its conference; a meeting keyed
    under another is a meeting of its own, "…/biennial-meeting-of-states/2028", and stays; a body's sessions go with
    the body, `keyed_under`)."""
    entities = ctx.x.registry.entities
    for key in [k for k, e in entities.items() if k not in alias and e.kind in keyed_under]:
        base = next((old for old in alias if key.startswith(old + "/")), None)
        if base is not None:
            moved, new = entities.pop(key), alias[base] + key[len(base):]
            entities.setdefault(new, Entity(new, moved.kind, moved.label, literals=moved.literals))
            alias = {**alias, key: new}
    ctx.x.claims[:] = [Claim(alias.get(c.subject, c.subject), c.predicate,
                             alias.get(c.object, c.object) if isinstance(c.object, str) else c.object,
                             c.start, c.end, c.rule)
                       for c in ctx.x.claims if not (c.subject in alias and drop(c))]
    return ctx.x.claims


def _longest_consistent(labels: list[str]) -> str | None:
    """The longest of `labels` when every other one begins it ("Review Conference of the Parties to the Treaty"
    over "Review Conference of the Parties"), else None: which of several longer names a short one is."""
    longest = max(labels, key=len, default=None)
    if longest is None or not all(longest.lower().startswith(other.lower()) for other in labels):
        return None
    return longest


def _drop_unused_series(ctx: Context) -> None:
    used = {c.object for c in ctx.x.claims if isinstance(c.object, str)} | {c.subject for c in ctx.x.claims}
    for key in [k for k, e in ctx.x.registry.entities.items() if e.kind == "series" and k not in used]:
        del ctx.x.registry.entities[key]


def merge_aliases(ctx: Context) -> None:
    """"… (the Third Review Conference)": the short name was a node of its own before the parenthesis said whose it
    is; what it had becomes the full name's, and its own number, series and year go (the full one has them)."""
    alias = {short: full for short, full in ctx.aliases.items()
             if short != full and short in ctx.x.registry.entities and full in ctx.x.registry.entities}
    if not alias:
        return
    merge_into(ctx, alias, lambda c: c.predicate in ("acta:ordinal", "schema:superEvent", "schema:startDate"),
                alt_label=False)
    _drop_unused_series(ctx)


# "… Chemical Weapons Convention, held in The Hague from 8 to 19 April 2013 (the Third Review Conference)": where and
# when it was held may come between
_ALIAS = P(r"{M:full}(?:[^⟦()]|⟦[LD]\d+⟧){0,200}?\("
           r"(?:the\s+|hereinafter\s+(?:the\s+)?|also\s+known\s+as\s+(?:the\s+)?)?{M:short}\)")


def rule_meeting_aliases(ctx: Context, view: View) -> None:
    """"The Third Special Session of … (the Third Review Conference)": the short name is the full one's (called by
    rules.rule_named_meetings before it reads where and when the meeting was held)."""
    for m in _ALIAS.finditer(view.template):
        full, short = view.m(m.group("full")), view.m(m.group("short"))
        full_key = view.keys.get(int(m.group("full")))
        if full_key and short.key and short.key != full_key and full.attrs.get("named"):
            ctx.aliases[short.key] = full_key
            view.keys[int(m.group("short"))] = full_key
            ctx.claim(full_key, "skos:altLabel", Lit(short.label), view.sentence, "meeting-alias")


# --- "the thirteenth Meeting of States Parties" and "… to the Convention on Cluster Munitions" ----

def merge_short_series_names(ctx: Context) -> None:
    """Within one document, "the thirteenth Meeting of States Parties" and "… to the Convention" are the thirteenth
    Meeting of States Parties to the Convention on Cluster Munitions the document also names in full: a numbered
    meeting whose series' name begins another's, with the same number, is that one when it is the only longer one."""
    numbered: dict[str, list[tuple[str, str]]] = {}  # number -> [(series label, key)]
    for e in ctx.x.registry:
        head, _, number = e.key.rpartition("/")
        series = ctx.x.registry.get(head) if e.kind == "meeting" and number.isdigit() else None
        if series is not None and series.kind == "series":
            numbered.setdefault(number, []).append((series.label, e.key))
    alias: dict[str, str] = {}
    for found in numbered.values():
        for label, key in found:
            longer = {other: k for other, k in found if other.lower().startswith(label.lower() + " ")}
            longest = _longest_consistent(list(longer))
            if longest:
                alias[key] = longer[longest]
    if not alias:
        return
    # the short series' name is one the full one's meeting goes by
    merge_into(ctx, alias, lambda c: c.predicate == "schema:superEvent")
    _drop_unused_series(ctx)


def merge_series_named_alone(ctx: Context) -> None:
    """"the cumulative body of decisions adopted by the Conference of States Parties to the Arms Trade Treaty" beside
    "the Eleventh Conference of States Parties to …": a series' own name, with no number and no date, is the series
    (the standing conference), not one meeting of it ("the Review Conference of the Parties to the Treaty …" alone
    is one review conference, of which the text says no more).  A generic name ("the Review Conference") is left to
    `scope_generic_series`, which says whose it is."""
    registry = ctx.x.registry
    alias = {}
    for e in registry:
        if e.kind == "meeting" and e.key.startswith("meeting/") and TREATY_ORGAN.match(e.label) \
                and not is_generic(e.label):
            series = registry.get("series/" + e.key[len("meeting/"):])
            if series is not None and series.kind == "series":
                alias[e.key] = series.key
    if alias:  # (a name dated or numbered is a meeting's, whatever it is called)
        dated = {c.subject for c in ctx.x.claims if c.predicate in ("schema:startDate", "acta:ordinal")}
        alias = {key: series for key, series in alias.items() if key not in dated}
    if alias:
        merge_into(ctx, alias, lambda c: False, alt_label=False)


# --- one meeting, three mentions: "a biennial meeting of States in 2026", "the ninth Biennial Meeting of States
# from 1 to 5 June 2026", "the Biennial Meeting of States in 2026" -----------------------------------------------

def merge_series_mentions(ctx: Context) -> None:
    """Within one document, the meeting of a series held in a year is the numbered one of that series dated that
    year, when there is exactly one: its undated and unnumbered mentions become that node."""
    years: dict[str, set[str]] = {}
    for c in ctx.x.claims:
        if c.predicate == "schema:startDate" and isinstance(c.object, Lit):
            years.setdefault(c.subject, set()).add(c.object.value[:4])
    numbered: dict[tuple[str, str], list[str]] = {}
    for e in ctx.x.registry:
        slug = _series_slug(e.key) if e.kind == "meeting" else None
        if slug and len(years.get(e.key, ())) == 1:
            numbered.setdefault((slug, next(iter(years[e.key]))), []).append(e.key)
    alias: dict[str, str] = {}
    for (slug, year), keys in numbered.items():
        if len(keys) != 1:
            continue
        for other in (f"meeting/{slug}/{year}", f"meeting/{slug}"):
            if other in ctx.x.registry.entities and years.get(other) == {year}:
                alias[other] = keys[0]
    if not alias:
        return
    # "in 2026" says less than the numbered meeting's own dates ("from 1 to 5 June 2026"); a meeting known by its
    # year ("the 2027 Meeting of States") has no dates but its mentions'
    merge_into(ctx, alias, lambda c: c.predicate == "schema:startDate"
                and int(alias[c.subject].rpartition("/")[2]) < 1000)


def _series_slug(key: str) -> str | None:
    """"series/biennial-meeting-of-states/9" -> "biennial-meeting-of-states"; catalogue series by their label."""
    head, _, number = key.rpartition("/")
    if not number.isdigit() or not head:
        return None
    if head.startswith("series/"):
        return head[len("series/"):]
    series = series_catalogue().get(head)
    return slugify(series["label"]) if series else None


# --- "the ninth Review Conference": a series named by what it is, not by whose it is ------------------------------

_GENERIC_WORDS = frozenset("""review conference conferences meeting meetings summit biennial annual special regular
ordinary extraordinary session of the states state parties party high contracting to and convention treaty protocol
heads government signatories member members""".split())
_MEETING_WORDS = frozenset("conference conferences meeting meetings summit".split())


def is_generic(label: str) -> bool:
    """"Review Conference", "Meeting of States Parties to the Treaty": what kind of meeting, not whose."""
    words = set(re.findall(r"[a-z]+", label.lower()))
    return bool(words & _MEETING_WORDS) and words <= _GENERIC_WORDS


def scope_generic_series(ctx: Context) -> None:
    """A generic series is the one full series of the document whose name it begins ("Review Conference" → "Review
    Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"); with none or several, it
    and its meetings are keyed under the document's instrument, as an unnamed meeting is (meetings._convened)."""
    registry = ctx.x.registry
    me = ctx.x.self_key
    rename: dict[str, tuple[str, str]] = {}  # old key -> (new key, new label)
    for series in [e for e in registry if e.kind == "series" and is_generic(e.label)]:
        longer = {e.label: e for e in registry if e.kind == "series" and not is_generic(e.label)
                  and e.label.lower().startswith(series.label.lower() + " ")}
        full = _longest_consistent(list(longer))
        if full:
            longest = longer[full]
            rename[series.key] = (longest.key, longest.label)
            for meeting in _members(ctx, series.key):
                suffix = meeting.key[len(series.key):]
                label = re.sub(re.escape(series.label), lambda _, full=longest.label: full, meeting.label,
                               count=1, flags=re.I)
                rename[meeting.key] = (longest.key + suffix, label)
        elif me:
            new = f"{me}/{series.key.split('/', 1)[1]}"
            rename[series.key] = (new, series.label)
            for meeting in _members(ctx, series.key):
                rename[meeting.key] = (new + meeting.key[len(series.key):], meeting.label)
    if me:  # "the Review Conference", "the biennial meeting of States of 2028", unnumbered: the document's own
        for e in registry:
            if e.kind == "meeting" and e.key.startswith("meeting/") and is_generic(e.label):
                for own in [e, *_members(ctx, e.key)]:  # and its report: "meeting/review-conference/report"
                    rename.setdefault(own.key, (f"{me}/{own.key}", own.label))
    if rename:
        _rekey(ctx, rename)


def _members(ctx: Context, series: str) -> list[Entity]:
    """What is keyed under a series: its meetings ("series/review-conference/9", "…/2026") and their bodies."""
    return [e for e in ctx.x.registry if e.key.startswith(series + "/")]


def _rekey(ctx: Context, rename: dict[str, tuple[str, str]]) -> None:
    """Move nodes to new keys; a key that already exists keeps its own label.  A node whose label changes keeps the
    old one as an altLabel, as a node merged into another does."""
    entities = ctx.x.registry.entities
    for old, (new, label) in rename.items():
        entity = entities.pop(old)
        kept = entities[new].label if new in entities else label
        if new not in entities:
            entities[new] = Entity(new, entity.kind, label, literals=entity.literals)
        first = next((c for c in ctx.x.claims if old in (c.subject, c.object)), None)
        if kept != entity.label and first is not None:
            ctx.claim(new, "skos:altLabel", Lit(entity.label), (first.start, first.end), "series-mention")
    _rewrite(ctx, {old: new for old, (new, _) in rename.items()})


# --- one name, held year after year --------------------------------------------------------------

# what is said of one occasion of a meeting in the sentence that dates it
_OCCASION_FACTS = frozenset(("schema:startDate", "schema:endDate", "schema:location", "acta:notBefore",
                             "acta:notAfter", "acta:dateText", "acta:dateQualifier", "acta:host", "acta:organizer"))
_KEYED_BY_DAY_OR_NUMBER = re.compile(r"/(?:\d+|(?:19|20)\d{2}-\d{2}-\d{2})$")


def split_recurring(ctx: Context) -> None:
    """"the Meeting of the High Contracting Parties to the Convention, held in Geneva from 13 to 15 November 2024" and
    "(vi) The Meeting of the High Contracting Parties to the Convention, from 12 to 14 November 2025": a meeting
    with no number that the text dates, to the month or the day, in two years is held year after year.  Each year's
    is a meeting of its own, part of the one named, as a meeting known by its year is ("…/2028"); what the dating
    sentence says of it (days, place, host) goes with it, and the named one keeps no date."""
    registry = ctx.x.registry
    numbered = {c.subject for c in ctx.x.claims if c.predicate == "acta:ordinal"}
    years: dict[str, dict[str, set[tuple[int, int]]]] = {}  # meeting -> year -> the sentences that date it so
    precise: dict[str, set[str]] = {}  # meeting -> the years dated to the month or the day
    for c in ctx.x.claims:
        if c.predicate != "schema:startDate" or not isinstance(c.object, Lit) or c.subject in numbered:
            continue
        entity = registry.get(c.subject)
        if entity is None or entity.kind != "meeting" or _KEYED_BY_DAY_OR_NUMBER.search(c.subject):
            continue
        year = c.object.value[:4]
        years.setdefault(c.subject, {}).setdefault(year, set()).add((c.start, c.end))
        if len(c.object.value) >= 7:
            precise.setdefault(c.subject, set()).add(year)
    moved: dict[tuple[str, int, int], str] = {}  # (meeting, sentence) -> the year's meeting
    for key, by_year in years.items():
        if len(precise.get(key, ())) < 2:
            continue
        label = registry.get(key).label
        for year, spans in sorted(by_year.items()):
            if year not in precise[key] or any((key, *span) in moved for span in spans):
                continue  # (a year said only as a year stays the named one's; a sentence dates one occasion)
            one = f"{key}/{year}"
            registry.add(one, "meeting", f"{label} of {year}")
            ctx.claim(one, "schema:superEvent", key, min(spans), "recurring-meeting")
            moved.update({(key, *span): one for span in spans})
    if moved:
        ctx.x.claims[:] = [
            Claim(moved[(c.subject, c.start, c.end)], c.predicate, c.object, c.start, c.end, c.rule)
            if c.predicate in _OCCASION_FACTS and (c.subject, c.start, c.end) in moved else c
            for c in ctx.x.claims]
