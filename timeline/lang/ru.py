"""Russian: lexicon and word order for news copy (TASS, RIA Novosti, Interfax, Kommersant).

Russian inflects months, weekdays, numerals and units by case ("16 июня", "в июне";
"в среду", "до среды"; "два часа", "около четырёх часов", "более двух часов"), so the
lists below carry every case news copy uses, with "ё" and "е" spellings both.
Dates read "16 июня 2021 года", "16.06.2021"; clock times "13:35" or "14.35", "в восемь
вечера"; zone cues "по местному времени", "по московскому времени", "мск".
"""

from timeline.lang.base import Language, PhraseRule, cldr_months, cldr_weekdays

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400


def _yo(words: dict) -> dict:
    """Every entry with "ё" also spelt with "е", as most copy writes it."""
    out = dict(words)
    for word, value in words.items():
        if "ё" in word:
            out.setdefault(word.replace("ё", "е"), value)
    return out


# Numerals in the cases they take before a unit: nominative/accusative ("два часа",
# "через три недели"), genitive ("около четырёх часов", "более двух часов"),
# prepositional and dative as in "в течение двух" / "к пяти".
_CARDINALS = {
    1: ("один", "одна", "одну", "одного", "одной"),
    2: ("два", "две", "двух"), 3: ("три", "трёх"), 4: ("четыре", "четырёх"), 5: ("пять", "пяти"),
    6: ("шесть", "шести"), 7: ("семь", "семи"), 8: ("восемь", "восьми"), 9: ("девять", "девяти"),
    10: ("десять", "десяти"), 11: ("одиннадцать", "одиннадцати"), 12: ("двенадцать", "двенадцати"),
    13: ("тринадцать", "тринадцати"), 14: ("четырнадцать", "четырнадцати"), 15: ("пятнадцать", "пятнадцати"),
    16: ("шестнадцать", "шестнадцати"), 17: ("семнадцать", "семнадцати"), 18: ("восемнадцать", "восемнадцати"),
    19: ("девятнадцать", "девятнадцати"), 20: ("двадцать", "двадцати"), 30: ("тридцать", "тридцати"),
    40: ("сорок", "сорока"), 50: ("пятьдесят", "пятидесяти"), 60: ("шестьдесят", "шестидесяти"),
    70: ("семьдесят", "семидесяти"), 80: ("восемьдесят", "восьмидесяти"), 90: ("девяносто", "девяноста"),
    100: ("сто", "ста"),
}
_NUMBER_WORDS: dict[str, float] = {}
for _value, _forms in _CARDINALS.items():
    for _form in _forms:
        _NUMBER_WORDS[_form] = _value
# "двадцать четыре часа", "двадцати четырёх часов": nominative with nominative, genitive with genitive.
for _tens in (20, 30, 40, 50):
    for _unit in range(1, 10):
        for _case in (0, 1):
            _tens_form = _CARDINALS[_tens][min(_case, len(_CARDINALS[_tens]) - 1)]
            _unit_forms = _CARDINALS[_unit]
            _unit_form = _unit_forms[0] if _case == 0 else _unit_forms[-1] if _unit != 1 else "одного"
            _NUMBER_WORDS[f"{_tens_form} {_unit_form}"] = _tens + _unit
_NUMBER_WORDS.update({
    "полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "пол": 0.5, "половину": 0.5,
    # Collective numerals, said of days and nights ("двое суток", "трое суток").
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "несколько": 3, "нескольких": 3, "пару": 2, "пара": 2, "пары": 2, "пять-шесть": 5.5,
})
_NUMBER_WORDS = _yo(_NUMBER_WORDS)
_VAGUE = ("несколько", "нескольких")

# Clock hours in words, read after a clock lead or before a day period ("в восемь вечера",
# "в час дня"). Only nominative/accusative: "около четырёх часов" is a length of time.
_HOUR_WORDS = {"час": 1, **{f: v for v, forms in _CARDINALS.items() if v <= 12 for f in forms[:1]}}
_HOUR_WORDS.update({"одна": 1, "две": 2})

_EVENT_CONCEPTS = {
    "встреча": "meeting", "встречи": "meeting", "переговоры": "meeting", "заседание": "meeting",
    # The genitive after a length: "после трёх часов переговоров".
    "переговоров": "meeting",
    "беседа": "meeting", "саммит": "summit", "пресс-конференция": "press-conference",
    "конференция": "press-conference", "брифинг": "press-conference", "интервью": "interview",
    "выступление": "speech", "обращение": "speech", "речь": "speech", "визит": "visit",
    "голосование": "vote", "выборы": "election", "матч": "match", "игра": "match", "атака": "attack",
    "нападение": "attack", "удар": "attack", "обстрел": "attack", "взрыв": "explosion",
    "землетрясение": "earthquake", "запуск": "launch", "церемония": "ceremony", "похороны": "funeral",
    "митинг": "protest", "акция": "protest", "протест": "protest", "суд": "trial", "процесс": "trial",
    "рейс": "flight", "забастовка": "strike", "дебаты": "debate", "концерт": "concert", "гонка": "race",
    "шторм": "storm", "звонок": "call", "разговор": "call", "заявление": "statement", "пожар": "fire",
    "авария": "crash", "крушение": "crash", "обсуждение": "meeting", "совещание": "meeting",
    "консультации": "meeting", "сессия": "meeting", "учение": "exercise", "учения": "exercise",
    "старт": "launch", "посадка": "landing", "приземление": "landing", "вылет": "flight",
}

# Event nouns are listed in the nominative; a text names them in every case ("после встречи",
# "на саммите", "в ходе обсуждений", "перед голосованием"). Regular endings only: a form is
# added for a noun of that declension, and the few irregular genitive plurals are spelled out.
_PLURAL_ONLY = {"переговоры": "переговор", "выборы": "выбор", "дебаты": "дебат", "похороны": "похорон",
                "консультации": "консультаци", "торги": "торг"}


_FLEETING = {"звонок": "звонк"}  # the vowel dropped before an ending: "звонка", "звонком"
_GENITIVE_PLURALS = {"забастовка": "забастовок", "гонка": "гонок", "посадка": "посадок"}


def _case_forms(noun: str) -> tuple[str, ...]:
    if noun in _FLEETING:
        stem = _FLEETING[noun]
        return (noun, *(stem + e for e in ("а", "у", "ом", "е", "и", "ов", "ам", "ах", "ами")))
    if noun in _PLURAL_ONLY:
        stem = _PLURAL_ONLY[noun]
        soft = stem.endswith("и") or stem.endswith("г")
        return (noun, *(stem + e for e in (("й", "ям", "ях", "ями") if stem.endswith("и") else
                                            ("ов", "ам", "ах", "ами") if not soft else ("ов", "ам", "ах", "ами"))),
                *((stem,) if noun == "похороны" else ()))
    if noun.endswith("ие"):  # заседание, выступление, голосование, обсуждение
        stem = noun[:-1]
        return (noun, *(stem + e for e in ("я", "ю", "и", "ем", "й", "ям", "ях", "ями")))
    if noun.endswith("ия"):  # конференция, церемония, акция
        stem = noun[:-1]
        return (noun, *(stem + e for e in ("и", "ю", "ей", "й", "ям", "ях", "ями")))
    if noun.endswith("а"):  # встреча, беседа, забастовка, атака
        stem = noun[:-1]
        after_hushing = stem[-1] in "жшчщкгх"
        return (noun, _GENITIVE_PLURALS.get(noun, stem),
                *(stem + e for e in ("и" if after_hushing else "ы", "е", "у", "ей" if stem[-1] in "жшчщ" else "ой",
                                     "ам", "ах", "ами")))
    if noun.endswith("ь"):  # речь
        stem = noun[:-1]
        return (noun, stem + "и", stem + "ью")
    if noun[-1] in "бвгдзклмнпрстфхжшчщ":  # саммит, визит, матч, взрыв, запуск, удар
        soft = noun[-1] in "жшчщ"
        return (noun, *(noun + e for e in ("а", "у", "ем" if soft else "ом", "е", "и" if soft or noun[-1] in "кгх"
                                           else "ы", "ей" if soft else "ов", "ам", "ах", "ами")))
    return (noun,)


# Every case form of a listed event noun names its concept ("после саммита" is the summit).
_EVENT_FORMS = {form: concept for noun, concept in _EVENT_CONCEPTS.items() for form in _case_forms(noun)}


# --- calendar words in their cases --------------------------------------------------------

_MONTHS = {
    **cldr_months("ru"),
    # Prepositional ("в июне") and a few genitive-plural-free abbreviations CLDR lacks.
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7, "августе": 8,
    "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}
_WEEKDAYS = {
    **cldr_weekdays("ru", abbreviated=False),
    # Accusative ("в среду"), genitive ("с понедельника", "до пятницы"), dative ("к среде"),
    # prepositional after "в прошлую" is the accusative again.
    "среду": 2, "пятницу": 4, "субботу": 5,
    "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6,
    "понедельнику": 0, "вторнику": 1, "среде": 2, "четвергу": 3, "пятнице": 4, "субботе": 5, "воскресенью": 6,
}
# Adjectives of direction in every case and gender: "в прошлом году", "на прошлой неделе",
# "в прошлый понедельник", "прошлого года".
_ADJ_ENDINGS_HARD = ("ый", "ого", "ому", "ом", "ой", "ую", "ая", "ое", "ые", "ых", "ым")
_ADJ_ENDINGS_SOFT = ("ий", "его", "ему", "ем", "ей", "юю", "яя", "ее", "ие", "их", "им")
_ADJ_ENDINGS_MIXED = ("ий", "его", "ему", "ем", "ей", "ую", "ая", "ее", "ие", "их", "им")
_RELATIVE_WORDS: dict[str, int] = {}
for _stem, _endings, _offset in (
    ("прошл", _ADJ_ENDINGS_HARD, -1), ("минувш", _ADJ_ENDINGS_MIXED, -1), ("предыдущ", _ADJ_ENDINGS_MIXED, -1),
    ("следующ", _ADJ_ENDINGS_MIXED, 1), ("будущ", _ADJ_ENDINGS_MIXED, 1), ("предстоящ", _ADJ_ENDINGS_MIXED, 1),
    ("наступающ", _ADJ_ENDINGS_MIXED, 1), ("текущ", _ADJ_ENDINGS_MIXED, 0), ("нынешн", _ADJ_ENDINGS_SOFT, 0),
):
    for _ending in _endings:
        _RELATIVE_WORDS[_stem + _ending] = _offset
_RELATIVE_WORDS.update({"этот": 0, "этого": 0, "этом": 0, "этой": 0, "эту": 0, "эта": 0, "это": 0})

_CALENDAR_UNITS = {
    **dict.fromkeys(("день", "дня", "дней", "дню", "днях", "сутки", "суток"), "day"),
    **dict.fromkeys(("неделя", "неделю", "недели", "неделе", "недель", "неделях"), "week"),
    **dict.fromkeys(("выходные", "выходных"), "weekend"),
    **dict.fromkeys(("месяц", "месяца", "месяце", "месяцев", "месяцу"), "month"),
    **dict.fromkeys(("квартал", "квартала", "квартале", "кварталов"), "quarter"),
    **dict.fromkeys(("полугодие", "полугодия", "полугодии"), "half"),
    **dict.fromkeys(("год", "года", "году", "лет", "годы", "годах"), "year"),
    **dict.fromkeys(("десятилетие", "десятилетия", "десятилетий"), "decade"),
    **dict.fromkeys(("век", "века", "веке"), "century"),
    **dict.fromkeys(("час", "часа", "часов"), "hour"),
    **dict.fromkeys(("минута", "минуту", "минуты", "минут"), "minute"),
    # Stems of length adjectives ("двухчасовой", "20-минутный", "трёхдневный").
    "минутн": "minute", "суточн": "day", "дневн": "day", "недельн": "week", "месячн": "month",
}
_SHIFT_UNIT = (r"(?P<unit>день|дня|дней|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет|"
               r"десятилетие|десятилетия|десятилетий)")
_PERIOD_UNIT = (r"(?P<unit>неделя|неделю|недели|неделе|выходные|выходных|месяц|месяца|месяце|квартал|квартала|"
                r"квартале|год|года|году|полугодие|полугодия|полугодии)")
_PARTS_OF_DAY = {"утром": "morning", "днём": "afternoon", "днем": "afternoon", "вечером": "evening",
                 "ночью": "night"}
_EDGES = (("начал[еоа]|начало", "START"), ("середин[еыау]", "MID"), ("конц[еау]|конец", "END"))
_ORDINALS = {
    **dict.fromkeys(("первый", "первого", "первом", "первое", "первая", "первой", "первую"), 1),
    **dict.fromkeys(("второй", "второго", "втором", "второе", "вторая", "вторую"), 2),
    **dict.fromkeys(("третий", "третьего", "третьем", "третье", "третья", "третьей", "третью"), 3),
    **dict.fromkeys(("четвёртый", "четвёртого", "четвёртом", "четвертый", "четвертого", "четвертом"), 4),
    "I": 1, "II": 2, "III": 3, "IV": 4,
}
_DATE, _DURATION, _SET, _TIME = {"kind": "date"}, {"kind": "duration"}, {"kind": "set"}, {"kind": "time"}


def _rule(pattern: str, name: str, kind: dict, case_sensitive: bool = False, **fields) -> PhraseRule:
    return PhraseRule(pattern, {**kind, **fields}, name, case_sensitive)


# Lengths said with a unit in the genitive singular and no number ("в течение часа",
# "около недели", "более суток"): one unit.
_ONE_UNIT = (("часа", "H"), ("суток", "D"), ("дня", "D"), ("недели", "W"), ("месяца", "M"), ("года", "Y"),
             ("минуты", "MIN"))
_LETTER_SECONDS = {"MIN": _MINUTE, "H": _HOUR, "D": _DAY, "W": 7 * _DAY, "M": 30 * _DAY, "Y": 365 * _DAY}
_ONE_UNIT_LEADS = ((r"в\s+течение|на\s+протяжении|не\s+менее|не\s+более", None),
                   (r"около|почти|примерно|порядка|приблизительно", "APPROX"),
                   (r"более|свыше|больше", "MORE_THAN"), (r"менее|меньше", "LESS_THAN"))

# Verbs and leads of lasting just before a length ("длились", "продлится", "в течение"); each
# is its own fixed-width lookbehind.
_LASTING = ("длился", "длилась", "длилось", "длились", "продолжался", "продолжалась", "продолжалось",
            "продолжались", "продлится", "продлятся", "продлился", "продлилась", "продлилось", "продлились",
            "занял", "заняла", "заняло", "заняли", "займёт", "займет", "займут", "в течение", "на протяжении")
_AFTER_LASTING = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _LASTING) + ")"

_PHRASES = (
    # An hour in words in the genitive with a part of the day is a clock time ("около трёх часов
    # ночи", "до двух часов дня"); without the part of the day ("около трёх часов") it is a length.
    # (Digits are the clock rules'. The approximation word is in the span: "около трёх часов" is a length.)
    _rule(r"(?:около|примерно|приблизительно|почти)\s+(?!\d)(?P<hour>{number})\s+"
          r"час(?:а|ов)\s+(?P<dayperiod>утра|дня|вечера|ночи)(?!\w)", "approximate-hour-words-period", _TIME,
          minute=0, approximate=True),
    _rule(r"(?!\d)(?P<hour>{number})\s+час(?:а|ов)\s+(?P<dayperiod>утра|дня|вечера|ночи)(?!\w)",
          "hour-words-period", _TIME, minute=0),
    # Vague references.
    _rule(r"недавно|в\s+последнее\s+время|ранее|прежде|в\s+прошлом(?!\s+(?:{unit}|{month}))", "ref-past", _DATE,
          ref="PAST"),
    _rule(r"сейчас|теперь|в\s+настоящее\s+время|ныне|на\s+данный\s+момент|в\s+данный\s+момент", "ref-present",
          _DATE, ref="PRESENT"),
    _rule(r"в\s+будущем|вскоре(?!\s+после)|в\s+ближайшее\s+время|скоро|в\s+перспективе", "ref-future", _DATE, ref="FUTURE"),
    # A part of the day alone ("утром", "вечером", "ночью"): that part of the day named just
    # before (Parts.anchored), else of the reference day, and the night before it.
    *(_rule(rf"(?:(?:рано|поздно)\s+)?{word}", f"day-part-{period}", _DATE, relative_days=-1 if period == "night" else 0,
            day_period=period, anchored=True)
      for word, period in _PARTS_OF_DAY.items()),
    _rule(r"на\s+днях", "ref-days-past", _DATE, ref="PAST"),
    _rule(r"в\s+(?:ближайшие|ближайшее|предстоящие|ближайшую)\s+(?:дни|недели|месяцы|годы|время|неделю)",
          "ref-coming", _DATE, ref="FUTURE"),
    _rule(r"в\s+последние\s+(?:дни|недели|месяцы|годы)", "ref-recent", _DATE, ref="PAST"),
    # Fixed-date holidays; the year is read like any day and month without one.
    _rule(r"(?:в\s+)?(?:День|день)\s+Победы", "victory-day", _DATE, month=5, day=9),
    _rule(r"(?:в\s+)?Новый\s+год|(?:в\s+)?новогоднюю\s+ночь", "new-year", _DATE, month=1, day=1),
    _rule(r"(?:в\s+)?Рождество|на\s+Рождество", "christmas-orthodox", _DATE, month=1, day=7),
    _rule(r"(?:в\s+|на\s+)?(?:выходные|выходных)(?!\s+дн)", "weekend", _DATE, unit="weekend"),
    # Parts of named days: "в среду вечером", "в ночь на субботу".
    *(_rule(rf"(?P<weekday>{{weekday}})\s+{word}", f"weekday-{period}", _DATE, day_period=period)
      for word, period in _PARTS_OF_DAY.items()),
    # "в ночь со среды на четверг": Wednesday's night, which runs into Thursday (a small-hours
    # time in it is Thursday's, an evening one Wednesday's).
    _rule(r"(?:в\s+)?ночь\s+с[оа]?\s+(?P<weekday>{weekday})\s+на\s+{weekday}", "night-between-weekdays", _DATE,
          day_period="night"),
    # "в ночь на пятницу": the night before Friday, dated by Friday, its small hours.
    _rule(r"ночь\s+(?:на|с\s+\w+\s+на)\s+(?P<weekday>{weekday})", "night-before-weekday", _DATE,
          night_before=True),
    # Relative periods ("на прошлой неделе", "в следующем месяце") and their edges ("в конце
    # прошлого года", "в начале месяца").
    _rule(r"(?P<rel>{rel})\s+" + _PERIOD_UNIT, "relative-period", _DATE),
    *(_rule(rf"(?:{edge})\s+(?:(?P<rel>{{rel}})\s+)?" + _PERIOD_UNIT, f"period-{mod.lower()}", _DATE, offset=0,
            modifier=mod)
      for edge, mod in _EDGES),
    *(_rule(rf"(?:{edge})\s+(?P<year>{{year}})\s+(?:года|г\.)", f"year-{mod.lower()}", _DATE, modifier=mod)
      for edge, mod in _EDGES),
    _rule(r"(?P<rel>{rel})\s+(?P<weekday>{weekday})", "relative-weekday", _DATE),
    _rule(r"(?P<rel>{rel})\s+(?P<season>{season})", "relative-season", _DATE),
    _rule(r"(?P<season>{season})\s+(?P<year>{year})\s+(?:года|г\.)", "season-year", _DATE),
    # Vague shifts: "несколько дней назад" is some time before, not three days.
    _rule(r"(?:несколько|пару)\s+(?:дней|недель|месяцев|лет|часов|минут)\s+назад", "vague-ago", _DATE, ref="PAST"),
    _rule(r"через\s+(?:несколько|пару)\s+(?:дней|недель|месяцев|лет|часов|минут)", "vague-later", _DATE,
          ref="FUTURE"),
    # Counted shifts: "два дня назад", "неделю назад", "через три недели".
    _rule(r"(?:(?!несколько|нескольких|пару)(?P<num>{number})\s+)?" + _SHIFT_UNIT + r"\s+назад", "ago", _DATE, sign=-1),
    _rule(r"через\s+(?:(?!несколько|нескольких|пару)(?P<num>{number})\s+)?" + _SHIFT_UNIT, "later", _DATE, sign=1),
    # Years: "в 2021 году", "2021 год", "в 1990-х годах".
    _rule(r"(?P<year>{year})\s*(?:год|года|году|г\.|г)(?!\w)", "year", _DATE),
    _rule(r"(?P<decade>(?:19|20)\d0)-?(?:х|е)\s+(?:годах|годов|годы)", "decade", _DATE),
    _rule(r"(?P<ordinal>{ordinal})\s+квартал[еа]?(?:\s+(?P<year>{year})\s*(?:года|г\.))?", "quarter", _DATE,
          ordinal_is="quarter"),
    _rule(r"(?P<ordinal>{ordinal})\s+полугоди[еия](?:\s+(?P<year>{year})\s*(?:года|г\.))?", "half", _DATE,
          ordinal_is="half"),
    _rule(r"(?:в\s+)?(?P<rel>{rel})\s+(?P<month>{month})", "relative-month", _DATE),
    # "в марте прошлого года": the month of the year counted from the reference's.
    _rule(r"(?:(?P<day>[1-9]|[12]\d|3[01])\s+)?(?P<month>{month})\s+(?P<rel>{rel})\s+года", "month-relative-year",
          _DATE, unit="year"),
    # A bare month in the prepositional ("в июне") names the month.
    _rule(r"(?<=\bв\s)(?P<month>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
          r"(?!\s+\d)", "month-prepositional", _DATE),
    # Clock hours in digits before "часов" after an approximation ("около 20 часов") are
    # read by the clock rules; "около четырёх часов" (words) is a duration.
    # Not lengths of time: ages ("в возрасте 45 лет", "мужчина 45 лет").
    _rule(r"(?:в\s+возрасте|возрастом)\s+(?:\d+|{number})\s+(?:лет|года|год)", "age", {"kind": "none"}),
    _rule(r"(?:мужчина|женщина|водитель|житель|жительница|мужчину|женщину|пенсионер|подросток)\s+"
          r"(?:\d+|{number})\s+(?:лет|года|год)", "age-after-person", {"kind": "none"}),
    # Not times: a decimal before a unit or a currency ("до 13.35 рубля", "на 2.5 процента").
    _rule(r"\d{1,2}\.\d\d\s+(?:рубл\w*|доллар\w*|евро|процент\w*|пункт\w*|балл\w*|млн|млрд|тыс\w*|раз\w*|%)",
          "decimal-count", {"kind": "none"}),
    # Lengths.
    # Hours and minutes as one length: "длились 2 часа 30 минут", "три часа двадцать минут".
    # After a clock lead ("в 10 часов 30 минут") it is a clock time (the word clock reads it).
    _rule(r"(?<!\bв\s)(?<!\bво\s)(?<!\bк\s)(?<!\bдо\s)(?<!\bс\s)(?<!\bпосле\s)(?<!\bоколо\s)"
          r"(?P<hour>\d{1,3}|{number})\s+(?:час|часа|часов|ч\.?)\s+(?P<minute>[0-5]?\d|{number})\s+"
          r"(?:минута|минуту|минуты|минут|мин\.?)", "hours-minutes", _DURATION),
    # After a verb of lasting, "около 2 часов 30 минут" is a length, though "около" alone
    # leads a clock time ("около 10 часов 30 минут утра").
    *(_rule(_AFTER_LASTING + rf"(?:{leads})\s+(?P<hour>\d{{1,3}}|{{number}})\s+(?:час|часа|часов|ч\.?)\s+"
            r"(?P<minute>[0-5]?\d|{number})\s+(?:минута|минуту|минуты|минут|мин\.?)",
            f"hours-minutes-after-lasting-{mod or 'exact'}", _DURATION,
            **({"modifier": mod, "approximate": True} if mod else {}))
      for leads, mod in _ONE_UNIT_LEADS),
    _rule(r"(?:(?P<approx>около|почти|примерно)\s+)?(?:полчаса|пол\s*-?\s*часа)", "half-hour", _DURATION,
          duration_unit="MIN", duration_count=30.0, duration_s=1800.0),
    _rule(r"(?:более|свыше|больше)\s+получаса", "half-hour-more", _DURATION, duration_unit="MIN",
          duration_count=30.0, duration_s=1800.0, modifier="MORE_THAN", approximate=True),
    _rule(r"(?:менее|меньше)\s+получаса", "half-hour-less", _DURATION, duration_unit="MIN",
          duration_count=30.0, duration_s=1800.0, modifier="LESS_THAN", approximate=True),
    _rule(r"четверть\s+часа", "quarter-hour", _DURATION, duration_unit="MIN", duration_count=15.0,
          duration_s=900.0),
    *(_rule(rf"(?:{leads})\s+{word}", f"one-{word}-{mod or 'exact'}", _DURATION, duration_unit=letter,
            duration_count=1.0, duration_s=float(_LETTER_SECONDS[letter]),
            **({"modifier": mod, "approximate": True} if mod else {}))
      for word, letter in _ONE_UNIT for leads, mod in _ONE_UNIT_LEADS),
    # Adjectives of length: "после двенадцатичасовых переговоров", "20-минутного перерыва".
    _rule(r"(?P<num>\d+|{number})-?(?P<unit>минутн|часов|суточн|дневн|недельн|месячн)"
          r"(?:ый|ого|ому|ом|ая|ой|ую|ое|ые|ых|ым|ыми)", "duration-adjective", _DURATION),
    _rule(r"получасов(?:ый|ого|ому|ом|ая|ой|ую|ое|ые|ых|ым|ыми)", "half-hour-adjective", _DURATION,
          duration_unit="MIN", duration_count=30.0, duration_s=1800.0),
    _rule(r"(?:последние|ближайшие|следующие|первые)\s+(?P<num>{number})\s+(?P<unit>{unit})", "duration-span",
          _DURATION),
    # A day and month in two digits each with no year ("15.07 полиция задержала", "с 15.07 по
    # 20.07"): the year is read like any day and month said without one. Not after a clock lead
    # ("в 15.07" may be a time) and not before a count's unit ("15.07 рубля").
    _rule(r"(?<![\d.,])(?<!\bв\s)(?<!\bво\s)(?<!\bк\s)(?<!\bоколо\s)(?<!\bпосле\s)"
          r"(?P<day>0[1-9]|[12]\d|3[01])\.(?P<month>0[1-9]|1[0-2])(?:\.(?!\d))?"
          r"(?![.,]?\d|\s*(?:рубл|доллар|евро|процент|пункт|балл|млн|млрд|тыс|раз|%|мск|по\s+(?:местному|московскому|времени)))",
          "day-month-digits", _DATE),
    # Sets.
    _rule(r"ежедневно|каждый\s+день", "daily", _SET, duration_unit="D", duration_count=1.0),
    _rule(r"еженедельно|каждую\s+неделю", "weekly", _SET, duration_unit="W", duration_count=1.0),
    _rule(r"ежемесячно|каждый\s+месяц", "monthly", _SET, duration_unit="M", duration_count=1.0),
    _rule(r"ежегодно|каждый\s+год", "annually", _SET, duration_unit="Y", duration_count=1.0),
    _rule(r"каждый\s+час|ежечасно", "hourly", _SET, duration_unit="H", duration_count=1.0),
    _rule(r"(?:каждый|каждую|каждое)\s+(?P<weekday>{weekday})", "every-weekday", _SET),
    _rule(r"по\s+(?P<weekday>понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)",
          "weekday-plural", _SET),
)

_RELATIVE_DAY_PERIODS: dict[str, tuple[int, str]] = {}
for _day_word, _offset in (("сегодня", 0), ("вчера", -1), ("завтра", 1), ("позавчера", -2), ("послезавтра", 2)):
    for _part_word, _period in _PARTS_OF_DAY.items():
        _RELATIVE_DAY_PERIODS[f"{_day_word} {_part_word}"] = (_offset, _period)
_RELATIVE_DAY_PERIODS.update({
    # The night before the reference day ("этой ночью") in a report written the morning after.
    "этой ночью": (-1, "night"), "прошлой ночью": (-1, "night"),
    "минувшей ночью": (-1, "night"), "сегодня ночью": (0, "night"), "этим утром": (0, "morning"),
    "этим вечером": (0, "evening"),
    "накануне вечером": (-1, "evening"),
})

# A past-tense verb: a lower-case word whose "л" follows a vowel ("заявил", "начала", "прошли",
# "состоялось") or the "шл"/"гл" of "пришла", "могли". Nouns and adverbs of the same shape
# ("правила", "дела", "недели", "цели", "около", "посол", "журнал") are no verbs: with no such
# list, "В январе правила изменятся" read January as the one just past.
_NOT_PAST_VERBS = (
    "правил дел тел сил жил зал сигнал канал капитал персонал финал материал генерал адмирал идеал школ стол "
    "футбол протокол вокзал журнал скандал квартал арсенал портал предел раздел отдел пол гол тыл посол недел "
    "цел рол дол модел отел автомобил корол бол вол окол мал тепл тяжел смел умел скал шкал стрел пчел смол "
    "весел Павел Михаил"
).split()
_PAST_VERB = (rf"(?!(?:{'|'.join(_NOT_PAST_VERBS)})[аоиы]?(?![а-яё]))"
              r"(?-i:[а-яё]+(?:[аеиоуыяюё]л|шл|гл)(?:а|о|и)?(?:ся|сь)?)")


LANGUAGE = Language(
    code="ru",
    name="Русский",
    script=r"[А-Яа-яЁё]",
    digits_on_24_hour_clock=True,
    # Range openers ("с", "от") stay out: links.py reads them before the lead.
    clock_leads=(r"в", r"во", r"около", r"до", r"к", r"после", r"примерно\s+в", r"приблизительно\s+в",
                 r"ровно\s+в", r"уже\s+в", r"лишь\s+в", r"только\s+в", r"незадолго\s+до", r"вскоре\s+после"),
    bare_hour_leads=(),
    # "в течение месяцев", "спустя годы": a plural unit after a duration lead, with no count (PXM, PXY).
    uncounted_durations=True,
    # "три дня", "две ночи", "два часа" are lengths of time as often as clock times.
    weak_day_periods=frozenset({"часов", "часа", "час", "ч", "ч.", "дня", "ночи"}),
    clock_separators=(":",),
    weak_clock_separators=(".",),
    day_periods={
        "часов": "", "часа": "", "час": "", "ч.": "", "ч": "", "утра": "morning", "дня": "afternoon",
        "вечера": "evening", "ночи": "night", "часов утра": "morning", "часов вечера": "evening",
        "часа дня": "afternoon", "часов дня": "afternoon", "часа ночи": "night", "часов ночи": "night",
        "часа утра": "morning", "часа вечера": "evening", "час дня": "afternoon", "час ночи": "night",
    },
    local_time_phrases=(
        r"по\s+местному\s+времени", r"\(\s*по\s+местному\s+времени\s*\)", r"местного\s+времени",
        r"\(\s*местное\s+время\s*\)", r"местное\s+время",
    ),
    zone_templates=(
        r"в\s+{zone}",  # "в 14:00 в Москве": the clock of the place named with the time
        r"по\s+{zone}\s+времени",
        r"по\s+времени\s+{zone}",
        r"\(\s*{zone}\s+время\s*\)",
        r"{zone}\s+времени",
        r"по\s+{zone}",
        r"[Вв]ремя\s*-?\s*{zone}",  # dashes are folded to "-" before matching
    ),
    zone_slot_word=r"[^\W\d_][\w'’.-]*",
    zone_words=(),
    offset_leads=("UTC", "GMT", "всемирного времени"),
    equivalence_connectors=("то есть", "т.е.", "т. е.", "что соответствует", "или же", "=", "то есть в",
                            "т.е. в", "что соответствует"),
    weak_equivalence_connectors=("или", "-", "/", ",", "и", "|"),
    comma_restatement_words=("или", "то есть"),
    order_words={"после": "after", "до": "before", "спустя": "after", "позже": "after", "раньше": "before"},
    number_words=_NUMBER_WORDS,
    fraction_words={"с половиной": 0.5, "½": 0.5, "с четвертью": 0.25},
    duration_units={
        "секунда": (_SECOND, 1), "секунду": (_SECOND, 1), "секунды": (_SECOND, 0), "секунд": (_SECOND, 0),
        "сек.": (_SECOND, 0), "минута": (_MINUTE, 1), "минуту": (_MINUTE, 1), "минуты": (_MINUTE, 0),
        "минут": (_MINUTE, 0), "мин.": (_MINUTE, 0), "мин": (_MINUTE, 0), "час": (_HOUR, 1),
        "часа": (_HOUR, 0), "часов": (_HOUR, 0), "день": (_DAY, 1), "дня": (_DAY, 0), "дней": (_DAY, 0),
        "сутки": (_DAY, 1), "суток": (_DAY, 0), "неделя": (7 * _DAY, 1), "неделю": (7 * _DAY, 1),
        "недели": (7 * _DAY, 0), "недель": (7 * _DAY, 0), "месяц": (30 * _DAY, 1), "месяца": (30 * _DAY, 0),
        "месяцев": (30 * _DAY, 0), "месяцы": (30 * _DAY, 0), "год": (365 * _DAY, 1), "годы": (365 * _DAY, 0), "года": (365 * _DAY, 0), "лет": (365 * _DAY, 0),
        "десятилетие": (3650 * _DAY, 1), "десятилетия": (3650 * _DAY, 0), "десятилетий": (3650 * _DAY, 0),
    },
    duration_leads=(r"в\s+течение", r"на\s+протяжении", r"длилась", r"длился", r"длились", r"длилось",
                    r"продолжалась", r"продолжался", r"продолжались", r"продолжалось", r"спустя", r"за",
                    r"уже", r"целых",
                    # "Через час после окончания переговоров": an uncounted hour after "через" is an
                    # offset's length, as after "спустя" (days and weeks after it are date shifts).
                    r"через"),
    approximate_words=("около", "почти", "примерно", "более", "менее", "свыше", "порядка", "больше", "меньше",
                       "приблизительно", "не менее", "не более", "до", "чуть более", "примерно на", "почти на",
                       "около", "более чем на", "чуть менее", "почти что"),
    bounding_words={"более": "MORE_THAN", "свыше": "MORE_THAN", "больше": "MORE_THAN", "чуть более": "MORE_THAN",
                    "менее": "LESS_THAN", "меньше": "LESS_THAN", "чуть менее": "LESS_THAN",
                    "не менее": "EQUAL_OR_MORE", "не более": "EQUAL_OR_LESS", "до": "EQUAL_OR_LESS"},
    relative_days={"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2,
                   "накануне": -1},
    relative_day_periods=_RELATIVE_DAY_PERIODS,
    # "до утра пятницы", "с вечера среды": a part of a named day, said before it.
    day_period_prefixes={"утра": "morning", "вечера": "evening", "ночи": "night"},
    weekdays=_WEEKDAYS,
    months=_MONTHS,
    numeric_date_order="dmy",
    gregorian_era_words=("года", "году", "г.", "г", "год"),
    year_leads=("в", "с", "до", "к"),
    month_leads={"начале": "START", "начала": "START", "середине": "MID", "середины": "MID",
                 "конце": "END", "конца": "END"},
    future_cues=(r"будет", r"будут", r"буду", r"состоится", r"состоятся", r"пройдёт", r"пройдет", r"пройдут",
                 r"начнётся", r"начнется", r"планиру\w+", r"намерен\w*", r"собира(?:ет|ют|ем|ете|ешь)ся", r"собираюсь", r"должн\w+", r"должен",
                 r"рассмотрит", r"примет", r"подпишет", r"выступит",
                 r"ожида\w+", r"запланирован\w*", r"предстоит", r"предстоящ\w+", r"следующ\w+",
                 r"назначен\w*", r"посетит", r"проведёт", r"проведет", r"откроется", r"вступит", r"завершится",
                 r"до", r"соберётся", r"соберется", r"соберутся", r"встретится", r"встретятся", r"проведут",
                 r"примут", r"откроют", r"стартует", r"начнут", r"обсудит", r"обсудят", r"завершат", r"сыграет",
                 r"сыграют", r"вступят", r"прибудет", r"прибудут", r"отправится", r"выступят",
                 # the perfective non-past is the future ("циклон придёт в понедельник", "продлится до среды")
                 r"прид[её]т", r"придут", r"прилетит", r"прилетят", r"вылетит", r"вылетят", r"приедет", r"приедут",
                 r"продлится", r"продлятся", r"вернётся", r"вернется", r"вернутся", r"объявит", r"объявят",
                 r"представит", r"представят", r"проголосует", r"проголосуют", r"наступит", r"обрушится",
                 r"станет", r"станут", r"выйдет", r"выйдут", r"закроется", r"закроются", r"откроются"),
    # After a date that opens its sentence, a past-tense verb before any future cue says the
    # clause tells of the past ("В пятницу правительство объявило …").
    # "первоначально запланированный на четверг запуск": a plan since changed.
    future_cue_after_date=True,
    # A shift of a schedule, not how long an event lasts: "отложен на сутки", "с опозданием на час".
    span_leads=("отложен на", "отложена на", "отложено на", "отложили на", "перенесен на", "перенесена на",
                "перенесено на", "перенесли на", "задержан на", "задержана на", "с опозданием на",
                "с задержкой на", "задержка на"),
    past_plan_cues=(r"первоначально", r"изначально", r"сначала", r"ранее"),
    # A relative clause ("делегация, которая прилетела в среду") tells background.
    background_cues=(r"котор(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ом)",),
    relative_clause_openers=(r",?\s*котор(?:ый|ая|ое|ые)",),
    past_verbs=(_PAST_VERB, r"был", r"была", r"было", r"были"),
    clock_hour_words=_yo(_HOUR_WORDS),
    # "в 10 часов 30 минут", "в 10 ч. 30 мин.": the hour's unit, then counted minutes.
    clock_hour_units=("часов", "часа", "час", "ч.", "ч"),
    named_times={"полночь": (24, 0)},
    lead_named_times={"полдень": (12, 0), "полудня": (12, 0), "полудню": (12, 0), "полуночи": (24, 0)},
    named_time_leads=("в", "около", "до", "после", "к", "с", "незадолго до", "вскоре после", "ближе к"),
    non_final_abbreviations=("т.е.", "т.д.", "т.п.", "г.", "гг.", "ул.", "им.", "ч.", "мин.", "тыс.", "млн.",
                             "сек.", "янв.", "февр.", "авг.", "сент.", "окт.", "нояб.", "дек."),
    stopwords=frozenset(
        """и в во на с со по к ко о об от до из за для не ни но а или же бы ли что как это этот эта
        эти его ее её их он она они мы вы я был была были было будет есть также уже еще ещё при
        после перед около время времени местному московскому часов часа минут сегодня вчера завтра
        понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
        утром вечером ночью днем днём года году""".split()
    ),
    # A time mention masked out of a label takes the preposition before it along.
    label_clause_joiners=("и", "а", "но"),
    mention_leads=("в", "во", "на", "с", "со", "до", "к", "около", "после", "примерно в", "через", "за",
                   "в течение", "с", "по", "ровно в", "лишь в", "только в", "уже в"),
    event_nouns=frozenset(
        """встреча встречи переговоры саммит конференция пресс-конференция заседание выступление
        визит голосование выборы матч атака нападение взрыв землетрясение запуск церемония
        похороны митинг акция суд заседания рейс забастовка дебаты концерт гонка шторм звонок
        заявление удар пожар авария беседа брифинг интервью обращение речь игра обстрел протест
        процесс разговор крушение переговоров""".split()
    ) | frozenset(_EVENT_FORMS),
    event_concepts=_EVENT_FORMS,
    not_places=frozenset({"Путин", "Кремль", "Президент", "Мая", "Песков", "Лавров", "Госдума", "МИД", "МЧС"}),
    place_prepositions=("в", "во", "из", "под", "около", "близ"),
    travel_destination_phrases=("рейс в", "рейса в", "самолёт в", "самолет в", "поезд в", "поезда в",
                                "вылетел в", "вылетела в", "вылетели в", "направлением на", "направлении",
                                "вылетят в", "вылетит в", "рейсом в", "обратный рейс в"),
    travel_origin_phrases=("рейс из", "рейса из", "самолёт из", "самолет из", "поезд из", "поезда из",
                           "прилетел из", "прилетела из", "прилетели из"),
    arrival_words=("приземлился", "приземлилась", "приземлились", "прибыл", "прибыла", "прибыли"),
    place_back_references=("там", "на месте", "в городе", "города", "в столице", "столицы"),
    places_capitalised=True,
    function_words=frozenset("и в на с по что не как это он она был была из за для от до".split()),
    zone_adjectives={
        "московскому": "Europe/Moscow", "московское": "Europe/Moscow", "киевское": "Europe/Kyiv",
        "московского": "Europe/Moscow",
        "Москве": "Europe/Moscow", "Москвы": "Europe/Moscow", "киевскому": "Europe/Kyiv",
        "Киеву": "Europe/Kyiv", "минскому": "Europe/Minsk", "екатеринбургскому": "Asia/Yekaterinburg",
        "новосибирскому": "Asia/Novosibirsk", "владивостокскому": "Asia/Vladivostok",
        "калининградскому": "Europe/Kaliningrad", "камчатскому": "Asia/Kamchatka",
        "хабаровскому": "Asia/Vladivostok", "иркутскому": "Asia/Irkutsk", "омскому": "Asia/Omsk",
        "самарскому": "Europe/Samara", "астанинскому": "Asia/Almaty", "пекинскому": "Asia/Shanghai",
        "токийскому": "Asia/Tokyo", "вашингтонскому": "America/New_York", "нью-йоркскому": "America/New_York",
        "восточному": "America/New_York", "тихоокеанскому": "America/Los_Angeles",
        "лондонскому": "Europe/London", "берлинскому": "Europe/Berlin", "парижскому": "Europe/Paris",
        "женевскому": "Europe/Zurich", "центральноевропейскому": "Europe/Berlin",
        "восточноевропейскому": "Europe/Bucharest", "гринвичу": "Etc/GMT", "Гринвичу": "Etc/GMT",
        "всемирному": "Etc/UTC", "всемирному координированному": "Etc/UTC",
        "всемирного координированного": "Etc/UTC", "всемирного": "Etc/UTC",
        "тегеранскому": "Asia/Tehran", "анкарскому": "Europe/Istanbul", "стамбульскому": "Europe/Istanbul",
        "ереванскому": "Asia/Yerevan", "бакинскому": "Asia/Baku", "тбилисскому": "Asia/Tbilisi",
        "алматинскому": "Asia/Almaty", "ташкентскому": "Asia/Tashkent", "дубайскому": "Asia/Dubai",
        "израильскому": "Asia/Jerusalem", "японскому": "Asia/Tokyo", "корейскому": "Asia/Seoul",
    },
    zone_declarations=(
        r"(?:всё|все)\s+время\s+(?:указано\s+)?(?:по\s+)?",
        r"(?=время\s*-?\s*[а-яё]+(?:ое|ее)\b)",  # "Время московское.", "время — киевское"
    ),
    conversion_marks=("/",),
    cue_sharing_connectors=(r"до", r"и", r"или", r"по", r"с", r"а\s+затем"),
    place_name_endings=(
        ("е", "а"), ("ы", "а"), ("и", "а"), ("у", "а"), ("ой", "а"), ("ою", "а"), ("е", "я"), ("и", "я"),
        ("ю", "я"), ("ей", "я"), ("а", ""), ("у", ""), ("е", ""), ("ом", ""), ("ем", "й"), ("я", "й"),
        ("е", "й"), ("ю", "й"), ("и", "ь"), ("ью", "ь"), ("ах", "ы"), ("ов", "ы"), ("ам", "ы"),
        ("ии", "ия"), ("ию", "ия"), ("ией", "ия"),
    ),
    home_institution_words=frozenset("армия армии армией полиция полиции полицией мчс".split()),
    demonyms={f"{stem}{end}": cc for stem, cc in (("ливанск", "LB"), ("ливийск", "LY"), ("сирийск", "SY"),
                                                   ("иракск", "IQ"), ("мексиканск", "MX"), ("российск", "RU"),
                                                   ("украинск", "UA"), ("испанск", "ES"), ("греческ", "GR"),
                                                   ("американск", "US"), ("канадск", "CA"))
              for end in ("ая", "ой", "ую", "ий", "ого", "ому", "им", "ом", "ие", "их", "ими", "ое")},
    place_kind_words={"город": "city", "городе": "city", "столица": "city", "столице": "city",
                      "страна": "country", "стране": "country"},
    # Relations between mentions and events (reconcile).
    range_openers=("с", "со", "между", "от"),
    range_connectors=("до", "по", "и", "-"),
    range_connectors_strong=("до", "-"),
    daily_words=("каждый день", "ежедневно"),
    list_joiners=("и",),
    # "3-4 часа", "три или четыре часа"; "с 9 до 11 часов" is a span of the clock.
    duration_range_joiners=("-", "или"),
    # "от 5 до 10 лет", "между двумя и тремя часами": one duration range; "от 9 до 18 часов"
    # with no duration lead stays a span of the clock.
    duration_range_pairs={"от": ("до",), "между": ("и",)},
    offset_order_words={"спустя": "after", "позже": "after", "после": "after", "через": "after",
                        "раньше": "before", "ранее": "before", "назад": "before", "до": "before"},
    event_end_phrases=(r"по (?:окончании|завершении|итогам) {event}", r"в (?:конце|завершение) {event}",
                       r"после (?:окончания|завершения) {event}",
                       r"по (?:её|ее|его|их) (?:окончании|завершении)",
                       r"после (?:её|ее|его|их) (?:окончания|завершения)",
                       r"когда (?:она|он|оно|они) (?:закончилась|закончился|закончилось|закончились|"
                       r"завершилась|завершился|завершилось|завершились)"),
    # «накануне» alone is the day before the story's day (the day last talked about).
    sequel_days={"на следующий день": 1, "на другой день": 1, "следующим утром": 1, "на следующее утро": 1,
                 "накануне": -1, "накануне вечером": -1, "днём ранее": -1, "днем ранее": -1, "за день до этого": -1},
    approximate_time_words=("около", "примерно в", "приблизительно в", "незадолго до", "вскоре после",
                            "примерно", "ориентировочно в", "ближе к"),
    phase_words={
        "началась": "start", "начался": "start", "начались": "start", "началось": "start", "начало": "start",
        "начнётся": "start", "начнется": "start", "стартовал": "start", "стартовала": "start",
        "открылась": "start", "открылся": "start", "открытие": "start",
        "завершилась": "end", "завершился": "end", "завершились": "end", "закончилась": "end",
        "закончился": "end", "закончились": "end", "окончание": "end", "завершение": "end",
        "окончания": "end", "завершения": "end",
        "завершится": "end",
    },
    calendar_units=_CALENDAR_UNITS,
    relative_words=_RELATIVE_WORDS,
    ordinals=_ORDINALS,
    seasons={"весной": "SP", "летом": "SU", "осенью": "FA", "зимой": "WI", "весна": "SP", "лето": "SU",
             "осень": "FA", "зима": "WI", "весну": "SP", "осени": "FA", "зимы": "WI", "лета": "SU",
             "весны": "SP", "зиму": "WI"},
    phrase_rules=_PHRASES,
    vague_counts=_VAGUE,
)
