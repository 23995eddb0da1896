"""Event labels leave out the time with the preposition before it (Language.mention_leads)
and keep to the side of a joined clause that holds the time when the other side tells
something at a time of its own (Language.label_clause_joiners)."""

import pytest

import timeline


@pytest.mark.parametrize("text, labels", [
    ("The board met at 10 a.m. on Tuesday and the vote came two hours later.", ["board met", "vote came"]),
    ("The talks began on Monday at 10 a.m. in Geneva and lasted for five hours.", ["talks began"]),
    ("Polls opened at 7 a.m. in Kabul and closed at 5 p.m.", ["Polls opened"]),
    ("Le sommet a commencé à 10 heures à Bruxelles et les dirigeants ont parlé deux heures plus tard.",
     ["sommet a commencé", "dirigeants ont parlé"]),
    ("Das Treffen begann um 10 Uhr in Berlin und dauerte drei Stunden.", ["Treffen begann"]),
    # Must not cut: "and" between two names, and a side with no time of its own.
    ("The talks between Putin and Biden began at 13:35 local time in Geneva.", ["talks between Putin and Biden began"]),
    ("Bullet train services between Tokyo and Sendai were halted for nearly three hours and resumed at 2:05 a.m. "
     "on Wednesday.", ["Tokyo and Sendai were halted and resumed"]),
])
def test_labels_of_joined_clauses(text, labels):
    t = timeline.build(text, reference_date="2024-03-14")
    assert [e.label for e in t.events if e.kind != "all-day"] == labels
