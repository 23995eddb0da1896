"""Relations the text states between two dates (links.py relates clock times):

- ``range``: "من 13 إلى 15 يونيو", "بين 13 و15 يونيو" — ``source`` is the first day,
  ``target`` the last.
- ``equals``: "6 ذو القعدة 1442 هـ الموافق 16 يونيو 2021", "16 يونيو (6 ذو القعدة)".

Connectors come from the language (``range_openers``/``range_connectors``,
``equivalence_connectors``); only the words between the mentions are read.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract import regex_store
from timeline.extract.patterns import alternation, compile_language, fragments
from timeline.model import DATE, Link, Mention
from timeline.textnorm import normalize

_MAX_GAP = 60  # characters between the two ends of a range


@cache
def _range_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    lang = compile_language(code).language
    if not (lang.range_openers and lang.range_connectors):
        return None
    leads = fragments(lang.clock_leads)
    gap = regex_store.compile(
        rf"^\s*(?P<join>{alternation(lang.range_connectors)})\s*(?:(?:{leads})\s*)?(?:{lang.glued_prefix})?$",
        re.IGNORECASE,
    )
    opener = regex_store.compile(
        rf"(?<![\w])(?P<open>{alternation(lang.range_openers)})\s*(?:(?:{leads})\s*)?(?:{lang.glued_prefix})?$",
        re.IGNORECASE,
    )
    return gap, opener


def find_relations(text: str, mentions: list[Mention]) -> list[Link]:
    links: list[Link] = []
    ordered = sorted(mentions, key=lambda m: m.span)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.sentence != second.sentence or first.doc != second.doc:
            continue
        link = _range_link(text, first, second) or _date_equivalence(text, first, second)
        if link:
            links.append(link)
    return links


def _range_link(text: str, first: Mention, second: Mention) -> Link | None:
    if first.kind != DATE or second.kind != DATE:
        return None
    patterns = _range_patterns(second.lang)
    if patterns is None or second.span[0] - first.span[1] > _MAX_GAP:
        return None
    gap_re, opener_re = patterns
    gap = text[first.span[1] : second.span[0]]
    said = gap
    if first.text[-1:].isdigit() and gap.startswith("."):
        said = gap[1:]  # "vom 26. bis 28. Juni": the German ordinal dot is not part of the connector
    g = gap_re.match(normalize(said))
    if not g:
        return None
    before = normalize(text[max(0, first.span[0] - 30) : first.span[0]])
    o = opener_re.search(before)
    # "و"/"and" joins a range only after "بين"/"between" ("between ... and"); "إلى/حتى/to" need no opener.
    lang = compile_language(second.lang).language
    if o is None and g.group("join").strip() in {normalize(w) for w in lang.number_joiners + lang.list_joiners} \
            and not _consecutive_days(first, second):
        return None
    connector = ((o.group("open") + " … ") if o else "") + said.strip()
    return Link("range", first.id, second.id, connector, (second.span[0] - len(said), second.span[0]), "link:range")


def _consecutive_days(first: Mention, second: Mention) -> bool:
    """"les 18 et 19 décembre", "am 27. und 28. Januar", "18 и 19 декабря": two days in a row
    listed with "and" are the days of one event (a two-day summit), the same days a range
    would name; "June 26 and 28", with a day between, stay two days."""
    a, b = first.parts, second.parts
    if a.day is None or b.day is None or a.month is None or a.month != b.month or a.calendar != b.calendar:
        return False
    if a.weekday is not None or b.weekday is not None or a.relative_days is not None:
        return False
    return b.day == a.day + 1 and (a.year is None or b.year is None or a.year == b.year)


def _date_equivalence(text: str, first: Mention, second: Mention) -> Link | None:
    if first.kind != DATE or second.kind != DATE or second.span[0] - first.span[1] > _MAX_GAP:
        return None
    gap = text[first.span[1] : second.span[0]]
    patterns = compile_language(second.lang)
    norm = normalize(gap)
    if patterns.equivalence.match(norm) or ("(" in gap and not gap.replace("(", "").strip()):
        return Link("equals", first.id, second.id, gap.strip(), (first.span[1], second.span[0]), "link:date-connector")
    return None
