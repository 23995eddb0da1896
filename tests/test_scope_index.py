"""The indexed scope lookups give the answers of a scan over everything (the scan made
long texts quadratic, see bench/linearity.py)."""

from __future__ import annotations

import random

from timeline.model import Mention, Parts, ZoneCue
from timeline.zones.scope import Declaration, DeclarationIndex, _block_of, declared_cue


def _scan(m: Mention, declarations: list[Declaration], text: str) -> Declaration | None:
    """declared_cue's rule as a plain scan: the last declaration ending before the time
    (a standalone one only in the time's passage), else the first one after it in its
    passage."""
    block = _block_of(text, m.span[0])
    before = [d for d in declarations if d.span[1] <= m.span[0]
              and (d.kind == "declaration" or _block_of(text, d.span[0]) == block)]
    if before:
        return before[-1]
    after = [d for d in declarations if d.span[0] >= m.span[1] and _block_of(text, d.span[0]) == block]
    return after[0] if after else None


def test_declared_cue_matches_a_scan_of_every_declaration():
    r = random.Random(5)
    for _ in range(300):
        size = r.randrange(50, 400)
        chars = [r.choice("ab ") for _ in range(size)]
        for _ in range(r.randrange(0, 5)):
            at = r.randrange(size - 3)
            chars[at : at + 3] = "\n\n "
        text = "".join(chars)
        declarations = []
        for _ in range(r.randrange(0, 12)):
            a = r.randrange(size - 1)
            b = min(size, a + r.randrange(1, 25))
            cue = ZoneCue("GMT", (a, b), "abbreviation", "GMT", "cue:test")
            declarations.append(Declaration((a, b), cue, r.choice(["declaration", "standalone"])))
        declarations.sort(key=lambda d: d.span)
        index = DeclarationIndex(declarations)
        for _ in range(10):
            a = r.randrange(size - 1)
            m = Mention("m1", "doc1", (a, min(size, a + r.randrange(1, 8))), "", "time", Parts(), "en", "test", 0)
            found = declared_cue(m, index, text)
            expected = _scan(m, declarations, text)
            assert (found.cue if found else None) == (expected.cue if expected else None), (text, declarations, m)
            plain = declared_cue(m, declarations, text)  # a list works too
            assert (plain.cue if plain else None) == (found.cue if found else None)
