"""Time grows linearly with the text: build() on 300 KB of hostile input (digits,
colons and zone words, no sentence end) and on twice that, in one process; prints the
ratio (target: <= 2.5).

    python bench/linearity.py [--size 300000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZONE_WORDS = ["GMT", "UTC", "EST", "CEST", "MSK", "IST", "local time", "Moscow time", "بتوقيت موسكو",
              "بالتوقيت المحلي", "GMT+3", "UTC-05:00", "+0300", "(GMT)"]


def hostile(size: int, seed: int = 7) -> str:
    r = random.Random(seed)
    out, total = [], 0
    while total < size:
        roll = r.random()
        if roll < 0.5:
            piece = f"{r.randrange(100)}:{r.randrange(100):02d}" + (f":{r.randrange(60):02d}" if r.random() < 0.2 else "")
        elif roll < 0.6:
            piece = r.choice([":", "::", "1", "2021", "i.e.", "أي"])
        else:
            piece = r.choice(ZONE_WORDS)
        out.append(piece)
        total += len(piece) + 1
    return " ".join(out)[:size]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=300_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import timeline

    timeline.build(hostile(2000), reference_date="2021-06-16")  # load tables and patterns
    seconds = []
    for n in (args.size, 2 * args.size):
        text = hostile(n)
        started = time.process_time()
        result = timeline.build(text, reference_date="2021-06-16")
        seconds.append(time.process_time() - started)
        print(f"{n / 1024:7.0f} KB hostile input: {seconds[-1]:7.2f} s CPU, {len(result.mentions)} mentions, "
              f"{len(result.events)} events")
    print(f"doubling the input costs {seconds[1] / seconds[0]:.2f}x the time (target <= 2.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
