"""Matching key used for place and time-zone names (build time AND lookup time).

``normalize_name`` must stay byte-for-byte stable: the generated data in
``timeline/zones/data/`` stores keys produced by it.  If you change it, re-run
``python scripts/build_zone_data.py``.

Steps (in order):

1. Unicode NFKC (folds presentation forms, full-width letters, ligatures,
   Arabic presentation forms, NBSP -> space, ...).
2. ``str.casefold`` (``ß`` -> ``ss``, final sigma, ...).
3. One ``str.translate`` pass with a precomputed table that
   * strips Latin diacritics (NFKD of the Latin letters minus combining
     marks; plus stroke letters that have no decomposition: ``ł ø đ ħ ŧ ı``,
     and ``æ``/``œ`` -> ``ae``/``oe``), and deletes stray combining marks of
     the U+0300–U+036F block;
   * Arabic: deletes tashkeel U+064B–U+0652, superscript alef U+0670 and
     tatweel U+0640; ``أ إ آ ٱ`` -> ``ا``; ``ة`` -> ``ه``; ``ى`` -> ``ي``;
     ``ؤ`` -> ``و``; ``ئ`` -> ``ي``; Persian yeh ``ی`` -> ``ي``;
   * deletes zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E,
     U+2066–U+2069, U+FEFF) and the soft hyphen U+00AD;
   * maps hyphen/dash variants to ``-`` and apostrophe variants to ``'``.
4. Whitespace runs (any Unicode whitespace) collapse to one ASCII space;
   leading/trailing whitespace is removed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["normalize_name"]


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}

    # --- Latin diacritics -------------------------------------------------
    latin_ranges = [
        (0x00C0, 0x024F),  # Latin-1 Supplement letters, Latin Extended-A/B
        (0x1E00, 0x1EFF),  # Latin Extended Additional
    ]
    for lo, hi in latin_ranges:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if not ch.isalpha():
                continue
            low = ch.casefold()
            decomp = unicodedata.normalize("NFKD", low)
            stripped = "".join(c for c in decomp if not unicodedata.combining(c))
            if stripped and stripped != ch:
                table[cp] = stripped
    extra = {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "ı": "i",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "þ": "th",
        "ƀ": "b",
        "ɨ": "i",
        "ƶ": "z",
    }
    for k, v in extra.items():
        table[ord(k)] = v
    for cp in range(0x0300, 0x0370):  # Combining Diacritical Marks block
        table[cp] = None

    # --- Arabic ------------------------------------------------------------
    for cp in range(0x064B, 0x0653):  # tashkeel (fathatan .. sukun)
        table[cp] = None
    table[0x0670] = None  # superscript alef
    table[0x0640] = None  # tatweel
    for ch in "أإآٱ":
        table[ord(ch)] = "ا"
    table[ord("ة")] = "ه"
    table[ord("ى")] = "ي"
    table[ord("ؤ")] = "و"
    table[ord("ئ")] = "ي"
    table[ord("ی")] = "ي"  # Persian yeh, common in Arabic-script web text

    # --- invisible controls --------------------------------------------------
    for lo, hi in ((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069)):
        for cp in range(lo, hi + 1):
            table[cp] = None
    table[0xFEFF] = None
    table[0x00AD] = None  # soft hyphen

    # --- hyphens / apostrophes ----------------------------------------------
    for cp in (
        0x2010,
        0x2011,
        0x2012,
        0x2013,
        0x2014,
        0x2015,
        0x2212,
        0xFE58,
        0xFE63,
        0xFF0D,
        0x058A,
        0x1806,
        0x2E3A,
        0x2E3B,
    ):
        table[cp] = "-"
    for cp in (
        0x2018,
        0x2019,
        0x201A,
        0x201B,
        0x2032,
        0x2035,
        0x02B9,
        0x02BB,
        0x02BC,
        0x02BD,
        0x02BE,
        0x02BF,
        0x02C8,
        0x0060,
        0x00B4,
        0xFF07,
        0x055A,
    ):
        table[cp] = "'"
    return table


_TABLE = _build_table()
_nfkc = unicodedata.normalize


def normalize_name(s: str) -> str:
    """Return the matching key of ``s`` (see module docstring)."""
    if len(s) <= _SHORT:
        return _normalize_short_name(s)
    return _normalize_name(s)


# The place scan keys every word and n-gram of a text, and words recur within and across
# texts: short strings are remembered (NFKC and the table lookup cost per character);
# long ones are not kept alive.
_SHORT = 48


@lru_cache(maxsize=1 << 14)
def _normalize_short_name(s: str) -> str:
    return _normalize_name(s)


def _normalize_name(s: str) -> str:
    if s.isascii():
        # Fast path: NFKC is the identity on ASCII and only ` needs mapping.
        s = s.lower()
        if "`" in s:
            s = s.replace("`", "'")
        return " ".join(s.split())
    s = _nfkc("NFKC", s).casefold().translate(_TABLE)
    return " ".join(s.split())
