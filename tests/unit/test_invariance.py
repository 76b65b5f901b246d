"""The invariance audit (``invariance_cases.py``, ``benchmarks/invariance.py``): a studied row
rewritten in a way that keeps its meaning (letter case, an outlet's suffix, quotes and dashes, a
country's other names, its government or demonym, the metal's other wording, "per cent",
"antidumping", "ban on exports", the title alone) must be read as the row itself is read.

The floors are what each transform kept after the session-18 round (of the rewritings the audit
makes of the studied rows; the first figures, before any rule changed, beside them and in
``benchmarks/README.md``): a change that reads more rewritings apart from their rows fails here.
"Title alone" keeps a row's reading only where the title says all the summary adds, so its floor
is lower by nature: a summary may add the rate, the metal or the measure itself.
"""

from __future__ import annotations

from collections import Counter

import pytest
from classifier_scoring import Reading, reading_of
from invariance_cases import (
    STUDIED,
    TRANSFORMS,
    UNSEEN_PREFIXES,
    all_caps,
    expected,
    rows,
    sentence_case,
    title_case,
    variants,
)
from invariance_forms import (
    ban_on_exports,
    capitals,
    country_names,
    demonyms,
    metal_wording,
    per_cent,
)
from invariance_swaps import other_country, other_metal
from real_headlines_set import (
    DATA_BLIND12,
    DATA_BLIND13,
    DATA_BLIND15,
    DATA_BLIND16,
    DATA_BLIND17,
    DATA_BLIND18,
    DATA_BLIND19,
    DATA_BLIND20,
    DATA_BLIND21,
    DATA_BLIND22,
    DATA_BLIND23,
    DATA_WILD,
    DATA_WIRE,
    DATA_WIRE2,
    DATA_WIRE3,
    DATA_WIRE4,
    DATA_WIRE5,
    DATA_WIRE6,
    DATA_WIRE7,
    DATA_WIRE8,
    id_half,
    watch_list,
)

from tui.core.gazetteer import Gazetteer
from tui.engine.classifier import classify

# rewritings that keep their row's reading, per transform (the share kept, of those made);
# beside each, what the session-18 round reached and, in brackets, the first reading
FLOORS = {
    # 1786/1786 after session 26 (a consultation tail in Title Case)
    "title case": 1.0,  # 1784/1786 (first reading 1776/1786)
    # 1940/1940 after session 26 ("IMPOSE ADD ON" in capitals)
    "all caps": 1.0,  # 1937/1940 (1931/1940)
    "sentence case": 1.0,  # 933/933 (932/933)
    "suffix - Reuters": 1.0,  # 1956/1956 (1951/1956)
    "suffix | Mining.com": 1.0,  # 1956/1956 (1942/1956)
    "suffix — Bloomberg": 1.0,  # 1956/1956 (1955/1956)
    # session 42: a wire's slug at the head ("UPDATE 2-", "(LEAD) "), one per row; first reading
    # 1934/1956 before the slug was dropped (tui/engine/classifier_wire_slug.py)
    "wire slug": 1.0,
    # session 42: an outlet named with the rules' words after the title, or a tag at its end,
    # one per row; first reading 1826/1956 (tui/engine/classifier_outlet_tail.py)
    "outlet tail": 1.0,
    # session 42: the title's hyphens as non-breaking ones (U+2011); first reading 377/394
    # (tui/engine/classifier_plain_chars.py)
    "typeset hyphens": 1.0,
    "curly quotes": 1.0,  # 471/471 (471/471)
    # 516/516 after session 26 (a spaced hyphen read as the dash)
    "straight quotes": 1.0,  # 515/516 (515/516)
    "em dashes": 1.0,  # 131/131 (131/131)
    # 885/888 from session 21, when the event gate first trained on the fifteenth blind set and
    # the second wire (one rewritten row now falls under its threshold)
    # 888/888 after session 26 ("U.S.-Japan" as "US-Japan")
    "country name": 1.0,  # 885/888 (886/888)
    "capital as government": 1.0,  # 675/675 (675/675)
    # 136/140 after session 20's kinds_38 (a possessive's goods, a demonym heading a measure on
    # another country, an industry a measure protects)
    # 116/116 after session 26 (rewritings that changed the meaning no longer made)
    "demonym": 1.0,  # 136/140 (122/140)
    # 447/447 after session 26 (list rewritings dropped; "imports of steel")
    "metal wording": 1.0,  # 453/456 after session 20 (450/456)
    "per cent": 1.0,  # 549/549 (546/549)
    "anti-dumping": 1.0,  # 202/202 (196/202)
    # 73/73 after session 26 ("ban on exports" read to its end)
    "export ban": 1.0,  # 68/73 (67/73)
    # 1328/1650 after the generic-word round (kinds_31): the two rows it gained (rh3-027,
    # rhj-124) take their instrument from the lede, which the title alone does not name
    # 1314/1650 after session 19's kinds_33: the 16 rows it newly differs on (rh-048,
    # rht-050, rht-079, rht-088, rhv-239 and nine US duty-order notices) are read from their
    # summaries, which tie a market move's measure to its metals or name the importer; the
    # title alone does not
    # 1312/1650 after session 24's kinds_54 (1315 on main then): the three rows it gained
    # (rh-147, rhd-016, rhh-206) are read from their ledes alone ("extended for five years the
    # anti-dumping duties", "a halt on the issuance of export permits", "approved a ban"),
    # under titles that name no measure
    "title alone": 0.795,  # 1312/1650 (1330/1650)
    # session 26: one metal or country written as a like one, the reading's metal or side
    # swapped with it; the first reading kept every rewriting (565/565, 291/291)
    "other metal": 1.0,
    "other country": 1.0,
}


@pytest.fixture(scope="module")
def kept() -> dict[str, tuple[int, int]]:
    """(kept, made) per transform, against the untransformed rows' readings in this run."""
    metals, gazetteer = watch_list(), Gazetteer.default()

    def read(title: str, summary: str) -> Reading | None:
        return reading_of(classify(title, summary, metals, gazetteer=gazetteer))

    base = {item["id"]: read(item["title"], item["summary"]) for item in rows()}
    made: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for name, item, title, summary in variants():
        made[name] += 1
        same[name] += read(title, summary) == expected(name, item, base[item["id"]])
    return {name: (same[name], made[name]) for name in TRANSFORMS}


def test_the_rows_are_the_studied_sets_only() -> None:
    unseen = {
        DATA_BLIND12,
        DATA_BLIND13,
        DATA_BLIND15,
        DATA_BLIND16,
        DATA_BLIND17,
        DATA_BLIND18,
        DATA_BLIND19,
        DATA_BLIND20,
        DATA_BLIND21,
        DATA_BLIND22,
        DATA_BLIND23,
        DATA_WILD,
        DATA_WIRE,
        DATA_WIRE2,
        DATA_WIRE3,
        DATA_WIRE4,
        DATA_WIRE5,
        DATA_WIRE6,
        DATA_WIRE7,
        DATA_WIRE8,
    }
    assert not unseen & set(STUDIED)
    ids = [item["id"] for item in rows()]
    assert len(ids) == len(set(ids)) > 1500
    for row_id in ids:
        assert row_id.rsplit("-", 1)[0] not in UNSEEN_PREFIXES
        assert not row_id.startswith("rw-") or id_half(row_id) == "odd"
    measures = sum(item["label"]["event"] is not None for item in rows())
    assert measures > 800 and len(ids) - measures > 700


@pytest.mark.parametrize("name", list(FLOORS))
def test_each_transform_keeps_the_reading(name: str, kept: dict[str, tuple[int, int]]) -> None:
    same, made = kept[name]
    print(f"{name}: {same}/{made} kept")
    assert made >= 40, f"{name} rewrites too few rows to measure: {made}"
    assert same / made >= FLOORS[name], f"{name}: {same}/{made} kept, floor {FLOORS[name]:.1%}"


def test_every_transform_has_a_floor() -> None:
    assert set(FLOORS) == set(TRANSFORMS)


def test_the_case_rewritings() -> None:
    title = "China to ban exports of gallium to the US"
    assert title_case(title, "")[0][0] == "China To Ban Exports Of Gallium To The US"
    assert all_caps(title, "")[0][0] == "CHINA TO BAN EXPORTS OF GALLIUM TO THE US"
    # a name and an acronym keep their capitals; common words are lower-cased
    assert sentence_case("China Imposes Export Controls On Gallium", "")[0][0] == (
        "China imposes export controls on gallium"
    )
    assert sentence_case("US Imposes Tariffs", "")[0][0] == "US imposes tariffs"


def test_the_word_rewritings() -> None:
    assert "United States raises steel tariffs" in country_names("US raises steel tariffs")
    assert "U.S. raises steel tariffs" in country_names("US raises steel tariffs")
    # the country acting becomes its government; the country as goods or place does not
    assert capitals("China imposes export controls") == [
        "Beijing imposes export controls",
        "PRC imposes export controls",
    ]
    assert capitals("China exports rise") == []
    assert capitals("Beijing bans gallium exports") == ["China bans gallium exports"]
    assert demonyms("EU bans Russia's aluminium") == ["EU bans Russian aluminium"]
    assert demonyms("India's duty on imports") == []
    assert "Tariff of 25 per cent on steel" in per_cent("Tariff of 25% on steel")
    assert per_cent("Tariff of 25 pct on steel") == ["Tariff of 25% on steel"]
    assert ban_on_exports("Indonesia's nickel ore export ban") == [
        "Indonesia's ban on nickel ore exports"
    ]
    assert ban_on_exports("Indonesia bans raw ore exports") == []
    # not past a noun the measure qualifies, nor inside a list of goods
    assert ban_on_exports("China cuts export tax rebates") == []
    assert ban_on_exports("DRC backtracks on copper, cobalt export ban") == []


def test_the_rewritings_keep_the_meaning() -> None:
    """Session 26: rewritings that changed the meaning are no longer made."""
    # a possessive owning the measure is not a demonym's goods ("India's aluminium wire duty")
    assert demonyms("India's aluminium wire duty extended") == []
    assert demonyms("Russia's steel safeguard quotas allocated") == []
    # the demonym after an adjective, article or quantifier keeps its form
    assert demonyms("Surge in cheap Chinese steel") == []
    assert demonyms("US slaps levy on some Canadian aluminium") == []
    assert demonyms("Canada bans Russian steel") == ["Canada bans Russia's steel"]
    assert demonyms("Tariffs on Chinese steel rise") == ["Tariffs on China's steel rise"]
    # a company's name is not the country's ("Freeport Indonesia's copper")
    assert demonyms("Renewing Freeport Indonesia's copper permit") == []
    # the first metal of a list keeps its place ("imports of aluminium, copper")
    assert metal_wording("New mechanism to monitor imports of aluminium, copper") == [
        "New mechanism to monitor imports of aluminum, copper"
    ]
    assert metal_wording("India to track imports of steel") == ["India to track steel imports"]


def test_the_swaps() -> None:
    """One metal or country for a like one, everywhere it is named, and the reading with it."""
    title, summary = "Indonesia bans Nickel ore exports", "The nickel ban starts in June."
    assert other_metal(title, summary) == [
        ("Indonesia bans Cobalt ore exports", "The cobalt ban starts in June.")
    ]
    item = {"title": title, "summary": summary}
    base = ("suspended", "ID", "*", frozenset({"nickel"}), False, None)
    assert expected("other metal", item, base) == (
        "suspended",
        "ID",
        "*",
        frozenset({"cobalt"}),
        False,
        None,
    )
    assert expected("other country", item, base) == (
        "suspended",
        "PH",
        "*",
        frozenset({"nickel"}),
        False,
        None,
    )
    # the partner named already, or a form the swap does not write: no swap
    assert other_metal("Cobalt and nickel export curbs", "") == []
    assert other_country("Thailand extends duties on VN steel", "") == []
    assert other_country("Viet Nam and Vietnam tariffs", "") == []
    assert other_country("Canada slaps surtax on steel", "Ottawa said the Canadian duty ...") == [
        ("Mexico slaps surtax on steel", "Mexico City said the Mexican duty ...")
    ]
