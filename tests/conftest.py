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
