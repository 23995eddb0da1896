"""Reading input files: decode strictly and say exactly what is wrong, never guess."""

from __future__ import annotations

import sys
from pathlib import Path

# Larger inputs are news archives, not articles: ``timeline batch`` streams those.
MAX_BYTES = 64 * 1024 * 1024
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


class InputError(ValueError):
    pass


def read_document_text(path: str) -> str:
    """The text of ``path`` ("-": standard input), decoded as UTF-8."""
    name = "standard input" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a text file")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(f"{name}: {size} bytes is over the {MAX_BYTES} byte limit for one document")
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: over the {MAX_BYTES} byte limit for one document")
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8"
        ) from None
    sample = text[:65536]
    controls = sum(1 for c in sample if c < " " and c not in _CONTROL_OK)
    if sample and controls / len(sample) > 0.05:
        raise InputError(f"{name}: looks like binary data ({controls} control characters), not text")
    return text
