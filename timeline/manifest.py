"""A manifest: several documents with what is known about each (id, the text or a path
to it, publication date, place, language), so that one run can merge reports that were
published on different days, about different places, in different languages.

Formats, told apart by the file name: ``.json`` (a list of objects, or an object with
a ``documents`` list), ``.jsonl``/``.ndjson`` (one object a line) and ``.yaml``/``.yml``
(needs PyYAML, which is not a runtime dependency). Paths are relative to the manifest.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from timeline.inputs import InputError, decode, read_document_text
from timeline.model import Document

FIELDS = ("id", "path", "text", "date", "place", "lang", "note")


class ManifestError(ValueError):
    pass


def read_manifest(path: str | Path) -> list[Document]:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ManifestError(f"{p}: cannot read the manifest ({exc.strerror or exc})") from None
    try:
        text = decode(raw, str(p))
    except InputError as exc:
        raise ManifestError(str(exc)) from None
    entries = _parse(text, p)
    documents = [_document(entry, i, p) for i, entry in enumerate(entries, start=1)]
    ids = [d.id for d in documents]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ManifestError(f"{p}: document ids must be unique (repeated: {', '.join(duplicates)})")
    if not documents:
        raise ManifestError(f"{p}: the manifest lists no documents")
    return documents


def _parse(text: str, p: Path) -> list[Any]:
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        entries = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    entries.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ManifestError(f"{p}:{number}: not valid JSON ({exc.msg})") from None
        return entries
    if suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise ManifestError(f"{p}: YAML manifests need PyYAML (pip install pyyaml); "
                                "or write the manifest as JSON or JSON Lines") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ManifestError(f"{p}: not valid YAML ({exc})") from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ManifestError(f"{p}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
    if not isinstance(data, list):
        raise ManifestError(f"{p}: expected a list of documents (or {{\"documents\": [...]}})")
    return data


def _document(entry: Any, index: int, manifest: Path) -> Document:
    where = f"{manifest}: document {index}"
    if not isinstance(entry, dict):
        raise ManifestError(f"{where}: expected an object with id, path or text, date, place, lang")
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise ManifestError(f"{where}: unknown field(s) {', '.join(unknown)} (known: {', '.join(FIELDS)})")
    if ("path" in entry) == ("text" in entry):
        raise ManifestError(f"{where}: give exactly one of 'path' or 'text'")
    doc_id = str(entry.get("id") or f"doc{index}")
    source = None
    if "path" in entry:
        target = Path(str(entry["path"]))
        if not target.is_absolute():
            target = manifest.parent / target
        try:
            text = read_document_text(str(target))
        except InputError as exc:
            raise ManifestError(f"{where} ({doc_id}): {exc}") from None
        source = str(target)
    else:
        if not isinstance(entry["text"], str):
            raise ManifestError(f"{where} ({doc_id}): 'text' must be a string")
        text = entry["text"]
    return Document(text=text, id=doc_id, lang=_optional_str(entry, "lang", where),
                    reference_date=_date(entry.get("date"), where), place=_optional_str(entry, "place", where),
                    source=source)


def _optional_str(entry: dict, key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ManifestError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ManifestError(f"{where}: invalid date {value!r}: expected an existing day as YYYY-MM-DD") from None
