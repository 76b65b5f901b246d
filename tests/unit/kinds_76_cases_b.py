"""Cases of ``test_classifier_kinds_76.py`` (SURFACE), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

import pytest
from kinds_76_cases_a import _XFAIL

#: (title, summary, want): kind 5, summaries as scraped: run together, HTML leftovers, cut
#: short, in a second language, or repeating the title.
SURFACE: list[Any] = [
    (
        "Egypt restricts steel imports",
        "Egypt imposed a licensing requirement on steel rebar importsEgypt, Jordan and Morocco"
        " have raised barriers this year.",
        ("licensing", "*", "EG", False),
    ),
    (
        "New curbs announced",
        "\u2022China requires licences for antimony exports\u2022Rule takes effect Sept 15"
        "\u2022Traders expect delays",
        ("licensing", "CN", "*", False),
    ),
    (
        "Steps taken",
        "- Indonesia bans bauxite exports- Ban starts June 10- Smelters welcome move",
        ("suspended", "ID", "*", False),
    ),
    (
        "Ottawa acts",
        "Canada imposed a 25% tariff on steel imports from China.The measure takes effect Friday.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Harare moves on minerals",
        "Zimbabwe banned raw lithium exportsThe mines ministry said the ban is immediate",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Indonesia curbs",
        "Indonesia bans nickel ore exports\nBan to start Jan 1\nMiners urged to build smelters",
        ("suspended", "ID", "*", False),
    ),
    (
        "Copper prices",
        "Copper prices rose.Traders eyed the dollar.Chinese demand steadied.",
        None,
    ),
    (
        "Duties announced",
        "<p>India imposed anti-dumping duties on <b>aluminium foil</b> from China.</p>",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Export ban",
        '<div class="summary">Zimbabwe banned exports of raw lithium ore.&nbsp;The ban is'
        " immediate.</div>",
        ("suspended", "ZW", "*", False),
    ),
    (
        "New tariffs",
        "Canada imposed a 25% surtax on Chinese steel &amp; aluminium products on Tuesday."
        "<br/>Read more",
        ("tariff", "CN", "CA", False),
    ),
    pytest.param(
        "Rare earths",
        '<a href="https://example.com/x">China adds rare earth magnets to export control list</a>',
        ("licensing", "CN", "*", False),
        marks=_XFAIL("a lede wrapped in a link is not read"),
    ),
    (
        "Steel: EU extends safeguard",
        "The EU extended its steel safeguard quotas until June 2026 <br>Source: Commission",
        ("quota", "*", "EU", False),
    ),
    (
        "Beijing tightens grip on strategic resources",
        "China will require export licences for gallium and germanium from August 1, the"
        " commerce ministry said, in a move that...",
        ("licensing", "CN", "*", False),
    ),
    (
        "Jakarta doubles down",
        "Indonesia banned exports of bauxite ore from June, saying the...",
        ("suspended", "ID", "*", False),
    ),
    ("Market update", "Copper rose 1% on Monday as traders\u2026", None),
    ("Moscow hit again", "The EU banned imports of Russian alum\u2026", None),
    (
        "Aluminium tariffs",
        "Trump imposed a 25% tariff on aluminium imports on Monday, saying the move would...",
        ("tariff", "*", "US", False),
    ),
    (
        "Indonesia larang ekspor bijih bauksit",
        "Indonesia banned exports of bauxite ore from June 10.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Chile impone arancel al cobre",
        "Chile imposed a 5% export tariff on copper concentrate.",
        ("tariff", "CL", "*", False),
    ),
    (
        "China restricts gallium exports",
        "\u4e2d\u56fd\u5546\u52a1\u90e8\u5ba3\u5e03\u5bf9\u9553\u3001\u9517\u76f8\u5173\u7269"
        "\u9879\u5b9e\u65bd\u51fa\u53e3\u7ba1\u5236\u3002",
        ("licensing", "CN", "*", False),
    ),
    (
        "Indonesia bans nickel ore exports",
        "L'Indon\u00e9sie interdit les exportations de minerai de nickel \u00e0 partir de janvier.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Kupfer: Chile erhebt Exportsteuer",
        "Chile imposed a 3% export tax on refined copper from March.",
        ("tariff", "CL", "*", False),
    ),
    ("Cobre sube por demanda china", "El precio del cobre subi\u00f3 2% en Londres.", None),
    (
        "Indonesia bans nickel ore exports",
        "Indonesia bans nickel ore exports",
        ("suspended", "ID", "*", False),
    ),
    (
        "US raises steel tariffs to 50%",
        "US raises steel tariffs to 50% - Reuters",
        ("tariff", "*", "US", False),
    ),
    ("Gold steadies as dollar eases", "Gold steadies as dollar eases", None),
    (
        "Peru halts copper exports",
        "Peru halts copper exports | Mining Weekly",
        ("suspended", "PE", "*", False),
    ),
    (
        "Bolivia bans tin exports",
        "Bolivia bans tin exports. Bolivia bans tin exports.",
        ("suspended", "BO", "*", False),
    ),
    (
        "Lithium",
        "Zimbabwe bans lithium ore exports \u2014 Bloomberg...",
        ("suspended", "ZW", "*", False),
    ),
]
