"""Zone cues: the words after a clock time that say whose clock it is ("local time",
"ET", "Moscow time", "بتوقيت موسكو"), read by the extractor's own cue grammar.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from timeline.extract.patterns import Patterns
from timeline.model import ZoneCue
from timeline.zones.capitals import capital_view
from timeline.zones.cldr_names import lookup_zone_name
from timeline.zones.lookup import is_abbreviation, names_a_zone_in


def match_zone_cue(s: str, pos: int, p: Patterns) -> tuple[ZoneCue | None, int]:
    """The zone cue that starts right after ``pos`` (after spaces, a comma or a
    parenthesis), or (None, pos). Its span keeps a closing parenthesis only when it
    also holds the opening one."""
    view = capital_view(s, p.language.code, False)
    if view is not None and _in_spans(pos, view[1]):
        cue, end = _match_zone_cue(view[0], pos, p)
        if cue is not None and cue.rule == "cue:abbreviation" and "," in s[pos : cue.span[0]]:
            # "DINNER AT 8 PM, EAT WELL": in capitals any word looks like an abbreviation;
            # only one right after the time is read as one.
            cue = None
    else:
        cue, end = _match_zone_cue(s, pos, p)
    if cue is None:
        return None, pos
    start, end = cue.span
    while end > start and s[end - 1].isspace():
        end -= 1
    if s[end - 1] == ")" and "(" not in s[start:end]:
        end -= 1
        while end > start and s[end - 1].isspace():
            end -= 1
    while start < end and s[start].isspace():
        start += 1
    return replace(cue, span=(start, end), text=s[start:end]), end


def _match_zone_cue(s: str, pos: int, p: Patterns) -> tuple[ZoneCue | None, int]:
    opening = p.cue_opening.match(s, pos)
    at = opening.end() if opening else pos
    m = p.local_cue.match(s, at)
    if m:
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "local", "local", "cue:local"), m.end()
    m = p.offset_cue.match(s, at)
    if m:
        if m.group("bare"):
            sign, hours, minutes = m.group("bare"), m.group("boh"), m.group("bom")
        else:
            sign, hours, minutes = m.group("sign"), m.group("oh"), m.group("om") or "00"
        # Real offsets run from -12:00 to +14:00; "+1434" is a number, not a zone.
        if int(minutes) < 60 and int(hours) * 60 + int(minutes) <= 14 * 60:
            value = f"{'-' if sign == '-' else '+'}{int(hours):02d}:{int(minutes):02d}"
            return ZoneCue(m.group().strip(), (m.start(), m.end()), "offset", value, "cue:offset"), m.end()
    m = p.word_cue.match(s, at)
    if m:
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "abbreviation", m.group("word"), "cue:zone-word"), m.end()
    if p.bare_zone_cue is not None and (m := p.bare_zone_cue.match(s, at)):
        value = p.language.bare_zone_names[m.group("word")]
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "abbreviation", value, "cue:bare-zone-name"), m.end()
    for template in p.template_cues:
        m = template.match(s, at)
        if not m:
            continue
        found = _template_zone(s, m, p)
        if found is None:
            continue
        value, end = found
        return ZoneCue(s[m.start():end].strip(), (m.start(), end), "named", value, "cue:template"), end
    m = p.abbreviation_token.match(s, at)
    if m and is_abbreviation(m.group("abbr")):
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "abbreviation", m.group("abbr"), "cue:abbreviation"), m.end()
    return None, pos


_SLOT_WORD = re.compile(r"\S+")


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos <= spans[i][1]


def _template_zone(s: str, m: re.Match[str], p: Patterns) -> tuple[str, int] | None:
    """The zone a template match names, longest reading first, and where the cue
    ends: the whole cue as a CLDR name ("Central European Summer Time", "heure normale
    d'Europe centrale"), else the slot's leading words as a place, zone name,
    abbreviation or one of the language's zone adjectives ("British", "московскому")."""
    words = list(_SLOT_WORD.finditer(s, m.start("zone"), m.end("zone")))
    # Spaces after the slot are no tail: "en Bogotá ante sus seguidores.\n\n" ends in a paragraph break.
    has_tail = bool(s[m.end("zone") : m.end()].strip())
    lang = p.language
    for n in range(len(words), 0, -1):
        if n < len(words) and has_tail:
            break  # the template's tail came after the dropped words
        end = m.end() if n == len(words) else words[n - 1].end()
        phrase = s[words[0].start() : words[n - 1].end()]
        whole = s[m.start() : end].strip().lstrip("(").strip().rstrip(")").strip()
        if lookup_zone_name(whole):
            return whole, end
        if whole.endswith(".") and not has_tail and lookup_zone_name(whole.rstrip(".")):
            # The name ends the sentence; ``end`` may include the line break after it.
            return whole.rstrip("."), words[n - 1].end() - 1
        if names_a_zone_in(phrase, lang.code, lang.places_capitalised):
            return phrase, end
        trimmed = phrase.rstrip(".,;:")  # "Paris." ending the sentence; "U.S." keeps its dots above
        if trimmed != phrase and not has_tail \
                and names_a_zone_in(trimmed, lang.code, lang.places_capitalised):
            # From the phrase's own end: ``end`` may include the spaces after it ("Paris.\n").
            return trimmed, words[n - 1].end() - (len(phrase) - len(trimmed))
    return None
