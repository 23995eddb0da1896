#!/usr/bin/env python3
"""Build ``timeline/extract/data/regex_store.marshal``: the compiled byte code of every
language's patterns and the facts read from their parse trees (see
``timeline/extract/regex_store.py``), so that a cold start does not compute them again.

Usage::

    python scripts/build_regex_store.py

Run it after changing language data, the analysis modules, or the Python release (the
file serves only the release that built it). A stale or missing file is never wrong,
only slower: what it lacks is computed as before. Deterministic: the same sources and
Python give identical bytes.

What is stored is what a run asks for: every supported language's phrase rules and
scanner patterns, and whatever is compiled on demand while the examples (examples/*.txt)
and the corpus texts (tests/corpus/*.yaml) of every language go through the pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.extract import regex_store  # noqa: E402

regex_store.start_recording()  # before anything compiles through the store

import yaml  # noqa: E402

import timeline  # noqa: E402
from timeline.extract.caseless import lowered_twin  # noqa: E402
from timeline.extract.patterns import compile_language  # noqa: E402
from timeline.extract.phrases import _anchored_patterns, compile_phrases  # noqa: E402
from timeline.lang import SUPPORTED  # noqa: E402


def main() -> int:
    for code in SUPPORTED:
        compile_language(code)
        tables = compile_phrases(code)
        # The case-sensitive twins searched near anchor words (extract/caseless.py).
        for regex in (*(compiled.regex for compiled in tables.rules), *_anchored_patterns(code)):
            lowered_twin(regex)
    texts: list[tuple[str, str | None, str]] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        texts.append((path.read_text(encoding="utf-8"), None, "2021-06-16"))
    for path in sorted((ROOT / "tests" / "corpus").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                texts.append((entry["text"], entry.get("lang"), str(entry.get("date") or "2021-06-16")))
    for text, lang, date in texts:
        try:
            timeline.build(text, reference_date=date, lang=lang)
        except Exception:  # noqa: BLE001 - a corpus entry meant to fail still compiled what it used
            pass
    patterns, facts = regex_store.save()
    size = regex_store.STORE_PATH.stat().st_size
    print(f"{regex_store.STORE_PATH.relative_to(ROOT)}: {patterns} patterns, {facts} facts, {size / 1024:.0f} KB "
          f"(from {len(texts)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
