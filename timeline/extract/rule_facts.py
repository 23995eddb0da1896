"""A phrase rule's compiled pattern and what its parse tree says about it: the words
every match contains (``prefilter``), how far a match reaches (``windows``) and, for a
rule without such words, a cheap part every match contains (``fastscan``).

Kept apart from ``phrases`` so that the stored readings (``regex_store``, which hashes
this module's source with the analysis modules) depend only on the code that computes
them, not on how phrases are read into parts.
"""

from __future__ import annotations

import re

from timeline.extract import regex_store
from timeline.extract.fastscan import Core, required_core
from timeline.extract.prefilter import required_words
from timeline.extract.windows import Shape, parse, shape_of


def read(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[str, ...] | None, Shape | None, Core | None]:
    """(regex, required words, shape, core) of a rule's full pattern, from the stored
    facts of ``regex_store`` when it has them; otherwise the pattern is parsed once, for
    both the compiled code and the readings."""
    tree = None

    def readings() -> tuple:
        nonlocal tree
        tree = parse(pattern, flags)
        required = required_words(pattern, flags, tree) if tree is not None else None
        regex = regex_store.compile(pattern, flags, tree)
        core = required_core(regex, tree) if required is None and tree is not None else None
        shape = shape_of(tree)
        return required, shape and shape.to_data(), core and core.to_data()

    required, shape, core = regex_store.fact("phrase rule", (pattern, flags), readings)
    regex = regex_store.compile(pattern, flags, tree)
    return regex, required, shape and Shape.from_data(shape), core and Core.from_data(core)
