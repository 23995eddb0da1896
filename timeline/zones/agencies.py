"""News agencies whose dateline credit says which country the copy is written from.

"VALENCIA (EFE) -": a Spanish agency's dateline is more likely Valencia in Spain than
the larger Valencia in Venezuela. Only agencies that report mostly from their own country
are listed; world agencies (Reuters, AFP, AP) report from everywhere and say nothing.
"""

from __future__ import annotations

import re

from timeline.zones.normalize import normalize_name

# Agency credit (as written inside the dateline's brackets) -> ISO country code.
_HOME_AGENCIES: dict[str, str] = {
    "dpa": "DE", "ddp": "DE", "epd": "DE", "kna": "DE", "afp-dpa": "DE",
    "apa": "AT", "sda": "CH", "keystone-sda": "CH", "ats": "CH",
    "efe": "ES", "europa press": "ES", "ep": "ES",
    "ansa": "IT", "adnkronos": "IT", "agi": "IT",
    "belga": "BE", "anp": "NL", "pap": "PL", "ctk": "CZ", "mti": "HU",
    "lusa": "PT", "notimex": "MX", "telam": "AR", "andina": "PE", "agencia brasil": "BR",
    "tass": "RU", "итар-тасс": "RU", "тасс": "RU", "ria novosti": "RU", "риа новости": "RU",
    "interfax": "RU", "интерфакс": "RU", "ukrinform": "UA", "укрінформ": "UA",
    "kyodo": "JP", "jiji": "JP", "yonhap": "KR", "xinhua": "CN", "pti": "IN", "ians": "IN",
    "aap": "AU", "cp": "CA", "the canadian press": "CA", "pa": "GB", "press association": "GB",
    "anadolu": "TR", "mena": "EG", "wafa": "PS", "spa": "SA", "wam": "AE", "qna": "QA",
    "kuna": "KW", "petra": "JO", "sana": "SY", "irna": "IR", "aps": "DZ", "map": "MA", "tap": "TN",
}
_HOME_AGENCY_KEYS = {normalize_name(k): v for k, v in _HOME_AGENCIES.items()}

# "(EFE)", "(dpa/lni)", "(AFP/dpa)": the credits inside the brackets right after the place.
_CREDIT = re.compile(r"[\s/A-Za-z.-]{0,20}?\(\s*([^()\n]{1,40}?)\s*\)")


def dateline_agency_country(text: str, end: int) -> tuple[str, str] | None:
    """The home country of the first national agency credited right after a dateline place
    ending at ``end`` ("VALENCIA (EFE)" -> ("ES", "EFE")), or None."""
    m = _CREDIT.match(text, end)
    if m is None:
        return None
    for credit in re.split(r"[/,]", m.group(1)):
        country = _HOME_AGENCY_KEYS.get(normalize_name(credit.strip()))
        if country:
            return country, credit.strip()
    return None
