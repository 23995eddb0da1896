"""Compile a language's lexicon into the regular expressions the scanner runs.

Every lexicon entry goes through the same normalisation as the text, so patterns
match whatever spelling variants the normaliser folds together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from timeline.extract import regex_store
from timeline.extract.word_trie import trie_alternation
from timeline.lang import get as get_language
from timeline.lang.base import Language
from timeline.textnorm import normalize

# Tokens that may stand for the sign of an offset: ASCII and the minus signs that
# the normaliser already folds into "-".
_SIGN = r"[+\-]"


def literal(word: str) -> str:
    """A lexicon word as a pattern: normalised, escaped, any run of spaces matching any."""
    return r"\s+".join(re.escape(part) for part in normalize(word).split())


def alternation(words: Iterable[str]) -> str:
    """Any of ``words``, for a pattern compiled with ``re.IGNORECASE``: a prefix tree of
    them (``timeline.extract.word_trie``), built once ahead for the shipped word lists
    (``regex_store``: a language's word lists are long, and this runs per list)."""
    words = tuple(words)
    return regex_store.fact("alternation", words, lambda: trie_alternation(words))


def spaced_alternation(words: Iterable[str]) -> str:
    """Any of ``words`` as written (not normalised), the longest first so that a word is not
    cut by a shorter one it starts with, any run of spaces matching the space between parts."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def fragments(patterns: Iterable[str]) -> str:
    # Fragments are normalised like the text ("حتى" must match "حتي"); normalisation
    # only folds letters and digits, so regex syntax is unaffected.
    items = [normalize(p) for p in patterns if p]
    return "(?:" + "|".join(f"(?:{p})" for p in items) + ")" if items else "(?!)"


def normalized_table(mapping: Mapping[str, object]) -> dict[str, object]:
    """The lexicon keyed the way matched text reads: normalised, spaces folded, casefolded."""
    table: dict[str, object] = {}
    for word, value in mapping.items():
        table.setdefault(" ".join(normalize(word).casefold().split()), value)
    return table


def table_get(table: Mapping[str, object], found: str) -> object:
    return table.get(" ".join(found.casefold().split()))


@dataclass(frozen=True)
class Patterns:
    language: Language
    clock: re.Pattern[str]
    hour_with_period: re.Pattern[str]
    four_digit_clock: re.Pattern[str]
    local_cue: re.Pattern[str]
    offset_cue: re.Pattern[str]
    template_cues: tuple[re.Pattern[str], ...]
    word_cue: re.Pattern[str]
    abbreviation_token: re.Pattern[str]
    cue_opening: re.Pattern[str]
    duration: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_day: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    iso_date: re.Pattern[str]
    numeric_date: re.Pattern[str]
    equivalence: re.Pattern[str]
    weak_equivalence: re.Pattern[str]
    slot_word: str
    day_periods: dict[str, object]
    number_words: dict[str, object]
    fraction_words: dict[str, object]
    duration_units: dict[str, object]
    weekdays: dict[str, object]
    relative_days: dict[str, object]
    months: dict[str, object]
    future_cue: re.Pattern[str] | None = None
    modal_future_cue: re.Pattern[str] | None = None  # "would take up": ahead only in its own clause
    indefinite_lead: re.Pattern[str] | None = None  # "after a flat " before a period in passing
    past_bound: re.Pattern[str] | None = None  # "since" right before a date
    deadline_lead: re.Pattern[str] | None = None  # "by" right before a date
    schedule_cue: re.Pattern[str] | None = None  # "lands at " / "is open from " right before a date
    past_plan: re.Pattern[str] | None = None  # "had been" just before a future cue
    past_verb: re.Pattern[str] | None = None
    limit_cue: re.Pattern[str] | None = None  # "until": ahead unless the clause is past
    delay_verb: re.Pattern[str] | None = None  # "postponed": a past verb that keeps "until" ahead
    announcing_verb: re.Pattern[str] | None = None  # "said": tells when it was said
    participle_lead: re.Pattern[str] | None = None  # "will be" right before an -ed form
    bound_lead: re.Pattern[str] | None = None  # "by", "until" right before a date
    modal: re.Pattern[str] | None = None  # "would", "could"
    infinitive: re.Pattern[str] | None = None  # "to testify"
    time_adjunct: re.Pattern[str] | None = None  # "a week after" opening a clause
    clause_break: re.Pattern[str] | None = None  # a comma, or a word that opens a clause ("that")
    approximate_time: re.Pattern[str] | None = None  # "about", "around" just before a time
    # "10 p.m. Eastern": a bare region name ending its phrase (None if the language has none).
    bare_zone_cue: re.Pattern[str] | None = None


@cache
def compile_language(code: str) -> Patterns:
    lang = get_language(code)
    flags = re.IGNORECASE

    def word_cue_of(fragment_list: tuple[str, ...], tail: str = r"(?!\w)") -> re.Pattern[str] | None:
        """A language's word fragments as one whole-word pattern ending in ``tail``; None when it has none."""
        return regex_store.compile(rf"(?<!\w){fragments(fragment_list)}{tail}", flags) if fragment_list else None

    glued = f"(?:{lang.glued_prefix})?" if lang.glued_prefix else ""
    before = r"(?<![\w])"
    after = r"(?![\w])"
    periods = alternation(w for w in lang.day_periods if w)
    strong_seps = "|".join(re.escape(s) for s in lang.clock_separators)
    weak_seps = "|".join(re.escape(s) for s in lang.weak_clock_separators)
    seps = "|".join(x for x in (strong_seps, weak_seps) if x)
    leads = fragments(lang.clock_leads)
    # "الـ5": a prefix glued to the number belongs to the mention.
    number_prefix = rf"(?:(?<![\w])(?P<pre>{lang.number_prefix}))?" if lang.number_prefix else ""
    # "الثامنة من صباح اليوم": words that may stand between a time and its day period.
    period_joiner = rf"(?:(?:{alternation(lang.day_period_joiners)})\s+)?" if lang.day_period_joiners else ""
    # A slash after a number makes a date or a fraction ("6/16", "1/2"); after a zone cue
    # or a period it parts two readings of one time ("8 p.m. Eastern/7 p.m. Central").
    clock = regex_store.compile(
        rf"(?:(?P<lead>{leads})\s*)?{number_prefix}"
        rf"(?<![\d.,:])(?<![\d,:]/)(?P<h>\d{{1,2}})\s?(?P<sep>{seps})\s?(?P<m>[0-5]\d)"
        rf"(?:(?P=sep)(?P<s>[0-5]\d))?(?![\d]|[.,:]\d)"
        rf"(?:\s*{period_joiner}(?P<period>{periods})(?![^\W\d_]))?",
        flags,
    )
    hour_with_period = regex_store.compile(
        rf"(?:(?P<lead>{leads})\s*)?{number_prefix}"
        rf"(?<![\d.,:])(?<![\d,:]/)(?P<h>\d{{1,2}})(?![\d]|[.,:]\d|(?:{seps})\s?\d)"
        rf"(?:\s*{period_joiner}(?P<period>{periods})(?![^\W\d_]))?",
        flags,
    )
    four_digit_clock = regex_store.compile(
        r"(?<![\d.,:/])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?:\s*(?:h|hrs|hours))?(?!\d)", flags
    )
    local_cue = regex_store.compile(rf"\(?\s*{glued}{fragments(lang.local_time_phrases)}\s*\)?{after}", flags)
    offset_leads = alternation(lang.offset_leads)
    offset_cue = regex_store.compile(
        rf"\(?\s*(?P<lead>{offset_leads})\s*(?P<sign>{_SIGN})\s*(?P<oh>\d{{1,2}})(?:[:.]?(?P<om>\d{{2}}))?\s*\)?"
        rf"|(?P<bare>{_SIGN})(?P<boh>[01]\d)(?P<bom>[0-5]\d){after}",
        flags,
    )
    slot_word = lang.zone_slot_word
    # The template's own words match in any case ("8:30 P.M. MOSCOW TIME", "20H30 HEURE DE
    # MOSCOU" in a wire flash set in capitals); the slot keeps its case rule (a capital
    # is what makes "Moscow" a name in English).
    slot = rf"(?P<zone>(?-i:{slot_word})(?:\s+(?-i:{slot_word})){{0,3}})"
    template_cues = tuple(
        regex_store.compile(r"\(?\s*" + normalize(t).replace("{zone}", slot) + rf"\s*\)?{after}", flags)
        for t in lang.zone_templates
    )
    word_cue = regex_store.compile(rf"\(?\s*{glued}(?P<word>{alternation(lang.zone_words)}){after}\s*\)?", flags)
    bare_zone_cue = None
    if lang.bare_zone_names:
        followers = alternation(lang.bare_zone_name_followers)
        # Case-sensitive: the capital is what makes "Eastern" a clock's name.
        names = "|".join(re.escape(w) for w in sorted(lang.bare_zone_names, key=len, reverse=True))
        bare_zone_cue = regex_store.compile(
            rf"\(?\s*(?P<word>{names})"
            rf"(?=\s*(?:[.,;:)!?/]|[—–-]\s|$)|\s+(?i:{followers})(?![\w]))")
    abbreviation_token = regex_store.compile(r"\(?\s*(?P<abbr>[A-Z]{1,5}|[Зз]улу|[Мм][Сс][Кк])(?![\w])\s*\)?")
    cue_opening = regex_store.compile(r"\s*(?:,\s*)?")
    numbers = alternation(lang.number_words)
    fractions = alternation(lang.fraction_words)
    units = alternation(lang.duration_units)
    approx = alternation(lang.approximate_words)
    duration_leads = fragments(lang.duration_leads)
    if lang.number_joiners or lang.number_multipliers:
        from timeline.extract.numbers import number_reader

        numbers = number_reader(lang, glued).phrase
    else:
        numbers = f"{glued}{numbers}"
    digits = r"\d+(?:[.,\u066B]\d+)?"
    # "من 3 إلى 4 ساعات", "3-4 hours": a lower bound and a joiner before the count.
    # Paired joiners ("de 5 à 10 ans") stand between spaces; duration_atoms checks their opener.
    paired_joiners = [j for joiners in lang.duration_range_pairs.values() for j in joiners]
    range_joiners = "|".join(
        part for part in (alternation(lang.duration_range_joiners) if lang.duration_range_joiners else "",
                          rf"(?<=\s)(?:{alternation(paired_joiners)})(?=\s)" if paired_joiners else "") if part)
    # A lower bound may be a unit that counts itself ("بين ساعتين وثلاث ساعات": a dual).
    counted_units = [u for u, (_, implied) in lang.duration_units.items() if implied >= 2]
    low_unit = rf"|{glued}(?P<lounit>{alternation(counted_units)})(?=\s)" if counted_units else ""
    range_low = (
        rf"(?:(?:(?P<ropen>{alternation([*lang.range_openers, *lang.duration_range_pairs])})\s+)?"
        rf"(?:(?P<lo>{digits}|{numbers}){low_unit})\s*(?P<rjoin>{range_joiners})\s*)?"
        if range_joiners else ""
    )
    # A lead may carry a glued conjunction ("وبعد ساعة", "فمنذ دقائق").
    lead_glue = f"(?:{lang.glued_conjunctions})?" if lang.glued_conjunctions else ""
    duration = regex_store.compile(
        rf"{before}(?:{lead_glue}(?P<lead>{duration_leads})\s+)?(?:{glued}(?P<approx>{approx})\s+)?{range_low}"
        rf"(?:{number_prefix}(?P<num>{digits}|{numbers})(?:\s*(?P<frac1>½|{fractions}))?\s*-?\s*)?"
        rf"{glued}(?P<unit>{units}){after}(?:\s*(?P<frac2>{fractions}){after})?",
        flags,
    )
    weekday = regex_store.compile(rf"{before}{glued}(?P<wd>{alternation(lang.weekdays)}){after}", flags)
    relative_day = regex_store.compile(rf"{before}{glued}(?P<rel>{alternation(lang.relative_days)}){after}", flags)
    months = alternation(lang.months)
    year = r"(?P<y>\d{4})"
    suffix = f"(?:{alternation(lang.ordinal_suffixes)})?" if lang.ordinal_suffixes else ""
    of_month = rf"(?:(?:{alternation(lang.day_of_month_words)})\s+)?" if lang.day_of_month_words else ""
    year_word = f"(?:{alternation(lang.day_month_year_words)})?" if lang.day_month_year_words else ""
    day_month = regex_store.compile(
        rf"{before}(?P<d>\d{{1,2}}){suffix}\s*{of_month}{glued}(?P<mon>{months})(?:(?<=[A-Za-z])\.)?"
        rf"(?:\s*/\s*{months})?(?:\s*,?\s*{year_word}\s*{year})?{after}",
        flags,
    )
    month_day = regex_store.compile(
        rf"{before}(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}}){suffix}(?:\s*,?\s*{year})?(?!\d)", flags
    )
    iso_date = regex_store.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/])")
    numeric_date = regex_store.compile(r"(?<![\d/.-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<y>\d{4})(?![\d/])")
    equivalence = regex_store.compile(rf"^[\s,،:;(\[–-]*(?:{alternation(lang.equivalence_connectors)})[\s,،:(\[]*$", flags)
    weak_equivalence = regex_store.compile(
        rf"^[\s(\[]*(?:{alternation(lang.weak_equivalence_connectors)})?[\s(\[]*$", flags
    )
    return Patterns(
        language=lang,
        clock=clock,
        hour_with_period=hour_with_period,
        four_digit_clock=four_digit_clock,
        local_cue=local_cue,
        offset_cue=offset_cue,
        template_cues=template_cues,
        word_cue=word_cue,
        bare_zone_cue=bare_zone_cue,
        abbreviation_token=abbreviation_token,
        cue_opening=cue_opening,
        duration=duration,
        weekday=weekday,
        relative_day=relative_day,
        day_month=day_month,
        month_day=month_day,
        iso_date=iso_date,
        numeric_date=numeric_date,
        equivalence=equivalence,
        weak_equivalence=weak_equivalence,
        slot_word=slot_word,
        day_periods=normalized_table(lang.day_periods),
        number_words=normalized_table(lang.number_words),
        fraction_words=normalized_table(lang.fraction_words),
        duration_units=normalized_table(lang.duration_units),
        weekdays=normalized_table(lang.weekdays),
        relative_days=normalized_table(lang.relative_days),
        months=normalized_table(lang.months),
        approximate_time=regex_store.compile(rf"(?<!\w){glued}{alternation(lang.approximate_time_words)}\s*$", flags)
        if lang.approximate_time_words else None,
        future_cue=word_cue_of(lang.future_cues),
        deadline_lead=word_cue_of(lang.deadline_leads, r"\s+$"),
        past_bound=word_cue_of(lang.past_bounds, "$"),
        schedule_cue=word_cue_of(lang.schedule_cues, "$"),
        # the article, then at most two words that are no function word ("after a flat ",
        # not "a share, in the ")
        indefinite_lead=regex_store.compile(
            rf"(?<!\w){fragments(lang.indefinite_articles)}\s+"
            rf"(?:(?!(?:{alternation(sorted(lang.stopwords))})(?![\w-]))[^\W\d][\w-]*\s+){{0,2}}$", flags)
        if lang.indefinite_articles else None,
        modal_future_cue=word_cue_of(lang.modal_future_cues),
        past_plan=word_cue_of(lang.past_plan_cues, r"\s+$"),
        past_verb=word_cue_of(lang.past_verbs),
        limit_cue=word_cue_of(lang.limit_cues),
        delay_verb=word_cue_of(lang.delay_verbs),
        announcing_verb=word_cue_of(lang.announcing_verbs),
        participle_lead=word_cue_of(lang.participle_leads, r"\s+$"),
        bound_lead=word_cue_of(lang.bound_leads, "$"),
        clause_break=regex_store.compile(rf"[,;:]|(?<!\w){fragments(lang.clause_openers)}(?!\w)", flags)
        if lang.clause_openers else None,
        time_adjunct=regex_store.compile(rf"\s*(?:{lang.time_adjunct})(?!\w)", flags) if lang.time_adjunct else None,
        infinitive=regex_store.compile(rf"(?<!\w)(?:{lang.infinitive})(?!\w)", flags) if lang.infinitive else None,
        modal=regex_store.compile(rf"(?<!\w){fragments(lang.modal_words)}(?!\w)", flags) if lang.modal_words else None,
    )
