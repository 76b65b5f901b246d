"""A firm hit by a measure: "Norilsk Nickel hit by new export duty on nickel", "Rusal faces
aluminium export duty from January". The firm is the measure's object, not a speaker
viewing it, so :func:`~tui.engine.classifier_sidelines.company_view` does not veto it (its
side is read by :mod:`tui.engine.classifier_champions`); "Nucor sees tariffs lifting prices"
stays a view.

A firm's goods or exports held by a measure the same way ("POSCO's steel exports hit by 50% US
tariffs", "Rio Tinto's aluminium shipments caught by US tariffs", :func:`firm_goods`) are the
imposer's measure on the firm's country's goods: origin the firm's country where it is a
national champion (:data:`tui.core.champions.CHAMPIONS`), else ``*``; destination the imposer,
read as :mod:`tui.engine.classifier_held_goods` reads a country's goods. A firm's own halt ("POSCO
halts steel exports") or view stays no measure.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_champions import champion_at
from tui.engine.classifier_held_goods import goods_held_from
from tui.engine.classifier_text import Finding, Text

#: Verbs whose subject a measure falls on ("hit by", "faces", "slapped with").
_HIT = frozenset({"faces", "face", "facing", "hit", "hits", "slapped", "struck"})
#: Words between the verb and the measure's noun ("hit by new export duty on").
_BETWEEN = 4
#: A firm's name opening a title: one to three capitalised words, then its possessive or not.
_FIRM_RE = lazy(r"((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)(?=['’]s?\s|\s)")


def firm_hit(t: Text, best: Finding) -> bool:
    """Whether a verb of a measure falling on its subject stands within a few words before the
    measure's noun, with no other verb read for it, or the title opens on a firm's goods held
    by the measure (:func:`firm_goods`)."""
    if best.verb:
        return firm_goods(t, best) is not None
    k = best.measure_at
    return any(t.word(j) in _HIT for j in range(max(0, k - _BETWEEN), k)) or (
        firm_goods(t, best) is not None
    )


def firm_goods(t: Text, f: Finding) -> tuple[str, str, str, list[str]] | None:
    """(origin, destination, flow, words) when the title opens on a firm's goods held by the
    measure ``f`` (see the module), else None."""
    key = f"firm_goods {f.index} {f.at}"
    if key not in t.memo:
        t.memo[key] = _firm_goods(t, f)
    held: tuple[str, str, str, list[str]] | None = t.memo[key]
    return None if held is None else (*held[:3], list(held[3]))  # words a caller may extend


def _firm_goods(t: Text, f: Finding) -> tuple[str, str, str, list[str]] | None:
    if f.flow == R.EXPORT:
        return None  # "Glencore's cobalt exports face Congo export ban": the exporter's own
    if not t.toks or (t.place_at[0] is not None and champion_at(t.text, 0) is None):
        return None  # a country's goods: classifier_held_goods
    named = champion_at(t.text, 0)
    if named is not None:
        code, end, name = named
    else:
        m = _FIRM_RE.match(t.text)
        if m is None or not _only_a_name(t, m.end(1)):
            return None
        code, end, name = "*", m.end(1), m.group(1)
    return goods_held_from(t, f, code, end, name, bare=True)


def _only_a_name(t: Text, end: int) -> bool:
    """The title's words before ``end`` name no place and no metal: a firm's name."""
    ks = [k for k, tk in enumerate(t.toks) if tk.start < end]
    return bool(ks) and all(t.place_at[k] is None and not t.is_metal[k] for k in ks)
