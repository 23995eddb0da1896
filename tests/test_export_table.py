"""The terminal table: rich (boxes, colour, fitted width) at a terminal, plain when piped,
right-to-left labels in logical or visual order."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from export_examples import multi_timeline, seed_timeline
from rich.cells import cell_len

from timeline.cli import main
from timeline.export.bidi import LOGICAL, VISUAL, choose_mode, for_display, has_rtl, terminal_does_bidi
from timeline.export.rich_table import column_widths, cut, render_rich

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plain(text: str) -> str:
    return ANSI.sub("", text)


def column_of(line: str, what: str) -> list[int]:
    """Display columns where ``what`` starts in ``line``."""
    return [cell_len(line[:i]) for i in range(len(line)) if line.startswith(what, i)]


def table_lines(text: str) -> list[str]:
    return [line for line in plain(text).splitlines() if line.startswith("│")]


def test_seed_rich_table_boxes_colour_and_aligned_zone_columns(seed_text):
    t = seed_timeline(seed_text)
    out = render_rich(t, width=120, color_system="standard")
    assert "\x1b[" in out  # colour
    text = plain(out)
    assert "╭" in text and "╰" in text and "│" in text
    rows = table_lines(out)
    header, body = rows[0], rows[1:]
    assert len(body) == 3
    # Every row has its column borders at the same display positions (cells, not characters:
    # Arabic vowel marks take none) as the header.
    borders = column_of(header, "│")
    for row in body:
        assert column_of(row, "│") == borders, row
    meeting = next(r for r in body if "11:35" in r)
    assert column_of(meeting, "13:35 CEST") == column_of(header, "Europe/Zurich")
    assert column_of(meeting, "14:35 MSK") == column_of(header, "Europe/Moscow")
    assert "بدء لقاء بوتين وبايدن في جنيف" in meeting  # logical order, whole


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_table_fits_the_terminal_width(seed_text, width):
    for t in (seed_timeline(seed_text), multi_timeline()):
        out = plain(render_rich(t, width=width, color_system=None))
        for line in out.splitlines():
            assert cell_len(line) <= width, (width, line)
        labels_cut = [r for r in table_lines(out)[1:] if "…" in r]
        if width <= 80:
            assert labels_cut  # something had to give


def test_visual_mode_reverses_rtl_for_terminals_without_bidi(seed_text):
    t = seed_timeline(seed_text)
    meeting = next(e for e in t.events if e.kind == "interval")
    out = plain(render_rich(t, width=140, rtl=VISUAL, color_system=None))
    assert meeting.label not in out
    assert for_display(meeting.label, VISUAL) in out
    # Visual order: the first word of the label is at the right end of the cell.
    row = next(r for r in table_lines(out) if "11:35" in r)
    cell = row.rstrip("│ ").rsplit("│", 1)[1].strip()
    first_word = for_display(meeting.label.split()[0], VISUAL)
    assert cell.endswith(first_word)


def test_visual_mode_keeps_each_quote_in_its_place():
    line = "'13:35 بالتوقيت المحلي' = '14:35 بتوقيت موسكو' = 11:35 UTC: the statements agree"
    shown = for_display(line, VISUAL, base="L")
    assert shown.endswith("= 11:35 UTC: the statements agree")
    first, second = shown.split(" = ")[:2]
    assert "13:35" in first and "14:35" in second  # quotes stay in reading order left to right
    assert not re.search("[\u2066-\u2069]", shown)
    assert for_display(line, LOGICAL, base="L") == line
    assert for_display("plain English", VISUAL) == "plain English"


def test_cut_and_column_widths():
    assert cut("abcdef", 4) == "abc…" and cut("abc", 4) == "abc"
    assert cell_len(cut("بدء لقاء بوتين وبايدن", 8)) <= 8
    widths, label = column_widths([2, 20, 13, 13, 18], 45, 200)
    assert widths == [2, 20, 13, 13, 18] and label == 45
    widths, label = column_widths([2, 20, 13, 13, 18], 45, 78)
    assert sum(widths) + label <= 78 and widths[0] == 2 and widths[1] == 20 and label >= 16


def test_rtl_mode_choice():
    assert choose_mode("auto", to_terminal=False, environ={}) == LOGICAL
    assert choose_mode("auto", to_terminal=True, environ={"VTE_VERSION": "7200"}) == LOGICAL
    assert choose_mode("auto", to_terminal=True, environ={"TERM": "xterm-256color"}) == VISUAL
    assert choose_mode("auto", to_terminal=True, environ={"VTE_VERSION": "7200", "TMUX": "/tmp/x"}) == VISUAL
    assert choose_mode("auto", to_terminal=True, environ={"TIMELINE_RTL": "logical"}) == LOGICAL
    assert choose_mode("visual", to_terminal=False, environ={}) == VISUAL
    assert terminal_does_bidi({"KONSOLE_VERSION": "230804"}) and not terminal_does_bidi({"VTE_VERSION": "5200"})
    assert has_rtl("x بدء") and not has_rtl("13:35 CEST")


def test_cli_plain_when_piped_and_rich_on_request(seed_text, tmp_path):
    src = tmp_path / "seed.txt"
    src.write_text(seed_text, encoding="utf-8")
    piped = CliRunner().invoke(main, ["show", "--date", "2021-06-16", str(src)])
    assert piped.exit_code == 0 and "│" not in piped.stdout and "\x1b[" not in piped.stdout
    forced = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--color", "always", str(src)],
                                env={"COLUMNS": "120", "TERM": "xterm-256color"})
    assert forced.exit_code == 0 and "╭" in forced.stdout
    visual = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--rtl", "visual", str(src)])
    assert "بدء لقاء بوتين وبايدن في جنيف" not in visual.stdout
    assert for_display("بدء لقاء بوتين وبايدن في جنيف", VISUAL) in visual.stdout


def test_multi_document_rich_marks_findings():
    out = render_rich(multi_timeline(), ["Asia/Tokyo"], width=120, color_system="standard")
    text = plain(out)
    assert "e3!" in text or any("!" in r.split("│")[1] for r in table_lines(out)[1:])
    assert "WARNING" in text and "unresolved-zone" in text
    assert "Asia/Tokyo" in table_lines(out)[0]
