"""The `hijri-mismatch` finding: a Hijri date and a Gregorian date in one sentence
("6 ذو القعدة 1442 هـ الموافق 16 يونيو 2021") are two statements of the same day."""

from __future__ import annotations

from timeline.model import CONFLICT, DATE, INFO, Finding, Mention, Resolved

# Countries that begin months on a local moon sighting can be a day off Umm al-Qura.
_SIGHTING_TOLERANCE_DAYS = 1


def hijri_mismatches(mentions: list[Mention], resolved: dict[str, Resolved]) -> list[Finding]:
    findings = []
    days = [m for m in mentions if m.kind == DATE and resolved.get(m.id) is not None
            and resolved[m.id].date is not None and resolved[m.id].granularity == "day"]
    for hijri in (m for m in days if m.parts.calendar == "hijri"):
        gregorian = [g for g in days if g.sentence == hijri.sentence and g.parts.calendar is None
                     and g.parts.month is not None and g.parts.day is not None]
        if not gregorian:
            continue
        other = min(gregorian, key=lambda g: abs(g.span[0] - hijri.span[0]))
        h_day, g_day = resolved[hijri.id].date, resolved[other.id].date
        gap = abs((h_day - g_day).days)
        if gap == 0:
            continue
        severity = INFO if gap <= _SIGHTING_TOLERANCE_DAYS else CONFLICT
        why = (" — within the one-day difference a local moon sighting can make" if severity == INFO
               else "")
        findings.append(Finding(
            "hijri-mismatch", severity,
            f"'{hijri.text}' is {h_day.isoformat()} in the Umm al-Qura calendar but '{other.text}' in the same "
            f"sentence is {g_day.isoformat()}: {gap} day{'s' if gap != 1 else ''} apart{why}",
            (hijri.id, other.id)))
    return findings
