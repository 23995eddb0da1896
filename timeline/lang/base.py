"""What a language module provides: lexicon and word-order data, no engine code.

A language module builds one ``Language`` from plain data. Month and weekday names
come from CLDR through babel (``cldr_months``/``cldr_weekdays``); what CLDR lacks
(number words, duration units with their dual and plural forms, zone-cue phrases,
connectors) is typed in the module. The engine compiles the patterns; adding a
language never means touching it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from timeline.textnorm import normalize

# Month and weekday names of the locales the language modules use, as babel gives
# them, saved by scripts/build_cldr_names.py. Loading babel's locale data costs about
# 0.1 s per process (most of a CLI run on an article); this file costs a millisecond.
# tests/test_cldr_names.py checks it against babel; locales missing here are read
# from babel directly.
CLDR_NAMES_FILE = Path(__file__).with_name("cldr_names.json")
CLDR_KINDS = ("months", "days")


@dataclass(frozen=True)
class PhraseRule:
    """One word-order pattern for a calendar phrase ("last week", "two years ago", "every
    Monday"), as data. ``pattern`` is a regex fragment in which ``{number}``, ``{unit}``,
    ``{rel}``, ``{weekday}``, ``{month}``, ``{season}``, ``{ordinal}``, ``{day_period}``
    stand for the language's word lists; named groups (``num``, ``unit``, ``rel``,
    ``weekday``, ``month``, ``season``, ``ordinal``, ``year``, ``decade``, ``day``,
    ``dayperiod``, ``hour``, ``minute``) are read by the engine
    (``timeline/extract/phrases.py``); ``fields`` are constant ``Parts`` values plus
    ``kind`` (date | time | duration | set), ``sign`` (a count's direction: "two days
    ago" = -1), ``ordinal_is`` (which field an ordinal fills: quarter | half | day) and
    ``year_base`` (a year said in words: base + the ``num`` group, "nineteen ninety-six")."""

    pattern: str
    fields: Mapping[str, object] = field(default_factory=dict)
    name: str = ""
    case_sensitive: bool = False


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    # A character class that only this language's script (or its most common one) has.
    script: str
    # Words before a number that make it a clock time ("at", "الساعة"). Regex fragments.
    clock_leads: tuple[str, ...] = ()
    # Whether a clock time written in digits with no day period is on the 24-hour clock
    # ("3.20 Uhr", "3 h 20", "в 3:20" are before dawn; English "at 3:20" may be afternoon).
    digits_on_24_hour_clock: bool = False
    # Separators between hour and minute that are unambiguous in this language.
    clock_separators: tuple[str, ...] = (":",)
    # Separators that read as clock separators only beside a day period or zone cue
    # ("11.50 am"), since "13.35" alone is as often a decimal number.
    weak_clock_separators: tuple[str, ...] = (".",)
    # Day-period word → "am" | "pm" | "morning" | "noon" | "afternoon" | "evening" | "night" | "midnight"
    day_periods: Mapping[str, str] = field(default_factory=dict)
    # Phrases meaning "local time". Regex fragments.
    local_time_phrases: tuple[str, ...] = ()
    # Zone-cue templates with a ``{zone}`` slot for a place or zone name ("{zone} time",
    # "بتوقيت {zone}"). Regex fragments around the slot.
    zone_templates: tuple[str, ...] = ()
    # The slot: what a place or zone name looks like in this language. Regex fragment
    # for ONE word; the engine allows up to four.
    zone_slot_word: str = r"[^\W\d_][\w'’.-]*"
    # Words standing alone after a time that name UTC or a zone ("GMT", "غرينتش").
    zone_words: tuple[str, ...] = ()
    # A region's clock named by one capitalised word with no "time" after it ("10 p.m.
    # Eastern", "noon Pacific"): word → the abbreviation it stands for ("ET"). The word is
    # a cue only where what follows it ends the phrase (``bare_zone_name_followers``), so
    # that "8 a.m. Central Park" or "noon Pacific Ocean" are not clocks.
    bare_zone_names: Mapping[str, str] = field(default_factory=dict)
    # Regex fragments of the words that may follow a bare zone name ("on", "Monday").
    bare_zone_name_followers: tuple[str, ...] = ()
    # Words that introduce a fixed offset ("GMT", "UTC", "غرينتش"): "GMT+3".
    offset_leads: tuple[str, ...] = ("UTC", "GMT")
    # Connectors stating that two times are the same instant ("i.e.", "أي").
    equivalence_connectors: tuple[str, ...] = ()
    # Connectors that state equivalence only between two times cued with different zones
    # ("13:35 Geneva time or 14:35 Moscow time"), since alone they may join alternatives.
    weak_equivalence_connectors: tuple[str, ...] = ()
    # Words that, after a comma, restate a complete time on a named place's clock: "at 7 p.m.,
    # or 1 p.m. in Washington". A comma alone does the same ("à 19 heures, 13 heures à Washington").
    comma_restatement_words: tuple[str, ...] = ()
    # Words saying that what follows is after/before something ("after", "بعد").
    order_words: Mapping[str, str] = field(default_factory=dict)
    # Number words → value, including fractions used as numbers ("half" → 0.5).
    number_words: Mapping[str, float] = field(default_factory=dict)
    # Fraction phrases that add to a count ("and a half", "ونصف").
    fraction_words: Mapping[str, float] = field(default_factory=dict)
    # Duration unit forms → (seconds per unit, implied count when no number is given:
    # 1 for a singular, 2 for an Arabic dual, 0 when a number is required).
    duration_units: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    # Words before a duration that mark it as a duration ("for", "لمدة"). Regex fragments.
    duration_leads: tuple[str, ...] = ()
    # Words before a duration that make it a length even when an order word follows it
    # ("flew for about 70 minutes before falling", "استمرت ساعتين قبل أن"): not an offset.
    length_leads: tuple[str, ...] = ()
    # Words before a duration that make it the span something happens in, not a length of
    # an event ("within 48 hours", "in four days", "خلال أيام"). Plain words.
    span_leads: tuple[str, ...] = ()
    # Words right after a duration that make it a shift from a schedule ("three hours behind
    # schedule", «ثلاث ساعات عن موعدها»): no length of an event. Plain words.
    shift_tails: tuple[str, ...] = ()
    approximate_words: tuple[str, ...] = ()
    # Relative-day words → offset in days from the reference date.
    relative_days: Mapping[str, int] = field(default_factory=dict)
    # Weekday names → Monday=0; months → 1..12. Usually from CLDR plus a few extras.
    weekdays: Mapping[str, int] = field(default_factory=dict)
    months: Mapping[str, int] = field(default_factory=dict)
    # "dmy" or "mdy": how to read 6/7/2021.
    numeric_date_order: str = "dmy"
    # A prefix that may stand glued before any lexicon word (Arabic "و", "ب", "ال").
    # Regex fragment, already optional-safe (the engine wraps it in (?:…)?).
    glued_prefix: str = ""
    # Words that end no sentence though they end in a full stop ("p.m.", "Mr.").
    non_final_abbreviations: tuple[str, ...] = ()
    # Capitalised words that open a sentence and nothing else: after a non-final abbreviation
    # ("11 p.m. The new government…") they show the abbreviation ended the sentence.
    sentence_openers: tuple[str, ...] = ()
    # Words that carry no content (for labels and for matching a duration to its event).
    stopwords: frozenset[str] = frozenset()
    # Nouns that name events ("meeting", "لقاء"): they pick a label's clause and tie a
    # duration to its event.
    event_nouns: frozenset[str] = frozenset()
    # Prefixes stripped from a word before comparing content words ("ال", "و").
    content_prefixes: tuple[str, ...] = ()
    # Words that are place names somewhere but almost never in this language's news.
    not_places: frozenset[str] = frozenset()
    # Words before a place name that say it is a location ("in", "في").
    place_prepositions: tuple[str, ...] = ()
    # Words after which a place name is something else: a team («منتخب زامبيا», "the national
    # team of"), a prayer named after the hour («أذان المغرب», the sunset prayer, not Morocco).
    # A second name joined to such a one («منتخبا زامبيا والكونغو») is no place either.
    not_place_after: frozenset[str] = frozenset()
    # Verbs of visiting a place («زار»): a country name that is also the country's adjective
    # («السعودية») is the place visited after one, its subject between them or not («زار
    # الرئيس المصري السعودية»), not an adjective.
    visit_verbs: tuple[str, ...] = ()
    # A vehicle or trip word with the preposition of its destination ("flight to",
    # "Maschine nach"): the place after it is where the trip goes, not the clock of the scene.
    travel_destination_phrases: tuple[str, ...] = ()
    # Definite articles that may stand between a trip or visit word and its place ("the
    # flight to the Hague", "der Flug in die Schweiz", "le vol pour la Martinique").
    definite_articles: tuple[str, ...] = ()
    # A vehicle or trip word with the preposition of where it came from ("flight from",
    # "Flug aus"): that place is not the clock of the trip's arrival.
    travel_origin_phrases: tuple[str, ...] = ()
    # Words that say a trip ended ("landed", "arrived", "atterri"): a time told right after
    # one, for a trip to a named place, is on that place's clock (arrivals are told in the
    # arrival's local time), not the scene's.
    arrival_words: tuple[str, ...] = ()
    # Verbs whose object is where the event happens ("Phoenix visits Dallas at 8 p.m."):
    # that place, not the visitor's city opening the sentence, is a time's clock.
    visit_words: tuple[str, ...] = ()
    # Verbs whose object is a guest ("Boston hosts Denver at 7 p.m."): that place is not
    # where the event happens.
    host_words: tuple[str, ...] = ()
    # Words that point back at the place last told ("there", "city officials", "dort", "там"):
    # a paragraph holding one goes on where the earlier paragraph was, not at the dateline.
    place_back_references: tuple[str, ...] = ()
    # Articles that may stand before a place name used as a modifier ("the Chicago
    # briefing", "the Moscow talks"): they do not hide it, but a name after one must be
    # a place on its own (a country or large city), never one only the document vouches for.
    place_articles: tuple[str, ...] = ()
    # Glued definite articles ("ال", "لل"): a bare number right after a word carrying one,
    # before a day phrase ("سباق الفورمولا 1 مساء اليوم"), is that noun's number, no hour.
    glued_articles: tuple[str, ...] = ()
    # Abbreviations that open place names, with a full stop, and the words they stand for
    # ("St." → "Saint": "St. Petersburg"); the name is looked up as written, then spelled out.
    place_name_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Whether place names are capitalised (Latin scripts): only such words are looked up.
    places_capitalised: bool = True
    # Whether the script is written right to left (for terminal display).
    right_to_left: bool = False
    # Frequent function words ("the", "le", "der", "el"): tell apart languages that
    # share a script. Lowercase.
    function_words: frozenset[str] = frozenset()
    # Lowercase letters that this language uses and the others sharing its script do not
    # ("ñó" in Spanish, "ç" in French, "ß" in German): the last word between them when
    # function and time words tie ("La temperatura subió a 38 grados en Sevilla.").
    distinctive_letters: str = ""
    # Adjectival and idiomatic zone names ("British", "saoudienne", "московскому",
    # "السعودي", "Mecca") → an ISO 3166 country code ("GB") or an IANA zone id. They
    # fill the ``{zone}`` slot of ``zone_templates`` like a place name would.
    zone_adjectives: Mapping[str, str] = field(default_factory=dict)
    # Phrases that declare the zone of the times around them ("All times", "جميع
    # المواعيد"); a zone cue follows. Regex fragments.
    zone_declarations: tuple[str, ...] = ()
    # Words joining times that share one zone cue ("from 10:00 to 14:00 GMT"). Regex
    # fragments; punctuation such as "-" and "," always joins.
    cue_sharing_connectors: tuple[str, ...] = ()
    # Marks between two whole clock times that give one instant on two clocks ("8 p.m.
    # ET/7 p.m. CT", "8 p.m./7 p.m. Central"): the time before one never shares the cue
    # after it (its own clock is another, unstated). Written as is, not regex.
    conversion_marks: tuple[str, ...] = ()
    # Words saying what kind of place the next name is ("city", "مدينة", "سلطنة"):
    # they settle "عمان" as Amman or Oman. Word → "city" | "country" | "region".
    place_kind_words: Mapping[str, str] = field(default_factory=dict)
    # Spellings, as written with their marks, that say which kind of place a shared name is
    # («عمّان», with shadda, is the city Amman; the country Oman is «عُمان»).
    place_spelling_kinds: Mapping[str, str] = field(default_factory=dict)
    # Words for a country's own bodies that act at home ("army", "police", «الجيش»): a
    # country adjective right next to one ("the Lebanese army said", «الجيش اللبناني»)
    # says which country a shared place name of its sentence is in ("Tripoli"). Lowercase.
    home_institution_words: frozenset[str] = frozenset()
    # Capitalised titles that follow a place's name without making it part of a longer
    # name ("Alberta Premier Danielle Smith", "Moscow Mayor"): written as in the text.
    titles_after_place: frozenset[str] = frozenset()
    # Country adjectives that are no zone cue ("libanesischen", "ливанской") → ISO
    # country code: evidence for places only, alongside zone_adjectives.
    demonyms: Mapping[str, str] = field(default_factory=dict)
    # Words saying a clock time recurs on each day of a range ("each day", «يوميا»): the
    # time is then every day's, not the first day's alone. Plain words.
    daily_words: tuple[str, ...] = ()
    # Endings that turn a place name into its adjective ("Genf" → "Genfer", "Moskau" →
    # "Moskauer" with ``("er", "")``: (adjective ending, name ending)).
    zone_adjective_endings: tuple[tuple[str, str], ...] = ()
    # Case endings of place names in running text → the dictionary ending ("Женеве" →
    # "Женева" with ``("е", "а")``), tried when the word as written names no place.
    place_name_endings: tuple[tuple[str, str], ...] = ()
    # --- relations between mentions and events (read by extract/links.py and reconcile/) ---
    # Words opening a stated interval before its first time ("from", "between", "من", "بين").
    range_openers: tuple[str, ...] = ()
    # Words between the two times of an interval ("until", "to", "and", "حتى", "إلى", "و").
    # ``range_connectors_strong`` make an interval even without an opener ("13:35 until 17:05").
    range_connectors: tuple[str, ...] = ()
    range_connectors_strong: tuple[str, ...] = ("-",)
    # Words that join two items of a list ("and", "et", "und", "y", "и", "و"): between two
    # dates they state a range only after an opener ("between June 26 and 28"); without
    # one the dates are separate days ("strikes on June 26 and 28").
    list_joiners: tuple[str, ...] = ()
    # Words right after a duration that place what follows against an earlier event
    # ("two hours later", "two hours after the meeting") → "after" | "before". The words
    # right before a duration ("after two hours", "بعد ساعتين") come from ``order_words``.
    offset_order_words: Mapping[str, str] = field(default_factory=dict)
    # Phrases naming a day relative to the day last talked about ("the next day",
    # "اليوم التالي") → days from it.
    sequel_days: Mapping[str, int] = field(default_factory=dict)
    # Words right before a named day that count days on from it, making one mention ("the
    # day before" last Tuesday's hearing → -1, "the day after" Christmas → +1).
    day_shift_leads: Mapping[str, int] = field(default_factory=dict)
    # Phrases placing what a sentence tells at the end of an event ("at the end of the
    # meeting", "à l'issue de la réunion", "في ختام اللقاء"). Regex fragments; ``{event}``
    # stands for the words naming the event (the first event noun among them decides
    # which); a phrase without it names the event just told ("when it ended", "في ختامه").
    event_end_phrases: tuple[str, ...] = ()
    # Words just before a clock time that make it approximate ("around", "shortly after").
    approximate_time_words: tuple[str, ...] = ()
    # Words saying that an event began or ended ("began", "ended", "بدء", "انتهاء") → "start" | "end".
    phase_words: Mapping[str, str] = field(default_factory=dict)
    # Event nouns → a concept name shared by every language ("summit", "قمة" → "summit"), so
    # reports in different languages can be matched. Keys are event nouns as written.
    event_concepts: Mapping[str, str] = field(default_factory=dict)
    # Words that tell one event from another of the same kind ("the morning briefing",
    # "the second session", "المؤتمر الصحفي المسائي") → a key shared by every language
    # ("morning", "2"): two reports whose events carry different keys tell different events.
    event_qualifiers: Mapping[str, str] = field(default_factory=dict)
    # Calendar phrases (TIMEX3 coverage): word lists the phrase rules refer to, and the rules.
    # Calendar unit words → "day" | "week" | "weekend" | "month" | "quarter" | "half" | "year" |
    # "decade" | "century" | "hour" | "minute" | "second".
    calendar_units: Mapping[str, str] = field(default_factory=dict)
    # Words that shift a period from the reference's: "last" → -1, "this" → 0, "next" → 1.
    relative_words: Mapping[str, int] = field(default_factory=dict)
    # Ordinal words and forms → number ("third" → 3, "3rd" → 3).
    ordinals: Mapping[str, int] = field(default_factory=dict)
    # Season words → TIMEX3 code ("summer" → "SU").
    seasons: Mapping[str, str] = field(default_factory=dict)
    phrase_rules: tuple[PhraseRule, ...] = ()
    # Regex fragments that, shortly before a date in the same sentence, say it lies ahead
    # ("will", "is scheduled to"). Empty: no tense reading (nearest day either way).
    future_cues: tuple[str, ...] = ()
    # Future in the past said by a bare modal ("the Senate would take up the bill on
    # Tuesday, aides said"): a weak cue, so it points ahead only for a date that is an
    # adverbial of its own clause — no comma or clause opener between them, the date not
    # a noun's modifier ("to get around Wednesday's ruling", "where the Aug. 7 blasts"),
    # no past verb between. Regex fragments ending where the verb after the modal ends.
    modal_future_cues: tuple[str, ...] = ()
    # How many characters before a day or time a future cue may stand (None: the engine's 60).
    # A verb-first language puts subject, object and place between the verb and its date
    # ("سيلتقي الرئيس الأمريكي نظيره الروسي في جنيف يوم الأربعاء").
    future_cue_reach: int | None = None
    # Words right before a date that set it before the reference date, whatever the tense
    # ("prices have doubled since Dec. 31", "will have grown since March"): the last such
    # day or month up to it. Regex fragments, each reading up to the date (the space before
    # it and any words between: "since the early ").
    past_bounds: tuple[str, ...] = ()
    # Words right before a month that make it a deadline ("to pay down the loan by
    # February"): ahead unless a past verb of its clause tells it ("had repaid it by
    # February"). Regex fragments.
    deadline_leads: tuple[str, ...] = ()
    # A scheduled act told in the present ("The plane lands at 6:40 a.m. on Friday", "the
    # office is open from 9 to 11 a.m. on Friday", "Ministers meet again on Monday"): regex
    # fragments, each reading from the verb up to the date (its object words and the
    # preposition before the date). Weaker than a future cue: a verb with a determiner
    # before it ("their visits on Monday") or a past verb of its clause before it ("seized
    # Palestinian lands on Tuesday") is a noun or another clause's, and counts for nothing.
    schedule_cues: tuple[str, ...] = ()
    # Indefinite articles ("a", "an"): a period named as a head noun after one, with at most
    # two words between ("after a flat second quarter"), is characterised in passing, not
    # the period an earnings report is about, so "a year ago" / "the 1989 period" do not
    # take it. A period used as a modifier ("a third-quarter loss") still counts.
    indefinite_articles: tuple[str, ...] = ()
    # Words that, just before a future cue, put the plan in the past ("had been scheduled
    # to expire Friday": the Friday is over). Empty: every future cue counts.
    past_plan_cues: tuple[str, ...] = ()
    # Regex fragments that set a clause in the background (a pluperfect, a relative clause):
    # a day said there is not the day the story goes on telling of ("وكان الوزراء قد اجتمعوا
    # أمس الجمعة", "negotiators, who flew in on Saturday night, …"), so no later clock time takes it.
    background_cues: tuple[str, ...] = ()
    # Whether a future cue right after a day (its verb, before any comma: "y el viernes viajará a
    # Santiago", "в пятницу посетит") says the day lies ahead, as one before it does.
    future_cue_after_date: bool = False
    # Past-tense verbs: after a date that opens its sentence, one before any future cue says
    # the clause tells of the past ("On Monday, police arrested him and he will …").
    past_verbs: tuple[str, ...] = ()
    # Future cues that name a limit ("until"): they point ahead only when the clause is not
    # told in the past — "it had not called him a suspect until Thursday" and "Until
    # Thursday, they had not …" are the Thursday just past. Regex fragments, each also
    # listed in ``future_cues``.
    limit_cues: tuple[str, ...] = ()
    # Past-tense verbs that move a date later ("postponed until Tuesday", "extended its
    # deadline until …"): before a limit cue they keep it pointing ahead.
    delay_verbs: tuple[str, ...] = ()
    # Verbs that announce, plan or move an event ("said", "agreed", "planned", "postponed"):
    # a date after one in its clause may be the announced event's, which can lie ahead, so
    # such a verb does not tell the date in the past.
    announcing_verbs: tuple[str, ...] = ()
    # Words right before an -ed form that make it a participle or adjective, not a past tense
    # ("is expected", "will be paid", "the proposed merger"). Regex fragments.
    participle_leads: tuple[str, ...] = ()
    # Words right before a date that bound or move it ("by", "until", "from"): a past verb
    # before them says nothing of which way the date lies ("extended the offer to Nov. 15").
    # A language without them never lets a verb hold a day-and-month date back from ahead.
    # Regex fragments that end right before the date, with the space and any words between
    # ("until\s+(?:the\s+)?…").
    bound_leads: tuple[str, ...] = ()
    # Modal words ("would", "could"): a clause with one is not told in the simple past, so
    # its -ed forms say nothing of which way a date lies ("would be paid … in January").
    modal_words: tuple[str, ...] = ()
    # An infinitive ("to testify"): a date after one belongs to the act it names, which a
    # past verb before it ("subpoenaed him to testify on Feb. 10") does not set in the past.
    infinitive: str | None = None
    # The start of a time adjunct set off by commas after a fronted date ("a week after",
    # "shortly before"): its clause has no verb of its own, so the next clause's is read.
    time_adjunct: str | None = None
    # Words that open a new clause ("that", "after"): a past verb after one, following a
    # future cue, is that clause's ("will resume after a break that began Tuesday").
    clause_openers: tuple[str, ...] = ()
    # Words that, earlier in the clause, say a state still lasts (a negation, "لا يزال", a
    # present-tense verb): a phrase rule with the field ``unless_ongoing`` is then not read
    # ("يعيش هنا منذ ثلاثة أيام" is a length; "قدم استقالته منذ ثلاثة أيام" is a day). Regex fragments.
    ongoing_cues: tuple[str, ...] = ()
    # Counts that are no number ("several hours", "a few minutes", "بضع ساعات"): an offset
    # with one places an event in order, not at a time.
    vague_counts: tuple[str, ...] = ()
    # Endings (possessive pronouns) to take off a word before looking it up as an event
    # noun, with what the noun ends in without them ("جلسته" → "جلسة": "ته" → "ة").
    noun_suffixes: Mapping[str, str] = field(default_factory=dict)
    # Regexes (zero-width or spaces) where a new sentence starts though the splitter goes
    # on ("at 11 a.m. The service ended"): clause breaks for labels and for what a
    # duration describes.
    soft_sentence_ends: tuple[str, ...] = ()
    # Words after a duration that make it the measure of a thing ("two minutes of
    # silence"): such a duration tells how long an event lasted only if the thing is one.
    measure_of_words: tuple[str, ...] = ()
    # Those of ``measure_of_words`` that never link an offset to the event it counts from:
    # "after three days of voting" is how long the voting lasted, not three days after it
    # (Arabic "بعد ساعتين من اللقاء" is "two hours after the meeting", so "من" is not here).
    event_measure_words: tuple[str, ...] = ()
    # States a length after a ``measure_of_words`` word measures, where that word may also
    # name an offset's anchor («بعد ثلاث ساعات من الصمت»: of silence, not after it).
    measured_states: tuple[str, ...] = ()
    # Words between an event noun and the length that measures it ("une visite de deux jours",
    # "una visita oficial de dos días"): the length is that noun's event, not another one.
    measured_noun_links: tuple[str, ...] = ()
    # Regex fragments opening a relative clause after its noun, with the comma the language
    # sets before it ("The meeting, which is expected to last three hours, …", "La reunión, que
    # durará tres horas"): a length said in that clause measures the noun's event, not a
    # clock time told later in the sentence.
    relative_clause_openers: tuple[str, ...] = ()

    # --- Arabic-driven additions (all optional; without them a language keeps the behaviour above) ---
    # A prefix glued to a number ("الـ5", "الـ11 صباحًا"). Regex fragment on normalised text.
    number_prefix: str = ""
    # Compound number words: joiners between parts ("و" in "خمس وعشرين", "-" in "twenty-one")
    # and multipliers ("آلاف" → 1000). Parts join only when they fill different decimal
    # places, so "ثلاث وأربع" stays two numbers (a range) while "خمس وعشرين" is 25.
    number_joiners: tuple[str, ...] = ()
    number_multipliers: Mapping[str, int] = field(default_factory=dict)
    # Clock hours written as words ("الثامنة" → 8). Many are ordinals too ("الثانية" is
    # also "the second"), so the engine reads them only after a clock lead or before a
    # day period.
    clock_hour_words: Mapping[str, int] = field(default_factory=dict)
    # Clock hours said as cardinals ("الساعة ثمانية الصبح", as witnesses and spoken copy say
    # it; "ثمانية" is mostly a count): read only right after a clock lead, and only when a
    # day period, minutes, a zone cue or the end of the clause follows ("الساعة ثلاثة أيام"
    # is no time).
    spoken_clock_hour_words: Mapping[str, int] = field(default_factory=dict)
    # Minute phrases after an hour ("والنصف" → 30, "إلا ربعا" → -15).
    clock_minute_words: Mapping[str, int] = field(default_factory=dict)
    # Words that join a counted number of minutes to an hour: "و" → +1, "إلا" → -1.
    clock_minute_joiners: Mapping[str, int] = field(default_factory=dict)
    # Words before an hour that count minutes from it: German "halb" → -30 ("halb acht" is
    # 7:30), "Viertel nach" → +15, "Viertel vor" → -15. Regex-free plain phrases.
    clock_minute_prefixes: Mapping[str, int] = field(default_factory=dict)
    # Hour units between an hour and its counted minutes ("в 10 часов 30 минут", "10 ч. 30
    # мин."): after one, minutes need no joiner but must carry a minute unit.
    clock_hour_units: tuple[str, ...] = ()
    # Times of day named by words → (hour, minute): "منتصف الليل" → (24, 0).
    named_times: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    # Named times that are also ordinary words ("الظهر"): read only after a lead word.
    lead_named_times: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    named_time_leads: tuple[str, ...] = ()
    # Words between a clock time and its day period ("الثامنة من صباح اليوم"). Plain words,
    # like every field below: they are normalised as the text is.
    day_period_joiners: tuple[str, ...] = ()
    # Day periods too short to trust after a bare hour ("م" is also "metre"): read only
    # after h:mm or a clock lead.
    weak_day_periods: frozenset[str] = frozenset()
    # Day periods that make an hour said in words a clock time only after a clock lead
    # ("tres horas" is a length; "a las tres horas" the clock), digits unaffected.
    word_clock_weak_periods: frozenset[str] = frozenset()
    # Day periods that stand before a day ("صباح اليوم", "مساء الأربعاء") → day period.
    day_period_prefixes: Mapping[str, str] = field(default_factory=dict)
    # Words between a date's parts or between a time and its date ("يوم" in "اليوم
    # الأربعاء" / "مساء يوم الجمعة", "the").
    date_joiners: tuple[str, ...] = ()
    # A word that may open the gap between two parts of one date, before any joiner
    # ("Wednesday, the 16th"; "اليوم يوم الأربعاء").
    date_part_articles: tuple[str, ...] = ()
    # A word between a clock time and the day it falls on, making them one mention
    # ("10 p.m. on Wednesday"); without one only "10 p.m. Wednesday" joins.
    time_day_joiners: tuple[str, ...] = ()
    # Words between a day number and its month ("من" in "16 من يونيو", "of").
    day_month_joiners: tuple[str, ...] = ()
    # Letters glued to a day number ("5th", "June 3rd").
    ordinal_suffixes: tuple[str, ...] = ()
    # The word between a day number and its month in the common date pattern ("5 of June", "5 من يونيو").
    day_of_month_words: tuple[str, ...] = ()
    # A word that may stand before the year of a day-month date ("5 يونيو عام 2021").
    day_month_year_words: tuple[str, ...] = ()
    # Small words that may follow the bare day ending a range of days ("June 3 and 4 in Paris").
    day_range_followers: tuple[str, ...] = ()
    # Regex fragments of what may be glued to a word (on normalised text), narrower than
    # glued_prefix: a conjunction ("و"), what may be glued to a number ("و16", "ب15"), to a
    # length right after an order word ("بعد بساعتين"), and the "by" that measures an offset
    # after its event ("قبل المباراة بنصف ساعة").
    # Words that stand before a clock time without making a bare number one ("at 5 p.m.",
    # unlike clock_leads): stripped with the leads before a range opener or order word
    # ("from … at"); regex fragments.
    weak_clock_leads: tuple[str, ...] = ()
    glued_conjunctions: str = ""
    number_glued_prefixes: str = ""
    measure_prefixes: str = ""
    offset_by_prefix: str = ""
    # Ordinal day words ("السادس عشر" → 16) read before a month name.
    ordinal_days: Mapping[str, int] = field(default_factory=dict)
    # Words that may stand before a year ("عام 2021").
    year_leads: tuple[str, ...] = ()
    # Era words after a Gregorian year ("2021م", "ميلادي"): part of the date, never a day period.
    gregorian_era_words: tuple[str, ...] = ()
    # Relative periods → (unit, offset): "الأسبوع الماضي" → ("week", -1). Units: week, month, year.
    relative_periods: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    # Words after a month or weekday name that give it a direction: "يونيو الماضي" → -1
    # (the last June before the reference date), "الجمعة المقبلة" → +1, "الجاري" → 0.
    direction_words: Mapping[str, int] = field(default_factory=dict)
    # Words before a month name alone that make it a date ("شهر يونيو", "منتصف أكتوبر") → the
    # TIMEX3 mod they add ("START" | "MID" | "END", or "" for none).
    month_leads: Mapping[str, str] = field(default_factory=dict)
    # Words naming a part of a relative day → (day offset, day period): "الليلة" → (0, "night").
    relative_day_periods: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    # Hijri (Islamic) calendar month names → 1..12, and era markers after a Hijri year ("هـ").
    hijri_months: Mapping[str, int] = field(default_factory=dict)
    hijri_era_words: tuple[str, ...] = ()
    # Whether a clock time and the day said right after it are one mention ("الثامنة من
    # صباح اليوم", "الساعة 8 مساء أمس"), as annotators of this language tag them.
    time_takes_following_date: bool = False
    # Approximation words that bound rather than blur ("أكثر من" → "MORE_THAN", "أقل من" →
    # "LESS_THAN"): the TIMEX3 mod of the duration. Others in ``approximate_words`` are "APPROX".
    bounding_words: Mapping[str, str] = field(default_factory=dict)
    # Whether a plural unit with no count after a duration lead is a duration ("بعد دقائق",
    # "منذ سنوات" → TIMEX3 "PTXM", "PXY"); its length stays unknown.
    uncounted_durations: bool = False
    # Words joining the two counts of a duration range ("من 3 إلى 4 ساعات", "ثلاث أو أربع
    # ساعات"); the opener, if any, comes from ``range_openers``.
    duration_range_joiners: tuple[str, ...] = ()
    # Openers of a duration range → the joiners that make one only after them ("de 5 à 10
    # ans", "entre 5 y 10 años", "zwischen 2 und 3 Stunden", "от 5 до 10 лет"): alone, "à",
    # "y", "und", "до" join a list or end a span of the clock. When the unit is also the
    # clock's hour word ("от 9 до 18 часов"), a duration lead must come first ("длился от 2
    # до 3 часов"). Plain words.
    duration_range_pairs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Words that go with a time mention when a label leaves the mention out ("am", "um" in
    # "Das Treffen beginnt am Mittwoch um 13 Uhr"): without them the label would read
    # "Treffen beginnt am um". Plain words, matched case-insensitively before a mention.
    mention_leads: tuple[str, ...] = ()
    # Words that join two clauses ("and", "but"): a label keeps to the side that holds its
    # time when both sides say something (two content words each): "The board met at 10 a.m.
    # and the vote came two hours later" labels "board met" and "the vote came".
    label_clause_joiners: tuple[str, ...] = ()
    # Clock leads that make a bare number an hour with no clock word after it ("الساعة 8").
    # None: every clock lead does. German and Russian need "Uhr"/"часов" or a day period, since
    # "um 5 Prozent", "до 12", "в 3 районах" are counts. Regex fragments.
    bare_hour_leads: tuple[str, ...] | None = None
    # Whether a time read from its lead alone ("a las 14", "الساعة 8") spans the lead. True
    # where the lead is the clock's own noun ("الساعة 8" is "8 o'clock"); False where it is a
    # preposition and an article ("a las 14" → "14", like "a las 14:00" → "14:00").
    lead_in_clock_span: bool = True



@cache
def _saved_cldr_names() -> dict:
    try:
        return json.loads(CLDR_NAMES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def babel_names(kind: str, code: str) -> dict[str, dict[str, dict[int, str]]]:
    """``Locale(code).months`` or ``.days`` from babel: context → width → number → name."""
    from babel import Locale

    data = getattr(Locale.parse(code), kind)
    return {context: {width: dict(data[context][width].items()) for width in ("wide", "abbreviated")}
            for context in ("format", "stand-alone")}


def cldr_names(kind: str, code: str) -> dict[str, dict[str, dict[int, str]]]:
    saved = _saved_cldr_names().get(kind, {}).get(code)
    if saved is None:
        return babel_names(kind, code)
    return {context: {width: {int(n): name for n, name in names.items()} for width, names in widths.items()}
            for context, widths in saved.items()}


def cldr_months(*locales: str) -> dict[str, int]:
    """Month names of every width and context in the given CLDR locales."""
    names: dict[str, int] = {}
    for code in locales:
        months = cldr_names("months", code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names.setdefault(name.rstrip("."), number)
    return names


def cldr_weekdays(*locales: str, abbreviated: bool = True) -> dict[str, int]:
    """Weekday names (Monday = 0) in the given CLDR locales."""
    names: dict[str, int] = {}
    widths = ("wide", "abbreviated") if abbreviated else ("wide",)
    for code in locales:
        days = cldr_names("days", code)
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in days[context][width].items():
                    names.setdefault(name.rstrip("."), number)
    return names


def normalized_keys(mapping: Mapping[str, object]) -> dict[str, object]:
    return {normalize(k): v for k, v in mapping.items()}


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def merge(*mappings: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for m in mappings:
        out.update(m)
    return out


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
