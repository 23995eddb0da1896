"""Lines set in capitals are re-cased for reading (timeline/zones/capitals.py)."""

from timeline.zones.capitals import capital_lines, recased


def test_only_lines_in_capitals_are_re_cased():
    text = "TOKYO (Reuters) - Nikkei rose at 3 p.m.\nMARKETS CLOSE IN TOKYO AT 3 PM\n(AP)"
    spans = capital_lines(text)
    assert [text[a:b] for a, b in spans] == ["MARKETS CLOSE IN TOKYO AT 3 PM"]
    view = recased(text, "en", True)
    assert view is not None and len(view) == len(text)
    assert view.splitlines()[0] == text.splitlines()[0]  # mixed case: as written
    assert view.splitlines()[1] == "markets close in Tokyo at 3 pm"
    assert view.splitlines()[2] == "(AP)"  # an acronym alone is no style


def test_names_of_several_words_and_abbreviations():
    assert recased("POWER RESTORED IN PUERTO RICO AT 11 AM AST", "en", True) == \
        "power restored in Puerto Rico at 11 am AST"
    assert recased("NO INJURIES AFTER QUAKE HITS NEAR ANCHORAGE", "en", True) == \
        "no injuries after quake hits near Anchorage"


def test_ordinary_text_and_caseless_scripts_are_left_alone():
    assert recased("Markets close in Tokyo at 3 p.m.", "en", True) is None
    assert recased("بدأ اللقاء عند الساعة 13:35 بتوقيت جنيف", "ar", True) is None


def test_a_line_its_re_casing_leaves_in_capitals_is_read_once():
    import timeline

    # Abbreviations keep their capitals: the copy is the text itself (no second re-casing).
    data = timeline.build("GMT+3 GMT+3 13:35 GMT+3", reference_date="2000-01-01").to_dict()
    assert [m["utc"] for m in data["mentions"] if m["kind"] == "time"] == ["2000-01-01T10:35:00Z"]
