"""A producer's own tax: a lone country's domestic tax word on a metal it mines ("Zambia
suspends excise on copper concentrates", "Uganda axes gold tax", "Ghana imposes new levy on
gold"), the title naming no flow, no customs or import duty and no other country. The tax
falls on the country's own output going out, so it reads as an export measure (the country
the exporter) rather than the default of a charge, an import duty. Used by
:func:`tui.engine.classifier_direction.corridor` when no flow word is near the measure; a lede
naming one flow decides first (:func:`lede_flow`: "... removal of taxes on gold imports")."""

from __future__ import annotations

from dataclasses import replace

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of

#: A domestic tax's nouns: charged on output, not at a border.
_OWN_TAX_NOUNS = frozenset(
    {"excise", "excises", "levy", "levies", "royalty", "royalties", "tax", "taxes"}
)
#: Words of a border charge or of imports: the measure stays the importer's ("India cuts
#: customs duty on gold", "lifts tax on steel imports", "tariffs", "anti-dumping levy").
_BORDER_WORDS = frozenset(
    {
        "import",
        "imports",
        "imported",
        "importation",
        "importers",
        "importer",
        "inflows",
        "tariff",
        "tariffs",
        "surtax",
        "surtaxes",
        "dumping",
        "anti-dumping",
        "antidumping",
        "safeguard",
        "safeguards",
        "countervailing",
        "retaliatory",
        "duty-free",
        "customs",
    }
)
#: Made goods, not a mine's output: a tax on them is no export measure by itself ("excise
#: duty cut on gold jewellery" is a consumer's, an importer's).
_MADE_METALS = frozenset({"steel", "aluminium"})
_MADE_GOODS = frozenset(
    {"jewellery", "jewelry", "jewels", "ornaments", "coins", "products", "articles", "goods"}
)


def own_tax_flow(t: Text, f: Finding) -> str | None:
    """:data:`R.EXPORT` when ``f`` is a lone country's own tax on a mined metal, else None.

    "customs & excise" keeps the excise: the excise is the country's own charge."""
    lows = set(t.lows)
    if f.status not in ("tariff", "resuming") or _OWN_TAX_NOUNS.isdisjoint(lows):
        return None
    border = _BORDER_WORDS & lows
    if border and not (border == {"customs"} and "excise" in lows):
        return None
    if len({code for code, _s, _e, _m in t.places}) != 1:
        return None
    metals = {span[0] for span in t.metal_spans}
    if not metals or metals & _MADE_METALS or not _MADE_GOODS.isdisjoint(lows):
        return None
    return R.EXPORT


def lede_flow(t: Text, f: Finding, lede: Text) -> Finding:
    """A quota or a producer's own tax (:func:`own_tax_flow`) whose title names no flow and
    one country ("China releases scrap quotas", "Sri Lanka cancels taxes for gold") takes the
    lede's flow when it names only one ("to allow importers to source scrap from overseas":
    import quotas; "removal of taxes ... on gold imports": an import duty)."""
    if f.flow is not None or any(flow_of(w) for w in t.lows):
        return f
    if f.status not in ("quota", "licensing") and own_tax_flow(t, f) is None:
        return f
    if len({p[0] for p in t.places}) > 1:
        return f  # "X faces Y's quotas": the title's two sides give the flow
    flows = {flow_of(w) for w in lede.lows} - {None, R.NEUTRAL}
    return replace(f, flow=flows.pop()) if len(flows) == 1 else f
