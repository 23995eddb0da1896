"""``--format svg``: geometry checked on the SVG itself, then rendered to PNG with a real
renderer (librsvg's rsvg-convert: Pango shapes Arabic and applies the bidi algorithm)
and checked pixel by pixel."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from export_examples import event_from, multi_timeline, seed_timeline

import timeline
from timeline.cli import main
from timeline.export.svg import fit, is_rtl, text_width

NS = {"svg": "http://www.w3.org/2000/svg"}
UTC = dt.UTC


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def instant_at(root: ET.Element, x: float) -> dt.datetime:
    """The UTC instant at ``x``, interpolated between the two axis ticks around it."""
    ticks = sorted((float(line.get("x1")), dt.datetime.fromisoformat(line.get("data-utc")))
                   for line in root.iter("{http://www.w3.org/2000/svg}line") if line.get("class") == "tick")
    (xa, ta), (xb, tb) = ticks[0], ticks[1]
    return ta + (tb - ta) * ((x - xa) / (xb - xa))


def group(root: ET.Element, event_id: str) -> ET.Element:
    (found,) = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("id") == event_id]
    return found


def close(a: dt.datetime, b: dt.datetime) -> bool:
    return abs((a - b).total_seconds()) < 90


def test_seed_svg_geometry_and_rtl_labels(seed_text):
    t = seed_timeline(seed_text)
    root = parse(t.to_svg())
    meeting = next(e for e in t.events if e.kind == "interval")
    bar = group(root, meeting.id).find("svg:rect[@class='interval']", NS)
    x, width = float(bar.get("x")), float(bar.get("width"))
    assert close(instant_at(root, x), dt.datetime(2021, 6, 16, 11, 35, tzinfo=UTC))
    assert close(instant_at(root, x + width), dt.datetime(2021, 6, 16, 15, 5, tzinfo=UTC))
    press = next(e for e in t.events if e.kind == "instant")
    mark = group(root, press.id).find("svg:path[@class='instant']", NS)
    assert close(instant_at(root, float(mark.get("data-x"))), dt.datetime(2021, 6, 16, 17, 30, tzinfo=UTC))
    texts = "".join(group(root, meeting.id).itertext())
    assert "13:35–17:05 CEST (11:35 UTC)" in texts
    label = group(root, meeting.id).find("svg:text[@class='label']", NS)
    assert label.text == meeting.label
    assert label.get("direction") == "rtl" and label.get("unicode-bidi") == "embed"
    lanes = [t_.text for t_ in root.iter("{http://www.w3.org/2000/svg}text") if t_.get("font-weight") == "bold"]
    # Lanes are where events happen: the press conference "at 20:30 Moscow time" is in
    # Geneva, so both timed events are on the Zurich lane (the Moscow clock is the
    # mention's, not the event's).
    assert "Europe/Zurich" in lanes and "Europe/Moscow" not in lanes
    texts = "".join(group(root, press.id).itertext())
    assert "19:30 CEST" in texts, texts
    assert "DejaVu Sans" in root.get("font-family") and "sans-serif" in root.get("font-family")


def test_multi_document_svg_lanes_findings_and_unplaced():
    t = multi_timeline()
    root = parse(t.to_svg())
    lanes = [x.text for x in root.iter("{http://www.w3.org/2000/svg}text") if x.get("font-weight") == "bold"]
    assert {"ny.txt", "zurich.txt", "offset.txt", "floating.txt"} <= set(lanes)
    floating = group(root, event_from(t, "floating").id)
    assert floating.find("svg:circle[@class='finding']", NS) is not None
    assert "not placed on the UTC axis" in "".join(floating.itertext())
    assert floating.find("svg:path", NS) is None and floating.find("svg:rect", NS) is None
    ny = group(root, event_from(t, "ny").id).find("svg:rect[@class='interval']", NS)
    assert ny is not None
    assert "unresolved-zone" in "".join(root.itertext())


def test_conflict_is_marked(seed_text):
    t = seed_timeline(seed_text.replace("14:35", "15:35"))
    root = parse(t.to_svg())
    meeting = next(e for e in t.events if e.kind == "interval")
    g = group(root, meeting.id)
    assert g.find("svg:circle[@class='finding']", NS).get("fill") == "#c0392b"
    assert "CONFLICT equivalence-conflict" in "".join(root.itertext())


def test_cli_svg(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Voting ends at 20:00 GMT <tonight> & counting starts.", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--format", "svg", str(src)])
    assert result.exit_code == 0
    parse(result.stdout)  # well-formed despite < and & in the source


def test_text_helpers():
    assert is_rtl("بدء لقاء") and not is_rtl("talks began") and is_rtl("13:35 بالتوقيت")
    long = "U.S. President Joe Biden and Russian President Vladimir Putin held their first summit"
    cut = fit(long, 200)
    assert cut.endswith("…") and text_width(cut) <= 200 and long.startswith(cut[:-1])
    assert fit("short", 200) == "short"


# --- rendered, looked at pixel by pixel ----------------------------------------------------

def rsvg() -> str:
    found = shutil.which("rsvg-convert")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("rsvg-convert is missing: .ci/run installs librsvg2-bin")
        pytest.skip("rsvg-convert (Debian librsvg2-bin) is not installed")
    return found


def render_png(svg: str, tmp_path):
    Image = pytest.importorskip("PIL.Image")
    source, target = tmp_path / "t.svg", tmp_path / "t.png"
    source.write_text(svg, encoding="utf-8")
    subprocess.run([rsvg(), "-o", str(target), str(source)], check=True, timeout=60)
    return Image.open(target).convert("RGB")


def dark_columns(image, y: int, x0: int, x1: int) -> list[int]:
    """Columns between x0 and x1 with a dark (text) pixel within ±6 px of row y."""
    cols = []
    for x in range(x0, x1):
        if any(sum(image.getpixel((x, yy))) < 300 for yy in range(y - 8, y + 4)):
            cols.append(x)
    return cols


def test_seed_png_shows_bars_and_right_aligned_arabic(seed_text, tmp_path):
    t = seed_timeline(seed_text)
    svg = t.to_svg()
    root = parse(svg)
    image = render_png(svg, tmp_path)
    assert image.size == (int(root.get("width")), int(root.get("height")))
    meeting = next(e for e in t.events if e.kind == "interval")
    bar = group(root, meeting.id).find("svg:rect[@class='interval']", NS)
    bx, by = float(bar.get("x")), float(bar.get("y"))
    assert image.getpixel((int(bx + 20), int(by + 7))) == (0x3B, 0x6E, 0xA8)  # the bar is painted
    label = group(root, meeting.id).find("svg:text[@class='label']", NS)
    right, y = float(label.get("x")), int(float(label.get("y")))
    ink = dark_columns(image, y, 40, int(right) + 20)
    assert ink, "the Arabic label left no ink"
    # Right-aligned: the ink ends at the anchor and does not start at the left margin.
    assert abs(max(ink) - right) <= 4 and min(ink) > 120


def test_multi_document_png(tmp_path):
    t = timeline.build([*multi_timeline().documents], reference_date="2021-06-16")
    image = render_png(t.to_svg(), tmp_path)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 24)}
    assert (0x1F, 0x4E, 0x79) in colours  # instant marks
    assert (0xD6, 0x89, 0x10) in colours  # the warning for the unknown zone
