"""German: lexicon and word order for news copy (Germany, Austria, Switzerland)."""

from timeline.lang.base import Language, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

_NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "hundert": 100,
    "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5,
    "halbe": 0.5, "einer halben": 0.5, "eine halbe": 0.5, "einer Viertel": 0.25, "mehrere": 3,
    "einige": 3, "wenige": 3,
}

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    script=r"[A-Za-z]",
    clock_leads=(r"um", r"gegen", r"ab", r"bis", r"seit", r"vor", r"nach"),
    clock_separators=(":",),
    weak_clock_separators=(".",),
    day_periods={
        "Uhr": "", "h": "", "Uhr morgens": "morning", "Uhr früh": "morning", "Uhr vormittags": "am",
        "Uhr nachmittags": "afternoon", "Uhr mittags": "noon", "mittags": "noon", "Uhr abends": "evening", "Uhr nachts": "night",
        "morgens": "morning", "vormittags": "am", "nachmittags": "afternoon", "abends": "evening",
        "nachts": "night",
    },
    local_time_phrases=(
        r"\(\s*Ortszeit\s*\)", r"Ortszeit", r"\(\s*Lokalzeit\s*\)", r"Lokalzeit",
        r"örtlicher\s+Zeit", r"nach\s+Ortszeit",
    ),
    zone_templates=(
        r"in\s+{zone}",  # "14 Uhr in Berlin": the clock of the place named with the time
        r"(?:nach\s+)?{zone}\s+Zeit",
        r"(?:nach\s+)?{zone}\s+Sommerzeit",
        r"(?:nach\s+)?Zeit\s+in\s+{zone}",
        r"{zone}zeit",  # compounds: "Ostküstenzeit", "Moskauzeit"
    ),
    zone_slot_word=r"[^\W\d_][\w'’.-]*",
    zone_words=(),
    offset_leads=("UTC", "GMT"),
    equivalence_connectors=("also", "das heißt", "d.h.", "d. h.", "entspricht", "was", "=", "also um"),
    weak_equivalence_connectors=("oder", "-", "/", ",", "und", "|"),
    order_words={"nach": "after", "vor": "before", "später": "after", "früher": "before"},
    number_words=_NUMBER_WORDS,
    fraction_words={"½": 0.5},
    duration_units={
        "Sekunde": (_SECOND, 1), "Sekunden": (_SECOND, 0), "Minute": (_MINUTE, 1), "Minuten": (_MINUTE, 0),
        "Stunde": (_HOUR, 1), "Stunden": (_HOUR, 0), "Std.": (_HOUR, 0), "Tag": (_DAY, 1), "Tage": (_DAY, 0),
        "Tagen": (_DAY, 0), "Woche": (7 * _DAY, 1), "Wochen": (7 * _DAY, 0), "Monat": (30 * _DAY, 1),
        "Monate": (30 * _DAY, 0), "Monaten": (30 * _DAY, 0), "Jahr": (365 * _DAY, 1),
        "Jahre": (365 * _DAY, 0), "Jahren": (365 * _DAY, 0),
    },
    duration_leads=(r"für", r"während", r"dauerte", r"dauerten", r"nach", r"innerhalb", r"binnen", r"rund"),
    approximate_words=("etwa", "rund", "fast", "knapp", "gut", "mehr als", "weniger als", "ungefähr", "über"),
    relative_days={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2, "heute Abend": 0},
    weekdays=cldr_weekdays("de", abbreviated=False),
    months=cldr_months("de", "de_AT"),
    numeric_date_order="dmy",
    non_final_abbreviations=("Dr.", "Prof.", "Nr.", "z.B.", "d.h.", "bzw.", "ca.", "u.a.", "St.", "Str."),
    stopwords=frozenset(
        """der die das den dem des ein eine einer einem einen und oder aber auch nicht nur noch schon
        in im an am auf aus bei mit nach von vor zu zum zur für über unter um gegen seit bis ist sind
        war waren wurde wurden wird werden hat haben hatte sich sie er es wir ihr ich man dass als wie
        wenn so sein seine ihre uhr zeit ortszeit heute gestern morgen montag dienstag mittwoch
        donnerstag freitag samstag sonntag laut""".split()
    ),
    event_nouns=frozenset(
        """Treffen Gipfel Gipfeltreffen Gespräch Gespräche Gesprächen Konferenz Pressekonferenz Sitzung
        Rede Besuch Abstimmung Wahl Wahlen Spiel Anschlag Angriff Explosion Erdbeben Start Zeremonie
        Trauerfeier Kundgebung Demonstration Prozess Anhörung Flug Streik Verhandlungen Debatte
        Konzert Rennen Sturm Anruf Ankündigung Erklärung Brand Unfall Begegnung""".split()
    ),
    not_places=frozenset({
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Und", "Uhr", "Zeit", "Ortszeit", "Mai",
        "März", "Kanzler", "Kanzlerin", "Präsident", "Bundestag", "Regierung", "Am", "Im", "Um", "Bei",
        "Nach", "Laut", "Wie", "Es", "Sie", "Er", "Mitte", "Ende", "Anfang", "Stunden", "Minuten", "Tag",
        "Morgen", "Abend", "Nacht", "Polizei", "Gipfel", "Treffen",
    }),
    place_prepositions=("in", "im", "aus", "nach", "bei", "nahe", "von"),
    places_capitalised=True,
    function_words=frozenset(
        """der die das und ist nicht den dem des ein eine mit von zu im auf für sich wurde auch um bei
        sind war wird hat haben noch nach einem einer laut""".split()
    ),
    zone_adjectives={
        "deutscher": "DE", "deutsche": "DE", "mitteleuropäischer": "Europe/Berlin",
        "mitteleuropäische": "Europe/Berlin", "osteuropäischer": "Europe/Bucharest",
        "westeuropäischer": "Europe/Lisbon", "Moskauer": "Europe/Moscow", "Kiewer": "Europe/Kyiv",
        "New Yorker": "America/New_York", "Pekinger": "Asia/Shanghai", "chinesischer": "Asia/Shanghai",
        "japanischer": "JP", "britischer": "GB", "französischer": "FR", "Schweizer": "CH",
        "österreichischer": "AT", "türkischer": "TR", "israelischer": "IL", "russischer": "Europe/Moscow",
        "amerikanischer": "US", "US-amerikanischer": "US", "US-Ostküsten": "America/New_York",
        "Ostküsten": "America/New_York", "Westküsten": "America/Los_Angeles", "saudischer": "SA",
        "koreanischer": "KR", "indischer": "IN", "Greenwich": "Etc/GMT", "koordinierter Weltzeit": "Etc/UTC",
        "Weltzeit": "Etc/UTC",
    },
    zone_declarations=(
        r"(?:alle\s+)?(?:Zeitangaben|Uhrzeiten|Zeiten)\s+(?:sind\s+)?(?:in\s+|nach\s+)?",
    ),
    cue_sharing_connectors=(r"bis", r"und", r"oder", r"zwischen", r"von", r"dann"),
    zone_adjective_endings=(("er", ""), ("er", "e"), ("aer", "a"), ("ener", "en")),
    place_kind_words={"Stadt": "city", "Hauptstadt": "city", "Land": "country"},
)
