"""TimeML in and out: read TIMEX3 gold (.tml), write TimeML, score against gold (TempEval-3)."""
