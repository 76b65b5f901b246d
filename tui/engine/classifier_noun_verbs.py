"""A word that is a noun and a verb ("scrap", "bar"): is it the noun here?

"Aluminium scrap", "copper scrap imports", "non-ferrous scrap quotas" name goods; "EU to scrap
tariffs", "Beijing bars imports" act. Besides the goods words around it, the word right before
decides: after another verb of a measure ("extends scrap export ban", "tightens scrap export
curbs", "lifts scrap export ban", "grants scrap import quotas") or a determiner, owner, ordinal or
year ("the scrap export ban", "its scrap exports", "first 2020 scrap import quotas") "scrap" is that verb's object, goods, not a second verb (``benchmarks/invariance.py``'s
"export ban" rewriting turned "extends ban on scrap exports" into "extends scrap export ban").
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, base_word

#: Words after which a noun-verb is a noun: determiners, owners and prepositions.
_NOUN_LEADS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "new", "on", "of", "for", "with",
     "first", "second", "third", "fourth", "fifth", "latest", "next"}
)  # fmt: skip
#: Verbs of a measure whose object may be "scrap" (goods): not "scrap" itself ("to scrap").
_MEASURE_VERBS = (
    (R.IMPOSE_VERBS | R.PROLONG_VERBS | R.RELAX_VERBS | R.RELEASE_VERBS | R.GRANT_VERBS)
    - R.NOUN_VERBS
    - R.MODALS  # "to scrap", "will scrap": the verb itself
    - {"to"}
)


def noun_reading(t: Text, i: int) -> bool:
    """Whether the noun-verb at token ``i`` is a noun here."""
    prev, nxt = t.word(i - 1), t.word(i + 1)
    if i > 0 and t.place_at[i - 1] is not None and not t.is_metal[i - 1]:
        return False  # "Beijing bars imports": a place acts
    if (
        t.word(i) in ("scrap", "scraps")
        and i > 0
        and (
            prev in _NOUN_LEADS
            or prev in _MEASURE_VERBS
            or base_word(prev) in R.STOP_VERBS
            or prev.isdigit()  # "first 2020 scrap import quotas": a batch's goods
        )
    ):
        return True  # "extends scrap export ban", "bans scrap exports", "grants scrap quotas"
    return (
        (i > 0 and t.is_metal[i - 1])
        or prev in R.GOODS_WORDS
        or prev in R.MATERIAL_WORDS  # "non-ferrous scrap quotas"
        or nxt in R.GOODS_WORDS
    )


#: Participles that tell what became of a measure named by its noun ("EU ban confirmed").
_BEFALLS = frozenset(
    {"confirmed", "finalised", "finalized", "approved", "announced", "adopted", "agreed",
     "imposed", "introduced", "widened", "tightened", "extended", "upheld", "renewed"}
)  # fmt: skip


def object_less_stop(t: Text, i: int) -> bool:
    """Whether a stop word read as a verb after a place ("EU ban") has no object: it ends the
    title ("Russian steel faces EU ban") or a participle of what became of it follows ("Russian
    steel: EU ban confirmed"): the measure's noun, not the place's act."""
    if t.word(i) not in ("ban", "bans", "embargo", "curbs"):
        return False
    nxt = t.word(i + 1)
    return i > 0 and t.place_at[i - 1] is not None and (nxt == "" or nxt in _BEFALLS)
