"""French: lexicon and word order for news copy (France, Belgium, Switzerland, Canada, the
Maghreb and West African press): "mercredi 16 juin 2021", "le 1er mars", "13h35", "13 h 35",
"à 20 heures, heure de Moscou", "hier soir", "la semaine dernière", "il y a deux jours",
"une trentaine de minutes", "de 9 h à 11 h".

Month and weekday names come from CLDR; the forms typed without accents ("fevrier",
"aout", "decembre") are added, since wires and web copy drop them. Matching ignores case.
"""

from timeline.lang.base import Language, PhraseRule, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_NUMBER_WORDS: dict[str, float] = {**_UNITS, **_TENS, "cent": 100, "zéro": 0}
for _tens_word, _tens in _TENS.items():
    _NUMBER_WORDS[f"{_tens_word} et un"] = _tens + 1
    _NUMBER_WORDS[f"{_tens_word} et une"] = _tens + 1
    for _unit_word, _unit in _UNITS.items():
        if 2 <= _unit <= 9:
            _NUMBER_WORDS[f"{_tens_word}-{_unit_word}"] = _tens + _unit
_NUMBER_WORDS.update({"soixante-dix": 70, "soixante et onze": 71, "quatre-vingts": 80, "quatre-vingt": 80,
                      "quatre-vingt-dix": 90,
                      # Belgian and Swiss French.
                      "septante": 70, "huitante": 80, "octante": 80, "nonante": 90})
_NUMBER_WORDS.update({
    "une demi": 0.5, "demi": 0.5, "un quart d'": 0.25, "quelques": 3, "plusieurs": 3,
    # "plus d'une heure", "près d'un an": the elided article after an approximation.
    "d'une": 1, "d'un": 1, "d’une": 1, "d’un": 1,
    # "une trentaine de minutes": the approximate tens, read by the phrase rule below.
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
})

# Event nouns → a concept shared with the other languages' tables ("sommet" here, "summit"
# in English, "قمة" in Arabic), so that reports in different languages can be matched.
_EVENT_CONCEPTS = {
    "réunion": "meeting", "entretien": "meeting", "entretiens": "meeting", "discussions": "meeting",
    "pourparlers": "meeting", "négociations": "meeting", "séance": "meeting", "session": "meeting",
    "rencontre": "meeting", "sommet": "summit", "conférence": "press-conference", "point presse": "press-conference",
    "discours": "speech", "allocution": "speech", "intervention": "speech", "visite": "visit", "vote": "vote",
    "scrutin": "vote", "élection": "election", "élections": "election", "match": "match", "rencontre sportive": "match",
    "attaque": "attack", "attentat": "attack", "frappe": "attack", "frappes": "attack", "explosion": "explosion",
    "séisme": "earthquake", "tremblement": "earthquake", "lancement": "launch", "décollage": "launch",
    "cérémonie": "ceremony", "funérailles": "funeral", "obsèques": "funeral", "manifestation": "protest",
    "rassemblement": "protest", "procès": "trial", "audience": "trial", "vol": "flight", "grève": "strike",
    "débat": "debate", "concert": "concert", "festival": "festival", "course": "race", "tempête": "storm",
    "appel": "call", "annonce": "announcement", "déclaration": "statement", "communiqué": "statement",
    "incendie": "fire", "fusillade": "shooting", "accident": "crash", "crash": "crash",
    "dialogue": "meeting", "consultations": "meeting", "tête-à-tête": "meeting",
    "entrevue": "meeting", "interview": "interview", "voyage": "visit", "déplacement": "visit",
    "atterrissage": "landing", "évacuation": "evacuation", "réplique": "aftershock",
    "manœuvres": "exercise", "investiture": "ceremony", "bombardement": "attack", "tir": "launch",
}


def _plural(noun: str) -> str:
    """"réunion" → "réunions"; "discours", "procès" stay as they are."""
    if noun[-1] in "sxz" or " " in noun:
        return noun
    if noun.endswith("eu") or noun.endswith("au"):
        return noun + "x"
    return noun + "s"


# A text names the events in the plural as often ("les frappes", "après les entretiens").
_EVENT_CONCEPTS.update({_plural(noun): concept for noun, concept in list(_EVENT_CONCEPTS.items())})

_MONTHS = {
    **cldr_months("fr"),
    # As typed without accents; "sept" alone is the number seven, so CLDR's abbreviation
    # is read only in dates ("16 sept. 2021") where a number cannot stand.
    "fevrier": 2, "aout": 8, "decembre": 12, "fév": 2, "fev": 2, "déc": 12, "dec": 12,
}
_WEEKDAYS = cldr_weekdays("fr", abbreviated=False)
# Full month names only: phrases that read a month alone ("en juin", "fin mars") must not
# take "sept" (seven) or "mars" the planet after a number.
_FULL_MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
                r"d[ée]cembre")
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_NOT_A_COUNT = r"(?![\d,.]\d|\s*(?:%|pour\s*cent|euros?|dollars?|€|\$|personnes|habitants|morts|km|mètres|tonnes))"

_CALENDAR_UNITS = {
    "jour": "day", "jours": "day", "journée": "day", "semaine": "week", "semaines": "week", "week-end": "weekend",
    "weekend": "weekend", "mois": "month", "trimestre": "quarter", "trimestres": "quarter", "semestre": "half",
    "an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year", "décennie": "decade",
    "décennies": "decade", "siècle": "century", "heure": "hour", "heures": "hour", "minute": "minute",
    "minutes": "minute", "seconde": "second", "secondes": "second",
}
_RELATIVE_WORDS = {
    "dernier": -1, "dernière": -1, "derniere": -1, "passé": -1, "passée": -1, "passe": -1, "passee": -1,
    "précédent": -1, "précédente": -1, "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1,
    "ce": 0, "cet": 0, "cette": 0, "en cours": 0,
}
_ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
}
_SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}

# Parts of a day as French writes them after a day ("mardi soir", "hier en fin de matinée")
# or before one ("dans la nuit de samedi", "la soirée d'hier").
_DAY_PARTS = {
    "morning": r"(?:en\s+(?:début\s+de\s+|fin\s+de\s+)?|dans\s+la\s+)?(?:matin|matinée|matinee)",
    "afternoon": r"(?:en\s+(?:début\s+d['’]\s*|fin\s+d['’]\s*)?|dans\s+l['’]\s*)?apr[eè]s-midi",
    "evening": r"(?:en\s+(?:début\s+de\s+|fin\s+de\s+)?|dans\s+la\s+)?(?:soir|soirée|soiree)",
    "night": r"(?:dans\s+la\s+|en\s+fin\s+de\s+|en\s+début\s+de\s+)?nuit",
}
_PART_NOUNS = {
    "morning": r"(?:matin|matinée|matinee)", "afternoon": r"apr[eè]s-midi", "evening": r"(?:soirée|soiree|soir)",
    "night": r"nuit",
}
_DATE, _DURATION, _SET, _TIME = {"kind": "date"}, {"kind": "duration"}, {"kind": "set"}, {"kind": "time"}
_EDGES = (("START", r"début|debut|courant\s+de|au\s+début\s+de"), ("MID", r"mi-|mi\s+"),
          ("END", r"fin|à\s+la\s+fin\s+de"))


def _rule(pattern: str, name: str, kind: dict, case_sensitive: bool = False, **fields) -> PhraseRule:
    return PhraseRule(pattern, {**kind, **fields}, name, case_sensitive)


_PHRASES = (
    # Vague references.
    _rule(r"récemment|recemment|dernièrement|ces\s+derniers\s+temps", "ref-past", _DATE, ref="PAST"),
    _rule(r"actuellement|à\s+l['’]\s*heure\s+actuelle|à\s+présent|en\s+ce\s+moment", "ref-present", _DATE,
          ref="PRESENT"),
    _rule(r"à\s+l['’]\s*avenir|prochainement|dans\s+un\s+avenir\s+(?:proche|prévisible)", "ref-future", _DATE,
          ref="FUTURE"),
    _rule(r"il\s+y\s+a\s+(?:quelques|plusieurs)\s+(?:jours|semaines|mois|années|ans)", "vague-ago", _DATE,
          ref="PAST"),
    # Spans around the reference: "ces dernières années" (PAST_REF, as TimeML reads "recent
    # years"), "les prochains jours" (a length with no count), "les trois derniers mois".
    _rule(r"(?:ces|les|des)\s+(?:dernières|derniers|dernieres)\s+(?:années|annees|mois|semaines|jours|décennies|temps)",
          "ref-recent", _DATE, ref="PAST"),
    # Hours and minutes as one length: "a duré 2 heures et 30 minutes", "une heure et vingt minutes".
    # After a clock lead ("à 10 heures et 30 minutes") it is a clock time.
    _rule(r"(?<!\bà\s)(?<!\bvers\s)(?<!\bdès\s)(?P<hour>\d{1,3}|{number})\s+(?:heure|heures|h)\s+et\s+"
          r"(?P<minute>[0-5]?\d|{number})\s+(?:minute|minutes|min)\b", "hours-minutes", _DURATION),
    _rule(r"(?:(?:les|des|ces)\s+)(?P<num>{number})\s+(?:derniers|dernières|dernieres|prochains|prochaines)\s+"
          r"(?P<unit>heures|jours|semaines|mois|années|ans)", "duration-span", _DURATION),
    _rule(r"(?:(?:les|des|ces)\s+)(?:prochains|prochaines)\s+(?P<unit>heures|jours|semaines|mois|années)",
          "coming-units", _DURATION),
    # The start, middle or end of the current year, month or week: "en fin d'année",
    # "à la fin de la semaine", "en début de mois".
    *(_rule(r"(?:(?:à\s+la|en|dès\s+la|d['’]\s*ici\s+la)\s+)?(?:" + words
            + r")\s+(?:de\s+l['’]\s*|d['’]\s*|de\s+la\s+|du\s+|de\s+)(?P<unit>année|annee|an|mois|semaine)"
            r"(?!\s+(?:dernière|derniere|prochaine|prochain|dernier|passée|passé|\d))",
            f"period-{mod.lower()}", _DATE, offset=0, modifier=mod)
      for mod, words in (("START", r"début|debut"), ("MID", r"milieu|mi"), ("END", r"fin"))),
    # Relative periods: "la semaine dernière", "l'an prochain", "le mois passé".
    _rule(r"(?:(?:la|le)\s+|l['’]\s*)?(?P<unit>semaine|mois|année|annee|an|trimestre|semestre|week-end|weekend|"
          r"décennie)\s+(?P<rel>dernier|dernière|derniere|passé|passée|passe|passee|prochain|prochaine)",
          "relative-period", _DATE),
    _rule(r"(?:(?:la|le)\s+|l['’]\s*)?(?P<unit>semaine|mois|année|an|trimestre|week-end)\s+(?P<rel>précédent|"
          r"précédente|suivant|suivante)", "sequel-period", _DATE, anchored=True),
    _rule(r"(?P<rel>cette|ce|cet)\s+(?P<unit>semaine|mois|année|annee|an|trimestre|semestre|week-end|weekend)"
          r"(?:-ci)?(?!-là)", "this-period", _DATE),
    _rule(r"(?:l['’]\s*|la\s+|le\s+)(?P<unit>année|annee|semaine|mois|trimestre)\s+(?P<rel>en\s+cours)",
          "current-period", _DATE),
    # "ce vendredi": the one of the reference's week.
    _rule(r"(?P<rel>ce)\s+(?P<weekday>{weekday})(?!\s+(?:soir|matin|apr[eè]s-midi|dernier|prochain)\b)",
          "this-weekday", _DATE),
    # "a duré 1 h 45", "pendant 2 h 30": a length written like a clock reading.
    _rule(r"(?:(?<=\bdure\s)|(?<=\bduré\s)|(?<=\bpendant\s)|(?<=\bdurant\s)|(?<=\bdurée\sde\s)|(?<=\ben\s)|"
          r"(?<=\bplus\sde\s)|(?<=\bmoins\sde\s)|(?<=\bprès\sde\s)|(?<=\bbout\sde\s)|(?<=\bduront\s)|"
          r"(?<=\bdurera\s))(?P<hour>\d{1,2})\s?[hH]\s?(?P<minute>[0-5]\d)(?!\s*(?:du\s|de\s+l|heure|GMT|UTC|\())",
          "clock-like-length", _DURATION),
    # "lundi dernier", "mardi prochain".
    _rule(r"(?P<weekday>{weekday})\s+(?P<rel>dernier|passé|prochain)", "relative-weekday", _DATE),
    _rule(r"(?:l['’]\s*|le\s+|cet\s+|ce\s+)?(?P<season>{season})\s+(?P<rel>dernier|passé|prochain)",
          "relative-season", _DATE),
    _rule(r"(?P<rel>cet|ce)\s+(?P<season>printemps|été|ete|automne|hiver)", "this-season", _DATE),
    _rule(r"(?:(?:au|à\s+l['’]|en|l['’]|le)\s*)?(?P<season>printemps|été|automne|hiver)\s+(?P<year>1[6-9]\d\d|20\d\d)",
          "season-year", _DATE),
    # Counted from the reference date: "il y a deux jours", "dans trois semaines".
    _rule(r"il\s+y\s+a\s+(?:(?:environ|près\s+de|plus\s+de|moins\s+de|presque|plus|moins|près)\s+)?(?:une\s+)?"
          r"(?P<num>{number})\s+"
          r"(?:d['’e]\s*)?(?P<unit>jours?|semaines?|mois|ans?|années?)", "ago", _DATE, sign=-1),
    _rule(r"dans\s+(?:(?:environ|près\s+de|moins\s+de)\s+)?(?:une\s+)?(?P<num>{number})\s+(?:d['’e]\s*)?"
          r"(?P<unit>jours?|semaines?|mois|ans?|années?)", "later", _DATE, sign=1),
    # Days and parts of days: "hier soir", "demain matin", "ce matin", "la nuit dernière".
    *(_rule(r"hier\s+" + words, f"yesterday-{period}", _DATE, relative_days=-1, day_period=period)
      for period, words in _DAY_PARTS.items()),
    *(_rule(r"demain\s+" + words, f"tomorrow-{period}", _DATE, relative_days=1, day_period=period)
      for period, words in _DAY_PARTS.items()),
    *(_rule(r"(?:dans\s+la\s+|dans\s+l['’]\s*|en\s+|la\s+|l['’]\s*)?" + _PART_NOUNS[period] + r"\s+d['’]\s*hier",
            f"part-of-yesterday-{period}", _DATE, relative_days=-1, day_period=period) for period in _PART_NOUNS),
    *(_rule(r"(?:dans\s+la\s+|dans\s+l['’]\s*|en\s+|la\s+|l['’]\s*)?" + _PART_NOUNS[period]
            + r"\s+d['’]\s*aujourd['’]hui", f"part-of-today-{period}", _DATE, relative_days=0, day_period=period)
      for period in _PART_NOUNS),
    _rule(r"(?:tôt\s+|tard\s+)?ce\s+(?:matin|midi)", "this-morning", _DATE, relative_days=0, day_period="morning"),
    _rule(r"(?:tard\s+)?ce\s+soir", "this-evening", _DATE, relative_days=0, day_period="evening"),
    _rule(r"cet\s+apr[eè]s-midi", "this-afternoon", _DATE, relative_days=0, day_period="afternoon"),
    _rule(r"cette\s+nuit", "tonight", _DATE, relative_days=0, day_period="night"),
    _rule(r"la\s+nuit\s+(?:dernière|derniere|passée)", "last-night", _DATE, relative_days=-1, day_period="night"),
    # A part of the day alone ("dans la soirée", "en fin d'après-midi"): that part of the day
    # named just before it (Parts.anchored), else of the reference day; the night alone is
    # the night before it, as past-tense copy tells it ("Dans la nuit, des tirs…").
    *(_rule(words, f"day-part-{period}", _DATE, relative_days=0, day_period=period, anchored=True)
      for period, words in (
          ("morning", r"(?:dans\s+la|en(?:\s+(?:début|fin)\s+de)?)\s+matinée|à\s+l['’]\s*aube|au\s+petit\s+matin"),
          ("afternoon", r"(?:dans\s+l['’]\s*|en\s+(?:début\s+|fin\s+)?d['’]\s*)apr[eè]s-midi"),
          ("evening", r"(?:dans\s+la|en(?:\s+(?:début|fin)\s+de)?)\s+soirée|en\s+fin\s+de\s+journée"))),
    _rule(r"(?:dans|pendant|durant)\s+la\s+nuit(?!\s+(?:de|du|d['’]|dernière|derniere|passée)\b)", "day-part-night",
          _DATE, relative_days=-1, day_period="night", anchored=True),
    # "mardi soir", "vendredi en fin de matinée", "dans la nuit de samedi à dimanche".
    *(_rule(r"(?P<weekday>{weekday})\s+" + words, f"weekday-{period}", _DATE, day_period=period)
      for period, words in _DAY_PARTS.items()),
    *(_rule(r"(?:dans\s+la\s+|dans\s+l['’]\s*|en\s+|la\s+|l['’]\s*)?" + _PART_NOUNS[period]
            + r"\s+(?:de|du)\s+(?P<weekday>{weekday})(?:\s+(?:à|au)\s+{weekday})?", f"part-of-weekday-{period}",
            _DATE, day_period=period) for period in _PART_NOUNS),
    # Months alone after a preposition ("en juin", "depuis mars"), with an edge ("fin juin",
    # "mi-juillet", "début mars 2022"); years alone after one ("en 2020", "depuis 2015").
    _rule(r"(?:(?<=\ben\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bjusqu'en\s)|(?<=\bjusqu’en\s)|(?<=\bmois\sde\s)|"
          r"(?<=\bmois\sd'))(?P<month>" + _FULL_MONTHS + r")(?!\s+\d)", "month-alone", _DATE),
    *(_rule(r"(?:" + words + r")\s*(?P<month>" + _FULL_MONTHS + r")(?:\s+" + _YEAR + r")?", f"month-{mod.lower()}",
            _DATE, modifier=mod) for mod, words in _EDGES),
    *(_rule(r"(?:" + words + r")\s*" + _YEAR + _NOT_A_COUNT, f"year-{mod.lower()}", _DATE, modifier=mod)
      for mod, words in _EDGES),
    _rule(r"(?:(?<=\ben\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bjusqu'en\s)|(?<=\bjusqu’en\s)|(?<=\bavant\s)|"
          r"(?<=\baprès\s)|(?<=\bd'ici\s)|(?<=\bd’ici\s)|(?<=\bl'année\s)|(?<=\bl’année\s)|(?<=\bl'an\s)|"
          r"(?<=\bl’an\s))" + _YEAR + _NOT_A_COUNT, "year-alone", _DATE),
    # Quarters, halves, decades.
    _rule(r"(?:le\s+|au\s+|du\s+)?(?P<ordinal>{ordinal})\s+trimestre(?:\s+(?:de\s+|d['’]\s*)?(?:l['’]\s*année\s+)?"
          + _YEAR + r")?", "quarter", _DATE, ordinal_is="quarter"),
    _rule(r"(?:le\s+|au\s+|du\s+)?(?P<ordinal>premier|1er|second|deuxième|2e)\s+semestre(?:\s+(?:de\s+)?" + _YEAR
          + r")?", "half", _DATE, ordinal_is="half"),
    _rule(r"(?:les\s+|des\s+)?années\s+(?P<decade>1[0-9]\d0|20\d0|[1-9]0)(?!\d)", "decade", _DATE),
    # Approximate counts: "une trentaine de minutes", "une dizaine de jours".
    _rule(r"(?:une\s+)?(?P<num>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|"
          r"cinquantaine|soixantaine|centaine)\s+d['’e]\s*(?P<unit>secondes|minutes|heures|jours|semaines|mois|"
          r"années|ans)", "approximate-count", _DURATION, approximate=True, modifier="APPROX"),
    # "3 heures de négociations": a number of hours followed by what they were spent on is
    # a duration, not the clock time "3 heures" would be after "à".
    _rule(r"(?P<num>\d{1,3}(?:[.,]\d)?)\s*(?P<unit>heures|minutes)(?=\s+d(?:e\s+|['’]\s*)(?!l['’]\s*apr|la\s+(?:nuit|"
          r"matinée|soirée))[^\W\d_])", "hours-of", _DURATION),
    # Sets.
    _rule(r"(?:chaque\s+jour|tous\s+les\s+jours|quotidiennement)", "daily", _SET, duration_unit="D",
          duration_count=1.0),
    _rule(r"(?:chaque\s+semaine|toutes\s+les\s+semaines)", "weekly", _SET, duration_unit="W", duration_count=1.0),
    _rule(r"(?:chaque\s+mois|tous\s+les\s+mois)", "monthly", _SET, duration_unit="M", duration_count=1.0),
    _rule(r"(?:chaque\s+année|tous\s+les\s+ans|chaque\s+an)", "annually", _SET, duration_unit="Y",
          duration_count=1.0),
    _rule(r"(?:chaque|tous\s+les)\s+(?P<weekday>lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?)",
          "every-weekday", _SET),
    # A range's first day, which takes its month and year from the end: "du 1er au 15 juillet",
    # "entre le 3 et le 5 mai 2022".
    _rule(r"(?:(?<=\bdu\s)|(?<=\bentre\sle\s)|(?<=\bdepuis\sle\s)|(?<=\bles\s))(?P<day>[12]\d|3[01]|0?[1-9])(?:er)?"
          r"(?=\s*(?:au|et(?:\s+le)?|jusqu['’]au|-)\s*(?:[12]\d|3[01]|0?[1-9])\s+(?P<month>" + _FULL_MONTHS + r")"
          r"(?:\s+" + _YEAR + r")?)", "range-first-day", _DATE),
    # A day and month in digits with no year ("le 15/07", "le 15.07", "du 15/07 au 20/07"): the year is
    # read like any day and month said without one. The article keeps scores out, and a
    # complement fractions ("le 3/4 des élèves"); a third number ("15/07/2021") is the full numeric date.
    _rule(r"(?:(?<=\ble\s)|(?<=\bdu\s)|(?<=\bau\s))(?P<day>[12]\d|3[01]|0?[1-9])(?:/|\.(?=[01]\d))(?P<month>0?[1-9]|1[0-2])(?![/.,]?\d|\s*(?:%|points?\b|euros?\b|dollars?\b|pour\s+cent)|\s+(?:des|du|d['’]))",
          "day-month-digits", _DATE),
    # Range starts that are times only because of their end: "de 9 à 11 heures", "entre 14 et 16 h".
    _rule(r"(?:(?<=\bde\s)|(?<=\bentre\s))(?P<hour>[01]?\d|2[0-3])(?=\s*(?:à|et|-)\s*\d{1,2}\s*(?:h\b|H\b|heures\b))",
          "range-start-hour", _TIME, minute=0),
)

LANGUAGE = Language(
    code="fr",
    name="Français",
    script=r"[A-Za-z]",
    digits_on_24_hour_clock=True,
    # A lead makes a number a clock time only when "h" or "heures" follows: "à 20 kilomètres",
    # "condamné à 15 ans" are no times. (At the end of a stretch, for links.py, a lead stands alone.)
    clock_leads=(
        r"(?:à|a|vers|dès|jusqu['’]à|depuis|avant|après|peu\s+avant|peu\s+après|aux\s+alentours\s+de|autour\s+de)"
        r"(?=\s*\d{1,2}\s*(?:[hH:]|\.\d\d(?![\d.,]|\s*(?:%|€|\$|euros?|dollars?|francs?|dirhams?|dinars?|"
        r"points?|mètres?|km))|heures?\b)|\s*$)",
    ),
    clock_separators=(":", "h", "H"),
    weak_clock_separators=(".",),
    day_periods={
        # "1 heure" is one o'clock as well as a length: read as a clock only where a clock reads.
        "h": "", "heures": "", "heure": "", "heure du matin": "morning", "heure de la nuit": "night",
        "h du matin": "morning", "heures du matin": "morning",
        "h du soir": "evening", "heures du soir": "evening", "h de l'après-midi": "afternoon",
        "heures de l'après-midi": "afternoon", "heures de l’après-midi": "afternoon", "du matin": "morning",
        "de l'après-midi": "afternoon", "de l’après-midi": "afternoon", "du soir": "evening", "de la nuit": "night",
        "heures de la nuit": "night", "h de la nuit": "night",
        "ce matin": "morning", "ce soir": "evening", "cet après-midi": "afternoon",
    },
    # "1 heure" is as often a length as one o'clock: the clock's only after a lead ("à 1 heure")
    # or with the clock it is read on ("(1 heure mercredi à Paris)").
    weak_day_periods=frozenset({"heure"}),
    local_time_phrases=(
        r"(?:à\s+l['’]\s*)?heure\s+locale", r"\(\s*heure\s+locale\s*\)", r"locales?",
        r"\(\s*locales?\s*\)", r"\(\s*HL\s*\)",
    ),
    zone_templates=(
        r"à\s+{zone}",  # "14h00 à Paris": the clock of the place named with the time
        r"(?:en|au|aux)\s+{zone}",  # "(21 heures en France)", "(18 heures au Québec)"
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
    comma_restatement_words=("ou", "soit"),
    order_words={"après": "after", "avant": "before", "plus tard": "after", "plus tôt": "before"},
    number_words=_NUMBER_WORDS,
    fraction_words={"et demie": 0.5, "et demi": 0.5, "et quart": 0.25, "½": 0.5, "trois quarts": 0.75},
    # Singular units carry no implied count: French says "une heure", and "en heure de Paris"
    # or "par heure" are no durations.
    duration_units={
        "seconde": (_SECOND, 0), "secondes": (_SECOND, 0), "minute": (_MINUTE, 0), "minutes": (_MINUTE, 0),
        "min": (_MINUTE, 0), "heure": (_HOUR, 0), "heures": (_HOUR, 0), "jour": (_DAY, 0), "jours": (_DAY, 0),
        "journée": (_DAY, 0), "journées": (_DAY, 0),
        "semaine": (7 * _DAY, 0), "semaines": (7 * _DAY, 0), "mois": (30 * _DAY, 0), "an": (365 * _DAY, 0),
        "ans": (365 * _DAY, 0), "année": (365 * _DAY, 0), "années": (365 * _DAY, 0),
    },
    duration_leads=(r"pendant", r"durant", r"a\s+duré", r"ont\s+duré", r"duré", r"en", r"depuis", r"pour",
                    r"au\s+bout\s+d['’e]", r"d['’]\s*une\s+durée\s+d['’e]"),
    # "plus", "moins", "près" stand alone before an elided count ("plus d'une heure").
    approximate_words=("environ", "près de", "presque", "quelque", "plus de", "moins de", "à peu près",
                       "au moins", "pas moins de", "quasiment", "plus", "moins", "près"),
    bounding_words={"plus de": "MORE_THAN", "plus": "MORE_THAN", "moins de": "LESS_THAN",
                    "moins": "LESS_THAN", "au moins": "EQUAL_OR_MORE", "pas moins de": "EQUAL_OR_MORE"},
    vague_counts=("quelques", "plusieurs"),
    relative_days={
        "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
        "après-demain": 2, "apres-demain": 2,
    },
    weekdays=_WEEKDAYS,
    months=_MONTHS,
    numeric_date_order="dmy",
    # "le 1er mars", "le premier juillet".
    ordinal_days={"1er": 1, "premier": 1, "1ᵉʳ": 1},
    direction_words={"dernier": -1, "passé": -1, "prochain": 1},
    future_cues=(
        r"sera", r"seront", r"aura", r"auront", r"fera", r"feront", r"ira", r"iront", r"devra", r"devront",
        r"pourra", r"pourront", r"va", r"vont", r"doit", r"doivent", r"devrait", r"devraient",
        r"prévu(?:e|s|es)?", r"programmé(?:e|s|es)?", r"attendu(?:e|s|es)?", r"prochain(?:e|s|es)?",
        r"à\s+venir", r"jusqu['’]à", r"[^\W\d_]{2,}(?:era|eront|ira|iront|dra|dront)",
        # recevoir/suivre/vivre (-vra), voir/envoyer/courir (-rra), savoir: "recevra", "poursuivra", "verra".
        r"[^\W\d_]{2,}(?:vra|vront|rra|rront)", r"saura", r"sauront",
        # News copy announces scheduled events in the present: "le vote commence mercredi".
        r"commencen?t?", r"débuten?t?", r"s['’]ouvren?t?", r"a\s+lieu", r"ont\s+lieu", r"se\s+tien(?:t|nent)",
        r"se\s+réunit", r"se\s+réunissent", r"entren?t?\s+en\s+vigueur", r"expiren?t?",
    ),
    # Past-tense verbs (passé composé, plus-que-parfait): after a date opening its sentence,
    # one before any future cue tells of the past ("Vendredi, les syndicats ont annoncé qu'ils
    # manifesteront").
    # "le lancement, initialement prévu jeudi": a plan the text has since told was changed.
    future_cue_after_date=True,
    # A span in which something happens or a shift of a schedule, not how long an event lasts:
    # "d'ici trois jours", "reporté de vingt-quatre heures".
    span_leads=("dans", "d'ici", "d’ici", "reporté de", "reportée de", "repoussé de", "repoussée de", "retardé de",
                "retardée de", "avancé de", "avancée de", "décalé de", "décalée de", "un retard de", "avec un retard de"),
    past_plan_cues=(r"initialement", r"d['’]abord", r"primitivement", r"avait\s+été", r"avaient\s+été",
                    r"était", r"étaient"),
    # A pluperfect clause or a relative clause ("le ministre, qui était arrivé mercredi soir") tells
    # background: its day is not the one the story goes on with.
    background_cues=(r"avai(?:t|ent)", r"étai(?:t|ent)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:é|ée|és|ées|u|ue|us|ues)\b",
                     r"qui\s+(?:avait|avaient|était|étaient)"),
    past_verbs=(r"(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\s+sont)\s+(?:\w+\s+)?"
                r"[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|erts)",),
    non_final_abbreviations=("M.", "Mme.", "av.", "env.", "etc.", "p.", "St.", "Ste.", "janv.", "févr.", "avr.",
                             "juil.", "sept.", "oct.", "nov.", "déc."),
    stopwords=frozenset(
        """le la les l' un une des du de d' et ou mais donc or ni car à au aux en dans par pour sur
        sous avec sans chez entre vers contre est sont était étaient a ont avait été être ce cet cette
        ces son sa ses leur leurs il elle ils elles on nous vous je qui que quoi dont où ne pas plus
        se s' y lui heure heures locale minutes minute aujourd'hui hier demain lundi mardi mercredi
        jeudi vendredi samedi dimanche selon après avant aussi déjà très matin soir soirée nuit
        dès depuis jusqu'à environ près puis""".split()
    ),
    event_nouns=frozenset(
        """réunion sommet entretien entretiens discussions pourparlers conférence séance session
        discours visite vote scrutin élection élections match attaque attentat explosion séisme
        tremblement lancement cérémonie funérailles obsèques manifestation procès audience vol grève
        négociations débat concert course tempête appel annonce déclaration frappe frappes incendie
        accident rencontre allocution fusillade décollage rassemblement communiqué""".split()
    ) | frozenset(_EVENT_CONCEPTS),
    event_concepts=_EVENT_CONCEPTS,
    not_places=frozenset({
        "Le", "La", "Les", "Des", "Du", "De", "Et", "En", "Au", "Aux", "Un", "Une", "Il", "Elle", "Mais",
        "Nice", "Président", "Premier", "Ministre", "Élysée", "Matignon", "Assemblée", "Sénat", "Heure",
        "Selon", "Mars", "Mai", "Juin", "Août", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
        "Dimanche", "Hier", "Demain", "Vers", "Dès",
    }),
    place_prepositions=("à", "au", "aux", "en", "de", "depuis", "près de", "vers", "dans"),
    definite_articles=("le", "la", "les", "l'", "l’"),
    # A national team is named by its country ("l'équipe de France", "a battu le Sénégal"): no place.
    not_place_after=frozenset({"équipe de", "équipe du", "sélection de", "sélection du", "battu", "battue", "bat",
                               "battent", "affronte", "affrontent", "affrontera", "affronteront", "éliminé", "éliminée"}),
    travel_destination_phrases=("vol pour", "vol vers", "avion pour", "train pour", "bus pour", "ferry pour",
                                "à destination de", "en direction de", "partis pour", "parti pour", "partie pour",
                                "vol retour vers", "vol retour pour", "retour vers", "rapatriement vers"),
    travel_origin_phrases=("en provenance de", "arrivé de", "arrivée de", "arrivés de", "de retour de"),
    arrival_words=("atterri", "atterrit", "s'est posé", "s'est posée", "arrivé", "arrivée", "arrivés", "arrive"),
    place_back_references=("sur place", "là-bas", "la ville", "la capitale"),
    place_name_abbreviations={"St.": ("Saint",), "Ste.": ("Sainte",)},
    places_capitalised=True,
    distinctive_letters="àâçèêëîïôûùœ",
    function_words=frozenset(
        """le la les des du de et est une un dans pour sur au aux qui que été par avec il elle ont
        sont à ce cette ses son leur pas ne plus selon mais où doit peut après avant vers lors
        aussi encore très heure heures s'est n'est c'est qu'il d'un d'une jusqu'à aujourd'hui
        en ont nous ils elles avait sera""".split()
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
        "hexagonale": "Europe/Paris", "sénégalaise": "SN", "ivoirienne": "CI", "malienne": "ML",
    },
    zone_declarations=(
        r"(?:toutes\s+les\s+|les\s+)?heures\s+(?:sont\s+)?(?:indiquées|données|exprimées)\s+(?:en\s+|à\s+)?",
        r"horaires\s+(?:indiqués\s+)?(?:en\s+)?",
    ),
    conversion_marks=("/",),
    cue_sharing_connectors=(r"à", r"et", r"jusqu['’]à", r"ou", r"puis", r"de", r"entre"),
    home_institution_words=frozenset("armée police gendarmerie pompiers".split()),
    demonyms={**{f"{stem}{end}": cc for stem, cc in (("libanais", "LB"), ("syrien", "SY"), ("libyen", "LY"),
                                                      ("irakien", "IQ"), ("jordanien", "JO"), ("mexicain", "MX"),
                                                      ("canadien", "CA"), ("américain", "US"), ("russe", "RU"),
                                                      ("ukrainien", "UA"), ("espagnol", "ES"), ("grec", "GR"))
                 for end in ("", "e", "s", "es", "ne", "nes")}},
    place_kind_words={"ville": "city", "capitale": "city", "la ville de": "city", "pays": "country"},
    # Relations between mentions and events (reconcile).
    range_openers=("de", "du", "entre", "depuis"),
    range_connectors=("à", "au", "et", "jusqu'à", "jusqu’à", "-"),
    range_connectors_strong=("jusqu'à", "jusqu’à", "-"),
    daily_words=("chaque jour", "tous les jours", "quotidiennement"),
    list_joiners=("et",),
    # "de 5 à 10 ans", "entre deux et trois heures": one duration range.
    duration_range_pairs={"de": ("à",), "entre": ("et",)},
    offset_order_words={"plus tard": "after", "après": "after", "plus tôt": "before", "avant": "before",
                        "auparavant": "before"},
    event_end_phrases=(r"(?:à|a) l['’]issue (?:de la|de l['’]|du|des|de) ?{event}",
                       r"(?:à|a) la fin (?:de la|de l['’]|du|des|de) ?{event}",
                       r"au terme (?:de la|de l['’]|du|des|de) ?{event}",
                       r"(?:à|a) la clôture (?:de la|de l['’]|du|des|de) ?{event}",
                       r"(?:à|a) son issue", r"(?:à|a) leur issue", r"(?:à|a) l['’]issue de celle-ci",
                       r"(?:à|a) l['’]issue de celui-ci"),
    sequel_days={"le lendemain": 1, "lendemain": 1, "le lendemain matin": 1, "le lendemain soir": 1,
                 "le jour suivant": 1, "le surlendemain": 2, "la veille": -1, "la veille au soir": -1,
                 "le jour précédent": -1},
    approximate_time_words=("vers", "environ", "aux alentours de", "autour de", "peu avant", "peu après",
                            "à peu près", "approximativement", "aux environs de", "sur le coup de"),
    phase_words={
        "commencé": "start", "commence": "start", "débuté": "start", "débute": "start", "ouvert": "start",
        "ouvre": "start", "ouverture": "start", "début": "start", "lancé": "start", "démarré": "start",
        "s'est ouvert": "start", "s'est ouverte": "start",
        "terminé": "end", "termine": "end", "achevé": "end", "achève": "end", "fin": "end", "clôturé": "end",
        "clôture": "end", "pris fin": "end", "prend fin": "end", "conclu": "end", "s'est achevé": "end",
        "s'est terminé": "end", "s'est terminée": "end", "s'est achevée": "end",
        # Plurals and the opening and closing of polls, markets, borders.
        "ont commencé": "start", "ont débuté": "start", "ont ouvert": "start", "ouvriront": "start",
        "ouvrent": "start", "commencera": "start", "débutera": "start", "s'ouvrira": "start",
        "se sont ouverts": "start", "se sont ouvertes": "start", "reprend": "start", "reprendront": "start",
        "fermé": "end", "ont fermé": "end", "fermeront": "end", "ferment": "end", "ferme": "end",
        "se sont terminés": "end", "se sont terminées": "end", "se sont achevés": "end",
        "se sont achevées": "end", "s'achèvera": "end", "se terminera": "end", "prendra fin": "end",
        "clos": "end", "levée": "end", "levé": "end",
        "entamé": "start", "entamée": "start", "entamés": "start", "entamées": "start", "ouverts": "start",
        "ouvertes": "start", "suspendu": "end", "suspendue": "end", "suspendus": "end", "suspendues": "end",
        "interrompu": "end", "interrompue": "end", "interrompus": "end", "interrompues": "end",
    },
    calendar_units=_CALENDAR_UNITS,
    relative_words=_RELATIVE_WORDS,
    ordinals=_ORDINALS,
    seasons=_SEASONS,
    phrase_rules=_PHRASES,
    measure_of_words=("de", "d'"),
    event_measure_words=("de", "d'", "d’"),
    measured_noun_links=("de", "d'", "d’"),
    relative_clause_openers=(r",\s*(?:qui|laquelle|lequel)",),
    named_times={"minuit": (24, 0)},
    # "midi" is also "the south" ("le Midi") and part of "après-midi": a time only after a lead.
    lead_named_times={"midi": (12, 0)},
    named_time_leads=("à", "vers", "avant", "après", "dès", "jusqu'à", "jusqu’à", "peu avant", "peu après",
                      "ce", "de", "et", "entre", "depuis"),
    label_clause_joiners=("et", "mais", "tandis que", "alors que"),
    mention_leads=("à", "a", "vers", "dès", "le", "la", "l'", "l’", "de", "du", "depuis", "jusqu'à",
                      "jusqu’à", "en", "soit", "ce", "cette", "cet", "pendant", "durant", "dans", "il y a",
                      "peu après", "peu avant", "aux alentours de", "entre", "et"),
)
