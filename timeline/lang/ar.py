"""Arabic: lexicon and word order for news copy (Modern Standard Arabic as Al Jazeera,
Asharq Al-Awsat, AFP/Reuters Arabic and the Maghreb press write it), with the month
names of every ar_* CLDR locale (Levant, Iraq, Egypt, Gulf, Maghreb, Morocco).

Everything is matched on the normalised text (``timeline.textnorm``): tashkeel and
tatweel are ignored, alef forms, ta marbuta/ha and alef maqsura/ya are folded, and
Arabic-Indic or Persian digits read as ASCII digits — so each entry is typed once.
"""

from timeline.lang.base import Language, PhraseRule, cldr_months, cldr_weekdays
from timeline.textnorm import normalize

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

# Event nouns → a concept shared with the other languages' tables ("قمة" here, "summit"
# in English), so that reports in different languages can be matched.
_EVENT_CONCEPTS = {
    "لقاء": "meeting", "اجتماع": "meeting", "محادثات": "meeting", "مباحثات": "meeting",
    "مفاوضات": "meeting", "جلسة": "meeting", "مناقشة": "meeting", "قمة": "summit", "مؤتمر": "press-conference",
    "مؤتمرا": "press-conference", "مؤتمراً": "press-conference", "خطاب": "speech", "كلمة": "speech",
    "زيارة": "visit", "تصويت": "vote", "انتخابات": "election", "مباراة": "match", "هجوم": "attack",
    "غارة": "attack", "قصف": "attack", "انفجار": "explosion", "زلزال": "earthquake", "إطلاق": "launch",
    "حفل": "ceremony", "مراسم": "ceremony", "مظاهرة": "protest", "احتجاج": "protest", "احتجاجات": "protest",
    "محاكمة": "trial", "رحلة": "flight", "إضراب": "strike", "اتصال": "call", "إعلان": "announcement",
    "بيان": "statement", "حريق": "fire", "تحطم": "crash",
    "جولة": "meeting", "هزة": "earthquake", "اقتراع": "vote",
    # Arrivals and departures, told by a verb and retold by its noun («وصل الوفد عند الساعة
    # 11:00 … وبعد ساعتين من وصول الوفد»): the offset counts from the arrival.
    "وصل": "arrival", "وصلت": "arrival", "ووصل": "arrival", "ووصلت": "arrival", "وصول": "arrival",
    "هبطت": "landing", "وهبطت": "landing", "هبوط": "landing",
    "أقلعت": "departure", "وأقلعت": "departure", "إقلاع": "departure", "غادر": "departure",
    "وغادر": "departure", "غادرت": "departure", "وغادرت": "departure", "مغادرة": "departure",
}

# --- numbers -----------------------------------------------------------------------------

_UNITS = {
    "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
}
_TENS = {
    "عشر": 10, "عشرة": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30,
    "أربعين": 40, "أربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60,
    "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
}
_NUMBER_WORDS: dict[str, float] = {
    **{w: v for w, v in _UNITS.items() if w not in ("أحد", "إحدى")},  # "أحد" alone is "one of"
    **_TENS,
    "أحد عشر": 11, "إحدى عشرة": 11, "احدى عشر": 11, "اثنا عشر": 12, "اثني عشر": 12,
    "اثنتا عشرة": 12, "اثنتي عشرة": 12,
    "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مئتا": 200, "مئتي": 200,
    "ألفان": 2000, "ألفين": 2000, "ألفا": 2000, "ألفي": 2000,
    "نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3,
    "بضع": 3, "بضعة": 3, "عدة": 3,
}
# Teens: "ثلاث عشرة", "ثلاثة عشر" ...
for _word, _value in _UNITS.items():
    if 3 <= _value <= 9:
        _NUMBER_WORDS[f"{_word} عشر"] = 10 + _value
        _NUMBER_WORDS[f"{_word} عشرة"] = 10 + _value
# Hundreds written as one word or two: "ثلاثمائة", "ثلاث مئة".
for _word, _value in _UNITS.items():
    if 3 <= _value <= 9 and not _word.endswith("ة"):
        for _hundred in ("مائة", "مئة"):
            _NUMBER_WORDS[f"{_word}{_hundred}"] = 100 * _value
_MULTIPLIERS = {"مئة": 100, "مائة": 100, "مئات": 100, "ألف": 1000, "آلاف": 1000, "الف": 1000}

# --- clock words -------------------------------------------------------------------------

_HOUR_WORDS = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
    "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11,
    "الثانية عشرة": 12, "الثانية عشر": 12,
}
_MINUTE_WORDS = {
    "والنصف": 30, "ونصف": 30, "و نصف": 30, "والربع": 15, "وربع": 15, "و ربع": 15,
    "والثلث": 20, "وثلث": 20, "و ثلث": 20,
    "ونص": 30, "والنص": 30,  # spoken "half"
    "إلا ربعا": -15, "إلا ربع": -15, "إلا الربع": -15, "إلا ثلثا": -20, "إلا ثلث": -20, "إلا الثلث": -20,
}

# --- days, months, periods ---------------------------------------------------------------

_ORDINALS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10,
}
_ORDINAL_DAYS: dict[str, int] = {**_ORDINALS, "الفاتح": 1, "فاتح": 1, "الحادي عشر": 11}
for _word, _value in _ORDINALS.items():
    if 2 <= _value <= 9:
        _ORDINAL_DAYS[f"{_word} عشر"] = 10 + _value
for _tens_word, _tens in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
    _ORDINAL_DAYS[_tens_word] = _tens
    for _word, _value in {**_ORDINALS, "الحادي": 1}.items():
        if _value <= 9 and _word != "الأول" and _tens + _value <= 31:
            _ORDINAL_DAYS[f"{_word} و{_tens_word}"] = _tens + _value

_MONTHS = {
    # Every month-name system of the ar_* locales: these five cover all of them (the
    # others repeat one of these); tests/test_ar_lexicon.py checks that against babel.
    **cldr_months("ar", "ar_SY", "ar_DZ", "ar_MA", "ar_MR"),
    # Egyptian spellings that CLDR leaves out.
    "يونيه": 6, "يوليه": 7, "إبريل": 4, "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11,
    "كانون أول": 12,
}

_HIJRI_MONTHS = {
    "محرم": 1, "المحرم": 1, "محرم الحرام": 1, "صفر": 2, "ربيع الأول": 3, "ربيع أول": 3,
    "ربيع الآخر": 4, "ربيع الثاني": 4, "ربيع آخر": 4, "جمادى الأولى": 5, "جمادى الأول": 5,
    "جمادى الآخرة": 6, "جمادى الآخر": 6, "جمادى الثانية": 6, "جمادى الثاني": 6, "رجب": 7,
    "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذا القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12, "ذا الحجة": 12,
}

_PAST = ("الماضي", "المنصرم", "الفائت")
_PAST_F = ("الماضية", "المنصرمة", "الفائتة")
_NEXT = ("المقبل", "القادم")
_NEXT_F = ("المقبلة", "القادمة")
_THIS = ("الحالي", "الجاري")
_THIS_F = ("الحالية", "الجارية")
_DIRECTIONS = {
    **dict.fromkeys(_PAST + _PAST_F, -1), **dict.fromkeys(_NEXT + _NEXT_F, 1),
    **dict.fromkeys(_THIS + _THIS_F, 0),
}
_RELATIVE_PERIODS: dict[str, tuple[str, int]] = {}
for _unit_word, _unit, _feminine in (("الأسبوع", "week", False), ("الشهر", "month", False),
                                     ("العام", "year", False), ("السنة", "year", True),
                                     ("العقد", "decade", False), ("القرن", "century", False)):
    for _word, _offset in _DIRECTIONS.items():
        if (_word in _PAST_F + _NEXT_F + _THIS_F) == _feminine:
            _RELATIVE_PERIODS[f"{_unit_word} {_word}"] = (_unit, _offset)
    _RELATIVE_PERIODS[f"{'هذه' if _feminine else 'هذا'} {_unit_word}"] = (_unit, 0)
    # "العام السابق": the one before (here counted from the reference date).
    _RELATIVE_PERIODS[f"{_unit_word} {'السابقة' if _feminine else 'السابق'}"] = (_unit, -1)

_WEEKDAYS = cldr_weekdays("ar", abbreviated=False)
_WEEKDAYS.update({"الإثنين": 0, "الأثنين": 0})
# Without the article a weekday name is mostly something else ("أحد" = "one of",
# "اثنين" = "two", "جمعة" and "خميس" are given names): only after "يوم".
_WEEKDAYS.update({f"يوم {name.removeprefix('ال')}": n for name, n in list(_WEEKDAYS.items())})

_DATE_RULE = {"kind": "date"}
_PERIOD_UNITS = {"الأسبوع": "week", "الشهر": "month", "العام": "year", "السنة": "year", "العقد": "decade",
                 "القرن": "century"}
_YEAR_WORDS = r"(?:العام|عام|السنة|سنة)"
_AGO_HEDGE = r"(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر\s+من|أقل\s+من)"
# A period counted back ("قبل ثلاثة أيام", "منذ أسبوعين"), per unit: the counted plural, the
# singular ("عام واحد") and the dual, as (unit, rule name, phrase, sign).
_COUNTED_BACK_FORMS = tuple(
    (unit, name, forms, sign)
    for unit, counted, single, dual in (("day", r"أيام|يوما", r"يوم", r"يومين"),
                                        ("week", r"أسابيع|أسبوعا", r"أسبوع", r"أسبوعين"),
                                        ("month", r"أشهر|شهور|شهرا", r"شهر", r"شهرين"),
                                        ("year", r"سنوات|أعوام|سنين|عاما|سنة", r"عام|سنة", r"عامين|سنتين"))
    for name, forms, sign in (("counted", rf"(?P<num>{{number}})\s+(?:{counted})", -1),
                              ("one", rf"(?:{single})(?:\s+واحد(?:ة)?)?", -1), ("two", dual, -2)))


# Cardinal hours as spoken ("الساعة ثمانية"), as the number words spell them.
_SPOKEN_HOURS = ("واحدة", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
                 "أحد عشر", "إحدى عشرة", "اثنا عشر", "اثني عشر", "اثنتي عشرة")


# --- tense: what says a date lies ahead ---------------------------------------------------
# Arabic news tells past acts in the perfect («التقى», «عقد») and announces coming ones with
# «سـ»/«سوف», «لن», «من المقرر أن», «يعتزم», «على أن» or a present verb of a scheduled act
# said first in its clause («ويبدأ سريان الهدنة … فجر الجمعة», «إذ يلتقي الفريقان يوم الجمعة»).
# A headline tells past acts in the present after its subject («الرئيس التونسي يستقبل …»):
# a present verb is a cue only where it opens its clause (sentence start, a glued «و»/«ف», a
# comma, or a connector such as «أن», «إذ», «حيث»).
_LETTERS = r"[\u0621-\u064A]"
# Present stems (after the prefix «ي»/«ت») of the acts news copy schedules: start, meet, hold,
# visit, arrive, leave, receive, deliver, take part, open, close, end, last, be held, play,
# face, host, enter (into force), vote, take off, land, discuss, return, celebrate, announce.
_SCHEDULED_STEMS = (
    "بدأ", "بدا", "نطلق", "لتقي", "جتمع", "عقد", "نعقد", "زور", "صل", "غادر", "توجه", "ستقبل", "لقي",
    "شارك", "ترأس", "فتتح", "ختتم", "نتهي", "ستمر", "متد", "تواصل", "قام", "جري", "جرى", "لعب", "واجه",
    "ستضيف", "دخل", "سري", "صوت", "دلي", "فتح", "غلق", "قلع", "هبط", "بحث", "ناقش", "عود", "حتفل",
    "نظم", "ستأنف", "علن", "حل", "لتئم", "نطلق", "حيي", "ؤدي",
)
_SCHEDULED_PRESENT = rf"[يت](?:{'|'.join(_SCHEDULED_STEMS)})(?:ون|ان|ين)?"
# Words after which a verb opens its clause.
_CLAUSE_HEADS = r"(?:(?<!قبل\s)(?<!قبيل\s)أن|إذ|حيث|ثم|كما|حين|عندما|بينما|فيما)"
# «سيلتقي», «ستعقد», «سنرد»: «س» on a present verb. Nouns and past verbs that only begin so
# («سياسة», «سيارة», «سيطرت», «ستاد», «ستين», «سيول», «سيدي بوزيد», «مانشستر سيتي») are left out.
_FUTURE_PREFIXED = (r"[وف]?(?!(?:سياس|سيار|سيطر|سيئ|سيرغ|سياح|سيادي|ستوكهولم|ستيف|ستارمر|سنغافور|"
                    r"(?:سيد|سيدي|سيده|سيناء|سيناريو|سيناتور|سيبراني|ستاد|ستين|ستون|ستار|سنت|سنوات|سنوي|سنويا|"
                    r"سيول|سيتي|سيرت|سيشل|سيدني)(?!\w)))"
                    rf"س[يتنأ]{_LETTERS}{{2,}}(?<!ة)(?<!ات)")
_GENERIC_PRESENT = (r"(?!(?:يوم|يوما|يومي|يومين|يومان|يناير|يونيو|يونيه|يوليو|يوليه|يمين|يسار|يهود|يد)(?!\w))"
                    rf"ي{_LETTERS}{{3,}}")
_FUTURE_CUES = (
    _FUTURE_PREFIXED,
    r"[وف]?سوف",
    r"[وف]?لن",
    r"[وف]?(?:من\s+)?(?:ال)?(?:مقرر|منتظر|متوقع|مرتقب|مزمع)(?:ة|ين|ان)?(?!\s+(?:الخاص|الأممي|العام)(?!\w))",
    r"[وف]?[يت]عتزم(?:ون|ان)?", r"[وف]?[يت]نوي(?:ون|ان)?", r"[وف]?[يت]توقع(?:ون)?\s+أن",
    r"[وف]?[يت]رتقب\s+أن", r"على\s+أن\s+[يت]" + _LETTERS + "{2,}",
    # a present verb of a scheduled act opening its clause
    rf"[وف]{_SCHEDULED_PRESENT}", rf"{_CLAUSE_HEADS}\s+{_SCHEDULED_PRESENT}",
    rf"(?:^|(?<=[،,؛:]\s)|(?<=[،,؛:])){_SCHEDULED_PRESENT}",
    # Any verb with the prefix «ي» (3rd person masculine present; Arabic has almost no nouns
    # so formed) opening its sentence or clause: «يخوض المنتخب مباراته يوم الخميس». Not «يوم»,
    # the month names «يناير», «يونيو», «يوليو», nor «يد», «يمين», «يسار», «يهود».
    rf"(?:^|(?<=[،,؛:]\s)|(?<=[،,؛:]))[وف]?{_GENERIC_PRESENT}", rf"[وف]{_GENERIC_PRESENT}",
    rf"{_CLAUSE_HEADS}\s+{_GENERIC_PRESENT}",
    # A forecast («توقعت الأرصاد أن تشهد البلاد موجة حر تبدأ يوم الأربعاء»): what it
    # governs lies ahead.
    r"[وف]?(?:توقع|توقعت|توقعوا|رجح|رجحت|رجحوا)",
    # a present verb of lasting before its limit («رياح نشطة تستمر حتى ظهر يوم الجمعة»)
    r"[وف]?[يت](?:ستمر|متد|تواصل|دوم)(?:ون|ان)?\s+(?:حتى|إلى|لغاية)",
)
# «وكان من المقرر أن …», «كانت ستعقد»: a plan told in the past.
_PAST_PLAN_CUES = (r"[وف]?كان(?:ت|وا)?", r"[وف]?كان(?:ت|وا)?\s+قد",
                   # «كان من المقرر أن تنطلق»: the verb after the plan word is the plan's too
                   r"[وف]?كان(?:ت|وا)?\s+(?:من\s+)?(?:ال)?(?:مقرر|منتظر|متوقع|مرتقب|مزمع)(?:ة|ا)?(?:\s+(?:لها|له))?")


def _phrase(pattern: str, name: str, **fields: object) -> PhraseRule:
    # Phrase patterns run on the normalised text, so they are normalised like it.
    return PhraseRule(normalize(pattern), {**_DATE_RULE, **fields}, name)


_PHRASES = (
    # "اليوم" followed by an adjective or a genitive is the noun "the day" ("اليوم الوطني",
    # "اليوم الأول من المؤتمر"), not "today"; weekday names ("اليوم الأربعاء") stay dates.
    # "اليوم التالي" is the day after another one, not today: reconcile reads it (sequel_days).
    _phrase(r"(?:[وف]?[بلك]?)اليوم\s+(?:الأول|الثاني|الثالث|الرابع|الخامس|الأخير|التالي|السابق|الموالي|الوطني|"
            r"العالمي|الدولي|المحدد|المقرر|الموعود|المشهود|الذي|نفسه|ذاته)(?![\w])", "not-a-time:day-noun", kind="none"),
    # "غدا أفضل", "غد مشرق": tomorrow as a noun with its adjective ("a better tomorrow").
    _phrase(r"(?:[وف]?[بلك]?)(?:غدا|غد|الغد)\s+(?:أفضل|أجمل|مشرقا|مشرق|المشرق|واعدا|واعد|جديدا|جديد|"
            r"آمنا|آمن|مزدهرا|مزدهر|أبهى|الأفضل)(?![\w])", "not-a-time:tomorrow-noun", kind="none"),
    # Vague references (TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF).
    _phrase(r"(?:[وف])?(?:مؤخرا|في\s+الآونة\s+الأخيرة|سابقا|في\s+وقت\s+سابق|في\s+السابق|فيما\s+مضى)", "ref-past",
            ref="PAST"),
    _phrase(r"(?:[وف])?(?:الآن|حاليا|في\s+الوقت\s+الحالي|في\s+الوقت\s+الراهن|راهنا)", "ref-present",
            ref="PRESENT"),
    _phrase(r"(?:[وف])?(?:قريبا|في\s+المستقبل(?:\s+القريب)?|مستقبلا|في\s+وقت\s+لاحق)", "ref-future",
            ref="FUTURE"),
    # "خلال الأيام المقبلة", "في السنوات الأخيرة": plural periods around the reference, as
    # TimeML annotates "the coming days" / "recent years".
    _phrase(r"(?:ال)(?:ساعات|أيام|أسابيع|أشهر|شهور|سنوات|أعوام)\s+(?:المقبلة|القادمة)", "ref-coming",
            ref="FUTURE"),
    _phrase(r"(?:ال)(?:ساعات|أيام|أسابيع|أشهر|شهور|سنوات|أعوام)\s+(?:الماضية|الأخيرة|المنصرمة)", "ref-recent",
            ref="PAST"),
    # A bare year after a preposition, closing its clause ("منذ 2011،", "في 2020."): a year
    # followed by a noun ("في 2000 حالة") is a count.
    _phrase(r"(?:(?<=منذ\s)|(?<=في\s)|(?<=خلال\s)|(?<=حتى\s)|(?<=قبل\s)|(?<=بعد\s)|(?<=عام\s))(?P<year>{year})"
            r"(?=\s*(?:[،,.؛:)\n]|$|و|عندما|حين|إثر|بعد|قبل))", "year-after-preposition"),
    # Counted back from the reference date: "قبل ثلاثة أيام", "قبل أسبوعين", "قبل نحو عام".
    # Before "من"/"على" the count is from another event ("قبل يومين من الانتخابات"): left
    # to the duration rules, as "ثلاثة أيام" with "قبل" as its order word.
    *(_phrase(rf"قبل\s+(?:{_AGO_HEDGE}\s+)?(?:{forms})(?!\s+(?:من|على|عن)(?![\w]))", f"ago-{unit}-{name}",
              unit=unit, sign=sign, contextual=True)
      for unit, name, forms, sign in _COUNTED_BACK_FORMS),
    # "منذ" is "ago" after a finished act ("قدم الوزير استقالته منذ ثلاثة أيام": a day) and
    # "for" while a state lasts ("يعيش هنا منذ ثلاثة أيام", "لم يتقاض راتبه منذ شهرين": a
    # length, left to the duration rules). Without a sign of lasting in the clause
    # (ongoing_cues) it is read as the day counted back. Not before a year ("منذ عام 2011").
    *(_phrase(rf"(?:[وف])?منذ\s+(?:{_AGO_HEDGE}\s+)?(?:{forms})"
              r"(?!\s*\d)(?!\s+(?:من|على|عن|متواصل\w*|متتالي\w*|متتابع\w*|كامل\w*)(?![\w]))",
              f"since-ago-{unit}-{name}", unit=unit, sign=sign, contextual=True, unless_ongoing=True)
      for unit, name, forms, sign in _COUNTED_BACK_FORMS),
    # Hours and minutes: "ساعتين و15 دقيقة", "3 ساعات و20 دقيقة", "ساعة و٤٥ دقيقة".
    # The minutes may be words ("ثلاث ساعات وعشرين دقيقة", "ساعتين وخمس عشرة دقيقة").
    *(_phrase(rf"(?:{hours})\s+و\s*(?P<minute>[0-5]?\d|{{number_phrase}})\s+(?:دقيقة|دقائق)", f"hours-minutes-{name}",
              kind="duration", **fields)
      for name, hours, fields in (("counted", r"(?P<hour>\d{1,3}|{number})\s+(?:ساعات|ساعة)", {}),
                                  ("one", r"ساعة(?:\s+واحدة)?", {"hour": 1}),
                                  ("two", r"ساعتين|ساعتان", {"hour": 2}))),
    # "منذ ساعات الصباح الأولى": the small hours of the day told of, not a length of hours.
    # Followed by "من"/"ل" the day is named after it ("… من يوم الجمعة") and read there.
    _phrase(r"(?:ال)?ساعات\s+(?:الصباح|الفجر)\s+(?:الأولى|الباكر)(?!\s+(?:من|ل)(?![\w]))", "early-morning-hours",
            relative_days=0, day_period="morning", modifier="START"),
    # A day and month in digits with no year ("في 15/7", "يوم 15/07"): the year is read like any
    # day and month said without one. The preposition keeps fractions and scores out.
    _phrase(r"(?:(?<=في\s)|(?<=يوم\s)|(?<=بتاريخ\s)|(?<=منذ\s)|(?<=حتى\s)|(?<=مساء\s)|(?<=صباح\s))"
            r"(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>0?[1-9]|1[0-2])(?![/.,]?\d|\s*%|\s+من\s)",
            "day-month-digits"),
    # Centuries: "القرن الثاني عشر الميلادي", "القرن التاسع عشر".
    _phrase(r"القرن\s+(?P<ordinal>{ordinal})(?:\s+(?:الميلادي|للميلاد))?", "century", ordinal_is="century"),
    # Islamic feasts on their Hijri day, the year nearest the reference date.
    *(_phrase(r"(?:[وف]?[بل]?)(?:أول\s+(?:أيام\s+)?)?" + name + r"(?:\s+المبارك)?", f"feast-{month}-{day}",
              calendar="hijri", month=month, day=day)
      for name, month, day in ((r"عيد\s+الفطر", 10, 1), (r"عيد\s+الأضحى", 12, 10), (r"يوم\s+عرفة", 12, 9),
                               (r"رأس\s+السنة\s+الهجرية", 1, 1), (r"المولد\s+النبوي(?:\s+الشريف)?", 3, 12))),
    # The first day of a Hijri month, as announced after the sighting of the crescent ("أن يوم
    # الإثنين هو أول أيام شهر رمضان المبارك لعام 1445 هـ", "غرة شوال"): day 1 of that month, in
    # the Hijri year stated with its era word, else the one nearest the reference date.
    *(_phrase(r"(?:[وف]?[بل]?)(?:أول\s+أيام|أول\s+يوم\s+(?:من|في)|غرة)\s+(?:شهر\s+)?(?:"
              + "|".join(names) + r")(?:\s+(?:المبارك|الفضيل|المعظم|الحرام))?"
              r"(?:\s+(?:لعام|من\s+عام|عام|لسنة|من\s+سنة)\s+(?P<year>1[34]\d\d)\s*(?:هـ|ه|هجري|هجرية|للهجرة)(?![\w]))?",
              f"hijri-month-first-day-{month}", calendar="hijri", month=month, day=1)
      for month, names in sorted({m: tuple(n for n, k in _HIJRI_MONTHS.items() if k == m)
                                  for m in set(_HIJRI_MONTHS.values())}.items())),
    # Quarters and halves: "الربع الأول من العام الجاري", "النصف الثاني من عام 2021".
    _phrase(r"الربع\s+(?P<ordinal>{ordinal})(?:\s+(?:من\s+" + _YEAR_WORDS + r"\s+)?(?:(?P<rel>{rel})|(?P<year>{year})))?",
            "quarter", ordinal_is="quarter"),
    _phrase(r"النصف\s+(?P<ordinal>{ordinal})\s+من\s+" + _YEAR_WORDS + r"\s+(?:(?P<rel>{rel})|(?P<year>{year}))",
            "half", ordinal_is="half"),
    # "الأسبوع الأول من أبريل": the start of the month, not April 1st.
    _phrase(r"(?:الأسبوع|الأيام)\s+(?:الأول|الأولى)\s+من\s+(?:شهر\s+)?(?P<month>{month})(?:\s+(?P<year>{year}))?",
            "month-first-week", modifier="START"),
    _phrase(r"(?:الأسبوع|الأيام)\s+(?:الأخير|الأخيرة)\s+من\s+(?:شهر\s+)?(?P<month>{month})(?:\s+(?P<year>{year}))?",
            "month-last-week", modifier="END"),
    # "نهاية الأسبوع" is the weekend, not the end of the week ("عطلة نهاية الأسبوع الماضي").
    _phrase(r"(?:عطلة\s+)?(?:نهاية|آخر)\s+(?:ال)?أسبوع(?:\s+(?P<rel>{rel}))?", "weekend", unit="weekend"),
    # The start, middle or end of a relative period: "مطلع الشهر الجاري", "أواخر العام الماضي".
    *(_phrase(rf"(?:{words})\s+(?P<unit>{{unit}})(?:\s+(?P<rel>{{rel}}))?", f"period-{mod.lower()}", modifier=mod)
      for mod, words in (("START", r"مطلع|بداية|أوائل|مستهل|مطالع"), ("MID", r"منتصف|أواسط|وسط"),
                         ("END", r"نهاية|أواخر|ختام|آخر"))),
)


def _with_feminine_demonyms(adjectives: dict[str, str]) -> dict[str, str]:
    """Each country adjective also in the feminine: "الحكومة الأردنية" names Jordan as
    "التوقيت الأردني" does (a government, a capital, an agency are feminine nouns)."""
    feminine = {f"{word}ة": target for word, target in adjectives.items()
                if word.endswith("ي") and len(target) == 2 and target.isupper()}
    return {**feminine, **adjectives}


LANGUAGE = Language(
    code="ar",
    name="العربية",
    script=r"[\u0600-\u06FF]",
    clock_leads=(
        # Range openers ("من", "بين") stay out: links.py reads them before the lead.
        r"(?:عند|في|حتى|منذ|قبل|قبيل|بعد|بعيد|حوالي|حوالى|نحو|قرابة|على|مع|بحلول|"
        r"اعتبارا\s+من|ابتداء\s+من|في\s+حدود|مع\s+حلول)?\s*(?:تمام\s+)?(?:ال)?ساعة",
        r"[وف]?[بل]الساعة",
    ),
    # "14h30" as the Maghreb press types it.
    clock_separators=(":", "٫", "؛", "h"),
    weak_clock_separators=(".", ",", "،"),
    day_periods={
        "صباحا": "am", "صباح": "am", "ص": "am", "فجرا": "am", "فجر": "am",
        "الفجر": "am", "ظهرا": "noon", "ظهر": "noon", "الظهر": "noon", "بعد الظهر": "afternoon",
        "بعد الظهيرة": "afternoon", "عصرا": "afternoon", "عصر": "afternoon", "العصر": "afternoon",
        "مساء": "pm", "مساءا": "pm", "المساء": "pm", "م": "pm", "ليلا": "night", "ليل": "night",
        "الليل": "night", "زوالا": "noon", "الزوال": "noon",
        # Maghreb copy: "الرابعة بعد الزوال" is four in the afternoon.
        "بعد الزوال": "afternoon",
        # "الواحدة بعد منتصف الليل": an hour of the small hours, not midnight itself.
        "بعد منتصف الليل": "am", "ليلة": "night", "ضحى": "am",
        # Spoken forms ("الساعة ثمانية الصبح", "عشرة بالليل").
        "الصبح": "am", "الصبحية": "am", "بالليل": "night", "الضهر": "noon",
        # "العاشرة قبل الظهر": before noon is the morning, as "a.m." is (not the clock time noon).
        "قبل الظهر": "am", "قبل الظهيرة": "am",
    },
    weak_day_periods=frozenset({"ص", "م"}),
    day_period_joiners=("من",),
    local_time_phrases=(
        r"(?:[وف]?(?:ب|حسب\s+|بحسب\s+|وفق\s+|وفقا\s+ل)?)ال?توقيت\s+ال?محلي",
        r"محليا",
    ),
    zone_templates=(
        r"[وف]?(?:ب|حسب\s+|بحسب\s+|وفق\s+|وفقا\s+ل)?توقيت\s+{zone}",
        r"[وف]?(?:ب|حسب\s+|بحسب\s+)?التوقيت\s+{zone}",
    ),
    zone_slot_word=r"[\u0621-\u064A]{2,}",
    zone_words=("غرينتش", "جرينتش", "غرينيتش", "غرنتش", "جرينيتش", "غرينويتش", "ت غ", "ت.غ", "ت. غ"),
    offset_leads=("UTC", "GMT", "غرينتش", "جرينتش", "غرينيتش", "توقيت غرينتش"),
    equivalence_connectors=(
        "أي", "اي", "أي ما يعادل", "أي ما يوافق", "الموافق", "الموافقة", "الموافق لـ", "ما يعادل",
        "بما يعادل", "ما يوافق", "بما يوافق", "ما يقابل", "بما يقابل", "يعني", "أي في تمام", "أي عند",
        "أي في", "أي الساعة", "أي عند الساعة", "أي في تمام الساعة", "أي على الساعة", "وهو ما يعادل",
        "أي ما يعادل الساعة", "ما يعادل الساعة",
        # "18:00 بتوقيت باريس (الساعة 19:00 بتوقيت القاهرة)": the lead alone inside brackets.
        "الساعة",
    ),
    weak_equivalence_connectors=("/", "-", "،", ",", "و"),
    order_words={"بعد": "after", "قبل": "before", "عقب": "after", "إثر": "after", "بعيد": "after",
                 "قبيل": "before"},
    number_words=_NUMBER_WORDS,
    number_joiners=("و",),
    number_multipliers=_MULTIPLIERS,
    number_prefix=r"ال",
    fraction_words={
        "ونصف": 0.5, "و نصف": 0.5, "والنصف": 0.5, "وربع": 0.25, "و ربع": 0.25, "والربع": 0.25,
        "وثلث": 1 / 3, "والثلث": 1 / 3, "إلا ربعا": -0.25, "إلا ربع": -0.25,
        "ونصفا": 0.5, "وربعا": 0.25, "وثلثا": 1 / 3,
    },
    duration_units={
        "ثانية": (_SECOND, 1), "ثوان": (_SECOND, 0), "ثواني": (_SECOND, 0), "ثانيتين": (_SECOND, 2),
        "ثانيتان": (_SECOND, 2),
        "دقيقة": (_MINUTE, 1), "دقائق": (_MINUTE, 0), "دقيقتين": (_MINUTE, 2), "دقيقتان": (_MINUTE, 2),
        "ساعة": (_HOUR, 1), "ساعات": (_HOUR, 0), "ساعتين": (_HOUR, 2), "ساعتان": (_HOUR, 2),
        "يوم": (_DAY, 1), "أيام": (_DAY, 0), "يوما": (_DAY, 1), "يومين": (_DAY, 2), "يومان": (_DAY, 2),
        "أسبوع": (7 * _DAY, 1), "أسابيع": (7 * _DAY, 0), "أسبوعين": (7 * _DAY, 2), "أسبوعا": (7 * _DAY, 1),
        "أسبوعان": (7 * _DAY, 2), "شهر": (30 * _DAY, 1), "أشهر": (30 * _DAY, 0), "شهرا": (30 * _DAY, 1),
        "شهور": (30 * _DAY, 0), "شهرين": (30 * _DAY, 2), "شهران": (30 * _DAY, 2),
        "سنة": (365 * _DAY, 1), "سنوات": (365 * _DAY, 0), "سنين": (365 * _DAY, 0),
        "سنتين": (365 * _DAY, 2), "سنتان": (365 * _DAY, 2), "عام": (365 * _DAY, 1), "عاما": (365 * _DAY, 1),
        "أعوام": (365 * _DAY, 0), "عامين": (365 * _DAY, 2), "عامان": (365 * _DAY, 2),
        # "عقد" is also "contract": it needs a count or a lead ("منذ عقد"); no dual ("عقدين").
        "عقد": (3650 * _DAY, 1), "عقود": (3650 * _DAY, 0), "قرن": (36500 * _DAY, 1), "قرون": (36500 * _DAY, 0),
    },
    span_leads=("خلال", "في غضون", "غضون", "في"),
    future_cues=_FUTURE_CUES,
    future_cue_reach=90,
    # «منذ يوم الخميس», «منذ مساء الأحد»: since a day, so before the reference whatever the tense.
    past_bounds=(r"[وف]?منذ\s+(?:(?:يوم|ليلة)\s+)?",),
    past_plan_cues=_PAST_PLAN_CUES,
    background_cues=(r"[وف]?كان(?:ت|وا)?\s+(?:[^\s،,]+\s+){0,6}قد", r"[وف]?كانوا", r"الذي", r"التي", r"الذين"),
    length_leads=("لمدة", "مدة", "طوال", "طيلة", "استمر", "استمرت", "دام", "دامت", "تستمر", "يستمر"),
    duration_leads=(r"لمدة", r"مدة", r"طوال", r"طيلة", r"على\s+مدى", r"على\s+مدار", r"على\s+امتداد",
                    r"لفترة", r"استمر(?:ت)?", r"خلال", r"منذ", r"بعد", r"قبل", r"في\s+غضون", r"غضون"),
    approximate_words=(
        "نحو", "قرابة", "حوالي", "حوالى", "زهاء", "ما يقارب", "ما يقرب من", "ما يزيد عن", "ما يزيد على",
        "أكثر من", "أقل من", "قرابة الـ", "نحو الـ", "ما لا يقل عن", "ما يزيد على", "أزيد من", "أقل من",
        "ما يربو على", "نحو الـ", "تقارب", "يقارب", "تناهز", "يناهز",
    ),
    bounding_words={
        "أكثر من": "MORE_THAN", "ما يزيد عن": "MORE_THAN", "ما يزيد على": "MORE_THAN", "أزيد من": "MORE_THAN",
        "ما يربو على": "MORE_THAN", "أقل من": "LESS_THAN", "ما لا يقل عن": "EQUAL_OR_MORE",
    },
    uncounted_durations=True,
    duration_range_joiners=("إلى", "حتى", "و", "أو", "-"),
    relative_days={
        "اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1, "الغد": 1, "بعد غد": 2,
        "بعد الغد": 2, "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2,
    },
    relative_day_periods={
        "الليلة": (0, "night"), "الليلة الماضية": (-1, "night"), "الليلة المقبلة": (0, "night"),
        "هذا الصباح": (0, "morning"), "هذا المساء": (0, "evening"),
        # "غد" without the article is "tomorrow" only in a construct with a day period
        # ("صباح غد"); alone it is as often "a future" ("من أجل غد أفضل").
        "صباح غد": (1, "morning"), "فجر غد": (1, "morning"), "ظهر غد": (1, "noon"),
        "عصر غد": (1, "afternoon"), "مساء غد": (1, "evening"), "ليل غد": (1, "night"),
        # A day period alone, as an adverb ("وصل الوفد مساءً"): that part of the reference day.
        "صباحا": (0, "morning"), "مساء": (0, "evening"), "مساءا": (0, "evening"), "ظهرا": (0, "noon"),
        "عصرا": (0, "afternoon"), "فجرا": (0, "morning"),
        # "أدلى بصوته قبل الظهر": in the morning (a part of the day, not noon).
        "قبل الظهر": (0, "morning"), "قبل الظهيرة": (0, "morning"),
    },
    day_period_prefixes={
        "صباح": "morning", "صبيحة": "morning", "فجر": "morning", "ضحى": "morning", "ظهر": "noon",
        "عصر": "afternoon", "مساء": "evening", "عشية": "evening", "ليلة": "night", "ليل": "night",
    },
    relative_periods=_RELATIVE_PERIODS,
    direction_words=_DIRECTIONS,
    weekdays=_WEEKDAYS,
    months=_MONTHS,
    month_leads={"شهر": "", "مطلع": "START", "بداية": "START", "أوائل": "START", "مستهل": "START",
                 "منتصف": "MID", "أواسط": "MID", "أواخر": "END", "نهاية": "END", "آخر": "END"},
    time_takes_following_date=True,
    phrase_rules=_PHRASES,
    calendar_units=_PERIOD_UNITS,
    relative_words=_DIRECTIONS,
    ordinals={**_ORDINAL_DAYS, "الأخير": 4},
    ordinal_days=_ORDINAL_DAYS,
    day_month_joiners=("من شهر", "من", "شهر"),
    day_of_month_words=("من",),
    day_month_year_words=("عام", "سنة"),
    glued_conjunctions=r"[وف]",
    number_glued_prefixes=r"[وفب]",
    measure_prefixes=r"[بل]",
    offset_by_prefix=r"ب",
    date_joiners=("يوم", "من يوم"),
    date_part_articles=("يوم",),
    year_leads=("عام", "العام", "سنة", "من العام", "من عام", "من سنة", "لعام", "للعام"),
    gregorian_era_words=("م", "ميلادي", "ميلادية", "للميلاد"),
    hijri_months=_HIJRI_MONTHS,
    hijri_era_words=("هـ", "ه", "هجري", "هجرية", "للهجرة"),
    clock_hour_words=_HOUR_WORDS,
    spoken_clock_hour_words={word: _NUMBER_WORDS[word] for word in _SPOKEN_HOURS},
    clock_minute_words=_MINUTE_WORDS,
    clock_minute_joiners={"و": 1, "إلا": -1},
    # "منتصف ليل الأحد": the named time takes the day after it (time_takes_following_date).
    named_times={"منتصف الليل": (24, 0), "منتصف النهار": (12, 0), "منتصف ليل": (24, 0), "منتصف ليلة": (24, 0)},
    lead_named_times={"الظهر": (12, 0), "الظهيرة": (12, 0)},
    # Not "قبل": "قبل الظهر" is the morning (a day period above), not a time before noon;
    # "قبيل الظهر" (shortly before noon) is one.
    named_time_leads=("عند", "حتى", "قبيل", "بعيد", "وقت", "حوالي", "نحو"),
    numeric_date_order="dmy",
    glued_prefix=r"[وف]?[بلك]?",
    non_final_abbreviations=(),
    stopwords=frozenset(
        """في من على إلى الى عن مع أن ان إن كان كانت قد لقد ثم أو او و هذا هذه ذلك تلك التي الذي
        الذين عند بعد قبل حول حيث كما لكن بين خلال أي اي إذا اذا لا لم لن ما هو هي هم نحو منذ حتى
        تمام الساعة بالتوقيت التوقيت المحلي بتوقيت توقيت لمدة مدة ساعات ساعة دقيقة دقائق ونصف وربع
        اليوم أمس غدا الأربعاء الخميس الجمعة السبت الأحد الاثنين الثلاثاء وقال قال وأعلن أعلن
        وأكد أكد وأشار أشار سابقا سابقاً مساء صباحا عدد""".split()
    ),
    event_nouns=frozenset(
        """لقاء اللقاء لقائه اجتماع الاجتماع قمة القمة مؤتمر المؤتمر مؤتمرا مؤتمراً جلسة الجلسة
        محادثات المحادثات مباحثات المباحثات زيارة الزيارة خطاب الخطاب كلمة انتخابات الانتخابات
        مباراة المباراة هجوم الهجوم انفجار الانفجار زلزال الزلزال إطلاق حفل الحفل مراسم مظاهرة
        احتجاج احتجاجات محاكمة المحاكمة رحلة الرحلة إضراب تصويت التصويت مفاوضات المفاوضات
        اتصال مناقشة إعلان بيان غارة قصف حريق تحطم جولة الجولة هزة الهزة اقتراع الاقتراع
        وصل وصلت ووصل ووصلت وصول الوصول هبطت وهبطت هبوط الهبوط أقلعت وأقلعت إقلاع الإقلاع
        غادر وغادر غادرت وغادرت مغادرة""".split()
    ),
    content_prefixes=("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"),
    # Common words and media names that GeoNames lists as another place's name.
    # Common news words that are place names somewhere. Also: "البورصة" (the stock exchange,
    # not Bursa), "المدينة" (the city, not Medina), "الهزة" (the tremor, not Heze), "بايدن"
    # (Biden, not "ب" + Aydın), "فرانس" (Agence France-Presse).
    not_places=frozenset({"الجزيرة", "الدولة", "الأمل", "الثورة", "البلد", "الشروق", "الأبيض",
                          "البورصة", "بورصة", "المدينة", "الهزة", "هزة", "بايدن", "فرانس",
                          "السراي", "سراي",  # the government palace in Beirut, not Saray (Azerbaijan)
                          "بن", "ابن", "أبو", "أم"}),  # name particles: "مطار بن غوريون" is not Bonn
    # A team or a prayer named after a place («منتخب زامبيا», «أذان المغرب», «صلاة المغرب»).
    not_place_after=frozenset({"منتخب", "منتخبا", "منتخبي", "لمنتخب", "المنتخب", "فريق", "نادي", "أذان", "آذان",
                               "صلاة", "صلاتي", "لصلاة", "وصلاة"}),
    # «الرحلة المتجهة إلى لندن»: where the trip goes, not the clock of a time with no cue.
    travel_destination_phrases=("متجهة إلى", "المتجهة إلى", "متوجهة إلى", "المتوجهة إلى", "متجها إلى",
                                "متوجها إلى", "في طريقها إلى", "في طريقه إلى", "رحلة إلى", "الرحلة إلى",
                                "طائرة إلى", "المغادرة إلى"),
    # «تأخر إقلاع الرحلة ثلاث ساعات عن موعدها»: a shift from the schedule, no length of an event.
    shift_tails=("عن موعدها", "عن موعده", "عن الموعد", "عن موعدهما", "عن الموعد المحدد", "عن الموعد المقرر"),
    glued_articles=("ال", "لل", "وال", "بال"),
    visit_verbs=("زار", "وزار", "زارت", "وزارت", "يزور", "تزور", "سيزور", "ستزور"),
    place_prepositions=("في", "من", "إلى", "الى", "قرب", "داخل", "خارج", "بمدينة", "مدينة", "ب", "في مدينة"),
    places_capitalised=False,
    right_to_left=True,
    # --- zone resolution (issue 3) ---
    function_words=frozenset("في من على إلى أن التي الذي عن مع".split()),
    zone_adjectives=_with_feminine_demonyms({
        "السعودي": "SA", "السعودية": "SA", "المملكة": "SA", "مكة المكرمة": "Asia/Riyadh", "مكة": "Asia/Riyadh",
        "المكرمة": "Asia/Riyadh", "الإماراتي": "AE", "الإمارات": "AE", "القطري": "QA", "الكويتي": "KW",
        "البحريني": "BH", "العماني": "OM", "اليمني": "YE", "العراقي": "IQ", "بغداد": "Asia/Baghdad",
        "السوري": "SY", "دمشق": "Asia/Damascus", "اللبناني": "LB", "بيروت": "Asia/Beirut",
        "الأردني": "JO", "الفلسطيني": "Asia/Gaza", "القدس": "Asia/Jerusalem", "المصري": "EG",
        "القاهرة": "Africa/Cairo", "الليبي": "LY", "التونسي": "TN", "الجزائري": "DZ", "المغربي": "MA",
        "السوداني": "SD", "الموريتاني": "MR", "الخليج": "Asia/Dubai", "الخليجي": "Asia/Dubai",
        "الروسي": "Europe/Moscow", "موسكو": "Europe/Moscow", "التركي": "TR", "الإيراني": "IR",
        "الفرنسي": "FR", "البريطاني": "GB", "لندن": "Europe/London", "الألماني": "DE", "السويسري": "CH",
        "الأوروبي": "Europe/Brussels", "وسط أوروبا": "Europe/Berlin", "الصيني": "Asia/Shanghai",
        "بكين": "Asia/Shanghai", "الياباني": "JP", "الهندي": "IN", "الباكستاني": "PK", "الأمريكي": "US",
        "الأميركي": "US", "أمريكا": "US", "أميركا": "US", "واشنطن": "America/New_York",
        "شرق الولايات المتحدة": "America/New_York", "نيويورك": "America/New_York", "الإسرائيلي": "IL",
        "العالمي": "Etc/UTC", "العالمي الموحد": "Etc/UTC", "العالمي المنسق": "Etc/UTC",
        "غرينتش": "Etc/GMT", "جرينتش": "Etc/GMT", "غرينيتش": "Etc/GMT", "جرينيتش": "Etc/GMT",
    }),
    zone_declarations=(
        r"(?:جميع|كل)\s+(?:المواعيد|الأوقات|التوقيتات|الساعات)\s+(?:المذكورة\s+|الواردة\s+)?(?:هي\s+)?",
        r"(?:المواعيد|الأوقات)\s+(?:المذكورة\s+|الواردة\s+)?",
    ),
    cue_sharing_connectors=(r"و", r"إلى", r"الى", r"حتى", r"ثم", r"أو", r"بين", r"من", r"ولغاية", r"لغاية"),
    home_institution_words=frozenset("الجيش الشرطة الدرك الأمن".split()),
    place_kind_words={"مدينة": "city", "بمدينة": "city", "العاصمة": "city", "عاصمة": "city", "مطار": "city",
                      "ميناء": "city", "بلدة": "city", "محافظة": "region", "ولاية": "region",
                      "سلطنة": "country", "دولة": "country", "مملكة": "country", "المملكة": "country"},
    daily_words=("يوميا", "يومياً", "يوميًا", "كل يوم", "طيلة أيام", "طوال أيام"),
    place_spelling_kinds={"عمّان": "city", "بعمّان": "city", "وعمّان": "city", "لعمّان": "city",
                          "عُمان": "country", "بعُمان": "country", "وعُمان": "country", "لعُمان": "country"},
    # Relations between mentions and events (reconcile).
    range_openers=("من", "بين", "ما بين", "يومي", "أيام"),
    range_connectors=("إلى", "الى", "حتى", "و", "ولغاية", "لغاية", "ولحين", "-"),
    range_connectors_strong=("حتى", "لغاية", "ولغاية", "-"),
    list_joiners=("و",),
    offset_order_words={"لاحقا": "after", "لاحقاً": "after", "بعد ذلك": "after", "بعد": "after",
                        "من بعد": "after", "قبل": "before", "قبل ذلك": "before"},
    event_end_phrases=(r"في ختام {event}", r"في نهاية {event}", r"في اختتام {event}", r"عند (?:انتهاء|ختام) {event}",
                       r"لدى (?:انتهاء|ختام) {event}", r"مع (?:انتهاء|ختام) {event}",
                       r"في (?:ختامه|ختامها|نهايته|نهايتها|ختامهما)", r"(?:عند|لدى|مع) (?:انتهائه|انتهائها)"),
    sequel_days={"اليوم التالي": 1, "في اليوم التالي": 1, "صباح اليوم التالي": 1, "مساء اليوم التالي": 1,
                 "اليوم الذي تلاه": 1, "اليوم السابق": -1, "في اليوم السابق": -1, "مساء اليوم السابق": -1},
    approximate_time_words=("حوالي", "حوالى", "نحو", "قرابة", "قبيل", "بعيد", "قرابة", "تقريبا", "زهاء"),
    phase_words={
        "بدء": "start", "بدأ": "start", "بدأت": "start", "يبدأ": "start", "تبدأ": "start", "انطلق": "start",
        "انطلقت": "start", "انطلاق": "start", "افتتاح": "start", "افتتح": "start", "بداية": "start",
        "انتهاء": "end", "انتهى": "end", "انتهت": "end", "ينتهي": "end", "تنتهي": "end", "اختتام": "end",
        "اختتم": "end", "اختتمت": "end", "ختام": "end", "نهاية": "end", "انفض": "end", "انفضت": "end",
        # polls, borders, markets: "فتحت مراكز الاقتراع أبوابها … وأغلقت في السادسة"
        "فتحت": "start", "فتح": "start", "تفتح": "start", "أغلقت": "end", "أغلق": "end", "تغلق": "end",
        "إغلاق": "end",
        # "واستمرت إلى حدود الساعة الثالثة" (Maghreb: lasted until about three): the end.
        "إلى حدود": "end", "حتى حدود": "end", "لغاية": "end",
    },
    event_concepts=_EVENT_CONCEPTS,
    event_qualifiers={
        "الصباحي": "morning", "الصباحية": "morning", "صباحي": "morning", "صباحية": "morning",
        "المسائي": "evening", "المسائية": "evening", "مسائي": "evening", "مسائية": "evening",
        "الليلي": "night", "الليلية": "night", "الأول": "1", "الأولى": "1", "الثاني": "2", "الثانية": "2",
        "الثالث": "3", "الثالثة": "3", "الأخير": "last", "الأخيرة": "last", "الختامي": "last",
        "الختامية": "last", "الافتتاحي": "1", "الافتتاحية": "1",
    },
    measure_of_words=("من",),
    # «في زيارة تستغرق ثلاثة أيام», «بعد رحلة استغرقت ساعتين ونصف»: the length of the visit or
    # flight named right before, not of a clock time of its sentence (the arrival's).
    measured_noun_links=("تستغرق", "تستمر", "تدوم", "مدتها", "استغرقت", "دامت"),
    relative_clause_openers=(r"(?:الذي|التي)",),
    measured_states=("الصمت", "الانتظار", "الهدوء", "الترقب", "الغموض", "التأخير", "التأخر", "الجمود", "المماطلة",
                     "الحصار", "الاحتجاز", "الانقطاع", "التوقف"),
    vague_counts=("بضع", "بضعة", "عدة"),
    # A state that still lasts: a negation, "لا يزال", a participle of lasting, or a
    # present-tense verb (prefix ي/ت and at least three letters: "يعيش", "تستمر").
    ongoing_cues=(r"[وف]?(?:لم|لا|لن|ليس|ليست)", r"[وف]?(?:ما|لا)\s+(?:يزال|تزال|زال|زالت|يزالون)", r"[وف]?مازال\w*",
                  r"[وف]?(?:ال)?(?:مستمر|متواصل|قائم|مغلق|معتقل|محتجز|مضرب|معتصم)\w*", r"[وف]?[يت][\u0621-\u064A]{2,}"),
    noun_suffixes={"تهما": "ة", "تهم": "ة", "تها": "ة", "ته": "ة", "هما": "", "هم": "", "ها": "", "ه": ""},
)
