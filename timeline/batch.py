"""Batch mode: one timeline per document over a corpus, streamed, in parallel.

The input is a JSON Lines file of ``{"id", "text", "date", "lang", "place"}``
records or a folder of ``.txt`` files. The output is JSON Lines with one record per
document, in input order: the ``--format json`` contract plus ``"id"`` and
``"status": "ok"``, or ``"status": "error"`` with the reason. A bad document never
stops the run.

Memory stays flat whatever the corpus size: records are read one at a time, at most
a few batches per worker are in flight, and each result is written as soon as it is
ready. ``timeline.build`` is a pure function of one document, which is what makes
the work safe to spread over processes (or machines: see ``docs/dask.md``).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from timeline.inputs import MAX_BYTES, InputError, decode, read_document_text

OK = "ok"
ERROR = "error"
# Error codes of an error record.
BAD_RECORD = "bad-record"  # not a JSON object, no text, a field of the wrong type
BAD_INPUT = "bad-input"  # undecodable or oversized text, unknown place, language or date
INTERNAL = "internal"  # a fault of this program: the message says which, please report it

# A batch of documents travels to a worker as one message: large enough to make the
# inter-process cost negligible, small enough that the progress bar moves and memory
# stays bounded (at most _IN_FLIGHT_PER_JOB batches per worker are queued).
_BATCH_DOCUMENTS = 16
_BATCH_CHARS = 256 * 1024
_IN_FLIGHT_PER_JOB = 3


@dataclass(frozen=True, slots=True)
class Defaults:
    """Values for records that do not carry their own (the CLI's --date, --place, --lang)."""

    reference_date: str | None = None
    place: str | None = None
    lang: str | None = None
    abbrev_policy: str = "literal"


@dataclass(frozen=True, slots=True)
class Task:
    """One document to process, or the reason it cannot be (``error``)."""

    id: str
    text: str | None = None
    path: str | None = None  # a .txt file, read by the worker
    date: str | None = None
    lang: str | None = None
    place: str | None = None
    line: int | None = None  # line number in a JSON Lines input
    size: int = 0  # bytes of input this task consumed, for the progress bar
    error: tuple[str, str] | None = None  # (code, message) found while reading


@dataclass(slots=True)
class Summary:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output (--resume)
    mentions: int = 0
    events: int = 0
    conflicts: int = 0  # documents with at least one conflict finding
    chars: int = 0
    seconds: float = 0.0
    error_codes: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.chars / 1024 / self.seconds if self.seconds > 0 else 0.0
        errors = ""
        if self.errors:
            errors = " (" + ", ".join(f"{n} {code}" for code, n in sorted(self.error_codes.items())) + ")"
        skipped = f", {self.skipped} skipped (already in the output)" if self.skipped else ""
        return (
            f"timeline batch: {self.documents} documents: {self.ok} ok, {self.errors} errors{errors}{skipped}; "
            f"{self.mentions} mentions, {self.events} events, {self.conflicts} with conflicts; "
            f"{self.seconds:.1f} s, {rate:.0f} KB/s"
        )


# --- reading the input ---------------------------------------------------------


def iter_tasks(source: str | os.PathLike[str]) -> Iterator[Task]:
    """The documents of a JSON Lines file or a folder of .txt files, one at a time."""
    path = Path(source)
    if path.is_dir():
        yield from _folder_tasks(path)
    else:
        with open(path, "rb") as stream:
            yield from _jsonl_tasks(stream)


def input_size(source: str | os.PathLike[str]) -> tuple[int, str]:
    """How much input there is, and in which unit: bytes of a file or files of a folder."""
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in _txt_files(path)), "files"
    return path.stat().st_size, "bytes"


def _txt_files(folder: Path) -> Iterator[Path]:
    # Sorted, so the output order (and a resumed run) does not depend on the file system.
    names = sorted(entry.name for entry in os.scandir(folder) if entry.name.lower().endswith(".txt") and entry.is_file())
    for name in names:
        yield folder / name


def _folder_tasks(folder: Path) -> Iterator[Task]:
    for path in _txt_files(folder):
        yield Task(id=path.stem, path=str(path), size=1)


def _jsonl_tasks(stream: BinaryIO) -> Iterator[Task]:
    number = 0
    while True:
        raw = stream.readline(MAX_BYTES + 1)
        if not raw:
            return
        number += 1
        size = len(raw)
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            # Skip the rest of an oversized record without holding it in memory.
            while True:
                more = stream.readline(1 << 20)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield Task(id=f"line-{number}", line=number, size=size,
                       error=(BAD_INPUT, f"line {number}: record over the {MAX_BYTES} byte limit for one document"))
            continue
        if not raw.strip():
            continue
        yield task_from_line(raw, number, size)


def task_from_line(raw: bytes, number: int | None = None, size: int = 0, where: str | None = None) -> Task:
    """The task for one JSON Lines record. Without a line ``number`` (a record read
    by another tool), a record without an id is named after its content's hash."""
    if number is None:
        import hashlib

        fallback_id = "sha1-" + hashlib.sha1(raw.strip()).hexdigest()[:12]
        where = where or f"record {fallback_id}"
    else:
        fallback_id = f"line-{number}"
        where = where or f"line {number}"
    try:
        record = json.loads(decode(raw, where))
    except InputError as exc:
        return Task(id=fallback_id, line=number, size=size, error=(BAD_INPUT, str(exc)))
    except ValueError as exc:
        return Task(id=fallback_id, line=number, size=size, error=(BAD_RECORD, f"{where}: not valid JSON ({exc})"))
    if not isinstance(record, dict):
        return Task(id=fallback_id, line=number, size=size,
                    error=(BAD_RECORD, f"{where}: a record must be a JSON object, not {type(record).__name__}"))
    raw_id = record.get("id")
    doc_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    fields: dict[str, str | None] = {}
    for key in ("text", "date", "lang", "place"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return Task(id=doc_id, line=number, size=size,
                        error=(BAD_RECORD, f"{where}: {key!r} must be a string, not {type(value).__name__}"))
        fields[key] = value
    if fields["text"] is None:
        return Task(id=doc_id, line=number, size=size, error=(BAD_RECORD, f"{where}: the record has no 'text'"))
    return Task(id=doc_id, line=number, size=size, **fields)


# --- processing one document (runs in the workers) -------------------------------


def process(task: Task, defaults: Defaults) -> tuple[str, tuple[str, int, int, bool, str | None]]:
    """One output line for ``task`` and the figures the summary needs:
    (status, mentions, events, has conflict, error code)."""
    if task.error is not None:
        return _error_line(task, *task.error)
    try:
        text = task.text if task.path is None else read_document_text(task.path)
    except InputError as exc:
        return _error_line(task, BAD_INPUT, str(exc))
    try:
        timeline = _build(task, text, defaults)
    except ValueError as exc:  # unknown place, language or zone; impossible date
        return _error_line(task, BAD_INPUT, str(exc))
    except Exception as exc:  # noqa: BLE001 - one document's fault must not stop a corpus run
        return _error_line(task, INTERNAL, f"{type(exc).__name__}: {exc}")
    record: dict[str, Any] = {"id": task.id, "status": OK}
    if task.line is not None:
        record["line"] = task.line
    record.update(timeline.to_dict())
    stats = (OK, len(timeline.mentions), len(timeline.events), timeline.has_conflict, None)
    return _dumps(record), stats


def _build(task: Task, text: str, defaults: Defaults):
    from timeline.model import Document
    from timeline.pipeline import build, parse_date

    document = Document(
        text=text,
        id=task.id,
        lang=task.lang or defaults.lang,
        reference_date=parse_date(task.date or defaults.reference_date),
        place=task.place or defaults.place,
        source=task.path,
    )
    return build(document, abbrev_policy=defaults.abbrev_policy)


def _error_line(task: Task, code: str, message: str) -> tuple[str, tuple[str, int, int, bool, str | None]]:
    record: dict[str, Any] = {"id": task.id, "status": ERROR, "error": {"code": code, "message": message}}
    if task.line is not None:
        record["line"] = task.line
    if task.path is not None:
        record["source"] = task.path
    return _dumps(record), (ERROR, 0, 0, False, code)


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def process_many(tasks: list[Task], defaults: Defaults) -> list[tuple[str, tuple]]:
    return [process(task, defaults) for task in tasks]


def _warm_up() -> None:
    # Each worker compiles the language patterns once, before its first batch.
    from timeline.extract.patterns import compile_language
    from timeline.lang import SUPPORTED

    for code in SUPPORTED:
        compile_language(code)


# --- the run ---------------------------------------------------------------------------


def done_ids(output: str | os.PathLike[str]) -> set[str]:
    """Ids already in ``output`` (ok and error records alike), for --resume. A last line
    cut short by an interrupted run is removed, so that document is done again."""
    path = Path(output)
    if not path.exists():
        return set()
    _drop_partial_last_line(path)
    ids: set[str] = set()
    with open(path, "rb") as stream:
        for raw in stream:
            doc_id = _leading_id(raw)
            if doc_id is not None:
                ids.add(doc_id)
    return ids


_ID_PREFIX = re.compile(rb'^\{"id": ?("(?:[^"\\]|\\.)*")')


def _leading_id(raw: bytes) -> str | None:
    # Our records start with the id, so a full parse of (possibly large) results is not needed.
    m = _ID_PREFIX.match(raw)
    try:
        if m:
            return json.loads(m.group(1))
        record = json.loads(raw)
    except ValueError:
        return None
    return str(record["id"]) if isinstance(record, dict) and "id" in record else None


def _drop_partial_last_line(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "r+b") as stream:
        stream.seek(size - 1)
        if stream.read(1) == b"\n":
            return
        # Walk back to the last complete line.
        block = 1 << 16
        end = size
        while end > 0:
            start = max(0, end - block)
            stream.seek(start)
            chunk = stream.read(end - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                stream.truncate(start + cut + 1)
                return
            end = start
        stream.truncate(0)


def run_batch(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    jobs: int = 1,
    resume: bool = False,
    defaults: Defaults | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Process every document of ``source`` into ``output`` (JSON Lines).

    ``on_progress(input_consumed, documents_done)`` is called after each batch.
    """
    defaults = defaults or Defaults()
    skip = done_ids(output) if resume else set()
    summary = Summary()
    started = time.perf_counter()
    mode = "a" if resume else "w"
    with open(output, mode, encoding="utf-8", newline="\n") as out:
        skipped_size = [0]
        tasks = _counting_skips(iter_tasks(source), skip, summary, skipped_size)
        for batch, results in _results(_batches(tasks), defaults, jobs):
            for task, (line, stats) in zip(batch, results, strict=True):
                out.write(line + "\n")
                _tally(summary, task, stats)
            out.flush()
            if on_progress:
                on_progress(sum(t.size for t in batch) + skipped_size[0], len(batch))
                skipped_size[0] = 0
    summary.seconds = time.perf_counter() - started
    return summary


def _counting_skips(tasks: Iterable[Task], skip: set[str], summary: Summary, skipped_size: list[int]) -> Iterator[Task]:
    for task in tasks:
        if task.id in skip:
            summary.skipped += 1
            skipped_size[0] += task.size
            continue
        yield task


def _tally(summary: Summary, task: Task, stats: tuple) -> None:
    status, mentions, events, conflict, code = stats
    summary.documents += 1
    if status == OK:
        summary.ok += 1
        summary.mentions += mentions
        summary.events += events
        summary.conflicts += bool(conflict)
        summary.chars += len(task.text) if task.text is not None else 0
    else:
        summary.errors += 1
        summary.error_codes[code] = summary.error_codes.get(code, 0) + 1


def _batches(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    batch: list[Task] = []
    chars = 0
    for task in tasks:
        batch.append(task)
        chars += len(task.text or "")
        if len(batch) >= _BATCH_DOCUMENTS or chars >= _BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _results(batches: Iterator[list[Task]], defaults: Defaults, jobs: int) -> Iterator[tuple[list[Task], list]]:
    """(batch, results) in input order."""
    if jobs <= 1:
        for batch in batches:
            yield batch, process_many(batch, defaults)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up)

    executor = new_pool()
    pending: deque = deque()

    def oldest() -> tuple[list[Task], list]:
        nonlocal executor
        batch, future = pending.popleft()
        try:
            return batch, future.result()
        except BrokenProcessPool as exc:
            # A worker died (killed, out of memory) while holding this batch: its
            # documents become error records, the batches still queued go to a
            # fresh pool, and the run goes on.
            executor.shutdown(wait=False, cancel_futures=True)
            executor = new_pool()
            for i, (queued, _) in enumerate(pending):
                pending[i] = (queued, executor.submit(process_many, queued, defaults))
            message = f"the worker process died while processing this batch ({exc})"
            return batch, [_error_line(task, INTERNAL, message) for task in batch]
        except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be sent back
            return batch, [_error_line(task, INTERNAL, f"{type(exc).__name__}: {exc}") for task in batch]

    try:
        for batch in batches:
            pending.append((batch, executor.submit(process_many, batch, defaults)))
            # Bounded look-ahead: memory stays flat however long the input is.
            while len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                yield oldest()
        while pending:
            yield oldest()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
