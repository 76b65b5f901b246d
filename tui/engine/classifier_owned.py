"""A market title whose cause is a government's new measure named as a noun, told in its lede.

"Asian stocks slip as markets digest Trump's fresh tariffs", "Oil steadies, Trump tariffs limit
gains", "Rupee slips after Trump's newest trade broadside": the title names a market's move and
a government's measure only as a noun it owns (a possessive, or the government's name before a
measure called "fresh", "new" or "latest"; the measure's metal may stand between), and no other
watched metal. The market veto reads the
title as market news, and the lede's first sentence is often market talk too. When a sentence of
the lede (the first three) tells that government's act on a watched metal ("President Trump
imposed 25% tariffs on all steel and aluminum imports", "Trump's new 25% tariffs on steel and
aluminum"), the headline reports that act, as the labelled sets have it (a measure told in a
market headline is an event): the act's clause is read alone and decides.

Only the government the title names counts (never in a question, nor a measure word that only
modifies another noun, "tariff tantrums"), and only an act (a verb of imposing or announcing
after it) or a measure called new ("new", "fresh", "latest", "additional") in the lede: a mood
("Trump tariff fears"), a guess ("could raise tariffs") or a measure of another government
leaves the title market news.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.engine import classifier_rules as R
from tui.engine.classifier_gate_spared import OWNED_ACT
from tui.engine.classifier_metal_moves import MARKET_HEADS
from tui.engine.classifier_read import read_text
from tui.engine.classifier_text import Finding, Reading, Text, measure_of

#: Words between a government and its measure in a title ("Trump's fresh tariffs", "Trump's
#: latest trade war salvo").
_MODIFIERS = frozenset(
    {"fresh", "new", "newest", "latest", "additional", "more", "trade", "war", "global"}
    | {"sweeping", "steep", "steeper", "higher", "metals", "metal", "import", "export"}
)
#: Nouns of a government's trade act with no measure word ("trade war salvo", "broadside").
_ACT_NOUNS = frozenset({"salvo", "broadside", "barrage", "blitz", "onslaught", "offensive"})
#: Nouns a measure word only modifies ("tariff tantrums", "tariff talk"): no measure owned.
_NOT_HEADS = R.NON_MEASURE_HEADS | frozenset({"tantrum", "tantrums", "drama", "saga", "war"})
#: Verbs of a government's act after its name in the lede ("Trump imposed", "announced").
_ACT_VERBS = R.forms(
    "impose|s|d", "announce|s|d", "raise|s|d", "slap|s|ped", "sign|s|ed", "unveil|s|ed",
    "extend|s|ed", "hike|s|d", "double|s|d", "levy", "levies", "levied", "introduce|s|d",
    "ban|s|ned", "restrict|s|ed", "curb|s|ed", "bar|s|red", "prohibit|s|ed",
)  # fmt: skip
#: Words that call the lede's measure new ("new 25% tariffs on steel").
_NEW_WORDS = frozenset({"new", "fresh", "latest", "additional", "newest"})
#: Words ending a noun measure's goods ("tariffs on steel and aluminum from Trump", ", which").
_GOODS_END = frozenset({"from", "by", "which", "that", ",", ";", "in", "as", "and"})


def owned_cause(
    t: Text, reading: Reading, sents: list[str], text_of: Callable[[str], Text], trace: list[str]
) -> tuple[Reading, Text] | None:
    """The lede's act and the clause it is read from, when the market title ``t`` names a
    government's measure as the move's cause (see the module docstring); else None."""
    if reading.finding is not None and reading.vetoed is None:
        return None
    if reading.vetoed not in (None, "market"):  # a forecast of a measure's effects stays one
        return None
    if not _may_own(t.lows):
        return None  # no measure word for a government to own: ``_owner`` finds none
    if MARKET_HEADS.isdisjoint(t.lows) and R.MARKET_RE.search(t.text) is None:
        return None
    if "?" in t.text:
        return None  # "Trump's tariff tantrums spook markets, will it get worse?": comment
    owner = _owner(t)
    if owner is None:
        return None
    texts = [text_of(x) for x in sents[:3]]
    for find in (_act_clause, _new_clause):
        for st in texts:
            clause = find(st, owner) if st.metal_spans else None
            if clause is None:
                continue
            sub = Text(clause, t.matcher, t.gaz)
            got = read_text(sub, trace=[])
            f = got.finding
            if f is None or got.vetoed is not None or not sub.metal_spans or not _imposes(f):
                continue
            trace.append(OWNED_ACT)
            return Reading(finding=replace(f, verb=True)), sub
    return None


def _imposes(f: Finding) -> bool:
    """A measure imposed, not released (a release told in a market title reads as any)."""
    return f.status != "resuming"


def _owned_head(w: str) -> bool:
    """``w`` can be the measure ``_owner`` looks for after a government's name."""
    return w in _ACT_NOUNS or (measure_of(w) is not None and w not in R.MOOD_NOUNS)


#: The words ``_owned_head`` takes as they stand (others only with "'s" or a hyphen).
_HEADS = frozenset(R.MEASURE_NOUNS) | _ACT_NOUNS


def _may_own(lows: list[str]) -> bool:
    """Some word of ``lows`` passes ``_owned_head``: one in ``_HEADS``, or one with an
    apostrophe or hyphen (``measure_of`` reads "china's" and "export-ban"); no other can."""
    if any(_owned_head(w) for w in _HEADS.intersection(lows)):
        return True
    joined = "\0".join(lows)
    if "'" not in joined and "-" not in joined:
        return False
    return any(_owned_head(w) for w in lows if "'" in w or "-" in w)


def _owner(t: Text) -> str | None:
    """The code of a government named as owning a measure in the title, by a possessive or
    with the measure called new ("Trump's tariffs", "Trump fresh tariffs", "Beijing's export
    curbs"), not a demonym ("Australian dollar") nor a bare "US tariffs"."""
    for code, _s, e, matched in t.places:
        if t.gaz.is_demonym(matched):
            continue
        k = next((i for i, tk in enumerate(t.toks) if tk.end >= e), None)
        if k is None:
            continue
        j = k + 1
        while j < len(t.toks) and j <= k + 5 and (t.word(j) in _MODIFIERS or t.is_metal[j]):
            j += 1
        w = t.word(j)
        if _owned_head(w):
            nxt = t.word(j + 1)
            if nxt in R.SPECULATION_WORDS or nxt in R.MOOD_NOUNS or nxt in _NOT_HEADS:
                continue  # "Trump tariff fears", "tariff tantrums": a mood, not the measure
            if any(t.is_metal[x] for x in range(len(t.toks)) if not k < x < j):
                return None  # a metal elsewhere in the title: the title's own story
            owned = t.toks[k].low.endswith(("'s", "’s")) or t.text[e : e + 2] in ("'s", "’s")
            if not owned and _NEW_WORDS.isdisjoint(t.word(x) for x in range(k + 1, j)):
                continue  # "investors assess US tariffs": any tariffs, maybe standing ones
            return code
    return None


def _act_clause(st: Text, owner: str) -> str | None:
    """The lede's clause from the owner's name when an act verb follows it ("President Trump
    announced a global 25% tariff on US imports of steel and aluminum")."""
    for code, s, e, _m in st.places:
        if code != owner:
            continue
        k = next((i for i, tk in enumerate(st.toks) if tk.end >= e), None)
        if k is None:
            continue
        for j in range(k + 1, min(len(st.toks), k + 5)):
            if st.word(j) in _ACT_VERBS:
                return st.text[s:]
            if st.word(j) in R.CLAUSE_BREAK:
                break
    return None


def _new_clause(st: Text, owner: str) -> str | None:
    """ "<owner>'s new <measure> on <metals>" when the lede calls a measure on watched metals
    new and names the owner ("investors took new tariffs on steel and aluminium from U.S.
    President Donald Trump in their stride"): the measure and its goods, owned."""
    name = next((m for c, _s, _e, m in st.places if c == owner), None)
    if name is None:
        return None
    toks = st.toks
    for i, tk in enumerate(toks):
        if tk.low not in _NEW_WORDS:
            continue
        j = next((x for x in range(i + 1, min(len(toks), i + 4)) if measure_of(toks[x].low)), None)
        if j is None or st.word(j + 1) not in ("on", "against"):
            continue
        end = j + 2
        while end < len(toks) and (
            st.is_metal[end] or toks[end].low in ("and", ",", "&", "imports", "all")
        ):
            if toks[end].low in _GOODS_END and not st.is_metal[min(end + 1, len(toks) - 1)]:
                break
            end += 1
        if not any(st.is_metal[x] for x in range(j + 2, end)):
            continue
        return f"{name}'s " + st.text[tk.start : toks[end - 1].end]
    return None
