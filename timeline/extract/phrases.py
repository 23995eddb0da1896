"""Calendar phrases: a language's ``PhraseRule``s ("last week", "two years ago", "the third
quarter", "every Monday", "recently") compiled and read into typed ``Parts``.

Language-free: the rules and word lists come from ``timeline.lang``; this module only
knows what the named groups mean.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from timeline.extract import regex_store, rule_facts
from timeline.extract.anchors import pattern_anchors
from timeline.extract.duration_atoms import number_reader_for
from timeline.extract.fastscan import Core
from timeline.extract.patterns import alternation, normalized_table, table_get
from timeline.extract.prefilter import has_ascii_folds, may_match
from timeline.extract.windows import TextIndex, _Reach, _shape
from timeline.extract.windows import finditer as windowed_finditer
from timeline.extract.word_index import Key, Vocabulary, WordIndex, key_of, search_near
from timeline.lang import get as get_language
from timeline.lang.base import Language, PhraseRule
from timeline.model import DATE, DURATION, SET, TIME, Parts

# Calendar unit → TIMEX3 duration letter.
UNIT_LETTERS = {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W",
                "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}
_KINDS = {"date": DATE, "time": TIME, "duration": DURATION, "set": SET, "none": "none"}
_PARTS_FIELDS = set(Parts.__slots__)
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midnight"}
YEAR = r"(?:1[6-9]\d\d|20\d\d)"


@dataclass(frozen=True)
class CompiledRule:
    rule: PhraseRule
    regex: re.Pattern[str]
    # Words one of which every match contains (timeline.extract.prefilter), or None.
    required: tuple[str, ...] | None = None
    # What bounds the reach of a match (timeline.extract.windows), or None: scan whole.
    shape: object | None = None
    # For a rule without required words: a part every match contains that is cheap to
    # look for (timeline.extract.fastscan, "1998" in a year rule), or None.
    core: Core | None = None
    # Word sets every match has a member of (as ``word_index`` keys, lower-cased), each
    # with how far before it a match can start (timeline.extract.anchors), best first;
    # () when none is known.
    anchors: tuple[tuple[tuple[Key, ...], int, int], ...] = ()
    # For a case-sensitive rule, per anchor set: a pattern matching, where the index found
    # one of the set's words (lower-cased), the word's run as the rule writes it ("Days",
    # not "days"): the other places hold no match (``_near_anchors``). () otherwise.
    cased: tuple[re.Pattern[str] | None, ...] = ()


@dataclass(frozen=True)
class PhraseTables:
    rules: tuple[CompiledRule, ...]
    number_words: dict[str, object]
    units: dict[str, object]
    relative: dict[str, object]
    weekdays: dict[str, object]
    months: dict[str, object]
    seasons: dict[str, object]
    ordinals: dict[str, object]
    day_periods: dict[str, object]
    # The language, for compound number words in an hour or minute group ("خمس وعشرين").
    code: str = ""
    # Every anchor word of the rules and of ``anchored`` (timeline.extract.word_index).
    vocabulary: Vocabulary | None = None
    # The language's own patterns searched near their anchor words (``anchored_finditer``):
    # (pattern, flags) -> (anchors as in CompiledRule, shape).
    anchored: dict[tuple[str, int], tuple[tuple, object]] | None = None
    # Anchor word -> indexes (in ``rules``) of the rules whose first anchor set holds it:
    # a rule none of whose first set's words is in a text is passed over unasked
    # (``_rule_matches``), instead of checking every rule's sets against every text.
    guards: dict[Key, tuple[int, ...]] | None = None
    # Indexes of the rules without anchors: asked of every text.
    unguarded: tuple[int, ...] = ()


@cache
def compile_phrases(code: str) -> PhraseTables:
    lang = get_language(code)
    slots = _slots(lang)
    # A compound number in words ("خمس وعشرين"): read by the language's number reader.
    slots["number_phrase"] = number_reader_for(code).phrase
    rules = []
    for rule in lang.phrase_rules:
        pattern = rule.pattern
        for name, fragment in slots.items():
            pattern = pattern.replace("{" + name + "}", fragment)
        flags = int(0 if rule.case_sensitive else re.IGNORECASE)
        full = rf"(?<![\w])(?:{pattern})(?![\w])"
        regex, required, shape, core = rule_facts.read(full, flags)
        anchors = pattern_anchors(full, flags)
        indexed = _index_anchors(anchors) if shape is not None else ()
        cased = _cased_anchors(anchors) if indexed and not flags & re.IGNORECASE else ()
        rules.append(CompiledRule(rule, regex, required, shape, core, indexed, cased))
    anchored = {}
    for regex in _anchored_patterns(code):
        shape = _shape(regex.pattern, regex.flags)
        anchors = _index_anchors(pattern_anchors(regex.pattern, regex.flags)) if shape is not None else ()
        if anchors:
            anchored[(regex.pattern, regex.flags)] = (anchors, shape)
    vocabulary = Vocabulary([*(key for compiled in rules for keys, _, _ in compiled.anchors for key in keys),
                             *(key for anchors, _ in anchored.values() for keys, _, _ in anchors for key in keys)])
    guards: dict[Key, list[int]] = {}
    for i, compiled in enumerate(rules):
        for key in compiled.anchors[0][0] if compiled.anchors else ():
            guards.setdefault(key, []).append(i)
    return PhraseTables(
        tuple(rules), normalized_table(lang.number_words), normalized_table(lang.calendar_units),
        normalized_table(lang.relative_words), normalized_table(lang.weekdays), normalized_table(lang.months),
        normalized_table(lang.seasons), normalized_table(lang.ordinals), normalized_table(lang.day_periods),
        code, vocabulary, anchored, {key: tuple(found) for key, found in guards.items()},
        tuple(i for i, compiled in enumerate(rules) if not compiled.anchors),
    )


def _anchored_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """The scanner's patterns that open with a lookbehind and a word (no character for
    ``re`` to skip ahead to, so a whole-text scan tries every position): lengths, weekdays,
    relative days, dates that open with the month, and ``date_words``' word-led forms."""
    from timeline.extract.date_words import anchored_patterns
    from timeline.extract.patterns import compile_language

    p = compile_language(code)
    return p.duration, p.weekday, p.relative_day, p.month_day, *anchored_patterns(code)


def _index_anchors(anchors: tuple) -> tuple[tuple[tuple[Key, ...], int, int], ...]:
    """Anchors as the word index looks them up: lower-cased (a case-sensitive rule's
    words are in the lower-cased text too), by ``word_index.key_of``, the lead grown by
    how far into a word its key is. A set with a word without word characters is left out."""
    out = []
    for words, fixed, runs, edges in anchors:
        keys = [key_of(word.lower(), edges) for word in words]
        if any(key is None for key in keys):
            continue
        deepest = max(offset for _, offset in keys)
        out.append((tuple(sorted({key for key, _ in keys}, key=str)), fixed + deepest if fixed >= 0 else fixed, runs))
    return tuple(out)


def _cased_anchors(anchors: tuple) -> tuple[re.Pattern[str] | None, ...]:
    """Per set kept by ``_index_anchors`` (in its order), the runs of its words at the
    offsets the index finds them, as written (a case-sensitive rule's words are exact)."""
    out = []
    for words, _, _, edges in anchors:
        runs = set()
        for word in words:
            found = key_of(word.lower(), edges)
            if found is None:
                break
            key, offset = found
            size = len(key if isinstance(key, str) else key[0])
            runs.add(word[offset:offset + size])
        else:
            alternatives = "|".join(re.escape(run) for run in sorted(runs, key=lambda r: (-len(r), r)))
            out.append(regex_store.compile(f"(?:{alternatives})"))
    return tuple(out)


def _slots(lang: Language) -> dict[str, str]:
    return {
        "number": rf"(?:\d+(?:[.,]\d+)?|{alternation(lang.number_words)})",
        "unit": alternation(lang.calendar_units),
        "rel": alternation(lang.relative_words),
        "weekday": alternation(lang.weekdays),
        "month": alternation(lang.months),
        "season": alternation(lang.seasons),
        "ordinal": alternation(lang.ordinals),
        "day_period": alternation(w for w in lang.day_periods if w),
        "year": YEAR,
    }


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    kind: str
    parts: Parts
    rule: str


def find_phrases(s: str, code: str) -> list[Phrase]:
    tables = compile_phrases(code)
    found = []
    for compiled, m in _rule_matches(s, tables):
        if compiled.rule.fields.get("unless_ongoing") and _ongoing_before(s, m.start(), code):
            continue
        parts = _read(m, compiled.rule.fields, tables)
        if parts is None:
            continue
        kind, parts = parts
        found.append(Phrase(m.start(), m.end(), kind, parts, f"phrase:{compiled.rule.name or kind}"))
    return found


@dataclass
class _TextWords:
    """One text prepared for searching near anchor words: its word index (None when the
    lower-cased text is no guide to where caseless matches are) and reach bounds."""

    text: str
    lowered: str
    folds: bool
    words: WordIndex | None
    reach: _Reach
    reaches: dict[int, tuple[int, int]]
    # ``lowered`` when the text is ASCII: where caseless patterns may run as their
    # case-sensitive twins (timeline.extract.caseless).
    ascii_lowered: str | None = None


# The text prepared last, with its tables: the scanner's passes over one text share it.
_LAST: list[tuple[PhraseTables, str, _TextWords] | None] = [None]


def _text_words(s: str, tables: PhraseTables) -> _TextWords:
    last = _LAST[0]
    if last is not None and last[0] is tables and last[1] is s:
        return last[2]
    lowered = s.lower()
    folds = has_ascii_folds(s)
    # With a character lower() does not fold as matching does, or one it lengthens, a
    # word's place in ``lowered`` says nothing about a match.
    guide = not folds and len(lowered) == len(s) and tables.vocabulary is not None
    prepared = _TextWords(s, lowered, folds, WordIndex(lowered, tables.vocabulary) if guide else None, _Reach(s), {},
                          lowered if s.isascii() else None)
    _LAST[0] = (tables, s, prepared)
    return prepared


def _near_anchors(regex: re.Pattern[str], anchors: tuple, shape, text: _TextWords,
                  cased: tuple = ()) -> Iterator[re.Match[str]]:
    """``regex.finditer`` over the text, searched only a lead back from the occurrences of
    the rarest anchor set (nothing when a set does not occur); with ``cased``
    (``CompiledRule.cased``), only from those written as the rule writes them."""
    words = text.words
    present = words.positions.keys()
    for anchor_words, _, _ in anchors:
        if present.isdisjoint(anchor_words):
            return  # a set none of whose words is here: the pattern cannot match
    best_words, best_lead, best_count = None, None, 0
    for anchor_words, fixed, runs in anchors if len(anchors) > 1 else ():
        count = words.count(anchor_words)
        if best_words is None or count < best_count:
            best_words, best_lead, best_count = anchor_words, (fixed, runs), count
    if best_words is None:
        best_words, fixed, runs = anchors[0]
        best_lead = (fixed, runs)
    limit, longest = _reach_of(shape, text.reach, text.reaches)
    fixed, runs = best_lead
    lead = fixed + runs * longest if fixed >= 0 else limit
    positions = words.starts(best_words)
    if cased:
        exact = cased[next(i for i, anchor in enumerate(anchors) if anchor[0] is best_words)].match
        written = text.text
        positions = [at for at in positions if exact(written, at)]
    if best_count > _FEW_WINDOWS:
        for anchor_words, _, _ in anchors:
            if anchor_words is not best_words:
                positions = _within_reach(positions, words.starts(anchor_words), limit)
    yield from search_near(regex, text.text, ((at - lead, at) for at in positions), limit, text.ascii_lowered)


# Below this many occurrences of the rarest set, its windows are searched as they are.
_FEW_WINDOWS = 4


def _within_reach(positions: list[int], others: list[int], limit: int) -> list[int]:
    """The ``positions`` with one of ``others`` (sorted) less than ``limit`` away. A match
    reads at most ``limit`` characters and holds a word of every anchor set, so the
    occurrence of the rarest set's word in a match has one of each other set that near:
    a window without one holds no match ("the" far from any "1st", "2nd", …)."""
    kept = []
    size = len(others)
    for at in positions:
        k = bisect_right(others, at - limit)
        if k < size and others[k] < at + limit:
            kept.append(at)
    return kept


def anchored_finditer(regex: re.Pattern[str], s: str, code: str) -> Iterator[re.Match[str]] | None:
    """The matches of ``regex.finditer(s)`` for one of the language's patterns in
    ``_anchored_patterns``, searched near its anchor words; None when it cannot be (the
    caller scans as before)."""
    tables = compile_phrases(code)
    found = tables.anchored.get((regex.pattern, regex.flags)) if tables.anchored else None
    if found is None:
        return None
    text = _text_words(s, tables)
    if text.words is None:
        return None
    return _near_anchors(regex, found[0], found[1], text)


def _rule_matches(s: str, tables: PhraseTables) -> Iterator[tuple[CompiledRule, re.Match[str]]]:
    """Each rule's matches (exactly its ``finditer``), rule by rule."""
    text = _text_words(s, tables)
    if text.words is None:
        # The rules' own required words are checked and a text is scanned whole.
        yield from _whole_text_matches(s, text.lowered, text.folds, tables)
        return
    lowered, folds = text.lowered, text.folds
    guards = tables.guards
    # The anchored rules one of whose first set's words is here: the others cannot match.
    asked = {i for key in text.words.positions.keys() & guards.keys() for i in guards[key]}
    asked.update(tables.unguarded)
    rules = tables.rules
    for i in sorted(asked):  # in the rules' order, as a scan rule by rule
        compiled = rules[i]
        shape = compiled.shape
        if compiled.anchors:
            for m in _near_anchors(compiled.regex, compiled.anchors, shape, text, compiled.cased):
                yield compiled, m
            continue
        if compiled.core is not None:
            if shape is None:
                if compiled.core.occurs(s):
                    for m in compiled.regex.finditer(s):
                        yield compiled, m
                continue
            # Every match holds an occurrence of the core, which starts in (or at) one
            # of the core's own non-overlapping matches; a match is at most ``limit`` long.
            limit, _ = _reach_of(shape, text.reach, text.reaches)
            windows = ((m.start() - limit + 1, m.end() - 1) for m in compiled.core.regex.finditer(s))
            for m in search_near(compiled.regex, s, windows, limit, text.ascii_lowered):
                yield compiled, m
            continue
        if not may_match(compiled.required, s, lowered, not compiled.rule.case_sensitive, folds):
            continue
        for m in compiled.regex.finditer(s):
            yield compiled, m


def _reach_of(shape, reach: _Reach, known: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """(the longest a match of ``shape`` reads in this text, the longest run it counts)."""
    found = known.get(id(shape))
    if found is None:
        longest = reach.longest_of(shape)
        found = known[id(shape)] = (shape.fixed + shape.runs * longest, longest)
    return found


def _whole_text_matches(s: str, lowered: str, folds: bool,
                        tables: PhraseTables) -> Iterator[tuple[CompiledRule, re.Match[str]]]:
    index = None if folds else TextIndex(s, lowered)
    for compiled in tables.rules:
        if not may_match(compiled.required, s, lowered, not compiled.rule.case_sensitive, folds):
            continue
        if compiled.core is not None and not compiled.core.occurs(s):
            continue  # most texts have no year for the year rules to read
        ignore_case = not compiled.rule.case_sensitive
        matches = (compiled.regex.finditer(s) if index is None
                   else windowed_finditer(compiled.regex, compiled.required, ignore_case, index,
                                          compiled.shape))
        for m in matches:
            yield compiled, m


_CLAUSE_BREAK = re.compile(r"[.!?؟;؛,،:\n]")


@cache
def _ongoing_cues(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import fragments

    cues = get_language(code).ongoing_cues
    return re.compile(rf"(?<![\w])(?:{fragments(cues)})(?![\w])", re.IGNORECASE) if cues else None


def _ongoing_before(s: str, start: int, code: str) -> bool:
    """Whether the clause before ``start`` says that a state still lasts (Language.ongoing_cues)."""
    cues = _ongoing_cues(code)
    if cues is None:
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s, max(0, start - 200), start)]
    clause_start = breaks[-1] if breaks else max(0, start - 200)
    return cues.search(s, clause_start, start) is not None


def _read(m: re.Match[str], fields: Mapping[str, object], t: PhraseTables) -> tuple[str, Parts] | None:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    values: dict[str, object] = {k: v for k, v in fields.items() if k in _PARTS_FIELDS}
    kind = _KINDS[str(fields.get("kind", "date"))]
    count: float | None = None
    if "num" in groups:
        count = _number(groups["num"], t)
        if count is None:
            return None
    if "unit" in groups:
        unit = table_get(t.units, groups["unit"])
        if unit is None:
            return None
        values["unit"] = unit
    if "rel" in groups:
        offset = table_get(t.relative, groups["rel"])
        if offset is None:
            return None
        values["offset"] = int(offset)
    for group, table, name in (("weekday", t.weekdays, "weekday"), ("month", t.months, "month"),
                               ("season", t.seasons, "season"), ("dayperiod", t.day_periods, "day_period")):
        if group in groups:
            value = table_get(table, groups[group].rstrip("."))
            if value is None and group == "month" and groups[group].isdigit():
                value = int(groups[group])  # "le 15/07": a month in digits
                if not 1 <= value <= 12:
                    return None
            if value is None and group == "weekday" and groups[group][-1:] in "sS":
                value = table_get(table, groups[group][:-1])  # "on Sundays": the plural names a recurrence
            if group == "dayperiod" and not value and groups[group].casefold() in _DAY_PARTS:
                value = groups[group].casefold()
            if value is None or value == "":
                return None
            values[name] = value
    if "ordinal" in groups:
        number = table_get(t.ordinals, groups["ordinal"])
        if number is None:
            return None
        target = str(fields.get("ordinal_is", "quarter"))
        limit = {"quarter": 4, "half": 2, "day": 31, "century": 21}.get(target, 99)
        if not 1 <= int(number) <= limit:
            return None
        values[target] = int(number) - 1 if target == "century" else int(number)
    for group in ("year", "day"):
        if group in groups:
            values[group] = int(groups[group])
    for group in ("hour", "minute"):
        if group in groups:
            # Digits or a number word ("ثلاث ساعات وعشرين دقيقة"): a whole count either way.
            amount = _number(groups[group], t)
            if amount is None and t.code:
                compound = number_reader_for(t.code).read(groups[group])
                amount = compound[0] if compound and len(compound) == 1 else None
            if amount is None or amount != int(amount):
                return None
            values[group] = int(amount)
    if "year2" in groups:  # "'98": the century is the nearer one
        two = int(groups["year2"])
        values["year"] = (1900 if two >= 30 else 2000) + two
    if "decade" in groups:
        digits = groups["decade"]
        if len(digits) == 4 and digits.endswith("00") and digits < "2000":
            values["century"] = int(digits[:2])  # "the 1800s": the hundred years 1800-1899
        else:
            values["decade"] = int(digits[:3]) if len(digits) == 4 else (190 if int(digits) >= 30 else 200) + int(digits) // 10
    if "year_base" in fields:  # "nineteen ninety-six": a year said in words
        if count is None or not 0 <= count < 100 or count != int(count):
            return None
        values["year"] = int(fields["year_base"]) + int(count)
    sign = fields.get("sign")
    if kind == DATE and sign is not None:
        values["offset"] = int(round(float(sign) * (count if count is not None else 1)))
    if kind == DURATION and "hour" in values and "unit" not in groups:
        # "a duré 1 h 45": a length written like a clock reading, hours and minutes;
        # the hours may come from the rule ("ساعتين و15 دقيقة": a dual, two hours).
        whole, minutes = int(values.pop("hour")), int(values.pop("minute", 0) or 0)
        # Seconds counted exactly: 2 + 10/60 hours is not a whole number of seconds in floats.
        values.update(duration_unit="H", duration_count=whole + minutes / 60, duration_s=float(whole * 3600 + minutes * 60))
    if kind in (DURATION, SET) and "unit" in values:
        values["duration_unit"] = UNIT_LETTERS.get(str(values.pop("unit")))
        if kind == DURATION:
            # A count the rule states stands when the words give none ("the past decade": one).
            values["duration_count"] = count if count is not None else values.get("duration_count")
        elif count is not None:
            values["duration_count"] = count  # "every two weeks"
        else:
            values.setdefault("duration_count", 1.0)
    if kind == DATE and values.get("unit") == "day" and values.get("offset") is not None:
        values["relative_days"] = values.pop("offset")
        values.pop("unit")
    if kind == DATE and values.get("unit") == "day" and values.get("offset") is None and "weekday" not in values:
        values.pop("unit")
        values.setdefault("relative_days", 0)
    return kind, Parts(**values)


def _number(raw: str, t: PhraseTables) -> float | None:
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        return float(raw.replace(",", "."))
    value = table_get(t.number_words, raw)
    return float(value) if value is not None else None
