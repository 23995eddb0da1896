"""Compiled regular expressions, and facts read from their parse trees, kept between runs.

A cold start of the CLI spent most of its own CPU time compiling each language's
patterns (~110 phrase rules for English) and reading their parse trees again (required
words, reach, cores; the word-list alternations they are built from). All of these are
pure functions of their inputs, so a file built ahead (``scripts/build_regex_store.py``,
like the zone data) keeps their results:

* the byte code ``re`` makes for a pattern, under the pattern's exact text and flags;
  it is handed to ``_sre.compile`` as ``re.compile`` itself does, and is used only by
  the Python release that made it (the file says which);
* facts this project derives (``fact(kind, key, compute)``), under their whole input and,
  per kind, a hash of the source files of the modules that compute it (``FACT_SOURCES``).

Every entry carries its full key, compared before use. A key the file lacks is computed
as before, so a file that lags behind the language data only costs time; facts whose
sources changed since the file was built, or a file of another Python release, are not
used at all. Nothing here can make a result differ from ``re.compile`` and the analysis.
The file is mapped, not read: a run reads only the entries of the language it needs.
"""

from __future__ import annotations

import _sre
import marshal
import mmap
import re
import struct
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser
from typing import Any, TypeVar

try:  # the hash alone: hashlib would load OpenSSL, a few ms of every cold start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the module
    from hashlib import blake2b

T = TypeVar("T")

STORE_PATH = Path(__file__).parent / "data" / "regex_store.marshal"
# Per kind of fact, the modules whose code computes it: a change to any of them retires
# the stored facts of that kind (compiled patterns stay valid: they depend only on Python).
FACT_SOURCES: dict[str, tuple[str, ...]] = {
    "alternation": ("word_trie.py", "../textnorm.py"),
    "phrase rule": ("rule_facts.py", "prefilter.py", "windows.py", "fastscan.py"),
    "phrase anchors": ("anchors.py", "prefilter.py", "windows.py"),
    "never matches": ("prefilter.py",),
    "start class": ("fastscan.py", "prefilter.py"),
    "core windows": ("fastscan.py", "prefilter.py", "windows.py"),
    "lowered twin": ("caseless.py",),
}
_MARSHAL_VERSION = 2  # no shared references: the same store gives the same bytes
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
_HEADER = struct.Struct("<Q")  # the length of the marshalled index that opens the file

# A compiled pattern as data: (pattern text or None, flags, byte code, groups,
# group index, index group) — the arguments of ``_sre.compile``.
Record = tuple


def _python_key() -> tuple:
    return (sys.implementation.name, sys.hexversion, _sre.MAGIC, _sre.CODESIZE)


def facts_keys() -> dict[str, str]:
    """Per kind of fact, a hash of the sources that compute it (and of this module, which
    defines how a fact is stored); a kind whose sources cannot be read is left out."""
    here = Path(__file__).parent
    keys = {}
    for kind, names in FACT_SOURCES.items():
        digest = blake2b(digest_size=16)
        try:
            for name in ("regex_store.py", *names):
                digest.update((here / name).read_bytes())
        except OSError:
            continue
        keys[kind] = digest.hexdigest()
    return keys


def _code_key(pattern: str, flags: int) -> tuple[bytes, object]:
    # (digest, what the entry must say it is for): the digest finds the entry, the full
    # key is compared, so an entry is used only for exactly its own pattern.
    return blake2b(pattern.encode("utf-8", "surrogatepass") + b"\0" + str(flags).encode(),
                   digest_size=16).digest(), (pattern, flags)


def _fact_key(kind: str, key: Any) -> tuple[bytes, object]:
    full = repr((kind, key))
    return blake2b(full.encode("utf-8", "surrogatepass"), digest_size=16).digest(), full


class _Store:
    """The file: an index (digest → where the entry is) and the entries, each read only
    when asked for. Entries computed in this process are kept beside it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded = False
        self.blob: bytes | mmap.mmap = b""
        self.codes: dict[bytes, tuple[int, int]] = {}
        self.facts: dict[str, dict[bytes, tuple[int, int]]] = {}  # per kind
        self.computed: dict[bytes, Any] = {}
        # While building the file: everything asked for, {digest: (full key, value)}.
        self.recording: tuple[dict, dict] | None = None

    def load(self) -> None:
        with self.lock:
            if self.loaded:
                return
            self.loaded = True
            try:
                # Mapped, not read: a run reads the few entries of its language.
                with STORE_PATH.open("rb") as file:
                    blob = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
                (size,) = _HEADER.unpack_from(blob)
                header = marshal.loads(blob[_HEADER.size:_HEADER.size + size])
            except (OSError, EOFError, ValueError, TypeError, struct.error):
                return  # no file, or not one this Python reads: everything is computed
            if not isinstance(header, dict) or header.get("python") != _python_key():
                return
            self.blob, base = blob, _HEADER.size + size
            self.codes = {d: (base + at, base + end) for d, (at, end) in header.get("codes", {}).items()}
            current = facts_keys()
            for kind, key in header.get("facts_keys", {}).items():
                if current.get(kind) == key:
                    self.facts[kind] = {d: (base + at, base + end)
                                        for d, (at, end) in header.get("facts", {}).get(kind, {}).items()}

    def get(self, index: dict, digest: bytes, full: object) -> Any:
        """The stored value for a key, or None."""
        value = self.computed.get(digest)
        if value is not None:
            return value
        where = index.get(digest)
        if where is None:
            return None
        stored_key, value = marshal.loads(self.blob[where[0]:where[1]])
        return value if stored_key == full else None


_STORE = _Store()


def _record(pattern: str | None, flags: int, tree: _parser.SubPattern | None = None) -> Record:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, as data (``tree`` is the
    pattern's parse tree when the caller has it)."""
    if tree is None:
        tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # int(): a tree built by hand may carry a ``re.RegexFlag``, which marshal cannot store.
    return (pattern, int(flags | tree.state.flags), array(_CODE_TYPE, code).tobytes(), tree.state.groups - 1,
            groupindex, tuple(indexgroup))


def revive(record: Record) -> re.Pattern[str]:
    """The compiled pattern a record stands for."""
    pattern, flags, code, groups, groupindex, indexgroup = record
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)


def record_of_tree(tree: _parser.SubPattern, flags: int) -> Record:
    """A record for a pattern built from a parse tree (no text of its own)."""
    return _record(None, flags, tree)


def compile(pattern: str, flags: int = 0, tree: _parser.SubPattern | None = None) -> re.Pattern[str]:  # noqa: A001
    """``re.compile(pattern, flags)``, from the stored byte code when the file has it
    (``tree``: the pattern's parse tree, when the caller has one, saves parsing it again)."""
    flags = int(flags)
    if flags & re.DEBUG:
        return re.compile(pattern, flags)
    if not _STORE.loaded:
        _STORE.load()
    digest, full = _code_key(pattern, flags)
    record = _STORE.get(_STORE.codes, digest, full)
    if record is None:
        record = _STORE.computed[digest] = _record(pattern, flags, tree)
    if _STORE.recording is not None:
        _STORE.recording[0][digest] = (full, record)
    return revive(record)


_MISSING = object()


def fact(kind: str, key: Any, compute: Callable[[], T]) -> T:
    """``compute()``, a marshal-able value determined by ``key`` (its whole input: strings,
    numbers, tuples), from the file when it holds it for ``(kind, key)``."""
    if not _STORE.loaded:
        _STORE.load()
    digest, full = _fact_key(kind, key)
    found = _STORE.get(_STORE.facts.get(kind, {}), digest, full)
    # A stored value is wrapped in a 1-tuple, so that None is a value like any other.
    value = found[0] if found is not None else compute()
    if _STORE.recording is not None:
        _STORE.recording[1].setdefault(kind, {})[digest] = (full, (value,))
    return value


def start_recording() -> None:
    """Record every pattern and fact asked for from now on (computing them afresh), for ``save``."""
    with _STORE.lock:
        _STORE.loaded = True
        _STORE.codes, _STORE.facts, _STORE.computed = {}, {}, {}
        _STORE.recording = ({}, {})


def save(path: Path = STORE_PATH) -> tuple[int, int]:
    """Write what was recorded; (patterns, facts) written."""
    assert _STORE.recording is not None, "start_recording() first"
    codes, facts = _STORE.recording
    unknown = set(facts) - set(FACT_SOURCES)
    assert not unknown, f"facts of kinds without their sources in FACT_SOURCES: {unknown}"
    blob = bytearray()

    def index(entries: dict) -> dict:
        out = {}
        for digest in sorted(entries):
            entry = marshal.dumps(entries[digest], _MARSHAL_VERSION)
            out[digest] = (len(blob), len(blob) + len(entry))
            blob.extend(entry)
        return out

    header = {"python": _python_key(), "facts_keys": facts_keys(), "codes": index(codes),
              "facts": {kind: index(facts[kind]) for kind in sorted(facts)}}
    head = marshal.dumps(header, _MARSHAL_VERSION)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(_HEADER.pack(len(head)) + head + bytes(blob))
    tmp.replace(path)
    return len(codes), sum(len(entries) for entries in facts.values())


def stored(path: Path = STORE_PATH) -> dict[str, Any]:
    """Everything a store file holds, decoded (for tests and inspection): its header
    fields, "codes" {(pattern, flags): record} and "facts" {kind: {key repr: value}}."""
    blob = path.read_bytes()
    (size,) = _HEADER.unpack_from(blob)
    header = marshal.loads(blob[_HEADER.size:_HEADER.size + size])
    base = _HEADER.size + size

    def entries(index: dict) -> dict:
        return dict(marshal.loads(blob[base + at:base + end]) for at, end in index.values())

    return {**header, "codes": entries(header["codes"]),
            "facts": {kind: {k: v[0] for k, v in entries(index).items()} for kind, index in header["facts"].items()}}
