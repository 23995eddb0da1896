"""The Dask recipe (docs/dask.md) on a real two-process local cluster gives the same
records as ``timeline batch``."""

import json

import pytest

dask = pytest.importorskip("dask", reason="the dask extra is not installed: pip install '.[dask]'")
distributed = pytest.importorskip("distributed")

from timeline.batch import Defaults, run_batch  # noqa: E402
from timeline.dask_recipe import results, timeline_bag  # noqa: E402

RECORDS = [
    {"id": "geneva", "text": "The talks began at 1:35 p.m. local time in Geneva, i.e. 14:35 Moscow time.",
     "date": "2021-06-16"},
    {"id": "vote", "text": "Polls close at 20:00 GMT on Sunday.", "date": "2021-06-16"},
    {"id": "ar", "text": "بدأ اللقاء عند الساعة 13:35 بالتوقيت المحلي في جنيف.", "date": "2021-06-16", "lang": "ar"},
    {"id": "bad-date", "text": "at 10:00 GMT", "date": "2021-02-30"},
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_recipe_matches_batch(client, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in RECORDS]
    lines.insert(2, b'{"id": "latin1", "text": "caf\xe9 at 10:00"}')  # not UTF-8
    lines.insert(3, b"not json")
    src.write_bytes(b"\n".join(lines) + b"\n")

    bag = timeline_bag(str(src), defaults=Defaults(), blocksize=None)
    got = results(bag).compute()

    expected_path = tmp_path / "batch.jsonl"
    run_batch(src, expected_path)
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]

    def without_line(record):
        # The batch knows line numbers; a bag does not.
        return {k: v for k, v in record.items() if k != "line"}

    assert [r["status"] for r in got] == [r["status"] for r in expected]
    by_id = {r["id"]: r for r in got}
    for record in expected:
        if not record["id"].startswith("line-"):
            assert without_line(by_id[record["id"]]) == without_line(record)
    # Records whose id cannot be read are named by their content's hash, as error records.
    unnamed = sorted(r["error"]["code"] for r in got if r["id"].startswith("sha1-"))
    assert unnamed == ["bad-input", "bad-record"]
    assert by_id["geneva"]["status"] == "ok" and by_id["bad-date"]["status"] == "error"


def test_to_textfiles(client, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    timeline_bag(str(src), blocksize=None).to_textfiles(str(out / "part-*.jsonl"))
    written = [json.loads(line) for p in sorted(out.glob("part-*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in written] == [r["id"] for r in RECORDS]
