"""Clock times that cannot exist ("25:70 Moscow time", "الساعة 26:15"): findings, not mentions.

The clock pattern only takes hours up to 24 and minutes up to 59, so "25:70" never becomes
a mention; alone it is as likely a score or a ratio. When a zone cue, a day period or a
clock lead vouches that the writer meant a time, dropping it silently would lose a stated
moment: it is reported as an ``invalid-time`` finding instead.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.fastscan import finditer as fast_finditer
from timeline.extract.patterns import Patterns, alternation, compile_language, fragments
from timeline.extract.zone_cues import match_zone_cue
from timeline.model import WARNING, Finding
from timeline.textnorm import NormalizedText

# Only out-of-range shapes: hour 25-99, minute 60-99, or 24 with minutes. A cheap first pass,
# so ordinary texts pay one C-level scan; digits of other scripts are folded first.
_OUT_OF_RANGE = re.compile(
    r"(?<![\d.,:])(?:(?:2[5-9]|[3-9]\d)\D{1,2}\d\d|\d{1,2}\D{1,2}[6-9]\d|24\D{1,2}(?:0[1-9]|[1-5]\d))(?!\d)"
)
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")


@cache
def _clock_shape(code: str) -> re.Pattern[str]:
    lang = compile_language(code).language
    seps = "|".join(re.escape(s) for s in (*lang.clock_separators, *lang.weak_clock_separators))
    leads = fragments(lang.clock_leads) if lang.clock_leads else "(?!)"
    return re.compile(
        rf"(?:(?P<lead>{leads})\s*)?(?<![\d.,:])(?P<h>\d{{1,2}})\s?(?P<sep>{seps})\s?(?P<m>\d{{2}})(?![\d]|[.,:]\d)",
        re.IGNORECASE,
    )


@cache
def _period_after(code: str) -> re.Pattern[str] | None:
    periods = alternation(w for w in compile_language(code).language.day_periods if w)
    return re.compile(rf"\s*{periods}(?![^\W\d_])", re.IGNORECASE) if periods else None


def _out_of_range_in(text: str) -> bool:
    # Tried only at the starts of numbers (``fastscan``): opening with a lookbehind, the
    # pattern would be tried at every position of the text.
    return next(fast_finditer(_OUT_OF_RANGE, text), None) is not None


def impossible_clock_findings(text: str, code: str) -> list[Finding]:
    """``invalid-time`` findings for the clock times of ``text`` that no clock shows."""
    if not _out_of_range_in(text):
        if not _NON_ASCII_DIGIT.search(text):
            return []
        norm = NormalizedText(text)
        if not _out_of_range_in(norm.text):
            return []
    else:
        norm = NormalizedText(text)
    p = compile_language(code)
    findings = []
    for m in _clock_shape(code).finditer(norm.text):
        hour, minute = int(m.group("h")), int(m.group("m"))
        if hour < 24 and minute < 60 or hour == 24 and minute == 0:
            continue
        end = _vouched_end(norm.text, m, p, code)
        if end is None:
            continue
        start, stop = norm.span_to_original(m.start("h"), end)
        findings.append(Finding(
            "invalid-time", WARNING,
            f"'{text[start:stop]}' (characters {start}-{stop}): no clock shows {hour:02d}:{minute:02d} "
            "(hours run 0-24, minutes 0-59); not placed on the timeline",
        ))
    return findings


def _vouched_end(s: str, m: re.Match[str], p: Patterns, code: str) -> int | None:
    """Where the time's phrase ends when a cue, a day period or a lead says it is a time.
    After a decimal-point separator a place is no proof: "$30.25 in New York" is a price."""
    if m.group("sep") not in p.language.weak_clock_separators:
        cue, cue_end = match_zone_cue(s, m.end(), p)
        if cue is not None:
            return cue_end
    period = _period_after(code)
    if period is not None and (found := period.match(s, m.end())):
        return found.end()
    return m.end() if m.group("lead") else None
