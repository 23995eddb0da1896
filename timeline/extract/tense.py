"""Tense and approximation passes: whether a date or time points ahead (a future cue
before it, or after a fronted date) or back, and "about 3 p.m." marked approximate.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from operator import attrgetter

from timeline.extract.atoms import Atom
from timeline.extract.caseless import finditer as caseless_finditer
from timeline.extract.patterns import Patterns
from timeline.extract.sentences import sentence_index
from timeline.model import DATE, TIME, Parts

_TENSE_WINDOW = 60  # characters before a date searched for a future cue
_PAST_BOUND_REACH = 20  # characters before a date searched for a word such as 'since'
_MONTH_TENSE_WINDOW = 100  # a bare month: its clause runs longer ("will be named commander of … for a mission in December")
_FRONTED_WINDOW = 160  # characters after a date opening its sentence searched for its verb


def _with_tense(s: str, atoms: list[Atom], p: Patterns, starts: list[int]) -> list[Atom]:
    if p.future_cue is None:
        return atoms
    out = []
    for i, atom in enumerate(atoms):
        if atom.kind in (DATE, TIME):
            index = sentence_index(starts, atom.start) if starts else 0
            sentence_start = starts[index] if starts else 0
            reach = (_MONTH_TENSE_WINDOW if atom.parts.month is not None and atom.parts.day is None
                     else p.language.future_cue_reach or _TENSE_WINDOW)
            window = s[max(sentence_start, atom.start - reach) : atom.start]
            cue = _future_cue(window, p)
            future = cue is not None
            lead = s[sentence_start : atom.start]
            past_stated = None
            if _fronted(lead) and (not future or _limit_lead(lead, p)):
                # "On Tuesday, the league plans to …": a date opening its sentence comes
                # before the verb that says which way it points; so does "Until Thursday,
                # they had not …", whose limit word alone would point ahead.
                sentence_end = starts[index + 1] if starts and index + 1 < len(starts) else len(s)
                # (a length such as "a week after the anniversary" has no verb of its own; nor
                # have the clock times said with the day: "В пятницу в 10:00 (в 13:00 …) лидеры
                # примут участие", "Am Freitag um 10 Uhr … wird der Präsident")
                following = _next_told_date(s, atoms, i, sentence_end)
                # The verb may lie past a long subject ("On Tuesday, the National … League
                # plans to …"): the rest of the sentence up to the next date is read, a past
                # verb ahead of any future cue still settling it as past.
                verb_window = s[atom.end : min(sentence_end, following, atom.end + _FRONTED_WINDOW)]
                # Its own verb, before the next comma: not an attribution after the clause
                # ("On April 1, new rules take effect, the ministry said").
                own_clause = _own_clause(verb_window, p)
                past_stated = _past_verb(own_clause, p)
                if atom.parts.day is not None and (p.bound_lead is None or p.bound_lead.search(lead)):
                    # "From April 1, new rules apply": a bound says nothing of the past; a
                    # language that lists no bound words keeps a day-and-month to its tense.
                    past_stated = None
                if not future:
                    cue = _future_cue(verb_window, p, before_past=True)
                    future = cue is not None
                elif past_stated is not None:
                    future, cue = False, f"{cue.strip()} … {past_stated}"
            elif not future and atom.parts.month is not None and atom.parts.year is None:
                # "the fiscal year ended Jan. 31", "changed to a calendar year in December":
                # the date's own clause tells it in the past.
                past_stated = _clause_past_verb(lead[-_FRONTED_WINDOW:], p)
            if not future and past_stated is None and p.modal_future_cue is not None:
                cue = _modal_future_cue(s, window, atom, p)
                future = cue is not None
            if not future and past_stated is None and atom.kind == DATE and p.language.future_cue_after_date:
                cue = _future_cue_after(s, atom, p)
                future = cue is not None
            if not future and past_stated is None and atom.kind == DATE and out and out[-1].kind == TIME \
                    and out[-1].parts.tense == "future" and _SAID_WITH.fullmatch(s[out[-1].end : atom.start]):
                # "soll … landen – 0.05 Uhr deutscher Zeit am Dienstag": the day said with a
                # time told as ahead is ahead too, though its own window holds no cue.
                cue = out[-1].parts.tense_cue
                future = True
            if (not future and past_stated is None and p.deadline_lead is not None and atom.parts.month is not None
                    and atom.parts.year is None):
                cue = _deadline_ahead(s, window, atom, p)
                future = cue is not None
            if not future and past_stated is None and p.schedule_cue is not None and atom.kind in (DATE, TIME):
                cue = _scheduled_in_present(window, p)
                future = cue is not None
            bound = p.past_bound.search(s, max(0, atom.start - _PAST_BOUND_REACH), atom.start) if p.past_bound else None
            if bound is not None:
                # "prices have doubled since Dec. 31": before the reference date, whatever the tense
                future, cue, past_stated = False, None, " ".join(bound.group().split())
            tense_cue = " ".join(cue.split()) if cue else None
            if not future and past_stated is not None:
                parts = _with_tense_parts(atom.parts, "past", tense_cue or past_stated, True)
            else:
                parts = _with_tense_parts(atom.parts, "future" if future else "past", tense_cue, atom.parts.past_stated)
            atom = Atom(atom.start, atom.end, atom.kind, parts, atom.rule, atom.priority)
        out.append(atom)
    return out


# Every date and time of a text gets its tense: copying the parts positionally costs a
# third of ``dataclasses.replace`` (which walks the fields and passes them by name).
_PARTS_FIELDS = tuple(f.name for f in fields(Parts))
_parts_values = attrgetter(*_PARTS_FIELDS)
_TENSE, _TENSE_CUE, _PAST_STATED = (_PARTS_FIELDS.index(name) for name in ("tense", "tense_cue", "past_stated"))


def _with_tense_parts(parts: Parts, tense: str, tense_cue: str | None, past_stated: bool) -> Parts:
    """``replace(parts, tense=…, tense_cue=…, past_stated=…)``."""
    values = list(_parts_values(parts))
    values[_TENSE], values[_TENSE_CUE], values[_PAST_STATED] = tense, tense_cue, past_stated
    return Parts(*values)


def _future_cue(window: str, p: Patterns, before_past: bool = False) -> str | None:
    """A future cue in ``window`` (its words) that no pluperfect turns into a past plan
    ("had been scheduled to expire Friday"); with ``before_past``, only one ahead of any
    past-tense verb — or one that is itself a past form ("On Friday, the government planned
    to pay …")."""
    past = p.past_verb.search(window) if before_past and p.past_verb is not None else None
    for cue in caseless_finditer(p.future_cue, window):
        if past is not None and past.start() <= cue.start():
            return None
        if p.past_plan is not None and p.past_plan.search(window[: cue.start()]):
            continue
        if _limit_in_past(window, cue, p):
            continue
        if not before_past and _past_after(window, cue.end(), p):
            continue  # "which takes effect in July, was passed in February": the cue is another clause's
        return cue.group()
    return None


_DEADLINE_REACH = 12  # characters before a date searched for its deadline word


def _deadline_ahead(s: str, window: str, atom: Atom, p: Patterns) -> str | None:
    """A month as a deadline ("a program to pay down the loan by February"): ahead, unless
    a past verb of its clause tells it ("had repaid it by February", "sales rose by March")."""
    lead = p.deadline_lead.search(s, max(0, atom.start - _DEADLINE_REACH), atom.start)
    if lead is None:
        return None
    clause = re.split(r"[,;:()]", window)[-1]
    if p.past_verb is not None and p.past_verb.search(clause):
        return None
    return " ".join(lead.group().split())


def _scheduled_in_present(window: str, p: Patterns) -> str | None:
    """A scheduled act told in the present right before the date ("The plane lands at",
    "the office is open from"), when the verb is one: no determiner before it ("their
    visits on"), no past verb of its clause before it ("seized Palestinian lands on");
    an announcing verb ("officials said the plane lands") tells of the saying only."""
    cue = p.schedule_cue.search(window)
    if cue is None:
        return None
    before = window[: cue.start()]
    if _DETERMINED.search(before):
        return None
    if p.modal is not None and any(p.modal.fullmatch(w) for w in before.split()[-2:]):
        return None  # "he would often visit his grandfather on Sunday": a modal's, not a schedule
    words = cue.group().split()
    verb = " ".join(words[:2] if len(words) > 1 and words[0].casefold() in ("is", "are", "remain", "remains")
                    else words[:1])
    if p.past_verb is not None and p.past_verb.search(window, cue.start() + len(verb)):
        return None  # "lands were taken on Tuesday": a past verb between the noun and its date
    clause = re.split(r"[,;:()]", before)[-1]
    if p.past_verb is not None and p.announcing_verb is not None and any(
            not p.announcing_verb.fullmatch(v.group()) for v in p.past_verb.finditer(clause)):
        return None
    return verb


def _modal_future_cue(s: str, window: str, atom: Atom, p: Patterns) -> str | None:
    """A bare modal's future in the past ("would take up the measure on Tuesday"), only
    for a date that is an adverbial of the modal's own clause: no clause break, clause
    opener or past verb between them, and the date no noun's modifier ("to get around
    Wednesday's ruling", "where the Aug. 7 blasts killed")."""
    cues = list(p.modal_future_cue.finditer(window))
    if not cues:
        return None
    cue = cues[-1]
    between = window[cue.end() :]
    if (p.clause_break or _CLAUSE_BREAK).search(between):
        return None
    if p.past_verb is not None and p.past_verb.search(between):
        return None
    if s.startswith(("'s", "’s"), atom.end) or _DETERMINED.search(window):
        return None
    return cue.group()


def _past_after(window: str, start: int, p: Patterns) -> bool:
    """A past-tense verb in a later clause than a future cue, before the date: the date is
    told in the past ("will appear in court, his lawyer said Tuesday") — not a participle
    ("will be named"), nor a verb of the cue's own clause ("as soon as trading opened Monday")."""
    if p.past_verb is None or p.participle_lead is None:
        return False
    brk = (p.clause_break or _CLAUSE_BREAK).search(window, start)
    if brk is None:
        return False
    return any(not p.participle_lead.search(window, brk.end(), verb.start())
               for verb in p.past_verb.finditer(window, brk.end()))


def _limit_in_past(window: str, cue: re.Match[str], p: Patterns) -> bool:
    """"They had not called him a suspect until Thursday": a limit cue after a past verb
    of its clause (not one that moves a date later: "postponed until Tuesday")."""
    if p.limit_cue is None or p.past_verb is None or not p.limit_cue.fullmatch(cue.group()):
        return False
    clause = re.split(r"[,;:]", window[: cue.start()])[-1]
    if p.past_verb.search(clause) is None:
        return False
    return p.delay_verb is None or p.delay_verb.search(clause) is None


def _limit_lead(lead: str, p: Patterns) -> bool:
    return p.limit_cue is not None and p.limit_cue.search(lead) is not None


_DETERMINED = re.compile(r"(?<!\w)(?:the|a|an|this|that|its|their|his|her)\s+$", re.IGNORECASE)


def _clause_past_verb(window: str, p: Patterns) -> str | None:
    """The past-tense verb of the clause ending at a date, when it tells the date's own
    event: not a participle ("will be paid in January"), not a verb that announces or
    plans ("said it would report in December"), and not before a bound ("extended the
    offer to Nov. 15")."""
    if p.past_verb is None or p.announcing_verb is None or p.participle_lead is None:
        return None
    if p.bound_lead is not None and p.bound_lead.search(window):
        return None
    if _DETERMINED.search(window):
        return None  # "gave no reason for the Jan. 14 deadline": the date qualifies a noun
    clause = re.split(r"[,;:()\"]|''|``", window)[-1]
    verbs = list(p.past_verb.finditer(clause))
    if not verbs or p.future_cue.search(clause) or (p.modal is not None and p.modal.search(clause)):
        return None
    verb = verbs[-1]
    if p.announcing_verb.fullmatch(verb.group()) or p.participle_lead.search(clause[: verb.start()]):
        return None
    if p.infinitive is not None and p.infinitive.search(clause, verb.end()):
        return None
    return verb.group()


def _own_clause(verb_window: str, p: Patterns) -> str:
    """The clause after a fronted date, up to the next comma; past a time adjunct with no
    verb of its own ("In January, a week after the anniversary, a bombing killed …")."""
    pieces = verb_window.lstrip(" ,").split(",")
    own = pieces[0]
    if (len(pieces) > 1 and p.time_adjunct is not None and p.time_adjunct.match(own)
            and _past_verb(own, p) is None and p.future_cue.search(own) is None):
        return ",".join(pieces[1:])  # the main clause, whose subject may hold commas ("in Birmingham, Ala., killed")
    return own


_VERB_AFTER_WINDOW = 30  # characters after a day read for its own verb
# Any clause or sentence break; also what a language without `clause_break` uses above.
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n،؛؟]")


def _future_cue_after(s: str, atom: Atom, p: Patterns) -> str | None:
    """"y el viernes viajará a Santiago": a future cue right after the day, in its clause,
    before any past-tense verb (Language.future_cue_after_date)."""
    after = s[atom.end : atom.end + _VERB_AFTER_WINDOW]
    stop = _CLAUSE_BREAK.search(after)
    after = after[: stop.start()] if stop else after
    return _future_cue(after, p, before_past=True) if after.strip() else None

# Between a fronted day and a clock time said with it: a lead word or two, a bracket ("в",
# "um", "à", " (в ").
_SAID_WITH = re.compile(r"[\s(]*(?:[^\W\d_]{1,3}\s+)?[\s(]*")


def _next_told_date(s: str, atoms: list[Atom], i: int, sentence_end: int) -> int:
    """Where the next date or clock time of another moment starts after ``atoms[i]``: the
    clock times right after the day, said with it, are skipped."""
    last_end = atoms[i].end
    for a in atoms[i + 1 :]:
        if a.kind == TIME and _SAID_WITH.fullmatch(s[last_end : a.start]):
            last_end = a.end
            continue
        if a.kind in (DATE, TIME):
            return a.start
    return sentence_end


def _past_verb(window: str, p: Patterns) -> str | None:
    """A past-tense verb in ``window`` ahead of any future cue (its words)."""
    past = p.past_verb.search(window) if p.past_verb is not None else None
    if past is None:
        return None
    cue = p.future_cue.search(window)
    return past.group() if cue is None or past.start() <= cue.start() else None


_FRONTED_LEAD = re.compile(r"^\W*(?:\w+\W*)?$")  # at most one word ("On", "By") before the date


def _fronted(lead: str) -> bool:
    return bool(_FRONTED_LEAD.match(lead))


def _with_approximate_times(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """"about 3 p.m.": the time is marked approximate (TIMEX3 mod APPROX); its span stays
    the time itself, as reconcile reads the word before it."""
    if p.approximate_time is None:
        return atoms
    out = []
    for atom in atoms:
        if atom.kind == TIME and not atom.parts.approximate and p.approximate_time.search(s[max(0, atom.start - 30) : atom.start]):
            atom = replace(atom, parts=replace(atom.parts, approximate=True))
        out.append(atom)
    return out
