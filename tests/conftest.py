import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_7cbdac0441859c45.txt"
EXAMPLES = ROOT / "examples"
FIXED_TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present in this checkout")
    return SEED.read_text(encoding="utf-8")


# Arabic marks and tatweel are inside a word, though not \w.
_WORD_CHAR = "[\\w\u064B-\u065F\u0670\u0640]"
_LABEL_EDGE = " \t\n.,،;؛:!?؟-–—\"'“”«»()…"


def broken_label_words(text: str, labels) -> list[tuple[str, str]]:
    """(label, word) for every word of an event label that is not a whole word of ``text``
    (a masked span that cut a word in two: "الختا" of "الختام")."""
    import re

    broken = []
    for label in labels:
        for token in label.split():
            word = token.strip(_LABEL_EDGE)
            if not any(c.isalnum() for c in word):
                continue
            if not re.search(rf"(?<!{_WORD_CHAR}){re.escape(word)}(?!{_WORD_CHAR})", text):
                broken.append((label, word))
    return broken
