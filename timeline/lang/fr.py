"""French: lexicon and word order for news copy (France, Belgium, Switzerland, Canada)."""

from timeline.lang.base import Language, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "une demi": 0.5, "demi": 0.5, "un quart d'": 0.25,
    "quelques": 3, "plusieurs": 3, "une dizaine de": 10, "une douzaine d'": 12,
}

LANGUAGE = Language(
    code="fr",
    name="Français",
    script=r"[A-Za-z]",
    clock_leads=(r"à", r"vers", r"dès", r"jusqu['’]à", r"depuis", r"avant", r"après"),
    clock_separators=(":", "h", "H"),
    weak_clock_separators=(".",),
    day_periods={
        "h": "", "heures": "", "h du matin": "morning", "heures du matin": "morning", "h du soir": "evening",
        "heures du soir": "evening", "h de l'après-midi": "afternoon", "heures de l'après-midi": "afternoon",
        "du matin": "morning", "de l'après-midi": "afternoon",
        "de l’après-midi": "afternoon", "du soir": "evening", "de la nuit": "night",
        "ce matin": "morning", "ce soir": "evening", "cet après-midi": "afternoon",
    },
    local_time_phrases=(
        r"(?:à\s+l['’]\s*)?heure\s+locale", r"\(\s*heure\s+locale\s*\)", r"locales?",
        r"\(\s*locales?\s*\)",
    ),
    zone_templates=(
        r"à\s+{zone}",  # "14h00 à Paris": the clock of the place named with the time
        r"(?:à\s+l['’]\s*)?heure\s+(?:de\s+|d['’]\s*|du\s+|des\s+)?{zone}",
    ),
    zone_slot_word=r"[^\W\d_][\w'’.-]*",
    zone_words=(),
    offset_leads=("UTC", "GMT", "TU"),
    equivalence_connectors=(
        "c'est-à-dire", "c’est-à-dire", "soit", "soit à", "ce qui correspond à", "ce qui fait",
        "c'est-à-dire à", "=",
    ),
    weak_equivalence_connectors=("ou", "-", "/", ",", "et", "|"),
    order_words={"après": "after", "avant": "before", "plus tard": "after", "plus tôt": "before"},
    number_words=_NUMBER_WORDS,
    fraction_words={"et demie": 0.5, "et demi": 0.5, "et quart": 0.25, "½": 0.5},
    duration_units={
        "seconde": (_SECOND, 1), "secondes": (_SECOND, 0), "minute": (_MINUTE, 1), "minutes": (_MINUTE, 0),
        "min": (_MINUTE, 0), "heure": (_HOUR, 1), "heures": (_HOUR, 0), "jour": (_DAY, 1), "jours": (_DAY, 0),
        "semaine": (7 * _DAY, 1), "semaines": (7 * _DAY, 0), "mois": (30 * _DAY, 0), "an": (365 * _DAY, 1),
        "ans": (365 * _DAY, 0), "année": (365 * _DAY, 1), "années": (365 * _DAY, 0),
    },
    duration_leads=(r"pendant", r"durant", r"a\s+duré", r"ont\s+duré", r"duré", r"en", r"depuis", r"pour"),
    approximate_words=("environ", "près de", "presque", "quelque", "plus de", "moins de", "à peu près"),
    relative_days={
        "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
        "après-demain": 2, "ce soir": 0, "cette nuit": 0,
    },
    weekdays=cldr_weekdays("fr", abbreviated=False),
    months=cldr_months("fr"),
    numeric_date_order="dmy",
    non_final_abbreviations=("M.", "Mme.", "av.", "env.", "etc.", "p.", "St.", "Ste."),
    stopwords=frozenset(
        """le la les l' un une des du de d' et ou mais donc or ni car à au aux en dans par pour sur
        sous avec sans chez entre vers contre est sont était étaient a ont avait été être ce cet cette
        ces son sa ses leur leurs il elle ils elles on nous vous je qui que quoi dont où ne pas plus
        se s' y lui heure heures locale minutes minute aujourd'hui hier demain lundi mardi mercredi
        jeudi vendredi samedi dimanche selon après avant aussi déjà très""".split()
    ),
    event_nouns=frozenset(
        """réunion sommet entretien entretiens discussions pourparlers conférence séance session
        discours visite vote scrutin élection élections match attaque attentat explosion séisme
        tremblement lancement cérémonie funérailles manifestation procès audience vol grève
        négociations débat concert course tempête appel annonce déclaration frappe incendie
        accident rencontre""".split()
    ),
    not_places=frozenset({
        "Le", "La", "Les", "Des", "Du", "De", "Et", "En", "Au", "Aux", "Un", "Une", "Il", "Elle", "Mais",
        "Nice", "Président", "Premier", "Ministre", "Élysée", "Matignon", "Assemblée", "Sénat", "Heure",
        "Selon", "Mars", "Mai", "Juin", "Août",
    }),
    place_prepositions=("à", "au", "aux", "en", "de", "depuis", "près de", "vers", "dans"),
    places_capitalised=True,
    function_words=frozenset(
        """le la les des du de et est une un dans pour sur au aux qui que été par avec il elle ont
        sont à ce cette ses son leur pas ne plus selon mais où""".split()
    ),
    zone_adjectives={
        "française": "FR", "français": "FR", "belge": "BE", "suisse": "CH",
        "allemande": "DE", "britannique": "GB", "anglaise": "GB", "espagnole": "Europe/Madrid",
        "italienne": "IT", "russe": "Europe/Moscow", "moscovite": "Europe/Moscow",
        "saoudienne": "SA", "La Mecque": "Asia/Riyadh",
        "israélienne": "IL", "libanaise": "LB", "égyptienne": "EG", "turque": "TR", "iranienne": "IR",
        "ukrainienne": "Europe/Kyiv", "japonaise": "JP", "chinoise": "Asia/Shanghai",
        "indienne": "IN", "algérienne": "DZ", "marocaine": "MA", "tunisienne": "TN",
        "américaine": "US", "canadienne": "CA", "québécoise": "America/Toronto", "Québec": "America/Toronto",
        "l'Est": "America/New_York", "l’Est": "America/New_York", "Golfe": "Asia/Dubai",
        "Greenwich": "Etc/GMT", "universelle": "Etc/UTC", "métropolitaine": "Europe/Paris",
        "hexagonale": "Europe/Paris",
    },
    zone_declarations=(
        r"(?:toutes\s+les\s+|les\s+)?heures\s+(?:sont\s+)?(?:indiquées|données|exprimées)\s+(?:en\s+|à\s+)?",
        r"horaires\s+(?:indiqués\s+)?(?:en\s+)?",
    ),
    cue_sharing_connectors=(r"à", r"et", r"jusqu['’]à", r"ou", r"puis", r"de", r"entre"),
    place_kind_words={"ville": "city", "capitale": "city", "la ville de": "city", "pays": "country"},
)
