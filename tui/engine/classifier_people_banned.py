"""People banned, barred or suspended: the object of the ban is a person or people, not goods
("Shooter game bans 10,000 cheaters", "Airline bans passenger who smuggled gold", "League
suspends two players"). No measure on a metal's trade, whatever metal the rest of the sentence
names. Traders, miners, firms and exporters banned from a trade are not among these people: a
ban on them is a ban on the trade ("bans traders from exporting gold"). Asked by
:func:`tui.engine.classifier_read.read_text` for the first measure word found.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text, base_word, flow_of, measure_of

#: The verbs and nouns of a ban whose object may be people.
_BANS = frozenset(
    {"ban", "bans", "banned", "banning", "bar", "bars", "barred", "barring", "suspend",
     "suspends", "suspended", "suspending"}
)  # fmt: skip
#: People who are banned as persons (never a trade's actors: traders, miners, exporters, firms).
PEOPLE = frozenset(
    {"cheater", "cheaters", "player", "players", "fan", "fans", "passenger", "passengers",
     "tourist", "tourists", "visitor", "visitors", "athlete", "athletes", "sprinter",
     "sprinters", "runner", "runners", "swimmer", "swimmers", "cyclist", "cyclists", "boxer",
     "boxers", "journalist", "journalists", "reporter", "reporters", "student", "students",
     "children", "user", "users", "account", "accounts", "driver", "drivers", "spectator",
     "spectators", "supporter", "supporters", "protester", "protesters", "migrant", "migrants",
     "refugee", "refugees", "him", "her", "them", "coach", "coaches", "referee", "referees",
     "senator", "colleague", "colleagues", "teacher", "teachers", "doctor", "doctors"}
)  # fmt: skip
#: Words that may stand between the ban and its object: "bans all fans", "bans 10,000 cheaters".
_BETWEEN = frozenset(
    {"a", "an", "the", "all", "some", "two", "three", "four", "five", "six", "ten", "dozens",
     "hundreds", "thousands", "of", "more", "than", "former", "top", "star", "its", "their"}
)  # fmt: skip


def bans_people(t: Text, i: int) -> bool:
    """Whether the ban word at ``i`` has a person or people as its object (see the module):
    the first word after it, past numbers and determiners, is one of :data:`PEOPLE`, before any
    metal, flow or measure word."""
    if t.toks[i].low not in _BANS:
        return False
    for j in range(i + 1, min(i + 6, len(t.toks))):
        low = t.toks[j].low
        if low in _BETWEEN or low in (",", ".") or low.replace(",", "").isdigit():
            continue
        if t.is_metal[j] or flow_of(low) is not None or measure_of(low) is not None:
            return False
        return low in PEOPLE or base_word(low) in PEOPLE
    return False
