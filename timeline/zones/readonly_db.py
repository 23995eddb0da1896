"""The shipped SQLite indexes, opened once, read-only, on first use."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class ReadOnlyDatabase:
    """A lazily opened, immutable SQLite file shared by all threads: opening costs
    nothing at import, and the data never changes under us."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None

    def connection(self) -> sqlite3.Connection:
        if self._con is None:
            with self._lock:
                if self._con is None:
                    con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
                    con.execute("PRAGMA query_only=1")
                    self._con = con
        return self._con
