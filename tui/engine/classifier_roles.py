"""The role of every place in a text (actor, to, from, into, target, goods, pair, including,
excepted, counterpart, harmed, other); the places a text names in one role (who imports, who
exports, where goods come from) are :mod:`~tui.engine.classifier_role_places`'.
:mod:`~tui.engine.classifier_direction` turns the roles into a corridor."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_effect_first import heading_roles
from tui.engine.classifier_excepted import excepted_place
from tui.engine.classifier_harmed import harmed_roles
from tui.engine.classifier_list_origin import listed_goods_after, metal_origin_later
from tui.engine.classifier_listed import (
    aimed_at,
    bystander_firms,
    listed_after,
    market_of_goods,
    word_before_place,
)
from tui.engine.classifier_noun_phrases import measure_after_modifiers, owned_goods, safeguard_after
from tui.engine.classifier_span_place import span_after_change
from tui.engine.classifier_text import Text, base_word, flow_of, is_granted, measure_of
from tui.engine.classifier_via_transit import transit_roles

#: Verbs that set, change or end a measure, read before "in <place>" ("hiked in India").
_SETTING_VERBS = R.IMPOSE_VERBS | R.REDUCE_VERBS | R.PROLONG_VERBS | frozenset(R.STOP_VERBS)
_ENDING_VERBS = (
    R.RELEASE_VERBS | R.REVOKE_VERBS | R.RELAX_VERBS | R.GRANT_LIKE_VERBS | R.EXPIRE_VERBS
)
_CHANGE_VERBS = _SETTING_VERBS | _ENDING_VERBS


def place_roles(t: Text, trigger: int, bg: list[bool] | None = None) -> list[tuple[str, str, str]]:
    """(role, code, matched) for every place: actor | to | from | into | target | goods."""
    out: list[tuple[str, str, str]] = []
    toks = t.toks
    prev_role: str | None = None
    prev_end_tok = -10
    spans: list[tuple[int, int]] = []
    for i, (code, s, e, matched) in enumerate(t.places):
        first, last = t.place_span(i)
        spans.append((first, last))
        k = word_before_place(t, first, bg)  # past "the" and "the Republic of"
        prep = toks[k].low if k >= 0 else ""
        demonym = t.gaz.is_demonym(matched)
        if demonym and prep == "to" and t.word(k - 1) in R.CHANGE_NOUNS:
            prep = ""  # "no change to Indonesian ore export ban": what changes, no destination
        nxt = toks[last + 1].low if last + 1 < len(toks) else ""
        nxt_measure = measure_after_modifiers(t, last + 1)  # "Mexican retaliatory tariffs"
        poss = toks[last].low.endswith("'s") or t.text[e : e + 2] in ("'s", "’s")
        goods_next = last + 1 < len(toks) and (
            t.is_metal[last + 1] or nxt in R.GOODS_WORDS or _compound_then_metal(t, last + 1)
        )
        role: str
        paired = t.text[e : e + 1] in ("-", "–", "/") and any(
            ps == e + 1 for _c, ps, _pe, _m in t.places
        )
        if bg is not None and bg[first] and trigger < len(bg) and not bg[trigger]:
            role = "other"  # "... in response to US tariffs": background, not the corridor
        elif excepted_place(t, first):
            role = "excepted"  # "from all countries except Canada": left out, not the origin
        elif paired or (prev_role == "pair" and t.text[s - 1 : s] in ("-", "–", "/")):
            role = "pair"  # "US-China trade truce", "Sino-US talks": neither is the actor
        elif matched[-1:].isdigit():
            role = "actor"  # "Section 232 steel tariffs": a law names its country
        elif (
            not demonym
            and t.is_metal[min(last + 1, len(toks) - 1)]
            and _imports_after(t, last + 1)
            and not (prep in ("on", "against") and prev_role == "actor")
            and not (poss and owned_goods(t, prep, last))  # "bans Russia's steel imports"
        ):
            role = "into"  # "all US steel and aluminium imports": the country imports
            # ("Japan imposes tariff on Brazil steel imports": another's goods, below)
        elif market_of_goods(t, last, first) or bystander_firms(t, first, last, trigger):
            role = "other"  # "European steel stocks": where the market is, not the goods
        elif aimed_at(t, first):
            role = "target"  # "curbs exports to punish US chipmakers": whom it aims at
        elif demonym and goods_next and prep != "to" and safeguard_after(t, last + 1):
            role = "actor"  # "Turkish steel safeguard measures": a safeguard names no exporter
        elif demonym and goods_next and prep != "to":
            role = "goods"
        elif (
            (demonym or poss)  # "applies to Chile's copper concentrate": its goods too
            and prep == "to"
            and (measure_of(t.word(k - 1)) or t.word(k - 1) in R.REACHED_BY)
            and _goods_after(t, last)
        ):
            role = "goods"  # "extends the ban to Russian slabs", "tariffs apply to Swiss gold
            # bars": the goods it covers; "grants duty-free access to Chilean copper": let in
        elif (
            nxt in ("sanctions", "sanction")
            and prev_role == "actor"
            and prep not in ("and", ",", "&", "or")
            and prep not in R.JOIN_VERBS
        ):
            role = "target"  # "Australia expands Russia sanctions": on Russia
        elif prep == "in" and t.word(k - 1) in R.ORIGIN_WORDS:
            role = "from"  # "foil originating in China (Anti-Dumping Duty ...)": not the imposer
        elif prep == "in" and first > trigger and _closes_title(t, k, last, demonym):
            role = "in"  # "import duty on gold raised to 12.5% in India": where it was set
        elif nxt_measure and prep not in ("to", "toward", "towards", "against"):
            role = "actor"  # "from US duties", "Chinese export controls", "EU ban"
        elif prep in ("to", "toward", "towards") and _to_a_reader(t, k - 1):
            role = "other"  # "a new blow to Switzerland", "a threat to Chile": who is hurt
        elif prep in ("to", "toward", "towards") or (
            prep == "for" and (flow_of(t.word(k - 1)) or measure_of(t.word(k - 1)))
        ):
            role = "to"  # "exports to the US", "export rules for the U.S."
        elif prep == "of" and t.word(k - 1) in R.SECTOR_WORDS:
            role = "target"  # "sanctions on the copper sectors of Iran": Iran's goods
        elif prep in R.ROUTE_WORDS and flow_of(t.word(k - 1)) == R.EXPORT:
            role = "other"  # "suspends copper exports via Congo border post": a route
        elif prep in R.FROM_PREPS and (
            is_granted(t.word(k - 1)) or t.word(k - 1) in R.EXEMPTION_NOUNS
        ):
            role = "actor"  # "approval from DGFT", "a licence from MOFCOM": who grants it;
            # "wins steel tariff exemption from US": whose measure spares the winner
        elif prep in R.FROM_PREPS or (prep == "in" and t.word(k - 1) in R.ORIGIN_WORDS):
            # "barred from US": the market it is kept out of
            role = "into" if t.word(k - 1) in R.EXCLUDED_FROM else "from"
        elif prep == "into":
            role = "into"
        elif prep == "including" and not demonym:
            role = "including"  # "imports from several origins, including China": a lede's
            # origin (read only where the corridor lacks one)
        elif prep == "with" and t.word(k - 1) in R.DISPUTE_NOUNS:
            role = "counterpart"  # "its dispute with Canada over imported aluminum": a lede's
            # other side (read only where the corridor lacks one)
        elif goods_next and (not poss or owned_goods(t, prep, last)):
            role = "goods"  # "bans Russia's gold", "imports of Russia's aluminium": its goods
        elif prep in R.SANCTION_WORDS and not demonym:
            role = "target"  # "US sanctions Iran's metals", "Britain sanctions Russia"
        elif (
            poss
            and prep in ("against", "targeting")
            and not any(measure_of(t.word(j)) for j in range(last + 1, last + 5))
        ):
            role = "target"  # "sanctions against Venezuela's state-run gold miner"
        elif prev_role == "actor" and _object_of_verb(t, prep, last, poss):
            role = "target"  # "US hits Russia with tariffs", "US targets Nicaragua's gold sector"
        elif poss and prep not in ("on", "to", "from", "into"):
            role = "actor"  # "WTO rules against Indonesia's export ban"
        elif demonym and flow_of(nxt) is not None and measure_after_modifiers(t, last + 2):
            role = "actor"  # "consultation on Australian export levy": the levy's author
        elif prep in ("on", "against", "targeting", "at", "over"):
            role = "target"
        elif prep == "by" and t.word(k - 1) in R.ORIGIN_WORDS:
            role = "from"  # "metal produced by Russia": where the goods come from
        elif prep == "by":
            role = "actor"
        elif (
            prep in ("and", ",", "&")
            and prev_role is not None
            and listed_after(t, prev_end_tok, first)
        ):
            role = prev_role
        elif demonym and first == 0 and nxt in R.ACTOR_NEXT:
            role = "actor"  # "Saudi to apply duties", "Dutch to restrict exports": the country
        elif demonym and _governs(t, last):
            role = "actor"  # "the Brazilian foreign trade committee decided ...": its government
        elif demonym and not (flow_of(nxt) or measure_of(nxt) or poss):
            role = "goods"
        elif nxt in R.GOVERNMENT_WORDS and t.word(last + 2) in _SPEAKS:
            role = "actor"  # "..., DRC regulator says": the place's body tells it
        elif not demonym and _on_receiving_end(t, last):
            role = "target"  # "Australia gets no exemption from tariffs", "Korea faces duties"
        elif not poss and first < trigger and listed_goods_after(t, last):
            role = "goods"  # "China hits US soybeans and steel scrap": the list's origin
        elif poss or first < trigger:
            role = "actor"
        elif nxt in R.ACTOR_NEXT or base_word(nxt) in R.STOP_VERBS or nxt in R.RELEASE_VERBS:
            role = "actor"  # "Copper tariffs: Trump says ...", "... as Beijing approves ..."
        else:
            role = "other"
        out.append((role, code, matched))
        prev_role, prev_end_tok = role, last
    # "on Canadian, Mexican steel", "to Argentina and Brazil imports": a list of places
    # before goods are all goods (the first named is the origin)
    for x in range(len(out) - 2, -1, -1):
        between = {tk.low for tk in toks[spans[x][1] + 1 : spans[x + 1][0]]}
        if (
            out[x + 1][0] == "goods"
            and (t.gaz.is_demonym(out[x][2]) or out[x][0] in ("to", "target"))
            and between
            and between <= {",", "and", "or", "&"}
        ):
            out[x] = ("goods", out[x][1], out[x][2])
    # "on Chinese cars and Korean steel": the metal's origin is the place before it
    for x in range(len(out)):
        if metal_origin_later(t, [r for r, _c, _m in out], spans, x):
            out[x] = ("other", out[x][1], out[x][2])
    out = transit_roles(t, out, spans)  # "Chinese steel ... shipped via Mexico": not Mexico's
    out = heading_roles(t, out)  # "... take effect: Impact on India": whom it affects
    out = harmed_roles(t, out, spans)  # "..., could harm India": whom it would hurt
    # a place where the measure was set, named after it, is its actor when no other is named
    others = any(r in ("actor", "into") for r, _c, _m in out)
    return [("other" if others else "actor", c, m) if r == "in" else (r, c, m) for r, c, m in out]


#: Products a measure's scope is widened to ("extends steel ban to Russian slabs").
_PRODUCTS = frozenset(
    {"slabs", "billets", "coils", "wire", "wires", "tubes", "pipes", "sheets", "rods", "plates"}
    | {"ingots", "bars", "semi-finished", "semis", "scrap", "products", "goods", "metals"}
)


def _goods_after(t: Text, last: int) -> bool:
    """A metal or a product right after the place ending at token ``last``."""
    nxt = last + 1
    return nxt < len(t.toks) and (t.is_metal[nxt] or t.toks[nxt].low in _PRODUCTS)


#: A span of time after a place closes its clause ("in Indonesia two months ahead of ...").
_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_COUNTS = frozenset({"a", "one", "two", "three", "four", "five", "six", "several", "few"})


def _closes_title(t: Text, k: int, last: int, demonym: bool) -> bool:
    """A place after "in" (at ``k``) that closes a measure's clause ("... raised to 12.5% in
    India", "duties on the cards in India") at the title's end, or names a government's act
    there ("... in Indian budget"; a demonym only with such an act). Not a place after
    anything else ("weigh on steel demand in Europe": where the demand is)."""
    before = t.word(k - 1)
    if before in R.OPEN_WORDS and not demonym:
        return True  # "to stay duty-free in India for another year": the market they enter
    if span_after_change(t, k, _CHANGE_VERBS):
        return not demonym and (last + 1 >= len(t.toks) or not t.word(last + 1).isalpha())
    if not (
        any(ch.isdigit() for ch in before)
        or before == "%"
        or before in R.LOCATIVE_AFTER
        or flow_of(before) is not None
        or measure_of(before) is not None
        or before in _CHANGE_VERBS
    ):
        return False
    nxt = t.word(last + 1)
    if nxt in R.LOCATIVE_ACTS:
        return last + 2 >= len(t.toks) or not t.word(last + 2).isalpha()
    if not demonym and (
        nxt in R.ADVERBIAL_PREPS
        or (measure_of(before) and nxt in _CHANGE_VERBS)
        or (t.word(last + 2) in _SPANS and (nxt.isdigit() or nxt in _COUNTS))
    ):
        # "... banned in Vietnam under new law", "export quotas in Congo extended", "... takes
        # effect in Indonesia two months ahead of ban"
        return True
    return not demonym and (last + 1 >= len(t.toks) or not nxt.isalpha())


def _compound_then_metal(t: Text, k: int) -> bool:
    """ "Chinese cut-to-length steel plates", "Korean cold-rolled steel": one or two compound
    modifiers between a demonym and its metal."""
    j = k
    while j < len(t.toks) and j - k < 2 and "-" in t.toks[j].low and not t.is_metal[j]:
        if measure_of(t.toks[j].low) or flow_of(t.toks[j].low) or t.place_at[j] is not None:
            return False
        j += 1
    return j > k and j < len(t.toks) and t.is_metal[j]


def _object_of_verb(t: Text, prep: str, last: int, poss: bool) -> bool:
    """A place after the subject that the subject's measure falls on: the object of "<verb>
    X with <measure>" ("hits Russia with tariffs", "slaps China with duties"), or a possessive
    object of a measure verb whose noun is no measure ("targets Nicaragua's gold sector";
    "lifts Indonesia's export ban" names Indonesia's own measure)."""
    k = last + 1
    while k < len(t.toks) and (t.word(k) in (",", "and", "&") or t.place_at[k] is not None):
        k += 1  # "hits Canada, Mexico with tariffs": every place listed is an object
    if t.word(k) == "with" and k > last + 1 and t.word(k - 1) in (",", "and", "&"):
        return False
    if t.word(k) == "with":
        return any(measure_of(t.word(j)) for j in range(k + 1, k + 6))
    if not poss or not (
        prep in R.IMPOSE_VERBS or base_word(prep) in R.STOP_VERBS or prep in R.RELEASE_VERBS
    ):
        return False
    for j in range(last + 1, min(last + 5, len(t.toks))):
        if t.word(j) in R.FUNCTION_WORDS:
            return True  # "targets Myanmar's tin sector with sanctions": the phrase ends
        if measure_of(t.word(j)):
            return False
    return True


def _to_a_reader(t: Text, k: int) -> bool:
    """The noun at token ``k`` before "to X" says how news touches X ("a blow to", "a boost
    to", "a threat to", "a letter to"); X is neither where goods go nor an actor."""
    if k < 0 or not t.toks[k].text.isalpha():
        return False
    low = t.toks[k].low
    return low in R.NEWS_NOUNS_BEFORE_TO


#: A head of government by title ("Australian PM pledges ...").
_LEADER_TITLES = frozenset({"pm", "premier", "chancellor"})
#: Verbs of a speaker ending a title ("..., DRC regulator says").
_SPEAKS = frozenset({"says", "said", "say"})


def _governs(t: Text, last: int) -> bool:
    """A demonym (ending at token ``last``) heads a government body ("Chinese authorities",
    "the Brazilian Executive Management Committee", "Indian trade ministry"), not goods."""
    for k in range(last + 1, min(last + 5, len(t.toks))):
        low = t.toks[k].low
        if low in R.GOVERNMENT_WORDS or low in R.INSTITUTION_WORDS:
            return True
        if low in _LEADER_TITLES:
            # "Australian PM pledges ban ...", not "Australian PM Albanese gets Trump to
            # consider exemption" (the leader on the receiving end: the goods' side)
            return not _leader_receives(t, k)
        if t.is_metal[k] or low in R.GOODS_WORDS or flow_of(low) or measure_of(low):
            return False
        if not low.isalpha() or t.place_at[k] is not None:
            return False
    return False


def _leader_receives(t: Text, k: int) -> bool:
    """The leader titled at token ``k`` (past a name: "PM Albanese") gets, wins or faces
    something ("gets Trump to consider exemption"): the leader acts for the goods' side."""
    j = k + 1
    while j < min(k + 4, len(t.toks)) and t.toks[j].text[:1].isupper() and t.place_at[j] is None:
        j += 1
    low = t.word(j)
    return low in R.RECEIVE_VERBS or low in R.FACE_VERBS or low in R.LOSE_VERBS


#: Participles a headline uses for a passive grant ("Ukraine granted steel quota exemption").
_GIVEN = frozenset({"granted", "given", "handed", "awarded", "offered"})


def _on_receiving_end(t: Text, last: int) -> bool:
    """The subject (ending at token ``last``) receives or faces a measure, or is denied a
    release from one ("Australia to receive no exemption from tariffs", "Korea among
    countries to face duties", "Canada wins tariff relief"): the measure falls on it. A
    permission received ("gets permit to export") leaves the subject the trader."""
    n = len(t.toks)
    for k in range(last + 1, min(last + 5, n)):
        low = t.toks[k].low
        passive = low in _GIVEN and _given_to_subject(t, k)
        if low in R.RECEIVE_VERBS or low in R.FACE_VERBS or low in R.LOSE_VERBS or passive:
            for j in range(k + 1, min(k + 5, n)):
                obj = base_word(t.toks[j].low)
                if obj in R.PERMISSION_NOUNS - R.EXEMPTION_NOUNS:
                    return False
                if obj in R.EXEMPTION_NOUNS or obj in R.RELEASE_NOUNS or measure_of(obj):
                    return True
            return False
        if t.place_at[k] is not None or measure_of(low) or flow_of(low):
            return False
    return False


def _given_to_subject(t: Text, k: int) -> bool:
    """The participle at ``k`` is a passive grant to the subject before it: every place after
    it says who grants ("Ukraine granted exemption from the EU"), none receives ("US granted
    exemption to Australia", "... granted Australia an exemption")."""
    return all(
        t.word(j - 1) in ("from", "by", "the")
        and (t.word(j - 1) != "the" or t.word(j - 2) in ("from", "by"))
        for j in range(k + 1, len(t.toks))
        if t.place_at[j] is not None and t.place_at[j] != t.place_at[j - 1]
    )


def _imports_after(t: Text, k: int) -> bool:
    """Metals (or goods words) from token k on, then an imports word ("steel and aluminium
    imports"); "US imports" alone are goods from the US."""
    n = len(t.toks)
    while k < n and (
        t.is_metal[k] or t.toks[k].low in R.GOODS_WORDS or t.toks[k].low in ("and", ",", "&")
    ):
        if t.toks[k].low in ("imports", "import"):
            return True
        k += 1
    return k < n and flow_of(t.toks[k].low) == R.IMPORT
