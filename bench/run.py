"""Benchmark: timeline against dateparser and a bare regex scan on the same news text.

    pip install -r bench/requirements.txt && python bench/run.py

English: the TimeBank documents of ../shared/data/timeml (news wire, 1989-1998).
Arabic: every Arabic text of the project's own corpus (tests/corpus/*.yaml, examples/)
plus the founding Arabic report from ../shared/seeds, joined into articles of about
4 KB and repeated until the set reaches 300 KB (the project has no 300 KB of distinct
Arabic news; the repetition is stated in the output).

Throughput is measured in CPU seconds of this one process (time.process_time), which
is "per core" and is not disturbed by other work on the machine; wall seconds are
printed beside it. Ratios compare the three contenders on identical input in one run.
Then: CLI cold start for a 4 KB article (median of 10 fresh processes) and the peak
RSS of a process that runs timeline over both sets.

Exits 0 with a message when ../shared is absent (a checkout without the data).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TIMEBANK = SHARED / "data" / "timeml" / "TimeBank"
SEEDS = SHARED / "seeds"
MIN_BYTES = 300 * 1024
ARTICLE_BYTES = 4 * 1024

# The bare scan: what a one-line "find the times" regex costs, the floor for any extractor.
BARE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b"
    r"|(?:الساعة|اليوم|أمس|غدا|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)",
    re.IGNORECASE,
)

Doc = tuple[str, str]  # (text, reference date)


def timebank_documents() -> list[Doc]:
    docs = []
    for path in sorted(TIMEBANK.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if dct and body:
            docs.append((html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip(), dct.group(1)))
    return docs


def arabic_documents() -> tuple[list[Doc], str]:
    """Arabic articles of about 4 KB from the project's Arabic texts, repeated to 300 KB."""
    import yaml

    arabic = re.compile(r"[\u0600-\u06FF]")
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(entry, dict) and isinstance(entry.get("text"), str) and arabic.search(entry["text"]):
                texts.append((entry["text"], str(entry.get("date") or "2021-06-16")))
    for path in sorted([*(ROOT / "examples").glob("*.txt"), *SEEDS.glob("*.txt")]):
        text = path.read_text(encoding="utf-8")
        if len(arabic.findall(text)) > len(text) / 4:
            texts.append((text, "2021-06-16"))
    articles: list[Doc] = []
    current: list[str] = []
    size = 0
    for text, date in texts:
        current.append(text)
        size += len(text.encode())
        if size >= ARTICLE_BYTES:
            articles.append(("\n\n".join(current), date))
            current, size = [], 0
    if current:
        articles.append(("\n\n".join(current), texts[-1][1]))
    distinct = sum(len(t.encode()) for t, _ in articles)
    repeats = -(-MIN_BYTES // distinct)
    note = (f"{len(texts)} Arabic texts of the project ({distinct / 1024:.1f} KB distinct) in {len(articles)} articles, "
            f"repeated {repeats}x")
    return articles * repeats, note


def measure(fn, docs: list[Doc]) -> tuple[float, float, int]:
    """(cpu seconds, wall seconds, items found)."""
    found = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for text, date in docs:
        found += fn(text, date)
    return time.process_time() - cpu, time.perf_counter() - wall, found


def contenders(lang: str):
    import timeline

    def run_timeline(text: str, date: str) -> int:
        return len(timeline.build(text, reference_date=date, lang=lang).mentions)

    def run_regex(text: str, date: str) -> int:
        return sum(1 for _ in BARE.finditer(text))

    out = [("timeline.build", run_timeline), ("bare regex scan", run_regex)]
    try:
        import datetime as dt

        from dateparser.search import search_dates
    except ImportError:
        print("  (dateparser is not installed: pip install -r bench/requirements.txt)")
        return out

    def run_dateparser(text: str, date: str) -> int:
        base = dt.datetime.fromisoformat(date)
        found = search_dates(text, languages=[lang], settings={"RELATIVE_BASE": base})
        return len(found or ())

    return [out[0], ("dateparser.search_dates", run_dateparser), out[1]]


def bench_set(name: str, lang: str, docs: list[Doc], note: str) -> dict[str, float]:
    size = sum(len(t.encode()) for t, _ in docs)
    print(f"\n{name}: {len(docs)} documents, {size / 1024:.0f} KB — {note}")
    rates: dict[str, float] = {}
    for label, fn in contenders(lang):
        fn(*docs[0])  # load lazily built tables before timing
        cpu, wall, found = measure(fn, docs)
        rates[label] = size / 1024 / cpu
        print(f"  {label:<26} {rates[label]:>10.0f} KB/s per core   ({cpu:6.2f} s CPU, {wall:6.2f} s wall, "
              f"{found} items)")
    ours = rates["timeline.build"]
    if "dateparser.search_dates" in rates:
        print(f"  timeline / dateparser     {ours / rates['dateparser.search_dates']:>10.1f}x")
    print(f"  timeline / bare regex     {ours / rates['bare regex scan']:>10.3f}x")
    return rates


def cold_start(article: str, runs: int = 10) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``timeline show`` on ``article`` in fresh processes. CPU
    (user + system of the child) is what the process costs; wall equals it on an idle
    machine and grows with whatever else the machine runs."""
    import resource

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(article, encoding="utf-8")
        command = [sys.executable, "-m", "timeline.cli", "show", "--date", "1998-02-13", str(path)]
        subprocess.run(command, env=env, capture_output=True, check=True)  # writes the .pyc caches
        wall, cpu = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True)
            wall.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall, cpu


def _bare_python(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


_RSS_SCRIPT = """
import json, resource, sys
import timeline
for text, date, lang in json.load(sys.stdin):
    timeline.build(text, reference_date=date, lang=lang).to_json()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(docs: list[tuple[str, str, str]]) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", _RSS_SCRIPT], input=json.dumps(docs), env=env,
                          capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each set, for a smoke run")
    args = parser.parse_args()
    if not TIMEBANK.is_dir():
        print(f"benchmark skipped: {TIMEBANK} is not present (the TimeBank data lives outside the repository)")
        return 0
    sys.path.insert(0, str(ROOT))
    english = timebank_documents()
    arabic, arabic_note = arabic_documents()
    if args.quick:
        english, arabic = english[: len(english) // 10], arabic[: len(arabic) // 10]
    import timeline

    print(f"timeline {timeline.__version__} from {Path(timeline.__file__).parent}, Python {sys.version.split()[0]}")
    en = bench_set("English (TimeBank)", "en", english, "real news wire")
    ar = bench_set("Arabic", "ar", arabic, arabic_note)

    by_size = sorted(english, key=lambda d: abs(len(d[0].encode()) - ARTICLE_BYTES))
    article = by_size[0][0]
    wall, cpu = cold_start(article)
    rss = peak_rss_mb([(t, d, "en") for t, d in english] + [(t, d, "ar") for t, d in arabic])

    print("\nSummary (targets in brackets)")
    rows = [("English throughput per core", f"{en['timeline.build'] / 1024:.2f} MB/s", "[>= 1 MB/s]")]
    if "dateparser.search_dates" in en:
        rows.append(("English vs dateparser", f"{en['timeline.build'] / en['dateparser.search_dates']:.1f}x",
                     "[>= 100x]"))
        rows.append(("Arabic vs dateparser", f"{ar['timeline.build'] / ar['dateparser.search_dates']:.1f}x",
                     "[>= 20x]"))
    rows.append(("English vs bare regex", f"{en['timeline.build'] / en['bare regex scan']:.3f}x", ""))
    rows.append(("Arabic vs bare regex", f"{ar['timeline.build'] / ar['bare regex scan']:.3f}x", ""))
    rows.append((f"CLI cold start, {len(article.encode()) / 1024:.1f} KB article, CPU (median of {len(cpu)})",
                 f"{statistics.median(cpu):.3f} s", "[<= 0.35 s]"))
    rows.append(("  the same, wall clock (includes other load)", f"{statistics.median(wall):.3f} s", ""))
    rows.append(("  python -c pass on this machine, wall", f"{_bare_python():.3f} s", ""))
    rows.append(("Peak RSS over both sets", f"{rss:.0f} MB", "[<= 150 MB]"))
    for label, value, target in rows:
        print(f"  {label:<48} {value:>10}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
