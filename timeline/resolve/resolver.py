"""Resolve every mention of one document."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from timeline.extract.patterns import compile_language
from timeline.extract.sentences import sentence_starts
from timeline.lang import get as get_language
from timeline.model import (
    CONFLICT,
    DATE,
    DURATION,
    INFO,
    TIME,
    WARNING,
    Document,
    Finding,
    Link,
    Mention,
    Parts,
    PlaceMention,
    Resolved,
)
from timeline.resolve.calendar import _PAST_LOOKAHEAD_DAYS, hour_of_day, month_year, names_period, read_day
from timeline.resolve.hijri_check import hijri_mismatches
from timeline.resolve.instants import to_utc
from timeline.zones.countries import country_clock
from timeline.zones.gazetteer import Place
from timeline.zones.landmarks import find_exchanges
from timeline.zones.places_in_text import demonym_countries, find_places
from timeline.zones.resolver import LITERAL, ZoneChoice, ZoneContext, resolve_cue, resolve_local
from timeline.zones.scope import Declaration, DeclarationIndex, declared_cue, find_declarations, shared_cue, table_place
from timeline.zones.tzsource import format_offset, tzinfo_for


@dataclass(frozen=True)
class ResolveOptions:
    today: dt.date | None = None  # stands in for the clock when no date is known (tests pin it)
    abbrev_policy: str = LITERAL
    default_place: Place | None = None


@dataclass(frozen=True)
class DocumentResolution:
    reference_date: dt.date
    reference_source: str  # "given" | "text" | "today"
    resolved: dict[str, Resolved]
    findings: list[Finding]
    places: list[PlaceMention]


def resolve_document(
    doc: Document, mentions: list[Mention], links: list[Link], options: ResolveOptions
) -> DocumentResolution:
    findings: list[Finding] = []
    reference, source = _reference_date(doc, mentions, options, findings)
    lang = mentions[0].lang if mentions else (doc.lang or "en")
    times = [m for m in mentions if m.kind == TIME]
    places: list[PlaceMention] = []
    declarations: list[Declaration] = []
    if times:
        starts = sentence_starts(doc.text, *_sentence_words(lang))
        cue_spans = [m.parts.zone_cue.span for m in times if m.parts.zone_cue]
        declarations = find_declarations(doc.text, lang, times)
        cue_spans += [d.cue.span for d in declarations]
        places = find_places(doc.text, lang, doc.id, starts, exclude=cue_spans)
    default_place = options.default_place
    if default_place is None and doc.place:
        from timeline.zones.gazetteer import lookup_place_stripped

        found, _ = lookup_place_stripped(doc.place)
        default_place = found[0] if found else None
    ctx = ZoneContext(lang, places, default_place, options.abbrev_policy,
                      [m.parts.zone_cue.span for m in times if m.parts.zone_cue] + [d.cue.span for d in declarations],
                      adjective_countries=_adjective_countries_if_needed(doc.text, lang, times), text=doc.text,
                      exchanges=find_exchanges(doc.text, doc.id, starts) if times else [])

    resolved: dict[str, Resolved] = {}
    for m in mentions:
        if m.kind == DATE:
            resolved[m.id] = _resolve_date(m, reference, findings)
        elif m.kind == DURATION:
            resolved[m.id] = Resolved(m.id, granularity="duration")
    _weekdays_beside_their_dates(mentions, resolved, doc.text)
    _range_ends_after_starts(mentions, links, resolved, reference)
    _sequel_dates(doc, mentions, resolved)
    _sequel_weekdays(mentions, resolved)
    _anchored_days_on_their_anchor(mentions, resolved)
    dates_by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        # Only a day anchors a clock time; "last week" does not say which day.
        if m.kind == DATE and resolved[m.id].date is not None and resolved[m.id].granularity == "day":
            dates_by_sentence.setdefault(m.sentence, []).append(m)
    findings += hijri_mismatches(mentions, resolved)

    pending: list[Mention] = []
    equals = _equal_partners(links)
    unplaced_local: list[tuple[Mention, dt.date, tuple[str, ...], ZoneChoice]] = []
    times_index = _TimesIndex(times)
    range_starts = day_range_starts(mentions, links, resolved)
    for m in times:
        day, day_notes = _day_of(m, dates_by_sentence, resolved, reference, source, times_index, doc.text,
                                 range_starts)
        day, day_notes = _sequel_day(doc, m, mentions, resolved, day, day_notes)
        day_notes = day_notes + _dial_note(m)
        if m.parts.zone_cue is None:
            pending.append(m)
            continue
        choice = resolve_cue(m.parts.zone_cue, m.span[0], m.sentence, ctx, day)
        if choice.rule in ("zone:local-unknown", "zone:abbreviation-ambiguous") and m.id in equals:
            unplaced_local.append((m, day, day_notes, choice))  # its stated equivalent may tell
            continue
        resolved[m.id] = _anchor(m, day, day_notes, choice, findings)
    interval_ends = {link.source: link.target for link in links if link.kind == "range"}
    scope_index = _ScopeIndex(times_index, DeclarationIndex(declarations), ctx.places, set(equals))
    for m in pending:
        day, day_notes = _day_of(m, dates_by_sentence, resolved, reference, source, times_index, doc.text,
                                 range_starts)
        day, day_notes = _sequel_day(doc, m, mentions, resolved, day, day_notes)
        day_notes = day_notes + _dial_note(m)
        end = resolved.get(interval_ends.get(m.id, ""))
        if end is not None and end.zone is not None and m.id not in equals:
            # "from 13:35 until 17:05 Moscow time": the cue after the interval covers both ends.
            note = f"no zone stated; the interval's end '{interval_ends[m.id]}' is on {end.zone}"
            choice = ZoneChoice(end.zone, "zone:from-interval-end", (note,))
            resolved[m.id] = _anchor(m, day, day_notes, choice, findings)
            continue
        scoped = _scoped_choice(m, day, doc.text, scope_index, equals, ctx)
        if scoped is not None:
            resolved[m.id] = _anchor(m, day, day_notes, scoped, findings)
            continue
        resolved[m.id] = _resolve_uncued(m, day, day_notes, equals, resolved, ctx, findings)
    for m, day, day_notes, choice in unplaced_local:
        settled = (_reading_from_equivalent(m, day, day_notes, choice, equals, resolved, times_index.texts())
                   if choice.candidates else _local_from_equivalent(m, day, day_notes, choice, equals, resolved))
        resolved[m.id] = settled or _anchor(m, day, day_notes, choice, findings)
    _weekdays_near_equivalents(times, equals, resolved)
    _local_place_by_equivalents(times, equals, resolved, ctx.places)
    _carried_day_on_its_clock(times, resolved, doc.text)
    _anchored_days_on_their_anchor(mentions, resolved)  # now that the times have their days
    return DocumentResolution(reference, source, resolved, findings, places)


def _sentence_words(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    language = compile_language(code).language
    return language.non_final_abbreviations, language.sentence_openers


# 'Local time' read on a place the sentence names without a locative word, or on the last
# place named before its sentence: a guess that the text's own arithmetic may overrule.
_GUESSED_LOCAL_RULES = frozenset({"zone:local-place-in-sentence", "zone:local-nearest-place-before"})


_CARRIED_DAY = "no date in this sentence; the day last named"


def _carried_day_on_its_clock(times: list[Mention], resolved: dict[str, Resolved], text: str) -> None:
    """"WASHINGTON - Die Wahllokale schließen am Dienstag um 19.00 Uhr Ortszeit. Erste
    Hochrechnungen werden gegen 2.00 Uhr deutscher Zeit erwartet": a day carried from an
    earlier sentence was named on that sentence's clock; a time read on another clock is on
    the day of that clock nearest the last time told (2 a.m. in Berlin is the Wednesday,
    an hour after 7 p.m. Tuesday in Washington, not 23 hours before it)."""
    last: Resolved | None = None
    last_mention: Mention | None = None
    for m in times:
        own = resolved.get(m.id)
        if own is None or own.utc is None or own.local is None or own.zone is None:
            continue
        if (last is not None and last_mention is not None and last_mention.sentence < m.sentence
                and last.zone != own.zone and any(a.startswith(_CARRIED_DAY) for a in own.assumptions)
                and last.local is not None and last.local.date() == own.local.date()):
            best = own
            for shift in (-1, 1):
                local = own.local + dt.timedelta(days=shift)
                try:
                    utc = to_utc(local, own.zone).utc
                except (KeyError, ValueError):
                    continue
                if abs(utc - last.utc) < abs(best.utc - last.utc):
                    note = (f"the day last named was told on the clock of '{last_mention.text}' ({last.zone}); "
                            f"on {own.zone} the nearest such time to it is on {local.date().isoformat()}")
                    best = replace(own, local=local, utc=utc, assumptions=(*own.assumptions, note))
            if best is not own:
                resolved[m.id] = own = best
        if "(" not in text[max(0, m.span[0] - 3) : m.span[0]]:
            last, last_mention = own, m


def _local_place_by_equivalents(times: list[Mention], equals: dict[str, list[str]],
                                resolved: dict[str, Resolved], places: list[PlaceMention]) -> None:
    """"LONDON - Real Madrid and Dortmund meet …, with kick-off set for 8 p.m. local time
    (1900 GMT, 9 p.m. CEST)": 'local time' went to one of several places of its sentence on
    different clocks (or to a place merely named there); when its stated equivalents all
    agree with each other and with another place, but not with that one, the text's own
    arithmetic says which place's clock it is. A sentence naming one clock's place is never
    overruled, so a wrong conversion about it stays a finding."""
    by_id = {t.id: t for t in times}
    for m in times:
        own = resolved.get(m.id)
        if (m.parts.zone_cue is None or m.parts.zone_cue.kind != "local" or own is None or own.local is None
                or own.utc is None or own.zone_rule not in _GUESSED_LOCAL_RULES):
            continue
        in_sentence = [p for p in places if p.zone and p.sentence == m.sentence]
        if len({p.zone for p in in_sentence}) < 2 and any(p.strong for p in in_sentence):
            continue  # one clock named for the sentence: a conversion that misses it is a finding
        partners = [resolved[i] for i in equals.get(m.id, [])
                    if i in resolved and resolved[i].utc is not None and i in by_id
                    and (by_id[i].parts.zone_cue is None or by_id[i].parts.zone_cue.kind != "local")]
        if not partners or len({r.utc for r in partners}) != 1 or partners[0].utc == own.utc:
            continue
        stated = partners[0].utc
        counts: dict[str, int] = {}
        for p in places:
            if p.zone and p.zone != own.zone:
                # the sentence's own places first, then the places the document names most
                counts[p.name] = counts.get(p.name, 0) + (2 if p.strong else 1) + (100 if p in in_sentence else 0)
        for name in sorted(counts, key=lambda n: -counts[n]):
            place = next(p for p in places if p.name == name)
            try:
                utc = to_utc(own.local, place.zone).utc
            except (KeyError, ValueError):
                continue
            if utc != stated:
                continue
            said = ", ".join(f"'{by_id[i].text}'" for i in equals.get(m.id, []) if i in by_id)
            note = (f"'local time' is {place.name} ({place.zone}), named as '{place.text}': the place first "
                    f"taken, named in the sentence without a locative word, does not fit the stated "
                    f"equivalent {said}; {place.name} does")
            resolved[m.id] = Resolved(m.id, local=own.local, zone=place.zone, utc=utc, granularity=own.granularity,
                                      zone_rule="zone:local-place-by-equivalent",
                                      assumptions=tuple(a for a in own.assumptions if "local time taken as" not in a)
                                      + (note,))
            break


def _bare_weekday(m: Mention) -> bool:
    p = m.parts
    return (p.weekday is not None and p.day is None and p.month is None and p.relative_days is None
            and not p.offset)


_WEEK = dt.timedelta(days=7)
# Between a weekday and the date that restates it: brackets, commas, dashes ("يوم الخميس (17
# حزيران/يونيو)", "Thursday, (June 17)"), or a copula of one or two letters ("يوم الإثنين هو
# أول أيام شهر رمضان").
_RESTATED_DATE_GAP = re.compile(r"[\s(\[،,:\-–—]*(?:[^\W\d_]{1,2}\s+)?")


def _weekdays_beside_their_dates(mentions: list[Mention], resolved: dict[str, Resolved], text: str) -> None:
    """"بدأت المداولات يوم الخميس (17 حزيران/يونيو)": a weekday restated by the day and
    month right after it is that day, whatever the tense alone would pick."""
    dates = sorted((m for m in mentions if m.kind == DATE), key=lambda m: m.span[0])
    for m, following in zip(dates, dates[1:], strict=False):
        own, stated = resolved.get(m.id), resolved.get(following.id)
        if (not _bare_weekday(m) or own is None or own.date is None or stated is None or stated.date is None
                or following.parts.day is None or following.parts.month is None
                or stated.date.weekday() != m.parts.weekday or stated.date == own.date
                or not _RESTATED_DATE_GAP.fullmatch(text, m.span[1], following.span[0])):
            continue
        note = f"{stated.date.isoformat()}: the {stated.date:%A} the date right after it states ('{following.text}')"
        resolved[m.id] = replace(own, date=stated.date, assumptions=tuple(
            a for a in own.assumptions if "taken as" not in a) + (note,))


def _weekdays_near_equivalents(times: list[Mention], equals: dict[str, list[str]],
                               resolved: dict[str, Resolved]) -> None:
    """"7 p.m. ET (0000 GMT Wednesday)": a weekday said only with a stated equivalent names
    the occurrence next to that equivalent's instant, whatever the tense would pick — the
    two are one moment, so a week apart is a misreading, not a finding."""
    for m in times:
        own = resolved.get(m.id)
        if not _bare_weekday(m) or own is None or own.utc is None or own.local is None or own.zone is None:
            continue
        for partner_id in equals.get(m.id, []):
            partner = resolved.get(partner_id)
            partner_mention = next((t for t in times if t.id == partner_id), None)
            if partner is None or partner.utc is None or partner_mention is None or _bare_weekday(partner_mention):
                continue
            weeks = round((partner.utc - own.utc) / _WEEK)
            if weeks == 0 or abs(partner.utc - (own.utc + weeks * _WEEK)) > dt.timedelta(days=1):
                continue
            local = own.local + weeks * _WEEK
            try:
                utc = to_utc(local, own.zone).utc
            except (KeyError, ValueError):
                continue
            note = (f"{local.date().isoformat()}: the {local:%A} next to its stated equivalent "
                    f"'{partner_mention.text}', not the one the tense alone would give")
            resolved[m.id] = Resolved(m.id, local=local, date=own.date, zone=own.zone, utc=utc,
                                      granularity=own.granularity, zone_rule=own.zone_rule,
                                      assumptions=tuple(a for a in own.assumptions
                                                        if "taken as the closest one" not in a) + (note,),
                                      unresolved_reason=own.unresolved_reason)
            break


def _equivalent_offsets(m: Mention, day: dt.date, equals: dict[str, list[str]],
                        resolved: dict[str, Resolved]):
    """For each stated equivalent of ``m`` already resolved to an instant: (its id, ``m``'s
    wall time, its resolution, the UTC offset the two together show)."""
    local = _local_datetime(m, day)
    for partner in equals.get(m.id, []):
        other = resolved.get(partner)
        if other is not None and other.utc is not None:
            yield partner, local, other, format_offset(local.replace(tzinfo=dt.UTC) - other.utc)


def _local_from_equivalent(m: Mention, day: dt.date, day_notes: tuple[str, ...], choice: ZoneChoice,
                           equals: dict[str, list[str]], resolved: dict[str, Resolved]) -> Resolved | None:
    """"4:17 local time (01:17 GMT)" in a text that names no place: the stated
    equivalent gives the local clock's offset."""
    for partner, local, other, offset_text in _equivalent_offsets(m, day, equals, resolved):
        notes = (f"{choice.reason}; the local clock's offset {offset_text} is taken from the equivalent "
                 f"time '{partner}'",)
        return Resolved(m.id, local=local, zone=offset_text, utc=other.utc, granularity=_granularity(m),
                        zone_rule="zone:local-inferred-from-equivalent", assumptions=day_notes + notes)
    return None


def _adjective_countries_if_needed(text: str, lang: str, times: list[Mention]) -> frozenset[str]:
    """The countries the text names by adjective, scanned only when an abbreviation
    cue may need them."""
    if not any(m.parts.zone_cue and m.parts.zone_cue.kind in ("abbreviation", "name") for m in times):
        return frozenset()
    return demonym_countries(text, lang)


def _reading_from_equivalent(m: Mention, day: dt.date, day_notes: tuple[str, ...], choice: ZoneChoice,
                             equals: dict[str, list[str]], resolved: dict[str, Resolved],
                             texts: dict[str, str]) -> Resolved | None:
    """"10:00 IST (0430 GMT)": of an ambiguous abbreviation's readings, the one whose
    offset the stated equivalent shows (India's +05:30); none if no reading fits."""
    for partner, local, other, shown in _equivalent_offsets(m, day, equals, resolved):
        fitting = [zone for zone, offset in choice.candidates if offset == shown]
        if not fitting:
            continue
        zone = fitting[0]
        notes = (f"{choice.reason}; of its readings only {zone} is on UTC{shown}, the offset the equivalent "
                 f"time '{texts.get(partner, partner)}' shows",)
        instant = to_utc(local, zone)
        if instant.utc != other.utc:  # the reading's region is not on that offset on this date
            zone = shown
        return Resolved(m.id, local=local, zone=zone, utc=other.utc, granularity=_granularity(m),
                        zone_rule="zone:abbreviation-by-equivalent", assumptions=day_notes + notes)
    return None


def _reference_date(doc: Document, mentions: list[Mention], options: ResolveOptions,
                    findings: list[Finding]) -> tuple[dt.date, str]:
    if doc.reference_date is not None:
        return doc.reference_date, "given"
    for m in mentions:
        p = m.parts
        if m.kind == DATE and p.year and p.month and p.day:
            try:
                day = dt.date(p.year, p.month, p.day)
            except ValueError:
                continue
            findings.append(Finding(
                "assumed-date", INFO,
                f"{doc.id}: no reference date given; using {day.isoformat()}, the first full date in the text "
                f"('{m.text}')", (m.id,)))
            return day, "text"
    today = options.today or dt.date.today()
    findings.append(Finding(
        "assumed-date", WARNING,
        f"{doc.id}: no reference date given and the text states no full date; assumed today, "
        f"{today.isoformat()} — pass --date with the publication date"))
    return today, "today"


def _resolve_date(m: Mention, reference: dt.date, findings: list[Finding]) -> Resolved:
    p = m.parts
    anchor = _anchor_note(p)
    period = names_period(m.parts)
    if period:
        # "last week", "the third quarter", "recently": not one day, so no calendar date;
        # the TIMEX3 value (timeline.timex) carries what it names.
        if p.day_shift is not None:
            anchor += (f"a day of that {period}; which day is not stated",)
        if period == "month" and p.month is not None and p.year is None and p.anchor is None:
            anchor += (month_year(p, reference)[1],)  # "in January": which January, and why
        return Resolved(m.id, granularity=period, assumptions=anchor)
    reading = read_day(m.parts, reference)
    if reading.date is None:
        findings.append(Finding("invalid-date", WARNING, f"'{m.text}': {reading.reason}", (m.id,)))
        return Resolved(m.id, unresolved_reason=reading.reason, assumptions=anchor)
    if reading.weekday_conflict:
        findings.append(Finding("weekday-mismatch", CONFLICT, f"'{m.text}': {reading.weekday_conflict}", (m.id,)))
    return Resolved(m.id, date=reading.date, granularity=reading.granularity,
                    assumptions=anchor + reading.assumptions)


def _anchor_note(p: Parts) -> tuple[str, ...]:
    """Provenance of a date counted from the one the story is at ("the next day")."""
    if p.anchor is not None:
        return (f"counted from '{p.anchor}', the date named before it (where the story is)",)
    if p.anchored:
        return ("not counted from a date named before it: counted from the reference date",)
    return ()


_DATE_LEADS_TIME = 25  # characters: "غدًا الخميس عند الساعة 10:00", "Thursday at 10:00"


class _TimesIndex:
    """A document's times by sentence and by start offset: each time asks about the
    times of its own sentence or between two offsets, and scanning every time for
    each one made a text with thousands of times quadratic."""

    def __init__(self, times: list[Mention]):
        self.by_sentence: dict[int, list[Mention]] = {}
        for t in times:
            self.by_sentence.setdefault(t.sentence, []).append(t)
        self.ordered = sorted(times, key=lambda t: t.span[0])
        self.starts = [t.span[0] for t in self.ordered]

    def in_sentence(self, sentence: int) -> list[Mention]:
        return self.by_sentence.get(sentence, [])

    def texts(self) -> dict[str, str]:
        """Each time's surface text by mention id (for notes that quote a partner)."""
        return {t.id: t.text for t in self.ordered}

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The times whose start is in [lo, hi)."""
        return self.ordered[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


def _day_of(m: Mention, dates_by_sentence: dict[int, list[Mention]], resolved: dict[str, Resolved],
            reference: dt.date, source: str, times: _TimesIndex | None = None,
            text: str = "", range_starts: dict[str, Mention] | None = None) -> tuple[dt.date, tuple[str, ...]]:
    p = m.parts
    if p.weekday is not None or p.relative_days is not None or (p.month is not None and p.day is not None):
        reading = read_day(p, reference)  # "10 p.m. Wednesday": the time names its own day
        if reading.date is not None:
            if _small_hours_of_the_next_day(m, reading.date, reference):
                # "WASHINGTON, Nov 5 - … At 12:30 a.m. on Wednesday, … told supporters": copy
                # filed on one day and updated after midnight; the night just after the
                # reference, not six days back.
                day = reference + dt.timedelta(days=1)
                return day, (f"day stated with the time: '{m.text}'; the night right after the reference date "
                             f"{reference.isoformat()} ({day.isoformat()}), not the {day:%A} six days before",)
            return reading.date, (f"day stated with the time: '{m.text}'",) + reading.assumptions
    same = dates_by_sentence.get(m.sentence, [])
    times = times or _TimesIndex([])
    following = _date_right_after(m, same, times, text)
    if following is not None:
        # "talks ended on Monday, and the vote starts at 9 a.m. on Wednesday": the date
        # right after the time is its own, not the sentence's earlier one.
        day = resolved[following.id].date
        if (day is not None and m.parts.hour is not None and _bare_weekday(following)
                and following.parts.tense != "future"
                and _small_hours_of_the_next_day(replace(m, parts=replace(m.parts, weekday=following.parts.weekday)),
                                                 day, reference)):
            # "landen – 0.05 Uhr deutscher Zeit am Dienstag" in a Monday report: the night
            # right after the reference, not the Tuesday six days back.
            day = reference + dt.timedelta(days=1)
            return day, (f"date from '{following.text}' right after the time; the night right after the "
                         f"reference date {reference.isoformat()} ({day.isoformat()}), not the {day:%A} six days "
                         "before",)
        return day, (f"date from '{following.text}' right after the time",)
    before = [d for d in same if d.span[0] < m.span[0]]
    anchor = before[-1] if before else (same[0] if same else None)
    if anchor is not None and not before and any(
            t.span[1] <= anchor.span[0] and ")" not in text[t.span[1] : anchor.span[0]]
            for t in times.starting_in(m.span[1], anchor.span[0] + 1)):
        # "7:48 a.m. (2248 GMT Wednesday)": a date after another time is that time's; but
        # in "10:35 a.m. (0735 GMT) Friday" the bracket closes first, so Friday is both's.
        anchor = None
    if anchor is not None and not before and any(
            t is not m and 0 <= t.span[0] - anchor.span[1] <= _DATE_LEADS_TIME
            for t in times.in_sentence(m.sentence)):
        # "...، أي 08:00 بتوقيت غرينتش، إن الهدنة تبدأ غدًا الخميس عند الساعة 10:00": a date
        # just before a later time introduces that time, not an earlier one.
        anchor = None
    if anchor is not None and range_starts and anchor.id in range_starts:
        # "runs from June 26 to 28 and opens at 10:00": the last date before the time is
        # the end of a range of days, which does not put the time on the range's last day.
        first = range_starts[anchor.id]
        return resolved[first.id].date, (range_day_assumption(first, anchor, "in the same sentence"),)
    if anchor is not None:
        day = resolved[anchor.id].date
        earlier = _later_hour_before(m, anchor, times)
        if day is not None and earlier is not None:
            # "talks began on Monday at 2 p.m. and were suspended at about 2 a.m.": a small
            # hour told after a later one of the same day is the next day's.
            return day + dt.timedelta(days=1), (
                f"date from '{anchor.text}' in the same sentence, the day after: it comes after "
                f"'{earlier.text}' and is earlier on the clock",)
        midnight = _past_midnight_before(m, anchor.span[1], times, text) if day is not None else None
        if midnight is not None:
            return day + dt.timedelta(days=1), (_PAST_MIDNIGHT_NOTE.format(anchor=anchor.text, midnight=midnight.text),)
        if day is not None and _evening_of_night_before(m, anchor):
            return day - dt.timedelta(days=1), (_NIGHT_BEFORE_NOTE.format(anchor=anchor.text, time=m.text),)
        if day is not None and _small_hours_of_a_night(m, anchor):
            # "Monday night, at 2:15 a.m.", "overnight … at 3 a.m.": the night runs past midnight.
            return day + dt.timedelta(days=1), (
                f"date from '{anchor.text}' in the same sentence, the day after: "
                f"'{m.text}' is in the small hours that end that night",)
        return day, (f"date from '{anchor.text}' in the same sentence",)
    for t in reversed([t for t in times.in_sentence(m.sentence) if t.span[1] <= m.span[0]]):
        if t.parts.weekday is not None or t.parts.relative_days is not None or t.parts.day is not None:
            # "تفتح ... الثامنة من صباح يوم الأحد وتغلق في السابعة مساء": the day of the earlier time.
            reading = read_day(t.parts, reference)
            if reading.date is not None:
                return reading.date, (f"day of the earlier time '{t.text}' in the same sentence",)
    for back in range(1, _DAY_CARRIES_SENTENCES + 1):
        # "On June 3 the attack began. At 3 p.m. the shooting stopped.": a time with no
        # day of its own is on the day the text was just telling of (TimeML anchoring) —
        # not on a day that only dates another clock reading ("(2310 GMT Monday)").
        earlier = [d for d in dates_by_sentence.get(m.sentence - back, [])
                   if not any(t.span[1] <= d.span[0] and _time_owns_date(t, d, text)
                              for t in times.in_sentence(d.sentence))
                   and not _in_background_clause(d, text)
                   and not _limit_ahead(d, text, resolved, reference, range_starts)]
        dated_time = _last_time_with_own_day(times.in_sentence(m.sentence - back),
                                             earlier[-1].span[1] if earlier else -1, text)
        if dated_time is not None and not (m.parts.tense == "future" and dated_time.parts.tense != "future"):
            # "… at 11:45 p.m. EDT on Saturday (…), and the rocket lifted off at 12:12 a.m. on
            # Sunday. … at 1:20 a.m. EDT": the story has moved on to the day of that later time.
            reading = read_day(dated_time.parts, reference)
            if reading.date is not None:
                # Its day as that time reads it ("1 h 37 du matin samedi": the night right
                # after the reference, not the Saturday six days back).
                own_day, _ = _day_of(dated_time, dates_by_sentence, resolved, reference, source, times, text,
                                     range_starts)
                reading = replace(reading, date=own_day)
            if (reading.date is not None and reading.date > reference and dated_time.parts.tense == "future"
                    and _told_in_the_past(m, text)):
                # "… vigente hasta las 23.59 del jueves. Entre las 14.00 y las 20.00 horas se
                # registraron …": what was recorded is not on the day still ahead.
                break
            if reading.date is not None and _small_hour_after_evening(m, dated_time, text):
                # "Die Maschine war am Mittwoch um 21.45 Uhr gestartet. … hob sie um 3.20 Uhr
                # wieder ab": told after an evening time, a small hour is the night after it.
                return reading.date + dt.timedelta(days=1), (
                    f"no date in this sentence; the day after that of '{dated_time.text}', the last time told "
                    f"with its day: '{m.text}' is in the small hours, told after that evening time",)
            if reading.date is not None:
                return reading.date, (f"no date in this sentence; the day of '{dated_time.text}', the last "
                                      "time told with its day",)
        if earlier and _looks_back_a_day(earlier[-1], text):
            # "Накануне в 19:00 … . Переговоры начались в 11:00": the day before is a step
            # back for that sentence only; the story returns to the day it counted from.
            continue
        if earlier:
            anchor = earlier[-1]
            range_end = anchor if range_starts and anchor.id in range_starts else None
            if range_end is not None:
                anchor = range_starts[range_end.id]
                inside = _day_inside_range(earlier, anchor, range_end, resolved)
                if inside is not None:
                    # "El Ibex cerró este miércoles …, a la espera de la Fed, reunida los días 27 y
                    # 28": the one day the sentence names, inside the range, is the story's day.
                    anchor, range_end = inside, None
            carried = resolved[anchor.id].date
            if (anchor.parts.tense == "future" and carried is not None and carried > reference
                    and _told_in_the_past(m, text)):
                # "… is due to visit the towns on Wednesday. The survey recorded the quake at
                # 2:25 a.m. UTC": what was recorded is not on the day still ahead.
                break
            if m.parts.tense == "future" and carried is not None and carried < reference:
                # "Hier soir, … . Le président tiendra une conférence à 16 heures": what lies
                # ahead is not on the past day told before. ("past" is only the absence of a
                # future cue, so no such check the other way.)
                break
            if range_end is not None:
                return carried, (range_day_assumption(anchor, range_end, "last named"),)
            midnight = _past_midnight_before(m, anchor.span[1], times, text) if carried is not None else None
            if midnight is not None:
                # "… lasted until well after midnight. The minister flew back at 8 a.m. Tehran
                # time": the story has passed into the next day.
                return carried + dt.timedelta(days=1), (
                    _PAST_MIDNIGHT_NOTE.format(anchor=anchor.text, midnight=midnight.text),)
            if carried is not None and _evening_of_night_before(m, anchor):
                # "fliegt in der Nacht zum Sonntag … . Die Maschine soll um 23.15 Uhr starten"
                return carried - dt.timedelta(days=1), (_NIGHT_BEFORE_NOTE.format(anchor=anchor.text, time=m.text),)
            if carried is not None and _morning_after_a_night(m, anchor, times):
                # "… sirens sounded overnight and explosions were heard at 3:40 a.m. … The
                # all-clear was given at 6:15 a.m.": the night's morning is the next day.
                return carried + dt.timedelta(days=1), (
                    f"no date in this sentence; the day last named, '{anchor.text}', is a night, and "
                    f"'{m.text}' is in the morning that ends it: the day after",)
            evening = _last_evening_time(times.in_sentence(m.sentence - back), anchor, m, text)
            if carried is not None and evening is not None:
                # "… am Mittwoch um 21.45 Uhr gestartet. … hob sie um 3.20 Uhr wieder ab": told
                # after an evening time of that day, a small hour is the night after it.
                return carried + dt.timedelta(days=1), (
                    f"no date in this sentence; the day after '{anchor.text}', the day last named: '{m.text}' is "
                    f"in the small hours, told after its evening time '{evening.text}'",)
            return carried, (f"no date in this sentence; the day last named, '{anchor.text}'",)
    origin = {"given": "the reference date", "text": "the reference date found in the text",
              "today": "today's date (assumed)"}[source]
    if (m.parts.hour == 24 and m.parts.tense != "future" and _told_in_the_past(m, text)
            and not any(t.span[1] <= m.span[0] for t in times.in_sentence(m.sentence))):
        # "The fire broke out around midnight": told in the past with no day, the midnight
        # already passed — the one that began the reference date, not the one ending it
        # (unless the sentence told an earlier hour of that day first: "began at 10 a.m.
        # and ended shortly after midnight").
        return reference - dt.timedelta(days=1), (
            f"no date stated with this time; told in the past, so the midnight that began {origin}, "
            f"{reference.isoformat()}",)
    return reference, (f"no date stated with this time; taken as {origin}, {reference.isoformat()}",)


def _day_inside_range(dates: list[Mention], first: Mention, last: Mention,
                      resolved: dict[str, Resolved]) -> Mention | None:
    """A single day named in the sentence of a range of days, other than its ends, that
    falls within the range (the last one named)."""
    start, end = resolved[first.id].date, resolved[last.id].date
    if start is None or end is None:
        return None
    for d in reversed(dates):
        if d.id in (first.id, last.id):
            continue
        r = resolved.get(d.id)
        if r is not None and r.date is not None and r.granularity == "day" and start <= r.date <= end:
            return d
    return None


_RANGE = "range"  # timeline.extract.links.RANGE (that module imports this package)

# The provenance of a time dated by a range of days: which day was taken, and that the
# text did not say (timeline.reconcile.time_events repeats it on the event).
RANGE_DAY_ASSUMED = "date from the range of days"


def range_day_assumption(first: Mention, last: Mention, where: str) -> str:
    return (f"{RANGE_DAY_ASSUMED} '{first.text}' to '{last.text}' {where}: its first day assumed — "
            "the text does not say on which of its days the time is")


def _day_range_pairs(mentions: list[Mention], links: list[Link], resolved: dict[str, Resolved]
                     ) -> list[tuple[Mention, Mention, Resolved, Resolved]]:
    """The stated ranges between two days ("from June 26 to 28"): first and last mention
    with their readings."""
    by_id = {m.id: m for m in mentions}
    pairs = []
    for link in links:
        first, last = by_id.get(link.source), by_id.get(link.target)
        if link.kind != _RANGE or first is None or last is None or first.kind != DATE or last.kind != DATE:
            continue
        a, b = resolved.get(first.id), resolved.get(last.id)
        if a is None or b is None or a.date is None or b.date is None or not a.granularity == b.granularity == "day":
            continue
        pairs.append((first, last, a, b))
    return pairs


def day_range_starts(mentions: list[Mention], links: list[Link], resolved: dict[str, Resolved]
                     ) -> dict[str, Mention]:
    """The first day of each stated range of days that runs forwards, by the mention id
    of its last day."""
    return {last.id: first for first, last, a, b in _day_range_pairs(mentions, links, resolved) if a.date < b.date}


def _range_ends_after_starts(mentions: list[Mention], links: list[Link], resolved: dict[str, Resolved],
                             reference: dt.date) -> None:
    """A range of days whose end states no year ("from June 1 to September 30", "from
    December 28 to January 3"): the end is in the start's year, or the next when its
    month comes before the start's. Read
    alone, each end takes the year closest to the reference date in its tense, and the
    two years may differ ("held from June 1 to September 30" in February: 2023-06-01 and
    2022-09-30). A start with no year before an end with one takes the end's year (or the
    year before). A past-tense range whose end would lie further ahead of the reference
    than a past-tense day may is the year before's."""
    for first, last, a, b in _day_range_pairs(mentions, links, resolved):
        fp, lp = first.parts, last.parts
        if "hijri" in (fp.calendar, lp.calendar) or None in (fp.month, fp.day, lp.month, lp.day):
            continue  # weekdays, relative days, Hijri dates: not placed by a year
        if first.rule in _MONTH_FROM_END_RULES and fp.month == lp.month and fp.day > lp.day:
            # "du 28 au 3 juillet": a first day that took its month from the end, but is the
            # larger day, is in the month before.
            start = _month_before(a.date)
            if start is not None:
                a = replace(a, date=start, assumptions=a.assumptions + (
                    f"the range's first day {fp.day} is after its last '{last.text}': the month before",))
                resolved[first.id] = a
            continue
        if fp.year is not None and lp.year is not None:
            continue  # both years stated: what they say stands (a backwards range is reported)
        if lp.year is not None:
            year = b.date.year if fp.month <= lp.month else b.date.year - 1
            start = _on_year(a.date, year)
            if start is not None and start != a.date:
                resolved[first.id] = replace(a, date=start, assumptions=_without_year_note(a.assumptions) + (
                    f"year not stated; {year} from the range's end '{last.text}' ({b.date.isoformat()}): "
                    "a range starts no later than its end's year",))
            continue
        # Only an earlier month rolls the end into the next year: "from June 28 to June 26"
        # is a backwards range (reported), not one of a year.
        year = a.date.year if lp.month >= fp.month else a.date.year + 1
        start, end = a.date, _on_year(b.date, year)
        if end is None:
            continue
        note = (f"year not stated; {year} from the range's start '{first.text}' ({a.date.isoformat()}): "
                "a range ends in its start's year, or the next when its month comes before the start's")
        if fp.year is None and "past" in (fp.tense, lp.tense) and (end - reference).days > _PAST_LOOKAHEAD_DAYS:
            earlier_start, earlier_end = _on_year(start, start.year - 1), _on_year(end, end.year - 1)
            if earlier_start is not None and earlier_end is not None:
                resolved[first.id] = replace(a, date=earlier_start, assumptions=_without_year_note(a.assumptions) + (
                    f"year not stated; {earlier_start.year}: the range is told in the past tense and would "
                    f"otherwise end on {end.isoformat()}, after the reference date {reference}",))
                start, end = earlier_start, earlier_end
                note = f"year not stated; {end.year} from the range's start '{first.text}' ({start.isoformat()})"
        # A range into the next year says so even when the end's own reading agrees.
        if end != b.date or end.year != start.year:
            resolved[last.id] = replace(b, date=end, assumptions=_without_year_note(b.assumptions) + (note,))


# Rules of a range's first day that takes its month from the range's end ("du 1er au 15
# juillet", "from 13 to 15 June").
_MONTH_FROM_END_RULES = frozenset({"phrase:range-first-day", "date:range-start"})


def _month_before(day: dt.date) -> dt.date | None:
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return None  # "du 31 au 3 juillet": no 31 June


def _on_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February


def _without_year_note(assumptions: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(x for x in assumptions if not x.startswith("year not stated"))


_SMALL_HOURS = 6  # a time before this hour, said after an evening one, is the next night's


_CLAUSE_WINDOW = 150  # characters before a date searched for what sets its clause in the background
_CLAUSE_END = re.compile(r"[.!?؟\n,،;؛]")


@lru_cache(maxsize=16)
def _background_pattern(code: str) -> re.Pattern[str] | None:
    cues = compile_language(code).language.background_cues
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(cues)})(?![^\W\d_])", re.IGNORECASE) if cues else None


_SMALL_HOURS_END = 6  # a clock time before this hour is "overnight" copy's


_NIGHT_BEFORE_NOTE = ("date from '{anchor}', a night said by the day it runs into: '{time}' is in its evening, "
                      "the day before")


def _evening_of_night_before(m: Mention, anchor: Mention) -> bool:
    """An afternoon or evening clock time dated by a night said by the day it runs into
    ("in der Nacht zum Sonntag … um 23.15 Uhr", "в ночь на субботу в 23:40"): the night
    begins the day before that day."""
    if not anchor.parts.night_before or anchor.parts.hour is not None or m.parts.hour is None:
        return False
    return hour_of_day(m.parts.hour, m.parts.day_period) >= 12


def _small_hours_of_a_night(m: Mention, anchor: Mention) -> bool:
    """A clock time before dawn dated by a night ("Monday night", "overnight", "tonight")."""
    if anchor.parts.day_period != "night" or anchor.parts.hour is not None or m.parts.hour is None:
        return False
    return hour_of_day(m.parts.hour, m.parts.day_period) < _SMALL_HOURS_END


def _morning_after_a_night(m: Mention, anchor: Mention, times) -> bool:
    """A clock time of a later sentence dated by a night ("overnight") that is in its small
    hours, or in the morning after a small hour told of that night in between."""
    if _small_hours_of_a_night(m, anchor):
        return True
    if anchor.parts.day_period != "night" or anchor.parts.hour is not None or m.parts.hour is None:
        return False
    hour = hour_of_day(m.parts.hour, m.parts.day_period)
    if hour >= _MORNING_END:
        return False
    return any(_small_hours_of_a_night(t, anchor) and hour_of_day(t.parts.hour, t.parts.day_period) <= hour
               for t in times.starting_in(anchor.span[1], m.span[0]))


_MORNING_END = 12


def _small_hours_of_the_next_day(m: Mention, day: dt.date, reference: dt.date) -> bool:
    """A bare weekday read back into the past that is also the day after the reference,
    with a time in the small hours."""
    p = m.parts
    if not _bare_weekday(m) or p.tense == "future" or p.hour is None:
        return False
    hour = hour_of_day(p.hour, p.day_period)
    return hour < _SMALL_HOURS_END and day == reference - dt.timedelta(days=6)


def _told_in_the_past(m: Mention, text: str) -> bool:
    """A past-tense verb in the clause of ``m``: before it ("recorded the quake at 2:25
    a.m.") or, when the time opens its clause, after it ("Entre las 14.00 y las 20.00 horas
    se registraron …", "At 2:25 a.m. the survey recorded …")."""
    verb = compile_language(m.lang).past_verb
    if verb is None or not text:
        return False
    window = text[max(0, m.span[0] - _CLAUSE_WINDOW) : m.span[0]]
    breaks = list(_CLAUSE_END.finditer(window))
    own = window[breaks[-1].end():] if breaks else window
    if verb.search(own) is not None:
        return _past_before_future(own, m.lang)
    after = text[m.span[1] : m.span[1] + _CLAUSE_AFTER_WINDOW]
    if _OPENING_LEAD.fullmatch(own) and after.startswith(","):
        # "Shortly after midnight, gunmen opened fire": a fronted time set off by a comma
        # belongs to the clause after it.
        after = after[1:]
    clause_end = _CLAUSE_END_AFTER.search(after)
    after = after[: clause_end.start()] if clause_end else after
    return _past_before_future(after, m.lang)


def _past_before_future(window: str, code: str) -> bool:
    """A past-tense verb in ``window`` ahead of any future cue ("dauerte von 9 bis": the
    limit word after the verb does not make the clause one of the future)."""
    patterns = compile_language(code)
    verb = patterns.past_verb.search(window) if patterns.past_verb is not None else None
    if verb is None:
        return False
    cue = patterns.future_cue.search(window) if patterns.future_cue is not None else None
    return cue is None or verb.start() < cue.start()


told_in_the_past = _told_in_the_past  # for reconcile: is a length's candidate event over?
_OPENING_LEAD = re.compile(r"\W*(?:\w+\W*)?")  # at most one word ("At") before a time opening its clause
_CLAUSE_AFTER_WINDOW = 80  # characters after a time read for the verb of the clause it opens
# What may stand between a day and the comma closing its apposition: its clock time ("jeudi à
# 17 h 30,"), i.e. digits and short words.
_SAID_WITH_THE_DAY = re.compile(r"\d+|(?<![^\W\d_])[^\W\d_]{1,3}(?![^\W\d_])|[:.]")
_CLAUSE_END_AFTER = re.compile(r"[!?؟\n,،;؛]|\.(?!\d)")  # "y las 20.00 horas": a dotted time ends no clause


def _last_time_with_own_day(times: list[Mention], after: int, text: str) -> Mention | None:
    """The last clock time of a sentence that names its own day, past ``after``; not one in
    brackets (a conversion: "(0345 GMT Sunday)" dates another clock) nor in a background clause."""
    for t in reversed(times):
        if t.span[0] <= after:
            return None
        p = t.parts
        if p.weekday is None and p.relative_days is None and not (p.month is not None and p.day is not None):
            continue
        if "(" in text[max(0, t.span[0] - 3) : t.span[0]] or _in_background_clause(t, text):
            continue
        return t
    return None


def _limit_ahead(d: Mention, text: str, resolved: dict[str, Resolved], reference: dt.date,
                 range_starts: dict[str, Mention] | None) -> bool:
    """A day said only as a limit still ahead of the reference date ("وتستمر حتى 14
    فبراير" in a report of the 12th): the story has not reached it. ("He was held until
    Monday. At 3 p.m. he was released", read on Tuesday: the story may be on that Monday.)"""
    if range_starts and d.id in range_starts:
        return False
    day = resolved[d.id].date if d.id in resolved else None
    return day is not None and day > reference and bound_only_day(d, text)


def bound_only_day(d: Mention, text: str) -> bool:
    """A day said only as how long something goes on ("وتستمر حتى 14 فبراير", "runs until
    June 28"): a limit ahead, not the day the story goes on with — the next sentence's
    bare clock time is not on it. (A stated range, "from June 26 to 28", is not this:
    its first day is known.)"""
    if not text:
        return False
    pattern = _bound_words_before(d.lang)
    if pattern is None:
        return False
    return pattern.search(text[max(0, d.span[0] - 16) : d.span[0]].rstrip()) is not None


@cache
def _bound_words_before(code: str) -> re.Pattern[str] | None:
    """The language's strong range connectors with letters ("until", "حتى") ending a
    text, after a space or bracket (or opening it): one pattern for all of them, built
    once (a search per word and date rebuilt each pattern's text)."""
    words = [w for w in get_language(code).range_connectors_strong if any(c.isalpha() for c in w)]
    if not words:
        return None
    glue = get_language(code).glued_conjunctions
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|[\s(])(?:{glue})?(?:{alternatives})$" if glue else rf"(?:^|[\s(])(?:{alternatives})$",
                      re.IGNORECASE)


def _in_background_clause(d: Mention, text: str) -> bool:
    """A day said in a pluperfect or relative clause ("وكان الوزراء قد اجتمعوا أمس الجمعة",
    "who flew in on Saturday night"): background, not the day the story goes on with."""
    return in_background_clause(d.span, d.lang, text)


def in_background_clause(span: tuple[int, int], code: str, text: str) -> bool:
    """Whether the words at ``span`` of ``text`` (in language ``code``) are in a pluperfect or
    relative clause (``Language.background_cues``)."""
    pattern = _background_pattern(code)
    if pattern is None or not text:
        return False
    d = _Said(span)
    window = text[max(0, d.span[0] - _CLAUSE_WINDOW) : d.span[0]]
    breaks = list(_CLAUSE_END.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    if pattern.search(clause) is not None:
        return True
    # The auxiliary may come after the day: "Le lancement, initialement prévu jeudi à 17 h 30,
    # avait été reporté …" (the rest of the clause, past the time said with the day).
    after = text[d.span[1] : d.span[1] + _CLAUSE_AFTER_WINDOW]
    end = _CLAUSE_END_AFTER.search(after)
    if end is not None and not _SAID_WITH_THE_DAY.sub("", after[: end.start()]).strip():
        # The day closes an apposition ("Le lancement, initialement prévu jeudi, avait été
        # reporté"): the clause goes on after its comma.
        rest = _CLAUSE_END_AFTER.search(after, end.end())
        end = rest
        after = after[: rest.start()] if rest else after
        return pattern.search(after) is not None
    return pattern.search(after[: end.start()] if end else after) is not None


class _Said:
    """A span of the text, read like a mention's."""

    __slots__ = ("span",)

    def __init__(self, span: tuple[int, int]):
        self.span = span


_PAST_MIDNIGHT_NOTE = ("date from '{anchor}', the day after: the text has told of '{midnight}' (after "
                       "midnight) since, and this time is a morning one")
_BEFORE_MIDNIGHT_WORDS = 40  # characters before a midnight mention searched for its "after"


def _past_midnight_before(m: Mention, lo: int, times: _TimesIndex, text: str) -> Mention | None:
    """A midnight said with "after" ("bis nach Mitternacht", "well after midnight", "après
    minuit", "после полуночи") between ``lo`` (the day's mention) and ``m``, a morning time
    with no day of its own: the story has passed into the next day, so ``m`` is on it."""
    p = m.parts
    if not text or p.hour is None or p.weekday is not None or p.day is not None or p.relative_days is not None:
        return None
    if hour_of_day(p.hour, p.day_period) >= 12:
        return None
    for t in times.starting_in(lo, m.span[0]):
        tp = t.parts
        if tp.hour != 24 or tp.weekday is not None or tp.day is not None or tp.relative_days is not None:
            continue
        if _after_word_before(text[max(0, t.span[0] - _BEFORE_MIDNIGHT_WORDS) : t.span[0]] + " " + t.text, t.lang):
            return t
    return None


@lru_cache(maxsize=16)
def _after_words_pattern(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import alternation

    lang = compile_language(code).language
    words = [w for w, d in {**lang.order_words, **lang.offset_order_words}.items() if d == "after"]
    if not words:
        return None
    # "after midnight", "nach Mitternacht", "después de la medianoche": the word, then at most
    # two short words (articles, "de"), then the midnight itself (a word with no digit).
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?:\s+[^\W\d_]{{1,3}}){{0,2}}\s+[^\W\d_]+\s*$",
                      re.IGNORECASE)


def _after_word_before(before: str, code: str) -> bool:
    from timeline.textnorm import normalize

    pattern = _after_words_pattern(code)
    return pattern is not None and pattern.search(normalize(before).rstrip()) is not None


# An evening time, from this hour on, followed in the next sentences by a small-hours one.
_EVENING_FROM = 18


def _small_hour_after_evening(m: Mention, earlier: Mention, text: str) -> bool:
    """``m``, in a later sentence than ``earlier`` and with no day of its own, is in the small
    hours (by its day period, or in digits where the language writes the 24-hour clock),
    ``earlier`` in the evening, and ``m`` is not told in a background clause (a pluperfect
    goes back in time)."""
    if m.parts.hour is None or earlier.parts.hour is None:
        return False
    if m.parts.day_period is None and not (compile_language(m.lang).language.digits_on_24_hour_clock
                                           and any(ch.isdigit() for ch in m.text)):
        return False
    if earlier.parts.day_period is None and not (compile_language(earlier.lang).language.digits_on_24_hour_clock
                                                 and any(ch.isdigit() for ch in earlier.text)):
        return False
    hour = hour_of_day(m.parts.hour, m.parts.day_period)
    if hour >= _SMALL_HOURS or hour_of_day(earlier.parts.hour, earlier.parts.day_period) < _EVENING_FROM:
        return False
    return not _in_background_clause(m, text)


def _last_evening_time(times: list[Mention], anchor: Mention, m: Mention, text: str) -> Mention | None:
    """The last clock time of an earlier sentence, said after the day ``anchor`` that dates it,
    when it is in the evening and ``m`` in the small hours after it."""
    after = [t for t in times if t.span[0] >= anchor.span[1] and t.parts.hour is not None]
    if not after or "(" in text[max(0, after[-1].span[0] - 3) : after[-1].span[0]]:
        return None
    return after[-1] if _small_hour_after_evening(m, after[-1], text) else None


def _later_hour_before(m: Mention, anchor: Mention, times: _TimesIndex) -> Mention | None:
    """A time between ``anchor`` (the day) and ``m`` that is later on the clock than ``m``,
    when ``m`` is in the small hours ("2 h du matin", "2 de la madrugada", "2 a.m.")."""
    if m.parts.hour is None:
        return None
    hour = hour_of_day(m.parts.hour, m.parts.day_period)
    if hour >= _SMALL_HOURS or (m.parts.day_period is None and m.parts.hour != 0):
        return None
    for t in times.in_sentence(m.sentence):
        if anchor.span[1] <= t.span[0] and t.span[1] <= m.span[0] and t.parts.hour is not None \
                and t.parts.weekday is None and t.parts.day is None and t.parts.relative_days is None \
                and hour_of_day(t.parts.hour, t.parts.day_period) > hour + 6:
            return t
    return None


# Between a time and the date that is its own, at most this many words, all function
# words ("at 9 a.m. local time on Wednesday", "التاسعة صباحًا يوم الأربعاء").
_DATE_AFTER_TIME_WORDS = 2
_CLAUSE_BREAK = re.compile(r"[,،;؛:()\[\]\"“”«»]|\s[-–—]\s")
_WORD = re.compile(r"[^\W\d_]+")


def _date_right_after(m: Mention, same: list[Mention], times: _TimesIndex, text: str) -> Mention | None:
    """The date standing right after a time in its clause, when nothing but a function
    word or two separates them and it does not lead a later time of its own."""
    from timeline.reconcile.words import is_stopword

    if not text:
        return None
    nxt = next((d for d in same if d.span[0] >= m.span[1]), None)
    if nxt is None:
        return None
    gap = text[m.span[1] : nxt.span[0]]
    words = _WORD.findall(gap)
    # A comma alone may set the date off ("at 9 a.m., Wednesday", "9 heures, heure locale,
    # mercredi"); with words around it, it ends the time's clause.
    if _CLAUSE_BREAK.search(gap) and (words or gap.strip() not in (",", "،")):
        return None
    if len(words) > _DATE_AFTER_TIME_WORDS or not all(is_stopword(w, m.lang) for w in words):
        return None
    if any(t is not m for t in times.starting_in(m.span[1], nxt.span[0])):
        return None
    if any(0 <= t.span[0] - nxt.span[1] <= _DATE_LEADS_TIME and not _aside_with_own_day(t, nxt, text)
           for t in times.in_sentence(m.sentence)):
        return None  # "at 3 p.m. and on Wednesday at 9 a.m.": the date introduces the later time
    return nxt


def _aside_with_own_day(t: Mention, date: Mention, text: str) -> bool:
    """A time after ``date`` that the date cannot introduce: one set off in brackets ("8:25
    p.m. local time on Monday (0125 GMT Tuesday)" — a stated equivalent) or one that names
    its own day."""
    if "(" in text[date.span[1] : t.span[0]]:
        return True
    p = t.parts
    return p.weekday is not None or p.relative_days is not None or (p.month is not None and p.day is not None)


# How many sentences back the day last named still dates a bare clock time.
_DAY_CARRIES_SENTENCES = 2
_TIME_OWNS_DATE = re.compile(r"[\s,]{0,3}$")  # "2310 GMT Monday": the day right after a time is its own


def _time_owns_date(t: Mention, d: Mention, text: str) -> bool:
    """Whether the day ``d`` right after the time ``t`` is that time's own: nothing but a comma
    between them, or, for a conversion in brackets, one of the language's joiners ("(00.00 GMT
    del lunes)": the day of the other clock, not the story's; Language.time_day_joiners)."""
    gap = text[t.span[1] : d.span[0]]
    if _TIME_OWNS_DATE.match(gap):
        return True
    return "(" in text[max(0, t.span[0] - 3) : t.span[0]] and _joined_day(d.lang).match(gap) is not None


@cache
def _joined_day(code: str) -> re.Pattern[str]:
    joiners = get_language(code).time_day_joiners
    words = "|".join(re.escape(w) for w in joiners) if joiners else "(?!)"
    return re.compile(rf"[\s,]{{0,3}}(?:{words})\s+$", re.IGNORECASE)


def _sequel_weekdays(mentions: list[Mention], resolved: dict[str, Resolved]) -> None:
    """ "Shares closed down from the previous Friday": an anchored weekday is the one just
    before (or after) the day last named, not the one before the reference date."""
    days: list[Mention] = []
    for m in mentions:
        p = m.parts
        if m.kind == DATE and p.anchored and p.weekday is not None and p.offset:
            # The day last named, however far back: "previous" says the text counts from one.
            base = days[-1] if days else None
            if base is not None:
                start = resolved[base.id].date
                if p.offset < 0:
                    day = start - dt.timedelta(days=(start.weekday() - p.weekday - 1) % 7 + 1)
                else:
                    day = start + dt.timedelta(days=(p.weekday - start.weekday() - 1) % 7 + 1)
                resolved[m.id] = Resolved(m.id, date=day, granularity="day", assumptions=(
                    f"counted from '{base.text}' ({start.isoformat()}), the day named before it",))
        r = resolved.get(m.id)
        if m.kind == DATE and r is not None and r.date is not None and r.granularity == "day":
            days.append(m)


def _anchored_days_on_their_anchor(mentions: list[Mention], resolved: dict[str, Resolved]) -> None:
    """ "At 12:30 a.m. on Wednesday, … would not speak that night": an anchored day ("that
    night", "the next day", "that evening") is counted from the day its anchor was finally
    read as, not from a fresh reading of the day words copied from it — the anchor may have
    been placed by its context (the night right after the dateline, not the Wednesday six
    days before; a weekday counted from the day before it). Anchors not yet resolved are
    left for a later call."""
    by_span = {m.span: m for m in mentions}
    for m in mentions:
        p = m.parts
        r = resolved.get(m.id)
        if m.kind != DATE or not p.anchored or p.anchor_span is None or r is None or r.date is None \
                or r.granularity != "day":
            continue
        anchor = by_span.get(p.anchor_span)
        anchor_day = _day_read_for(anchor, resolved) if anchor is not None else None
        if anchor_day is None:
            continue
        q = anchor.parts
        if p.day_shift is not None:
            shift = p.day_shift - (q.day_shift or 0)
        else:
            shift = (p.relative_days or 0) - (q.relative_days or 0)
        day = anchor_day + dt.timedelta(days=shift)
        if day != r.date:
            resolved[m.id] = replace(r, date=day, assumptions=_anchor_note(p) + (
                f"on the day '{anchor.text}' was read as ({anchor_day.isoformat()})"
                + (f", {abs(shift)} day{'s' if abs(shift) != 1 else ''} {'after' if shift > 0 else 'before'}"
                   if shift else ""),))


def _day_read_for(m: Mention, resolved: dict[str, Resolved]) -> dt.date | None:
    """The calendar day a mention was read as: a date's day, a clock time's local day."""
    r = resolved.get(m.id)
    if r is None:
        return None
    if m.kind == TIME:
        return r.local.date() if r.local is not None else None
    return r.date if m.kind == DATE and r.granularity == "day" else None


def _sequel_dates(doc: Document, mentions: list[Mention], resolved: dict[str, Resolved]) -> None:
    """A date mention inside "the next day" / "اليوم التالي" ("اليوم" read alone is
    "today") is the day after the last date before its sentence."""
    from timeline.extract.links import sequel_phrase, sequel_words_in
    from timeline.extract.sentences import sentence_bounds

    dates = [m for m in mentions if m.kind == DATE]
    if not dates or not sequel_words_in(doc.text, dates[0].lang):
        return
    starts = sentence_starts(doc.text, *_sentence_words(dates[0].lang))
    for m in dates:
        if m.parts.anchored:
            continue  # "the next day" as a mention of its own: already counted (extract.anchoring)
        a, b = sentence_bounds(doc.text, starts, m.sentence)
        found = sequel_phrase(doc.text[a:b], m.lang)
        if not found or not (a + found[1][0] <= m.span[0] and m.span[1] <= a + found[1][1]):
            continue  # only a date that is part of the phrase ("the day before yesterday" is not)
        earlier = [x for x in dates if x.span[0] < a and resolved.get(x.id) and resolved[x.id].date is not None]
        if not earlier and m.parts.relative_days is not None:
            continue  # «накануне» with no day before it: already counted from the reference date
        base = resolved[earlier[-1].id].date if earlier else resolved[m.id].date
        if base is None:
            continue
        day = base + dt.timedelta(days=found[0])
        origin = f"'{earlier[-1].text}'" if earlier else "the reference date"
        resolved[m.id] = Resolved(m.id, date=day, granularity="day",
                                  assumptions=(f"part of a '{found[0]:+d} day' phrase: counted from {origin}",))


def _looks_back_a_day(d: Mention, text: str) -> bool:
    """A date that is a phrase counting days back from the story's day («накануне», "am
    Vortag", "the day before")."""
    from timeline.extract.links import sequel_phrase
    from timeline.extract.sentences import sentence_bounds

    starts = sentence_starts(text, *_sentence_words(d.lang))
    a, b = sentence_bounds(text, starts, d.sentence)
    found = sequel_phrase(text[a:b], d.lang)
    return (found is not None and found[0] < 0
            and a + found[1][0] <= d.span[0] and d.span[1] <= a + found[1][1])


def _sequel_day(doc: Document, m: Mention, mentions: list[Mention], resolved: dict[str, Resolved],
                day: dt.date, notes: tuple[str, ...]) -> tuple[dt.date, tuple[str, ...]]:
    """ "The next day, at 9:00 …": a day counted from the last date the text talked
    about (else the reference date), when the sentence states no date of its own."""
    from timeline.extract.links import sequel_phrase
    from timeline.extract.sentences import sentence_bounds

    starts = sentence_starts(doc.text, *_sentence_words(m.lang))
    a, _ = sentence_bounds(doc.text, starts, m.sentence)
    found = sequel_phrase(doc.text[a : m.span[0]], m.lang)
    if not found:
        return day, notes
    shift, (p_start, p_end) = found
    own_dates = [x for x in mentions if x.kind == DATE and x.sentence == m.sentence
                 and not (a + p_start <= x.span[0] and x.span[1] <= a + p_end)]
    if own_dates:
        return day, notes  # the sentence states its own date
    if any(x.kind == DATE and x.sentence == m.sentence and a + p_start <= x.span[0] and x.span[1] <= a + p_end
           for x in mentions):
        return day, notes  # the phrase is a date mention itself («накануне»): its day is already counted
    earlier = [x for x in mentions if x.kind == DATE and x.span[0] < a and x.id in resolved
               and resolved[x.id].date is not None and resolved[x.id].local is None]
    base = resolved[earlier[-1].id].date if earlier else day
    origin = f"'{earlier[-1].text}'" if earlier else "the reference date"
    return base + dt.timedelta(days=shift), (
        f"'{shift:+d} day' from {origin} ({base.isoformat()}): the sentence counts from the day before it",)


def _local_datetime(m: Mention, day: dt.date) -> dt.datetime:
    p = m.parts
    hour = hour_of_day(p.hour or 0, p.day_period)
    if hour == 24:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, p.minute or 0, p.second or 0))
    return dt.datetime.combine(day, dt.time(hour, p.minute or 0, p.second or 0))


def _dial_note(m: Mention) -> tuple[str, ...]:
    """The other reading of an hour said on a twelve-hour dial with no part of the day."""
    p = m.parts
    if not p.twelve_hour_dial or p.day_period or p.hour is None:
        return ()
    hour = hour_of_day(p.hour, None) % 24
    return (f"hour said in words with no part of the day: read as {hour:02d}:{p.minute or 0:02d}, "
            f"{(hour + 12) % 24:02d}:{p.minute or 0:02d} is as possible",)


def _granularity(m: Mention) -> str:
    if m.parts.second is not None:
        return "second"
    return "hour" if m.rule in ("clock:hour-period", "clock:lead-hour") else "minute"


def _anchor(m: Mention, day: dt.date, day_notes: tuple[str, ...], choice: ZoneChoice,
            findings: list[Finding], extra: tuple[str, ...] = ()) -> Resolved:
    local = _local_datetime(m, day)
    notes = day_notes + choice.assumptions + extra
    if choice.zone is None:
        findings.append(Finding("unresolved-zone", WARNING, f"'{m.text}': {choice.reason}", (m.id,)))
        return Resolved(m.id, local=local, granularity=_granularity(m), zone_rule=choice.rule, assumptions=notes,
                        unresolved_reason=choice.reason)
    if choice.season_note:
        findings.append(Finding("abbreviation-season", WARNING, f"'{m.text}': {choice.season_note}", (m.id,)))
    instant = to_utc(local, choice.zone)
    if instant.gap:
        a, b = instant.gap
        findings.append(Finding("dst-gap", WARNING,
                                f"'{m.text}': {local:%H:%M} does not exist on {day} in {choice.zone}; "
                                f"candidates {a:%H:%M} or {b:%H:%M} UTC", (m.id,)))
    if instant.fold:
        a, b = instant.fold
        findings.append(Finding("dst-fold", WARNING,
                                f"'{m.text}': {local:%H:%M} happens twice on {day} in {choice.zone}; "
                                f"candidates {a:%H:%M} or {b:%H:%M} UTC; took the first", (m.id,)))
    return Resolved(m.id, local=local, zone=choice.zone, utc=instant.utc, granularity=_granularity(m),
                    zone_rule=choice.rule, assumptions=notes + instant.assumptions)


def _equal_partners(links: list[Link]) -> dict[str, list[str]]:
    partners: dict[str, list[str]] = {}
    for link in links:
        if link.kind == "equals":
            partners.setdefault(link.source, []).append(link.target)
            partners.setdefault(link.target, []).append(link.source)
    return partners


@dataclass
class _ScopeIndex:
    """What the scope rules look at, indexed once per document: each uncued time sees
    only the times and places of its own sentence or line (the rules ignore the
    rest), not a scan of them all."""

    times: _TimesIndex
    declarations: DeclarationIndex
    places: list[PlaceMention]
    linked: set[str]

    def __post_init__(self) -> None:
        self.place_order = sorted(range(len(self.places)), key=lambda i: self.places[i].span[0])
        self.place_starts = [self.places[i].span[0] for i in self.place_order]
        self.longest_place = max((p.span[1] - p.span[0] for p in self.places), default=0)
        self.places_by_sentence: dict[int, list[int]] = {}
        for i, p in enumerate(self.places):
            self.places_by_sentence.setdefault(p.sentence, []).append(i)

    def places_starting_in(self, lo: int, hi: int) -> set[int]:
        a, b = bisect.bisect_left(self.place_starts, lo), bisect.bisect_left(self.place_starts, hi)
        return set(self.place_order[a:b])

    def places_of(self, chosen: set[int]) -> list[PlaceMention]:
        return [self.places[i] for i in sorted(chosen)]  # in the document's order

    def for_shared_cue(self, m: Mention) -> tuple[list[Mention], list[PlaceMention]]:
        """The times of m's sentence, and the places shared_cue may ask about: those of the
        sentence and those between the sentence's first time and m."""
        same = self.times.in_sentence(m.sentence)
        lo = min((t.span[1] for t in same), default=m.span[0])
        chosen = set(self.places_by_sentence.get(m.sentence, [])) | self.places_starting_in(lo, m.span[0])
        return same, self.places_of(chosen)

    def for_table_place(self, m: Mention) -> list[PlaceMention]:
        """The places that can stand beside m (at most 4 characters away)."""
        return self.places_of(self.places_starting_in(m.span[0] - 4 - self.longest_place, m.span[1] + 5))


def _scoped_choice(m: Mention, day: dt.date, text: str, index: _ScopeIndex,
                   equals: dict[str, list[str]], ctx: ZoneContext) -> ZoneChoice | None:
    """A zone cue reaching this uncued time from elsewhere (timeline.zones.scope): a cue
    shared in its sentence or a city beside it on its line, then a declaration. A
    time stated as equal to another takes only a declaration here; its partner's
    offset is used otherwise."""
    if m.id in equals:
        finders = [lambda: declared_cue(m, index.declarations, text)]
    else:
        finders = [lambda: shared_cue(m, *_shared_cue_inputs(index, m, text)),
                   lambda: table_place(m, index.for_table_place(m), text),
                   lambda: declared_cue(m, index.declarations, text)]
    for find in finders:
        scoped = find()
        if scoped is None:
            continue
        if scoped.place is not None:
            return ZoneChoice(scoped.place.zone, scoped.rule, (scoped.note,), place=scoped.place.name)
        choice = resolve_cue(scoped.cue, m.span[0], m.sentence, ctx, day)
        rule = scoped.rule + "/" + choice.rule.removeprefix("zone:")
        return ZoneChoice(choice.zone, rule, (scoped.note,) + choice.assumptions, choice.reason,
                          choice.place, choice.season_note)
    return None


def _season_slip_on_named_clock(local: dt.datetime, offset: dt.timedelta, other: Resolved, zone: str) -> bool:
    """Whether an uncued time's equivalent is on a named city's clock other than ``zone`` (the
    place the story is told from) and implies an offset one hour off ``zone``'s on that day."""
    if other.zone is None or other.zone == zone or other.zone.startswith("Etc/") or "/" not in other.zone:
        return False
    own = local.replace(tzinfo=tzinfo_for(zone)).utcoffset()
    return own is not None and abs(own - offset) == dt.timedelta(hours=1)


def _shared_cue_inputs(index: _ScopeIndex, m: Mention, text: str):
    same, places = index.for_shared_cue(m)
    return same, text, index.linked, places


def _adjective_country_on(local: dt.datetime, offset_text: str, ctx: ZoneContext) -> tuple[str, str] | None:
    """(zone, country) of the one country the text names by adjective whose single clock
    is on ``offset_text`` at ``local``; None when none or several fit."""
    countries = ctx.adjective_countries or demonym_countries(ctx.text, ctx.lang)
    fitting = []
    for cc in sorted(countries):
        clock = country_clock(cc, local.date(), [])
        if clock.zone is not None and clock.how == "single-zone" and \
                format_offset(local.replace(tzinfo=tzinfo_for(clock.zone)).utcoffset()) == offset_text:
            fitting.append((clock.zone, cc))
    return fitting[0] if len(fitting) == 1 else None


def _resolve_uncued(m: Mention, day: dt.date, day_notes: tuple[str, ...], equals: dict[str, list[str]],
                    resolved: dict[str, Resolved], ctx: ZoneContext, findings: list[Finding]) -> Resolved:
    """A time with no zone cue: from a stated equivalent, else the place the text is about."""
    local = _local_datetime(m, day)
    for partner in equals.get(m.id, []):
        other = resolved.get(partner)
        if other is None or other.utc is None:
            continue
        offset = local.replace(tzinfo=dt.UTC) - other.utc
        if abs(offset) > dt.timedelta(hours=14):
            continue  # no clock is that far from UTC: the two days were read differently
        offset_text = format_offset(offset)
        place_choice = resolve_local(m.span[0], m.sentence, ctx)
        notes = [f"no zone stated; offset {offset_text} inferred from the equivalent time '{partner}'"]
        if place_choice.zone and format_offset(local.replace(tzinfo=tzinfo_for(place_choice.zone)).utcoffset()) == offset_text:
            notes.append(f"which matches {place_choice.place} ({place_choice.zone})")
            zone = place_choice.zone
        elif place_choice.zone and place_choice.rule == "zone:local-place-in-sentence":
            # "Sirens sounded in Tel Aviv at 1:10 a.m. (2310 GMT)": the sentence says whose
            # clock it is, and the stated equivalent disagrees with it — read the time on
            # that clock so that the disagreement is checked and reported, not absorbed.
            note = (f"no zone stated; read as the local time of {place_choice.place} ({place_choice.zone}), "
                    f"named in the sentence; the equivalent time '{partner}' implies {offset_text} instead")
            choice = ZoneChoice(place_choice.zone, "zone:uncued-place-in-sentence", (note,),
                                place=place_choice.place)
            return _anchor(m, day, day_notes, choice, findings)
        elif place_choice.zone and _season_slip_on_named_clock(local, offset, other, place_choice.zone):
            # "telefonierte um 20.30 Uhr mit dem US-Botschafter – 14.30 Uhr in Washington", in
            # a Wiesbaden story: a time restated for readers in another city is on the story's
            # clock; an equivalent an hour off it is a conversion to check and report, not an
            # offset to adopt (+02:00 would hide it).
            note = (f"no zone stated; read as the local time of {place_choice.place or place_choice.zone} "
                    f"({place_choice.zone}), the story's clock; the equivalent time '{partner}' on another "
                    f"city's clock implies {offset_text} instead")
            choice = ZoneChoice(place_choice.zone, place_choice.rule.replace("zone:local", "zone:uncued"), (note,),
                                place=place_choice.place)
            return _anchor(m, day, day_notes, choice, findings)
        else:
            zone = offset_text
            named = _adjective_country_on(local, offset_text, ctx) if place_choice.zone is None else None
            if named is not None:
                # "The blast shook the port at 10:30 a.m. (0730 GMT), Egyptian state media
                # said": no place, but the one country the text names by adjective keeps
                # that offset then; its zone shows the time on its clock.
                zone, country = named
                notes.append(f"which matches {zone}, the one clock of {country}, the country the text names "
                             "by adjective")
        return Resolved(m.id, local=local, zone=zone, utc=other.utc, granularity=_granularity(m),
                        zone_rule="zone:inferred-from-equivalent", assumptions=day_notes + tuple(notes))
    choice = resolve_local(m.span[0], m.sentence, ctx, uncued=True)
    if choice.zone is not None:
        note = f"no zone stated; assumed the local time of {choice.place or choice.zone}"
        choice = ZoneChoice(choice.zone, choice.rule.replace("zone:local", "zone:uncued"),
                            (note,) + choice.assumptions, place=choice.place)
        return _anchor(m, day, day_notes, choice, findings)
    reason = "no zone stated and the text names no place to take it from"
    findings.append(Finding("unresolved-zone", WARNING,
                            f"'{m.text}': {reason}; kept as wall-clock time only", (m.id,)))
    return Resolved(m.id, local=local, granularity=_granularity(m), zone_rule="zone:none",
                    assumptions=day_notes, unresolved_reason=reason)


__all__ = ["ResolveOptions", "DocumentResolution", "resolve_document", "CONFLICT"]
