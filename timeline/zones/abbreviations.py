"""Hand-curated time-zone abbreviation table, with its ambiguities.

This is curated Python data (not generated).  Each ``Abbreviation`` is one
*reading* of a token; a token may have several readings (``IST`` = India,
Israel or Irish time).  Readings of a token are ordered most-common-in-news
first; ``countries``/``languages`` let the caller re-rank by the document's
places and language.

``offset_minutes`` is the fixed UTC offset the abbreviation literally denotes
(EST = -300 even in July).  It is ``None`` only for generic names (ET, PT, CT,
MT, AET, NZT, ...) whose offset depends on the date: resolve those with
``zone``.  ``dst`` is True for daylight/summer forms, False for standard
forms, None for generic ones.

Matching (``lookup_abbreviation``): Latin tokens are case-sensitive and exact
("EST" matches, the French word "est" does not; "Zulu"/"ChST" are spelled as
listed).  Non-Latin tokens (Cyrillic ``мск``, Arabic ``غرينتش``) are matched on
``normalize_name`` so case, hamza/alef variants and tashkeel do not matter.
"""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import normalize_name

__all__ = ["Abbreviation", "ABBREVIATIONS", "lookup_abbreviation"]


@dataclass(frozen=True, slots=True)
class Abbreviation:
    text: str  # as written, e.g. "IST"
    zone: str  # IANA zone whose wall clock it names
    offset_minutes: int | None  # literal fixed UTC offset; None for generic names
    dst: bool | None  # True daylight, False standard, None generic
    countries: tuple[str, ...]  # ISO alpha-2 where used (for disambiguation)
    languages: tuple[str, ...]  # languages whose text suggests this reading
    note: str
    # A reading news rarely means unless its place is in the text (Australia's old
    # "EST", Bougainville's "BST"): it does not make the token ambiguous on its own.
    rare: bool = False


def _A(text, zone, off, dst, countries=(), languages=(), note="", rare=False):
    if isinstance(countries, str):
        countries = tuple(countries.split())
    if isinstance(languages, str):
        languages = tuple(languages.split())
    return Abbreviation(text, zone, off, dst, countries, languages, note, rare)


_US = "US"
_NA = "US CA"
_CEU = "FR DE IT ES NL BE LU CH AT PL CZ SK HU SI HR BA RS ME MK AL DK NO SE MT AD MC SM VA LI XK DZ TN"
_EEU = "RO BG GR FI EE LV LT UA MD CY EG LB SY JO IL PS"
_AR_WORLD = "SA EG AE QA KW BH OM YE IQ SY JO LB PS LY TN DZ MA SD MR"

ABBREVIATIONS: tuple[Abbreviation, ...] = (
    # ---- universal -----------------------------------------------------------
    _A("UTC", "Etc/UTC", 0, False, note="Coordinated Universal Time"),
    _A(
        "GMT",
        "Etc/GMT",
        0,
        False,
        note="Greenwich Mean Time: literal UTC+0 (UK/Ireland winter civil time; often used loosely for UTC)",
    ),
    _A("Z", "Etc/UTC", 0, False, note="ISO 8601 / military 'Zulu' suffix"),
    _A("TU", "Etc/UTC", 0, False, "FR BE CH LU MC CA SN CI ML BF NE TG BJ CM GA CD CG MA DZ TN", "fr",
       note="French: temps universel (= UTC), as AFP writes it"),
    _A("Zulu", "Etc/UTC", 0, False, note="military/aviation name of UTC"),
    _A("UT", "Etc/UTC", 0, False, note="Universal Time"),
    # ---- North America ---------------------------------------------------------
    _A("ET", "America/New_York", None, None, _NA, note="US/Canada Eastern Time (generic)"),
    _A("EST", "America/New_York", -300, False, _NA, note="Eastern Standard Time"),
    _A(
        "EST",
        "Australia/Sydney",
        600,
        False,
        "AU",
        note="Australian Eastern Standard Time, older Australian usage (now AEST)",
        rare=True,
    ),
    _A("EDT", "America/New_York", -240, True, _NA, note="Eastern Daylight Time"),
    _A(
        "EDT",
        "Australia/Sydney",
        660,
        True,
        "AU",
        note="Australian Eastern Daylight Time, older Australian usage (now AEDT)",
        rare=True,
    ),
    _A("CT", "America/Chicago", None, None, _NA + " MX", note="US Central Time (generic)"),
    _A("CST", "America/Chicago", -360, False, _NA + " MX", note="US Central Standard Time"),
    _A("CST", "Asia/Shanghai", 480, False, "CN", "zh", note="China Standard Time (Beijing time)"),
    _A("CST", "America/Havana", -300, False, "CU", "es", note="Cuba Standard Time", rare=True),
    _A("CST", "Asia/Taipei", 480, False, "TW", "zh", note="Taiwan (tzdata abbreviation CST)", rare=True),
    _A("CST", "Australia/Adelaide", 570, False, "AU", note="Australian Central Standard Time, older usage (now ACST)",
       rare=True),
    _A("CDT", "America/Chicago", -300, True, _NA + " MX", note="US Central Daylight Time"),
    _A("CDT", "America/Havana", -240, True, "CU", "es", note="Cuba Daylight Time", rare=True),
    _A("MT", "America/Denver", None, None, _NA + " MX", note="US Mountain Time (generic)"),
    _A("MST", "America/Denver", -420, False, _NA + " MX", note="Mountain Standard Time"),
    _A("MST", "America/Phoenix", -420, False, _US, note="Arizona: MST all year (no DST)"),
    _A(
        "MST", "Asia/Kuala_Lumpur", 480, False, "MY", "ms", note="Malaysia Standard Time (official abbreviation is MYT)",
        rare=True,
    ),
    _A("MDT", "America/Denver", -360, True, _NA + " MX", note="Mountain Daylight Time"),
    _A("PT", "America/Los_Angeles", None, None, _NA + " MX", note="US Pacific Time (generic)"),
    _A("PST", "America/Los_Angeles", -480, False, _NA + " MX", note="Pacific Standard Time"),
    _A("PST", "Asia/Manila", 480, False, "PH", "tl fil", note="Philippine Standard Time (official PH abbreviation)",
       rare=True),
    _A(
        "PST",
        "Asia/Karachi",
        300,
        False,
        "PK",
        "ur",
        note="Pakistan Standard Time (common in Pakistani media; tzdata uses PKT)",
        rare=True,
    ),
    _A("PDT", "America/Los_Angeles", -420, True, _NA + " MX", note="Pacific Daylight Time"),
    _A("AKST", "America/Anchorage", -540, False, _US, note="Alaska Standard Time"),
    _A("AKDT", "America/Anchorage", -480, True, _US, note="Alaska Daylight Time"),
    _A("HST", "Pacific/Honolulu", -600, False, _US, note="Hawaii(-Aleutian) Standard Time"),
    _A("HDT", "America/Adak", -540, True, _US, note="Hawaii-Aleutian Daylight Time (Aleutians)"),
    _A("AST", "America/Halifax", -240, False, "CA PR VI BM DO TT BB", note="Atlantic Standard Time"),
    _A("AST", "Asia/Riyadh", 180, False, "SA KW QA BH IQ YE", "ar", note="Arabia Standard Time"),
    _A("AST", "America/Puerto_Rico", -240, False, "PR VI", "es", note="Atlantic Standard Time, Puerto Rico (no DST)",
       rare=True),
    _A("ADT", "America/Halifax", -180, True, "CA BM", note="Atlantic Daylight Time"),
    _A("NST", "America/St_Johns", -210, False, "CA", note="Newfoundland Standard Time"),
    _A("NDT", "America/St_Johns", -150, True, "CA", note="Newfoundland Daylight Time"),
    # French-Canadian abbreviations
    _A("HNE", "America/Toronto", -300, False, "CA", "fr", note="heure normale de l'Est"),
    _A("HAE", "America/Toronto", -240, True, "CA", "fr", note="heure avancée de l'Est"),
    _A("HE", "America/Toronto", None, None, "CA", "fr", note="heure de l'Est (generic)"),
    _A("HNC", "America/Winnipeg", -360, False, "CA", "fr", note="heure normale du Centre"),
    _A("HAC", "America/Winnipeg", -300, True, "CA", "fr", note="heure avancée du Centre"),
    _A("HNR", "America/Edmonton", -420, False, "CA", "fr", note="heure normale des Rocheuses"),
    _A("HAR", "America/Edmonton", -360, True, "CA", "fr", note="heure avancée des Rocheuses"),
    _A("HNP", "America/Vancouver", -480, False, "CA", "fr", note="heure normale du Pacifique"),
    _A("HAP", "America/Vancouver", -420, True, "CA", "fr", note="heure avancée du Pacifique"),
    _A("HNA", "America/Halifax", -240, False, "CA", "fr", note="heure normale de l'Atlantique"),
    _A("HAA", "America/Halifax", -180, True, "CA", "fr", note="heure avancée de l'Atlantique"),
    _A("HNT", "America/St_Johns", -210, False, "CA", "fr", note="heure normale de Terre-Neuve"),
    _A("HAT", "America/St_Johns", -150, True, "CA", "fr", note="heure avancée de Terre-Neuve"),
    # ---- Europe -------------------------------------------------------------------
    _A("BST", "Europe/London", 60, True, "GB", note="British Summer Time"),
    _A("BST", "Asia/Dhaka", 360, False, "BD", "bn", note="Bangladesh Standard Time"),
    _A("BST", "Pacific/Bougainville", 660, False, "PG", note="Bougainville Standard Time (rare)", rare=True),
    _A("IST", "Asia/Kolkata", 330, False, "IN", "hi", note="India Standard Time"),
    _A("IST", "Asia/Jerusalem", 120, False, "IL PS", "he", note="Israel Standard Time"),
    _A(
        "IST",
        "Europe/Dublin",
        60,
        True,
        "IE",
        "ga",
        note="Irish Standard Time = Irish summer time UTC+1 (tzdata models winter "
        "GMT as negative DST; here dst=True as it is the summer clock)",
    ),
    _A("IDT", "Asia/Jerusalem", 180, True, "IL PS", "he", note="Israel Daylight Time"),
    _A("WET", "Europe/Lisbon", 0, False, "PT ES FO", "pt", note="Western European Time"),
    _A("WEST", "Europe/Lisbon", 60, True, "PT ES FO", "pt", note="Western European Summer Time"),
    _A("WEZ", "Europe/Lisbon", 0, False, "PT ES", "de", note="German: Westeuropäische Zeit"),
    _A("WESZ", "Europe/Lisbon", 60, True, "PT ES", "de", note="German: Westeuropäische Sommerzeit"),
    _A("CET", "Europe/Paris", 60, False, _CEU, note="Central European Time"),
    _A("CEST", "Europe/Paris", 120, True, _CEU, note="Central European Summer Time"),
    _A("MEZ", "Europe/Berlin", 60, False, "DE AT CH LI LU", "de", note="German: Mitteleuropäische Zeit (= CET)"),
    _A(
        "MESZ", "Europe/Berlin", 120, True, "DE AT CH LI LU", "de", note="German: Mitteleuropäische Sommerzeit (= CEST)"
    ),
    _A("MET", "Europe/Paris", 60, False, _CEU, note="Middle European Time (= CET)"),
    _A("MEST", "Europe/Paris", 120, True, _CEU, note="Middle European Summer Time (= CEST)"),
    _A("HEC", "Europe/Paris", 60, False, "FR BE CH LU MC", "fr", note="French: heure d'Europe centrale (= CET)"),
    _A(
        "HAEC",
        "Europe/Paris",
        120,
        True,
        "FR BE CH LU MC",
        "fr",
        note="French: heure avancée d'Europe centrale (= CEST)",
    ),
    _A("EET", "Europe/Bucharest", 120, False, _EEU, note="Eastern European Time"),
    _A("EET", "Africa/Cairo", 120, False, "EG", "ar", note="Egypt (EET; DST again since 2023)"),
    _A("EEST", "Europe/Bucharest", 180, True, _EEU, note="Eastern European Summer Time"),
    _A("EEST", "Africa/Cairo", 180, True, "EG", "ar", note="Egypt summer time"),
    _A("OEZ", "Europe/Bucharest", 120, False, "GR FI RO BG", "de", note="German: Osteuropäische Zeit (= EET)"),
    _A("OESZ", "Europe/Bucharest", 180, True, "GR FI RO BG", "de", note="German: Osteuropäische Sommerzeit (= EEST)"),
    _A("MSK", "Europe/Moscow", 180, False, "RU", "ru", note="Moscow Time (UTC+3, no DST since 2014)"),
    _A("мск", "Europe/Moscow", 180, False, "RU", "ru", note="Russian: московское время"),
    _A("МСК", "Europe/Moscow", 180, False, "RU", "ru", note="Russian: московское время"),
    _A("TRT", "Europe/Istanbul", 180, False, "TR", "tr", note="Turkey Time (UTC+3 since 2016)"),
    _A("FET", "Europe/Minsk", 180, False, "BY", "be ru", note="Further-eastern European Time"),
    # ---- Middle East / Asia ---------------------------------------------------------
    _A("GST", "Asia/Dubai", 240, False, "AE OM", "ar", note="Gulf Standard Time"),
    _A("GST", "Atlantic/South_Georgia", -120, False, "GS", note="South Georgia Time", rare=True),
    _A("IRST", "Asia/Tehran", 210, False, "IR", "fa", note="Iran Standard Time"),
    _A("IRDT", "Asia/Tehran", 270, True, "IR", "fa", note="Iran Daylight Time (Iran abolished DST in 2022)"),
    _A("AFT", "Asia/Kabul", 270, False, "AF", "fa ps", note="Afghanistan Time"),
    _A("AZT", "Asia/Baku", 240, False, "AZ", "az", note="Azerbaijan Time"),
    _A("GET", "Asia/Tbilisi", 240, False, "GE", "ka", note="Georgia Time"),
    _A("AMT", "Asia/Yerevan", 240, False, "AM", "hy", note="Armenia Time"),
    _A("AMT", "America/Manaus", -240, False, "BR", "pt", note="Amazon Time"),
    _A("PKT", "Asia/Karachi", 300, False, "PK", "ur", note="Pakistan Standard Time"),
    _A("UZT", "Asia/Tashkent", 300, False, "UZ", "uz", note="Uzbekistan Time"),
    _A("NPT", "Asia/Kathmandu", 345, False, "NP", "ne", note="Nepal Time"),
    _A("MMT", "Asia/Yangon", 390, False, "MM", "my", note="Myanmar Time"),
    _A("ICT", "Asia/Bangkok", 420, False, "TH VN KH LA", "th vi", note="Indochina Time"),
    _A("WIB", "Asia/Jakarta", 420, False, "ID", "id", note="Waktu Indonesia Barat"),
    _A("WITA", "Asia/Makassar", 480, False, "ID", "id", note="Waktu Indonesia Tengah"),
    _A("WIT", "Asia/Jayapura", 540, False, "ID", "id", note="Waktu Indonesia Timur"),
    _A("SGT", "Asia/Singapore", 480, False, "SG", note="Singapore Time"),
    _A("MYT", "Asia/Kuala_Lumpur", 480, False, "MY", "ms", note="Malaysia Time"),
    _A("HKT", "Asia/Hong_Kong", 480, False, "HK", "zh", note="Hong Kong Time"),
    _A("PHT", "Asia/Manila", 480, False, "PH", "tl fil", note="Philippine Time"),
    _A("PHST", "Asia/Manila", 480, False, "PH", "tl fil", note="Philippine Standard Time"),
    _A("JST", "Asia/Tokyo", 540, False, "JP", "ja", note="Japan Standard Time"),
    _A("KST", "Asia/Seoul", 540, False, "KR", "ko", note="Korea Standard Time"),
    _A("KST", "Asia/Pyongyang", 540, False, "KP", "ko", note="North Korea (KST)", rare=True),
    # ---- Oceania -------------------------------------------------------------------
    _A("AET", "Australia/Sydney", None, None, "AU", note="Australian Eastern Time (generic)"),
    _A("AEST", "Australia/Sydney", 600, False, "AU", note="Australian Eastern Standard Time"),
    _A("AEDT", "Australia/Sydney", 660, True, "AU", note="Australian Eastern Daylight Time"),
    _A("ACST", "Australia/Adelaide", 570, False, "AU", note="Australian Central Standard Time"),
    _A("ACDT", "Australia/Adelaide", 630, True, "AU", note="Australian Central Daylight Time"),
    _A("AWST", "Australia/Perth", 480, False, "AU", note="Australian Western Standard Time"),
    _A("NZT", "Pacific/Auckland", None, None, "NZ", note="New Zealand Time (generic)"),
    _A("NZST", "Pacific/Auckland", 720, False, "NZ", note="New Zealand Standard Time"),
    _A("NZDT", "Pacific/Auckland", 780, True, "NZ", note="New Zealand Daylight Time"),
    _A("ChST", "Pacific/Guam", 600, False, "GU MP", note="Chamorro Standard Time"),
    _A("SST", "Pacific/Pago_Pago", -660, False, "AS UM", note="Samoa Standard Time"),
    _A("SST", "Asia/Singapore", 480, False, "SG", note="Singapore Standard Time (informal)", rare=True),
    # ---- Africa ----------------------------------------------------------------------
    _A("SAST", "Africa/Johannesburg", 120, False, "ZA LS SZ", note="South Africa Standard Time"),
    _A("WAT", "Africa/Lagos", 60, False, "NG CM GA CD CG AO BJ NE TD CF GQ", note="West Africa Time"),
    _A("CAT", "Africa/Maputo", 120, False, "MZ ZW ZM MW BW BI RW CD SD SS NA", note="Central Africa Time"),
    _A("EAT", "Africa/Nairobi", 180, False, "KE TZ UG ET SO DJ ER MG KM YT", note="East Africa Time"),
    # ---- South America ---------------------------------------------------------------
    _A("BRT", "America/Sao_Paulo", -180, False, "BR", "pt", note="Brasília Time"),
    _A("BRST", "America/Sao_Paulo", -120, True, "BR", "pt", note="Brasília Summer Time (no DST since 2019)"),
    _A("ART", "America/Argentina/Buenos_Aires", -180, False, "AR", "es", note="Argentina Time"),
    _A("CLT", "America/Santiago", -240, False, "CL", "es", note="Chile Standard Time"),
    _A("CLST", "America/Santiago", -180, True, "CL", "es", note="Chile Summer Time"),
    _A("COT", "America/Bogota", -300, False, "CO", "es", note="Colombia Time"),
    _A("PET", "America/Lima", -300, False, "PE", "es", note="Peru Time"),
    _A(
        "VET",
        "America/Caracas",
        -240,
        False,
        "VE",
        "es",
        note="Venezuela Time (UTC-4:30 between 2007-12-09 and 2016-05-01)",
    ),
    _A("BOT", "America/La_Paz", -240, False, "BO", "es", note="Bolivia Time"),
    _A("ECT", "America/Guayaquil", -300, False, "EC", "es", note="Ecuador Time"),
    _A("PYT", "America/Asuncion", -180, False, "PY", "es", note="Paraguay Time (permanent UTC-3 since 2024)"),
    _A("UYT", "America/Montevideo", -180, False, "UY", "es", note="Uruguay Time"),
    # ---- Arabic / other-script UTC words ---------------------------------------------
    _A("غرينتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: Greenwich (GMT/UTC)"),
    _A("غرينيتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: Greenwich (GMT/UTC)"),
    _A("جرينتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic (Egyptian spelling): Greenwich"),
    _A("جرينيتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: Greenwich"),
    _A("غرينويتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: Greenwich"),
    _A("توقيت غرينتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: Greenwich time"),
    _A("ت غ", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic news-agency abbreviation of توقيت غرينتش"),
    _A("ت.غ", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic news-agency abbreviation of توقيت غرينتش"),
    _A("ت. غ", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic news-agency abbreviation of توقيت غرينتش"),
    _A("توقيت جرينتش", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: Greenwich time"),
    _A("التوقيت العالمي", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: universal time"),
    # AFP/Asharq Al-Awsat shorthand for توقيت غرينتش ("الساعة 13,00 ت غ").
    _A("ت غ", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: 'ت غ' = توقيت غرينتش (GMT)"),
    _A("ت.غ", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: 'ت.غ' = توقيت غرينتش (GMT)"),
    _A("التوقيت العالمي المنسق", "Etc/UTC", 0, False, _AR_WORLD, "ar", note="Arabic: coordinated universal time"),
    _A("по Гринвичу", "Etc/UTC", 0, False, (), "ru", note="Russian: 'by Greenwich' (GMT/UTC)"),
)


def _index() -> tuple[dict[str, tuple[Abbreviation, ...]], dict[str, tuple[Abbreviation, ...]]]:
    exact: dict[str, list[Abbreviation]] = {}
    norm: dict[str, list[Abbreviation]] = {}
    for a in ABBREVIATIONS:
        exact.setdefault(a.text, []).append(a)
        if not a.text.isascii():
            norm.setdefault(normalize_name(a.text), []).append(a)
    return ({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in norm.items()})


_EXACT, _NORM = _index()


def lookup_abbreviation(token: str) -> tuple[Abbreviation, ...]:
    """Readings of ``token``, most common in news first; ``()`` if unknown.

    Latin tokens: exact, case-sensitive ("IST" yes, "ist"/"Ist" no).
    Non-Latin tokens: matched on ``normalize_name`` ("МСК" == "мск",
    "غرينيتش" with or without tashkeel).
    """
    r = _EXACT.get(token)
    if r is not None:
        return r
    if token.isascii():
        return ()
    return _NORM.get(normalize_name(token), ())
