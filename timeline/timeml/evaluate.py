"""Run the pipeline over TimeML gold documents and score its TIMEX3 output."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from timeline.model import Document
from timeline.pipeline import build
from timeline.timeml.reader import TimeMLDocument, read_tml
from timeline.timeml.scorer import Entity, Tally, match
from timeline.timex import timex3


def gold_files(root: str | Path) -> list[Path]:
    root = Path(root)
    return sorted(root.rglob("*.tml")) if root.is_dir() else [root]


def system_entities(doc: TimeMLDocument, lang: str = "en") -> list[Entity]:
    t = build(Document(text=doc.text, id="doc1", lang=lang, reference_date=doc.dct))
    reference = t.documents[0].reference_date
    out = []
    for m in t.mentions:
        x = timex3(m, t.resolved.get(m.id), reference)
        out.append(Entity(m.span, m.text, x.type, x.value))
    return out


def evaluate_document(doc: TimeMLDocument, lang: str = "en") -> Tally:
    gold = [Entity(g.span, g.text, g.type, g.value) for g in doc.timexes]
    return match(gold, system_entities(doc, lang), doc.id)


def evaluate_files(paths: Iterable[Path], lang: str = "en") -> list[Tally]:
    return [evaluate_document(read_tml(p), lang) for p in paths]
