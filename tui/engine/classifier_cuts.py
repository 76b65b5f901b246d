"""A tariff lowered: a release (``resuming``) whether or not its new rate is given.

Every set of real headlines labelled by people before the engine read them reads a duty cut,
halved, lowered, reduced, slashed or trimmed, with or without its new rate ("halves tariff on
Turkish steel to 25%", "customs duty on gold cut to 6%", "slashes anti-dumping tax from 84% to
37%"), as ``resuming`` with no rate: part of the measure is released, as an unpriced cut is.
The new rate stays in the evidence words, so the user still sees it. A raise is a ``tariff`` at
its new rate; a cut in an export tax *rebate* raises the tax (``tariff``); a quota cut tightens
(``quota``): neither is read here.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_rates import stated_rates
from tui.engine.classifier_text import Text, measure_of

#: Participles of a cut after the duty they lower ("customs duty on steel cut to 7.5%",
#: "tariff halved", "import duty on gold lowered to 6%").
_REDUCED = frozenset({"cut", "lowered", "reduced", "slashed", "trimmed", "halved"})
#: Gerunds of a cut before the duty ("proposes cutting copper import duty to 3%").
_CUTTING = frozenset({"cutting", "lowering", "reducing", "slashing", "trimming", "halving"})
#: Verbs by which a duty (their subject) moves down to a new rate ("duty falls to 7.5%").
_FALLS = R.forms("fall|s|en", "fell", "drop|s|ped", "decline|s|d", "ease|s|d")
#: Between two rates, the later the new one ("from 50% to 25%", "from 50 percent back to 25").
_TO_GAP = lazy(r"\s*(?:back\s+|down\s+)?(?:to|-|–)\s*", re.IGNORECASE)
#: Between two rates, the earlier the new one ("to 25% from 50%", "37%, down from 84%").
_FROM_GAP = lazy(r"\s*,?\s*(?:down\s+)?from\s*", re.IGNORECASE)


def _rates(text: str) -> list[re.Match[str]]:
    """The rates a text states (:func:`stated_rates`); none when it gives a
    range ("duties ranging from 40% to 10%")."""
    rates = stated_rates(text)
    if any(R.RANGE_BEFORE_RE.search(text[: m.start()][-40:]) for m in rates):
        return []
    return rates


def _changes(text: str, rates: list[re.Match[str]]) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Each change of rate among a text's ``rates``, as (old, new)."""
    out = []
    for a, b in pairwise(rates):
        if _TO_GAP.fullmatch(text, a.end(), b.start()):
            out.append((a, b))
        elif _FROM_GAP.fullmatch(text, a.end(), b.start()):
            out.append((b, a))
    return out


def lowered_rate(text: str) -> bool:
    """Whether a text states a rate lowered: "from 84% to 37%", "to 25% from 50%"."""
    changes = _changes(text, _rates(text))
    return any(float(new.group(1)) < float(old.group(1)) for old, new in changes)


def raised_rate(text: str) -> bool:
    """Whether a text states a rate raised: "from 10.8% to 25%", "to 25% from 10.8%"."""
    changes = _changes(text, _rates(text))
    return any(float(new.group(1)) > float(old.group(1)) for old, new in changes)


#: "Lifts" (:data:`R.LIFT_VERBS`) before a tariff moved to a higher rate raises it ("lifts import
#: tariff on steel to 25% from 10.8%"); with no rate, or a lower one, it removes the tariff (a
#: release).


def lifted_to_higher(t: Text, verb: int, measure: int | None) -> bool:
    """Whether the release verb at ``verb`` is a "lift" whose tariff, duty or tax (at
    ``measure``) moves up to a new rate in the same clause: a raise, not a removal."""
    if t.word(verb) not in R.LIFT_VERBS or measure is None:
        return False
    if (kind := measure_of(t.word(measure))) is None or kind[0] != "tariff":
        return False
    end = next(
        (k for k in range(measure + 1, len(t.toks)) if t.word(k) in (";", ":", "|", "—")),
        len(t.toks),
    )
    clause = t.text[t.toks[verb].start : t.toks[end - 1].end]
    return raised_rate(clause)


def new_rate_words(text: str) -> list[str]:
    """The new rates a text states, as its words ("to 7.5%, copper scrap to 2.5%": both; "from
    84% to 37%": the 37%), for the evidence of a cut read as a release."""
    rates = _rates(text)
    old = {a.start() for a, _b in _changes(text, rates)}
    return [m.group(0) for m in rates if m.start() not in old]


def cut_over_rate(t: Text, i: int, reach: int) -> int | None:
    """The index of a cut verb before the duty named at ``i`` whose object opens on the old
    rate ("cuts 15% gold import duty to 6%", "halves its 10% nickel export levy", "trims 7.5
    per cent duty"), the rate's words lengthening the ``reach`` looked for, else None. Only a
    cut is sought so (an imposing verb keeps the reach it has), only with the rate right after
    the verb or its possessive, and no comma or clause break before the noun ("cuts output
    12%, blames export levy" is no cut of the levy)."""
    for k in range(i - 1, max(-1, i - reach - 3), -1):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low == "," or measure_of(low) is not None:
            return None
        if low in R.REDUCE_VERBS:
            j = k + 1 + (t.word(k + 1) in _OWNERS)
            if t.word(j)[:1].isdigit() and t.word(j + 1) in R.PERCENT_WORDS and j + 1 < i:
                return k
            return None
    return None


#: Owners between a cut verb and the old rate ("halves its 10% levy").
_OWNERS = frozenset({"its", "their", "the", "a"})


def reduced_after(t: Text, i: int) -> int | None:
    """The index of the participle or verb that lowers the duty named at ``i`` after it
    ("customs duty on steel cut to 7.5%", "import duty on gold lowered", "steel import duty
    falls to 7.5%"), else None. An exemption or rebate named between ("export tax rebate cut
    to 9%": the tax goes up), another measure noun or a clause break stops the search."""
    for k in range(i + 1, min(len(t.toks), i + 7)):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low in R.EXEMPTION_NOUNS or measure_of(low) is not None:
            return None
        if low in _REDUCED and t.word(k + 1) in R.AFTER_OWN_CUT:
            return k
        if low in _FALLS and R.RATE_TO_RE.match(t.text, t.toks[k].end) is not None:
            return k
    return None


def cutting_before(t: Text, i: int, lo: int) -> int | None:
    """The index of a gerund of a cut before the duty named at ``i``, after ``lo`` ("proposes
    cutting copper import duty to 3%"), else None; a clause break stops the search."""
    for k in range(i - 1, max(lo, i - 6), -1):
        if t.toks[k].low in R.CLAUSE_BREAK:
            return None
        if t.toks[k].low in _CUTTING:
            return k
    return None
