"""Read a TimeML (.tml) document: its DCT, the plain text of <TEXT>, and the TIMEX3
annotations as spans into that plain text."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_][\w:-]*)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(frozen=True)
class GoldTimex:
    tid: str
    span: tuple[int, int]
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    id: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]


def read_tml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    doc_id = _first(r"<DOCID>\s*(.*?)\s*</DOCID>", raw) or path.stem
    dct = None
    m = _DCT.search(raw)
    if m:
        value = dict(_ATTR.findall(m.group(1))).get("value", "")
        try:
            dct = dt.date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    body = _TEXT.search(raw)
    text, timexes = strip_tags(body.group(1) if body else "")
    return TimeMLDocument(doc_id, dct, text, tuple(timexes))


def strip_tags(marked: str) -> tuple[str, list[GoldTimex]]:
    """Plain text of inline-annotated TimeML, with each TIMEX3's span in that text."""
    pieces: list[str] = []
    length = 0
    open_timex: list[tuple[dict[str, str], int]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(marked):
        chunk = html.unescape(marked[pos : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):  # closing
            if open_timex:
                attrs, start = open_timex.pop()
                text = "".join(pieces)[start:length]
                timexes.append(GoldTimex(attrs.get("tid", ""), (start, length), text, attrs.get("type", ""),
                                         attrs.get("value", ""), attrs.get("mod")))
        elif not tag.group(4):
            open_timex.append((dict(_ATTR.findall(tag.group(3))), length))
    pieces.append(html.unescape(marked[pos:]))
    return "".join(pieces), sorted(timexes, key=lambda t: t.span)


def _first(pattern: str, text: str) -> str | None:
    m = re.search(pattern, text, re.S)
    return m.group(1) if m else None
