"""Command line: ``timeline show`` and friends, a thin layer over ``timeline.build``.

Exit codes: 0 success; 1 ``--strict`` and a conflict was found; 2 bad input or
options (one line on stderr, never a traceback).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from timeline import lang as languages
from timeline.export.common import EmptyCalendar
from timeline.inputs import InputError, read_document_text
from timeline.model import Document
from timeline.pipeline import UnknownPlace, build, find_place, parse_date
from timeline.zones.resolver import INTENDED, LITERAL
from timeline.zones.tzsource import UnknownZone, is_zone

FORMATS = ("table", "json", "jsonl", "csv", "ics", "timelinejs", "svg", "timeml")

EXIT_CONFLICT = 1
EXIT_BAD_INPUT = 2


class BadInput(click.ClickException):
    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:
        click.echo(f"timeline: error: {self.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline", prog_name="timeline")
def main() -> None:
    """Find the times in news text, resolve them to instants, and build a checked timeline."""


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE|-]...")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Publication date: the day the text calls 'today'. Default: a full date in the text, else today.")
@click.option("--place", metavar="NAME", help="Where the text is about, when it does not say (a city or country).")
@click.option("--lang", "lang_code", default="auto", show_default=True,
              type=click.Choice(("auto",) + languages.SUPPORTED), help="Language of the text.")
@click.option("--tz", "zones", multiple=True, metavar="ZONE",
              help="Show wall times in this IANA zone (repeatable). Default: every zone the text used.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(FORMATS),
              help="table: for people; json: the contract; jsonl: one JSON line per document; csv: a spreadsheet "
                   "(see --rows); ics: iCalendar; timelinejs: Knight Lab TimelineJS3; svg: a picture.")
@click.option("--rows", default="events", show_default=True, type=click.Choice(("events", "mentions")),
              help="With --format csv: one row per event or per mention.")
@click.option("--dtstamp", metavar="YYYY-MM-DD[THH:MM[:SS]Z]",
              help="With --format ics: the DTSTAMP of every event (UTC). Default: the latest reference date, "
                   "so that two runs give identical bytes.")
@click.option("--color", "colour", default="auto", show_default=True, type=click.Choice(("auto", "always", "never")),
              help="Table: box drawing and colour (auto: when stdout is a terminal; plain text when piped).")
@click.option("--rtl", "rtl", default="auto", show_default=True, type=click.Choice(("auto", "logical", "visual")),
              help="Right-to-left text in the table. logical: reading order, for terminals that do bidi "
                   "(GNOME Terminal/VTE, Konsole, mlterm, Apple Terminal) and for pipes; visual: letters joined "
                   "and reordered for terminals that do not (xterm, iTerm2, Windows Terminal, tmux). auto: "
                   "$TIMELINE_RTL, else logical when piped or on a terminal known to do bidi, else visual.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when a conflict is found.")
@click.option("--abbrev-policy", default=LITERAL, show_default=True, type=click.Choice((LITERAL, INTENDED)),
              help="'EST' in July: the literal offset (-05:00) or the region's wall clock.")
@click.option("--manifest", "manifest_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Documents to merge, with a date, place and language each: JSON, JSON Lines or YAML "
                   "(id, path or text, date, place, lang). FILE arguments are added after them.")
@click.option("--duration-tolerance", "tolerance_min", metavar="MINUTES", type=click.FloatRange(min=0),
              help="How far a stated duration may be from the stated start and end before it is a "
                   "duration-mismatch. Default: 10.")
def show(files, date_text, place, lang_code, zones, fmt, rows, dtstamp, colour, rtl, output, strict, abbrev_policy,
         manifest_path, tolerance_min) -> None:
    """Print the timeline of one or more texts (FILE, or - for standard input), merged
    into one when there are several."""
    try:
        reference = parse_date(date_text)
        stamp = parse_dtstamp(dtstamp)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    for zone in zones:
        if not is_zone(zone) and zone != "UTC":
            raise BadInput(f"unknown time zone {zone!r} for --tz (use an IANA name such as Europe/Zurich)")
    documents = _manifest_documents(manifest_path)
    paths = files or ([] if documents else ["-"])
    count = len(paths) + len(documents)
    taken = {d.id for d in documents}
    for i, path in enumerate(paths, start=len(documents) + 1):
        doc = _read(path, i, count)
        while doc.id in taken:
            doc = Document(text=doc.text, id=doc.id + "'", source=doc.source)
        taken.add(doc.id)
        documents.append(doc)
    try:
        result = build(documents, reference_date=reference, place=place,
                       lang=None if lang_code == "auto" else lang_code, abbrev_policy=abbrev_policy,
                       duration_tolerance=None if tolerance_min is None else tolerance_min * 60)
    except (UnknownPlace, UnknownZone) as exc:
        where = "(--place or the manifest's place)" if manifest_path else "(--place)"
        raise BadInput(f"{exc} {where}" if isinstance(exc, UnknownPlace) else str(exc)) from None
    except ValueError as exc:  # an unknown language in the manifest, repeated document ids
        raise BadInput(str(exc)) from None
    shown_zones = [z for z in zones if z != "UTC"] or None
    if fmt == "table":
        payload: str | bytes = _table(result, shown_zones, colour, rtl, to_terminal=not output and _stdout_is_tty())
    else:
        try:
            payload = render(result, fmt, zones=shown_zones, rows=rows, dtstamp=stamp)
        except EmptyCalendar as exc:  # nothing written: an empty VCALENDAR is not valid iCalendar
            raise BadInput(str(exc)) from None
    if output:
        _write_output(output, payload if isinstance(payload, bytes) else payload.encode("utf-8"))
    elif isinstance(payload, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)  # exact bytes: iCalendar lines end in CRLF
        sys.stdout.buffer.flush()
    else:
        click.echo(payload, nl=False)
    if not result.mentions:
        click.echo("timeline: no time mentions found", err=True)
    if strict and result.has_conflict:
        sys.exit(EXIT_CONFLICT)


def _stdout_is_tty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _table(result, zones, colour: str, rtl: str, to_terminal: bool) -> str:
    """Rich (boxes, colour, fitted to the terminal) at a terminal; the plain table when piped."""
    import shutil

    from timeline.export.bidi import VISUAL, choose_mode, for_display

    mode = choose_mode(rtl, to_terminal)
    if colour == "always" or (colour == "auto" and to_terminal):
        from rich.console import Console

        from timeline.export.rich_table import render_rich

        width = shutil.get_terminal_size((100, 24)).columns if to_terminal else 100
        detected = Console(force_terminal=True).color_system
        return render_rich(result, zones, width=width, rtl=mode, color_system=detected)
    from timeline.export.table import render_table

    text = render_table(result, zones)
    if mode == VISUAL:
        text = "\n".join(for_display(line, VISUAL, base="L") for line in text.split("\n"))
    return text


def parse_dtstamp(value: str | None) -> dt.datetime | None:
    """"2021-06-16", "2021-06-16T12:00Z" or with an offset; a time without a zone is UTC."""
    if value is None:
        return None
    try:
        if "T" not in value:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), dt.UTC)
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"invalid --dtstamp {value!r}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z") from None
    return stamp.astimezone(dt.UTC) if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def render(result, fmt: str, *, zones=None, rows: str = "events", dtstamp=None) -> str | bytes:
    """Every non-table format: text, or bytes for iCalendar (CRLF lines, exact bytes)."""
    if fmt == "json":
        return result.to_json() + "\n"
    if fmt == "jsonl":
        return result.to_jsonl()
    if fmt == "csv":
        return result.to_csv(rows=rows, zones=zones)
    if fmt == "ics":
        return result.to_ics(dtstamp=dtstamp)
    if fmt == "timelinejs":
        import json

        return json.dumps(result.to_timelinejs(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "svg":
        return result.to_svg()
    if fmt == "timeml":
        from timeline.timeml.writer import timeline_to_timeml

        return timeline_to_timeml(result)
    raise ValueError(f"unknown format {fmt!r}")


def _manifest_documents(path: str | None) -> list[Document]:
    if path is None:
        return []
    from timeline.manifest import ManifestError, read_manifest

    try:
        return read_manifest(path)
    except ManifestError as exc:
        raise BadInput(str(exc)) from None


def _read(path: str, index: int, count: int) -> Document:
    try:
        text = read_document_text(path)
    except InputError as exc:
        raise BadInput(str(exc)) from None
    doc_id = "doc1" if count == 1 else f"doc{index}"
    return Document(text=text, id=doc_id, source=None if path == "-" else path)


@main.command()
@click.argument("source", metavar="IN", type=click.Path(exists=True, readable=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="JSON Lines file to write: one result (or error record) per document.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes (0: one per CPU).")
@click.option("--resume", is_flag=True, help="Keep OUT and skip the ids it already holds.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD", help="Publication date for records without 'date'.")
@click.option("--place", metavar="NAME", help="Place for records without 'place'.")
@click.option("--lang", "lang_code", default="auto", show_default=True,
              type=click.Choice(("auto",) + languages.SUPPORTED), help="Language for records without 'lang'.")
@click.option("--abbrev-policy", default=LITERAL, show_default=True, type=click.Choice((LITERAL, INTENDED)),
              help="'EST' in July: the literal offset (-05:00) or the region's wall clock.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
def batch(source, output, jobs, resume, date_text, place, lang_code, abbrev_policy, progress) -> None:
    """Process a corpus: IN is a JSON Lines file of {id, text, date, lang, place}
    records or a folder of .txt files; OUT gets one JSON result per document, in
    input order. A broken document becomes an error record and the run goes on;
    the summary goes to stderr.
    """
    import os

    from timeline.batch import Defaults, input_size, run_batch

    try:
        reference = parse_date(date_text)
        if place:
            find_place(place)
    except (ValueError, UnknownPlace) as exc:
        raise BadInput(f"{exc} (--place)" if isinstance(exc, UnknownPlace) else str(exc)) from None
    if Path(output).resolve() == Path(source).resolve():
        raise BadInput("the output file must not be the input file")
    defaults = Defaults(
        reference_date=reference.isoformat() if reference else None,
        place=place,
        lang=None if lang_code == "auto" else lang_code,
        abbrev_policy=abbrev_policy,
    )
    workers = jobs or os.cpu_count() or 1
    show_bar = sys.stderr.isatty() if progress is None else progress
    try:
        if show_bar:
            total, unit = input_size(source)
            with _progress_bar(total, unit) as advance:
                summary = run_batch(source, output, jobs=workers, resume=resume, defaults=defaults,
                                    on_progress=advance)
        else:
            summary = run_batch(source, output, jobs=workers, resume=resume, defaults=defaults)
    except OSError as exc:
        raise BadInput(f"{exc.filename or source}: {exc.strerror or exc}") from None
    click.echo(summary.line(), err=True)


def _write_output(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a full disk or a missing folder
    is a one-line error (exit 2), and an existing file is never left half written."""
    import os
    import tempfile

    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise BadInput(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as a plain open() would have made it
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BadInput(f"{path}: cannot write ({exc.strerror or exc})") from None


def _progress_bar(total: int, unit: str):
    """A context manager yielding ``advance(consumed, documents)`` for a rich progress bar on stderr."""
    from contextlib import contextmanager

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    @contextmanager
    def bar():
        columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), TaskProgressColumn(),
                   TextColumn("{task.fields[docs]} documents"), TimeRemainingColumn())
        with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
            task = progress.add_task("timeline batch", total=total or None, docs=0)
            done = 0

            def advance(consumed: int, documents: int) -> None:
                nonlocal done
                done += documents
                progress.update(task, advance=consumed if unit == "bytes" else documents, docs=done)

            yield advance

    return bar()


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True))
@click.option("--lang", "lang_code", default="en", show_default=True, type=click.Choice(languages.SUPPORTED),
              help="Language of the gold documents.")
@click.option("--verbose", is_flag=True, help="List every miss: missed, spurious, wrong span or value.")
def evaluate(gold_dir, lang_code, verbose) -> None:
    """Score TIMEX3 output against TimeML gold (.tml files in GOLD_DIR), TempEval-3 style."""
    import time

    from timeline.timeml.evaluate import evaluate_files, gold_files
    from timeline.timeml.scorer import format_scores, total

    paths = gold_files(gold_dir)
    if not paths:
        raise BadInput(f"no .tml files in {gold_dir}")
    started = time.perf_counter()
    try:
        tallies = evaluate_files(paths, lang_code)
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"cannot read gold: {exc}") from None
    overall = total(tallies)
    if verbose:
        for line in overall.misses:
            click.echo(line)
    click.echo(format_scores(overall, len(paths)))
    click.echo(f"time {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
