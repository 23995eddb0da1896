"""Connectors between mentions: where the text states how two mentions relate.

- "equals": two times are one instant ("13:35 local time, i.e. 14:35 Moscow time",
  "10 a.m. (0900 GMT)", "أي").
- "range": two times are the start and end of one interval ("from 13:35 until 17:05",
  "between 2 and 4 p.m.", "من الساعة 10:00 حتى 12:30").
- "offset-after" / "offset-before": a duration places what follows against another
  event ("two hours later", "بعد ساعتين", "three hours before the vote"); the target is
  the time stated for it in the same sentence, if any.

The link-finding is generic; every connector word comes from the language module.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache, lru_cache

from timeline.extract import regex_store
from timeline.extract.patterns import alternation, compile_language, fragments
from timeline.extract.prefilter import may_match, required_words
from timeline.extract.windows import Shape, Unbounded, _Reach, _ShapeReader, parse
from timeline.lang import get as get_language
from timeline.model import DATE, DURATION, TIME, Link, Mention, Parts
from timeline.resolve.calendar import hour_of_day
from timeline.textnorm import NormalizedText, normalize

_MAX_GAP = 80  # characters; beyond that a connector joins clauses, not two readings of a time
_RANGE_LOOKBACK = 40  # characters before an interval's first time where its opener may stand

EQUALS, RANGE, OFFSET_AFTER, OFFSET_BEFORE = "equals", "range", "offset-after", "offset-before"


def find_links(text: str, mentions: list[Mention]) -> list[Link]:
    links: list[Link] = []
    times = [m for m in mentions if m.kind == TIME]
    # Starts of the other mentions, for "is there one in this gap?" by bisection (a scan
    # of every mention for each pair of times was quadratic).
    other_starts = sorted(m.span[0] for m in mentions if m.kind != TIME)
    for first, second in zip(times, times[1:], strict=False):
        if first.sentence != second.sentence or first.doc != second.doc:
            continue
        gap_start, gap_end = first.span[1], second.span[0]
        if gap_end - gap_start > _MAX_GAP:
            continue
        gap = text[gap_start:gap_end]
        if bisect.bisect_left(other_starts, gap_end) > bisect.bisect_left(other_starts, gap_start):
            # "8:25 p.m. local time on Monday (0125 GMT Tuesday)": the day said with the first
            # time stands between it and its bracketed equivalent.
            rule = _equivalence_past_day(text, first, second, mentions)
            if rule:
                links.append(Link(EQUALS, first.id, second.id, gap.strip(), (gap_start, gap_end), rule))
            continue
        range_rule = _range_rule(text, first, second)
        if range_rule:
            links.append(Link(RANGE, first.id, second.id, gap.strip() or _lead_of(second), (gap_start, gap_end),
                              range_rule))
            continue
        rule = _equivalence_rule(gap, first, second) or (
            "link:dash-aside" if restates_after_dash(text, first, second) else None)
        if rule:
            links.append(Link(EQUALS, first.id, second.id, gap.strip(), (gap_start, gap_end), rule))
    links += _offset_links(text, mentions)
    return links


def _equivalence_past_day(text: str, first: Mention, second: Mention, mentions: list[Mention]) -> str | None:
    """A bracketed equivalent after the day said with a time ("1 a.m. ET on Wednesday (0600
    GMT)"): the gap holds only day mentions and the words joining a day to a time."""
    gap_start, gap_end = first.span[1], second.span[0]
    inside = [m for m in mentions if gap_start <= m.span[0] and m.span[1] <= gap_end]
    if not inside or any(m.kind != DATE or m.parts.day_period is not None for m in inside):
        return None
    if any(gap_start < m.span[0] < gap_end and m.span[1] > gap_end for m in mentions):
        return None
    rest, last = [], gap_start
    for m in sorted(inside, key=lambda m: m.span):
        rest.append(text[last : m.span[0]])
        last = m.span[1]
    rest.append(text[last:gap_end])
    joiners = get_language(second.lang).time_day_joiners
    words = re.findall(r"[^\W\d_]+", "".join(rest))
    if any(w.casefold() not in joiners for w in words):
        return None
    tail = rest[-1]
    if "(" in tail and not re.sub(r"[\s(,،]", "", tail) and second.parts.zone_cue is not None:
        return "link:parenthesis-after-day"
    return None


def _equivalence_rule(gap: str, first: Mention, second: Mention) -> str | None:
    patterns = compile_language(second.lang)
    norm = normalize(gap)
    if patterns.equivalence.match(norm):
        return "link:connector"
    cue_a, cue_b = first.parts.zone_cue, second.parts.zone_cue
    if "(" in gap and cue_b is not None:
        # "10 a.m. (0900 GMT)", "в 10:00 мск (в 13:00 по времени Новосибирска)": only the
        # bracket and the second time's own clock lead between them.
        inside = normalize(gap.split("(", 1)[1]).rstrip()
        if not gap.split("(", 1)[0].strip() and not strip_clock_lead(inside, second.lang)[0].strip():
            return "link:parenthesis"
    if restates_on_named_clock(gap, first, second):
        return "link:comma-restatement"
    if cue_a and cue_b and (cue_a.kind, cue_a.value) != (cue_b.kind, cue_b.value) and (
            patterns.weak_equivalence.match(norm) or patterns.weak_equivalence.match(re.sub(r"[,،]", " ", norm))):
        # A list of the same moment on several clocks: "8 p.m. ET, 7 p.m. CT, and 0100 GMT".
        return "link:juxtaposed-zones"
    return None


# --- intervals ---------------------------------------------------------------------


@cache
def _relation_patterns(code: str) -> dict[str, re.Pattern[str]]:
    lang = get_language(code)
    glued = f"(?:{lang.glued_conjunctions})?" if lang.glued_conjunctions else ""
    measure = f"(?:{lang.measure_prefixes})?" if lang.measure_prefixes else ""
    flags = re.IGNORECASE
    return {
        # The gap between the two times, plus the second time's own lead words.
        "connector": regex_store.compile(rf"^[\s,،]*{glued}(?P<c>{alternation(lang.range_connectors)})\b", flags),
        "strong": regex_store.compile(rf"^[\s,،]*{glued}(?P<c>{alternation(lang.range_connectors_strong)})", flags),
        # The opener just before the first time (its lead words are skipped).
        "opener": regex_store.compile(rf"(?:^|[\s(،,]){glued}(?P<o>{alternation(lang.range_openers)})\s*$", flags),
        "before_order": regex_store.compile(
            rf"(?:^|[\s(،,]){glued}(?P<o>{alternation(list(lang.order_words) + list(lang.offset_order_words))})"
            rf"\s*{measure}$", flags),
        "order_event_by": regex_store.compile(
            rf"(?:^|[\s(،,]){glued}(?P<o>{alternation(list(lang.order_words))})(?:\s+[^\W\d_]+){{1,3}}\s+"
            rf"(?:{lang.offset_by_prefix})$", flags)
        if lang.offset_by_prefix else regex_store.compile(r"(?!)"),
        "after_order": regex_store.compile(rf"^\s*(?P<o>{alternation(lang.offset_order_words)})(?![^\W\d_])", flags),
        # The words that make a number a clock time ("at", "الساعة"), at the end of a stretch.
        "sequel": regex_store.compile(rf"(?<![^\W\d_]){glued}(?P<w>{alternation(lang.sequel_days)})(?![^\W\d_])", flags),
        "lead_tail": regex_store.compile(
            rf"(?:{fragments(normalize(f) for f in lang.clock_leads)}|{fragments(lang.weak_clock_leads)})\s*$", flags),
    }


def restates_on_named_clock(gap: str, first: Mention, second: Mention) -> bool:
    """"at 7 p.m., or 1 p.m. in Washington": a complete time with no cue, a comma (and perhaps
    the language's restating word), then a time on a named place's clock. That is the same
    moment told for readers there, not one cue for both (which would move 7 p.m. to
    Washington silently); the link lets the two be checked against each other."""
    cue_a, cue_b = first.parts.zone_cue, second.parts.zone_cue
    if cue_a is not None or cue_b is None or cue_b.kind != "named":
        return False
    if first.kind != TIME or second.kind != TIME or first.parts.hour is None or second.parts.hour is None:
        return False
    if not any(c in gap for c in ",،"):
        return False
    rest = strip_clock_lead(normalize(gap), second.lang)[0]
    rest = " ".join(rest.replace(",", " ").replace("،", " ").split()).casefold()
    return not rest or rest in _restatement_words(second.lang)


# A spaced dash opening an aside, then the time on a named clock that closes it.
_DASH_ASIDE = re.compile(r"\s[–—-]\s*$")
_ASIDE_END = re.compile(r"\s*(?:[.;:)!?]|[–—]|\s-\s|,|$)")


def restates_after_dash(text: str, first: Mention, second: Mention) -> bool:
    """"telefonierte um 20.30 Uhr mit dem US-Botschafter – 14.30 Uhr in Washington.": a
    complete time with no cue, words of its clause, then an aside after a dash holding only
    a time on a named place's clock: the same moment told for readers there (sharing the cue
    would move 20.30 Uhr to Washington silently)."""
    cue_a, cue_b = first.parts.zone_cue, second.parts.zone_cue
    if cue_a is not None or cue_b is None or cue_b.kind != "named":
        return False
    if first.kind != TIME or second.kind != TIME or first.parts.hour is None or second.parts.hour is None:
        return False
    gap = text[first.span[1] : second.span[0]]
    if any(ch.isdigit() for ch in gap):
        return False
    rest = strip_clock_lead(normalize(gap), second.lang)[0]
    dash = _DASH_ASIDE.search(rest)
    if dash is None or not rest[: dash.start()].strip():
        return False  # "15 Uhr – 9 Uhr in Washington" with nothing between: the range and conversion rules decide
    return _ASIDE_END.match(text, second.span[1]) is not None


@cache
def _restatement_words(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(code).comma_restatement_words)


def strip_clock_lead(before: str, code: str) -> tuple[str, str]:
    """``before`` (normalised text ending where a time starts) without the clock lead at
    its end ("من الساعة" → "من"), and that lead."""
    pattern = _relation_patterns(code)["lead_tail"]
    hit = pattern.search(before, _tail_start(before, pattern))
    if not hit or not hit.group().strip():
        return before, ""
    return before[: hit.start()], hit.group()


def _tail_start(s: str, pattern: re.Pattern[str]) -> int:
    """The first position a match of ``pattern``, which ends at the end of ``s`` ("…\\s*$"),
    can start at: no match reads more than its reach (``windows.Shape``, in this text), so
    a search from there finds the leftmost one without trying every position of a long
    stretch of text."""
    reader = _lead_tail_shape(pattern.pattern, pattern.flags)
    if reader is None:
        return 0
    # "$" also matches before a final line break: one character more.
    return max(0, len(s) - _Reach(s).of(reader) - 1)


@cache
def _lead_tail_shape(pattern: str, flags: int) -> Shape | None:
    tree = parse(pattern, flags)
    if tree is None:
        return None
    try:
        return _ShapeReader(tree).shape()
    except Unbounded:
        return None


def _lead_of(m: Mention) -> str:
    """The words of a mention before its first digit ("حتى الساعة" in "حتى الساعة 12:30")."""
    digits = re.search(r"\d", normalize(m.text))
    return m.text[: digits.start()] if digits else ""


def _range_rule(text: str, first: Mention, second: Mention) -> str | None:
    pats = _relation_patterns(second.lang)
    between = normalize(text[first.span[1] : second.span[0]] + " " + _lead_of(second)).strip()
    if not between:
        return None
    cue_a, cue_b = first.parts.zone_cue, second.parts.zone_cue
    if (between in ("-", "–", "—") and cue_a is not None and cue_b is not None
            and (cue_a.kind, cue_a.value) != (cue_b.kind, cue_b.value)):
        return None  # "um 15 Uhr deutscher Zeit – 9 Uhr in Washington –": one moment on two clocks
    if not pats["connector"].match(" " + between) and not pats["strong"].match(between):
        return None
    if _opener_before(text, first):
        return "link:range"
    if pats["strong"].match(between) and pats["connector"].match(" " + between) or between.startswith("-"):
        return "link:range-connector"
    return None


def _opener_before(text: str, first: Mention) -> bool:
    pats = _relation_patterns(first.lang)
    lo = max(0, first.span[0] - _RANGE_LOOKBACK)
    before, _ = strip_clock_lead(normalize(text[lo : first.span[0]]).rstrip(), first.lang)
    return bool(pats["opener"].search(before.rstrip()))


def complete_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give the bare first hour of an interval its own mention: "between 2 and 4 p.m.",
    "from 9 to 11 a.m." — the "2" and "9" are times only because of what follows them.
    Returns the mentions renumbered in text order."""
    added: list[Mention] = []
    for m in mentions:
        # A clock word with no day period ("11 Uhr", "11 o'clock") also makes the end a clock time.
        # So does an end with minutes ("von 13 bis 14.30 Uhr"), after an opener (below).
        with_minutes = m.rule == "clock:numeric"
        if m.kind != TIME or not (m.parts.day_period or m.parts.zone_cue or m.rule.startswith("clock:hour-period")
                                  or with_minutes):
            continue
        pats = _relation_patterns(m.lang)
        lo = max(0, m.span[0] - _RANGE_LOOKBACK)
        window = text[lo : m.span[0]] + _lead_of(m)
        if len(normalize(window)) != len(window):
            continue  # removed characters would shift offsets; rare, and safer to skip
        norm = normalize(window)
        found = None
        for bare in re.finditer(r"(?<![\d:.,/])(\d{1,2})(?![\d:.,/])", norm):
            found = bare
        if found is None:
            continue
        tail = norm[found.end() :]
        hyphen = re.fullmatch(r"\s?[-–]\s?", tail)
        if not hyphen and not (pats["connector"].match(" " + tail.strip()) and re.fullmatch(r"[\s\S]{0,25}", tail)):
            continue
        prefix, _ = strip_clock_lead(norm[: found.start()].rstrip(), m.lang)
        if not pats["opener"].search(prefix.rstrip()) and (not hyphen or with_minutes):
            continue  # "9-11 a.m." needs no opener: a hyphen between bare hours is a range
        hour = int(found.group(1))
        if hour > 24 or any(x.span[0] <= lo + found.start() < x.span[1] for x in mentions):
            continue
        # The end's day period applies to the start unless that puts the start after the
        # end ("from 11 to 1 p.m." crosses noon): then the start is read as written.
        end24 = hour_of_day(m.parts.hour or 0, m.parts.day_period)
        start24 = hour_of_day(hour, m.parts.day_period) if m.parts.day_period else hour
        if start24 > end24 and hour < end24:
            start24 = hour
        start = lo + found.start()
        # The text as written ("۲0"), not its normalised form ("20"): spans slice the original.
        added.append(replace(m, id="", span=(start, start + len(found.group(1))), text=text[start : start + len(found.group(1))],
                             parts=Parts(hour=start24, minute=0), rule="clock:range-start"))
    if not added:
        return mentions
    ordered = sorted(mentions + added, key=lambda x: x.span)
    first_number = min(int(x.id[1:]) for x in mentions)
    return [replace(x, id=f"m{first_number + i}") for i, x in enumerate(ordered)]


_DAY_FIELDS = ("year", "month", "day", "weekday", "relative_days", "calendar")


def with_range_days(mentions: list[Mention], links: list[Link]) -> list[Mention]:
    """"from 9 to 11 a.m. on Friday", "de 9 h à 11 h vendredi": the day said after a range
    of clock times is the start's day too; a start with no day of its own would otherwise
    be dated by the story's day and end up days after its own end."""
    by_id = {m.id: m for m in mentions}
    dated: dict[str, Mention] = {}
    for link in links:
        if link.kind != RANGE:
            continue
        start, end = by_id.get(link.source), by_id.get(link.target)
        if start is None or end is None or start.kind != TIME or end.kind != TIME:
            continue
        if any(getattr(start.parts, f) is not None for f in _DAY_FIELDS):
            continue
        fields = {f: getattr(end.parts, f) for f in _DAY_FIELDS if getattr(end.parts, f) is not None}
        if not fields:
            continue
        if start.parts.tense is None and end.parts.tense is not None:
            fields["tense"] = end.parts.tense
        dated[start.id] = replace(start, parts=replace(start.parts, **fields))
    return [dated.get(m.id, m) for m in mentions] if dated else mentions


# --- offsets ("two hours later", "بعد ساعتين") -------------------------------------------


# Seconds per unit, by the TIMEX3 letter a duration may carry instead of ``duration_s``.
_UNIT_SECONDS = {"S": 1, "MIN": 60, "H": 3600, "D": 86400, "W": 7 * 86400}
_CLOCK_UNITS = {"second": 1, "minute": 60, "hour": 3600}


def mention_seconds(m: Mention) -> float | None:
    """How long a duration mention is, or how far a clock-unit offset date ("two hours
    later") reaches, in seconds; None for anything else."""
    p = m.parts
    if m.kind == DURATION:
        if p.duration_s is not None:
            return p.duration_s
        if p.duration_unit in _UNIT_SECONDS and p.duration_count is not None:
            return p.duration_count * _UNIT_SECONDS[p.duration_unit]
        return None
    if m.kind == DATE and p.unit in _CLOCK_UNITS and p.offset:
        return abs(p.offset) * _CLOCK_UNITS[p.unit]
    return None


def is_approximate(m: Mention) -> bool:
    return m.parts.approximate or getattr(m.parts, "modifier", None) == "APPROX"


def _offset_links(text: str, mentions: list[Mention]) -> list[Link]:
    links = []
    for i, d in enumerate(mentions):
        if d.kind == DATE and mention_seconds(d):
            # "two hours later" read whole as a date offset: the direction is its sign.
            target = _stated_time(text, d, mentions[i + 1 :])
            kind = OFFSET_AFTER if d.parts.offset > 0 else OFFSET_BEFORE
            links.append(Link(kind, d.id, target.id if target else "", d.text, d.span, "link:offset-date"))
            continue
        if d.kind != DURATION or (mention_seconds(d) is None and not d.parts.duration_unit):
            continue  # a vague count ("several hours") still places in order
        pats = _relation_patterns(d.lang)
        lang = get_language(d.lang)
        previous_end = max((m.span[1] for m in mentions[:i] if m.sentence == d.sentence), default=0)
        lo = max(previous_end, d.span[0] - 30)
        # Windows read normalised; spans mapped back, since removed marks (the tanween of
        # "صحفيًا") shift offsets and a connector span taken as is lands on other words.
        before_norm = NormalizedText(text[lo : d.span[0]])
        after_norm = NormalizedText(text[d.span[1] : d.span[1] + 30])
        before, after = before_norm.text, after_norm.text
        direction = connector = None
        span = d.span
        b = pats["before_order"].search(before.rstrip())
        if b:
            word = b.group("o")
            direction = _direction(lang, word)
            connector, span = word, _shifted(before_norm.span_to_original(*b.span("o")), lo)
        elif (o := pats["order_event_by"].search(before.rstrip())) is not None:
            # "قبل المباراة بنصف ساعة", "قبل انطلاق الجلسة بساعتين": the order word, then the
            # event, then the duration glued to "ب".
            word = o.group("o")
            direction = _direction(lang, word)
            connector, span = word, _shifted(before_norm.span_to_original(*o.span("o")), lo)
        elif not _length_lead_before(before, lang):
            a = pats["after_order"].match(after)
            if a:
                word = a.group("o")
                direction = _direction(lang, word)
                connector, span = word, _shifted(after_norm.span_to_original(*a.span("o")), d.span[1])
        if direction is None:
            continue
        target = _stated_time(text, d, mentions[i + 1 :])
        kind = OFFSET_AFTER if direction == "after" else OFFSET_BEFORE
        links.append(Link(kind, d.id, target.id if target else "", connector or "", span, "link:offset"))
    return links


def _shifted(span: tuple[int, int], by: int) -> tuple[int, int]:
    return span[0] + by, span[1] + by


_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")


def _opens_its_sentence(text: str, d: Mention) -> bool:
    """At most one word (the connector: "وبعد", "About") between the sentence start and ``d``."""
    window = text[max(0, d.span[0] - 60) : d.span[0]]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if not breaks and d.span[0] > 60:
        return False
    lead = window[breaks[-1].end():] if breaks else window
    return len(re.findall(r"[^\W\d_]+", lead)) <= 1


def _length_lead_before(before: str, lang) -> bool:
    """ "flew for about 70 minutes before falling": the duration is how long, not an offset."""
    if not lang.length_leads:
        return False
    words = re.findall(r"[^\W\d_]+", before)
    tail = {w.casefold() for w in words[-3:]}
    return any(normalize(w).casefold() in tail for w in lang.length_leads)


def _stated_time(text: str, d: Mention, following: list[Mention]) -> Mention | None:
    """The clock time an offset is restated as, right after it ("two hours later, at 2:00
    a.m.", "وبعد ساعتين، عند الساعة 11:00"); a time further on belongs to its own clause."""
    nxt = next((m for m in following if m.sentence == d.sentence), None)
    if nxt is None or nxt.kind != TIME:
        return None
    if _opens_its_sentence(text, d) and sum(1 for m in following if m.sentence == d.sentence) == 1:
        # "وبعد نحو تسع ساعات، ضرب زلزال ثان … عند الساعة 13:24", "About 40 minutes later, an
        # aftershock hit at 9:05 p.m.": a fronted offset dates the one time of its sentence.
        return nxt
    gap, _ = strip_clock_lead(normalize(text[d.span[1] : nxt.span[0]]).rstrip(), d.lang)
    pats = _relation_patterns(d.lang)
    gap = pats["after_order"].sub("", gap, count=1)
    return nxt if len(re.findall(r"[^\W\d_]+", gap)) <= 1 else None


def _direction(lang, word: str) -> str | None:
    folded = " ".join(normalize(word).casefold().split())
    for table in (lang.offset_order_words, lang.order_words):
        for key, value in table.items():
            if " ".join(normalize(key).casefold().split()) == folded:
                return value
    return None


def sequel_days_in(text: str, code: str) -> int | None:
    """ "the next day", "اليوم التالي": days counted from the day last talked about."""
    found = sequel_phrase(text, code)
    return found[0] if found else None


# The same sentence is asked about by resolution (its dates) and by reconciliation.
@lru_cache(maxsize=256)
def sequel_phrase(text: str, code: str) -> tuple[int, tuple[int, int]] | None:
    """The day count and the span (in ``text``) of the first "the next day" phrase."""
    pattern = _relation_patterns(code)["sequel"]
    norm = normalize(text)
    # Asked of every sentence and every date's sentence: most have none of the words
    # every such phrase needs ("next", "التالي"), which costs less to see than a search.
    if not may_match(_sequel_words(code), norm, norm.lower(), bool(pattern.flags & re.IGNORECASE)):
        return None
    hit = pattern.search(norm)
    if not hit:
        return None
    value = _direction_value(get_language(code).sequel_days, hit.group("w"))
    if not value:
        return None
    # The span is in ``text``: removed marks (tashkeel, tatweel) shift normalised offsets.
    span = hit.span() if len(norm) == len(text) else NormalizedText(text).span_to_original(*hit.span())
    return value, span


@lru_cache(maxsize=8)
def sequel_words_in(text: str, code: str) -> bool:
    """Whether ``text`` holds one of the words every "the next day" phrase needs.
    Normalising and lower-casing work character by character, so a text without one
    has no sentence with one: a caller asking ``sequel_phrase`` per sentence asks this
    once for the whole text first (most texts have no "next", "following", "التالي")."""
    pattern = _relation_patterns(code)["sequel"]
    norm = normalize(text)
    return may_match(_sequel_words(code), norm, norm.lower(), bool(pattern.flags & re.IGNORECASE))


@cache
def _sequel_words(code: str) -> tuple[str, ...] | None:
    pattern = _relation_patterns(code)["sequel"]
    return required_words(pattern.pattern, pattern.flags)


def _direction_value(table, word: str):
    folded = " ".join(normalize(word).casefold().split())
    for key, value in table.items():
        if " ".join(normalize(key).casefold().split()) == folded:
            return value
    return None
