"""Save the CLDR month and weekday names that the language modules use (from babel)
into timeline/lang/cldr_names.json, so a run does not load babel's locale data.

    python scripts/build_cldr_names.py

Re-run after adding a language or a locale to ``cldr_months``/``cldr_weekdays`` calls,
or after upgrading babel (tests/test_cldr_names.py says when).
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.lang.base import CLDR_KINDS, CLDR_NAMES_FILE, babel_names  # noqa: E402


def used_locales() -> list[str]:
    """Every locale literally passed to cldr_months/cldr_weekdays in timeline/lang/."""
    found: set[str] = set()
    for path in (ROOT / "timeline" / "lang").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("cldr_months", "cldr_weekdays"):
                found.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return sorted(found)


def main() -> None:
    locales = used_locales()
    data = {kind: {code: babel_names(kind, code) for code in locales} for kind in CLDR_KINDS}
    CLDR_NAMES_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{CLDR_NAMES_FILE.relative_to(ROOT)}: {', '.join(locales)}")


if __name__ == "__main__":
    main()
