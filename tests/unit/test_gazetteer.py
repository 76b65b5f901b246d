"""The gazetteer: places, capitals, agencies and demonyms read as ISO codes, a watch list's own
names added from the config, and words that only look like places."""

from __future__ import annotations

import pytest
from test_classifier import METALS

from tui.core.gazetteer import Gazetteer, normalise_code
from tui.engine.classifier import classify


def test_custom_gazetteer_from_config() -> None:
    gaz = Gazetteer.default().extend({"Naypyitaw junta": "MM", "Wakanda": "KE"})
    ev = classify("Wakanda bans cobalt exports", "", METALS, gazetteer=gaz)
    assert ev is not None and ev.origin == "KE"
    assert classify("Wakanda bans cobalt exports", "", METALS) is not None  # no origin known
    assert classify("Wakanda bans cobalt exports", "", METALS).origin == "*"  # type: ignore[union-attr]


def test_gazetteer_covers_metals_trade_countries() -> None:
    gaz = Gazetteer.default()
    assert len(gaz) >= 60
    text = (
        "Washington, Beijing, Brussels, Ottawa, Jakarta, Kinshasa, the Kremlin, MOFCOM, the "
        "European Commission, the Trump administration, DRC, Guinea, Papua New Guinea"
    )
    codes = [c for c, *_ in gaz.find(text)]
    assert codes == ["US", "CN", "EU", "CA", "ID", "CD", "RU", "CN", "EU", "US", "CD", "GN", "PG"]


def test_gazetteer_avoids_false_hits() -> None:
    gaz = Gazetteer.default()
    assert gaz.find("tell us about it, polish the turkey") == []
    assert [m for *_, m in gaz.find("South China Sea tensions and Latin America")] == []
    hits = gaz.find("US-China talks; U.S. and CHINA; Russian aluminium")
    assert [(c, m) for c, _s, _e, m in hits] == [
        ("US", "US"),
        ("CN", "China"),
        ("US", "U.S."),
        ("CN", "CHINA"),
        ("RU", "Russian"),
    ]
    assert gaz.is_demonym("Russian") and not gaz.is_demonym("Russia")


def test_gazetteer_lookup_and_codes() -> None:
    gaz = Gazetteer.default()
    assert gaz.lookup("China") == "CN"
    assert gaz.lookup("uk") == "GB"
    assert gaz.lookup("Atlantis") is None
    assert normalise_code("eu") == "EU"
    with pytest.raises(ValueError, match="not an ISO"):
        normalise_code("XX")
    blocked = gaz.extend({"Georgia": "GE", "Chinatown": ""})
    assert [c for c, *_ in blocked.find("Georgia and Chinatown")] == ["GE"]
