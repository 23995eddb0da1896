"""Places named in a text: the context that "local time" and ambiguous
abbreviations are settled by. Scanned lazily, only for documents that need it."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.extract.patterns import compile_language, normalized_table, table_get
from timeline.extract.sentences import sentence_index
from timeline.lang import get as get_language
from timeline.model import PlaceMention, Span
from timeline.textnorm import normalize
from timeline.zones.agencies import dateline_agency_country
from timeline.zones.capitals import recased
from timeline.zones.countries import zone_country
from timeline.zones.gazetteer import (
    MAX_NAME_WORDS,
    Place,
    is_news_country_name,
    may_open_longer_name,
    name_tail_words,
    stripped_forms_before,
)
from timeline.zones.inflection import lookup_place_inflected
from timeline.zones.normalize import normalize_name
from timeline.zones.qualified_regions import first_words, qualified_readings

# Arabic vowel marks and shadda (combining, so not \w) stay inside their word: «عمّان».
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u064B-\u065F\u0670])*(?:['’\-][^\W\d_](?:[^\W\d_]|[\u064B-\u065F\u0670])*)*")
# A city this large is rarely a common word in disguise; smaller ones need a locative
# word before them ("in", "في") to count.
_CONFIDENT_POPULATION = 1_000_000
_MIN_POPULATION = 15_000
# Below this, a capitalised word with no locative word before it needs the rest of
# the document to vouch for its country.
_TOWN_POPULATION = 100_000
# A capitalised word opening a sentence is taken for a city on its own only this large.
_SENTENCE_START_POPULATION = 500_000
# A glued Arabic preposition ("بجنيف") marks a place as a separate "في" does, but "ب" is
# also "with" and "by": below this size the name needs the document's support.
_GLUED_POPULATION = _TOWN_POPULATION


@cache
def _lexicon(code: str) -> frozenset[str]:
    """Every word the language module already gives a meaning to: never a place."""
    lang = get_language(code)
    words: set[str] = set()
    for mapping in (lang.weekdays, lang.months, lang.relative_days, lang.number_words, lang.day_periods,
                    lang.duration_units):
        words.update(normalize(w).casefold() for w in mapping)
    words.update(normalize(w).casefold() for w in lang.stopwords)
    words.update(normalize(w).casefold() for w in lang.not_places)
    return frozenset(words)


def lexicon_words(code: str) -> frozenset[str]:
    """The words (normalised, case-folded) the language module gives a meaning to."""
    return _lexicon(code)


@cache
def _prepositions(code: str) -> dict[str, object]:
    return normalized_table({w: True for w in get_language(code).place_prepositions})


# "Geneva 13:35", "Moscow: 14:35": a name heading a clock time on its line.
_TIME_AFTER = re.compile(r"[ \t]*[:\-–—]?[ \t]*\d{1,2}[:.hH]\d{2}(?!\d)")
_APOSTROPHE = re.compile(r"['’]")


def _without_clitic(phrase: str, span: Span, lang_code: str) -> tuple[str, Span, tuple[Place, ...], str]:
    """"Tehran's", "d'Ankara", "l'Iran": a name with an apostrophe clitic."""
    parts = _APOSTROPHE.split(phrase)
    if len(parts) == 2:
        head, tail = parts
        if len(head) <= 2 and len(tail) >= 3:  # elided article or preposition before the name
            places, form = lookup_place_inflected(tail, lang_code)
            if places:
                return tail, (span[1] - len(tail), span[1]), places, form
        if tail.lower() == "s" and len(head) >= 3:  # possessive after the name
            places, form = lookup_place_inflected(head, lang_code)
            if places:
                return head, (span[0], span[0] + len(head)), places, form
    return phrase, span, (), ""


def _in_excluded(offset: int, starts: list[int], reach: list[int]) -> bool:
    """Whether ``offset`` falls inside one of the sorted excluded spans (their ``starts``
    and ``_excluded_reach``): one of the last 8 that start at or before it ends after it."""
    i = bisect.bisect_right(starts, offset)
    return i > 0 and offset < reach[i]


def _excluded_reach(excluded: list[Span]) -> list[int]:
    """For each count ``i`` of sorted spans, the furthest end among spans ``i-8 … i-1``:
    an offset those spans start at or before is inside one of them exactly when it is
    before that end (asked per token, so looked up rather than looped over)."""
    return [0] + [max(b for _, b in excluded[max(0, i - 8) : i]) for i in range(1, len(excluded) + 1)]


def _may_open_phrase(text: str, start: int, end: int, next_start: int, abbreviated: bool, lang_code: str) -> bool:
    """Whether a phrase of several words opening at the token ``text[start:end]`` (the
    next token starts at ``next_start``) can be something the scan acts on: a phrase of
    the lexicon (which ends the scan at ``i``) or a place name.
    Both are told by the phrase's first word — what stands before the first space, which
    keys and lexicon entries keep as their first word (normalising works character by
    character) — so most words of a text are looked up alone only. An abbreviation
    ("St.") is written out before the lookup: always tried."""
    if abbreviated:
        return True
    space = text.find(" ", end, next_start)
    if space < 0:
        return True
    return _opens_phrases(text[start:space], lang_code)


@lru_cache(maxsize=1 << 14)
def _opens_phrases(first: str, lang_code: str) -> bool:
    if normalize(first).casefold().split(" ")[0] in _lexicon_openers(lang_code):
        return True
    key = normalize_name(first)
    return not key or may_open_longer_name(key.split(" ")[0])


@cache
def _lexicon_openers(code: str) -> frozenset[str]:
    """The first words of the lexicon's entries of several words."""
    return frozenset(entry.split(" ")[0] for entry in _lexicon(code) if " " in entry)


def _elided_capital(word: str) -> bool:
    """"d'Ankara", "l'Iran": a capitalised name after an elided article."""
    parts = _APOSTROPHE.split(word)
    return len(parts) == 2 and len(parts[0]) <= 2 and parts[1][:1].isupper()


@dataclass(frozen=True, slots=True)
class _Candidate:
    span: Span
    phrase: str
    places: tuple[Place, ...]  # readings, largest first
    strong: bool  # a locative word before it, a dateline, or a glued Arabic preposition
    sentence_initial: bool
    words: tuple[int, int] = (0, 0)  # token indexes [first, last + 1)
    after_article: bool = False  # "the Moscow talks": kept only when confident on its own
    located: bool = False  # after a locative or kind word, a dateline, or heading a time (PlaceMention.located)
    # Readings of qualified_regions.py not yet qualified by a kind word: taken only when
    # the document names their country.
    conditional: tuple[Place, ...] = ()


def find_places(
    text: str, lang_code: str, doc_id: str, starts: list[int], exclude: Iterable[Span] = ()
) -> list[PlaceMention]:
    """Place names in the text. A name several places share is settled by a kind word
    before it ("مدينة عمان" is Amman, "سلطنة عمان" Oman), then by the countries the
    document's unambiguous places are in, then by size; a weak reading (no locative
    word, a mid-size town, a capitalised word opening a sentence: "Nice weather",
    "Split votes") is kept only when the document's other places vouch for its country."""
    view = recased(text, lang_code, True)
    if view is not None and view != text:
        # Lines set in capitals: read through their re-cased copy (same offsets); the
        # mentions keep the text as written.
        return [dataclasses.replace(p, text=text[p.span[0] : p.span[1]])
                for p in _find_places(view, lang_code, doc_id, starts, exclude)]
    return _find_places(text, lang_code, doc_id, starts, exclude)


def _find_places(
    text: str, lang_code: str, doc_id: str, starts: list[int], exclude: Iterable[Span] = ()
) -> list[PlaceMention]:
    lang = get_language(lang_code)
    compile_language(lang_code)  # the lexicon tables share its cache
    lexicon = _lexicon(lang_code)
    excluded = sorted(exclude)
    excluded_starts = [a for a, _ in excluded]
    excluded_reach = _excluded_reach(excluded)
    tokens = list(_WORD.finditer(text))
    words = [t.group() for t in tokens]
    # Words recur within and across texts: what depends on a word alone (its matching
    # key, whether the lexicon has it, whether it opens phrases, its reading as a place)
    # is worked out once per word of the language, then read per token.
    facts = _word_facts(lang_code)
    distinct = set(words)
    if len(facts) + len(distinct) > _MAX_WORD_FACTS:
        facts.clear()
    for w in distinct.difference(facts):
        facts[w] = _facts_of_word(w, lang_code, lexicon)
    keys = {w: facts[w].key for w in distinct}
    word_facts = [facts[w] for w in words]
    capitalised = lang.places_capitalised
    in_lexicon = [f.in_lexicon for f in word_facts]
    capital_ok = [w[0].isupper() or _elided_capital(w) for w in words] if capitalised else []
    token_starts = [t.start() for t in tokens]
    token_ends = [t.end() for t in tokens]
    joined = [not text[a:b].strip(" -") for a, b in zip(token_ends, token_starts[1:], strict=False)]
    particle = [w in _NAME_PARTICLES for w in words]
    # "Amur region", "Амурской области": lower-case words that end region names.
    tails = name_tail_words()
    tail = [not capital_ok[k] and bool(tails) and keys[w] in tails
            for k, w in enumerate(words)] if capitalised else []
    # "St. Petersburg": an abbreviation's full stop joins it to the name after it.
    abbreviations = _name_abbreviations(lang_code)
    abbreviated = [w in abbreviations and text.startswith(".", e)
                   for w, e in zip(words, token_ends, strict=True)] if abbreviations else [False] * len(words)
    if abbreviations:
        joined = [j or (abbreviated[k] and not text[token_ends[k] + 1 : token_starts[k + 1]].strip())
                  for k, j in enumerate(joined)]
    # Every n-gram starting at a token is ruled out at once by a lower-case first word
    # where names are capitalised, a one-letter first word, or a start inside an excluded
    # span (a time mention).
    inside = [_in_excluded(a, excluded_starts, excluded_reach) for a in token_starts] if excluded else []
    may_start = [not ((capitalised and not capital_ok[k]) or (len(w) < 2 and not abbreviated[k])
                      or (excluded and inside[k])) for k, w in enumerate(words)]
    articles = _articles(lang_code)
    count = len(tokens)
    # Whether a phrase of several words may open at each token (the last opens none):
    # told by the word alone when a space follows it (``_may_open_phrase``).
    several = [may_start[k] and k + 1 < count
               and (word_facts[k].opens_phrases if text[token_ends[k]] == " " and not abbreviated[k]
                    else _may_open_phrase(text, token_starts[k], token_ends[k], token_starts[k + 1],
                                          abbreviated[k], lang_code))
               for k in range(count)]
    # A token that opens no longer phrase is a hit only as a word read as a place (not a
    # word of the lexicon): the scan visits only the tokens where something may be found.
    # "Guerrero", "Victoria": names of qualified_regions.py are read even with no reading
    # of their own in the index.
    region_openers = first_words()
    visited = [k for k in range(count) if several[k]
               or (may_start[k] and not in_lexicon[k] and word_facts[k].read_as_place)
               or (may_start[k] and word_facts[k].key in region_openers)]
    other_things = _not_place_after(lang_code)
    visit_verbs = _visit_verbs(lang_code)
    candidates: list[_Candidate] = []
    shadow = -1  # the token right after a name read as no place («منتخبا زامبيا|والكونغو»)
    resume = 0  # the token after the last hit (n-grams do not overlap) or after a name read as no place
    for i in visited:
        if i < resume:
            continue
        hit = None
        skip = 0
        longest = min(MAX_NAME_WORDS, count - i) if several[i] else 1
        for n in range(longest, 0, -1):
            if n == 1:
                # One word (capitalised where names are, as it may start): only a word
                # of the lexicon is no name ("_plausible").
                if in_lexicon[i]:
                    continue
                span = (token_starts[i], token_ends[i])
                reading = _phrase_reading(words[i], True, lang_code)
            else:
                if not _plausible(i, n, in_lexicon, capital_ok, joined, capitalised, particle, tail):
                    continue
                span = (token_starts[i], token_ends[i + n - 1])
                phrase = text[span[0] : span[1]]
                if abbreviated[i]:
                    reading = _read_phrase(phrase, False, lang_code, lambda group=tokens[i : i + n]: _spelled_out(
                        text, group, abbreviations, lang_code))
                else:
                    reading = _phrase_reading(phrase, False, lang_code)
            if reading is _STOP:
                break
            qualified, conditional = _qualified_region(text, span, reading, lang_code)
            if qualified is not None:
                reading = qualified
            if reading is None:
                continue
            a, b, phrase, places, form = reading
            span = (span[0] + a, span[0] + b)
            previous = tokens[i - 1] if i else None
            following = tokens[i + n] if i + n < len(tokens) else None
            if other_things and (_right_after(previous, text, span[0], other_things)
                                 or _after_article_of(tokens, i, text, span[0], other_things, lang_code)
                                 or (i == shadow and normalize(form or phrase) != normalize(phrase))):
                # «منتخبا زامبيا والكونغو», «أذان المغرب»: a team, a prayer — no place.
                skip = shadow = i + n
                break
            if not (visit_verbs and _visited(tokens, i, text, visit_verbs)):
                places = _without_adjective_countries(places, phrase, form, text, span[0], previous, lang_code)
            if not places:
                continue
            if lang.places_capitalised and _inside_longer_name(text, span, previous, following,
                                                               lang.titles_after_place) \
                    and not (previous is not None and _kind_word(previous.group(), lang_code)):
                # ("im Bundesstaat Oaxaca", "die Hauptstadt Kiew": a capitalised kind word
                # before the name is no part of it)
                continue
            # "the Chicago briefing": the article does not hide the name, but only a place
            # that stands on its own is taken ("the Sun", "the Hermitage" are not places).
            after_article = (previous is not None and not text[previous.end() : span[0]].strip()
                             and previous.group().casefold() in articles)
            if after_article and _shared_by_large_places(places):
                continue  # "the Georgia senator": the country or the US state, nothing says
            places = _by_kind_word(places, text, span[0], previous, lang_code)
            places = _by_spelling(places, text[span[0]:span[1]], lang.place_spelling_kinds)
            spelled = _spellings(text, tokens[i : i + n], abbreviations) if n > 1 and abbreviated[i] else []
            places = _canonical_first(_largest_first(places), phrase, lang.places_capitalised, spelled)
            places = _by_dateline_qualifier(places, text, span)
            place = places[0]
            located = (_is_dateline(text, span) or bool(_TIME_AFTER.match(text, span[1]))
                       or _locative_before(phrase, form, text, span[0], previous, lang_code)
                       or (previous is not None and not text[previous.end() : span[0]].strip()
                           and _kind_word(previous.group(), lang_code) is not None))
            strong = (_is_strong(place, phrase, form, text, span[0], previous, lang_code) or _is_dateline(text, span)
                      or bool(_TIME_AFTER.match(text, span[1])))
            # A country or region named bare is still where things happen ("North Korea
            # fired a missile"), and so is a city opening its sentence ("Paris will host the
            # summit at 10:00"); a bare city further on may stand for a team ("The
            # Mavericks host Phoenix at 8 p.m.") or a government ("talks with Moscow").
            located = strong and (located or place.kind in ("country", "region")
                                  or (_sentence_initial(text, span[0]) and not after_article))
            if qualified is not None and not conditional:
                strong = located = True  # "the state of Guerrero": a kind word says it is a place
            if place.kind == "city" and place.population < _MIN_POPULATION and not strong:
                continue
            if not strong and place.kind == "city" and place.population < _CONFIDENT_POPULATION and n == 1 \
                    and not lang.places_capitalised:
                # An unmarked single Arabic word that is a mid-size city somewhere is
                # too often an ordinary word ("الأبيض" in "البيت الأبيض").
                continue
            # "The Hague said": the capital at the sentence start is the name's own article.
            initial = _sentence_initial(text, span[0]) and not (n > 1 and tokens[i].group().casefold() in articles)
            hit = (n, _Candidate(span, phrase, places, strong, initial, (i, i + n), after_article, located,
                                 tuple(p for p in places if p in conditional)))
            break
        if hit:
            candidates.append(hit[1])
            resume = i + hit[0]
        else:
            resume = max(i + 1, skip)
    candidates = _towns_of_named_regions(candidates, text)
    demonyms = _demonym_countries(keys, lang_code)
    # The country each token names as an adjective ("اللبناني", "Lebanese"), by token index.
    all_demonyms = _all_demonyms(lang_code)
    adjective_of = {w: c for w, key in keys.items() if (c := all_demonyms.get(key))}
    named = {k: adjective_of[w] for k, w in enumerate(words) if w in adjective_of} if adjective_of else {}
    nearby = _countries_next_to(candidates, tokens, text, named, lang_code)
    nearby.update({n: hit for n, hit in _home_institution_countries(candidates, tokens, text, starts, named,
                                                                    lang_code).items() if n not in nearby})
    credited = {n: hit for n, c in enumerate(candidates[:1]) if _is_dateline(text, c.span)
                and (hit := dateline_agency_country(text, c.span[1])) is not None}
    found = _settle(candidates, doc_id, starts, lang.places_capitalised, demonyms, nearby, credited)
    return _marked_destinations(found, text, lang_code)


def _qualified_region(text: str, span: Span, reading, lang_code: str):
    """A name of qualified_regions.py at ``span``: (reading, conditional readings). With a
    region's kind word next to it ("the state of Guerrero", "Victoria state") the region
    alone; without, its readings are added to the name's own, conditional on the document
    naming their country; (None, ()) for other names."""
    regions = qualified_readings(text[span[0] : span[1]])
    if not regions:
        return None, ()
    before, after = _region_kind_patterns(lang_code)
    kind_word = ((before is not None and before.search(text, max(0, span[0] - 30), span[0]) is not None)
                 or (after is not None and after.match(text, span[1]) is not None))
    phrase = text[span[0] : span[1]]
    if kind_word:
        return (0, len(phrase), phrase, regions, normalize_name(phrase)), ()
    if isinstance(reading, tuple):
        a, b, name, places, form = reading
        return (a, b, name, places + tuple(r for r in regions if r not in places), form), regions
    return (0, len(phrase), phrase, regions, normalize_name(phrase)), regions


@cache
def _region_kind_patterns(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's kind words of regions ending right before a name ("state of") and
    opening right after it ("state")."""
    words = sorted((w for w, kind in get_language(code).place_kind_words.items() if kind == "region"),
                   key=len, reverse=True)
    if not words:
        return None, None
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return (re.compile(rf"(?<!\w)(?:{alternatives})\s+$", re.IGNORECASE),
            re.compile(rf"\s+(?:{alternatives})(?!\w)", re.IGNORECASE))


@dataclass(frozen=True, slots=True)
class _WordFacts:
    """What the place scan needs to know of a word wherever it stands."""

    key: str  # its ``normalize_name`` key
    in_lexicon: bool  # a word the language module gives a meaning to: never a place alone
    opens_phrases: bool  # ``_opens_phrases``: a phrase of several words may open with it
    read_as_place: bool  # alone, it names a place (``_phrase_reading``); False for a lexicon word


# The words of a language seen so far, with their facts; a long run over many texts
# starts the table afresh rather than let it grow without bound.
_MAX_WORD_FACTS = 1 << 16


@cache
def _word_facts(code: str) -> dict[str, _WordFacts]:
    return {}


def _facts_of_word(word: str, code: str, lexicon: frozenset[str]) -> _WordFacts:
    in_lexicon = normalize(word).casefold() in lexicon
    return _WordFacts(normalize_name(word), in_lexicon, _opens_phrases(word, code),
                      not in_lexicon and isinstance(_phrase_reading(word, True, code), tuple))


@cache
def _not_place_after(code: str) -> frozenset[str]:
    return frozenset(normalize(w).casefold() for w in get_language(code).not_place_after)


@cache
def _visit_verbs(code: str) -> frozenset[str]:
    return frozenset(normalize(w).casefold() for w in get_language(code).visit_verbs)


# Between a word and the name it governs: spaces, and an elided article glued to the name ("l'").
_ELIDED_GAP = re.compile(r"\s*(?:[ldLD]['’]\s*)?")
_ELIDED_HEAD = re.compile(r"^[ld]['’]")


def _after_article_of(tokens: list[re.Match[str]], i: int, text: str, start: int, words: frozenset[str],
                      code: str) -> bool:
    """Whether one of ``words`` stands before the name with an article between ("a battu le
    Sénégal"), or one of its two-word entries does ("l'équipe de France", "la selección de
    Argentina"): the name is what the word makes it (a team), as right after it."""
    if i < 2:
        return False
    joiner, word = tokens[i - 1], tokens[i - 2]
    gap = _ELIDED_GAP.fullmatch(text, joiner.end(), start)
    if gap is None or text[word.end() : joiner.start()].strip():
        return False
    joined, head = normalize(joiner.group()).casefold(), normalize(word.group()).casefold()
    head = _ELIDED_HEAD.sub("", head)  # "l'équipe de France": the noun after its elided article
    return f"{head} {joined}" in words or (joined in _definite_articles(code) and head in words)


@cache
def _definite_articles(code: str) -> frozenset[str]:
    return frozenset(normalize(w).casefold() for w in get_language(code).definite_articles)


def _right_after(previous: re.Match[str] | None, text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word right before a name (a space between, nothing else) is one of ``words``."""
    return (previous is not None and not text[previous.end() : start].strip()
            and normalize(previous.group()).casefold() in words)


# How many words (a subject: «الرئيس المصري») may stand between a visit verb and the place
# it visits.
_VISIT_REACH = 3
# A mark between two words that ends a visit verb's reach.
_CLAUSE_MARK = re.compile(r"[,،.;؛:!?()]")


def _visited(tokens: list[re.Match[str]], i: int, text: str, verbs: frozenset[str]) -> bool:
    """«زار السعودية», «زار الرئيس المصري السعودية»: the name at token ``i`` is what a visit
    verb of its clause, at most a short subject before it, visits."""
    for j in range(i - 1, max(-1, i - 2 - _VISIT_REACH), -1):
        if _CLAUSE_MARK.search(text, tokens[j].end(), tokens[j + 1].start()):
            return False
        if normalize(tokens[j].group()).casefold() in verbs:
            return True
    return False


# What ends the n-gram scan at a token: no longer phrase opening there is tried.
_STOP = "stop"


def _read_phrase(phrase: str, single: bool, lang_code: str,
                 spelled_out: Callable[[], tuple[tuple[Place, ...], str]] | None = None):
    """What a phrase (``single``: of one word) names wherever it stands: ``_STOP`` for a
    phrase of the lexicon or a word that introduces a place, None for no place, else
    (start, end, name, places, form) with the name's span inside the phrase (a clitic
    may be cut off: "d'Ankara"). ``spelled_out`` looks the phrase up with its
    abbreviation written out."""
    markers = _place_markers(lang_code)
    if not single and normalize(phrase).casefold() in _lexicon(lang_code):
        return _STOP
    if single and normalize_name(phrase) in markers:
        return _STOP  # "مدينة", "city": words that introduce a place are not one
    places, form = lookup_place_inflected(phrase, lang_code)
    if not places and spelled_out is not None:
        places, form = spelled_out()
    span = (0, len(phrase))
    if not places and single:
        phrase, span, places, form = _without_clitic(phrase, span, lang_code)
    if form and (form in markers or form in _lexicon_keys(lang_code)):
        return _STOP  # "بمدينة" → "مدينة", "والخميس" → "الخميس" (Thursday, not Khemis Miliana)
    if form and any(f in _lexicon_keys(lang_code) for f in stripped_forms_before(phrase, form)):
        # A glued form that is a word of the language before it is a place:
        # "وبايدن" is "و" + Biden, not "و" + "ب" + Aydın.
        return _STOP
    if not places:
        return None
    return span[0], span[1], phrase, places, form


@lru_cache(maxsize=1 << 14)
def _phrase_reading(phrase: str, single: bool, lang_code: str):
    """``_read_phrase`` remembered: the scan reads every word and most n-grams of a text,
    and the same words recur within and across texts."""
    return _read_phrase(phrase, single, lang_code)


def _marked_destinations(found: list[PlaceMention], text: str, lang_code: str) -> list[PlaceMention]:
    """"die Maschine nach New York startete um 10.10 Uhr": the place after a trip word and
    its destination preposition is where the trip goes (PlaceMention.destination); "the
    flight from New York landed at 6:45" names where it came from (PlaceMention.origin);
    "Phoenix visits Dallas" names where the visit happens (PlaceMention.visited), "Boston
    hosts Denver" a guest (PlaceMention.visitor)."""
    lang = get_language(lang_code)
    marks = [(field, _lead_pattern(phrases, lang.definite_articles)) for field, phrases in (
        ("destination", lang.travel_destination_phrases), ("origin", lang.travel_origin_phrases),
        ("visited", lang.visit_words), ("visitor", lang.host_words))]
    marks = [(field, pattern) for field, pattern in marks if pattern is not None]
    if not marks:
        return found
    marked = []
    for p in found:
        flags = {field: True for field, pattern in marks if pattern.search(text, max(0, p.span[0] - 40), p.span[0])}
        marked.append(dataclasses.replace(p, **flags) if flags else p)
    return marked


_TRIP_NUMBER_GAP = r"\s+(?:[^\W_]*\d[^\W_]*\s+)?"


@cache
def _lead_pattern(phrases: tuple[str, ...], articles: tuple[str, ...]) -> re.Pattern[str] | None:
    """The phrases (any of them) ending right before a place, one of the language's
    definite articles allowed between ("l'" glued to the name)."""
    if not phrases:
        return None
    # "flight SQ322 from London", "Flight 370 to Beijing": a trip's number (a word with a
    # digit) may stand between the words of a phrase.
    words = "|".join(re.escape(p).replace(r"\ ", _TRIP_NUMBER_GAP) for p in sorted(phrases, key=len, reverse=True))
    article = "|".join(re.escape(a) + (r"\s*" if a[-1] in "'’" else r"\s+")
                       for a in sorted(articles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:{article})?$" if article else rf"(?<!\w)(?:{words})\s+$",
                      re.IGNORECASE)


# How far a country adjective may stand from the institution word it qualifies ("the
# Lebanese army", "Lebanese state police", «الجيش اللبناني»).
_INSTITUTION_REACH = 2


def _home_institution_countries(candidates: list[_Candidate], tokens: list[re.Match[str]], text: str,
                                starts: list[int], named: dict[int, str],
                                lang_code: str) -> dict[int, tuple[str, str]]:
    """For each candidate (by index) whose readings lie in several countries: the country
    of a body acting at home named in its sentence ("Clashes broke out in Tripoli at 10:00,
    the Lebanese army said": Lebanon's Tripoli) — only when that country's reading is a
    large town, never from a delegation, officials or troops, who travel ("The American
    delegation arrived in Geneva" stays Geneva, Switzerland)."""
    institutions = get_language(lang_code).home_institution_words
    if not institutions or not any(len({p.country for p in c.places}) > 1 for c in candidates):
        return {}
    # Only the sentences of names read in several countries are asked about.
    shared = {sentence_index(starts, c.span[0]) for c in candidates if len({p.country for p in c.places}) > 1}
    homes: dict[int, list[tuple[str, str]]] = {}  # sentence → (country, quote)
    for k, country in named.items():
        t = tokens[k]
        if sentence_index(starts, t.start()) not in shared:
            continue
        for j in (*range(k + 1, k + 1 + _INSTITUTION_REACH), *range(k - 1, k - 1 - _INSTITUTION_REACH, -1)):
            if not 0 <= j < len(tokens) or _APOSTROPHE.split(tokens[j].group())[-1].casefold() not in institutions:
                continue
            a, b = sorted((tokens[j].start(), t.start()))
            if _CONTEXT_BREAK.search(text, a, b) or "," in text[a:b]:
                continue
            quote = text[min(t.start(), tokens[j].start()) : max(t.end(), tokens[j].end())]
            homes.setdefault(sentence_index(starts, t.start()), []).append((country, quote))
            break
    found: dict[int, tuple[str, str]] = {}
    for n, c in enumerate(candidates):
        if len({p.country for p in c.places}) < 2:
            continue
        for country, quote in homes.get(sentence_index(starts, c.span[0]), ()):
            if any(p.country == country and _size(p) >= _TOWN_POPULATION for p in c.places):
                found[n] = (country, f"'{quote}' in its sentence names {country}, whose bodies act at home")
                break
    return found


# How many words may stand between a shared name and the country or region that says
# which one it is: "Tripoli, northern Lebanon", "the Lebanese city of Tripoli",
# "مدينة طرابلس اللبنانية", "St. Petersburg, Florida".
_NEAR_WORDS = 3
# What ends the reach of that context: a sentence or clause break between them, or the
# dash that ends a dateline ("PARIS (AP) — In Texas, …" is no Paris in Texas).
_CONTEXT_BREAK = re.compile(r"[!?;\n—–]|\.\s|\s-\s")


def _countries_next_to(candidates: list[_Candidate], tokens: list[re.Match[str]], text: str,
                       named: dict[int, str], lang_code: str) -> dict[int, tuple[str, str]]:
    """For each candidate (by index) whose readings lie in several countries: the country
    a country, region or demonym right next to it names, with the reason quoting the words
    that name it — (country, reason). The nearest such word decides; one after the name first
    ("Tripoli, Lebanon"), then one before ("the Lebanese city of Tripoli"). ``named``: the
    country each demonym among the tokens names, by token index."""
    context: dict[int, tuple[str, str]] = {}  # token index → (country, quote)
    adjectives: set[int] = set()
    for c in candidates:
        if c.places[0].kind in ("country", "region"):
            for k in range(*c.words):
                context[k] = (c.places[0].country, c.phrase)
    for k, country in named.items():
        if k not in context:
            context[k] = (country, tokens[k].group())
            adjectives.add(k)
    found: dict[int, tuple[str, str]] = {}
    for n, c in enumerate(candidates):
        if len({p.country for p in c.places}) < 2:
            continue
        first, last = c.words
        order = [*range(last, min(len(tokens), last + _NEAR_WORDS + 1)),
                 *range(first - 1, max(-1, first - _NEAR_WORDS - 2), -1)]
        for k in order:
            hit = context.get(k)
            if hit is None or first <= k < last:
                continue
            a, b = sorted((tokens[k].start(), c.span[0] if k < first else c.span[1]))
            if _CONTEXT_BREAK.search(text, a, b):
                continue
            if k in adjectives and not _adjective_qualifies(k, c.words, tokens, text, lang_code):
                continue
            if any(p.country == hit[0] and not _dwarfed_by_country(p, c.places[0]) for p in c.places):
                found[n] = (hit[0], f"'{hit[1]}' next to it names {hit[0]}")
                break
    found.update(_city_region_pairs(candidates, text, found))
    return found


# "Athens, Georgia": a city, a comma and a region right after it.
_PAIR_JOIN = re.compile(r"\s*,\s*")


def _city_region_pairs(candidates: list[_Candidate], text: str,
                       found: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """"Athens, Georgia", "Moscow, Idaho": a city followed by a comma and a name one of
    whose readings is a region (or country) where the city also has a reading: both are
    read there, even when the second name is first another country (Georgia) and the
    city a larger namesake elsewhere (Athens, Greece)."""
    pairs: dict[int, tuple[str, str]] = {}
    for n in range(len(candidates) - 1):
        city, region = candidates[n], candidates[n + 1]
        if city.places[0].kind != "city" and not any(p.kind == "city" for p in city.places):
            continue
        join = _PAIR_JOIN.match(text, city.span[1])
        if join is None or join.end() != region.span[0]:
            continue
        if n in found and any(p.country == found[n][0] and p.kind in ("region", "country") for p in region.places):
            continue  # already settled by that name ("Tripoli, Lebanon")
        city_countries = {p.country for p in city.places if p.kind == "city"}
        if len({p.country for p in city.places}) < 2 and len({p.country for p in region.places}) < 2:
            continue  # nothing to settle ("BRISBANE, Australia")
        for r in region.places:
            if r.kind not in ("region", "country") or r.country not in city_countries:
                continue
            pairs[n] = (r.country, f"'{region.phrase}' after it names {r.name} of {r.country}")
            if len({p.country for p in region.places}) > 1:
                pairs[n + 1] = (r.country, f"'{city.phrase}' before it is a city of {r.country}")
            break
    return pairs


def _towns_of_named_regions(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """"HIDALGO, Texas (AP)", "Hidalgo, Texas": a name followed by a comma and a region
    (a state, a province) in whose country the name has no reading of its own (a town too
    small for the index) is a town of that region, on the region's clock — not the
    namesake abroad (Hidalgo, Mexico)."""
    out = list(candidates)
    for n in range(len(candidates) - 1):
        city, region = candidates[n], candidates[n + 1]
        join = _PAIR_JOIN.match(text, city.span[1])
        if join is None or join.end() != region.span[0]:
            continue
        top = region.places[0]
        if top.kind not in ("region", "country") or not any(p.kind == "city" for p in city.places):
            continue
        if any(p.country == top.country for p in city.places):
            # "Residents of Victoria, Australia": a name its country or region follows is
            # said as a place. "Portland, Maine": of the namesakes in that country, the one
            # on the region's clock first (Portland, Oregon is larger).
            same = tuple(p for p in city.places if p.country == top.country and p.zone == top.zone) \
                if top.kind == "region" and top.zone else ()
            out[n] = dataclasses.replace(city, places=same + tuple(p for p in city.places if p not in same),
                                         strong=True, located=True)
            continue
        if top.kind != "region" or not top.zone:
            continue
        town = Place(f"{city.phrase.title() if city.phrase.isupper() else city.phrase}, {top.name}", top.country,
                     "city", 0, top.zone, None)
        out[n] = dataclasses.replace(city, places=(town,), strong=city.strong or region.strong,
                                     located=city.located or region.located, conditional=())
    return out


def demonym_countries(text: str, lang_code: str) -> frozenset[str]:
    """Countries a text names by adjective ("Indian officials", "الحكومة الأردنية"; an
    adjective whose target is one clock, "Chinese", counts for that clock's country)."""
    table = _all_demonyms(lang_code)
    # Each distinct word once: a text repeats its words, and each is normalised to look it up.
    found = {table[key] for word in set(_WORD.findall(text)) if (key := normalize_name(word)) in table}
    # Adjectives with dots ("U.S.") are not one word to the tokenizer: looked for as written.
    found |= {country for word, country in _dotted_demonyms(lang_code)
              if word in text and re.search(rf"(?<!\w){re.escape(word)}", text)}
    return frozenset(found)


@cache
def _dotted_demonyms(code: str) -> tuple[tuple[str, str], ...]:
    return tuple((word, target) for word, target in get_language(code).zone_adjectives.items()
                 if "." in word and "/" not in target)


@cache
def _all_demonyms(code: str) -> dict[str, str]:
    table: dict[str, str] = {normalize_name(word): country for word, country in get_language(code).demonyms.items()}
    for word, target in get_language(code).zone_adjectives.items():
        if " " in word:
            continue
        country = zone_country(target) if "/" in target else target
        if country:
            table[normalize_name(word)] = country
    return table


def _demonym_countries(keys: dict[str, str], lang_code: str) -> set[str]:
    """Countries the text names by adjective ("الأردني", "Jordanian"): context for
    settling shared names, never places themselves. ``keys``: the matching key of each
    distinct word of the text."""
    table = _demonyms(lang_code)
    if not table:
        return set()
    return {table[key] for key in keys.values() if key in table}


@cache
def _demonyms(code: str) -> dict[str, str]:
    lang = get_language(code)
    return {normalize_name(word): target for word, target in (*lang.demonyms.items(), *lang.zone_adjectives.items())
            if "/" not in target and " " not in word}


def _adjective_qualifies(k: int, words: tuple[int, int], tokens: list[re.Match[str]], text: str,
                         lang_code: str) -> bool:
    """Whether the demonym at token ``k`` describes the name at ``words`` rather than
    something else of the sentence: right after it with nothing but a space between
    («طرابلس اللبنانية»), or before it with only words saying what kind of place it is
    between ("the Lebanese city of Tripoli") — not "The American delegation arrived in
    Geneva" or "in Geneva, American officials said", where it is someone else's."""
    first, last = words
    if k >= last:
        return k == last and not text[tokens[last - 1].end():tokens[k].start()].strip()
    kinds = _kind_tokens(lang_code)
    return all(normalize_name(tokens[j].group()) in kinds for j in range(k + 1, first))


@cache
def _kind_tokens(code: str) -> frozenset[str]:
    """The single words of the language's place-kind phrases and articles ("city", "of", "the")."""
    lang = get_language(code)
    return frozenset(normalize_name(w) for phrase in (*lang.place_kind_words, *lang.place_articles)
                     for w in phrase.split())


def _settle(candidates: list[_Candidate], doc_id: str, starts: list[int], capitalised: bool,
            demonyms: set[str], nearby: dict[int, tuple[str, str]],
            credited: dict[int, tuple[str, str]] | None = None) -> list[PlaceMention]:
    support: dict[str, int] = {}
    for c in candidates:
        if _confident(c, capitalised) and c.places[0] not in c.conditional:
            support[c.places[0].country] = support.get(c.places[0].country, 0) + 1
    found: list[PlaceMention] = []
    for n, c in enumerate(candidates):
        if n in nearby:
            # The country named right next to it settles a shared name whatever the sizes:
            # "طرابلس اللبنانية" is Tripoli in Lebanon, not the larger Tripoli in Libya.
            country, reason = nearby[n]
            place = next(p for p in c.places if p.country == country)
            found.append(PlaceMention(doc_id, c.span, c.phrase, place.name, place.country, place.zone,
                                      sentence_index(starts, c.span[0]), c.strong, settled_by=reason,
                                      located=c.located, kind=place.kind))
            continue
        if c.conditional:
            # "across Victoria" in a text that names Australia: the region of that country.
            named = set(support) | demonyms | ({credited[n][0]} if credited and n in credited else set())
            fits = [p for p in c.conditional if p.country in named]
            if fits:
                place = fits[0]
                found.append(PlaceMention(doc_id, c.span, c.phrase, place.name, place.country, place.zone,
                                          sentence_index(starts, c.span[0]), c.strong,
                                          settled_by=f"the document names its country, {place.country}",
                                          located=c.located, kind=place.kind))
                continue
            c = dataclasses.replace(c, places=tuple(p for p in c.places if p not in c.conditional), conditional=())
            if not c.places:
                continue
        if c.after_article and not _confident(c, capitalised):
            continue
        own = c.places[0].country if _confident(c, capitalised) else None
        # Countries the REST of the document vouches for (a name does not vouch for itself).
        by_places = {cc for cc, n in support.items() if n - (cc == own) > 0}
        # "VALENCIA (EFE) -", "CÓRDOBA (EFE) -": a national agency's credit counts like a
        # place named of its country (a reading there wins unless dwarfed by a namesake).
        agency = (credited or {}).get(n)
        place = prefer_in_context(c.places, by_places | {agency[0]} if agency else by_places, demonyms)
        if not (_confident(c, capitalised) or place.country in by_places | demonyms):
            continue
        if not _confident(c, capitalised) and capitalised and c.sentence_initial \
                and _size(place) < _TOWN_POPULATION:
            continue  # "Саммит в Вашингтоне": a sentence's first word, a small namesake
        settled = (f"the dateline is credited to '{agency[1]}', an agency of {agency[0]}"
                   if agency and place is not c.places[0] and place.country == agency[0] else None)
        found.append(PlaceMention(doc_id, c.span, c.phrase, place.name, place.country, place.zone,
                                  sentence_index(starts, c.span[0]), c.strong, settled_by=settled,
                                  located=c.located, kind=place.kind))
    return found


# A place of the document's countries wins over a larger namesake only when it is not
# dwarfed by it: Amman (1.3 M) over Oman, Tripoli of Lebanon over Tripoli of Libya,
# but never Paris, Texas over Paris when the text also names New York.
_CONTEXT_POPULATION_RATIO = 0.1
# An adjective ("American", "الأمريكي") is weaker evidence than a named place: news about
# a US president says "American" throughout, yet "جنيف" is still Geneva, not Geneva,
# Illinois (a tenth of its size). Adjectives decide only between places of similar size
# (Amman, a quarter of Oman, in a text that says "الأردني").
_ADJECTIVE_POPULATION_RATIO = 0.25


def prefer_in_context(places: tuple[Place, ...] | list[Place], countries: set[str],
                      adjective_countries: frozenset[str] | set[str] = frozenset()) -> Place:
    """The reading of a shared name: the largest, unless one in ``countries`` (named
    by other places) or ``adjective_countries`` (named by adjectives only) is of
    comparable size (countries and regions count as large)."""
    top = places[0]
    for p in places:
        if p is top and (p.country in countries or p.country in adjective_countries):
            return p
        if p.country in countries:
            ratio = _CONTEXT_POPULATION_RATIO
        elif p.country in adjective_countries:
            ratio = _ADJECTIVE_POPULATION_RATIO
        else:
            continue
        if _size(p) >= ratio * _size(top):
            return p
    return top


def _size(p: Place) -> int:
    """Population, with a floor for countries and regions (the index often lacks
    theirs): a region ranks above a town but below a large city (Washington, D.C.
    before Washington State; the state of Florida before a Cuban town)."""
    if p.kind == "country":
        return max(p.population, _CONFIDENT_POPULATION)
    if p.kind == "region":
        return max(p.population, _REGION_POPULATION)
    return p.population


_REGION_POPULATION = 500_000


def _confident(c: _Candidate, capitalised: bool) -> bool:
    """A reading that stands without support from the rest of the document."""
    place = c.places[0]
    if c.strong:
        return True
    if capitalised and c.sentence_initial:
        # "Nice weather", "Split votes": a capital that only the sentence start explains;
        # a large city ("Winnipeg police said") is still taken.
        return place.kind == "country" or place.population >= _SENTENCE_START_POPULATION
    return place.kind in ("country", "region") or place.population >= _TOWN_POPULATION or not capitalised


def _kind_word(word: str, lang_code: str) -> str | None:
    """The place kind a word announces ("مدينة", "city"), also behind the language's
    glued prefix ("لمدينة", "وبمدينة")."""
    kinds = _kind_words(lang_code)
    key = normalize_name(word)
    if key in kinds or not kinds:
        return kinds.get(key)
    prefix = get_language(lang_code).glued_prefix
    m = re.match(prefix, key) if prefix else None
    return kinds.get(key[m.end() :]) if m and m.end() else None


def _by_kind_word(places: tuple[Place, ...], text: str, start: int, previous: re.Match[str] | None,
                  lang_code: str) -> tuple[Place, ...]:
    if previous is None or text[previous.end() : start].strip():
        return places
    kind = _kind_word(previous.group(), lang_code)
    if kind is None:
        return places
    matching = tuple(p for p in places if p.kind == kind)
    return matching or places


def _by_spelling(places: tuple[Place, ...], written: str, kinds) -> tuple[Place, ...]:
    """A shared name written with the marks of one reading («عمّان»: the city, not Oman)."""
    kind = kinds.get(written)
    matching = tuple(p for p in places if p.kind == kind) if kind else ()
    return matching or places


def ranked_readings(places: tuple[Place, ...] | list[Place]) -> tuple[Place, ...]:
    """The readings of a place name by size, regions and countries counted as large
    places (the state of Florida before Floridablanca, which has "Florida" among its
    alternate names)."""
    return _largest_first(tuple(places))


def _largest_first(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """Population order, with countries and regions (whose population the index often
    lacks) ranked as large places: "Florida" is the US state before a Cuban town."""
    return tuple(sorted(places, key=lambda p: -_size(p)))


def _canonical_first(places: tuple[Place, ...], phrase: str, capitalised: bool,
                     spelled: Iterable[str] = ()) -> tuple[Place, ...]:
    """In Latin-script text a place whose own name is the phrase ("Male", the Maldives'
    capital) outranks one that merely has it among its alternate names (Mali). An
    abbreviation written out names its places too: "St. Petersburg" is as much Saint
    Petersburg as the Florida city, and the larger comes first."""
    if not capitalised or len(places) < 2:
        return places
    keys = {normalize_name(phrase), *map(normalize_name, spelled)}
    own = tuple(p for p in places if normalize_name(p.name) in keys)
    if own and len(phrase) >= _EXONYM_MIN_LENGTH and _dwarfed_by_exonym_city(own[0], places):
        # "PÉKIN (AFP)": Beijing's French name, not Pekin, Illinois, whose own name it also is.
        return places
    return own + tuple(p for p in places if p not in own) if own else places


# How much larger a city another language's name stands for must be to outrank a town
# whose own name it is ("Pékin": Beijing, 19 million, against Pekin, Illinois, 33,000).
_EXONYM_CITY_RATIO = 100
# Shorter names are abbreviations or credits ("PA", "AP") as often as names.
_EXONYM_MIN_LENGTH = 4


def _dwarfed_by_exonym_city(own: Place, places: tuple[Place, ...]) -> bool:
    return own.kind == "city" and any(p.kind == "city" and p is not own and _size(p) >= _EXONYM_CITY_RATIO * _size(own)
                                      for p in places)


def _dwarfed_by_country(p: Place, top: Place) -> bool:
    """Whether ``p`` is a town sharing a country's name and tiny beside it: "Egypt and the
    United States" names two countries, not Goodyear, Arizona (alternate name "Egypt")."""
    return top.kind == "country" and p is not top and p.kind == "city" \
        and _size(p) < _CONTEXT_POPULATION_RATIO * _size(top)


def _shared_by_large_places(places: tuple[Place, ...]) -> bool:
    """Whether a name is a country or region in one country and a large place in another
    (Georgia: the country and the US state)."""
    large = {p.country for p in places if p.kind in ("country", "region")}
    return bool(large) and len(large | {p.country for p in places if _size(p) >= _TOWN_POPULATION}) > 1


@cache
def _name_abbreviations(code: str) -> dict[str, tuple[str, ...]]:
    """The language's place-name abbreviations by their word without the full stop."""
    return {word.rstrip("."): full for word, full in get_language(code).place_name_abbreviations.items()}


@cache
def _articles(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(code).place_articles)


def _spelled_out(text: str, group: list[re.Match[str]], abbreviations: dict[str, tuple[str, ...]],
                 lang_code: str) -> tuple[tuple[Place, ...], str]:
    """"Ste. Foy" looked up as "Sainte Foy": the name with its abbreviation written out."""
    for name in _spellings(text, group, abbreviations):
        places, form = lookup_place_inflected(name, lang_code)
        if places:
            return places, form
    return (), ""


def _spellings(text: str, group: list[re.Match[str]], abbreviations: dict[str, tuple[str, ...]]) -> list[str]:
    """The name with its abbreviation written out, apart and hyphenated ("Sainte-Foy")."""
    rest = text[group[1].start() : group[-1].end()]
    return [f"{full}{joint}{rest}" for full in abbreviations[group[0].group()] for joint in (" ", "-")]


@cache
def _lexicon_keys(code: str) -> frozenset[str]:
    return frozenset(normalize_name(w) for w in _lexicon(code))


@cache
def _place_markers(code: str) -> frozenset[str]:
    lang = get_language(code)
    return frozenset(normalize_name(w) for w in (*lang.place_prepositions, *lang.place_kind_words))


@cache
def _kind_words(code: str) -> dict[str, str]:
    return {normalize_name(w): kind for w, kind in get_language(code).place_kind_words.items()}


# Lowercase words that stand inside place names ("Ciudad de México", "Rio de Janeiro",
# "Saint-Étienne-du-Rouvray", "Frankfurt am Main"), never at their edges.
_NAME_PARTICLES = frozenset("de del la las los da do dos das di du des el sur am an der upon".split())


def _plausible(i: int, n: int, in_lexicon: list[bool], capital_ok: list[bool], joined: list[bool],
               capitalised: bool, particle: list[bool], tail: list[bool]) -> bool:
    """Whether tokens i..i+n-1 could be one place name: not a lexicon word alone,
    capitalised where names are, and not split by a comma or other mark."""
    if n == 1 and in_lexicon[i]:
        return False
    if capitalised and not all(capital_ok[i : i + n]):
        # Inside a name a lowercase particle may stand ("Ciudad de México", "Rio de
        # Janeiro"), and a region's name may end in lower-case kind words ("Amur region",
        # "Ханты-Мансийский автономный округ").
        end = i + n
        while end > i + 1 and tail[end - 1]:
            end -= 1
        if not (all(capital_ok[i:end]) or (
                end - i > 2 and capital_ok[i] and capital_ok[end - 1]
                and all(capital_ok[k] or particle[k] for k in range(i + 1, end - 1)))):
            return False
    return all(joined[i : i + n - 1])


def _inside_longer_name(text: str, span: Span, previous: re.Match[str] | None,
                        following: re.Match[str] | None, titles: frozenset[str] = frozenset()) -> bool:
    """"Vladimir Putin", "Villa La Grange", "the White House": a capitalised name that
    runs on past the place name is something else — not when a title follows it
    ("Alberta Premier Danielle Smith")."""
    if following is not None and not text[span[1] : following.start()].strip() and following.group()[0].isupper() \
            and following.group() not in titles:
        return True
    if previous is not None and not text[previous.end() : span[0]].strip():
        word = previous.group()
        # A possessive ends the name before it: "Russia's Primorsky Krai".
        possessive = len(_APOSTROPHE.split(word)) == 2 and _APOSTROPHE.split(word)[1].lower() == "s"
        if word[0].isupper() and not possessive and not _sentence_initial(text, previous.start()):
            return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    # The last character before ``start`` that is not white space, found walking back
    # (``text[:start].rstrip()[-1]``, without copying the text before every candidate).
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at < 0 or text[at] in ".!?\n:;—–-\"“«("


# "FRANKFURT/MAIN (dpa) -", "HALLE/SAALE (dpa) -": a dateline's city may carry a
# qualifier after a slash (its river or region) before the agency or the dash.
_DATELINE_END = re.compile(r"\s*(?:/\s*(?P<qualifier>[^\W\d_][\w.]*(?:[ -][^\W\d_][\w.]*)?)\s*)?(?:,|\(|—|–|-)")


# «مسقط في 20 فبراير 2025 (العمانية)», «الرياض 10 رمضان 1445 هـ»: the place, then its date
# (a short preposition may stand between), on the text's first line.
_DATELINE_DATE = re.compile(r"[ \t]+(?:[^\W\d_]{1,3}[ \t]+)?\d{1,2}(?!\d|[:.]\d)")


def _is_dateline(text: str, span: Span) -> bool:
    """"GENEVA, Wednesday —": a place opening the text, followed by a comma or dash
    (also after a slash qualifier: "FRANKFURT/MAIN (dpa) -"), or by the day of its date."""
    return not text[: span[0]].strip() and bool(_DATELINE_END.match(text, span[1])
                                                or _DATELINE_DATE.match(text, span[1]))


def is_dateline(text: str, span: Span) -> bool:
    """Whether the place at ``span`` is the text's dateline ("GENEVA, Wednesday —", "NEW
    YORK (Reuters) -")."""
    return _is_dateline(text, span)


def _by_dateline_qualifier(places: tuple[Place, ...], text: str, span: Span) -> tuple[Place, ...]:
    """"HALLE/SAALE (dpa)": the reading whose own name carries the qualifier ("Halle
    (Saale)", "Frankfurt (Oder)") first; a qualifier no reading carries changes nothing."""
    if not _is_dateline(text, span):
        return places
    m = _DATELINE_END.match(text, span[1])
    qualifier = m.group("qualifier") if m else None
    if not qualifier:
        return places
    key = normalize_name(qualifier)
    own = tuple(p for p in places if key and key in normalize_name(p.name))
    return own + tuple(p for p in places if p not in own) if own else places


def _without_adjective_countries(places: tuple[Place, ...], phrase: str, form: str, text: str, start: int,
                                 previous: re.Match[str] | None, lang_code: str) -> tuple[Place, ...]:
    """Drop the country readings of a word that, in the news languages, is the country's
    adjective: another locale's name for it ("Israeli troops", "the Saudi delegation") or
    an adjective that is also its name («الحكومة السعودية»; build_zone_data.py lists
    them). They stay evidence for the country (``demonym_countries``); a place only after
    a locative word ("in Saudi", «في السعودية», «بالسعودية»)."""
    if not any(p.kind == "country" for p in places) or is_news_country_name(form or normalize_name(phrase)):
        return places
    if _locative_before(phrase, form, text, start, previous, lang_code):
        return places
    return tuple(p for p in places if p.kind != "country")


def _locative_before(phrase: str, form: str, text: str, start: int, previous: re.Match[str] | None,
                     lang_code: str) -> bool:
    """A locative word right before the name ("in", "في"), also glued («بالسعودية»)."""
    if normalize(form) != normalize(phrase):
        stripped = normalize(phrase)[: len(normalize(phrase)) - len(normalize(form))]
        if stripped.endswith(("ب", "بال", "في")):
            return True
    if previous is None or text[previous.end() : start].strip():
        return False
    return table_get(_prepositions(lang_code), normalize(previous.group())) is not None


def _is_strong(place: Place, phrase: str, form: str, text: str, start: int, previous: re.Match[str] | None,
               lang_code: str) -> bool:
    if place.kind in ("country", "region") or place.population >= _CONFIDENT_POPULATION:
        return True
    if normalize(form) != normalize(phrase):
        stripped = normalize(phrase)[: len(normalize(phrase)) - len(normalize(form))]
        if stripped.endswith(("ب", "بال", "في")) and place.population >= _GLUED_POPULATION:
            # A glued "ب" is also "with" ("التقى ببري", met with Berri, not Bury): a
            # small town behind it needs the document's other places, like an unmarked name.
            return True
    if previous is not None and not text[previous.end() : start].strip():
        word = normalize(previous.group())
        return (table_get(_prepositions(lang_code), word) is not None
                or _kind_word(previous.group(), lang_code) is not None)
    return False
