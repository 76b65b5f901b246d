"""A place named before a list of goods whose last item is a metal: the origin of every item
("China hits US soybeans and steel scrap", "EU targets US motorcycles, bourbon and steel").

:func:`listed_goods_after` tells :func:`tui.engine.classifier_roles.place_roles` that the place
names the goods, where it would otherwise be read as a second actor before the measure's
noun. A list that names another place before the metal ("Chinese cars and Korean steel")
gives the metal that place's origin instead.
"""

from __future__ import annotations

from tui.engine.classifier_other_goods import OTHER_GOODS
from tui.engine.classifier_text import Text

#: Words that join the items of a list of goods.
_JOINS = frozenset({",", "and", "or", "&"})
#: How many words an item that is no metal may take ("orange juice", "steel scrap").
_ITEM_WORDS = 2
#: How far after the place the metal may be.
_REACH = 12


def listed_goods_after(t: Text, last: int) -> bool:
    """The words after the place ending at token ``last`` are a list of goods, its first item
    goods that are no metal ("soybeans", "motorcycles") and a later item a metal, with no
    other place, clause or preposition between."""
    first = last + 1
    if first >= len(t.toks) or t.lows[first] not in OTHER_GOODS:
        return False
    words = 0
    joined = False
    for j in range(first, min(len(t.toks), first + _REACH)):
        low = t.lows[j]
        if t.is_metal[j]:
            return joined and words == 0
        if t.place_at[j] is not None:
            return False
        if low in _JOINS:
            if words == 0 and low != "and":
                return False
            joined, words = True, 0
            continue
        words += 1
        if not low.isalpha() or words > _ITEM_WORDS:
            return False
    return False


def metal_origin_later(t: Text, roles: list[str], spans: list[tuple[int, int]], x: int) -> bool:
    """The goods place ``x`` names goods that are no metal ("Chinese cars") and a later goods
    place names the metal right after it ("and Korean steel"): the metal's origin is the
    later one, not ``x``."""
    nxt = spans[x][1] + 1
    if roles[x] != "goods" or nxt >= len(t.toks) or t.lows[nxt] not in OTHER_GOODS:
        return False
    return any(
        roles[y] == "goods" and spans[y][1] + 1 < len(t.toks) and t.is_metal[spans[y][1] + 1]
        for y in range(x + 1, len(roles))
    )
