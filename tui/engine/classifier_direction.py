"""Direction: the imposer right before a measure, and the corridor (origin = exporter,
destination = importer) a finding implies from the roles of its places
(:mod:`~tui.engine.classifier_roles`); the sides read apart from the roles are
:mod:`~tui.engine.classifier_other_side`'s."""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_deals import deal_corridor, deal_words
from tui.engine.classifier_exports_hit import earnings_from_exports
from tui.engine.classifier_firm_hit import firm_goods
from tui.engine.classifier_goods_owners import owned
from tui.engine.classifier_held_goods import held_goods
from tui.engine.classifier_imposer import imposer_of, spared_by
from tui.engine.classifier_market_clause import market_places
from tui.engine.classifier_market_shut import shut_to
from tui.engine.classifier_noun_phrases import goods_kicker
from tui.engine.classifier_other_side import sanctions
from tui.engine.classifier_own_tax import lede_flow as lede_flow  # re-exported
from tui.engine.classifier_own_tax import own_tax_flow
from tui.engine.classifier_owners import main_from, owner_roles
from tui.engine.classifier_phrases import flow_near
from tui.engine.classifier_role_places import named_aside
from tui.engine.classifier_roles import place_roles
from tui.engine.classifier_sent import sent_abroad
from tui.engine.classifier_struck import bound_exports, struck_exports
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of


def corridor(
    t: Text, f: Finding, lo: int, hi: int, bg: list[bool] | None = None
) -> tuple[str, str, str, list[str]]:
    """(origin, destination, flow, words) for a finding."""
    roles = owner_roles(t, f, place_roles(t, f.index, bg))
    if deal := struck_exports(t, f) or bound_exports(t, f) or held_goods(t, f) or firm_goods(t, f):
        return deal  # "Chile's copper exports hit by US tariff": CL -> US
    if deal := deal_corridor(t, f, roles):
        return deal
    first = {r: (c, m) for r, c, m in reversed(roles)}  # first occurrence of each role
    pi = imposer_of(t, f.at) if f.at is not None and f.rule in R.IMPOSER_RULES else None
    if pi is not None:
        code, _s, _e, matched = t.places[pi]
        imposer = (code, matched)
        subject = first.get("actor")
        joins = subject is not None and t.word(_place_start(t, pi) - 1) in R.JOIN_VERBS
        if joins:
            imposer = subject  # type: ignore[assignment]  # "Switzerland joins EU sanctions"
        elif _subject_imposes(t, f, subject, code):
            first["target"] = imposer  # "Canada announces new US tariffs": on US goods
            imposer = subject  # type: ignore[assignment]
        first["actor"] = imposer
        for role in ("goods", "target", "from", "pair"):
            if first.get(role) == imposer:
                del first[role]
        if subject is not None and subject[0] != code and "target" not in first and not joins:
            first["target"] = subject  # "Australia wins exemption from US tariffs"
    spared = spared_by(t, f)
    if spared is not None and first.get("actor") == spared and _spares_exports(t, f, spared[1]):
        # "Australia's steel tariff exemption ends": the tariff falls on Australia's goods, by
        # whoever imposes it ("exemption from US tariffs lapses"), not by Australia
        del first["actor"]
        first.pop("from", None)
        side = next(
            ((c, m) for r, c, m in roles if r in ("from", "actor") and c != spared[0]), None
        )
        if side is not None:
            first["actor"] = side
        first["target"] = spared
    if spared is not None and "target" not in first and first.get("actor") != spared:
        first["target"] = spared  # "EU ends Ukraine's steel quota exemption": Ukraine's goods
    actor = first.get("actor")
    flow = f.flow if f.flow in (R.EXPORT, R.IMPORT) else None
    if flow != R.EXPORT and sent_abroad(t, roles, actor[0] if actor else None):
        flow = R.EXPORT  # "levy on nickel pig iron shipped to China"
    if flow is None:
        flow = flow_near(t, f.index, main_from(t, bg, lo, f.index), hi)
        if flow in (R.NEUTRAL, None):
            flow = own_tax_flow(t, f)  # "Zambia scraps excise on copper": its own exports
    goods = first.get("goods")
    frm = first.get("from")
    kind = f.measure if f.status == "resuming" and f.measure else f.status
    if flow is None:
        if (
            kind == "tariff"
            or "safeguard" in t.text.lower()
            or sanctions(t, f)
            or (kind == "quota" and not R.QUOTA_SAFEGUARD_GOODS.isdisjoint(t.lows))
        ):
            # sanctions keep the target's goods out: target -> sanctioner; steel quotas set
            # are safeguards on imports (the EU's, the UK's, Brazil's; a quota exemption
            # granted keeps the reading of its roles: "EU gives Ukraine steel quota exemption";
            # so are they released: "Japan's steel exempted from US quotas")
            flow = R.IMPORT
        elif kind in ("licensing", "quota"):
            # "US tightens restrictions on Russian metals", "... on Venezuela's gold sector":
            # another country's goods are imports
            # (a target the text names, not a subject that only receives an exemption)
            named = next(((c, m) for r, c, m in roles if r == "target"), None)
            foreign = actor is not None and any(
                x is not None and x[0] != actor[0] for x in (goods, named)
            )
            flow = R.IMPORT if foreign else R.EXPORT
        elif frm is not None and (actor is None or frm[0] != actor[0]):
            flow = R.IMPORT
        elif goods is not None and (actor is None or goods[0] != actor[0]) and actor is not None:
            flow = R.IMPORT
        elif (
            goods is not None
            and actor is None
            and f.verb
            and owned(t, goods[1])
            and all(
                tk.low in R.PLURAL_SUBJECTS or tk.low.endswith("ly") for tk in t.toks[: f.index]
            )
        ):
            flow = R.IMPORT  # "States officially ban Russian gold": someone's imports
        elif "into" in first and goods is not None:
            flow = R.IMPORT  # "Russian aluminium barred from US"
        elif (
            actor is not None
            and "target" in first
            and first["target"][0] != actor[0]
            and "to" not in first
        ):
            flow = R.IMPORT  # "China imposes ban on Lithuania": the target's goods kept out
        else:
            flow = R.EXPORT
    words: list[str] = []
    origin = destination = "*"

    def pick(*names: str) -> tuple[str, str] | None:
        for name in names:
            if name in first:
                return first[name]
        return None

    if flow == R.EXPORT and _others_exports(t, first):
        # "Mexico sets quota on steel exports from China": keeps them out of its own market
        flow = R.IMPORT
        o, d = pick("from", "goods"), pick("actor")
    elif flow == R.EXPORT:
        o = pick("actor", "from", "goods")
        d = pick("to", "into", "target")
    else:
        d = pick("actor", "into")
        o = pick("from", "goods", "target")
        if d is None and "to" in first:
            d = first["to"]
        if (
            o is None
            and d is not None
            and (
                deal_words(t) or (f.status == "resuming" and not R.DISPUTE_HEADS.isdisjoint(t.lows))
            )
        ):
            # "U.S. and Japan reach agreement for steel quota": the partner sends the goods;
            # so it does when two end a dispute over one's tariffs
            o = next(((c, m) for r, c, m in roles if r == "actor" and c != d[0]), None)
        if o is None and d is not None and any(r == "pair" and c == d[0] for r, c, _m in roles):
            # "under the India-UAE agreement, India allots its gold import quota": the
            # importer's partner in the pair sends the goods
            o = next(((c, m) for r, c, m in roles if r == "pair" and c != d[0]), None)
        if o is None and d is not None:
            o = shut_to(t, f, first.get("to"))  # "shuts market to Russian steel": Russia's
        if o is None and d is not None:
            o = named_aside(t, f, roles, d[0], bg)
        if o is None and d is not None and f.status == "resuming" and "to" in first:
            # "grants exemption from steel tariffs to Argentina, Australia and Brazil": the
            # exporters the importer's measure is lifted for (the list adds the others)
            if first["to"][0] != d[0] and not R.EXEMPTION_NOUNS.isdisjoint(t.lows):
                o = first["to"]
        if d is None and o is not None and o == first.get("goods"):
            own = _own_import_measure(t)
            if own is not None and own[0] == o[0]:
                d, o = o, None  # "Zambian copper concs import duty": Zambia's own duty
    if flow == R.IMPORT and o is not None and d is not None and o[0] == d[0]:
        partner = next((x for r, *x in roles if r == "actor" and x[0] != d[0]), None)
        if (
            partner is not None
            and f.status == "resuming"
            and not (R.AGREEMENT_WORDS | {"agree", "agreed"}).isdisjoint(t.lows)
        ):
            d = (partner[0], partner[1])  # "UK and US agree deal to end tariffs on British
            # steel", "Japan and US agree to remove tariffs on Japanese aluminium": the
            # partner whose tariffs end on the other's goods
        else:
            o = None  # "imports hurting Canadian industry, Ottawa announced tariffs": the importer
    if o is not None:
        origin = o[0]
        words.append(o[1])
    if d is not None and (o is None or d[0] != o[0]):
        destination = d[0]
        words.append(d[1])
    return origin, destination, flow, words


def _others_exports(t: Text, first: dict[str, tuple[str, str]]) -> bool:
    """The exports are another country's than the actor's ("exports from Vietnam", "Russian
    steel exports", not "Chinese firms"), sent nowhere else named: the actor's imports."""
    actor, other, goods = first.get("actor"), first.get("from"), first.get("goods")
    if actor is None:
        return False
    if other is None and goods is not None and "target" not in first:
        owns = re.compile(re.escape(goods[1]) + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}exports\b", re.I)
        other = goods if owns.search(t.text) or earnings_from_exports(t, goods[1]) else None
    if other is None or other[0] == actor[0]:
        return False
    to = first.get("to") or first.get("into")
    return to is None or to[0] == actor[0]


def _spares_exports(t: Text, f: Finding, spared: str) -> bool:
    """The finding ends an exemption from a measure ("Australia's tariff exemption ends"), or
    extends a country's own exemption from an import measure ("Australia's steel tariff
    exemption extended"): the country whose exemption it is sends the goods."""
    if f.rule == "release-exemption":
        return True
    return (
        f.rule == "release-noun"
        and f"{spared.lower()}'s" in t.lows
        and f.measure in ("tariff", "quota")
        and not any(flow_of(w) == R.EXPORT for w in t.lows)
    )


def _place_start(t: Text, pi: int) -> int:
    """The token index where place ``pi`` starts."""
    return next((k for k, p in enumerate(t.place_at) if p == pi), 0)


def _own_import_measure(t: Text) -> tuple[str, str] | None:
    """(code, matched) of a demonym whose goods words lead to an import measure ("Zambian
    copper concs import duty", "Indian gold import tariff"): the country's own measure on its
    imports, where no other place imposes it."""
    toks = t.toks
    for code, _s, e, matched in t.places:
        if not t.gaz.is_demonym(matched):
            continue
        k = next((j for j, tk in enumerate(toks) if tk.start >= e), len(toks))
        for j in range(k, min(k + 4, len(toks))):
            low = toks[j].low
            if low == "import" and measure_of(t.word(j + 1)) is not None:
                return code, matched
            if not (
                t.is_metal[j]
                or low in R.GOODS_WORDS
                or low in R.GOODS_FORMS
                or (
                    low.isalpha()
                    and low not in R.FUNCTION_WORDS
                    and t.place_at[j] is None
                    and flow_of(low) is None
                    and measure_of(low) is None
                )
            ):
                break
    return None


def without_kicker(t: Text, f: Finding, bg: list[bool] | None) -> list[bool] | None:
    """The background mask with a kicker added: "Ukraine war: Australia bans bauxite exports"
    names the story's topic before the colon; when a place stands between the colon and the
    deciding word, the kicker's places take no part in the corridor. So does a later clause
    with its own measure verb (:func:`_later_clause`)."""
    bg = _later_clause(t, f, market_places(t, f, bg))
    colon = next((k for k in range(f.index) if t.toks[k].low in (":", "|")), None)
    if colon is None or all(t.place_at[k] is None for k in range(colon + 1, f.index)):
        return bg
    if all(t.place_at[k] is None for k in range(colon)) or all(
        t.place_at[k] is not None for k in range(colon)
    ):
        return bg  # no place in the kicker, or only a place: "MOFCOM: US, EU informed of ..."
    if goods_kicker(t, colon):
        return bg  # "Japanese steel: 15% EU duty confirmed": the measure's goods, no topic
    mask = list(bg) if bg is not None else [False] * len(t.toks)
    mask[: colon + 1] = [True] * (colon + 1)
    return mask


def _later_clause(t: Text, f: Finding, bg: list[bool] | None) -> list[bool] | None:
    """ "Imposes 50% tariff on copper, increases tariff on Brazil": a clause after a comma that
    opens with its own measure verb (not "targets") is another measure; its places are not the
    first one's corridor. Only when a measure verb and a metal stand before the comma."""
    if not (f.verb or any(t.word(k) in R.IMPOSE_VERBS for k in range(f.index))):
        return bg
    for c in range(f.index + 1, len(t.toks) - 1):
        if t.word(c) != ",":
            continue
        if not any(t.is_metal[k] for k in range(c)):
            return bg
        if t.word(c + 1) in R.TARGET_VERBS or t.word(c + 1) not in R.IMPOSE_VERBS:
            return bg
        mask = list(bg) if bg is not None else [False] * len(t.toks)
        mask[c:] = [True] * (len(t.toks) - c)
        return mask
    return bg


def _subject_imposes(t: Text, f: Finding, subject: tuple[str, str] | None, code: str) -> bool:
    """A country acts by an imposing or releasing verb on "<other country> tariffs": the other
    is the target ("Canada announces $21B in new US tariffs", "US withdraws Canada aluminium
    tariffs"), not the imposer."""
    if subject is None or subject[0] == code or f.rule not in ("noun", "release") or f.at is None:
        return False
    at = f.at
    first = next((k for k in range(at) if t.place_at[k] is not None), None)
    if first is None or t.places[t.place_at[first]][0] != subject[0]:  # type: ignore[index]
        return False
    if (
        f.rule == "release"
        and not R.DISPUTE_HEADS.isdisjoint(t.lows)
        and any(
            t.place_at[k] is not None and t.places[t.place_at[k]][0] == code  # type: ignore[index]
            for k in range(f.index)
        )
    ):
        return False  # "Japan and US end dispute over US tariffs": co-subjects, not a target
    if any(t.toks[k].low in R.RECEIVE_VERBS for k in range(first + 1, at)):
        return False  # "Britain secures deal to cut US steel tariffs": it gains, the US cuts
    spared = t.word(f.index).endswith("ed") or t.word(f.index) in R.SPARED_FROM
    if f.rule == "release" and spared and t.word(f.index + 1) == "from":
        return False  # "Canada exempted from US steel tariffs": spared, not releasing
    return any(
        (t.toks[k].low in R.ACTS_ON_VERBS and t.toks[k].low != "to")
        or (f.rule == "release" and k == f.index)
        for k in range(first + 1, at)
    )
