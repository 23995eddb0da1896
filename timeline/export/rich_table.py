"""The terminal printout for people at a terminal: the same rows as ``table.py`` (which
stays the plain, pipe-friendly form), drawn with rich — box drawing, colour, zone columns
aligned by display cells, labels cut with "…" to the terminal's width, right-to-left
labels in the order the terminal needs (see ``bidi.py``)."""

from __future__ import annotations

import io

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from timeline.export.bidi import LOGICAL, for_display
from timeline.export.common import event_findings, is_all_day, is_wall_clock, worst_severity
from timeline.export.table import _end_cell, _evidence, _title, _utc_cell, _zone_cell, zones_used
from timeline.model import CONFLICT, WARNING, Timeline

_SEVERITY_STYLE = {CONFLICT: "bold red", WARNING: "yellow", "info": "cyan"}
_MIN_LABEL = 16
_ZONE_CELL = len("13:35 CEST")
_UTC_CELL = len("2021-06-16 11:35")
_TINY = 5


def render_rich(t: Timeline, zones: list[str] | None = None, *, width: int = 100, rtl: str = LOGICAL,
                color_system: str | None = "standard") -> str:
    """The printout as terminal text (ANSI colour codes unless ``color_system`` is None)."""
    zones = zones_used(t) if not zones else zones
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color_system is not None, color_system=color_system,
                      highlight=False, emoji=False, legacy_windows=False)
    console.print(Text(_line(_title(t), width, rtl), style="bold"), no_wrap=True, overflow="ellipsis")
    if not t.events:
        console.print("No time mentions found." if not t.mentions else "No events: see the mentions in --format json.")
    else:
        console.print(_table(t, zones, width, rtl))
        console.print(Text("Evidence", style="bold"))
        for e in t.events:
            console.print(_indented(f"  {e.id}  ", " · ".join(_evidence(t, e)), width, rtl, "default"))
            for note in e.notes:
                console.print(_indented("      ", note, width, rtl, "dim"))
    console.print()
    if t.findings:
        console.print(Text("Findings", style="bold"))
        for f in t.findings:
            who = f" [{', '.join(f.mentions)}]" if f.mentions else ""
            head = f"  {f.severity.upper():8} "
            line = _indented(head, f"{f.code}: {f.message}{who}", width, rtl, "")
            line.columns[0].style = _SEVERITY_STYLE.get(f.severity, "")
            console.print(line)
    else:
        console.print(Text("Findings: none", style="green"))
    return out.getvalue()


def _table(t: Timeline, zones: list[str], width: int, rtl: str) -> Table:
    rows = []
    for e in t.events:
        severity = worst_severity(event_findings(t, e))
        ident = e.id + ("!" if severity in (CONFLICT, WARNING) else "")
        rows.append((e, severity, [ident, _utc_cell(e)] + [_zone_cell(e, z) for z in zones] + [_end_cell(e)]))
    headers = ["#", "UTC", *zones, "End (UTC)"]
    natural = [max(cell_len(headers[c]), *(cell_len(r[2][c]) for r in rows)) for c in range(len(headers))]
    label_natural = max(cell_len("Event"), *(cell_len(e.label) for e in t.events))
    # Chrome: a border at each column edge and one space of padding each side of every cell.
    available = width - (len(headers) + 1) * 3 - 1
    widths, label_width = column_widths(natural, label_natural, available)
    table = Table(box=box.ROUNDED, header_style="bold")
    styles = ["dim", "bold", *(["cyan"] * len(zones)), ""]
    for header, w, style in zip(headers, widths, styles, strict=True):
        table.add_column(_header(header, w), style=style, no_wrap=True, width=w, min_width=w if header == "#" else None)
    table.add_column("Event", no_wrap=True, overflow="crop", width=label_width)
    for e, severity, cells in rows:
        shown = [cut(c, w) for c, w in zip(cells, widths, strict=True)]
        texts = [Text(c) for c in shown]
        if severity in (CONFLICT, WARNING):
            texts[0].stylize(_SEVERITY_STYLE[severity])
        if is_wall_clock(e):
            texts[1].stylize("yellow")
        elif is_all_day(e):
            for text in texts[1:]:
                text.stylize("dim")
        label = Text(for_display(cut(e.label or "(no label)", label_width), rtl))
        table.add_row(*texts, label)
    return table


def _header(zone: str, width: int) -> str:
    """A zone column's header: the IANA name, or its city when that does not fit."""
    if cell_len(zone) > width and "/" in zone:
        zone = zone.rsplit("/", 1)[1].replace("_", " ")
    return cut(zone, width)


def column_widths(natural: list[int], label_natural: int, available: int) -> tuple[list[int], int]:
    """Widths that fit ``available`` cells. Every column gets its natural width when all
    fit; else they give way in order of how much is lost: a long label first (to 32
    cells), the zone columns (down to "13:35 CEST"), the label (to 16), the end column,
    the UTC column (down to its date and time), then everything but the id.
    ``natural``: id, UTC, zones…, end."""
    widths = list(natural)
    label = label_natural
    if sum(widths) + label <= available:
        return widths, label
    last = len(widths) - 1
    steps = [("label", 2 * _MIN_LABEL), (range(2, last), _ZONE_CELL), ("label", _MIN_LABEL),
             (range(last, last + 1), _ZONE_CELL), (range(1, 2), _UTC_CELL), ("label", _TINY * 2),
             (range(1, last + 1), _TINY), ("label", _TINY)]
    for which, floor in steps:
        while sum(widths) + label > available:
            if which == "label":
                if label <= floor:
                    break
                label -= 1
                continue
            candidates = [i for i in which if widths[i] > floor]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: widths[i])
            widths[widest] -= 1
    return widths, label


def _line(text: str, width: int, rtl: str) -> str:
    return for_display(cut(text, width), rtl, base="L")


def _indented(prefix: str, text: str, width: int, rtl: str, style: str) -> Table:
    """``prefix`` then ``text``; wrapped lines keep the indent (hanging)."""
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(prefix, Text(_fold_or_cut(text, width - cell_len(prefix), rtl), style=style))
    return grid


def _fold_or_cut(text: str, width: int, rtl: str) -> str:
    """Logical order: left whole, for the terminal to wrap. Visual order cannot be wrapped
    after reordering, so it is cut to the width first."""
    if rtl == LOGICAL:
        return text
    return for_display(cut(text, width), rtl, base="L")


def cut(text: str, width: int) -> str:
    """``text`` cut (in reading order) with "…" to at most ``width`` terminal cells."""
    if cell_len(text) <= width:
        return text
    while text and cell_len(text) + 1 > width:
        text = text[:-1]
    return text.rstrip() + "…"
