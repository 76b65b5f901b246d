"""Hyphens and letters as other keyboards and typesetters write them are read as the plain ones.

Feeds write "rare‑earth" and "tariff‑rate quota" with a non-breaking hyphen (U+2011) or the
typographer's hyphen (U+2010), "anti‑dumping" with either, a rate "50％" or "５０%" in full-width
forms (East Asian outlets' English pages), and scatter zero-width spaces and soft hyphens
through words. The rules read ASCII hyphens and digits: rewriting the studied rows' hyphens as
U+2011, 18 of the 395 rewritings were read apart (three measures lost, "Tariff‑Rate Quota" read
as a tariff); with a full-width per-cent sign, 45 of 164 (the rate lost). The made-up cases
below were written and their labels committed before the engine read them; first reading **11
of 14** (the non-breaking hyphens and the full-width per-cent sign read apart; every plain form
right), 14 of 14 after ``tui/engine/classifier_plain_chars.py``. Reading "Rare‑Earth" as the
metal then read a gate training row's list of measures ("7 Urgent Rare‑Earth Export Controls
That Threaten ...", labelled no event) as a measure: that kind is fixed on its own
(``tests/unit/test_classifier_count_list.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import check_exact

CASES: list[Any] = [
    (
        "China pauses rare\u2011earth export controls for a year",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    (
        "US to replace steel tariff on UK with tariff\u2011rate quota",
        "",
        ("quota", "GB", "US", False, "steel", None),
    ),
    (
        "EU imposes anti\u2010dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "India raises gold import duty to 15\uff05",
        "",
        ("tariff", "*", "IN", False, "gold", 15.0),
    ),
    (
        "Japan sets \uff12\uff15% duty on Chinese steel plate",
        "",
        ("tariff", "CN", "JP", False, "steel", 25.0),
    ),
    (
        "Indonesia bans nickel ore ex\u00adports",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Chile\u200b raises copper export tax",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
]


@headline_cases(CASES)
def test_other_hyphens_and_full_width_forms_read_as_plain(
    title: str, summary: str, want: Any
) -> None:
    check_exact(title, summary, want)


@headline_cases(CASES)
def test_the_same_titles_in_plain_characters_read_alike(
    title: str, summary: str, want: Any
) -> None:
    plain = (
        title.replace("\u2011", "-")
        .replace("\u2010", "-")
        .replace("\uff05", "%")
        .replace("\uff12\uff15", "25")
        .replace("\u00ad", "")
        .replace("\u200b", "")
    )
    check_exact(plain, summary, want)
