"""Running timeline on Dask: the same per-document results as ``timeline batch``,
spread over a cluster with ``dask.bag``. Needs the ``dask`` extra:
``pip install 'timeline[dask]'``. See docs/dask.md.

``timeline.build`` is a pure function of one document (no shared state, no network,
deterministic output), so a corpus is an embarrassingly parallel map: each JSON Lines
record becomes one JSON result line, broken records become error records, and
nothing is collected on the client unless asked for.
"""

from __future__ import annotations

import json
from typing import Any

from timeline.batch import Defaults, process, task_from_line


def process_line(line: str | bytes, defaults: Defaults | None = None) -> str:
    """One JSON Lines record → its result line (the ``timeline batch`` output format)."""
    raw = line if isinstance(line, bytes) else line.encode("utf-8", "surrogateescape")
    if not raw.strip():
        return ""
    result, _ = process(task_from_line(raw), defaults or Defaults())
    return result


def timeline_bag(urlpath: Any, defaults: Defaults | None = None, blocksize: int | str | None = "16MiB"):
    """A ``dask.bag.Bag`` of result lines (JSON strings) for the JSON Lines file(s) at
    ``urlpath`` (a path, a glob or a list; any fsspec URL dask can read).

    Lines that are not UTF-8 are not lost: they reach ``process_line`` with their
    bytes intact and come out as error records.
    """
    import dask.bag as db

    lines = db.read_text(urlpath, blocksize=blocksize, encoding="utf-8", errors="surrogateescape")
    return lines.map(process_line, defaults=defaults).filter(bool)


def results(bag) -> Any:
    """The bag's result lines as dicts, for analysis on the client."""
    return bag.map(json.loads)
