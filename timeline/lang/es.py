"""Spanish: lexicon and word order for news copy (Spain and the Americas): "el miércoles 16
de junio de 2021", "el 1 de mayo", "a las 13.35", "a las 8 de la tarde", "las 20:30 hora de
Moscú", "ayer por la noche", "la semana pasada", "hace dos días", "tres horas y media",
"entre las 14 y las 16 horas".

"Mañana" is tomorrow, but "por la mañana", "de la mañana" and "esta mañana" are the
morning: the phrase rules below read those before the word alone is taken for a day.
Month and weekday names come from CLDR, with the forms typed without accents added.
"""

from timeline.lang.base import Language, PhraseRule, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

_UNITS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9,
}
_NUMBER_WORDS: dict[str, float] = {
    **_UNITS, "cero": 0, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, "media": 0.5, "medio": 0.5, "un cuarto de": 0.25,
    "varias": 3, "varios": 3, "unas": 3, "unos": 3, "algunas": 3, "algunos": 3,
    # "una veintena de minutos": the approximate tens, read by the phrase rule below.
    "decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40,
    "cincuentena": 50, "centenar": 100,
}
for _tens_word, _tens in (("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("sesenta", 60),
                          ("setenta", 70), ("ochenta", 80), ("noventa", 90)):
    for _unit_word, _unit in _UNITS.items():
        if _unit_word != "un":
            _NUMBER_WORDS[f"{_tens_word} y {_unit_word}"] = _tens + _unit

_HOUR_WORDS = {"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
               "nueve": 9, "diez": 10, "once": 11, "doce": 12}
_HOUR_WORD_ALT = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
# The 24-hour dial said in words ("a las quince horas", "a las veinte horas y treinta minutos"):
# read only after a clock lead and before "horas" or minutes ("quince días" is a count).
# "veinticuatro" stays out: "las veinticuatro horas" is a whole day.
_SPOKEN_HOURS = {word: int(_NUMBER_WORDS[word]) for word in (
    "trece", "catorce", "quince", "dieciséis", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte",
    "veintiuna", "veintiuno", "veintiún", "veintidós", "veintitrés")}
_SPOKEN_HOUR_ALT = "|".join(sorted(_SPOKEN_HOURS, key=len, reverse=True))
# What may follow "a las 17" in a clock time; a noun instead ("a las 20 personas", "las 17
# comunidades") makes the number a count.
_AFTER_HOUR = (r"horas?|hs?|hrs?|de|del|y|menos|en|hasta|a|para|locales?|GMT|UTC|aproximadamente|según|cuando|"
               r"horario|tiempo|p|a|am|pm|con|tras|mientras|desde|hacia|sobre|o|e|ni|se|el|la|los|las")
_CLOCK_GUARD = (
    rf"(?=\s*$|\s*\d{{1,2}}(?![\d])(?!\s*[.,]?\s+(?!(?:{_AFTER_HOUR})\b)[^\W\d_]{{2,}})"
    # "a las 3 de cada 10 empresas": a share, not three o'clock.
    rf"(?!\s+de\s+(?:cada|los|las|ellos|ellas|sus|estos|estas|esos|esas|\d))"
    rf"|\s*(?:{_HOUR_WORD_ALT})\s+(?:y\s+(?:media|cuarto|\w+\s+minutos?)|menos\s+(?:cuarto|\w+)|en\s+punto|"
    rf"de\s+la\s+(?:mañana|tarde|noche|madrugada)|del\s+mediod[ií]a|horas?\b)"
    rf"|\s*(?:{_SPOKEN_HOUR_ALT})\s+horas\b)"
)

_EVENT_CONCEPTS = {
    "reunión": "meeting", "encuentro": "meeting", "conversaciones": "meeting", "negociaciones": "meeting",
    "sesión": "meeting", "cumbre": "summit", "conferencia": "press-conference", "rueda de prensa": "press-conference",
    # "rueda de prensa": the noun the label and matching see is "rueda".
    "rueda": "press-conference", "comparecencia": "press-conference",
    "discurso": "speech", "intervención": "speech", "visita": "visit", "votación": "vote", "elección": "election",
    "elecciones": "election", "partido": "match", "ataque": "attack", "atentado": "attack", "bombardeo": "attack",
    "explosión": "explosion", "terremoto": "earthquake", "sismo": "earthquake", "lanzamiento": "launch",
    "despegue": "launch", "ceremonia": "ceremony", "funeral": "funeral", "manifestación": "protest",
    "protesta": "protest", "marcha": "protest", "juicio": "trial", "audiencia": "trial", "vuelo": "flight",
    "huelga": "strike", "debate": "debate", "concierto": "concert", "festival": "festival", "carrera": "race",
    "tormenta": "storm", "llamada": "call", "anuncio": "announcement", "declaración": "statement",
    "comunicado": "statement", "incendio": "fire", "tiroteo": "shooting", "accidente": "crash",
    "diálogo": "meeting", "negociación": "meeting", "conversación": "meeting", "deliberaciones": "meeting",
    "consultas": "meeting", "pleno": "meeting", "entrevista": "interview", "mitin": "protest", "viaje": "visit",
    "aterrizaje": "landing", "evacuación": "evacuation", "réplica": "aftershock",
    "maniobras": "exercise", "investidura": "ceremony", "juramento": "ceremony",
}


def _plural(noun: str) -> str:
    """"reunión" → "reuniones", "cumbre" → "cumbres", "mitin" → "mítines" is left out."""
    if noun.endswith("s") or " " in noun:
        return noun
    if noun.endswith("ón"):
        return noun[:-2] + "ones"
    if noun[-1] in "aeiouáéó":
        return noun + "s"
    if noun.endswith("z"):
        return noun[:-1] + "ces"
    return noun + "es"


# A text names the events in the plural as often ("las reuniones", "tras los bombardeos").
_EVENT_CONCEPTS.update({_plural(noun): concept for noun, concept in list(_EVENT_CONCEPTS.items())})

_MONTHS = {**cldr_months("es"), "setiembre": 9, "sep": 9, "set": 9}
_WEEKDAYS = {**cldr_weekdays("es", abbreviated=False), "miercoles": 2, "sabado": 5}
_FULL_MONTHS = r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_NOT_A_COUNT = r"(?![\d,.]\d|\s*(?:%|por\s+ciento|euros?|d[oó]lares|pesos|€|\$|personas|habitantes|muertos|km|metros|toneladas))"

_CALENDAR_UNITS = {
    "día": "day", "días": "day", "dia": "day", "dias": "day", "jornada": "day", "semana": "week", "semanas": "week",
    "fin de semana": "weekend", "mes": "month", "meses": "month", "trimestre": "quarter", "trimestres": "quarter",
    "semestre": "half", "año": "year", "años": "year", "década": "decade", "décadas": "decade", "siglo": "century",
    "hora": "hour", "horas": "hour", "minuto": "minute", "minutos": "minute", "segundo": "second",
    "segundos": "second",
}
_RELATIVE_WORDS = {
    "pasado": -1, "pasada": -1, "anterior": -1, "último": -1, "última": -1, "próximo": 1, "próxima": 1,
    "proximo": 1, "proxima": 1, "que viene": 1, "entrante": 1, "siguiente": 1, "este": 0, "esta": 0,
    "en curso": 0, "actual": 0,
}
_ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "1er": 1, "1º": 1, "1°": 1, "segundo": 2, "segunda": 2, "2º": 2,
    "tercer": 3, "tercero": 3, "tercera": 3, "3er": 3, "3º": 3, "cuarto": 4, "cuarta": 4, "4º": 4,
}
_SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}

# Parts of a day after a day ("el martes por la tarde", "ayer de madrugada") and before
# one ("la noche del sábado"). "Madrugada", the small hours, is the start of the morning.
_AFTER_DAY = {
    "morning": r"(?:por|en|a|durante)\s+la\s+(?:mañana|madrugada)|de\s+madrugada",
    "afternoon": r"(?:por|en|a|durante)\s+la\s+tarde",
    "evening": r"(?:por|en|durante)\s+la\s+noche|(?:por|en)\s+la\s+tarde-noche",
    "night": r"(?:por|en|durante)\s+la\s+noche",
}
_PART_NOUNS = {"morning": r"(?:mañana|madrugada)", "afternoon": r"tarde", "night": r"noche"}
_DATE, _DURATION, _SET, _TIME = {"kind": "date"}, {"kind": "duration"}, {"kind": "set"}, {"kind": "time"}
_EDGES = (("START", r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de(?:l)?"), ("MID", r"(?:a\s+)?mediados\s+de(?:l)?"),
          ("END", r"(?:a\s+)?(?:finales|fines)\s+de(?:l)?"))


def _rule(pattern: str, name: str, kind: dict, case_sensitive: bool = False, **fields) -> PhraseRule:
    return PhraseRule(pattern, {**kind, **fields}, name, case_sensitive)


def _day_part_rules(day: str, name: str, **fields) -> tuple[PhraseRule, ...]:
    # "evening" and "night" share "por la noche": the night (TNI), as TimeML reads "noche".
    return tuple(_rule(day + r"\s+(?:" + words + r")", f"{name}-{period}", _DATE, day_period=period, **fields)
                 for period, words in _AFTER_DAY.items() if period != "evening")


# After a number: a unit or a currency says it is a count, not a clock reading.
_NOT_A_COUNT = (r"(?!\s*(?:%|euros?\b|dólares?\b|pesos?\b|puntos?\b|millones\b|metros\b|km\b|kilos?\b|"
                r"grados?\b|por\s+ciento))")

_PHRASES = (
    # Vague references.
    _rule(r"recientemente|últimamente|ultimamente", "ref-past", _DATE, ref="PAST"),
    _rule(r"actualmente|en\s+la\s+actualidad|hoy\s+en\s+día|en\s+este\s+momento", "ref-present", _DATE,
          ref="PRESENT"),
    _rule(r"en\s+el\s+futuro|próximamente|proximamente|en\s+un\s+futuro\s+(?:próximo|cercano)", "ref-future", _DATE,
          ref="FUTURE"),
    _rule(r"hace\s+(?:unos|unas|algunos|algunas|varios|varias|pocos|pocas)\s+(?:días|semanas|meses|años)", "vague-ago",
          _DATE, ref="PAST"),
    # Relative periods: "la semana pasada", "el próximo año", "el año que viene", "este mes".
    _rule(r"(?:(?:la|el)\s+)?(?P<unit>semana|mes|año|trimestre|semestre|fin\s+de\s+semana|década)\s+"
          r"(?P<rel>pasado|pasada|próximo|próxima|proximo|proxima|que\s+viene|entrante)", "relative-period", _DATE),
    _rule(r"(?:(?:la|el)\s+)?(?P<rel>pasado|pasada|próximo|próxima|proximo|proxima)\s+(?P<unit>semana|mes|año|"
          r"trimestre|semestre|fin\s+de\s+semana)(?!\s+de\s+(?:" + _FULL_MONTHS + r"))", "relative-period-before",
          _DATE),
    _rule(r"(?:(?:la|el)\s+)?(?P<unit>semana|mes|año|trimestre)\s+(?P<rel>anterior|siguiente)", "sequel-period",
          _DATE, anchored=True),
    _rule(r"(?P<rel>este|esta)\s+(?P<unit>semana|mes|año|trimestre|semestre|fin\s+de\s+semana)", "this-period", _DATE),
    _rule(r"(?:el|la)\s+(?P<unit>año|mes|semana)\s+(?P<rel>en\s+curso|actual)", "current-period", _DATE),
    # "el lunes pasado", "el próximo viernes", "este martes".
    _rule(r"(?:el\s+)?(?P<weekday>{weekday})\s+(?P<rel>pasado|próximo|proximo|que\s+viene)", "relative-weekday",
          _DATE),
    _rule(r"(?:el\s+)?(?P<rel>pasado|próximo|proximo)\s+(?P<weekday>{weekday})", "relative-weekday-before", _DATE),
    _rule(r"(?P<rel>este)\s+(?P<weekday>{weekday})", "this-weekday", _DATE),
    _rule(r"(?:el\s+|la\s+|este\s+|esta\s+)?(?P<season>{season})\s+(?P<rel>pasado|pasada|próximo|próxima)",
          "relative-season", _DATE),
    _rule(r"(?P<rel>este|esta)\s+(?P<season>{season})", "this-season", _DATE),
    _rule(r"(?:(?:en\s+)?(?:el|la)\s+)?(?P<season>{season})\s+(?:de(?:l)?\s+)?" + _YEAR, "season-year", _DATE),
    # Counted from the reference date: "hace dos días", "dentro de tres semanas"; "desde hace
    # dos semanas" is how long something has lasted.
    _rule(r"desde\s+hace\s+(?:(?:casi|más\s+de|cerca\s+de)\s+)?(?P<num>\d+|(?!(?:varios|varias|unos|unas|algunos|"
          r"algunas)\b){number})\s+(?P<unit>{unit})", "since-ago", _DURATION),
    _rule(r"desde\s+hace\s+(?:varios|varias|unos|unas|algunos|algunas|muchos|muchas)\s+(?P<unit>{unit})",
          "since-ago-vague", _DURATION),
    # Spans around the reference: "en los últimos años" (PAST_REF, as TimeML reads "recent
    # years"), "las próximas semanas" (a length with no count), "las últimas 24 horas".
    _rule(r"(?:los|las|estos|estas)\s+(?:últimos|últimas|ultimos|ultimas)\s+(?:años|meses|semanas|días|tiempos|décadas)",
          "ref-recent", _DATE, ref="PAST"),
    # Hours and minutes as one length: "duraron 1 hora y 45 minutos", "dos horas y diez minutos".
    # After a clock lead ("a las 10 horas y 30 minutos") it is a clock time.
    _rule(r"(?<!\blas\s)(?<!\bla\s)(?P<hour>\d{1,3}|{number})\s+(?:hora|horas|h)\s+y\s+"
          r"(?P<minute>[0-5]?\d|{number})\s+(?:minuto|minutos|min)\b", "hours-minutes", _DURATION),
    _rule(r"(?:los|las|estos|estas)\s+(?:últimos|últimas|ultimos|ultimas|próximos|próximas|proximos|proximas)\s+"
          r"(?P<num>{number})\s+(?P<unit>horas|días|semanas|meses|años)", "duration-span", _DURATION),
    _rule(r"(?:los|las)\s+(?:próximos|próximas|proximos|proximas)\s+(?P<unit>horas|días|semanas|meses|años)",
          "coming-units", _DURATION),
    # The start, middle or end of the current year, month or week: "a finales de año".
    *(_rule(words + r"\s+(?P<unit>año|mes|semana)(?!\s+(?:pasado|próximo|que\s+viene|\d))", f"period-{mod.lower()}",
            _DATE, offset=0, modifier=mod) for mod, words in _EDGES),
    _rule(r"hace\s+(?:(?:casi|más\s+de|menos\s+de|unos|unas|cerca\s+de|alrededor\s+de|apenas)\s+)?(?P<num>{number})\s+"
          r"(?P<unit>días?|semanas?|mes|meses|años?|décadas?)", "ago", _DATE, sign=-1),
    _rule(r"dentro\s+de\s+(?:(?:unos|unas|casi)\s+)?(?P<num>{number})\s+(?P<unit>días?|semanas?|mes|meses|años?)",
          "later", _DATE, sign=1),
    # Days and parts of days.
    _rule(r"antier|antes\s+de\s+ayer", "day-before-yesterday", _DATE, relative_days=-2),
    _rule(r"anoche", "last-night", _DATE, relative_days=-1, day_period="night"),
    _rule(r"la\s+(?:pasada\s+noche|noche\s+de\s+ayer)", "last-night-2", _DATE, relative_days=-1, day_period="night"),
    _rule(r"esta\s+noche", "tonight", _DATE, relative_days=0, day_period="night"),
    _rule(r"esta\s+(?:mañana|madrugada)", "this-morning", _DATE, relative_days=0, day_period="morning"),
    _rule(r"esta\s+tarde", "this-afternoon", _DATE, relative_days=0, day_period="afternoon"),
    *_day_part_rules(r"ayer", "yesterday", relative_days=-1),
    *_day_part_rules(r"hoy", "today", relative_days=0),
    *_day_part_rules(r"mañana", "tomorrow", relative_days=1),
    *_day_part_rules(r"(?:el\s+)?(?P<weekday>{weekday})", "weekday"),
    # "la madrugada del miércoles al jueves": the small hours that end the night are the
    # second day's ("la noche del miércoles al jueves" stays the first day's night).
    _rule(r"(?:(?:en|durante)\s+)?la\s+madrugada\s+del?\s+{weekday}\s+(?:al|a)\s+(?P<weekday>{weekday})",
          "small-hours-between-weekdays", _DATE, day_period="morning"),
    *(_rule(r"(?:(?:en|durante)\s+)?la\s+" + noun + r"\s+de(?:l)?\s+(?:este\s+|pasado\s+)?(?P<weekday>{weekday})"
            r"(?:\s+(?:al|a)\s+{weekday})?", f"part-of-weekday-{period}", _DATE, day_period=period)
      for period, noun in _PART_NOUNS.items()),
    *(_rule(r"(?:(?:en|durante)\s+)?la\s+" + noun + r"\s+de\s+(?:ayer)", f"part-of-yesterday-{period}", _DATE,
            relative_days=-1, day_period=period) for period, noun in _PART_NOUNS.items()),
    *(_rule(r"(?:(?:en|durante)\s+)?la\s+" + noun + r"\s+de\s+hoy", f"part-of-today-{period}", _DATE,
            relative_days=0, day_period=period) for period, noun in _PART_NOUNS.items()),
    # A part of the day alone ("por la mañana", "de madrugada"): that part of the day named
    # just before it (Parts.anchored), else of the reference day; never "mañana" (tomorrow).
    *(_rule(words, f"day-part-{period}", _DATE, relative_days=0, day_period=period, anchored=True)
      for period, words in (
          ("morning", r"(?:por|en|durante)\s+la\s+(?:mañana|madrugada)|de\s+madrugada|a\s+media\s+mañana|"
                      r"a\s+primera\s+hora\s+de\s+la\s+mañana"),
          ("afternoon", r"(?:por|en|durante)\s+la\s+tarde|a\s+(?:última|media)\s+hora\s+de\s+la\s+tarde"))),
    _rule(r"(?:por|en|durante)\s+la\s+noche", "day-part-night", _DATE, relative_days=0, day_period="night",
          anchored=True),
    _rule(r"mañana\s+(?:y|o)\s+(?:tarde|noche)", "not-tomorrow", {"kind": "none"}),
    # Dates: "16 de junio de 2021", "1º de mayo", "junio de 2021", "en junio", "a finales de mayo".
    _rule(r"(?P<day>[12]\d|3[01]|0?[1-9])\s+de\s+(?P<month>{month})(?:\s+(?:de(?:l)?\s+)?" + _YEAR + r")?",
          "day-month", _DATE),
    # "el próximo 19 de septiembre", "el pasado 3 de marzo": the next or last such day.
    _rule(r"(?P<rel>próximo|proximo|pasado)\s+(?:día\s+)?(?P<day>[12]\d|3[01]|0?[1-9])\s+de\s+(?P<month>{month})",
          "relative-day-month", _DATE),
    _rule(r"(?:primero|1º|1°|1ro|1\.º)\s+de\s+(?P<month>" + _FULL_MONTHS + r")(?:\s+(?:de(?:l)?\s+)?" + _YEAR + r")?",
          "first-of-month", _DATE, day=1),
    _rule(r"(?P<month>" + _FULL_MONTHS + r")\s+(?:de(?:l)?\s+)" + _YEAR, "month-year", _DATE),
    _rule(r"(?:(?<=\ben\s)|(?<=\bdesde\s)|(?<=\bhasta\s)|(?<=\bmes\sde\s)|(?<=\bpartir\sde\s)|(?<=\bpasado\s)|"
          r"(?<=\bpróximo\s))(?P<month>" + _FULL_MONTHS + r")(?!\s+(?:de\s+)?\d)", "month-alone", _DATE),
    _rule(r"(?P<month>" + _FULL_MONTHS + r")\s+(?P<rel>pasado|próximo|proximo|que\s+viene)", "relative-month", _DATE),
    *(_rule(r"(?:" + words + r")\s+(?P<month>" + _FULL_MONTHS + r")(?:\s+(?:de(?:l)?\s+)?" + _YEAR + r")?",
            f"month-{mod.lower()}", _DATE, modifier=mod) for mod, words in _EDGES),
    *(_rule(r"(?:" + words + r")\s+(?:año\s+)?" + _YEAR + _NOT_A_COUNT, f"year-{mod.lower()}", _DATE, modifier=mod)
      for mod, words in _EDGES),
    _rule(r"(?:(?<=\ben\s)|(?<=\bdesde\s)|(?<=\bhasta\s)|(?<=\bantes\sde\s)|(?<=\bdespués\sde\s)|(?<=\bpartir\sde\s)|"
          r"(?<=\baño\s)|(?<=\bdel\s))" + _YEAR + _NOT_A_COUNT, "year-alone", _DATE),
    # Quarters, halves, decades.
    _rule(r"(?:el\s+)?(?P<ordinal>{ordinal})\s+trimestre(?:\s+(?:de(?:l)?\s+)?(?:año\s+)?" + _YEAR + r")?", "quarter",
          _DATE, ordinal_is="quarter"),
    _rule(r"(?:el\s+)?(?P<ordinal>primer|segundo|1er)\s+semestre(?:\s+(?:de(?:l)?\s+)?" + _YEAR + r")?", "half",
          _DATE, ordinal_is="half"),
    _rule(r"(?:los\s+)?años\s+(?P<decade>1[0-9]\d0|20\d0|[1-9]0)(?!\d)", "decade", _DATE),
    # Approximate counts: "una veintena de minutos", "una decena de días".
    _rule(r"(?:una\s+|un\s+)?(?P<num>decena|docena|quincena|veintena|treintena|cuarentena|"
          r"cincuentena|centenar)\s+de\s+(?P<unit>segundos|minutos|horas|días|semanas|meses|años)",
          "approximate-count", _DURATION, approximate=True, modifier="APPROX"),
    # Sets.
    _rule(r"(?:cada\s+día|todos\s+los\s+días|diariamente)", "daily", _SET, duration_unit="D", duration_count=1.0),
    _rule(r"(?:cada\s+semana|todas\s+las\s+semanas|semanalmente)", "weekly", _SET, duration_unit="W",
          duration_count=1.0),
    _rule(r"(?:cada\s+mes|todos\s+los\s+meses|mensualmente)", "monthly", _SET, duration_unit="M", duration_count=1.0),
    _rule(r"(?:cada\s+año|todos\s+los\s+años|anualmente)", "annually", _SET, duration_unit="Y", duration_count=1.0),
    _rule(r"(?:cada|todos\s+los)\s+(?P<weekday>lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)",
          "every-weekday", _SET),
    # "17 horas de negociación", "dos horas después": hours counted, not the clock time they
    # are after "las" ("a las 17 horas") or as the end of a range ("de 9 a 11 horas").
    # After "de" only a number in words ("después de tres horas", "una reunión de tres horas"):
    # "de 17 horas" may be a clock time, "de tres horas" never is.
    _rule(r"(?<!\bla\s)(?<!\blas\s)(?<!\d\sa\s)(?<!\d\sy\s)(?<!\d-)(?<!\d\s-\s)(?<!\d\shasta\s)"
          r"(?P<num>(?<!\bde\s)\d{1,3}(?P<digits>)|" + _HOUR_WORD_ALT + r")\s+(?P<unit>horas?)"
          r"(?!\s*(?:del?\s+(?:la\s+)?(?:mañana|tarde|noche|madrugada|mediod[ií]a)|en\s+punto))"
          # In words and with no "las" before it, an hour is a length even before a place or a
          # zone ("una reunión de tres horas en Madrid"): the clock says "a las tres".
          r"(?(digits)(?!\s*(?:GMT|UTC|\(|,?\s*hora\s|locales?\b|(?:del|de)\s+(?:centro\b|(?-i:[A-Z]))|"
          r"en\s+(?-i:[A-Z])|peninsular)))", "hours-counted", _DURATION),
    # Rates, not lengths of time: "120 kilómetros por hora", "tres veces al día".
    _rule(r"(?:por|al|a\s+la)\s+(?:hora|día|semana|mes|año)", "rate", {"kind": "none"}),
    # "en hora de Madrid", "en hora peninsular": the clock named, not an hour's length.
    _rule(r"en\s+hora(?=\s+(?:de|del|local|peninsular|oficial|insular|[A-Z]))", "clock-named", {"kind": "none"}),
    # A range's first day, which takes its month and year from the end: "entre el 1 y el 15 de
    # julio", "del 3 al 5 de mayo de 2022".
    _rule(r"(?:(?<=\bdel\s)|(?<=\bentre\sel\s)|(?<=\bdesde\sel\s)|(?<=\blos\s)|(?<=\bdías\s)|(?<=\bel\s))"
          r"(?P<day>[12]\d|3[01]|0?[1-9])"
          r"(?=\s*(?:al|y(?:\s+el)?|hasta\s+el|-)\s*(?:[12]\d|3[01]|0?[1-9])\s+de\s+(?P<month>" + _FULL_MONTHS + r")"
          r"(?:\s+(?:de(?:l)?\s+)?" + _YEAR + r")?)", "range-first-day", _DATE),
    # A day and month in digits with no year ("el 15/07", "el 15.07", "del 15/07 al 20/07"): the year is
    # read like any day and month said without one. The article keeps scores out, and a
    # complement fractions ("el 3/4 de los votos"); a third number ("15/07/2021") is the full numeric date.
    _rule(r"(?:(?<=\bel\s)|(?<=\bdel\s))(?P<day>[12]\d|3[01]|0?[1-9])(?:/|\.(?=[01]\d))(?P<month>0?[1-9]|1[0-2])(?![/.,]?\d|\s*(?:%|puntos?\b|euros?\b|dólares?\b|por\s+ciento)|\s+(?:de\s+(?:los|las|la|su|sus)|del)\b)",
          "day-month-digits", _DATE),
    # "del 15/07 al 20/07": after "al" only a two-digit month, since "al 3/4" is a share.
    _rule(r"(?<=\bal\s)(?P<day>[12]\d|3[01]|0[1-9])/(?P<month>0[1-9]|1[0-2])(?![/.,]?\d|\s*%)",
          "day-month-digits-range-end", _DATE),
    # "de 13.00 a 14.30", "entre las 9.30 y las 11.00": two readings with minutes joined as a
    # span are clock times, though "13.00" alone may be a decimal; not before a unit or a
    # currency ("de 13.50 a 14.20 euros").
    _rule(r"(?:(?<=\bde\s)|(?<=\bentre\s)|(?<=\bde\slas\s)|(?<=\bentre\slas\s)|(?<=\bdesde\slas\s))"
          r"(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)"
          r"(?=\s+(?:a|y|hasta)\s+(?:las\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d|[.,]\d)" + _NOT_A_COUNT + r")",
          "range-start-dotted", _TIME),
    _rule(r"(?:(?<=\d\.\d\d\sa\s)|(?<=\d\.\d\d\sy\s)|(?<=\d\.\d\d\sa\slas\s)|(?<=\d\.\d\d\sy\slas\s)|"
          r"(?<=\d\.\d\d\shasta\s)|(?<=\d\.\d\d\shasta\slas\s))"
          r"(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?!\d|[.,]\d)" + _NOT_A_COUNT,
          "range-end-dotted", _TIME),
    # Range starts that are times only because of their end: "de 9 a 11 horas".
    _rule(r"(?:(?<=\bde\s)|(?<=\bentre\s))(?P<hour>[01]?\d|2[0-3])(?=\s*(?:a|y|-)\s*(?:las\s+)?\d{1,2}(?:[:.]\d\d)?"
          r"\s*(?:horas\b|h\b|hs\b|hrs\b))", "range-start-hour", _TIME, minute=0),
)

LANGUAGE = Language(
    code="es",
    name="Español",
    script=r"[A-Za-z]",
    digits_on_24_hour_clock=True,
    # "a las 17", "hacia las 20 horas", "a las ocho de la tarde": the article with its
    # preposition; "las 17 comunidades" is a count (see _CLOCK_GUARD).
    # "a las 14" spans "14", as "a las 14:00" spans "14:00": preposition and article are leads.
    lead_in_clock_span=False,
    clock_leads=(
        r"(?:(?:desde|hasta|hacia|sobre|pasadas|tras|antes\s+de|después\s+de|a\s+partir\s+de|cerca\s+de|"
        r"alrededor\s+de)\s+)?(?:a\s+)?las?" + _CLOCK_GUARD,
    ),
    clock_separators=(":", "h"),
    weak_clock_separators=(".",),
    day_periods={
        "horas": "", "h": "", "hs": "", "hrs": "", "de la mañana": "morning", "de la madrugada": "am",
        "del mediodía": "noon", "del mediodia": "noon", "de la tarde": "afternoon", "de la noche": "evening",
        "por la mañana": "morning", "por la tarde": "afternoon", "por la noche": "evening",
        "horas de la mañana": "morning", "horas de la tarde": "afternoon", "horas de la noche": "evening",
        "a. m.": "am", "p. m.": "pm", "a.m.": "am", "p.m.": "pm", "am": "am", "pm": "pm",
    },
    local_time_phrases=(
        r"\(\s*hora\s+local\s*\)", r"(?:en\s+)?hora\s+local", r"horario\s+local", r"tiempo\s+local",
        r"\(\s*local\s*\)", r"locales?", r"horas?\s+locales?",
    ),
    zone_templates=(
        r"en\s+{zone}",  # "las 14:00 en Madrid": the clock of the place named with the time
        r"(?:en\s+)?(?:hora|horario)\s+(?:de\s+|del\s+)?{zone}",
        r"(?:del|de)\s+{zone}",  # "a las 12:14 horas del centro de México", "21.00 horas de Madrid"
    ),
    zone_slot_word=r"[^\W\d_][\w'’.-]*",
    zone_words=(),
    offset_leads=("UTC", "GMT"),
    equivalence_connectors=tuple(f"{words}{sep}{article}" for words in (
        "es decir", "o sea", "esto es", "lo que equivale a", "equivalente a") for sep in ("", ",")
        for article in ("", " las", " a las", " la", " a la")) + ("=",),
    # "21:00 GMT (las 22:00 en Madrid)": the article alone joins two times of different zones.
    weak_equivalence_connectors=("o", "-", "/", ",", "y", "|", "las", "a las", "o las", "o a las"),
    comma_restatement_words=("o", "es decir"),
    order_words={"después": "after", "antes": "before", "tras": "after", "más tarde": "after"},
    number_words=_NUMBER_WORDS,
    fraction_words={"y media": 0.5, "y cuarto": 0.25, "½": 0.5},
    # "jornada" alone is the day of an event ("tras una jornada sin incidentes": the election
    # day), not a length of 24 hours; "tras tres jornadas de huelga" counts days.
    duration_units={
        "segundo": (_SECOND, 1), "segundos": (_SECOND, 0), "minuto": (_MINUTE, 1), "minutos": (_MINUTE, 0),
        "hora": (_HOUR, 1), "horas": (_HOUR, 0), "día": (_DAY, 1), "días": (_DAY, 0),
        "jornadas": (_DAY, 0), "semana": (7 * _DAY, 1), "semanas": (7 * _DAY, 0), "mes": (30 * _DAY, 1),
        "meses": (30 * _DAY, 0), "año": (365 * _DAY, 1), "años": (365 * _DAY, 0),
    },
    duration_leads=(r"durante", r"duró", r"duraron", r"por", r"en", r"tras", r"después\s+de", r"al\s+cabo\s+de",
                    r"a\s+lo\s+largo\s+de"),
    approximate_words=("unos", "unas", "casi", "cerca de", "alrededor de", "más de", "menos de", "aproximadamente",
                       "al menos", "por lo menos", "poco más de", "poco menos de", "apenas"),
    bounding_words={"más de": "MORE_THAN", "poco más de": "MORE_THAN", "menos de": "LESS_THAN",
                    "poco menos de": "LESS_THAN", "al menos": "EQUAL_OR_MORE", "por lo menos": "EQUAL_OR_MORE"},
    vague_counts=("varias", "varios", "unas", "unos", "algunas", "algunos"),
    relative_days={"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2},
    weekdays=_WEEKDAYS,
    months=_MONTHS,
    numeric_date_order="dmy",
    direction_words={"pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1},
    future_cues=(r"[^\W\d_]{2,}(?:rá|rán)", r"va\s+a", r"van\s+a", r"prevé", r"prevén", r"previst[oa]s?",
                 r"programad[oa]s?", r"próxim[oa]s?", r"hasta", r"deberá", r"debe", r"deben", r"tiene\s+previsto",
                 # News copy announces scheduled events in the present: "la votación comienza el miércoles".
                 r"comienzan?", r"empiezan?", r"arrancan?", r"se\s+celebran?", r"tienen?\s+lugar", r"se\s+reúnen?",
                 r"entran?\s+en\s+vigor", r"vencen?", r"se\s+inician?"),
    # Past-tense verbs (pretérito, perfect, pluperfect): after a date opening its sentence, one
    # before any future cue tells of the past ("El viernes, los sindicatos anunciaron que…").
    # "el lanzamiento, inicialmente previsto el jueves": a plan since changed.
    future_cue_after_date=True,
    # A span in which something happens or a shift of a schedule, not how long an event lasts:
    # "aplazado 24 horas", "con un retraso de dos horas".
    span_leads=("aplazado", "aplazada", "retrasado", "retrasada", "pospuesto", "pospuesta", "adelantado",
                "adelantada", "un retraso de", "con un retraso de", "un retraso de más de"),
    past_plan_cues=(r"inicialmente", r"en\s+un\s+principio", r"originalmente", r"había\s+sido", r"habían\s+sido",
                    r"estaba", r"estaban"),
    # A pluperfect or relative clause ("había aterrizado el miércoles por la noche") tells
    # background: its day is not the one the story goes on with.
    background_cues=(r"había", r"habían", r"quien(?:es)?\s+(?:había|habían)"),
    past_verbs=(r"[^\W\d_]{2,}(?:ó|aron|ieron|ió)", r"(?:ha|han|había|habían)\s+[^\W\d_]{2,}(?:ado|ido)"),
    non_final_abbreviations=("Sr.", "Sra.", "Dr.", "Dra.", "EE.UU.", "a. m.", "p. m.", "a.m.", "p.m.", "etc.",
                             "ene.", "feb.", "abr.", "ago.", "sept.", "oct.", "nov.", "dic."),
    stopwords=frozenset(
        """el la los las lo un una unos unas de del y o pero que en por para con sin sobre entre hasta
        desde es son fue fueron era ha han había se su sus al como más ya muy este esta estos estas
        ese esa él ella ellos hora horas local hoy ayer mañana lunes martes miércoles jueves viernes
        sábado domingo según tras a hacia noche tarde madrugada alrededor cerca""".split()
    ),
    event_nouns=frozenset(
        """reunión cumbre encuentro conversaciones conferencia sesión discurso visita votación
        elección elecciones partido ataque atentado explosión terremoto sismo lanzamiento ceremonia
        funeral manifestación protesta juicio audiencia vuelo huelga negociaciones debate concierto
        carrera tormenta llamada anuncio declaración bombardeo incendio accidente comunicado tiroteo
        despegue marcha intervención rueda comparecencia""".split()
    ) | frozenset(_EVENT_CONCEPTS),
    event_concepts=_EVENT_CONCEPTS,
    not_places=frozenset({
        "El", "La", "Los", "Las", "Un", "Una", "De", "Del", "Y", "En", "Por", "Para", "Con", "Según",
        "Presidente", "Gobierno", "Congreso", "Senado", "Mayo", "Marzo", "Hora", "Moncloa", "Hoy", "Ayer",
        "Mañana", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Hacia", "Tras",
    }),
    place_prepositions=("en", "de", "desde", "hacia", "cerca de"),
    definite_articles=("el", "la", "los", "las"),
    # "a las 18.00 del domingo", "(00.00 GMT del lunes)": the day said with a time.
    time_day_joiners=("del",),
    # A national team is named by its country ("la selección de Argentina", "venció a Francia"): no place.
    not_place_after=frozenset({"selección de", "venció a", "derrotó a", "vence a", "derrota a", "goleó a", "enfrenta a",
                               "enfrentará a", "enfrentan a", "enfrentarán a", "eliminó a"}),
    travel_destination_phrases=("vuelo a", "vuelo hacia", "vuelo con destino a", "avión a", "avión hacia",
                                "tren a", "tren hacia", "autobús a", "autobús hacia", "ferri a", "con destino a",
                                "rumbo a", "vuelo de regreso a", "vuelo de vuelta a", "regreso a"),
    travel_origin_phrases=("procedente de", "proveniente de", "vuelo desde", "llegado de", "llegó de"),
    arrival_words=("aterrizó", "aterriza", "aterrizaje", "llegó", "llega", "arribó", "tocó tierra"),
    place_back_references=("allí", "allá", "en el lugar", "la ciudad", "la capital"),
    places_capitalised=True,
    distinctive_letters="ñáíóú¿¡",
    function_words=frozenset(
        """el la los las de del y en que por con una un para es fue se al su como sus más según este
        esta pero está están han hasta desde tras durante también hora horas ayer hoy
        cada lo muy sin sobre entre cuando donde ya son era había ha""".split()
    ),
    # "hora del Este" is New York's; "Este" alone is no clock ("a las 8.00 de este miércoles").
    zone_adjectives={
        "peninsular": "Europe/Madrid", "española": "Europe/Madrid", "canaria": "Atlantic/Canary",
        "Canarias": "Atlantic/Canary", "insular canaria": "Atlantic/Canary", "argentina": "AR",
        "chilena": "America/Santiago", "colombiana": "CO", "peruana": "PE", "venezolana": "VE",
        "mexicana": "America/Mexico_City", "del centro de México": "America/Mexico_City",
        "centro de México": "America/Mexico_City", "centro": "America/Mexico_City", "cubana": "CU", "francesa": "FR",
        "británica": "GB", "alemana": "DE", "italiana": "IT", "rusa": "Europe/Moscow", "moscovita": "Europe/Moscow",
        "saudí": "SA", "La Meca": "Asia/Riyadh", "china": "Asia/Shanghai", "japonesa": "JP",
        "estadounidense": "US", "del Este": "America/New_York",
        "Greenwich": "Etc/GMT", "universal": "Etc/UTC", "universal coordinada": "Etc/UTC",
        "boliviana": "BO", "ecuatoriana": "America/Guayaquil", "uruguaya": "UY", "paraguaya": "PY",
        "uruguay": "UY", "Chile": "America/Santiago", "España": "Europe/Madrid",
    },
    zone_declarations=(
        r"(?:todas\s+las\s+|las\s+)?horas\s+(?:son\s+|están\s+|se\s+indican\s+)?(?:en\s+)?",
        r"horarios?\s+(?:en\s+)?",
    ),
    conversion_marks=("/",),
    cue_sharing_connectors=(r"a", r"y", r"hasta", r"o", r"las", r"la", r"entre", r"de", r"del"),
    home_institution_words=frozenset("ejército policía gendarmería bomberos".split()),
    demonyms={**{f"{stem}{end}": cc for stem, cc in (("liban", "LB"), ("libi", "LY"), ("siri", "SY"),
                                                      ("iraquí", "IQ"), ("mexican", "MX"), ("chilen", "CL"),
                                                      ("argentin", "AR"), ("español", "ES"), ("rus", "RU"),
                                                      ("ucranian", "UA"), ("estadounidens", "US"))
                 for end in ("", "a", "o", "as", "os", "es", "és", "esa", "esas", "eses", "e")}},
    place_kind_words={"ciudad": "city", "capital": "city", "la ciudad de": "city", "país": "country"},
    # Relations between mentions and events (reconcile).
    range_openers=("de", "del", "desde", "entre"),
    range_connectors=("a", "al", "y", "hasta", "-"),
    range_connectors_strong=("hasta", "-"),
    daily_words=("cada día", "todos los días", "diariamente", "a diario"),
    list_joiners=("y", "e",),
    # "de 5 a 10 años", "entre dos y tres horas": one duration range.
    duration_range_pairs={"de": ("a",), "entre": ("y", "e")},
    offset_order_words={"más tarde": "after", "después": "after", "antes": "before", "tras": "after"},
    event_end_phrases=(r"al (?:término|termino|final|cierre) (?:de la|de los|de las|del|de) ?{event}",
                       r"al (?:concluir|finalizar|terminar) {event}",
                       r"(?:cuando|una vez que) (?:terminó|concluyó|acabó|finalizó)",
                       r"a su (?:término|termino|conclusión|conclusion|final)"),
    sequel_days={"al día siguiente": 1, "el día siguiente": 1, "día siguiente": 1, "a la mañana siguiente": 1,
                 "la mañana siguiente": 1, "el día anterior": -1, "la víspera": -1, "la noche anterior": -1},
    approximate_time_words=tuple(f"{word}{article}" for word in (
        "hacia", "sobre", "alrededor de", "cerca de", "poco antes de", "poco después de", "aproximadamente a",
        "pasadas", "en torno a") for article in ("", " las", " la")),
    phase_words={
        "comenzó": "start", "comienza": "start", "empezó": "start", "empieza": "start", "arrancó": "start",
        "inició": "start", "inicio": "start", "comienzo": "start", "apertura": "start", "abrió": "start",
        "terminó": "end", "termina": "end", "finalizó": "end", "finaliza": "end", "concluyó": "end",
        "acabó": "end", "fin": "end", "final": "end", "cierre": "end", "clausura": "end",
        # Plurals and the opening and closing of polls, markets, borders.
        "comenzaron": "start", "empezaron": "start", "arrancaron": "start", "iniciaron": "start",
        "abrieron": "start", "se abrió": "start", "se abrieron": "start", "abrirán": "start", "abre": "start",
        "abren": "start", "comenzará": "start", "empezará": "start",
        "terminaron": "end", "finalizaron": "end", "concluyeron": "end", "acabaron": "end", "cerró": "end",
        "cerraron": "end", "se cerró": "end", "se cerraron": "end", "cerrarán": "end", "cierra": "end",
        "cierran": "end", "terminará": "end", "concluirá": "end", "finalizará": "end",
        "iniciada": "start", "iniciadas": "start", "iniciado": "start", "iniciados": "start",
        "se suspendió": "end", "se suspendieron": "end", "suspendida": "end", "suspendidas": "end",
        "se interrumpió": "end", "se interrumpieron": "end", "interrumpida": "end", "interrumpidas": "end",
    },
    calendar_units=_CALENDAR_UNITS,
    relative_words=_RELATIVE_WORDS,
    ordinals=_ORDINALS,
    seasons=_SEASONS,
    phrase_rules=_PHRASES,
    measure_of_words=("de",),
    event_measure_words=("de",),
    measured_noun_links=("de",),
    relative_clause_openers=(r",\s*(?:que|la\s+cual|el\s+cual)",),
    clock_hour_words=_HOUR_WORDS,
    spoken_clock_hour_words=_SPOKEN_HOURS,
    # "una reunión de tres horas en Madrid": an hour in words before "horas" is a clock time
    # only after "a las" (numerals keep their own rules: "de 9 a 11 horas").
    word_clock_weak_periods=frozenset({"horas", "hora"}),
    # "a las 10 horas y 30 minutos": the hour's unit and "y", then counted minutes.
    clock_hour_units=("horas y", "hora y", "h y"),
    clock_minute_words={"y media": 30, "y cuarto": 15, "menos cuarto": -15, "en punto": 0},
    clock_minute_joiners={"y": 1, "menos": -1},
    named_times={"medianoche": (24, 0), "mediodía": (12, 0), "mediodia": (12, 0)},
    label_clause_joiners=("y", "pero", "mientras"),
    mention_leads=("a", "las", "la", "a las", "a la", "hacia", "hacia las", "sobre las", "desde", "hasta", "el",
                      "de", "del", "en", "es decir", "o sea", "durante", "hace", "dentro de", "alrededor de",
                      "cerca de", "pasadas las", "entre", "y"),
)
