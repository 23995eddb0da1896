"""Stage 1: text → mentions (spans with typed parts) and the links the text states."""

from __future__ import annotations

from timeline import lang as languages
from timeline.extract.links import complete_ranges, find_links, with_range_days
from timeline.extract.relations import find_relations
from timeline.extract.scanner import scan
from timeline.model import Document, Link, Mention


def extract_document(document: Document, first_id: int = 1) -> tuple[list[Mention], list[Link]]:
    code = document.lang or languages.detect(document.text)
    mentions = complete_ranges(document.text, scan(document.text, code, document.id, first_id))
    links = find_links(document.text, mentions) + find_relations(document.text, mentions)
    return with_range_days(mentions, links), links


def extract(text: str, *, lang: str | None = None, doc_id: str = "doc1") -> list[Mention]:
    """The time, date and duration mentions of ``text``, in text order."""
    mentions, _ = extract_document(Document(text=text, id=doc_id, lang=lang))
    return mentions
