"""A sanctions package named after its target: "Iran sanctions to include a ban on steel".

In "Iran sanctions to include ban on steel imports", "Russia sanctions package to ban aluminium
imports" or "EU's Russia sanctions package to ban ...", the country written right before
"sanctions" (a noun, followed by what the package holds or does: "to", "include", "will") is
the package's target, not its author: the measure keeps the target's goods out (origin the
target). The imposer is the other country the title names (a possessive before the target,
"EU's"; an attribution after it, "..., says US"), else unnamed (``*``). Read by
:func:`tui.engine.classifier.classify` after the corridor. "US sanctions on Russia to include
..." (the target after "on") and "US sanctions Iran's metals" (a verb) are not this kind.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: Words after "sanctions" (or "sanctions package") that tell what the package holds or does.
_NEXT = frozenset(
    {"to", "include", "includes", "including", "will", "would", "could", "may", "set", "target"}
)
_PACKAGES = frozenset({"package", "packages", "bill", "list"})


def _target_place(t: Text, f: Finding) -> int | None:
    """The index into ``t.places`` of the place written right before a sanctions package that
    leads to the finding ``f``, or None."""
    for k, tk in enumerate(t.toks[: f.index]):
        if tk.low not in R.SANCTION_WORDS or k == 0 or t.place_at[k - 1] is None:
            continue
        after = k + 1 + (t.word(k + 1) in _PACKAGES)
        if t.word(after) in _NEXT and after < f.index and after + 8 >= f.index:
            return t.place_at[k - 1]
    return None


#: Words before a country that attribute the headline to it ("..., says US"; "..., US says"
#: is read by :func:`_says_after`).
_SAYS = frozenset({"says", "said", "say", "by"})


def _says_after(t: Text, j: int) -> bool:
    """The place ``t.places[j]`` speaks after a comma ("..., US says"), as "..., says US"."""
    first, last = t.place_span(j)
    return t.word(first - 1) == "," and t.word(last + 1) in ("says", "said")


def package_target(
    t: Text, f: Finding, origin: str, destination: str
) -> tuple[str, str, str] | None:
    """(origin, destination, word) for the finding a package named after a country holds:
    with another country's goods named after the package ("US sanctions to include ban on
    Russian aluminium") the first is the imposer; else it is the target, imposed on by a
    country before it ("EU's Russia sanctions ...") or one the headline is attributed to
    ("..., says US"), else ``*``. None when the corridor already reads so, or not this kind."""
    pi = _target_place(t, f)
    if pi is None:
        return None
    code, _s, _e, matched = t.places[pi]
    starts = [next(k for k, p in enumerate(t.place_at) if p == j) for j in range(len(t.places))]
    later = [
        (p[0], p[3], t.word(starts[j] - 1) in _SAYS or _says_after(t, j))
        for j, p in enumerate(t.places)
        if j > pi and p[0] != code
    ]
    goods = next(((c, m) for c, m, said in later if not said), None)
    if goods is not None:
        sides = (goods[0], code, goods[1])  # the package's author first, the goods after
    else:
        before = [p[0] for p in t.places[:pi] if p[0] != code]
        said = [c for c, _m, s in later if s]
        imposer = before[-1] if before else (said[0] if said else "*")
        sides = (code, imposer, matched)
    return None if sides[:2] == (origin, destination) else sides


def sanctioned_goods(t: Text, origin: str, destination: str) -> tuple[str, str, str] | None:
    """(origin, destination, word) for a measure on a country's goods read as that country's
    own because its name stands before "sanctions" ("G-7 to ban Russian gold as Moscow
    sanctions widen", "Japan bars Iranian steel amid Iran sanctions"): sanctions named after
    their target are on its goods, so the country is the origin, the importer unnamed."""
    if origin != "*" or destination == "*":
        return None
    named = any(
        tk.low in R.SANCTION_WORDS
        and k > 0
        and (pi := t.place_at[k - 1]) is not None
        and t.places[pi][0] == destination
        and not t.gaz.is_demonym(t.places[pi][3])
        for k, tk in enumerate(t.toks)
    )
    goods = next(
        (
            p[3]
            for j, p in enumerate(t.places)
            if p[0] == destination
            and t.gaz.is_demonym(p[3])
            and any(t.place_at[k] == j and t.is_metal[k + 1] for k in range(len(t.toks) - 1))
        ),
        None,
    )
    return (destination, "*", goods) if named and goods is not None else None
