"""Market names that say whose clock a sentence keeps.

"Nach der Eröffnung der Wall Street um 9.30 Uhr Ortszeit", "le Nikkei a clôturé à 15 heures":
a stock exchange or its index is where its session happens, so "local time" in its sentence
is its city's clock, not the clock of the dateline (Frankfurt, Paris) the copy comes from.
Only a short list of names that stand for one exchange wherever they are written (in any
language, as proper names) is kept; names that hold their city ("Bourse de Paris",
"Московская биржа") need no entry, the city is found as a place. A name counts only for the
sentence it is in: the story goes back to its own clock after it.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.sentences import sentence_index
from timeline.model import PlaceMention

# Name -> (city, country, IANA zone).
_EXCHANGES: dict[str, tuple[str, str, str]] = {
    "Wall Street": ("New York", "US", "America/New_York"),
    "NYSE": ("New York", "US", "America/New_York"),
    "Nasdaq": ("New York", "US", "America/New_York"),
    "Dow Jones": ("New York", "US", "America/New_York"),
    "FTSE": ("London", "GB", "Europe/London"),
    "Xetra": ("Frankfurt", "DE", "Europe/Berlin"),
    "Dax": ("Frankfurt", "DE", "Europe/Berlin"),
    "CAC 40": ("Paris", "FR", "Europe/Paris"),
    "Ibex": ("Madrid", "ES", "Europe/Madrid"),
    "Nikkei": ("Tokyo", "JP", "Asia/Tokyo"),
    "Hang Seng": ("Hong Kong", "HK", "Asia/Hong_Kong"),
    "Kospi": ("Seoul", "KR", "Asia/Seoul"),
    "Sensex": ("Mumbai", "IN", "Asia/Kolkata"),
    "Bovespa": ("São Paulo", "BR", "America/Sao_Paulo"),
    "MOEX": ("Moscow", "RU", "Europe/Moscow"),
    "Мосбиржа": ("Moscow", "RU", "Europe/Moscow"),
    "Мосбиржи": ("Moscow", "RU", "Europe/Moscow"),
    "Мосбирже": ("Moscow", "RU", "Europe/Moscow"),
}


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_EXCHANGES, key=len, reverse=True)
    # Case kept: "dax" or "ibex" in lower case are no names; a hyphen may glue a noun after
    # the name ("Xetra-Handel", "Dax-Konzerne", "Nikkei-Index").
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")


def find_exchanges(text: str, doc_id: str, starts: list[int]) -> list[PlaceMention]:
    """The exchanges and indexes of ``_EXCHANGES`` named in ``text``, as located places of
    their city (``settled_by`` says which name)."""
    found = []
    for m in _pattern().finditer(text):
        key = " ".join(m.group().split())
        city, country, zone = _EXCHANGES[key]
        found.append(PlaceMention(doc_id, m.span(), m.group(), city, country, zone, sentence_index(starts, m.start()),
                                  strong=True, settled_by=f"'{key}' is an exchange of {city}", located=True))
    return found
