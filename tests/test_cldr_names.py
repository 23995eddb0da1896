"""The saved CLDR month/weekday names equal babel's, and cover every locale the
language modules ask for (else a run would silently load babel again)."""

import importlib.util
from pathlib import Path

from timeline.lang.base import CLDR_KINDS, _saved_cldr_names, babel_names

ROOT = Path(__file__).resolve().parent.parent


def _used_locales() -> list[str]:
    spec = importlib.util.spec_from_file_location("build_cldr_names", ROOT / "scripts" / "build_cldr_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.used_locales()


def test_saved_names_cover_every_locale_used():
    saved = _saved_cldr_names()
    for kind in CLDR_KINDS:
        missing = set(_used_locales()) - set(saved.get(kind, {}))
        assert not missing, f"run scripts/build_cldr_names.py: {kind} of {sorted(missing)} not saved"


def test_saved_names_equal_babel():
    saved = _saved_cldr_names()
    for kind in CLDR_KINDS:
        for code, contexts in saved[kind].items():
            expected = babel_names(kind, code)
            as_saved = {c: {w: {int(n): name for n, name in ws.items()} for w, ws in widths.items()}
                        for c, widths in contexts.items()}
            assert as_saved == expected, f"{kind} of {code} differ from babel: run scripts/build_cldr_names.py"
