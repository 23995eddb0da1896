"""English: lexicon and word order for news copy."""

from timeline.lang.base import Language, PhraseRule, cldr_months, cldr_weekdays

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a": 1, "an": 1, "one and a half": 1.5, "a half": 0.5, "half an": 0.5, "half a": 0.5,
    "a quarter": 0.25, "a quarter of an": 0.25, "quarter of an": 0.25, "a couple of": 2,
    "several": 3, "a few": 3, "couple of": 2, "dozens of": 24, "a dozen": 12,
}
_NUMBER_WORDS = dict(_UNITS)
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        _NUMBER_WORDS[f"{_tens}-{_unit}"] = _UNITS[_tens] + _UNITS[_unit]
        _NUMBER_WORDS[f"{_tens} {_unit}"] = _UNITS[_tens] + _UNITS[_unit]

_SECOND, _MINUTE, _HOUR, _DAY = 1, 60, 3600, 86400

# Event nouns → a concept shared with the other languages' tables, so that reports in
# different languages can be matched ("summit" here, "قمة" in Arabic).
_EVENT_CONCEPTS = {
    "meeting": "meeting", "meetings": "meeting", "meeting's": "meeting", "talks": "meeting", "talk": "meeting",
    "session": "meeting", "sessions": "meeting", "negotiations": "meeting", "discussion": "meeting",
    "discussions": "meeting", "summit": "summit", "summit's": "summit", "conference": "press-conference",
    "briefing": "press-conference", "interview": "interview", "speech": "speech", "address": "speech",
    "visit": "visit", "vote": "vote", "voting": "vote", "election": "election", "elections": "election",
    "match": "match", "game": "match", "attack": "attack", "attacks": "attack", "raid": "attack",
    "airstrike": "attack", "explosion": "explosion", "blast": "explosion",
    "earthquake": "earthquake", "quake": "earthquake", "launch": "launch", "ceremony": "ceremony",
    "funeral": "funeral", "rally": "protest", "protest": "protest", "protests": "protest", "trial": "trial",
    "hearing": "trial", "flight": "flight", "debate": "debate", "concert": "concert", "festival": "festival",
    "race": "race", "storm": "storm", "call": "call", "announcement": "announcement", "statement": "statement",
    "shooting": "shooting", "fire": "fire", "crash": "crash",
    # what news names an event by its moment: "after the first polls closed", "before kick-off"
    "polls": "vote", "kick-off": "match", "kickoff": "match", "liftoff": "launch", "aftershock": "aftershock",
    "dinner": "dinner", "parade": "parade", "round": "meeting",
}
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                  "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORDINAL_WORDS, start=1)}
_ORDINALS.update({"twenty-first": 21, "twenty first": 21, "thirtieth": 30, "thirty-first": 31})
for _n in range(1, 32):
    _suffix = "th" if 10 <= _n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(_n % 10, "th")
    _ORDINALS[f"{_n}{_suffix}"] = _n

_CALENDAR_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend", "weekends": "weekend",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year",
    "years": "year", "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute", "second": "second",
    "seconds": "second", "fortnight": "week", "fiscal year": "year",
}
_PERIOD = r"(?P<unit>week|month|year|quarter|weekend|decade|century|fiscal\s+year)"
# Units a calendar date is shifted by when the shift is stated from the reference date
# ("two days ago", "a year earlier").
_CALENDAR_UNIT = r"(?P<unit>days?|weeks?|months?|quarters?|years?|decades?|century|centuries)"
_PLURAL = r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
_PARTS_OF_DAY = r"(?P<dayperiod>morning|afternoon|evening|night)"
# A phrase that ends where the words it could take do ("the day before." / "the day
# before, …"; not "the day before the vote").
_ALONE = r"(?=\s*(?:[,.;:!?)\"'`]|--|$))"
_EDGE = r"(?:(?:early|earlier|late|later|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s*)?"
_DATE, _DURATION, _SET, _TIME = {"kind": "date"}, {"kind": "duration"}, {"kind": "set"}, {"kind": "time"}
# "will last one day", "to last several days": after a modal or "to", "last" is the verb,
# not "the last" of a span.
_NOT_AFTER_VERB_LEAD = (r"(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)"
                        r"(?<!\bto\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bdid\s)(?<!\bdoes\s)(?<!\bnot\s)")
# "the next two years or so": the hedge closes the expression.
_OR_SO = r"(?:\s+or\s+so)?"
# Where a bare plural unit opens a time phrase ("Hours later", "only days later"): the start of
# a sentence or clause, or an adverb that leaves the count unsaid.
_BARE_PLURAL_LEAD = (r"(?:(?<=^)|(?<=[.!?,;:\"'`(]\s)|(?<=\n)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bmere\s)"
                     r"|(?<=\band\s)|(?<=\bbut\s))")
# "spent a day in hospital", "for a year in exile": after a word that leads a length, "a
# day"/"a year" is one of them, not a rate ("hundreds of interviews a day, …").
_NOT_AFTER_LENGTH_LEAD = (r"(?<!\bspent\s)(?<!\bspend\s)(?<!\bspends\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bwithin\s)"
                          r"(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\blasted\s)(?<!\bthan\s)(?<!\bjust\s)"
                          r"(?<!\bhalf\s)(?<!\bonly\s)(?<!\babout\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\bover\s)"
                          r"(?<!\bserved\s)(?<!\bserve\s)(?<!\bafter\s)(?<!\bbefore\s)(?<!\bonce\s)")
# "the second half of the year", "the first quarter of next year": the part's year said in
# words (an alternative to a year in digits after "of").
_OF_THE_YEAR = r"|\s+of\s+(?:(?:the|this)\s+(?:fiscal\s+|calendar\s+)?year|(?P<rel>last|next)\s+(?:fiscal\s+)?year)"


def _rule(pattern: str, name: str, kind: dict, case_sensitive: bool = False, **fields) -> PhraseRule:
    return PhraseRule(pattern, {**kind, **fields}, name, case_sensitive)


# Word order of English calendar phrases, as TimeBank/TempEval annotators delimit them.
_PHRASES = (
    # Not times at all; listed first so that they win over a time reading of the same words.
    # "a second group", "a second time": the ordinal, not one second.
    _rule(r"[Aa]\s+second(?=\s+(?!(?:later|earlier|ago|after|before|or|and|to|in|at|for|of|longer|more|less|"
          r"when|that|which|while|the|a|an|he|she|it|they|we|you|i)\b)[a-z])", "ordinal-second", {"kind": "none"},
          case_sensitive=True),
    # Names of shows and films written in title case mid-sentence ("ABC's This Week",
    # "60 Minutes", "High Noon"): running text writes these time words in lower case.
    _rule(r"(?<=[\w,;:'\"`]\s)(?:This|Next|Last|Each|Every|\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
          r"Twelve|Twenty|Thirty|Forty|Forty-Eight|Sixty)\s+(?:Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Nights?)\b"
          r"|(?<=[\w,;:'\"`]\s)(?:This|Next|Last)\s+Morning\b"
          r"|(?<=[\"'`])(?:This|Next|Last|\d+)\s+(?:Minutes?|Hours?|Days?|Weeks?|Months?|Years?)\b"
          r"|High\s+Noon", "title", {"kind": "none"}, case_sensitive=True),
    _rule(r"high\s+noon", "high-noon", {"kind": "none"}),
    # "the quarter-to-quarter comparison", "year-over-year growth", "day-by-day": a way of
    # comparing or counting, no period of its own.
    _rule(r"(?:the\s+)?(?:quarter|year|month|week|day)[-\s](?:to|over|by|on)[-\s](?:quarter|year|month|week|day)",
          "period-to-period", {"kind": "none"}),
    # "Now, he says, …", "Now for the weather": opening a sentence, "now" is a discourse
    # marker (a turn in the story), not a reference to the present.
    _rule(r"(?:(?<=^)|(?<=[.!?\"'`]\s)|(?<=\n))Now(?=,|\s+for\b)", "now-discourse", {"kind": "none"},
          case_sensitive=True),
    # "USA Today", "VOA Today": a title after an acronym, not the day.
    _rule(r"(?<=[A-Z][A-Z]\s)Today", "title-today", {"kind": "none"}, case_sensitive=True),
    # Newspapers and programmes named by a day: "The Sunday Times", "the Mail on Sunday", "NBC's
    # Today show", "the Today programme".
    _rule(r"(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?=\s+(?:Times|Telegraph|Mirror|Express|"
          r"Herald|Post|Tribune|Mail|Star|Independent|Observer|Sport|People|Business\s+Post|Night\s+Football)\b)"
          r"|(?<=\bMail\son\s)Sunday|Today(?=\s+(?:show|programme|program)\b)", "title-day", {"kind": "none"}, case_sensitive=True),
    # Vague references.
    _rule(r"recently|lately|the\s+past(?!\s+(?:{number}|few|several|couple|{unit}))",
          "ref-past", _DATE, ref="PAST"),
    # "in recent years" is the vague past; "in recent weeks/months/quarters" a stretch of that
    # many units up to now, which TimeBank annotates as a length of unknown count (PXM).
    _rule(r"recent\s+(?P<unit>months|weeks|quarters)", "recent-units", _DURATION),
    _rule(r"recent\s+(?:years|days|decades|times)", "ref-recent", _DATE, ref="PAST"),
    # "the present" as a noun ("from the past to the present", "the present day"); the adjective
    # ("the present government") is left to the noun it qualifies.
    _rule(r"now|currently|nowadays|presently|at\s+present|the\s+present(?=\s*(?:[,.;:!?)\"'`]|--|$)|\s+(?:and|or|but|"
          r"to|in|at|of|is|was|will|would|with|for|as|than|day|time|moment)\b)", "ref-present",
          _DATE, ref="PRESENT"),
    # "the future of the coalition", "the future of our peoples": what becomes of something,
    # no time of its own (TimeML leaves it untagged); "in the future" still is one.
    _rule(r"the\s+future(?=\s+of\b)", "future-of", {"kind": "none"}),
    _rule(r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:near|short)\s+term", "ref-future", _DATE,
          ref="FUTURE"),
    # "at a later date", "at a future date": some day ahead.
    _rule(r"(?<=\bat\s)a\s+(?:later|future)\s+date", "ref-later-date", _DATE, ref="FUTURE"),
    # "in future quarters", "in past years": the plural period ahead of or before now.
    _rule(r"future\s+(?:years|quarters|decades|generations)|(?:the\s+)?coming\s+quarters", "ref-future-units", _DATE,
          ref="FUTURE"),
    _rule(r"(?<!\bthe\s)past\s+(?:years|decades)(?!\s+(?:ago|earlier)\b)", "ref-past-units", _DATE, ref="PAST"),
    _rule(r"these\s+days", "ref-these-days", _DATE, ref="PRESENT"),
    # "Islam will one day be …", "hopes to one day fly": some day ahead, not a length of one day.
    _rule(r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bshall\s)"
          r"|(?<=\bshould\s)|(?<=\bmust\s)|(?<=\bhope\sto\s)|(?<=\bhopes\sto\s)"
          r"|(?<=\bhoped\sto\s)|(?<=\bwants\sto\s)|(?<=\bwant\sto\s)|(?<=\bdreams\sof\s))one\s+day(?=\s+[a-z])",
          "ref-one-day", _DATE, ref="FUTURE"),
    _rule(r"(?:the\s+)?(?P<unit>days|weeks|months|years)\s+ahead", "units-ahead", _DURATION),
    _rule(r"(?:(?:at\s+least|another)\s+)?(?P<num>{number})\s+(?:more|additional|further)\s+(?P<unit>{unit})",
          "more-units", _DURATION),
    # Fixed-date holidays; the year is read like any day and month without one.
    _rule(r"Christmas(?:\s+Day)?", "christmas", _DATE, case_sensitive=True, month=12, day=25),
    _rule(r"Christmas\s+Eve", "christmas-eve", _DATE, case_sensitive=True, month=12, day=24),
    _rule(r"New\s+Year's\s+Day", "new-year", _DATE, case_sensitive=True, month=1, day=1),
    _rule(r"New\s+Year's\s+Eve", "new-year-eve", _DATE, case_sensitive=True, month=12, day=31),
    _rule(r"Independence\s+Day", "july-fourth", _DATE, case_sensitive=True, month=7, day=4),
    _rule(r"Valentine's\s+Day", "valentine", _DATE, case_sensitive=True, month=2, day=14),
    _rule(r"Halloween", "halloween", _DATE, case_sensitive=True, month=10, day=31),
    # US holidays on a weekday: the first such weekday on or after a fixed day.
    _rule(r"(?:(?P<rel>last|next|this)\s+)?Thanksgiving(?:\s+Day)?", "thanksgiving", _DATE, case_sensitive=True,
          month=11, day=22, weekday=3, weekday_on_or_after=True),
    _rule(r"(?:(?P<rel>last|next|this)\s+)?Labor\s+Day", "labor-day", _DATE, case_sensitive=True, month=9, day=1,
          weekday=0, weekday_on_or_after=True),
    _rule(r"(?:(?P<rel>last|next|this)\s+)?Memorial\s+Day", "memorial-day", _DATE, case_sensitive=True, month=5,
          day=25, weekday=0, weekday_on_or_after=True),
    _rule(r"(?:(?P<rel>last|next|this)\s+)?Election\s+Day", "election-day", _DATE, case_sensitive=True, month=11,
          day=2, weekday=1, weekday_on_or_after=True),
    # "the current crisis": the adjective. Not the noun of water or electricity ("a strong current
    # off the coast", "cut the electric current to the plant"), nor "current account".
    _rule(r"(?<!\belectric\s)(?<!\belectrical\s)(?<!\bocean\s)(?<!\bstrong\s)(?<!\brip\s)(?<!\balternating\s)"
          r"(?<!\bdirect\s)(?<!\bjet\s)(?<!\bsea\s)(?<!\bwater\s)current"
          r"(?=\s+(?!(?:account|off|to|of|in|on|at|from|into|through|and|or|was|is|that|which|flows?|flowed|"
          r"carried|swept|ran|runs)\b)[a-z])", "ref-current", _DATE, ref="PRESENT"),
    # "at the then-current price": present at a past moment the text is telling of.
    _rule(r"then[\s-]+current", "ref-then-current", _DATE, ref="PAST"),
    _rule(r"(?:a\s+few|several|many|some)\s+(?:years|months|weeks|decades)\s+ago", "vague-ago", _DATE, ref="PAST"),
    # "Hours later, police arrived": a length of unknown count, "later" its signal (as "three
    # days later"); only where no count or article comes before the unit.
    _rule(_BARE_PLURAL_LEAD + r"(?P<unit>minutes|hours|days|weeks|months|years)(?=\s+(?:later|earlier)\b)",
          "bare-units-later", _DURATION),
    # Not times at all: ages that the number+unit reading would take ("a 6-year-old boy").
    _rule(r"(?:{number})[\s-]+(?:year|month|week|day)s?[\s-]+old", "age", {"kind": "none"}),
    # Relative periods: "last week", "earlier this year", "the coming month".
    # Counted from the date named just before, when there is one.
    _rule(r"(?:the\s+)?(?P<rel>following|previous|preceding)\s+(?P<unit>year|month|week)", "sequel-period", _DATE,
          anchored=True),
    _rule(r"(?:(?:later|earlier)\s+)?that\s+(?P<unit>year|month|week)", "that-period", _DATE, offset=0, anchored=True),
    # The quarter under discussion, named before: "Results for that quarter", "the same quarter".
    _rule(r"(?:that|the\s+same)\s+(?:fiscal\s+)?quarter(?!\s+(?:a\s+)?year\b)", "that-quarter", _DATE,
          unit="quarter", offset=-1, anchored=True),
    # …and a year before it: "the same quarter a year earlier", "the quarter a year ago".
    _rule(r"the\s+(?:same\s+)?(?:fiscal\s+)?(?:quarter|period)\s+(?:a\s+|one\s+)?year\s+(?:earlier|ago|before)",
          "quarter-year-before", _DATE, unit="year", offset=-1, contextual=True),
    # The day the story is at (the day named last before, else the reference date):
    # "that day", "the same day", "earlier that day"; a day on from it: "the next day",
    # "the day before" (alone: "the day before the vote" is counted from the vote).
    # A bare "that day" mid-sentence is as often a generic one ("you have strong redemptions
    # that day"): only the forms that point back at a day of the story are taken.
    _rule(r"(?:(?:earlier|later|early|late)\s+(?:on\s+)?)(?:that|the\s+same|that\s+same|that\s+very)\s+day"
          r"|(?:the|that)\s+(?:same|very)\s+day|(?<=\bon\s)that\s+day", "anaphoric-day", _DATE, day_shift=0,
          anchored=True),
    _rule(r"(?:(?<=^)|(?<=[.!?\"'`]\s)|(?<=\n))That\s+day", "anaphoric-day-opening", _DATE, case_sensitive=True,
          day_shift=0, anchored=True),
    _rule(r"the\s+(?:next|following)\s+day|the\s+day\s+after" + _ALONE, "sequel-day", _DATE, day_shift=1,
          anchored=True),
    _rule(r"the\s+(?:previous|preceding|prior)\s+day|the\s+day\s+before" + _ALONE, "prequel-day", _DATE,
          day_shift=-1, anchored=True),
    _rule(r"the\s+(?:next|following)\s+" + _PARTS_OF_DAY, "sequel-day-part", _DATE, day_shift=1, anchored=True),
    _rule(r"the\s+(?:previous|preceding|prior)\s+" + _PARTS_OF_DAY, "prequel-day-part", _DATE, day_shift=-1,
          anchored=True),
    _rule(r"(?:(?:earlier|later|early|late)\s+)?that\s+" + _PARTS_OF_DAY, "anaphoric-day-part", _DATE,
          day_shift=0, anchored=True),
    # "By mid-afternoon, …": that part of the day the story is at. (A bare "in the morning"
    # is left alone: news uses it as filler and an event for it only clutters a timeline.)
    _rule(r"(?:mid-?\s?|(?:early|late)\s+)(?P<dayperiod>morning|afternoon|evening)", "bare-day-part", _DATE,
          day_shift=0, anchored=True),
    # "by the end of the month", "the middle of the week": the period the story is at.
    *(_rule(rf"the\s+(?:{words})\s+of\s+the\s+(?P<unit>month|week)", f"period-{mod.lower()}", _DATE,
            offset=0, anchored=True, modifier=mod)
      for words, mod in (("end", "END"), ("beginning|start", "START"), ("middle", "MID"))),
    # "over the past decade": the last ten years up to now, a length (like "the past ten years").
    _rule(r"(?:the\s+)?past\s+(?P<unit>decade|century)", "past-decade", _DURATION, duration_count=1.0),
    # "over the next decade", "within the coming decade": the ten years from now, a length; a
    # bare "in the next decade" stays the calendar decade after this one.
    _rule(r"(?:(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+(?:next|coming)\s+"
          r"(?P<unit>decade|century)", "next-decade-length", _DURATION, duration_count=1.0),
    # "by the end of the decade": this decade (or century), its edge as TIMEX3 mod.
    *(_rule(rf"the\s+(?:{words})\s+of\s+the\s+(?P<unit>decade|century)", f"long-period-{mod.lower()}", _DATE,
            offset=0, modifier=mod)
      for words, mod in (("end", "END"), ("beginning|start", "START"), ("middle", "MID"))),
    # "over the next year or so": the hedge belongs to the expression (TimeBank spans it).
    _rule(_EDGE + r"(?:the\s+)?(?P<rel>{rel})\s+" + _PERIOD + _OR_SO, "relative-period", _DATE),
    _rule(r"(?:the\s+)?(?:latest|most\s+recent)\s+(?:fiscal\s+)?(?P<unit>quarter|year|month|week)", "latest-period",
          _DATE, offset=-1),
    # "the previous Friday", "the following Monday": counted from the day the text was telling of.
    _rule(r"the\s+(?P<rel>previous|preceding|following)\s+(?P<weekday>{weekday})", "sequel-weekday", _DATE,
          anchored=True),
    _rule(r"(?:the\s+|this\s+(?=coming\b))?(?P<rel>{rel})\s+(?P<weekday>{weekday})", "relative-weekday", _DATE),
    # "shot to death last Oct. 23": the last such day before the reference (a year back when
    # it has not come yet this year), one mention with its day.
    _rule(_EDGE + r"(?P<rel>last|next|this\s+past)\s+(?=(?-i:[A-Z]))(?P<month>{month})\.?\s+(?P<day>[1-9]|[12]\d|3[01])"
          r"(?:st|nd|rd|th)?(?![\d:])(?!,?\s*\d{4})", "relative-month-day", _DATE, case_sensitive=False),
    # The month name keeps its capital ("this march" is a protest, "last may" a verb).
    _rule(_EDGE + r"(?P<rel>last|next|this(?:\s+past)?|past)\s+(?=(?-i:[A-Z]))(?P<month>{month})", "relative-month", _DATE,
          case_sensitive=False),
    # "this past spring": the latest one, read like a bare season in past copy (in October,
    # this year's; in February, last year's summer), unlike "last spring" (a year back).
    _rule(_EDGE + r"this\s+past\s+(?P<season>{season})", "this-past-season", _DATE),
    _rule(_EDGE + r"(?P<rel>last|next|this(?:\s+past)?|past)\s+(?P<season>{season})", "relative-season", _DATE),
    # "a day earlier", "two weeks earlier" count from the story's last date, not from the
    # reference date: like "three days later", TimeML tags the DURATION and reads "earlier"
    # as a signal, so days and weeks are left to the length rule; "a year earlier" in
    # earnings copy is the quarter under discussion a year back (contextual).
    _rule(r"(?:(?:about|almost|nearly|some|more\s+than|less\s+than|over)\s+)?(?P<num>{number})\s+(?:more\s+)?"
          + _CALENDAR_UNIT + r"\s+(?:or\s+so\s+)?(?:ago|(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!week\s)earlier(?!\s+(?:this|that|last|next|in|on|today|yesterday)\b))", "ago", _DATE, sign=-1,
          contextual=True),
    _rule(r"(?P<num>{number})\s+(?P<unit>{unit})\s+(?:from\s+now|hence)", "from-now", _DATE, sign=1),
    # "two hours later" counts from the event before (an offset, kept whole). "Three days
    # later" in a story counts from the story's last date, not from the publication date:
    # TimeML tags the DURATION "three days" and reads "later" as a signal, and so do we.
    # Not a vague count ("a few hours later", "several minutes later"): no offset to count on, a
    # length of unknown count (PTXH) read by the vague-duration rule.
    _rule(r"(?!(?:a\s+few|few|several|many|some|dozens\s+of)\s)(?P<num>{number})\s+(?P<unit>hours?|minutes?|seconds?)"
          r"\s+later", "later", _DATE, sign=1),
    _rule(r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:earlier|ago)\s+(?:quarter|period)",
          "year-ago-quarter", _DATE, unit="quarter", offset=-5, contextual=True),
    # A quarter placed by a year phrase: "the year-ago third quarter", "next year's first quarter".
    _rule(r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?:year[-\s](?:earlier|ago)|(?P<rel>last|next)\s+year's)\s+"
          r"(?:fiscal\s+)?(?P<ordinal>first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter", "shifted-year-quarter",
          _DATE, unit="year", offset=-1, ordinal_is="quarter", contextual=True),
    # The period under discussion, a year back: "last year's quarter", "the same period last year".
    _rule(r"(?P<rel>last|next)\s+year's\s+(?:quarter|period)|the\s+(?:same|corresponding|comparable)\s+"
          r"(?:quarter|period)\s+(?:of\s+)?(?P<rel2>last)\s+year", "shifted-year-period", _DATE, unit="year",
          offset=-1, contextual=True),
    # The period under discussion in a named year: "the 1988 quarter", "the 1989 period".
    _rule(r"the\s+(?P<year>{year})\s+(?:fiscal\s+)?(?:quarter|period)", "year-period", _DATE, unit="year",
          contextual=True),
    _rule(r"(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(?P<unit>years|months|weeks|days|decades)" + _OR_SO,
          "coming-units",
          _DURATION),
    _rule(r"(?:the\s+)?year[-\s](?:earlier|ago)", "year-ago", _DATE, unit="year", offset=-1, contextual=True),
    # Days and parts of days.
    _rule(r"(?:the\s+)?day\s+before\s+yesterday", "day-before-yesterday", _DATE, relative_days=-2),
    _rule(r"(?:the\s+)?day\s+after\s+tomorrow", "day-after-tomorrow", _DATE, relative_days=2),
    _rule(r"(?:early\s+|late\s+)?(?P<weekday>{weekday})\s+" + _PARTS_OF_DAY, "weekday-part", _DATE),
    # "late Tuesday": the edge word is part of the expression (TimeBank includes it).
    _rule(r"early\s+(?=(?-i:[A-Z]))(?P<weekday>{weekday})", "early-weekday", _DATE, modifier="START"),
    _rule(r"late\s+(?=(?-i:[A-Z]))(?P<weekday>{weekday})", "late-weekday", _DATE, modifier="END"),
    _rule(r"(?:early\s+|late\s+)?yesterday\s+" + _PARTS_OF_DAY, "yesterday-part", _DATE, relative_days=-1),
    _rule(r"(?:early\s+|late\s+)?tomorrow\s+" + _PARTS_OF_DAY, "tomorrow-part", _DATE, relative_days=1),
    # The part said first: "mid-afternoon yesterday", "late morning tomorrow".
    _rule(r"(?:early\s+|late\s+|mid-?)?(?P<dayperiod>morning|afternoon|evening)\s+yesterday", "part-yesterday", _DATE,
          relative_days=-1),
    _rule(r"(?:early\s+|late\s+|mid-?)?(?P<dayperiod>morning|afternoon|evening)\s+tomorrow", "part-tomorrow", _DATE,
          relative_days=1),
    _rule(r"(?:early\s+|late\s+)?(?:this|today)\s+(?P<dayperiod>morning|afternoon|evening)", "today-part", _DATE,
          relative_days=0),
    _rule(r"tonight", "tonight", _DATE, relative_days=0, day_period="night"),
    _rule(r"last\s+night", "last-night", _DATE, relative_days=-1, day_period="night"),
    # "overnight" is not deictic like "last night": the night before the day the story is
    # at ("closed lower Friday. … depressed by overnight losses in New York": Thursday
    # night) if its sentence or the one before names it, else the reference date's eve.
    _rule(r"overnight", "overnight", _DATE, day_shift=-1, day_period="night", anchored=True, anchor_sentences=1),
    _rule(r"(?:early|late)\s+today", "edge-day", _DATE, relative_days=0),
    _rule(r"(?:early|late)\s+yesterday", "edge-yesterday", _DATE, relative_days=-1),
    _rule(r"the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\s*(?:century|quarter|half|anniversary|floor)|\s+[A-Z])",
          "day-of-month", _DATE),
    # Years, months, seasons, quarters, decades, centuries.
    _rule(r"(?:the\s+year\s+)?(?:(?P<month>{month})\s+)?nineteen[\s-]+(?P<num>{number})", "year-words-1900", _DATE,
          year_base=1900),
    _rule(r"(?:the\s+year\s+)?(?:(?P<month>{month})\s+)?two\s+thousand(?:\s+and)?\s+(?P<num>{number})",
          "year-words-2000", _DATE, year_base=2000),
    _rule(r"the\s+year\s+two\s+thousand", "year-2000-words", _DATE, year=2000),
    _rule(r"(?<![$€£#])(?:(?:fiscal|FY)\s*)?" + _EDGE + r"(?P<year>{year})(?![\d,.]\d|\s*(?:%|percent|per\s+cent))",
          "year", _DATE),
    _rule(r"(?:fiscal\s+)?'(?P<year2>\d\d)(?!\d|s)", "year-apostrophe", _DATE),
    # The month with its edge: "the end of March" (TIMEX3 mod END), before the plain readings.
    *(_rule(rf"the\s+(?:{words})\s+of\s+(?=(?-i:[A-Z]))(?P<month>{{month}})(?:\s*,?\s+(?P<year>{{year}}))?",
            f"month-{mod.lower()}", _DATE, modifier=mod)
      for words, mod in (("end", "END"), ("beginning|start", "START"), ("middle", "MID"))),
    _rule(_EDGE + r"(?=(?-i:[A-Z]))(?P<month>{month})\.?\s*,?\s*(?:of\s+)?(?P<year>{year})", "month-year", _DATE),
    _rule(_EDGE + r"(?=(?-i:[A-Z]))(?P<month>{month})\.?\s+(?P<rel>last|this|next)\s+year", "month-relative-year", _DATE,
          unit="year"),
    # A day said as an ordinal word: "March eighth", "the eighth of March".
    _rule(r"(?=(?-i:[A-Z]))(?P<month>{month})\s+(?P<ordinal>{ordinal})(?![\s-]+(?:quarter|half|century))",
          "month-ordinal", _DATE, ordinal_is="day"),
    _rule(r"the\s+(?P<ordinal>{ordinal})\s+of\s+(?=(?-i:[A-Z]))(?P<month>{month})", "ordinal-of-month", _DATE,
          ordinal_is="day"),
    _rule(r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id-)\s*)?(?P<month>January|February|March|April|June|July|August|September|October|"
          r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
          # "the March for Life", "the March of the Combatant Mothers": a procession, not the month.
          r"(?:(?<!March)|(?!\s+(?:for|against|of\s+the)\s+[A-Z]))", "month", _DATE, case_sensitive=True),
    _rule(r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id-)\s*|(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]y\s)|(?<=\bof\s)|"
          r"(?<=\b[Ff]rom\s)|(?<=\b[Tt]hrough\s))May(?=[\s,.;])", "month-may", _DATE,
          case_sensitive=True, month=5),
    _rule(r"(?:the\s+)?" + _EDGE + r"(?P<decade>1[0-9]\d0|20\d0)'?s", "decade", _DATE),
    _rule(r"(?:the\s+)?" + _EDGE + r"'(?P<decade>\d0)s", "decade-short", _DATE),
    # Decades in words: "the nineties" (the twenties would be ambiguous between centuries).
    *(_rule(rf"the\s+(?:nineteen[\s-]*)?{word}", f"decade-{word}", _DATE, decade=190 + tens)
      for tens, word in enumerate(("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
                                  start=3)),
    _rule(r"(?:the\s+)?" + _EDGE + r"(?P<ordinal>{ordinal})[\s-]+century", "century", _DATE, ordinal_is="century"),
    # A possessive stays outside the span ("its [third quarter]"), and so does the article of
    # the hyphenated adjective ("the [third-quarter] results"), as TimeML annotators delimit them.
    _rule(r"(?:(?:the|this\s+year's)\s+(?=(?:fiscal[\s-]+)?\w+\s+(?:fiscal\s+)?quarter))?(?:fiscal[\s-]+)?"
          r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)"
          r"[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{year})" + _OF_THE_YEAR + ")?", "quarter", _DATE,
          ordinal_is="quarter"),
    _rule(r"(?:the\s+)?(?P<year>{year})\s+(?P<ordinal>first|second|third|fourth)[\s-]+quarter", "year-quarter",
          _DATE, ordinal_is="quarter"),
    _rule(r"(?:the\s+)?(?P<ordinal>first|second)\s+half(?:\s+of\s+(?:the\s+year\s+|fiscal\s+)?(?P<year>{year})"
          + _OF_THE_YEAR + ")?", "half", _DATE, ordinal_is="half"),
    _rule(r"the\s+(?:last|latter)\s+half\s+of\s+(?P<year>{year})", "last-half", _DATE, half=2),
    # "the quarter ended Sept. 30": the quarter named just before (a fiscal one is as the
    # company counts it), else the calendar quarter holding most of the three months up to that day.
    _rule(r"the\s+(?:fiscal\s+)?quarter(?=\s+(?:that\s+)?end(?:ed|ing|s)\s+(?=(?-i:[A-Z]))(?P<month>{month})\.?\s+"
          r"(?P<day>[1-9]|[12]\d|3[01])(?![\d:]))", "quarter-ended", _DATE, unit="quarter", anchored=True),
    # "the December quarter": the quarter that ends in that month (the day stands for its end).
    _rule(r"the\s+(?=(?-i:[A-Z]))(?P<month>{month})\.?\s+quarter", "month-quarter", _DATE, unit="quarter", day=28),
    _rule(r"the\s+quarter", "the-quarter", _DATE, unit="quarter", offset=-1, anchored=True),
    _rule(r"the\s+latest\s+period", "latest-period", _DATE, unit="quarter", offset=-1, anchored=True),
    # "the year ended March 31": twelve months up to a stated day, not a calendar year.
    _rule(r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", "year-ended", _DURATION, duration_unit="Y",
          duration_count=1.0),
    _rule(r"the\s+(?:full\s+|fiscal\s+|calendar\s+)?year", "the-year", _DATE, unit="year", offset=0),
    _rule(r"the\s+(?:start|beginning)\s+of\s+the\s+year", "year-start", _DATE, unit="year", offset=0, modifier="START"),
    _rule(r"the\s+middle\s+of\s+the\s+year|mid-?year", "year-middle", _DATE, unit="year", offset=0, modifier="MID"),
    # "by year-end", "since year-end": the accounting noun after a bound is the closing day
    # of a year (December 31), read like any day and month without a year ("since" puts it
    # before the reference date). Not a modifier ("year-end net"): only before punctuation
    # or a function word. "by year end" in two words stays the end of the year (mod END).
    _rule(r"(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\bsince\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bthrough\s)"
          r"|(?<=\bafter\s)|(?<=\bfrom\s))year-end(?=\s*(?:[,.;:!?)\"']|$)|\s+(?:and|or|but|when|as|to|in|of|for|"
          r"with|the|a|an|that|which|from|than|at|on|because|after|before)\b)", "year-end-day", _DATE, month=12, day=31),
    _rule(r"(?:around\s+)?(?:year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year)", "year-end", _DATE, unit="year",
          offset=0, modifier="END"),
    # "the week of March 6": the week that holds the day named (TIMEX3 2000-W10).
    _rule(r"the\s+week\s+of\s+(?=(?-i:[A-Z]))(?P<month>{month})\.?\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
          r"(?:\s*,\s*(?P<year>{year}))?(?![\d:])", "week-of-day", _DATE, unit="week", offset=0),
    _rule(r"the\s+week", "the-week", _DATE, unit="week", offset=0),
    _rule(r"(?:(?:early|late|mid-?)\s*)?(?P<season>summer|winter|autumn)(?:\s+of\s+(?P<year>{year}))?",
          "season", _DATE),
    # "the fall of the Berlin Wall", "the fall in oil prices": a collapse or a drop, not autumn
    # ("the fall of 2012", "in the fall of last year" stay the season).
    # "winter break", "the Winter Olympics", "summer camp", "winter storms": a season naming a
    # holiday, a games or a kind of thing, not the season as a time.
    _rule(r"(?:summer|winter|autumn|spring|fall)\s+(?:break|recess|vacation|holidays?|olympics|games|storms?|"
          r"weather|camps?|tires|wheat|clothes|coats?|solstice)(?!\w)", "season-noun", {"kind": "none"}),
    _rule(r"the\s+fall(?=\s+(?:of|in)\s+(?!(?:{year})\b|(?:last|this|next)\s+year\b))", "fall-noun", {"kind": "none"}),
    _rule(r"the\s+(?:(?:early|late)\s+)?(?P<season>spring|fall)(?:\s+of\s+(?P<year>{year}))?", "season-the", _DATE),
    _rule(r"(?:the\s+)?(?:(?:early|late|mid-)\s*)?(?P<season>{season})\s+of\s+nineteen[\s-]+(?P<num>{number})",
          "season-year-words", _DATE, year_base=1900),
    _rule(r"(?:the\s+)?weekend", "weekend", _DATE, unit="weekend"),
    # Durations that the generic number+unit reading misses or cuts short.
    _rule(_NOT_AFTER_VERB_LEAD + r"(?:the\s+)?(?:past|last|next|first|coming|previous|following|final|latest|initial|"
          r"remaining)\s+(?P<num>{number})\s+(?P<unit>{unit})" + _OR_SO, "duration-span", _DURATION),
    # "the year-earlier nine months": the same length a year back, still a length (TimeML).
    _rule(r"the\s+(?:year[-\s](?:earlier|ago)|comparable|corresponding|prior[-\s]year)\s+(?P<num>{number})\s+"
          r"(?P<unit>months|weeks)", "year-earlier-span", _DURATION),
    _rule(_NOT_AFTER_VERB_LEAD + r"(?:the\s+)?(?:(?:past|last|next|first|coming|previous|following)\s+)?"
          r"(?:a\s+few|few|several|many)\s+(?P<unit>{unit})", "duration-vague", _DURATION),
    # "the nine months", "the four days he had offered": the article is part of the length,
    # as TimeML annotators delimit it (a count before "ago"/"later" is a date or an offset).
    _rule(r"the\s+(?P<num>{number})\s+(?P<unit>{unit})(?!\s+(?:ago|earlier|later|before|after|from\s+now)\b)",
          "the-count-units", _DURATION),
    _rule(r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bwithin\s))" + _PLURAL, "duration-plural", _DURATION),
    _rule(r"(?P<unit>years|decades|months|weeks|days|hours)[-\s](?:long|old)", "duration-adjective", _DURATION),
    # "a day-long strike", "a year-long inquiry": one of the unit, the article outside.
    _rule(r"(?P<unit>day|week|month|year|hour|decade)-long", "unit-long", _DURATION, duration_count=1.0),
    # "for three consecutive months", "six straight weeks": a length.
    _rule(r"(?P<num>{number})\s+(?:consecutive|straight|successive)\s+(?P<unit>{unit})", "consecutive-units",
          _DURATION),
    # "eight trading days", "ten business days": days counted on a working calendar, still days.
    _rule(r"(?P<num>{number})\s+(?:trading|business|working|school)\s+(?P<unit>days?)", "working-days", _DURATION),
    # Sets.
    _rule(r"daily|every\s+day|each\s+day|" + _NOT_AFTER_LENGTH_LEAD + r"a\s+day(?=[.,;]|\s+(?:for|in|to|and|or|at|on)\b)",
          "daily", _SET,
          duration_unit="D", duration_count=1.0),
    _rule(r"weekly", "weekly", _SET, duration_unit="W", duration_count=1.0),
    _rule(r"monthly", "monthly", _SET, duration_unit="M", duration_count=1.0),
    _rule(r"annually|yearly|each\s+year|every\s+year|per\s+year|" + _NOT_AFTER_LENGTH_LEAD
          + r"a\s+year(?=\s+(?:for|in)\b)", "annually", _SET,
          duration_unit="Y", duration_count=1.0),
    _rule(r"hourly", "hourly", _SET, duration_unit="H", duration_count=1.0),
    # A rate after an amount: "$1.76 a year", "$500 million a year", "358,000 a month", "10,000
    # units a week": each such period (TimeML SET), not a length of one.
    _rule(r"(?:(?<=\d\s)|(?<=%\s)|(?<=illion\s)|(?<=ousand\s)|(?<=undred\s)|(?<=percent\s)|(?<=cents\s)"
          r"|(?<=dollars\s)|(?<=units\s)|(?<=shares\s)|(?<=barrels\s)|(?<=tons\s)|(?<=tonnes\s))"
          r"(?:a|an|per)\s+(?P<unit>day|week|month|year)(?!\s+(?:ago|earlier|later|before|after|or|and|from|old)\b)"
          r"(?![-\w])", "amount-per-unit", _SET),
    _rule(r"nightly|every\s+night|each\s+night", "nightly", _SET, day_period="night"),
    _rule(r"(?:every|each|per)\s+(?:(?P<num>{number}|other)\s+)?(?P<unit>{unit})", "every-unit", _SET),
    # "twice a week", "three times a year": a frequency, one SET with the period.
    _rule(r"(?:once|twice|(?:{number})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|quarter|hour)",
          "times-per-unit", _SET),
    _rule(r"(?:every|each)\s+(?P<weekday>{weekday})", "every-weekday", _SET),
    # "Tuesday nights": a recurring part of that weekday.
    *(_rule(r"(?P<weekday>{weekday})\s+" + period + "s", f"weekday-{period}s", _SET, day_period=period)
      for period in ("morning", "afternoon", "evening", "night")),
    _rule(r"(?:every|each)\s+(?P<season>{season})", "every-season", _SET),
    _rule(r"(?:every|each)\s+season", "every-season-any", _SET, duration_unit="M", duration_count=3.0),
    _rule(r"(?:every|each)\s+(?P<month>{month})", "every-month", _SET),
    _rule(r"(?:every|each)\s+(?P<dayperiod>morning|afternoon|evening|night)", "every-part", _SET),
    _rule(r"(?:on\s+)?(?P<weekday>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)",
          "weekday-plural", _SET, case_sensitive=True),
    # Times of day without digits.
    _rule(r"(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:noon|midday|mid-day)",
          "noon", _TIME, hour=12, minute=0, day_period="noon"),
    _rule(r"(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?midnight", "midnight",
          _TIME, hour=24, minute=0),
)

# What may stand between a bounding word and its date: "since the", "by mid-", "until early".
_DAY_MODIFIERS = r"\s+(?:the\s+)?(?:(?:early|mid|late)-?\s*)?"

LANGUAGE = Language(
    code="en",
    name="English",
    script=r"[A-Za-z]",
    clock_leads=(),
    clock_separators=(":",),
    weak_clock_separators=(".",),
    day_periods={
        "a.m.": "am", "am": "am", "a.m": "am", "p.m.": "pm", "pm": "pm", "p.m": "pm",
        "in the morning": "morning", "this morning": "morning", "in the afternoon": "afternoon",
        "this afternoon": "afternoon", "in the evening": "evening", "this evening": "evening",
        "tonight": "evening", "at night": "night", "o'clock": "",
    },
    local_time_phrases=(r"local\s+time", r"local", r"\(local\)", r"local\s+hour"),
    zone_templates=(r"{zone}\s+[Tt]ime", r"in\s+{zone}", r"{zone}\s+local\s+time"),
    zone_slot_word=r"[A-Z][\w'’.-]*",
    zone_words=(),
    bare_zone_names={"Eastern": "ET", "Central": "CT", "Mountain": "MT", "Pacific": "PT"},
    bare_zone_name_followers=(
        "on", "and", "or", "to", "until", "till", "through", "when", "with", "in", "at", "from", "the", "as",
        "after", "before", "by", "for", "tonight", "today", "tomorrow", "this", "next", "that", "but", "while",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ),
    offset_leads=("UTC", "GMT"),
    equivalence_connectors=(
        "i.e.", "ie", "i.e", "that is", "which is", "which was", "which is to say",
        "equivalent to", "=",
    ),
    weak_equivalence_connectors=("or", "-", "/", ",", "and", "|"),
    comma_restatement_words=("or",),
    order_words={"after": "after", "before": "before", "later": "after", "earlier": "before"},
    number_words=_NUMBER_WORDS,
    fraction_words={"1/2": 0.5, "and 1/2": 0.5, "and a half": 0.5, "and a quarter": 0.25, "and three quarters": 0.75, "½": 0.5},
    duration_units={
        "second": (_SECOND, 1), "seconds": (_SECOND, 0), "sec": (_SECOND, 0), "secs": (_SECOND, 0),
        "minute": (_MINUTE, 1), "minutes": (_MINUTE, 0), "min": (_MINUTE, 0), "mins": (_MINUTE, 0),
        "hour": (_HOUR, 1), "hours": (_HOUR, 0), "hr": (_HOUR, 0), "hrs": (_HOUR, 0),
        "day": (_DAY, 1), "days": (_DAY, 0), "week": (7 * _DAY, 1), "weeks": (7 * _DAY, 0),
        "month": (30 * _DAY, 1), "months": (30 * _DAY, 0), "year": (365 * _DAY, 1),
        "years": (365 * _DAY, 0), "decade": (3650 * _DAY, 1), "decades": (3650 * _DAY, 0),
        "century": (36500 * _DAY, 1), "centuries": (36500 * _DAY, 0), "fortnight": (14 * _DAY, 1),
    },
    duration_leads=(r"for", r"lasted", r"lasting", r"after", r"within"),
    span_leads=("within", "in", "inside", "in the next", "over the next", "in the past", "in the last",
                # clocks "went back an hour", "set forward an hour": a shift, not a length
                "back", "forward", "ahead"),
    length_leads=("for", "lasted", "lasting", "lasts", "last", "took", "takes", "spent", "during"),
    approximate_words=("about", "around", "nearly", "almost", "some", "roughly",
                       "approximately", "more than", "less than", "over", "under", "at least", "up to",
                       "no more than", "no less than", "at most"),
    # Bounds that TimeML keeps inside the duration's span with their own mod.
    bounding_words={"more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
                    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
                    "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS"},
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0},
    weekdays=cldr_weekdays("en", abbreviated=False),
    months={**cldr_months("en"), "Sept": 9},
    ordinal_suffixes=("st", "nd", "rd", "th"),
    weak_clock_leads=(r"\bat",),
    day_of_month_words=("of",),
    day_range_followers=("in", "at", "on", "of", "and", "when", "as", "with", "to", "for", "the", "but"),
    future_cues=(r"will", r"won't", r"'ll", r"shall", r"going\s+to", r"(?:is|are|was|were)\s+to",
                 r"(?:is|are|be)\s+(?:due|scheduled|expected|set|slated|planned|forecast|predicted|projected)(?:\s+to)?",
                 r"plans?\s+to",
                 # a forecast or an expectation stated in the present ("snow is forecast to hit the
                 # region on Thursday", "it expects to release the report on Monday")
                 r"(?:forecast|predicted|projected|expects?|aims?)\s+to",
                 r"intends?\s+to", r"until", r"next(?!\s+to\b)", r"upcoming", r"starting",
                 r"(?:planned|planning|plans?|scheduled|set|expected|likely|due|ready|hopes?|wants?)\s+to",
                 r"as\s+(?:soon|early)\s+as", r"scheduled", r"deadline",
                 # Future in the past, narrowly: a plan with its object ("protesters planned a
                 # march on Saturday"; not "the service planned for Saturday"), a progressive
                 # "would be traveling Thursday", an agreement to act ("agreed to buy … in
                 # February"), "planning for the summit in April".
                 r"planned\s+an?", r"would\s+be\s+(?-i:[a-z]+(?:ing|ed|en))", r"agreed\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)(?-i:[a-z]+)", r"planning\s+for",
                 # News copy announces scheduled events in the present: "the vote starts Wednesday".
                 r"(?:starts|begins|opens|resumes|reopens|convenes|meets|expires|ends|concludes|kicks\s+off|takes\s+place|takes?\s+effect|get\s+under\s*way)",
                 # "polls close at 8 p.m. ET", "the summit opens on Monday" (not "the close at")
                 r"(?<!the\s)(?:open|close|closes|start|begin|end|ends|meet)\s+(?:at|on)",
                 # "the two leaders meet separately Monday": a plural present with at most an
                 # adverb between it and the date the window ends on
                 r"(?<!the\s)(?<!to\s)(?<!n't\s)(?<!not\s)(?:meet|convene|resume|arrive|travel|visit)\s+(?:[a-z]+ly\s+)?(?:on\s+)?$",
                 # …and its singular, with more verbs of a coming act ("Parliament votes Friday",
                 # "she testifies on Monday", "voters go to the polls Sunday"), and a copula right
                 # before the date ("the vote is on Sunday", "the deadline is Friday")
                 r"(?<!the\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!their\s)(?:votes|arrives|travels|returns|leaves|testifies|"
                 r"go(?:es)?\s+to\s+the\s+polls)\s+(?:[a-z]+ly\s+)?(?:on\s+)?$",
                 r"(?<!\bwho\s)(?<!\bwhat\s)(?-i:is|are)\s+(?:on\s+)?$",
                 # A fixture or a court date in the present ("the Heat host Game 3 on Tuesday",
                 # "he faces sentencing in May"): the verb, at most four words of its object
                 # (no possessive or preposition that would make the date a noun's), the date.
                 r"(?<!the\s)(?<!to\s)(?<!n't\s)(?<!not\s)(?<!new\s)(?:hosts?|faces?|plays?)\s+"
                 r"(?:(?!(?:its|their|his|her|our|about|of|after|since|over|for)\b)[\w.'-]+\s+){0,4}(?:(?:on|in)\s+)?$"),
    # "would take up", "would also return": not a refusal or a report ("would not comment",
    # "would only say"), a past conditional ("would have"), a habit ("would often visit").
    modal_future_cues=(r"would\s+(?!(?:not|never|have|be|often|usually|always|sometimes|only|say|comment|"
                       r"elaborate|speculate|discuss|confirm|disclose|identify|reveal|specify|answer|respond|"
                       r"release|like|rather|seem|appear)\b)(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+)",),
    background_cues=(r"had", r"who", r"which"),
    relative_clause_openers=(r",\s*which",),
    past_plan_cues=(r"had(?:\s+been)?", r"had\s+not", r"hadn't"),
    limit_cues=(r"until",),
    delay_verbs=(r"postponed", r"delayed", r"deferred", r"extended", r"adjourned", r"suspended", r"recessed",
                 r"moved", r"pushed\s+back", r"put\s+off", r"rescheduled", r"closed", r"shut", r"halted",
                 r"banned", r"barred", r"granted", r"gave"),
    announcing_verbs=(r"said", r"told", r"announced", r"reported", r"disclosed", r"added", r"stated", r"noted",
                      r"predicted", r"forecast", r"projected", r"estimated", r"warned", r"indicated",
                      r"confirmed", r"revealed", r"declared", r"wrote", r"explained", r"argued", r"claimed",
                      r"insisted", r"promised", r"pledged", r"vowed", r"proposed", r"planned", r"expected",
                      r"hoped", r"extended", r"postponed", r"delayed", r"moved", r"rescheduled", r"set",
                      r"scheduled"),
    # (not "was"/"were": a past passive, "the bank was fined in May", is told in the past)
    participle_leads=(r"is", r"are", r"be", r"being", r"will", r"would", r"to",
                      r"could", r"should", r"may", r"might", r"must", r"can", r"the", r"a", r"an", r"its",
                      r"their", r"his", r"her", r"our", r"this", r"'s", r"not", r"have", r"has"),
    bound_leads=tuple(lead + _DAY_MODIFIERS for lead in (
        r"by", r"until", r"till", r"through", r"to", r"from", r"before", r"after", r"since",
        r"starting", r"beginning", r"effective", r"as\s+of", r"for")),
    modal_words=(r"would", r"will", r"could", r"should", r"may", r"might", r"must", r"can", r"shall", r"'d",
                 r"'ll", r"wo"),
    clause_openers=(r"that", r"which", r"who", r"whom", r"when", r"after", r"before", r"since", r"because"),
    time_adjunct=r"(?:(?:just|only|shortly|soon|long|days?|weeks?|months?|hours?|a|an|one|two|three|four|five|six|"
                 r"several|a\s+few|the\s+day|the\s+week|the\s+month)\s+)*(?:after|before|following|ahead\s+of|when|as|amid|during)",
    infinitive=r"to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be|date)\b)(?-i:[a-z]+)",
    # A lower-case word in -ed, but not a noun or present verb that only ends so ("the Fed",
    # "the Red Sea", "need", "speed", "proceed", "a hundred"): those would block a future reading.
    past_verbs=(r"(?!(?:[a-z]*eed|hundred|kindred|shed|bed|red|fed|wed|embed|sled|shred|naked|wicked|sacred)(?!\w))"
                r"(?-i:[a-z]+ed)", r"[a-z]*(?:agre|fre|decre|guarante|refere)ed", r"was", r"were", r"had", r"did", r"said", r"told", r"met", r"went", r"came", r"made",
                r"took", r"gave", r"left", r"won", r"lost", r"began", r"fell", r"rose", r"held", r"saw", r"got",
                r"sent", r"brought", r"bought", r"sold", r"paid", r"found", r"kept", r"spoke", r"wrote",
                r"struck", r"shot", r"hit", r"ran", r"became", r"knew", r"thought", r"led", r"fled", r"broke"),
    numeric_date_order="mdy",
    date_part_articles=("the",),
    indefinite_articles=("a", "an"),
    # "since Dec. 31", "since the early 1990s", "ever since mid-2011"
    past_bounds=(r"(?:ever\s+)?since" + _DAY_MODIFIERS,),
    deadline_leads=(r"by",),
    # News copy tells a scheduled act in the simple present: the verb (not after "to", "not",
    # "never", "did", which make it an infinitive or a negated past), at most six words of
    # its object or place ("celebrates Mass", "plays its first home game", "addresses a crowd
    # of pilgrims in Assisi"; no clause opener or past form between), then the date.
    schedule_cues=(r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bdid\s)"
                   r"(?-i:lands?|departs?|docks?|sails?|arrives?|leaves?|returns?|heads?|flies|fly|travels?|visits?|"
                   r"celebrates?|hosts?|faces?|plays?|addresses|delivers?|unveils?|launches|holds?|airs?|premieres?|votes?|runs?|signs?|"
                   r"hears?|"
                   r"debuts?|reconvenes?|meets?|convenes?|resumes?|reopens?|starts?|begins?|opens?|closes?|ends?|"
                   r"takes?\s+off|lifts?\s+off|touches?\s+down|go(?:es)?\s+on\s+sale|wraps?\s+up|"
                   r"(?:is|are)\s+(?:open|closed|shut)|remains?\s+(?:open|closed|shut))\s+"
                   r"(?:(?!(?:about|after|since|over|that|which|who|whom|when|where|"
                   r"while|because|and|but|or|said|says|ago|last|earlier|(?-i:[a-z]+ed))(?![\w'-]))[\w.'-]+\s+){0,6}",),
    time_day_joiners=("on",),
    sentence_openers=("The", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "This", "These",
                      "Those", "There", "But", "However", "Meanwhile", "Earlier", "Later", "Officials", "Police"),
    non_final_abbreviations=(
        "a.m.", "p.m.", "i.e.", "e.g.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "U.S.", "U.K.",
        "U.N.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "No.", "vs.", "Jan.", "Feb.",
        "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Inc.", "Corp.",
    ),
    stopwords=frozenset(
        """a an the and or but of in on at to for from by with as is was were be been are
        it its this that these those he she they his her their them we our i you your
        not no than then there here which who whom whose what when where while after before
        about around after into over under up down out off also has have had will would
        shall should can could may might must said says say just more most some any all
        each both other such only own same so too very local time hours hour minutes
        minute later earlier
        wednesday tuesday monday thursday friday saturday sunday today yesterday tomorrow
        p.m. a.m. pm am gmt utc""".split()
    ),
    content_prefixes=(),
    # A time mention masked out of a label takes the preposition before it along
    # ("Trains were halted for nearly three hours and resumed" -> "Trains were halted and resumed").
    label_clause_joiners=("and", "but", "while", "whereas"),
    mention_leads=("at", "on", "for", "from", "until", "till", "by", "since", "around", "about", "in", "during",
                   "within", "over", "shortly after", "shortly before", "just after", "just before"),
    event_nouns=frozenset(
        """meeting meetings summit talks talk conference session sessions speech address visit
        vote voting election elections match game attack attacks explosion blast earthquake
        quake launch ceremony funeral rally protest protests trial hearing flight strike strikes
        briefing interview negotiations debate concert festival race storm meeting's summit's
        discussion discussions call announcement statement raid shooting fire crash
        polls kick-off kickoff liftoff aftershock dinner parade round""".split()
    ),
    not_places=frozenset({
        "Of", "The", "And", "In", "On", "At", "To", "For", "By", "Bar", "Mobile", "Reading", "March", "May",
        "June", "Sunday", "Man", "Police", "President", "White House", "Kremlin", "State Department",
        "Pentagon", "Downing Street", "Capitol", "Congress", "Senate", "Parliament", "Time", "Local",
    }),

    place_prepositions=("in", "at", "from", "to", "near", "outside", "inside", "across"),
    definite_articles=("the",),
    travel_destination_phrases=("flight to", "plane to", "train to", "bus to", "ferry to", "flight bound for",
                                "plane bound for", "train bound for", "bound for", "departed for", "left for",
                                "took off for", "set off for", "set sail for"),
    travel_origin_phrases=("flight from", "flights from", "plane from", "train from", "bus from", "ferry from",
                           "arrived from", "arriving from", "returned from", "returning from", "flew in from",
                           "back from"),
    arrival_words=("landed", "lands", "landing", "touched down", "touches down", "arrived", "arrives", "arriving",
                   "docked"),
    visit_words=("visits", "visit", "visiting"),
    host_words=("hosts", "hosted", "hosting", "will host", "to host"),
    place_back_references=("there", "the city", "the city's", "city officials", "city authorities", "the capital",
                           "the capital's", "local officials", "local authorities", "local residents", "the town"),
    place_articles=("the",),
    place_name_abbreviations={"St.": ("Saint",), "Ste.": ("Sainte",), "S.": ("San", "Santa", "São", "Santo"),
                              "Mt.": ("Mount",), "Ft.": ("Fort",)},
    places_capitalised=True,
    # --- zone resolution (issue 3) ---
    function_words=frozenset(
        """the and of to in is was for on that with at by from said his her it as will has have
        were are this which after their been""".split()
    ),
    zone_adjectives={
        "British": "GB", "English": "GB", "Irish": "IE", "French": "FR", "German": "DE", "Swiss": "CH",
        "Italian": "IT", "Spanish": "Europe/Madrid", "Dutch": "NL", "Belgian": "BE", "Polish": "PL",
        "Ukrainian": "Europe/Kyiv", "Kyiv": "Europe/Kyiv", "Russian": "Europe/Moscow", "Turkish": "TR",
        "Greek": "GR", "Israeli": "IL", "Palestinian": "Asia/Gaza", "Lebanese": "LB", "Syrian": "SY",
        "Jordanian": "JO", "Iraqi": "IQ", "Iranian": "IR", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA",
        "Kuwaiti": "KW", "Egyptian": "EG", "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ",
        "Moroccan": "MA", "Mecca": "Asia/Riyadh", "Makkah": "Asia/Riyadh", "Gulf": "Asia/Dubai",
        "Arabia": "Asia/Riyadh", "Arabian": "Asia/Riyadh", "Indian": "IN", "Pakistani": "PK",
        "Chinese": "Asia/Shanghai", "China": "Asia/Shanghai", "Beijing": "Asia/Shanghai",
        "Japanese": "JP", "Korean": "KR", "Seoul": "Asia/Seoul", "Singapore": "Asia/Singapore",
        "Eastern": "America/New_York", "Central": "America/Chicago", "Mountain": "America/Denver",
        "Pacific": "America/Los_Angeles", "Atlantic": "America/Halifax", "East Coast": "America/New_York",
        "West Coast": "America/Los_Angeles", "Washington": "America/New_York", "DC": "America/New_York",
        "Greenwich": "Etc/GMT", "Greenwich Mean": "Etc/GMT", "Universal": "Etc/UTC", "Zulu": "Etc/UTC",
        "American": "US", "US": "US", "U.S.": "US", "Canadian": "CA", "Australian": "AU",
        "Brazilian": "BR", "Mexican": "MX", "Argentine": "AR", "Nigerian": "NG", "Kenyan": "KE",
        "South African": "ZA", "Ethiopian": "ET",
    },
    zone_declarations=(
        r"(?:all\s+)?times\s+(?:are\s+|shown\s+(?:are\s+)?|given\s+(?:are\s+)?|listed\s+(?:are\s+)?)?(?:in\s+)?",
        r"all\s+times\s+(?:are\s+)?",
    ),
    conversion_marks=("/",),
    cue_sharing_connectors=(r"to", r"and", r"until", r"till", r"through", r"or", r"between", r"from",
                            r"then", r"and\s+again\s+at", r"and\s+at"),
    home_institution_words=frozenset("army military police gendarmerie firefighters coastguard".split()),
    titles_after_place=frozenset("Premier Governor Gov Mayor".split()),
    place_kind_words={"city": "city", "capital": "city", "the city of": "city", "town": "city",
                      "country": "country", "state of": "region", "state": "region", "province": "region",
                      "province of": "region"},
    # Relations between mentions and events (reconcile).
    # "two to three weeks", "12 to 18 months", "two or three days": one length with both bounds
    # (TIMEX3 "PXW"), not the upper count alone. Not "and" (after "between"): the regex would
    # take "three and a half hours" as a range and lose the fraction; nor "-" ("two-year").
    duration_range_joiners=("to", "or"),
    range_openers=("from", "between"),
    range_connectors=("until", "till", "to", "and", "through", "-"),
    range_connectors_strong=("until", "till", "-"),
    daily_words=("each day", "every day", "daily", "each morning", "every morning", "each evening", "every evening"),
    list_joiners=("and",),
    offset_order_words={"later": "after", "afterwards": "after", "after": "after", "after that": "after",
                        "earlier": "before", "before": "before", "beforehand": "before"},
    event_end_phrases=(r"at the (?:very )?end of {event}", r"at the close of {event}", r"at the conclusion of {event}",
                       r"(?:when|as) {event} (?:ended|closed|concluded|finished|broke up|wrapped up|was over|were over)",
                       r"(?:when|as) (?:it|they) (?:ended|concluded|finished|broke up|wrapped up|was over|were over)",
                       r"at (?:its|their) (?:end|close|conclusion)"),
    sequel_days={"the next day": 1, "next day": 1, "the following day": 1, "the day after": 1,
                 "the next morning": 1, "the following morning": 1, "the next evening": 1,
                 "the previous day": -1, "the day before": -1, "the previous evening": -1},
    day_shift_leads={"the day before": -1, "the day after": 1},
    approximate_time_words=("about", "around", "approximately", "roughly", "nearly", "almost", "circa",
                            "shortly after", "shortly before", "just after", "just before", "soon after",
                            "some time after", "sometime after", "sometime around", "at about", "at around"),
    phase_words={
        "began": "start", "begin": "start", "begins": "start", "started": "start", "start": "start",
        "starts": "start", "opened": "start", "opens": "start", "kicked off": "start", "got under way": "start",
        "got underway": "start", "beginning": "start", "start of": "start", "opening": "start",
        "ended": "end", "end": "end", "ends": "end", "concluded": "end", "concludes": "end", "finished": "end",
        "closed": "end", "closes": "end", "close": "end", "wrapped up": "end", "broke up": "end", "end of": "end",
    },
    event_concepts=_EVENT_CONCEPTS,
    event_qualifiers={
        "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
        "overnight": "night", "midday": "noon", "first": "1", "second": "2", "third": "3", "final": "last",
        "last": "last", "opening": "1", "closing": "last",
    },
    calendar_units=_CALENDAR_UNITS,
    relative_words={"last": -1, "past": -1, "this past": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0, "current": 0, "present": 0,
                    "next": 1, "coming": 1, "following": 1, "upcoming": 1},
    ordinals=_ORDINALS,
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    phrase_rules=_PHRASES,
    measure_of_words=("of", "into"),  # "two minutes of silence", "27 minutes into the window"
    event_measure_words=("of",),
    vague_counts=("several", "a few", "few", "dozens of", "some", "many"),
    soft_sentence_ends=(r"(?<=\b[ap]\.m\.)\s+(?=(?:The|A|An|He|She|It|They|We|But|In|On|At|After|Before|Officials|"
                        r"Police|His|Her|Their|This|That|There)\b)",),
)
