"""Rules on a metal that are not measures on its trade (session 22, issue #16).

A government rules on a metal in many ways that move no goods across a border; the rules read
their words ("quota", "tax", "bar", "drop", "tighten") as a trade measure's. Each check says
why the sentence is no trade measure, when nothing in it names a border flow (an export, an
import, a shipment, customs):

- **a domestic mining or production quota** ("China cuts rare earth mining quota", "output cap
  on tin mines", China's quotas issued in batches, "Mining quota cuts in Indonesia tighten
  nickel supply"): how much may be dug or made. An export or import quota is ``quota``;
- **an electric-vehicle subsidy's sourcing rules** ("New EV tax credit rules bar Chinese
  graphite from batteries"): who may claim a credit or a rebate, not a border measure;
- **a tax on miners' profits or output** ("imposes windfall tax on copper miners", "mineral
  extraction tax"): a fiscal charge; an export tax or duty is ``tariff``;
- **a mining or environmental permit or licence** ("moratorium on new gold mining licences",
  "lithium licence auction"): the right to dig, not to ship.

They run with the other vetoes of :func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: Words that name goods crossing a border; with one the sentence may be a trade measure.
_BORDER = frozenset(
    {"outbound", "inbound", "shipment", "shipments", "cargo", "cargoes", "customs", "overseas",
     "border", "cross-border", "re-export", "re-exports", "trq", "trqs", "tariff-rate"}
)  # fmt: skip
#: What a domestic quota limits: digging, making, smelting ("mining quota", "output cap").
_DIGGING = frozenset(
    {"mining", "production", "output", "extraction", "smelting", "separation", "rkab",
     "mine", "mines", "mined", "batch", "refining", "processing"}
)  # fmt: skip
_QUOTAS = frozenset({"quota", "quotas", "cap", "caps", "ceiling", "ceilings"})
#: A subsidy whose sourcing rules bar a metal: "EV tax credit", "battery rebate".
_SUBSIDIES = frozenset({"credit", "credits", "rebate", "rebates", "sourcing"})
_VEHICLES = frozenset(
    {"ev", "evs", "electric", "electric-vehicle", "vehicle", "vehicles", "automakers",
     "carmakers", "automaker", "carmaker", "battery", "batteries", "car", "cars"}
)  # fmt: skip
#: A border charge named in the sentence, which no subsidy's rule hides.
_CHARGES = frozenset(
    {"tariff", "tariffs", "duty", "duties", "levy", "levies", "surtax", "anti-dumping",
     "countervailing", "embargo", "embargoes"}
)  # fmt: skip
#: A tax on profits or output, not goods: "windfall tax", "mineral extraction tax".
_FISCAL = frozenset(
    {"windfall", "profit", "profits", "income", "extraction", "corporate", "royalty",
     "resource", "resources", "super-profits", "mining", "severance"}
)  # fmt: skip
_TAXES = frozenset({"tax", "taxes", "levy", "levies"})
#: The right to dig, not to ship: "mining licences", "exploration permits".
_DIG_RIGHTS = frozenset(
    {"mining", "exploration", "prospecting", "environmental", "mine", "concession"}
)  # fmt: skip
#: Who holds the right to dig after the permit: "licence of illegal gold miners", "permit of
#: Chinese cobalt miner" (a trader's or an exporter's licence revoked is a trade measure).
_DIG_HOLDERS = frozenset(
    {"miner", "miners", "mine", "mines", "project", "projects", "smelter", "smelters",
     "refinery", "refineries", "plant", "plants", "quarry", "quarries", "operator"}
)  # fmt: skip
#: A sale of rights to dig: "licence auction", "permit tender", "licensing round".
_SALES_OF_RIGHTS = frozenset(
    {"auction", "auctions", "tender", "tenders", "round", "rounds", "bidding", "bids"}
)
_PERMITS = frozenset(
    {"licence", "licences", "license", "licenses", "permit", "permits", "concessions"}
)  # fmt: skip


def nontrade_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the sentence's rule is one on a metal but not on its trade, else None."""
    lows = t.lows
    if _crosses_border(lows):
        return None
    if _domestic_quota(lows):
        return "speculation", "a mining or production quota, not a quota on trade"
    if _subsidy_rule(lows):
        return "speculation", "an electric-vehicle subsidy's sourcing rule, not a border measure"
    k = best.measure_at
    if lows[k] in _TAXES and k > 0 and lows[k - 1] in _FISCAL:
        return "speculation", "a tax on miners' profits or output, not on trade"
    if _dig_right(lows):
        return "speculation", "a mining or environmental permit, not a trade licence"
    return None


def _crosses_border(lows: list[str]) -> bool:
    """A word of goods crossing a border: "export quota", "import duties", "shipments"."""
    return any(
        low in _BORDER or low.startswith(("export", "import")) or low.endswith("-export")
        for low in lows
    )


def _domestic_quota(lows: list[str]) -> bool:
    """ "rare earth mining quota", "production quotas", "output cap on tin mines", "first batch
    tungsten quota": a quota word with a word of digging or making within three words of it."""
    for k, low in enumerate(lows):
        if low not in _QUOTAS:
            continue
        near = lows[max(0, k - 3) : k] + lows[k + 1 : k + 4]
        if not _DIGGING.isdisjoint(near):
            return True
    return False


def _subsidy_rule(lows: list[str]) -> bool:
    """ "EV tax credit rules bar Chinese graphite", "battery sourcing rules": a credit, rebate or
    sourcing rule for vehicles or batteries, with no border charge named."""
    words = set(lows)
    return (
        not _SUBSIDIES.isdisjoint(words)
        and not _VEHICLES.isdisjoint(words)
        and _CHARGES.isdisjoint(words)
    )


def _dig_right(lows: list[str]) -> bool:
    """ "moratorium on new gold mining licences", "exploration permits": a permit or licence with
    a word of digging or a holder that digs ("miner's operating licence") within three words
    before it, or "of", "for", "at" or "on" and within
    four words after that (a number's comma and digits not counted) a holder that digs
    ("suspends permit of Chinese cobalt miner", "revokes licence at major gold mine", "permits
    of 2,000 informal gold miners")."""
    for k, low in enumerate(lows):
        if low not in _PERMITS:
            continue
        before = lows[max(0, k - 3) : k]
        if not _DIG_RIGHTS.isdisjoint(before) or not _DIG_HOLDERS.isdisjoint(
            w.removesuffix("'s").removesuffix("’s") for w in before
        ):
            return True  # "gold mining licences", "cobalt miner's operating licence"
        if k + 1 < len(lows) and lows[k + 1] in _SALES_OF_RIGHTS:
            return True  # "lithium licence auction": the right to dig, sold to miners
        if k + 1 < len(lows) and lows[k + 1] in ("of", "for", "at", "on"):
            words = [w for w in lows[k + 2 : k + 9] if w != "," and not w.isdigit()]
            if not _DIG_HOLDERS.isdisjoint(words[:4]):
                return True
    return False
