"""A leader's view of a measure already in force: "Trump says steel tariffs are working", "Modi
defends export duty on iron ore", "Xi: rare earth controls are lawful", "Zimbabwe's president
says lithium ore export ban is paying off". The leader (by title, role or name,
:func:`~tui.engine.classifier_leader_tail.is_leader`) judges the measure, named by its noun, and
acts on nothing: no new measure, no event. A leader who imposes, raises or plans one ("Trump
raises steel tariffs to 50%", "Modi says India will impose export duty on iron ore") is the
measure, and a measure acted on after the copula ("tariffs are raised", "has been lifted") is
the act.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_leader_tail import is_leader
from tui.engine.classifier_text import Finding, Text, acts_on_measure

#: Verbs of judging a measure (the leader "defends", "praises" or "hails" it).
_VIEW_VERBS = frozenset(
    {"defends", "defended", "praises", "praised", "hails", "hailed", "lauds", "lauded", "touts",
     "touted", "justifies", "justified", "champions"}
)  # fmt: skip
#: Verbs of telling after the leader, or the colon after the leader's name.
_TELLS = frozenset({"says", "said", "insists", "insisted", "argues", "argued", ":"})
#: A measure's present, judged: a copula, or a verb of its working or its effect.
_JUDGED_VERBS = frozenset({"works", "work", "comply", "complies", "complied"})
_COPULAS = frozenset({"is", "are", "was", "were", "has", "have", "remains", "remain"})
#: Words after the copula that tell an act or a plan, not a view ("are set to rise", "is
#: being lifted", "are to be", "are coming", "is under review").
_NOT_VIEWS = frozenset(
    {"being", "been", "set", "due", "to", "coming", "going", "likely", "expected", "about",
     "under", "on", "off", "now", "here", "back", "in", "effective", "not"}
)  # fmt: skip
#: Participles that judge rather than act ("are justified", "is warranted").
_JUDGING_PARTICIPLES = frozenset(
    {"justified", "warranted", "needed", "unjustified", "misguided", "misplaced"}
)
#: The leader: a few words opening the title before the verb of telling or judging.
_OPENING_RE = lazy(r"^\s*((?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)\s*(?=:|\s)")
_LONGEST = 5


def leader_view(t: Text, best: Finding) -> bool:
    """Whether the title is a leader's view of the measure ``best`` (see the module)."""
    if best.verb or not t.toks:
        return False
    k = best.measure_at
    verb = next(
        (j for j in range(1, min(k, _LONGEST + 1)) if t.word(j) in _VIEW_VERBS | _TELLS), None
    )
    if verb is None or not is_leader(t.text[: t.toks[verb].start].strip()):
        return False
    if any(t.word(j) in R.CLAUSE_BREAK for j in range(verb + 1, k)):
        return False
    if t.word(verb) in _VIEW_VERBS:
        return k - verb <= 5 and not _acted_after(t, k)
    return _judged_after(t, k)


def _judged_after(t: Text, k: int) -> bool:
    """The measure's noun at ``k``, its goods or places after it, then a copula and a view
    ("are working", "is paying off", "are justified") or a verb of its working ("comply")."""
    for j in range(k + 1, min(k + 7, len(t.toks))):
        low = t.word(j)
        if low in _JUDGED_VERBS:
            return not _acted_after(t, j)
        if low in _COPULAS:
            nxt = t.word(j + 1)
            if nxt in _NOT_VIEWS or _acts(nxt):
                return False
            if (
                nxt.endswith("ed")
                and nxt not in _JUDGING_PARTICIPLES
                and low not in ("has", "have")
            ):
                return False  # "tariffs are lifted": a passive act
            return not _acted_after(t, j)
        if low in R.CLAUSE_BREAK or low in (",", ";", "-"):
            return False
    return False


def _acts(low: str) -> bool:
    """A verb acting on a measure: "raised", "extended", "lifted"."""
    return acts_on_measure(low) or low in R.PROLONG_VERBS or low in R.EXPIRE_VERBS


def _acted_after(t: Text, j: int) -> bool:
    """A verb acting on a measure after token ``j`` ("defends ban, extends it")."""
    return any(_acts(t.word(m)) for m in range(j + 1, len(t.toks)))
