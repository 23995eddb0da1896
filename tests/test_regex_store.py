"""The stored byte code and parse-tree facts (timeline.extract.regex_store) say exactly
what computing them afresh says, and a store that does not fit is not used."""

from __future__ import annotations

import re

import pytest

from timeline.extract import regex_store
from timeline.extract.anchors import anchors_of
from timeline.extract.caseless import twin_record
from timeline.extract.fastscan import Core, _core_windows_data, _start_class_record_of_pattern, required_core
from timeline.extract.prefilter import _never_matches, required_words
from timeline.extract.windows import Shape, parse, shape_of
from timeline.extract.word_trie import trie_alternation


def _store_or_skip() -> dict:
    if not regex_store.STORE_PATH.exists():
        pytest.skip("no regex store built (scripts/build_regex_store.py)")
    data = regex_store.stored()
    if data["python"] != regex_store._python_key():
        pytest.skip(f"the regex store was built by another Python ({data['python']})")
    return data


def test_every_stored_pattern_is_what_re_compiles():
    data = _store_or_skip()
    assert data["codes"]
    for (pattern, flags), record in data["codes"].items():
        assert regex_store.revive(record) == re.compile(pattern, flags), pattern[:80]


def _fresh_readings(pattern: str, flags: int) -> tuple:
    tree = parse(pattern, flags)
    required = required_words(pattern, flags, tree)
    core = required_core(re.compile(pattern, flags), tree) if required is None else None
    shape = shape_of(tree)
    return required, shape and shape.to_data(), core and core.to_data()


def _patterns_of(value):
    """A reading with its compiled parts revived (records compare by bytes, patterns by code)."""
    required, shape, core = value
    return (required, shape and (shape[0], shape[1], Shape.from_data(shape).run_patterns),
            core and Core.from_data(core).regex)


def test_every_stored_fact_is_what_computing_it_says():
    data = _store_or_skip()
    current = regex_store.facts_keys()
    fresh_kinds = [kind for kind, key in data["facts_keys"].items() if current.get(kind) == key]
    if not fresh_kinds:
        pytest.skip("every kind of stored fact is older than its sources")
    checked = 0
    for kind in fresh_kinds:
        for key_repr, value in data["facts"].get(kind, {}).items():
            _, key = eval(key_repr)  # noqa: S307 - the repr of a tuple of strings and ints, written by save()
            if kind == "alternation":
                assert value == trie_alternation(key)
            elif kind == "phrase rule":
                assert _patterns_of(value) == _patterns_of(_fresh_readings(*key)), key[0][:80]
            elif kind == "phrase anchors":
                assert value == anchors_of(parse(*key), key[1]), key[0][:80]
            elif kind == "never matches":
                assert value == _never_matches(*key)
            elif kind == "start class":
                fresh = _start_class_record_of_pattern(re.compile(*key))
                assert (value is None) == (fresh is None)
                if value is not None:
                    assert regex_store.revive(value) == regex_store.revive(fresh)
            elif kind == "core windows":
                assert value == _core_windows_data(re.compile(*key)), key[0][:80]
            elif kind == "lowered twin":
                fresh = twin_record(*key)
                assert (value is None) == (fresh is None), key[0][:80]
                if value is not None:
                    assert regex_store.revive(value) == regex_store.revive(fresh)
            else:
                raise AssertionError(f"a stored kind this test does not know: {kind}")
            checked += 1
    assert checked


def test_a_pattern_the_store_lacks_compiles_as_re_does():
    pattern = r"(?<!\w)(?P<n>\d+)\s+(?:zorbles?|quxes)(?!\w)"
    assert regex_store.compile(pattern, re.IGNORECASE) == re.compile(pattern, re.IGNORECASE)
    assert regex_store.compile(pattern, re.IGNORECASE).groupindex == {"n": 1}
    assert regex_store.fact("alternation", ("zorble", "zorbles"), lambda: "computed") == "computed"


def test_a_store_of_another_python_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "store.marshal"
    monkeypatch.setattr(regex_store, "_STORE", regex_store._Store())
    regex_store.start_recording()
    regex_store.fact("never matches", ("(?!)x", 0), lambda: True)
    regex_store.compile("abc")
    regex_store.save(path)
    monkeypatch.setattr(regex_store, "STORE_PATH", path)

    def loaded() -> regex_store._Store:
        store = regex_store._Store()
        monkeypatch.setattr(regex_store, "_STORE", store)
        store.load()
        return store

    store = loaded()
    assert store.codes and store.facts["never matches"]
    monkeypatch.setattr(regex_store, "_python_key", lambda: ("another", 0))
    store = loaded()
    assert not store.codes and not store.facts


def test_facts_whose_sources_changed_are_not_used(tmp_path, monkeypatch):
    path = tmp_path / "store.marshal"
    monkeypatch.setattr(regex_store, "_STORE", regex_store._Store())
    regex_store.start_recording()
    regex_store.fact("never matches", ("(?!)x", 0), lambda: True)
    regex_store.fact("alternation", ("a", "b"), lambda: "(?:a|b)")
    regex_store.save(path)
    monkeypatch.setattr(regex_store, "STORE_PATH", path)
    keys = regex_store.facts_keys()
    monkeypatch.setattr(regex_store, "facts_keys", lambda: {**keys, "never matches": "changed"})
    store = regex_store._Store()
    monkeypatch.setattr(regex_store, "_STORE", store)
    store.load()
    assert "never matches" not in store.facts and store.facts["alternation"]
    # Not stored any more: computed.
    assert regex_store.fact("never matches", ("(?!)x", 0), lambda: "computed") == "computed"
    assert regex_store.fact("alternation", ("a", "b"), lambda: "computed") == "(?:a|b)"


def test_a_missing_or_broken_store_only_computes(tmp_path, monkeypatch):
    for content in (None, b"", b"\x00" * 8, b"not a store at all"):
        path = tmp_path / "store.marshal"
        if content is not None:
            path.write_bytes(content)
        monkeypatch.setattr(regex_store, "STORE_PATH", path)
        store = regex_store._Store()
        monkeypatch.setattr(regex_store, "_STORE", store)
        assert regex_store.compile("a+b") == re.compile("a+b")
        assert not store.codes


def test_records_built_from_a_parse_tree_can_be_stored():
    # A lowered twin's tree carries a re.RegexFlag: its record must still marshal, or
    # scripts/build_regex_store.py fails ("unmarshallable object").
    import marshal

    record = twin_record(r"(?:at|on)\s+(?-i:[A-Z])\w+", int(re.IGNORECASE))
    assert record is not None
    assert all(type(part) is not re.RegexFlag for part in record)
    marshal.dumps(record, regex_store._MARSHAL_VERSION)
