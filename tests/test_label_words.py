"""Event labels are made of whole words of the source text: a masked span (a time, an
"after the match" reference) found on the normalised copy must be mapped back to the text
as read, else a removed mark (the tanween of "صحفيًا") shifts it and it cuts words."""

from pathlib import Path

import yaml
from conftest import EXAMPLES, broken_label_words
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline

CORPUS = Path(__file__).parent / "corpus"

# Removed marks before an order reference ("قبل المباراة"): its span was taken from the
# normalised copy as is, one character early per mark, and the label read "حفل الختا اة".
_MARKED = ("وعقد الوزير مؤتمرًا صحفيًا، وتنطلق المباراة عند الساعة 18:00 بتوقيت الدوحة، "
           "فيما يقام حفل الختام قبل المباراة بنصف ساعة.")


def _labels(text: str, date: str = "2022-12-18", lang: str | None = None) -> list[str]:
    return [e["label"] for e in timeline.build(text, reference_date=date, lang=lang).to_dict()["events"]]


def test_marks_before_an_order_reference_cut_no_word():
    labels = _labels(_MARKED)
    assert not broken_label_words(_MARKED, labels), labels
    assert any("حفل الختام" in label for label in labels), labels


def test_example_reports_have_whole_word_labels():
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        labels = _labels(text, "2021-06-16")
        assert not broken_label_words(text, labels), (path.name, labels)


def _arabic_entries() -> list[dict]:
    entries = yaml.safe_load((CORPUS / "ar.yaml").read_text(encoding="utf-8")) or []
    return [e for e in entries if len(e["text"]) > 60]


_ARABIC = _arabic_entries()
_MARKS = "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0640"  # tanween, harakat, shadda, sukun, tatweel


@settings(max_examples=40, deadline=None)
@given(index=st.integers(min_value=0, max_value=max(0, len(_ARABIC) - 1)),
       marks=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(_MARKS)), min_size=1, max_size=6))
def test_marks_anywhere_leave_labels_whole(index, marks):
    """Diacritics written after any letter of a report change no word boundary: the
    labels stay whole words of the text as written."""
    entry = _ARABIC[index]
    text = entry["text"]
    for where, mark in marks:
        pos = int(where * (len(text) - 1))
        while pos > 0 and not text[pos - 1].isalpha():
            pos -= 1
        if pos > 0:
            text = text[:pos] + mark + text[pos:]
    labels = _labels(text, str(entry["date"]), entry.get("lang"))
    assert not broken_label_words(text, labels), labels


def test_offset_connector_span_after_marks_is_the_connector():
    """The span of an offset's connector ("بعد") is found in a normalised window: after
    "مؤتمرًا صحفيًا" (two tanween removed) it must still be the word itself, not "ا ب"."""
    text = ("بدأت الجلسة عند الساعة 14:00 بتوقيت الرياض، وعقد وزير الخارجية مؤتمرًا صحفيًا "
            "بعد ساعة من انتهاء الجلسة.")
    result = timeline.build(text, reference_date="2023-11-11")
    offsets = [link for link in result.links if link.kind.startswith("offset")]
    assert offsets, result.links
    assert all(text[link.span[0] : link.span[1]] == link.connector for link in offsets), offsets
    labels = [e.label for e in result.events]
    assert any(label.endswith("مؤتمرًا صحفيًا") for label in labels), labels
