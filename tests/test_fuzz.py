"""Fuzzing: generated texts of mixed digits, separators, zone words, Arabic, bidi marks
and very long lines go through the whole pipeline and the JSON export without an
exception, with valid spans and the same bytes twice.

CI runs a short run. The long run (>= 100,000 inputs):

    TIMELINE_FUZZ_RUNS=100000 python -m pytest tests/test_fuzz.py -q

Work must grow linearly with the text: the hostile-input check compares the number of
regex and label operations rather than seconds, so it is not a timed test; the timed
ratio (doubling 300 KB of hostile text) is printed by ``python bench/linearity.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import random

import pytest

import timeline
from timeline.export.json_export import timeline_to_json

RUNS = int(os.environ.get("TIMELINE_FUZZ_RUNS", "1000"))
SEED = int(os.environ.get("TIMELINE_FUZZ_SEED", "20210616"))

DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
SEPARATORS = [":", ".", ",", "-", "/", "h", "،", "٫", "：", " ", "", "−", "–", "+"]
ZONE_WORDS = [
    "GMT", "UTC", "Z", "EST", "EDT", "CET", "CEST", "MSK", "IST", "BST", "CST", "PST", "ET", "local time",
    "Moscow time", "Eastern Time", "Geneva time", "time in Tokyo", "بتوقيت موسكو", "بالتوقيت المحلي",
    "بتوقيت غرينتش", "بتوقيت جنيف", "توقيت القاهرة", "GMT+3", "UTC-05:00", "UTC+14", "GMT-12", "+0300", "(GMT)",
]
WORDS = [
    "at", "on", "the", "talks", "began", "ended", "lasted", "hours", "minutes", "i.e.", "which is", "after",
    "before", "later", "today", "yesterday", "tomorrow", "Wednesday", "June", "February", "31", "p.m.", "a.m.",
    "noon", "midnight", "about", "three and a half", "الساعة", "عند", "مساء", "صباحا", "اليوم", "أمس", "الأربعاء",
    "يونيو", "حزيران", "فبراير", "ساعات", "ساعتين", "دقيقة", "أي", "الموافق", "بعد", "قبل", "لمدة", "جنيف", "موسكو",
    "Geneva", "Moscow", "New York", "Tokyo", "in", "في",
]
MARKS = ["\u200f", "\u200e", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069",
         "\u200b", "\u200d", "\ufeff", "\u0640", "\u064b", "\u0650", "\u00ad", "\u00a0", "\u2009", "\u3000"]
ODD = ["\n", "\r\n", "\t", "\x0b", "\u2028", "(", ")", "[", "]", "«", "»", "\"", "'", "…", "%", "$", "€", "½", "🕐",
       "\ud7ff", "\U0010ffff", "e\u0301", "ﻻ"]


def clock(r: random.Random) -> str:
    def number(width: int) -> str:
        return "".join(r.choice(DIGITS[:10] if r.random() < 0.7 else DIGITS) for _ in range(width))

    parts = [number(r.choice([1, 2, 2, 3, 4]))]
    for _ in range(r.choice([0, 1, 1, 2, 3])):
        parts.append(r.choice(SEPARATORS) + number(r.choice([1, 2, 2, 4])))
    return "".join(parts)


def generate(r: random.Random) -> str:
    kind = r.random()
    pieces = []
    length = r.choice([1, 3, 8, 20, 60]) if kind < 0.99 else r.choice([2000, 8000])  # some very long lines
    for _ in range(length):
        roll = r.random()
        if roll < 0.3:
            pieces.append(clock(r))
        elif roll < 0.5:
            pieces.append(r.choice(ZONE_WORDS))
        elif roll < 0.8:
            pieces.append(r.choice(WORDS))
        elif roll < 0.9:
            pieces.append(r.choice(MARKS))
        elif roll < 0.97:
            pieces.append(r.choice(ODD))
        else:
            pieces.append("".join(chr(r.randrange(0x20, 0x3000)) for _ in range(r.randrange(1, 6))))
    joiner = r.choice([" ", " ", "", "\u200f ", ", ", "\n"])
    return joiner.join(pieces)


def check_one(text: str, reference: dt.date, twice: bool) -> None:
    result = timeline.build(text, reference_date=reference)
    for m in result.mentions:
        a, b = m.span
        assert 0 <= a <= b <= len(text) and text[a:b] == m.text, (text, m)
    first = timeline_to_json(result)
    if twice:
        assert timeline_to_json(timeline.build(text, reference_date=reference)) == first


def test_fuzz_pipeline_never_raises():
    r = random.Random(SEED)
    failures = []
    for i in range(RUNS):
        text = generate(r)
        reference = dt.date(r.randrange(1970, 2038), r.randrange(1, 13), r.randrange(1, 29))
        try:
            check_one(text, reference, twice=i % 10 == 0)
        except Exception as exc:  # noqa: BLE001 - collect, then report the first few
            failures.append((i, repr(text[:300]), reference, f"{type(exc).__name__}: {exc}"))
            if len(failures) >= 5:
                break
    assert not failures, "\n".join(map(str, failures))


def hostile(size: int, seed: int = 7) -> str:
    """Digits, colons and zone words with no sentence end: the worst case for per-mention
    and per-sentence work."""
    r = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        piece = r.choice([clock(r), clock(r), ":", "::", r.choice(ZONE_WORDS), r.choice(ZONE_WORDS), "i.e.", "أي"])
        out.append(piece)
        total += len(piece) + 1
    return " ".join(out)[:size]


@pytest.mark.parametrize("size", [20_000])
def test_work_grows_linearly_on_hostile_input(size, monkeypatch):
    """Doubling hostile input must not more than double the work done per character of
    clause and label text (the quadratic path was every event re-reading one giant
    sentence)."""
    from timeline.reconcile import labels

    measured = []
    for n in (size, 2 * size):
        text = hostile(n)
        timeline.build(text, reference_date="2021-06-16")  # warm caches
        chars = 0
        original_unmasked = labels._unmasked

        def counting_unmasked(text_, span, masked, __original=original_unmasked):
            nonlocal chars
            chars += span[1] - span[0]
            return __original(text_, span, masked)

        monkeypatch.setattr(labels, "_unmasked", counting_unmasked)
        timeline.build(text, reference_date="2021-06-16")
        monkeypatch.setattr(labels, "_unmasked", original_unmasked)
        measured.append(chars)
    assert measured[0] > 0
    assert measured[1] <= 2.5 * measured[0], measured


def test_offset_beyond_fourteen_hours_is_not_a_zone():
    # Found by the fuzz run: "+1434" passed as an offset cue and crashed the resolver.
    result = timeline.build("Doors open at 12:00 +1434, close at 13:00 -14:47.", reference_date="2021-06-16")
    assert all(r.zone not in ("+14:34", "-14:47") for r in result.resolved.values())


def test_sentence_of_marks_only_gets_a_label():
    # Found by the long fuzz run (seed 2, input 4,234): a label for a time whose
    # "sentence" held no clause raised IndexError.
    text = 'أي\n4.۹\nlocal time\nاليوم\nmidnight\nCST\n«\nالساعة\n6\nتوقيت القاهرة\nموسكو\n🕐\nPST\nموسكو\nموسكو\n٥–۸1/46\ntime in Tokyo\n6۲6:231١\n73：26\n½'
    check_one(text, dt.date(1995, 6, 6), twice=True)


@pytest.mark.parametrize(("module", "name"), [("timeline.zones.resolver", "offset_on"),
                                              ("timeline.zones.scope", "_block_of")])
def test_zone_scope_work_grows_linearly_on_hostile_input(module, name, monkeypatch):
    """Zone clocks compared per abbreviation and passages looked up per uncued time grow
    with the text, not with (times × places) or (times × declarations): each was a scan
    of the whole document per time (4.3× and 3.9× the calls for twice the text)."""
    import importlib

    target = importlib.import_module(module)
    original = getattr(target, name)
    calls = 0

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, counting)
    measured = []
    for n in (20_000, 40_000):
        calls = 0
        timeline.build(hostile(n), reference_date="2021-06-16")
        measured.append(calls)
    assert measured[0] > 0
    assert measured[1] <= 2.5 * measured[0], measured
