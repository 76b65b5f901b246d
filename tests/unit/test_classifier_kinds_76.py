"""How a story's summary reads together with its title, as outlets publish them (session 28,
issue #16), part 2: summaries that change the title's status, recall old measures, or come
scraped.

Three kinds, in made-up phrasings (different metals, countries, verbs, word orders) labelled
before the engine read them:

3. A summary that changes the status the title suggests (``tui/engine/classifier_lede_turn.py``,
   ``classifier_effect_told.py``): "X to ban" whose lede says the ban took effect or came into
   force (decided); "imposes" whose lede says the measure was only proposed or is not yet in
   force (``proposed``; a preliminary finding stays decided, as the house reads "sets
   preliminary duties"); a measure the lede suspends (``resuming``) or whose start it puts off
   (no event, as "delays tariffs" is); a question title whose lede tells the act asked about
   (that act) or denies it or says nothing (no event).
4. A market or company title whose summary recalls an old measure as background ("... since
   the 2020 export ban"): no new event, the house's convention for a measure of years ago
   recalled and for a market title naming no cause (README "Trade-policy statuses",
   docs/ACCURACY.md).
5. Summaries as scraped: sentences run together ("importsEgypt, Jordan", "exportsThe mines
   ministry", now split by ``sentences`` in ``tui/engine/classifier_spans.py``), bullets, HTML
   leftovers, summaries cut short ("..."), a title or a summary in a second language, a
   summary repeating the title.

First time, on the engine before the change (labels written first, not changed after): status
turned 13 of 26, old measures recalled 14 of 15, scraped summaries 25 of 29; 52 of 70 in this
file (102 of 126 with ``test_classifier_kinds_75.py``). After the change 69 of 70: status turned
26 of 26 (the in-force ledes, the proposals, the pauses, active and passive, the start put off,
and the questions answered), old measures 15 of 15 (a measure told in the perfect as running
since a year, under a title with no measure word, is background: ``running_since``), scraped
28 of 29 (the run-together sentence, a Spanish and a German title over an English lede). The
one left is a strict ``xfail`` (a lede wrapped in a link). Second batches written after the
first change, labelled before the engine read them: kind 3 (``STATUS_MORE``, 11 cases, once a
labelled question whose lede recalls a 2023 ban read wrong) 5 of 11 on the engine before the
change, 11 after; kind 4 (``BACKGROUND_MORE``, 3 cases) 0 of 3 before, 3 after.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of summaries.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


def _XFAIL(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=why)


#: (title, summary, want): kind 3, a summary that changes the status the title suggests.
STATUS: list[Any] = [
    (
        "Indonesia to ban bauxite exports",
        "The ban on bauxite ore exports took effect on Saturday, the energy ministry said.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Philippines to ban nickel ore exports",
        "The ban came into force today, officials said.",
        ("suspended", "PH", "*", False),
    ),
    (
        "China to curb graphite exports",
        "Export permits for graphite became mandatory from December 1, as announced.",
        ("licensing", "CN", "*", False),
    ),
    (
        "India to impose steel safeguard duty",
        "The 12% safeguard duty on flat steel imports takes effect from Monday, the finance"
        " ministry said.",
        ("tariff", "*", "IN", False),
    ),
    (
        "Vietnam to halt tungsten exports",
        "The halt, which took effect on Friday, applies to concentrate exports.",
        ("suspended", "VN", "*", False),
    ),
    (
        "Malaysia to curb tin exports",
        "The trade ministry said tin ingot exports will need a permit from Monday.",
        ("licensing", "MY", "*", False),
    ),
    (
        "Zimbabwe to ban lithium exports",
        "The government said it is considering a ban on exports of raw lithium ore but has not"
        " decided.",
        ("suspended", "ZW", "*", True),
    ),
    (
        "Mexico to impose tariffs on Chinese steel",
        "The tariffs are part of a proposal sent to Congress that lawmakers will debate next"
        " month.",
        ("tariff", "CN", "MX", True),
    ),
    (
        "Russia to ban gold exports",
        "The ban, proposed by the finance ministry, still needs government approval.",
        ("suspended", "RU", "*", True),
    ),
    (
        "US imposes duties on Korean steel",
        "The Commerce Department's preliminary determination set countervailing duties of 3% on"
        " corrosion-resistant steel from South Korea.",
        ("tariff", "KR", "US", False),
    ),
    (
        "US slaps tariffs on Chinese graphite",
        "The anti-dumping duty of 93.5% is a preliminary finding, with a final ruling due in"
        " December.",
        ("tariff", "CN", "US", False),
    ),
    (
        "EU imposes duties on Chinese aluminium",
        "The Commission has proposed provisional duties; member states will vote on the"
        " proposal in June.",
        ("tariff", "CN", "EU", True),
    ),
    (
        "Canada imposes tariffs on Chinese steel",
        "The tariffs were proposed by the finance department and are not yet in force.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "Trump's tariffs on Canadian steel",
        "President Trump suspended the 25% tariffs on Canadian steel for 30 days on Monday.",
        ("resuming", "CA", "US", False),
    ),
    (
        "Tariffs on Mexican aluminium",
        "The White House delayed the tariffs on Mexican aluminium by a month after talks.",
        None,
    ),
    (
        "India imposes duties on Chinese steel",
        "The finance ministry said the duties have been put on hold pending talks with Beijing.",
        ("resuming", "CN", "IN", False),
    ),
    (
        "Vietnam's steel duties",
        "Vietnam suspended anti-dumping duties on Chinese galvanised steel for six months, the"
        " trade ministry said.",
        ("resuming", "CN", "VN", False),
    ),
    (
        "Turkey raises steel tariffs",
        "Turkey postponed the planned rise in steel import duties indefinitely, the trade"
        " ministry said.",
        None,
    ),
    (
        "Will Indonesia ban nickel ore exports?",
        "Indonesia banned nickel ore exports from January 1, the mines ministry said on Monday.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Will China curb rare earth exports?",
        "China's commerce ministry said on Thursday it would not restrict exports of rare earths.",
        None,
    ),
    (
        "Is Chile about to tax copper exports?",
        "Analysts say a windfall royalty on miners is likely, but no export tax is planned.",
        None,
    ),
    (
        "Will the US lift steel tariffs on Japan?",
        "The US lifted tariffs on Japanese steel on Friday, the trade representative said.",
        ("resuming", "JP", "US", False),
    ),
    (
        "Will Guinea halt bauxite exports?",
        "Guinea's junta has not commented on reports of a possible halt.",
        None,
    ),
    (
        "Will Brazil raise aluminium tariffs?",
        "Brazil's trade body Gecex raised import duties on aluminium to 25% on Wednesday.",
        ("tariff", "*", "BR", False),
    ),
    (
        "Is Peru banning copper concentrate exports?",
        "No. The ministry denied reports of a ban, saying exports continue as normal.",
        None,
    ),
    (
        "Korea to cut steel tariffs",
        "South Korea cut import tariffs on steel from Canada, effective immediately.",
        ("resuming", "CA", "KR", False),
    ),
]

#: (title, summary, want): kind 3, a second batch written after the first change (labelled
#: before the engine read them): questions whose lede recalls an earlier act, pauses, a start
#: put off, proposals, and a start told as done.
STATUS_MORE: list[Any] = [
    (
        "Will China curb gallium exports again?",
        "Beijing restricted gallium exports in 2023; analysts expect further steps.",
        None,
    ),
    (
        "Will the US raise steel tariffs again?",
        "Washington raised steel tariffs to 50% last year, and officials are weighing more.",
        None,
    ),
    (
        "Will Zambia ban copper concentrate exports?",
        "Zambia banned exports of copper concentrate on Tuesday to feed local smelters.",
        ("suspended", "ZM", "*", False),
    ),
    (
        "Is Peru taxing zinc exports?",
        "Peru imposed a 5% tax on zinc concentrate exports from Monday, the finance ministry said.",
        ("tariff", "PE", "*", False),
    ),
    (
        "Mexico's tariffs on Korean steel",
        "Mexico suspended the 15% tariffs on South Korean steel for six months under a new deal.",
        ("resuming", "KR", "MX", False),
    ),
    (
        "Chile raises copper export levy",
        "Chile delayed the planned increase in its copper export levy until further notice.",
        None,
    ),
    (
        "EU imposes quotas on Turkish steel",
        "The Commission has proposed the quotas, which member states must still approve.",
        ("quota", "TR", "EU", True),
    ),
    (
        "Australia imposes duties on Chinese aluminium",
        "The duties, first proposed in March, took effect on Monday.",
        ("tariff", "CN", "AU", False),
    ),
    (
        "Philippines to tax nickel ore exports",
        "The export tax came into force on Wednesday, the finance department said.",
        ("tariff", "PH", "*", False),
    ),
    (
        "Vietnam imposes duties on Chinese aluminium",
        "The duties were suspended on Friday pending a review.",
        ("resuming", "CN", "VN", False),
    ),
    (
        "US tariffs on Brazilian steel",
        "The tariffs have been paused for 90 days while talks continue.",
        ("resuming", "BR", "US", False),
    ),
]

#: (title, summary, want): kind 4, a market or company title whose summary recalls an old
#: measure as background: no new event.
BACKGROUND: list[Any] = [
    (
        "Nickel climbs to two-month high",
        "Prices have been supported since Indonesia's 2020 export ban on nickel ore.",
        None,
    ),
    (
        "Gallium prices hold firm",
        "Supply has been tight since China's 2023 export controls on gallium and germanium.",
        None,
    ),
    (
        "Aluminium steadies in London",
        "Russian aluminium has been shut out of US markets since tariffs in 2023.",
        None,
    ),
    (
        "Bauxite shipments recover",
        "Exports have recovered slowly since Malaysia lifted its 2016 mining moratorium.",
        None,
    ),
    (
        "Copper premiums ease in Shanghai",
        "Premiums had jumped after the US imposed 50% tariffs on copper imports last year.",
        None,
    ),
    (
        "Steel mills post record profits",
        "Domestic producers have benefited from safeguard duties in place since 2019.",
        None,
    ),
    (
        "Cobalt prices rebound",
        "The market has tightened since Congo halted exports in February.",
        None,
    ),
    (
        "Antimony trades at record high",
        "Prices have nearly tripled since China restricted exports of the metal in September 2024.",
        None,
    ),
    (
        "Tin rally extends",
        "Supply from Myanmar has been suspended since 2023, keeping the market tight.",
        None,
    ),
    (
        "Lithium miners weigh expansion",
        "Zimbabwe has banned raw lithium ore exports since 2022, pushing firms to build local"
        " plants.",
        None,
    ),
    (
        "Nickel pig iron output rises",
        "Indonesia's output has soared since its 2020 ban on raw ore exports drew Chinese"
        " investment.",
        None,
    ),
    (
        "Iron ore edges lower",
        "Shipments from India have slowed since the 50% export duty imposed in 2022 was removed.",
        None,
    ),
    (
        "Zinc hits three-week high",
        "Zinc has been supported since China curbed concentrate exports in 2021 and stockpiles"
        " fell.",
        None,
    ),
    (
        "Magnesium output recovers",
        "Producers in Shaanxi restarted plants two years after export curbs were imposed.",
        None,
    ),
    (
        "Tungsten prices steady",
        "Prices remain firm under the export quota system China has run since 2004.",
        None,
    ),
]

#: (title, summary, want): kind 4, a second batch written after the first change (labelled
#: before the engine read them): a measure told in the perfect as running since a year.
BACKGROUND_MORE: list[Any] = [
    (
        "Tin smelters expand in Bolivia",
        "Bolivia has restricted tin concentrate exports since 2019, feeding local plants.",
        None,
    ),
    (
        "Bauxite miners rethink plans",
        "Indonesia has barred bauxite ore exports since 2023, forcing miners to build refineries.",
        None,
    ),
    (
        "Cobalt refiners add capacity",
        "Congo has capped cobalt exports since 2025 under a quota system.",
        None,
    ),
]

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


@pytest.mark.parametrize(("title", "summary", "want"), STATUS, ids=case_ids(STATUS))
def test_the_summary_turns_the_titles_status(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), STATUS_MORE, ids=case_ids(STATUS_MORE))
def test_the_summary_turns_the_titles_status_more(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), BACKGROUND, ids=case_ids(BACKGROUND))
def test_an_old_measure_recalled_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), BACKGROUND_MORE, ids=case_ids(BACKGROUND_MORE)
)
def test_a_measure_running_for_years_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SURFACE, ids=case_ids(SURFACE))
def test_a_scraped_summary_reads_as_a_clean_one(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
