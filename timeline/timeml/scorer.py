"""TempEval-3 TIMEX3 scoring.

As the TempEval-3 scorer defines it: a system TIMEX3 matches a gold one when their
spans overlap (relaxed) or are identical (strict), each entity matched at most once;
precision = matches / system entities, recall = matches / gold entities. Attribute
scores (value, type) are the attribute's accuracy over the relaxed matches times the
relaxed precision, recall and F1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    span: tuple[int, int]
    text: str
    type: str
    value: str


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def _prf(matched: float, system: int, gold: int) -> Scores:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def scores(t: Tally) -> dict[str, Scores]:
    strict = _prf(t.strict, t.system, t.gold)
    relaxed = _prf(t.relaxed, t.system, t.gold)
    out = {"strict": strict, "relaxed": relaxed}
    for name in ("value", "type"):
        accuracy = getattr(t, name) / t.relaxed if t.relaxed else 0.0
        out[name] = Scores(accuracy * relaxed.precision, accuracy * relaxed.recall, accuracy * relaxed.f1)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match(gold: Sequence[Entity], system: Sequence[Entity], doc: str = "") -> Tally:
    """One-to-one matching, largest overlaps first."""
    pairs = sorted(
        ((_overlap(g.span, s.span), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
         if _overlap(g.span, s.span) > 0),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    tally = Tally(gold=len(gold), system=len(system))
    for _, gi, si in pairs:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        g, s = gold[gi], system[si]
        tally.relaxed += 1
        tally.strict += g.span == s.span
        tally.value += g.value == s.value
        tally.type += g.type == s.type
        if g.value != s.value or g.span != s.span:
            tally.misses.append(f"{doc}\tMATCH\t{g.text!r} {g.type} {g.value}\t→ {s.text!r} {s.type} {s.value}")
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            tally.misses.append(f"{doc}\tMISSED\t{g.text!r} {g.type} {g.value}")
    for si, s in enumerate(system):
        if si not in used_system:
            tally.misses.append(f"{doc}\tSPURIOUS\t{s.text!r} {s.type} {s.value}")
    return tally


def format_scores(t: Tally, documents: int) -> str:
    s = scores(t)
    lines = [f"documents {documents}: gold TIMEX3 {t.gold}, system TIMEX3 {t.system}",
             f"{'':8}{'P':>8}{'R':>8}{'F1':>8}"]
    for name in ("strict", "relaxed", "value", "type"):
        x = s[name]
        lines.append(f"{name:8}{100 * x.precision:8.2f}{100 * x.recall:8.2f}{100 * x.f1:8.2f}")
    return "\n".join(lines)


def total(tallies: Iterable[Tally]) -> Tally:
    out = Tally()
    for t in tallies:
        out.add(t)
    return out
