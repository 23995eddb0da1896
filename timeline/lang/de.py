"""German: lexicon and word order for news copy (Germany, Austria, Switzerland).

Dates are written "Mittwoch, 16. Juni 2021" or "16.06.2021"; clock times "13.35 Uhr" or
"13:35 Uhr"; adjectives and articles inflect, so relative words are listed in every
ending ("vergangene", "vergangenen", "vergangenes"). Capitals matter: "morgen" is
tomorrow, "am Morgen" is the morning.
"""

from timeline.lang.base import Language, PhraseRule, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

_UNITS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}
_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90}
_NUMBER_WORDS: dict[str, float] = {
    **_UNITS, **_TEENS, **_TENS,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "hundert": 100, "einhundert": 100,
    "anderthalb": 1.5, "halbe": 0.5, "einer halben": 0.5, "eine halbe": 0.5, "einer Viertel": 0.25,
    "eine Dreiviertel": 0.75, "mehrere": 3, "einige": 3, "wenige": 3, "ein paar": 3, "paar": 3,
    "zwei Dutzend": 24, "Dutzende": 24,
}
# "einundzwanzig" … "neunundneunzig"; "eineinhalb" … "zwölfeinhalb".
for _tens_word, _tens in _TENS.items():
    for _unit_word, _unit in _UNITS.items():
        _NUMBER_WORDS[f"{'ein' if _unit == 1 else _unit_word}und{_tens_word}"] = _tens + _unit
for _word, _value in {**_UNITS, "ein": 1, "zehn": 10, "elf": 11, "zwölf": 12}.items():
    if _word != "eins":
        _NUMBER_WORDS[f"{_word}einhalb"] = _value + 0.5
        # "eineinviertel", "zweidreiviertel": and a quarter, and three quarters.
        _NUMBER_WORDS[f"{_word}einviertel"] = _value + 0.25
        _NUMBER_WORDS[f"{_word}dreiviertel"] = _value + 0.75
_VAGUE = ("mehrere", "einige", "wenige", "ein paar", "paar", "Dutzende")

# Clock hours in words, read only after a clock lead or before "Uhr" ("um acht Uhr").
_HOUR_WORDS = {**{w: v for w, v in _UNITS.items()}, "ein": 1, "null": 0, **_TEENS,
               "zwanzig": 20, "einundzwanzig": 21, "zweiundzwanzig": 22, "dreiundzwanzig": 23,
               "vierundzwanzig": 24}

_EVENT_CONCEPTS = {
    "Treffen": "meeting", "Gespräch": "meeting", "Gespräche": "meeting", "Gesprächen": "meeting",
    "Sitzung": "meeting", "Verhandlungen": "meeting", "Beratungen": "meeting", "Begegnung": "meeting",
    "Gipfel": "summit", "Gipfeltreffen": "summit", "Pressekonferenz": "press-conference",
    "Konferenz": "press-conference", "Interview": "interview", "Rede": "speech", "Ansprache": "speech",
    "Besuch": "visit", "Abstimmung": "vote", "Wahl": "election", "Wahlen": "election", "Spiel": "match",
    "Partie": "match", "Anschlag": "attack", "Angriff": "attack", "Luftangriff": "attack",
    "Explosion": "explosion", "Erdbeben": "earthquake", "Beben": "earthquake", "Start": "launch",
    "Zeremonie": "ceremony", "Trauerfeier": "funeral", "Beerdigung": "funeral", "Kundgebung": "protest",
    "Demonstration": "protest", "Protest": "protest", "Proteste": "protest", "Prozess": "trial",
    "Anhörung": "trial", "Flug": "flight", "Streik": "strike", "Debatte": "debate", "Konzert": "concert",
    "Rennen": "race", "Sturm": "storm", "Anruf": "call", "Telefonat": "call", "Ankündigung": "announcement",
    "Erklärung": "statement", "Brand": "fire", "Feuer": "fire", "Absturz": "crash", "Unfall": "crash",
}
# Genitives of the masculine and neuter event nouns ("am Ende des Treffens", "nach Abschluss
# des Gipfels"): the same events.
_EVENT_GENITIVES = {
    "Treffens": "meeting", "Gesprächs": "meeting", "Gipfels": "summit", "Gipfeltreffens": "summit",
    "Interviews": "interview", "Besuchs": "visit", "Besuches": "visit", "Spiels": "match", "Spieles": "match",
    "Anschlags": "attack", "Angriffs": "attack", "Luftangriffs": "attack", "Erdbebens": "earthquake",
    "Prozesses": "trial", "Flugs": "flight", "Fluges": "flight", "Streiks": "strike", "Konzerts": "concert",
    "Rennens": "race", "Sturms": "storm", "Anrufs": "call", "Telefonats": "call", "Brandes": "fire",
    "Feuers": "fire", "Absturzes": "crash", "Unfalls": "crash", "Protests": "protest",
}
_EVENT_CONCEPTS.update(_EVENT_GENITIVES)
# Plurals and datives of the feminine and other event nouns ("nach den Abstimmungen", "bei den
# Angriffen", "in der Sitzung" is the singular), and nouns the list lacked.
_EVENT_INFLECTIONS = {
    "Sitzungen": "meeting", "Konferenzen": "press-conference", "Pressekonferenzen": "press-conference",
    "Abstimmungen": "vote", "Reden": "speech", "Besuche": "visit", "Besuchen": "visit", "Angriffe": "attack",
    "Angriffen": "attack", "Anschläge": "attack", "Anschlägen": "attack", "Luftangriffe": "attack",
    "Luftangriffen": "attack", "Explosionen": "explosion", "Debatten": "debate", "Kundgebungen": "protest",
    "Demonstrationen": "protest", "Protesten": "protest", "Gipfeln": "summit", "Flüge": "flight",
    "Flügen": "flight", "Streiks": "strike", "Unterredung": "meeting", "Dialog": "meeting", "Dialogs": "meeting",
    "Diskussion": "meeting", "Diskussionen": "meeting", "Konsultationen": "meeting", "Krisensitzung": "meeting",
    "Krisentreffen": "meeting", "Krisentreffens": "meeting", "Gesprächsrunde": "meeting",
    "Verhandlungsrunde": "meeting", "Landung": "landing", "Abflug": "flight", "Abflugs": "flight",
    "Reise": "visit", "Evakuierung": "evacuation", "Nachbeben": "aftershock", "Übung": "exercise",
    "Manöver": "exercise", "Manövers": "exercise", "Vereidigung": "ceremony", "Briefing": "press-conference",
    "Beschuss": "attack", "Beschusses": "attack",
}
_EVENT_CONCEPTS.update(_EVENT_INFLECTIONS)

_ENDINGS = ("e", "en", "er", "es", "em")
_RELATIVE_WORDS: dict[str, int] = {}
for _stem, _offset in (("vergangen", -1), ("letzt", -1), ("vorig", -1), ("zurückliegend", -1),
                       ("nächst", 1), ("kommend", 1), ("folgend", 1), ("dies", 0), ("laufend", 0),
                       ("aktuell", 0)):
    for _ending in _ENDINGS:
        _RELATIVE_WORDS[_stem + _ending] = _offset

_CALENDAR_UNITS = {
    "Tag": "day", "Tage": "day", "Tagen": "day", "Tages": "day", "Woche": "week", "Wochen": "week",
    "Wochenende": "weekend", "Wochenendes": "weekend", "Monat": "month", "Monate": "month", "Monaten": "month",
    "Monats": "month", "Quartal": "quarter", "Quartals": "quarter", "Quartalen": "quarter",
    "Halbjahr": "half", "Jahr": "year", "Jahre": "year", "Jahren": "year", "Jahres": "year",
    "Jahrzehnt": "decade", "Jahrzehnte": "decade", "Jahrzehnten": "decade", "Jahrzehnts": "decade",
    "Jahrhundert": "century", "Jahrhunderts": "century", "Stunde": "hour", "Stunden": "hour",
    "Minute": "minute", "Minuten": "minute", "Sekunde": "second", "Sekunden": "second",
    # Stems of length adjectives ("zwölfstündig", "90-minütig", "zweitägig").
    "stündig": "hour", "minütig": "minute", "tägig": "day", "wöchig": "week", "monatig": "month",
}
# Units a calendar date is shifted by ("vor zwei Tagen", "in drei Wochen").
_SHIFT_UNIT = (r"(?P<unit>Tag|Tage|Tagen|Woche|Wochen|Monat|Monate|Monaten|Jahr|Jahre|Jahren|"
               r"Jahrzehnt|Jahrzehnten)")
_PERIOD_UNIT = r"(?P<unit>Woche|Wochenende|Wochenendes|Monat|Monats|Quartal|Quartals|Jahr|Jahres|Jahrzehnt|Jahrzehnts)"
_PARTS = {"morgen": "morning", "früh": "morning", "vormittag": "morning", "mittag": "noon",
          "nachmittag": "afternoon", "abend": "evening", "nacht": "night"}
_EDGES = {"Anfang": "START", "Beginn": "START", "Mitte": "MID", "Ende": "END"}
# Lower-case word after a year: a verb or conjunction, so the number is a year ("2019 hatte
# die Partei", "seit 2014 ist"); a capitalised noun makes it a count ("2000 Menschen").
_YEAR_CLOSES = r"(?=\s*(?:[,.;:)!?]|$)|\s+(?-i:[a-zäöüß]))"
# A shift counts only with a number: "einige Jahre später" is some time later, not three years.
_COUNTED = r"(?!(?:einige|wenige|mehrere|paar|ein\s+paar|Dutzende)\b)"
_DATE, _DURATION, _SET, _TIME = {"kind": "date"}, {"kind": "duration"}, {"kind": "set"}, {"kind": "time"}


def _rule(pattern: str, name: str, kind: dict, case_sensitive: bool = False, **fields) -> PhraseRule:
    return PhraseRule(pattern, {**kind, **fields}, name, case_sensitive)


_PHRASES = (
    # Vague references.
    _rule(r"kürzlich|neulich|vor\s+kurzem|unlängst|in\s+der\s+Vergangenheit", "ref-past", _DATE, ref="PAST"),
    _rule(r"derzeit|zurzeit|gegenwärtig|momentan|aktuell(?!\w)|jetzt|inzwischen|mittlerweile", "ref-present",
          _DATE, ref="PRESENT"),
    _rule(r"künftig|in\s+Zukunft|in\s+der\s+Zukunft|bald|demnächst", "ref-future", _DATE, ref="FUTURE"),
    _rule(r"in\s+den\s+(?:kommenden|nächsten)\s+(?:Tagen|Wochen|Monaten|Jahren)", "ref-coming", _DATE, ref="FUTURE"),
    _rule(r"in\s+den\s+(?:vergangenen|letzten)\s+(?:Tagen|Wochen|Monaten|Jahren)", "ref-recent", _DATE, ref="PAST"),
    # Fixed-date holidays; the year is read like any day and month without one.
    _rule(r"Heiligabend|Heiligen\s+Abend", "christmas-eve", _DATE, case_sensitive=True, month=12, day=24),
    _rule(r"(?:am\s+)?(?:ersten\s+)?Weihnachtsfeiertag|Weihnachten", "christmas", _DATE, case_sensitive=True,
          month=12, day=25),
    _rule(r"Silvester", "new-year-eve", _DATE, case_sensitive=True, month=12, day=31),
    _rule(r"Neujahr(?:stag)?", "new-year", _DATE, case_sensitive=True, month=1, day=1),
    _rule(r"Tag\s+der\s+(?:Deutschen|deutschen)\s+Einheit", "unity-day", _DATE, case_sensitive=True, month=10, day=3),
    # "am Wochenende", "übers Wochenende": the weekend nearest the reference.
    _rule(r"(?:(?<=\bam\s)|(?<=\bAm\s)|(?<=\bübers\s)|(?<=\bÜbers\s))Wochenende", "weekend", _DATE, unit="weekend"),
    # "morgen" is tomorrow, "Morgen" the morning; at the start of a sentence, before a verb,
    # "Morgen" is tomorrow again ("Morgen beginnt der Gipfel").
    _rule(r"(?<![Hh]eute\s)(?<![Gg]estern\s)(?<!\bam\s)(?<!\bAm\s)(?<!\bden\s)(?<!\bder\s)(?<!\bjeden\s)"
          r"morgen(?!\s+(?:früh|Früh|Vormittag|Mittag|Nachmittag|Abend|Nacht)\b)", "tomorrow", _DATE,
          case_sensitive=True, relative_days=1),
    _rule(r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=[\"„“]))Morgen(?=\s+(?:[a-zäöüß]|früh|Vormittag|Mittag|Nachmittag|Abend|Nacht))"
          r"(?!\s+(?:früh|Vormittag|Mittag|Nachmittag|Abend|Nacht))",
          "tomorrow-sentence-start", _DATE, case_sensitive=True, relative_days=1),
    *(_rule(rf"(?:[Mm]orgen)\s+{word}(?!\w)", f"tomorrow-{period}", _DATE, relative_days=1, day_period=period)
      for word, period in (("früh", "morning"), ("Früh", "morning"), ("Vormittag", "morning"), ("Mittag", "noon"),
                           ("Nachmittag", "afternoon"), ("Abend", "evening"), ("Nacht", "night"))),
    # A part of the day alone ("am Abend", "in der Nacht"): that part of the day named just
    # before (Parts.anchored), else of the reference day, and the night before it.
    *(_rule(rf"am\s+(?:(?:frühen|späten)\s+)?{word}", f"day-part-{period}", _DATE, relative_days=0,
            day_period=period, anchored=True)
      for word, period in (("Morgen", "morning"), ("Vormittag", "morning"), ("Mittag", "noon"),
                           ("Nachmittag", "afternoon"), ("Abend", "evening"))),
    _rule(r"in\s+der\s+Nacht(?!\s+(?:zum|zu|auf)\b)", "day-part-night", _DATE, relative_days=-1,
          day_period="night", anchored=True),
    # "Mittwochabend", "Dienstagmorgen", "Sonntag früh", "in der Nacht zum Samstag".
    *(_rule(rf"(?P<weekday>{{weekday}})\s*-?\s*{word}", f"weekday-{word}", _DATE, day_period=period)
      for word, period in _PARTS.items()),
    # "in der Nacht von Mittwoch auf Donnerstag": Wednesday's night, which runs into Thursday
    # (a small-hours time in it is Thursday's, an evening one Wednesday's).
    _rule(r"(?:in\s+der\s+)?Nacht\s+von\s+(?P<weekday>{weekday})\s+(?:auf|zum|zu)\s+(?:den\s+)?{weekday}",
          "night-between-weekdays", _DATE, day_period="night"),
    # "in der Nacht zum Donnerstag": the night before Thursday, dated by Thursday, its small hours.
    _rule(r"(?:in\s+der\s+)?Nacht\s+(?:zum|zu|auf|auf\s+den)\s+(?P<weekday>{weekday})", "night-before-weekday", _DATE,
          night_before=True),
    # Relative periods: "vergangene Woche", "im nächsten Jahr", "Ende des Jahres".
    _rule(r"(?P<rel>{rel})\s+" + _PERIOD_UNIT, "relative-period", _DATE),
    *(_rule(rf"{edge}\s+(?:de[sr]\s+)?(?:(?P<rel>{{rel}})\s+)?" + _PERIOD_UNIT, f"period-{mod.lower()}", _DATE,
            offset=0, modifier=mod)
      for edge, mod in _EDGES.items()),
    _rule(r"(?:(?:diese|dieser|diesem|dieses)\s+)?Woche(?=\s+(?:hatte|hat|war|wird|soll|sollen|wurde|wurden))",
          "this-week", _DATE, unit="week", offset=0),
    _rule(r"(?P<rel>{rel})\s+(?P<weekday>{weekday})", "relative-weekday", _DATE),
    _rule(r"(?P<rel>{rel})\s+(?P<month>{month})", "relative-month", _DATE),
    # "im März vergangenen Jahres", "im Mai des kommenden Jahres": the month of the year
    # counted from the reference's.
    _rule(r"(?:(?P<day>[1-9]|[12]\d|3[01])\.\s*)?(?P<month>{month})\s+(?:des\s+)?(?P<rel>{rel})\s+Jahres",
          "month-relative-year", _DATE, unit="year"),
    _rule(r"(?:(?P<rel>{rel})\s+)?(?P<season>{season})(?:\s+(?P<year>{year}))?", "season", _DATE),
    # Vague shifts: "vor einigen Tagen" is some time before, not three days.
    _rule(r"vor\s+(?:einigen|wenigen|mehreren|ein\s+paar)\s+(?:Tagen|Wochen|Monaten|Jahren|Stunden|Minuten)",
          "vague-ago", _DATE, ref="PAST"),
    _rule(r"in\s+(?:einigen|wenigen|ein\s+paar)\s+(?:Tagen|Wochen|Monaten|Jahren)", "vague-later", _DATE,
          ref="FUTURE"),
    # Counted shifts: "vor zwei Tagen", "in drei Wochen", "zwei Jahre später".
    _rule(r"(?:(?:etwa|rund|fast|knapp|gut|mehr\s+als|genau)\s+)?vor\s+" + _COUNTED + r"(?P<num>{number})\s+" + _SHIFT_UNIT,
          "ago", _DATE, sign=-1),
    _rule(r"vor\s+(?:einem|einer)\s+(?P<unit>Woche|Monat|Jahr|Jahrzehnt)", "ago-one", _DATE, sign=-1),
    _rule(r"(?<![Ss]eit\s)in\s+" + _COUNTED + r"(?P<num>{number})\s+" + _SHIFT_UNIT, "later", _DATE, sign=1),
    _rule(r"in\s+(?:einem|einer)\s+(?P<unit>Woche|Monat|Jahr)", "later-one", _DATE, sign=1),
    # "zwei Jahre später", "drei Tage zuvor" count from the event told just before, not from the
    # reference date: the length is a DURATION and "später"/"zuvor" an order word (as TimeML
    # tags "two years later"), which reconcile reads (offset_order_words).
    # Years and months.
    _rule(r"(?:im\s+)?Jahre?\s+(?P<year>{year})", "year-lead", _DATE),
    _rule(r"(?:(?<=\bseit\s)|(?<=\bbis\s)|(?<=\bab\s)|(?<=\bvon\s)|(?<=\bnach\s)|(?<=\bin\s)|(?<=\bzwischen\s)|"
          r"(?<=\bund\s)|(?<=\bvor\s)|(?<=\bfür\s)|(?<=\bbereits\s)|(?<=\bschon\s)|(?<=\berst\s)|"
          r"(?<=\bnoch\s)|(?<=\bzuletzt\s)|(?<=\berstmals\s)|(?<=\bdamals\s)|(?<=\bspätestens\s)|(?<=\bwurde\s)|"
          r"(?<=\bwurden\s)|(?<=\bwar\s)|(?<=\bwaren\s)|(?<=\bhatte\s)|(?<=\bhat\s)|(?<=^)|"
          r"(?<=[.!?]\s))(?P<year>{year})" + _YEAR_CLOSES,
          "year", _DATE),
    *(_rule(rf"{edge}\s+(?P<year>{{year}})", f"year-{mod.lower()}", _DATE, modifier=mod)
      for edge, mod in _EDGES.items()),
    _rule(r"(?:(?<=\bim\s)|(?<=\bseit\s)|(?<=\bbis\s)|(?<=\bab\s)|(?<=\bbis\s)|(?<=\bvom\s)|(?<=\bzum\s))"
          r"(?P<month>{month})(?!\s*\d)", "month-after-preposition", _DATE),
    *(_rule(rf"{edge}\s+(?P<month>{{month}})(?:\s+(?P<year>{{year}}))?", f"month-{mod.lower()}", _DATE, modifier=mod)
      for edge, mod in _EDGES.items()),
    _rule(r"(?:die\s+|den\s+)?(?P<decade>(?:19|20)\d0)er(?:\s+Jahre(?:n)?)?", "decade", _DATE),
    _rule(r"(?P<ordinal>{ordinal})\s+Quartal(?:\s+(?P<year>{year}))?", "quarter", _DATE, ordinal_is="quarter"),
    _rule(r"(?P<ordinal>{ordinal})\s+Halbjahr(?:\s+(?P<year>{year}))?", "half", _DATE, ordinal_is="half"),
    # Not lengths of time: ages ("im Alter von 45 Jahren").
    _rule(r"im\s+Alter\s+von\s+(?:\d+|{number})\s+Jahren", "age", {"kind": "none"}),
    # Not dates: a month and a number before a noun is a count ("seit Januar 1200 Personen").
    _rule(r"(?P<month>{month})\s+\d{3,4}(?=\s+(?-i:[A-ZÄÖÜ]))", "month-then-count", {"kind": "none"}),
    # Durations the number+unit reading misses.
    # Adjectives of length: "nach zwölfstündigen Verhandlungen", "ein 90-minütiges Gespräch".
    _rule(r"(?P<num>\d+|{number})-?(?P<unit>stündig|minütig|tägig|wöchig|monatig)(?:e|en|er|es|em)?",
          "duration-adjective", _DURATION),
    # Hours and minutes as one length: "dauerten eine Stunde und 45 Minuten", "2 Stunden und 10
    # Minuten". ("um 10 Uhr und 30 Minuten" is no length: "Uhr" is not "Stunden".)
    _rule(r"(?P<hour>\d{1,3}|{number})\s+(?:Stunde|Stunden|Std\.?)\s+und\s+"
          r"(?P<minute>[0-5]?\d|{number})\s+(?:Minute|Minuten|Min\.?)(?!\w)", "hours-minutes", _DURATION),
    # A clock-like hours:minutes with "Stunden" after it is a length ("nach 3:41 Stunden", "dauerte 2:05 Std.").
    _rule(r"(?<![\d.:])(?P<hour>\d{1,2}):(?P<minute>[0-5]\d)\s+(?:Stunden|Std\.?)(?!\w)", "clock-form-hours-minutes",
          _DURATION),
    _rule(r"(?:die\s+|den\s+)?(?:vergangenen|letzten|nächsten|kommenden|ersten)\s+(?P<num>{number})\s+"
          r"(?P<unit>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Stunden|Minuten)", "duration-span", _DURATION),
    _rule(r"(?:etwa|rund|fast|knapp|gut|ungefähr)\s+(?:eine\s+|einer\s+)?Viertelstunde", "quarter-hour-approx",
          _DURATION, duration_unit="MIN", duration_count=15.0, duration_s=900.0, modifier="APPROX", approximate=True),
    _rule(r"(?:eine\s+|einer\s+)?Viertelstunde", "quarter-hour", _DURATION, duration_unit="MIN", duration_count=15.0,
          duration_s=900.0),
    _rule(r"(?:eine\s+|einer\s+)?Dreiviertelstunde", "three-quarter-hour", _DURATION, duration_unit="MIN",
          duration_count=45.0, duration_s=2700.0),
    # A day and month in digits with no year ("am 15.07.", "vom 15.07. bis 20.07."): the year is
    # read like any day and month said without one. The preposition keeps decimals out, and
    # "Uhr" after the number makes it a clock time ("bis 10.12 Uhr").
    _rule(r"(?:(?<=\bam\s)|(?<=\bvom\s)|(?<=\bbis\s)|(?<=\bzum\s)|(?<=\bab\s)|(?<=\bseit\s))"
          r"(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>0?[1-9]|1[0-2])(?:\.(?!\d))?"
          r"(?![.,]?\d|\s*(?:Uhr|h\b|%|Prozent|Euro|Dollar|Punkte))", "day-month-digits", _DATE),
    # Sets.
    _rule(r"täglich|jeden\s+Tag", "daily", _SET, duration_unit="D", duration_count=1.0),
    _rule(r"wöchentlich|jede\s+Woche", "weekly", _SET, duration_unit="W", duration_count=1.0),
    _rule(r"monatlich|jeden\s+Monat", "monthly", _SET, duration_unit="M", duration_count=1.0),
    _rule(r"jährlich|jedes\s+Jahr|alljährlich", "annually", _SET, duration_unit="Y", duration_count=1.0),
    _rule(r"stündlich", "hourly", _SET, duration_unit="H", duration_count=1.0),
    _rule(r"(?:jeden|jeweils\s+am)\s+(?P<weekday>{weekday})", "every-weekday", _SET),
    _rule(r"(?P<weekday>montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)", "weekday-plural",
          _SET),
)

_ORDINALS: dict[str, int] = {}
for _word, _value in (("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4)):
    for _ending in _ENDINGS:
        _ORDINALS[_word + _ending] = _value
_ORDINALS.update({f"{n}.": n for n in range(1, 5)})

_DAY_PARTS_WORDS = {"Morgen": "morning", "früh": "morning", "Früh": "morning", "Vormittag": "morning",
                    "Mittag": "noon", "Nachmittag": "afternoon", "Abend": "evening", "Nacht": "night"}
_RELATIVE_DAY_PERIODS: dict[str, tuple[int, str]] = {}
for _day_word, _offset in (("heute", 0), ("gestern", -1), ("vorgestern", -2), ("übermorgen", 2)):
    for _part_word, _period in _DAY_PARTS_WORDS.items():
        _RELATIVE_DAY_PERIODS[f"{_day_word} {_part_word}"] = (_offset, _period)
_RELATIVE_DAY_PERIODS.update({
    # The night before the reference day in past-tense copy ("In der Nacht kam es zu Explosionen").
    "in der vergangenen Nacht": (-1, "night"), "letzte Nacht": (-1, "night"), "vergangene Nacht": (-1, "night"),
    "heute Nacht": (0, "night"),
})

LANGUAGE = Language(
    code="de",
    name="Deutsch",
    script=r"[A-Za-z]",
    digits_on_24_hour_clock=True,
    clock_leads=(r"um", r"gegen", r"ab", r"bis", r"seit", r"vor", r"nach", r"kurz\s+vor", r"kurz\s+nach",
                 r"bereits\s+um", r"erst\s+um", r"etwa\s+um"),
    bare_hour_leads=(),
    # "seit Jahren", "nach Stunden": a plural unit after a duration lead, with no count (PXY).
    uncounted_durations=True,
    clock_separators=(":",),
    weak_clock_separators=(".",),
    day_periods={
        "Uhr": "", "h": "", "Uhr morgens": "morning", "Uhr früh": "morning", "Uhr vormittags": "am",
        "Uhr nachmittags": "afternoon", "Uhr mittags": "noon", "mittags": "noon", "Uhr abends": "evening",
        "Uhr nachts": "night", "Uhr in der Früh": "morning", "Uhr am Morgen": "morning", "Uhr am Abend": "evening",
        "Uhr in der Nacht": "night", "morgens": "morning", "vormittags": "am", "nachmittags": "afternoon",
        "abends": "evening", "nachts": "night",
        # After a time said in words ("halb eins in der Nacht", "um acht am Abend").
        "in der Nacht": "night", "in der Früh": "morning", "am Morgen": "morning", "am Abend": "evening",
        "am Vormittag": "am", "am Nachmittag": "afternoon",
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
    equivalence_connectors=("also", "das heißt", "d.h.", "d. h.", "entspricht", "was", "=", "also um",
                            "das heißt um", "d.h. um", "d. h. um"),
    weak_equivalence_connectors=("oder", "-", "/", ",", "und", "|"),
    comma_restatement_words=("oder", "also"),
    order_words={"nach": "after", "vor": "before", "später": "after", "früher": "before"},
    number_words=_NUMBER_WORDS,
    fraction_words={"½": 0.5},
    duration_units={
        "Sekunde": (_SECOND, 1), "Sekunden": (_SECOND, 0), "Minute": (_MINUTE, 1), "Minuten": (_MINUTE, 0),
        "Min.": (_MINUTE, 0), "Stunde": (_HOUR, 1), "Stunden": (_HOUR, 0), "Std.": (_HOUR, 0),
        "Tag": (_DAY, 1), "Tage": (_DAY, 0), "Tagen": (_DAY, 0), "Woche": (7 * _DAY, 1),
        "Wochen": (7 * _DAY, 0), "Monat": (30 * _DAY, 1), "Monate": (30 * _DAY, 0), "Monaten": (30 * _DAY, 0),
        "Jahr": (365 * _DAY, 1), "Jahre": (365 * _DAY, 0), "Jahren": (365 * _DAY, 0),
        "Jahrzehnt": (3650 * _DAY, 1), "Jahrzehnte": (3650 * _DAY, 0), "Jahrzehnten": (3650 * _DAY, 0),
    },
    duration_leads=(r"für", r"während", r"dauerte", r"dauerten", r"nach", r"innerhalb", r"binnen", r"seit",
                    r"über", r"lang", r"innerhalb\s+von"),
    approximate_words=("etwa", "rund", "fast", "knapp", "gut", "mehr als", "weniger als", "ungefähr", "über",
                       "nahezu", "annähernd", "beinahe", "circa", "ca.", "zirka", "mindestens", "höchstens",
                       "bis zu", "gut eine", "knapp eine"),
    bounding_words={"mehr als": "MORE_THAN", "über": "MORE_THAN", "weniger als": "LESS_THAN",
                    "mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS", "bis zu": "EQUAL_OR_LESS"},
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2},
    relative_day_periods=_RELATIVE_DAY_PERIODS,
    weekdays=cldr_weekdays("de", abbreviated=False),
    months=cldr_months("de", "de_AT"),
    numeric_date_order="dmy",
    day_month_joiners=(".",),
    date_joiners=("den", "dem"),
    future_cues=(r"wird", r"werden", r"soll", r"sollen", r"sollte", r"will", r"wollen", r"plant", r"planen",
                 r"geplant", r"angesetzt", r"vorgesehen", r"erwartet", r"findet", r"beginnt", r"startet",
                 r"bis", r"ab", r"kommend\w*", r"nächst\w*", r"bevorstehend\w*", r"voraussichtlich",
                 # The present tense says what is scheduled ("Am Sonntag spielt die Mannschaft …").
                 r"spielt", r"spielen", r"trifft", r"treffen\s+sich", r"tagt", r"tagen", r"reist", r"berät",
                 r"beraten", r"entscheidet", r"kommt", r"kommen", r"tritt", r"treten", r"eröffnet", r"empfängt",
                 r"besucht", r"stimmt", r"stimmen", r"wählt", r"wählen", r"verhandelt", r"verhandeln", r"endet",
                 r"läuft", r"fällt",
                 # trips announced in the present ("fliegt in der Nacht zum Sonntag nach Indien"); the past
                 # is "flog", "landete", "reiste"
                 r"fliegt", r"fliegen", r"landet", r"landen", r"reisen", r"bricht", r"brechen", r"kehrt",
                 r"kehren", r"hält", r"halten", r"legt", r"öffnet", r"öffnen", r"schließt", r"schließen"),
    # After a date that opens its sentence, a past-tense verb before any such cue says the
    # clause tells of the past ("Am Montag hatte die Regierung …").
    # "der ursprünglich für Donnerstag geplante Start": a plan since changed.
    # A span in which something happens or a shift of a schedule, not how long an event lasts:
    # "binnen 48 Stunden", "um zwei Stunden verschoben".
    span_leads=("binnen", "innerhalb", "innerhalb von", "verschoben um", "verzögert um", "vorverlegt um",
                "eine Verspätung von", "mit einer Verspätung von"),
    shift_tails=("Verspätung", "Verzögerung", "Verzug", "Rückstand", "Vorsprung"),
    past_plan_cues=(r"ursprünglich(?:\s+für)?", r"zunächst(?:\s+für)?", r"eigentlich(?:\s+für)?", r"war", r"waren"),
    # A pluperfect ("war bereits am Mittwochabend eingetroffen", "hatte am Freitag angekündigt")
    # tells background: its day is not the one the story goes on with.
    background_cues=(r"hatten?", r"waren?\s+(?:bereits|schon|zuvor|erst)"),
    relative_clause_openers=(r",\s*(?:der|die|das|welche[rs]?)",),
    past_verbs=(r"war", r"waren", r"wurde", r"wurden", r"hatte", r"hatten", r"hat", r"haben", r"kam", r"kamen",
                r"ging", r"gingen", r"fand", r"fanden", r"begann", r"begannen", r"sprach", r"traf", r"trafen",
                r"gab", r"stand", r"lag", r"fiel", r"starb", r"hielt", r"blieb", r"sagte", r"erklärte", r"teilte",
                r"meldete", r"berichtete", r"kündigte", r"warnte", r"forderte", r"stimmte", r"beschloss",
                r"einigten", r"reiste", r"landete", r"startete", r"endete", r"eröffnete", r"spielte", r"wählte",
                # More strong and weak past forms of news verbs ("Die Kundgebung dauerte von 9 bis 12 Uhr").
                r"dauerten?", r"verließen?", r"flogen?", r"landeten", r"starteten", r"endeten", r"trat", r"traten",
                r"telefonierten?", r"betonten?", r"erreichten?", r"unterzeichneten?", r"fielen", r"brach", r"brachen",
                r"explodierten?", r"bebte", r"versammelten", r"demonstrierten?", r"protestierten?", r"stürzten?",
                r"verhandelten?", r"berieten", r"beriet", r"wurden?", r"stiegen?", r"sanken?", r"kündigten",
                r"bestätigten?", r"eröffneten", r"empfingen?", r"besuchten?", r"legten?", r"stellten?", r"zogen?",
                r"tagten?", r"sprachen", r"verkündeten?", r"meldeten", r"berichteten", r"erklärten", r"sagten",
                r"hob", r"hoben", r"schlug", r"schlugen", r"begannen", r"ereignete", r"geschah"),
    clock_hour_words=_HOUR_WORDS,
    # "halb acht" is 7:30, "Viertel nach acht" 8:15, "Viertel vor neun" 8:45.
    clock_minute_prefixes={"halb": -30, "Viertel nach": 15, "viertel nach": 15, "Viertel vor": -15,
                           "viertel vor": -15, "Dreiviertel": -15, "dreiviertel": -15},
    named_times={"Mitternacht": (24, 0)},
    lead_named_times={"Mittag": (12, 0)},
    named_time_leads=("um", "gegen", "ab", "bis", "vor", "nach", "kurz vor", "kurz nach", "zu"),
    # Ordinal numbers end in a full stop ("am 18. Juni", "im 3. Quartal", "zum 2. Mal") and
    # end a sentence far more rarely than they stand inside one.
    non_final_abbreviations=("Dr.", "Prof.", "Nr.", "z.B.", "d.h.", "bzw.", "ca.", "u.a.", "St.", "Str.",
                             "Min.", "Std.", "Jan.", "Feb.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
                             *(f"{n}." for n in range(1, 32))),
    stopwords=frozenset(
        """der die das den dem des ein eine einer einem einen und oder aber auch nicht nur noch schon
        in im an am auf aus bei mit nach von vor zu zum zur für über unter um gegen seit bis ist sind
        war waren wurde wurden wird werden hat haben hatte sich sie er es wir ihr ich man dass als wie
        wenn so sein seine ihre uhr zeit ortszeit heute gestern morgen montag dienstag mittwoch
        donnerstag freitag samstag sonntag laut vom ab etwa rund kurz""".split()
    ),
    # A time mention masked out of a label takes the preposition before it along.
    label_clause_joiners=("und", "aber", "während"),
    mention_leads=("am", "um", "gegen", "ab", "seit", "im", "vom", "zum", "bis", "gegen", "kurz nach",
                   "kurz vor", "etwa um", "erst um", "bereits um", "in der", "in den", "für", "von"),
    event_nouns=frozenset(
        """Treffen Gipfel Gipfeltreffen Gespräch Gespräche Gesprächen Konferenz Pressekonferenz Sitzung
        Rede Besuch Abstimmung Wahl Wahlen Spiel Anschlag Angriff Explosion Erdbeben Start Zeremonie
        Trauerfeier Kundgebung Demonstration Prozess Anhörung Flug Streik Verhandlungen Debatte
        Konzert Rennen Sturm Anruf Ankündigung Erklärung Brand Unfall Begegnung Beratungen Ansprache
        Interview Partie Luftangriff Beben Beerdigung Protest Proteste Telefonat Feuer Absturz""".split()
    ) | frozenset(_EVENT_GENITIVES) | frozenset(_EVENT_INFLECTIONS),
    event_concepts=_EVENT_CONCEPTS,
    not_places=frozenset({
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Und", "Uhr", "Zeit", "Ortszeit", "Mai",
        "März", "Kanzler", "Kanzlerin", "Präsident", "Bundestag", "Regierung", "Am", "Im", "Um", "Bei",
        "Nach", "Laut", "Wie", "Es", "Sie", "Er", "Mitte", "Ende", "Anfang", "Stunden", "Minuten", "Tag",
        "Morgen", "Abend", "Nacht", "Polizei", "Gipfel", "Treffen", "Mittag", "Mitternacht", "Woche",
    }),
    place_prepositions=("in", "im", "aus", "nach", "bei", "nahe", "von"),
    definite_articles=("der", "die", "das", "den", "dem"),
    # "um 19 Uhr am Dienstag", "(1.00 Uhr MEZ am Mittwoch)": the day said with a time.
    time_day_joiners=("am",),
    # A national team is named by its country ("die Nationalmannschaft Frankreichs", "schlug Spanien"): no place.
    not_place_after=frozenset({"schlug", "besiegte", "bezwang"}),
    travel_destination_phrases=("Maschine nach", "Flug nach", "Flugzeug nach", "Zug nach", "Bus nach", "Fähre nach",
                                "Flieger nach", "Abflug nach", "Weiterflug nach", "Rückflug nach", "Richtung",
                                "Rückreise nach", "Heimreise nach"),
    travel_origin_phrases=("Maschine aus", "Flug aus", "Flugzeug aus", "Zug aus", "Fähre aus", "kommend aus"),
    arrival_words=("landete", "landet", "gelandet", "eingetroffen", "angekommen"),
    place_back_references=("dort", "vor Ort", "die Stadt", "der Stadt", "die Hauptstadt", "der Hauptstadt"),
    place_name_abbreviations={"St.": ("Sankt",)},
    places_capitalised=True,
    distinctive_letters="äöüß",
    function_words=frozenset(
        """der die das und ist nicht den dem des ein eine mit von zu im auf für sich wurde auch um bei
        sind war wird hat haben noch nach einem einer laut
        in es an vor bis wo hatte werden soll sie er wir aus als oder aber dass wie seit""".split()
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
        "Weltzeit": "Etc/UTC", "Berliner": "Europe/Berlin", "Wiener": "Europe/Vienna",
        "Genfer": "Europe/Zurich", "Londoner": "Europe/London", "Washingtoner": "America/New_York",
        "ukrainischer": "Europe/Kyiv", "iranischer": "IR", "Teheraner": "Asia/Tehran",
    },
    zone_declarations=(
        r"(?:alle\s+)?(?:Zeitangaben|Uhrzeiten|Zeiten)\s+(?:sind\s+)?(?:in\s+|nach\s+)?",
    ),
    conversion_marks=("/",),
    cue_sharing_connectors=(r"bis", r"und", r"oder", r"zwischen", r"von", r"dann"),
    zone_adjective_endings=(("er", ""), ("er", "e"), ("aer", "a"), ("ener", "en")),
    home_institution_words=frozenset("armee polizei militär feuerwehr gendarmerie".split()),
    demonyms={f"{stem}{end}": cc for stem, cc in (("libanesisch", "LB"), ("libysch", "LY"), ("syrisch", "SY"),
                                                   ("irakisch", "IQ"), ("mexikanisch", "MX"), ("russisch", "RU"),
                                                   ("ukrainisch", "UA"), ("spanisch", "ES"), ("griechisch", "GR"),
                                                   ("amerikanisch", "US"), ("kanadisch", "CA"))
              for end in ("e", "en", "er", "es", "em")},
    place_kind_words={"Stadt": "city", "Hauptstadt": "city", "Land": "country", "Bundesstaat": "region",
                      "Provinz": "region", "Region": "region"},
    # Relations between mentions and events (reconcile).
    range_openers=("von", "zwischen", "vom"),
    range_connectors=("bis", "und", "-"),
    range_connectors_strong=("bis", "-"),
    daily_words=("täglich", "jeden Tag"),
    list_joiners=("und",),
    duration_range_joiners=("bis", "-", "oder"),
    # "zwischen 2 und 3 Stunden": one duration range.
    duration_range_pairs={"zwischen": ("und",)},
    offset_order_words={"später": "after", "danach": "after", "nach": "after", "zuvor": "before",
                        "vorher": "before", "vor": "before"},
    event_end_phrases=(r"nach dem Ende (?:des|der) {event}", r"am Ende (?:des|der) {event}",
                       r"zum Abschluss (?:des|der) {event}", r"nach Abschluss (?:des|der) {event}",
                       r"bei (?:dessen|deren) Ende", r"zu (?:dessen|deren) Abschluss",
                       r"als (?:es|sie|er) (?:zu Ende (?:war|ging)|endete|beendet war)"),
    sequel_days={"am nächsten Tag": 1, "am folgenden Tag": 1, "tags darauf": 1, "am Tag darauf": 1,
                 "am nächsten Morgen": 1, "am Vortag": -1, "am Tag zuvor": -1, "tags zuvor": -1},
    approximate_time_words=("gegen", "etwa", "etwa um", "ungefähr", "kurz vor", "kurz nach", "gegen halb",
                            "rund", "circa", "ca."),
    phase_words={
        "begann": "start", "begannen": "start", "beginnt": "start", "beginnen": "start", "Beginn": "start",
        "startete": "start", "startet": "start", "eröffnet": "start", "eröffnete": "start", "Auftakt": "start",
        "endete": "end", "endeten": "end", "endet": "end", "Ende": "end", "beendet": "end", "schloss": "end",
        "abgeschlossen": "end", "Abschluss": "end",
    },
    calendar_units=_CALENDAR_UNITS,
    relative_words=_RELATIVE_WORDS,
    ordinals=_ORDINALS,
    seasons={"Frühling": "SP", "Frühjahr": "SP", "Sommer": "SU", "Herbst": "FA", "Winter": "WI"},
    phrase_rules=_PHRASES,
    vague_counts=_VAGUE,
    measure_of_words=(),
)
