"""A measure on goods that are no metal, a metal named only beside it (session 27).

A government's measure on farm goods, fuel, vehicles, chips or consumer goods is often told
with a metal in another clause: a market that reacts ("US bans exports of advanced chips to
China; gallium prices jump", "Vietnam curbs rice exports; zinc market shrugs"), a trade that
watches ("China slaps tariffs on US soybeans ..., copper traders watch"), investors unsettled
("Indonesia bans palm oil exports, unsettling nickel investors"), or a part of the goods told
after them ("duties on Chinese electric vehicles with nickel-rich batteries", "surtax on
Chinese solar panels, which use silver paste"). The rules read the measure and the title's
metal as one event. The measure's own goods decide: when the words that name them (between
its verb and its noun, "bans palm oil exports", and after its noun, "on US soybeans",
"exports of advanced chips", a list of them, "on Asian textiles and shoes") name goods that
are no metal and no metal is among them, the measure is on those goods and not on the metal
(:func:`other_goods_veto`). A list that names a metal among them ("tariffs on cars, steel and
aluminium") keeps the measure on the metal; so do goods whose words name a metal ("rare
earth processing technology", "steel-framed furniture").

It runs with the vetoes of :func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: Goods that are no metal nor made mostly of one, named as a measure's goods.
OTHER_GOODS = frozenset(
    {
        # farm goods and food
        "soybeans", "soybean", "soy", "soya", "wheat", "corn", "maize", "rice", "barley",
        "sorghum", "canola", "rapeseed", "sugar", "coffee", "cocoa", "tea", "cotton", "beef",
        "pork", "poultry", "chicken", "lamb", "dairy", "milk", "cheese", "eggs", "seafood",
        "fish", "shrimp", "salmon", "lobster", "lobsters", "fruit", "fruits", "vegetables",
        "onions", "potatoes", "bananas", "apples", "avocados", "grain", "grains", "flour",
        "wine", "wines", "whisky", "whiskey", "bourbon", "spirits", "beer", "liquor", "brandy",
        "tobacco", "cigarettes", "oil", "oils", "edible", "oilseeds", "meat", "onion",
        "tomatoes", "tomato", "potato", "garlic", "grapes", "citrus", "oranges", "lemons",
        "berries", "nuts", "almonds", "pistachios", "cashews", "walnuts", "peanuts", "lentils",
        "pulses", "chickpeas", "beans", "peas", "apple", "banana", "avocado", "mangoes", "pepper",
        "spices", "vanilla", "honey", "pineapples", "tuna", "squid", "crab", "oysters",
        "egg", "butter", "cattle", "livestock", "sheep", "pigs", "hogs",
        "soymeal", "sunflower", "olive", "cereals", "oats", "rye", "cassava",
        # fuel and farm inputs
        "lng", "crude", "petroleum", "diesel", "fuel", "fuels", "gasoline", "petrol", "coal",
        "ethanol", "biodiesel", "fertiliser", "fertilisers", "fertilizer", "fertilizers",
        "potash", "urea", "timber", "lumber", "logs", "pulp",
        # made goods
        "textiles", "garments", "apparel", "clothing", "clothes", "shoes", "footwear", "toys",
        "furniture", "evs", "ev", "vehicles", "cars", "autos", "trucks", "motorcycles",
        "bicycles", "e-bikes", "drones", "chips", "chip", "semiconductors", "microchips",
        "smartphones", "phones", "laptops", "computers", "electronics", "televisions",
        "appliances", "solar", "panels", "wafers", "pharmaceuticals", "drugs", "medicines",
        "vaccines", "chemicals", "plastics", "rubber", "tyres", "tires", "chipmaking",
        "equipment", "machinery", "aircraft", "batteries", "battery", "cells", "drone",
        # arms
        "ammunition", "ammo", "munitions", "firearms", "guns", "weapons", "arms",
    }
)  # fmt: skip
#: Words inside a list of goods, read through: "textiles and shoes", "cars, steel".
_JOINS = frozenset({"and", "or", "&", ",", "including", "notably", "such", "like", "plus"})
#: Words that end the goods' words: a clause, a rate, a place of origin or destination.
_ENDS = frozenset(
    {";", ":", "|", "-", "–", "—", "to", "from", "in", "with", "as", "amid", "after", "over",
     "for", "by", "at", "into", "under", "while", "which", "that", "who", "citing", "despite",
     "but", "made", "used", "containing", "before", "until", "since", "starting", "effective",
     "through", "via", "across", "within", "between", "during", "because", "due",
     # a verb after the goods: "duties on Chinese tyres take effect, ..."
     "take", "takes", "took", "come", "comes", "came", "kick", "kicks", "begin", "begins",
     "start", "starts", "hit", "hits", "spark", "sparks", "rattle", "rattles", "spook",
     "spooks", "weigh", "weighs", "send", "sends", "lift", "lifts", "boost", "boosts",
     # a span of time before a later clause: "on drone parts days after ..."
     "days", "weeks", "months", "years", "hours"}
)  # fmt: skip
#: Who or what reacts to a measure: after a comma, a new clause's subject, not goods (a sector
#: or an industry is goods' owner: "sanctions Belarus's potash and steel sector").
_SUBJECTS = frozenset(
    {"exporters", "importers", "miners", "traders", "makers", "producers", "investors",
     "prices", "price", "stocks", "shares", "market", "markets", "futures", "firms",
     "companies", "bulls", "bears", "buyers", "sellers", "smelters", "mills", "users",
     "consumers", "output", "production",
     # a state told of what follows: "palm oil exports, nickel unaffected"
     "unaffected", "steady", "spared", "unchanged", "untouched", "exempt", "calm", "flat",
     "normally", "continue", "continues", "resume", "resumes", "applaud", "applauds"}
)  # fmt: skip
#: Words before goods that name no goods: "on all US soybeans", "on imports of".
_PASS = frozenset(
    {"on", "of", "against", "the", "all", "some", "certain", "new", "more", "again", "further",
     "temporarily", "indefinitely", "immediately", "now", "also", "most", "many"}
)  # fmt: skip


def _goods_items(t: Text, best: Finding) -> list[list[int]]:
    """The measure's goods, one list of tokens per item: between its verb and its noun ("bans
    palm oil exports"), then after it ("on US soybeans", "exports of advanced chips", "on Asian
    textiles and shoes"), up to a word that ends them; places, flows and determiners are passed
    over."""
    lows = t.lows
    k = best.measure_at
    items: list[list[int]] = [[]]
    if best.index < k and k - best.index <= 4:
        items[0] += [
            j
            for j in range(best.index + 1, k)
            if t.place_at[j] is None and t.lows[j] not in _PASS and not flow_of(t.lows[j])
        ]  # "scraps soy export tax": soy
        items.append([])
    for j in range(k + 1, min(len(lows), k + 13)):
        low = lows[j]
        if low in _ENDS or low.endswith("%"):
            break
        if low == "," and not _item_next(t, j + 1):
            break  # "palm oil exports, unsettling nickel investors"
        if low == "," and _a_subject_next(t, j + 1):
            break  # "rice exports, steel output rises": the metal's own clause, no item
        if low in _JOINS and _a_subject_next(t, j + 1):
            break  # "on imported clothing, copper exporters fear retaliation"
        if low in _JOINS:
            items.append([])
        elif low not in _PASS and t.place_at[j] is None and not flow_of(low):
            items[-1].append(j)
    return [item for item in items if item]


def _a_subject_next(t: Text, j: int) -> bool:
    """The words after a comma or "and", up to the next that joins or ends, name who or what
    reacts ("copper exporters", "zinc prices"): a new clause, not goods."""
    for m in range(j, min(len(t.lows), j + 4)):
        low = t.lows[m]
        if low in _JOINS or low in _ENDS:
            return False
        if low in _SUBJECTS:
            return True
    return False


def _item_next(t: Text, j: int) -> bool:
    """After a comma, the next word goes on with a list of goods: a metal, goods, a place or a
    word that joins, or one or two words a join follows ("oil, gas and gold sectors", "on US
    whiskey, orange juice and aluminium")."""
    low = t.word(j)
    return j < len(t.lows) and (
        t.is_metal[j]
        or low in OTHER_GOODS
        or low in _JOINS
        or t.place_at[j] is not None
        or (t.word(j + 1) in _JOINS and low not in _SUBJECTS and low.isalpha())
        or (
            t.word(j + 2) in _JOINS
            and all(w not in _SUBJECTS and w.isalpha() for w in (low, t.word(j + 1)))
        )
    )


#: Nouns of a part of goods, whose goods the word before names: "drone parts".
_PARTS = frozenset({"parts", "part", "components", "component", "accessories", "spares"})


#: Goods whose component is often a metal itself: "EV battery component" is graphite.
_METAL_PARTS = frozenset({"battery", "batteries", "cell", "cells"})


def _goods_head(t: Text, item: list[int]) -> int:
    """The token that names an item's goods: its last word, or the word before a part's noun
    ("drone parts": drone; a battery's component, the anode's graphite, stays a part), or the
    word before the measure's own noun ("tightens chip export controls": chip)."""
    if len(item) > 1 and t.lows[item[-1]] in _PARTS and t.lows[item[-2]] not in _METAL_PARTS:
        return item[-2]
    if len(item) > 1 and measure_of(t.lows[item[-1]]) is not None:
        return item[-2]
    return item[-1]


def other_goods_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the measure's goods are named and are no metal, the metal only beside
    them, else None."""
    if not t.metal_spans:
        return None  # "eased oil sanctions" whose lede names "oil and gold mining sectors"
    items = _goods_items(t, best)
    if not items or any(
        t.is_metal[j] and not t.lows[j].endswith("-ion") for item in items for j in item
    ):
        return None  # a battery's chemistry ("lithium-ion batteries") names no metal goods
    # an item's last word is its goods ("EV battery component" is a component, not EVs), or
    # the word before a part's noun ("drone parts", "car components")
    named = [t.lows[j] for j in (_goods_head(t, i) for i in items) if t.lows[j] in OTHER_GOODS]
    if not named:
        return None
    return "speculation", f"a measure on goods that are no metal ({named[0]!r}): not the metal's"
