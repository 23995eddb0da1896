"""The past-tense verb patterns of the languages (Language.past_verbs): a date opening its
sentence is told of the past when its own verb is past. Nouns of the same shape are no verbs."""

import pytest

from timeline.extract.patterns import compile_language

RU_VERBS = ["заявил", "заявила", "начались", "состоялось", "пришла", "могли", "встретился", "была"]
RU_NOT_VERBS = ["правила", "дела", "недели", "цели", "около", "посол", "журнал", "если", "мысли", "земли",
                "Михаил", "Павел", "квартал", "школа"]


@pytest.mark.parametrize("word", RU_VERBS)
def test_russian_past_verbs(word):
    assert compile_language("ru").past_verb.fullmatch(word)


@pytest.mark.parametrize("word", RU_NOT_VERBS)
def test_russian_nouns_in_l_are_no_past_verbs(word):
    assert compile_language("ru").past_verb.search(word) is None


def test_a_noun_in_la_does_not_tell_the_past():
    # "В августе правила изменятся" in June: the coming August, not the last one.
    import timeline

    tl = timeline.build("В августе правила изменятся.", reference_date="2025-06-10", lang="ru")
    (month,) = tl.mentions
    assert not month.parts.past_stated
    tl = timeline.build("В августе министр заявил о новых правилах.", reference_date="2025-06-10", lang="ru")
    (month,) = tl.mentions
    assert month.parts.past_stated
