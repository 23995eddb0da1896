"""Place gazetteer: place names (any script/language) -> Places with IANA zones.

Data: ``timeline/zones/data/places.sqlite`` built by
``scripts/build_zone_data.py`` from GeoNames cities15000 / countries / US
states, CLDR territory names and CLDR exemplar cities (see the script
docstring for the exact rules).  The database is opened read-only and lazily
on the first lookup; nothing is loaded at import time.

Matching is exact on ``normalize_name`` keys.  Results are ranked by
population desc, then geonameid (None last).
"""

from __future__ import annotations

import importlib.resources
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache, lru_cache

from .normalize import normalize_name
from .readonly_db import ReadOnlyDatabase

__all__ = [
    "Place",
    "lookup_place",
    "lookup_place_stripped",
    "country_zones",
    "MAX_NAME_WORDS",
    "DB_PATH",
]

#: Longest indexed place name, in whitespace-separated words of the
#: normalized key (the build caps names at 4 words; hyphenated names and
#: unspaced scripts such as CJK count as one word).
MAX_NAME_WORDS: int = 4

DB_PATH = importlib.resources.files(__package__) / "data" / "places.sqlite"


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical (English/ASCII GeoNames) name, e.g. "Geneva"
    country: str  # ISO 3166-1 alpha-2, e.g. "CH"
    kind: str  # "city" | "country" | "region"
    population: int  # 0 = unknown (regions, CLDR-only exemplar cities)
    zone: str | None  # IANA zone id; None for multi-zone country/region
    geonameid: int | None


_DB = ReadOnlyDatabase(DB_PATH)
_lock = threading.Lock()  # one shared connection: queries take turns
_places: dict[int, Place] = {}


def _connect() -> sqlite3.Connection:
    return _DB.connection()


def _place(con: sqlite3.Connection, pid: int) -> Place:
    p = _places.get(pid)
    if p is None:
        row = con.execute(
            "SELECT name, country, kind, population, zone, geonameid FROM place WHERE pid=?", (pid,)
        ).fetchone()
        p = Place(*row)
        _places[pid] = p
    return p


def _lookup_key(key: str) -> tuple[Place, ...]:
    if not key:
        return ()
    con = _connect()
    with _lock:
        row = con.execute("SELECT pids FROM place_key WHERE key=?", (key,)).fetchone()
        if row is None:
            return ()
        v = row[0]
        if isinstance(v, int):
            return (_place(con, v),)
        return tuple(_place(con, int(x)) for x in v.split())


@lru_cache(maxsize=1 << 14)
def lookup_place(phrase: str) -> tuple[Place, ...]:
    """Places whose name (normalized) equals ``normalize_name(phrase)``.

    Ranked population desc, then geonameid; ``()`` when nothing matches.
    """
    return _lookup_key(normalize_name(phrase))


_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ل", "ك")
_ARTICLE = "ال"


def _is_arabic_letter(ch: str) -> bool:
    return "\u0620" <= ch <= "\u064a" or "\u066e" <= ch <= "\u06d3"


def _arabic_candidates(key: str) -> list[str]:
    """Forms of ``key`` with Arabic proclitics removed, least stripping first.

    Handles (و|ف)? (ب|ل|ك)? (ال)? + name, and ل + ال written ``لل``.
    The remainder must keep at least 3 characters (2-letter remainders such
    as "اب" from "باب" produced false hits).
    """
    out: list[str] = []

    def push(s: str) -> None:
        if len(s) >= 3 and s not in out and s != key:
            out.append(s)

    stems = [key]
    if key[:1] in _AR_CONJ:
        stems.append(key[1:])
    for st in list(stems):
        if st[:1] in _AR_PREP:
            rest = st[1:]
            stems.append(rest)
            if st[:1] == "ل" and rest[:1] == "ل":
                # لل = ل + ال (للقاهرة -> القاهرة)
                stems.append(_ARTICLE + rest[1:])
    for st in stems:
        push(st)
    for st in stems:
        if st.startswith(_ARTICLE):
            push(st[2:])
    return out


@lru_cache(maxsize=1 << 14)
def stripped_forms_before(phrase: str, form: str) -> list[str]:
    """The forms ``lookup_place_stripped`` tried on ``phrase`` before the one that
    matched (``form``), least stripping first: "وبايدن" → ["وبايدن", "بايدن"] on the
    way to "ايدن"."""
    key = normalize_name(phrase)
    if not key or not _is_arabic_letter(key[0]) or form == key:
        return []
    first, sep, tail = key.partition(" ")
    tried = [key]
    for cand in _arabic_candidates(first):
        candidate = cand + sep + tail
        if candidate == form:
            return tried
        tried.append(candidate)
    return []


def lookup_place_stripped(phrase: str) -> tuple[tuple[Place, ...], str]:
    """Like ``lookup_place`` but also tries Arabic proclitic/article removal.

    Exact match first ("الرياض" is itself a name).  Then, for Arabic-script
    phrases, removes و/ف, then ب/ل/ك (and لل -> ال), then the article ال:
    "بجنيف" -> "جنيف", "وموسكو" -> "موسكو", "بالرياض" -> "الرياض".

    Returns ``(places, matched_form)`` where ``matched_form`` is the
    normalized key that matched (``""`` with ``()`` when nothing matched).
    """
    key = normalize_name(phrase)
    first, sep, tail = key.partition(" ")
    # A key of several words exists only if some key opens with its first word
    # (``_opens_a_name``, remembered per word): the place scan asks about every phrase of
    # two to four words of a text, and most first words open no name.
    places = _lookup_key(key) if not sep or _opens_a_name(first) else ()
    if places:
        return places, key
    if key and _is_arabic_letter(key[0]):
        for cand in _arabic_candidates(first):
            if sep and not _opens_a_name(cand):
                continue
            form = cand + sep + tail
            places = _lookup_key(form)
            if places:
                return places, form
    return (), ""


def may_open_longer_name(first_word: str) -> bool:
    """Whether a name of several words in the index can open with ``first_word`` (a
    ``normalize_name`` key without spaces) as ``lookup_place_stripped`` reads a phrase:
    as it stands or, in Arabic script, with the proclitics it strips. False means no
    phrase whose first word this is names a place, so a scan need not look them up."""
    if _opens_a_name(first_word):
        return True
    if first_word and _is_arabic_letter(first_word[0]):
        return any(_opens_a_name(form) for form in _arabic_candidates(first_word))
    return False


@lru_cache(maxsize=1 << 14)
def _opens_a_name(word: str) -> bool:
    """Whether some key of the index is ``word`` followed by a space and more: keys are
    compared as bytes, so they all lie between "word " and "word!"."""
    con = _connect()
    with _lock:
        return con.execute("SELECT 1 FROM place_key WHERE key >= ? AND key < ? LIMIT 1",
                           (word + " ", word + "!")).fetchone() is not None


def _read_tab(fname: str) -> dict[str, list[str]]:
    base = importlib.resources.files("tzdata") / "zoneinfo"
    zones: dict[str, list[str]] = {}
    try:
        text = (base / fname).read_text(encoding="utf-8")
    except FileNotFoundError:  # pragma: no cover
        return zones
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        for cc in parts[0].split(","):
            lst = zones.setdefault(cc, [])
            if parts[2] not in lst:
                lst.append(parts[2])
    return zones


@cache
def _zone_tabs() -> dict[str, tuple[str, ...]]:
    merged = _read_tab("zone1970.tab")
    merged.update(_read_tab("zone.tab"))  # zone.tab wins (one country per line)
    return {cc: tuple(v) for cc, v in merged.items()}


def country_zones(cc: str) -> tuple[str, ...]:
    """IANA zones of ISO country ``cc`` (tzdata zone.tab order, i.e. the most
    populous/principal zone first; zone1970.tab as fallback); ``()`` if
    unknown (e.g. "XK")."""
    return _zone_tabs().get(cc.upper(), ())


@cache
def name_tail_words() -> frozenset[str]:
    """Lower-case words that end region names ("region", "области", "автономный округ"),
    as ``normalize_name`` keys: a capitalised name may run on into them."""
    return _one_column("SELECT word FROM name_tail")


@cache
def _news_country_names() -> frozenset[str]:
    return _one_column("SELECT key FROM news_country_name")


def _one_column(query: str) -> frozenset[str]:
    """The values of a one-column query; empty for data built before its table existed."""
    con = _connect()
    with _lock:
        try:
            rows = con.execute(query).fetchall()
        except sqlite3.OperationalError:
            return frozenset()
    return frozenset(v for (v,) in rows)


def is_news_country_name(form: str) -> bool:
    """Whether ``form`` (a ``normalize_name`` key) is a country's name in one of the news
    languages — not another locale's name that our languages use as the adjective
    ("Israeli", Swahili for Israel). True for every key when the data lacks the table."""
    names = _news_country_names()
    return not names or form in names


@lru_cache(maxsize=4096)
def lookup_place_prefix(prefix: str, limit: int = 200) -> tuple[tuple[str, Place], ...]:
    """(name key, place) for names whose normalized form starts with ``prefix`` (at
    least 4 characters): for matching inflected or adjectival forms ("московское" and
    "москва" share "моск"). Largest places first; at most ``limit`` names read."""
    key = normalize_name(prefix)
    if len(key) < 4:
        return ()
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    con = _connect()
    with _lock:
        rows = con.execute(
            "SELECT key, pids FROM place_key WHERE key >= ? AND key < ? LIMIT ?", (key, upper, limit)
        ).fetchall()
        found: list[tuple[str, Place]] = []
        for name_key, v in rows:
            for pid in [v] if isinstance(v, int) else (int(x) for x in v.split()):
                found.append((name_key, _place(con, pid)))
    return tuple(sorted(found, key=lambda item: -item[1].population))
