"""Spanish: lexicon and word order for news copy (Spain and the Americas)."""

from timeline.lang.base import Language, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

_NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100, "media": 0.5, "medio": 0.5,
    "varias": 3, "varios": 3, "unas": 3, "unos": 3,
}

LANGUAGE = Language(
    code="es",
    name="Español",
    script=r"[A-Za-z]",
    clock_leads=(r"(?:desde|hasta|hacia|sobre|pasadas|antes\s+de|después\s+de)?\s*(?:a\s+)?las?",),
    clock_separators=(":",),
    weak_clock_separators=(".",),
    day_periods={
        "horas": "", "h": "", "hs": "", "hrs": "", "de la mañana": "morning", "de la madrugada": "am",
        "del mediodía": "noon", "de la tarde": "afternoon", "de la noche": "evening",
        "a. m.": "am", "p. m.": "pm", "a.m.": "am", "p.m.": "pm",
    },
    local_time_phrases=(
        r"\(\s*hora\s+local\s*\)", r"(?:en\s+)?hora\s+local", r"horario\s+local", r"tiempo\s+local",
        r"\(\s*local\s*\)",
    ),
    zone_templates=(
        r"en\s+{zone}",  # "las 14:00 en Madrid": the clock of the place named with the time
        r"(?:en\s+)?(?:hora|horario)\s+(?:de\s+|del\s+)?{zone}",
        r"(?:del|de)\s+{zone}",  # "a las 12:14 horas del centro de México", "21.00 horas de Madrid"
    ),
    zone_slot_word=r"[^\W\d_][\w'’.-]*",
    zone_words=(),
    offset_leads=("UTC", "GMT"),
    equivalence_connectors=("es decir", "o sea", "esto es", "lo que equivale a", "equivalente a", "="),
    weak_equivalence_connectors=("o", "-", "/", ",", "y", "|"),
    order_words={"después": "after", "antes": "before", "tras": "after", "más tarde": "after"},
    number_words=_NUMBER_WORDS,
    fraction_words={"y media": 0.5, "y cuarto": 0.25, "½": 0.5},
    duration_units={
        "segundo": (_SECOND, 1), "segundos": (_SECOND, 0), "minuto": (_MINUTE, 1), "minutos": (_MINUTE, 0),
        "hora": (_HOUR, 1), "horas": (_HOUR, 0), "día": (_DAY, 1), "días": (_DAY, 0),
        "semana": (7 * _DAY, 1), "semanas": (7 * _DAY, 0), "mes": (30 * _DAY, 1), "meses": (30 * _DAY, 0),
        "año": (365 * _DAY, 1), "años": (365 * _DAY, 0),
    },
    duration_leads=(r"durante", r"duró", r"duraron", r"por", r"en", r"tras"),
    approximate_words=("unos", "unas", "casi", "cerca de", "alrededor de", "más de", "menos de", "aproximadamente"),
    relative_days={"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2, "esta noche": 0},
    weekdays=cldr_weekdays("es", abbreviated=False),
    months=cldr_months("es"),
    numeric_date_order="dmy",
    non_final_abbreviations=("Sr.", "Sra.", "Dr.", "Dra.", "EE.UU.", "a. m.", "p. m.", "a.m.", "p.m.", "etc."),
    stopwords=frozenset(
        """el la los las lo un una unos unas de del y o pero que en por para con sin sobre entre hasta
        desde es son fue fueron era ha han había se su sus al como más ya muy este esta estos estas
        ese esa él ella ellos hora horas local hoy ayer mañana lunes martes miércoles jueves viernes
        sábado domingo según tras""".split()
    ),
    event_nouns=frozenset(
        """reunión cumbre encuentro conversaciones conferencia sesión discurso visita votación
        elección elecciones partido ataque atentado explosión terremoto sismo lanzamiento ceremonia
        funeral manifestación protesta juicio audiencia vuelo huelga negociaciones debate concierto
        carrera tormenta llamada anuncio declaración bombardeo incendio accidente""".split()
    ),
    not_places=frozenset({
        "El", "La", "Los", "Las", "Un", "Una", "De", "Del", "Y", "En", "Por", "Para", "Con", "Según",
        "Presidente", "Gobierno", "Congreso", "Senado", "Mayo", "Marzo", "Hora", "Moncloa",
    }),
    place_prepositions=("en", "de", "desde", "hacia", "cerca de"),
    places_capitalised=True,
    function_words=frozenset(
        """el la los las de del y en que por con una un para es fue se al su como sus más según este
        esta pero""".split()
    ),
    zone_adjectives={
        "peninsular": "Europe/Madrid", "española": "Europe/Madrid", "canaria": "Atlantic/Canary",
        "Canarias": "Atlantic/Canary", "insular canaria": "Atlantic/Canary", "argentina": "AR",
        "chilena": "America/Santiago", "colombiana": "CO", "peruana": "PE", "venezolana": "VE",
        "mexicana": "America/Mexico_City", "del centro de México": "America/Mexico_City",
        "centro de México": "America/Mexico_City", "centro": "America/Mexico_City", "cubana": "CU", "francesa": "FR", "británica": "GB",
        "alemana": "DE", "italiana": "IT", "rusa": "Europe/Moscow", "moscovita": "Europe/Moscow",
        "saudí": "SA", "La Meca": "Asia/Riyadh", "china": "Asia/Shanghai", "japonesa": "JP",
        "estadounidense": "US", "del Este": "America/New_York", "Este": "America/New_York",
        "Greenwich": "Etc/GMT", "universal": "Etc/UTC", "universal coordinada": "Etc/UTC",
    },
    zone_declarations=(
        r"(?:todas\s+las\s+|las\s+)?horas\s+(?:son\s+|están\s+|se\s+indican\s+)?(?:en\s+)?",
        r"horarios?\s+(?:en\s+)?",
    ),
    cue_sharing_connectors=(r"a", r"y", r"hasta", r"o", r"las", r"la", r"entre", r"de", r"del"),
    place_kind_words={"ciudad": "city", "capital": "city", "la ciudad de": "city", "país": "country"},
)
