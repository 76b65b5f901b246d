"""A firm's own permit: "Miner wins export permit for copper concentrate", "Bauxite miner gets
its export quota permit renewed", "Amman Mineral's copper export permit renewed until June".
A company that wins, gets, secures, is awarded, applies for or seeks a permit or a licence, or
whose permit is renewed, extended or revoked (README: "the permit of a mine or a miner revoked"), tells of its
own business, not of a licensing measure (no event). A
government requiring permits ("requires export permits") is read by its verb; one that renews
a firm's permit ("Philippines renews Nickel Asia's ore export permit") releases its trade."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_phrases import clause_start
from tui.engine.classifier_text import Finding, Text, base_word, is_granted

#: Verbs by which a firm receives a permit: "wins", "gets", "secures", "awarded"; or asks
#: for one: "applies for", "seeks" (relief only sought, README).
_RECEIVED = (
    R.RECEIVE_VERBS
    | frozenset({"awarded", "granted", "given", "handed"})
    | frozenset({"applies", "applied", "apply", "applying", "seeks", "sought", "seeking"})
)
#: Verbs of asking for a permit that the rules also read as a measure's ("applied").
_ASKED = frozenset({"applies", "applied", "apply", "applying"})
#: Participles after the permit that keep it in force for its holder: "permit renewed".
_RENEWED = frozenset({"renewed", "extended", "prolonged", "granted", "approved", "reissued"})


def firm_permit(t: Text, best: Finding) -> bool:
    """The licensing noun ``best`` names (a permit, a licence) is a firm's own: a company's
    word before it, no government's, and a verb of receiving between them or a participle
    of renewal or revocation after it."""
    k = best.measure_at
    if not is_granted(t.toks[k].low):
        return False
    after = t.word(k + 1)
    if t.word(best.index) in R.REVOKE_VERBS and best.index < k:
        # "Indonesia revokes nickel miner's export permit": a firm's own permit taken
        return any(_company_owner(t.word(j)) for j in range(best.index + 1, k))
    if after in R.REVOKE_VERBS and best.index in (k, k + 1):
        pass  # "Smelter's nickel export licence revoked": a firm's permit, read as released
    elif best.status != "licensing" or (best.verb and not _asked_for(t, k)):
        return False  # a verb decides, but "applied for licence": a firm's request
    start = clause_start(t, k)
    subject = range(start, k)
    if any(base_word(t.word(j)) in R.GOVERNMENT_WORDS for j in subject):
        return False
    got = next((j for j in subject if t.word(j) in _RECEIVED), None)
    if got is None and after not in _RENEWED and after not in R.REVOKE_VERBS:
        return False
    owner = range(start, k if got is None else got)
    return any(base_word(t.word(j)) in R.COMPANY_WORDS for j in owner)


def _asked_for(t: Text, k: int) -> bool:
    """ "applied for licence", "applies for an export permit": an asking verb and "for" within
    the three words before the permit noun at ``k``."""
    return any(t.word(j) in _ASKED and t.word(j + 1) == "for" for j in range(max(0, k - 4), k - 1))


def _company_owner(word: str) -> bool:
    """A company's word in the possessive ("miner's", "smelter's")."""
    for mark in ("'s", "’s", "s'"):
        if word.endswith(mark):
            return base_word(word[: -len(mark)]) in R.COMPANY_WORDS or word[:-2] in R.COMPANY_WORDS
    return False
