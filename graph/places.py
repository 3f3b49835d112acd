"""Places: countries and cities, from curated lists and from "City, Country" in the text."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources as _res

from .mentions import Mention
from .text import slugify


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(_res.files("graph").joinpath("data/places.toml").read_text(encoding="utf-8"))


# spellings that name the same country
_SAME = {
    "Bolivia": "Bolivia (Plurinational State of)", "Cape Verde": "Cabo Verde", "Czech Republic": "Czechia",
    "Swaziland": "Eswatini", "Iran": "Iran (Islamic Republic of)", "Turkey": "Türkiye",
    "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "United States": "United States of America", "Venezuela": "Venezuela (Bolivarian Republic of)",
    "Côte d’Ivoire": "Côte d'Ivoire", "Democratic People’s Republic of Korea": "Democratic People's Republic of Korea",
    "Lao People’s Democratic Republic": "Lao People's Democratic Republic",
    "Netherlands (Kingdom of the)": "Netherlands",
    # the short forms lists of officers use: "Mr Asghar Fazel (Islamic Republic of Iran)"
    "Islamic Republic of Iran": "Iran (Islamic Republic of)",
    "Bolivarian Republic of Venezuela": "Venezuela (Bolivarian Republic of)",
    "Plurinational State of Bolivia": "Bolivia (Plurinational State of)",
    "Federated States of Micronesia": "Micronesia (Federated States of)",
}


def canonical_country(name: str) -> str:
    return _SAME.get(name, name)


def country_key(name: str) -> str:
    return "country/" + slugify(canonical_country(name))


def city_key(name: str) -> str:
    return "city/" + slugify(name.replace("’", "'"))


def is_country(name: str) -> bool:
    return name in _countries()


def country_starting(text: str) -> str | None:
    """The country a phrase begins with ("Zimbabwe, from 23 to 31 July" -> "Zimbabwe"), the longest name first."""
    return next((c for c in _by_length() if text.startswith(c)), None)


@lru_cache(maxsize=1)
def _by_length() -> tuple[str, ...]:
    return tuple(sorted(_countries(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(_data()["countries"])


def city_country(name: str) -> str | None:
    return _data()["cities"].get(name)


def _alt(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:(?P<city>{_alt(_data()['cities'])})|(?P<country>{_alt(_countries())}))(?![\w-])"
    )


def without_countries(name: str) -> str:
    """The name with the countries it holds taken out ("Alexei Navalny in the Russian Federation": "Alexei Navalny in
    the "), to tell whether anything else in it makes it a body's name.  (A city-state the pattern reads as a city,
    "Singapore", stays: none of them holds a body's head word.)"""
    return _pattern().sub(lambda m: " " if m.group("country") else m.group(0), name)


_NEW_CITY = re.compile(
    r"\b(?:in|at)\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s*(?P<country>[A-Z][^,.;\n]{2,60})"
)


# where the United Nations meets, in the words of its resolutions: a venue in a city
_VENUE = re.compile(r"\bUnited\s+Nations\s+Headquarters\b|\bHeadquarters\s+of\s+the\s+United\s+Nations\b")


def find_places(text: str, start: int, end: int) -> list[Mention]:
    venues = _VENUE.finditer(text, start, end) if "Headquarters" in text[start:end] else ()
    out: list[Mention] = [Mention("place", m.start(), m.end(), m.group(0), "venue/united-nations-headquarters",
                                  "United Nations Headquarters, New York", {"type": "venue", "city": "New York"})
                          for m in venues]
    for m in _pattern().finditer(text, start, end):
        if m.group("city"):
            name = m.group("city")
            country = city_country(name)
            out.append(Mention("place", m.start(), m.end(), name, city_key(name), name,
                               {"type": "city", "country": canonical_country(country) if country else None}))
        else:
            written = re.sub(r"\s+", " ", m.group("country"))
            # "Permanent Mission of Mexico" and "the Dominican Republic" are still the country; one node whatever
            # the spelling ("Turkey", "Türkiye"), named as the document names it (a report of 2013 says "Turkey")
            out.append(Mention("place", m.start(), m.end(), m.group("country"), country_key(written), written,
                               {"type": "country"}))
    known = {(m.start, m.end) for m in out}
    for m in _NEW_CITY.finditer(text, start, end):
        city = m.group("city")
        country = country_starting(m.group("country"))
        if not country or is_country(city) or (m.start("city"), m.end("city")) in known:
            continue
        out.append(Mention("place", m.start("city"), m.end("city"), city, city_key(city), city,
                           {"type": "city", "country": canonical_country(country)}))
    return out
