"""Right-to-left text in a terminal.

Text is stored in logical (reading) order. A terminal with a bidi implementation (VTE —
GNOME Terminal and friends —, Konsole, mlterm, Apple's Terminal) lays Arabic out right to
left and joins its letters itself; most others (xterm, iTerm2, Windows Terminal, kitty,
Alacritty, tmux and screen) print cells left to right as they come, so Arabic reads
backwards with its letters unjoined. For those, "visual" mode joins the letters
(arabic-reshaper) and reorders each line with the Unicode bidi algorithm (python-bidi),
so the screen shows what a reader expects — at the price that text copied from the
screen is in visual order. Files and pipes always get logical order unless asked.
"""

from __future__ import annotations

import os
import re
import unicodedata

LOGICAL = "logical"
VISUAL = "visual"
AUTO = "auto"
MODES = (AUTO, LOGICAL, VISUAL)

ENV_VAR = "TIMELINE_RTL"

_RTL_CHAR = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
# A right-to-left phrase inside a left-to-right line: optional leading number (the "13:35"
# of "13:35 بالتوقيت المحلي"), then RTL words with the spaces, digits and inner
# punctuation between them. Quotes and brackets end it.
_RTL_PHRASE = re.compile(
    rf"(?:[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9:.,]*\s+)?"
    rf"[{_RTL_CHAR}](?:[{_RTL_CHAR}0-9\u0660-\u0669\u06f0-\u06f9\s:.,،؛\-]*[{_RTL_CHAR}])?")
_FSI, _PDI = "\u2068", "\u2069"
_ISOLATES = re.compile("[\u2066-\u2069]")


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def terminal_does_bidi(environ: dict[str, str] | None = None) -> bool:
    """Whether the terminal we run in is known to lay out right-to-left text itself."""
    env = os.environ if environ is None else environ
    if env.get("TMUX") or env.get("TERM", "").startswith("screen"):
        return False  # the multiplexer owns the cells; it does no bidi
    vte = env.get("VTE_VERSION", "")
    if vte.isdigit() and int(vte) >= 5800:  # VTE 0.58 added bidi and Arabic shaping
        return True
    if env.get("KONSOLE_VERSION") or env.get("TERM_PROGRAM") == "Apple_Terminal":
        return True
    return env.get("TERM", "").startswith("mlterm")


def choose_mode(requested: str, to_terminal: bool, environ: dict[str, str] | None = None) -> str:
    """``auto``: $TIMELINE_RTL if set; else logical for files and pipes and for terminals
    that do bidi, visual for other terminals."""
    env = os.environ if environ is None else environ
    if requested != AUTO:
        return requested
    preset = env.get(ENV_VAR, "").strip().lower()
    if preset in (LOGICAL, VISUAL):
        return preset
    if not to_terminal:
        return LOGICAL
    return LOGICAL if terminal_does_bidi(env) else VISUAL


def isolate_rtl_phrases(text: str) -> str:
    """Each RTL phrase of a left-to-right line wrapped in FSI…PDI, so that a renderer with
    the bidi algorithm lays each out on its own; otherwise two quotes and the LTR text
    between them ("'…' = '…'") join into one right-to-left run."""
    return _RTL_PHRASE.sub(lambda m: _FSI + m.group(0) + _PDI, text)


def for_display(text: str, mode: str, base: str | None = None) -> str:
    """``text`` as it must be sent to the terminal. ``base``: "L" for a left-to-right line
    that quotes RTL text, "R" for RTL, None to take the first strong character's."""
    if mode != VISUAL or not has_rtl(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    if base == "L":
        text = isolate_rtl_phrases(text)
    return _ISOLATES.sub("", get_display(arabic_reshaper.reshape(text), base_dir=base))
