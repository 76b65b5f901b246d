"""The policy board over more sequences of real events as a watcher sees them arrive (session
15's outside-in audit): sanctions on Russian metals, retaliation and its removal, exemptions
and quota deals under Section 232, the EU's widening steel ban, China's export bans on the US,
one event told by two outlets, an undated story after a dated lift, and a disagreement months
old. Each story is stored on the day it is published into a real store, and the board is read
through the snapshot (and its JSON) on days in between."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_board_sequences import Watcher, _at, _config

from tui.core.models import Headline, PolicyStatus
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store
from tui.ui.screens.evidence import evidence_text


class Reader(Watcher):
    """A watcher whose stories may come undated, and who reads a row's JSON too."""

    def undated(self, day: str, source: str, title: str) -> None:
        """A story with no date of its own, first seen on ``day``."""
        url = f"https://{source}.example.org/{abs(hash(title))}"
        story = Headline(title, url, source, _at(day), outlet=source, date_estimated=True)
        self.store.save_headlines(source, [story], seen_at=_at(day))

    def rows(self, day: str, metal: str) -> dict[tuple[str, str], PolicyStatus]:
        return {(r.origin, r.destination): r for r in self.board(day) if r.metal == metal}

    def json_row(self, day: str, metal: str, origin: str, destination: str) -> dict[str, object]:
        snap = to_json(build_snapshot(self.config, self.store, now=_at(day)))
        rows = [
            r
            for r in snap["policy"]
            if (r["metal"], r["origin"], r["destination"]) == (metal, origin, destination)
        ]
        assert len(rows) == 1, snap["policy"]
        return rows[0]  # type: ignore[no-any-return]


def test_an_exemption_for_listed_exporters_leaves_the_tariff_on_the_others(
    tmp_path: Path,
) -> None:
    """Section 232 steel tariffs, then a lasting exemption for three exporters, then deals
    that swap the tariff for a quota: the tariff stays on every other exporter, each listed
    exporter has its row, and the deals show quotas from their day."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-03-23", "wire", "US steel tariffs of 25% come into force")
        w.publish(
            "2018-05-01",
            "paper",
            "US grants permanent exemption from steel tariffs to Argentina, Australia and Brazil",
        )
        rows = w.rows("2018-05-05", "steel")
        assert (rows["*", "US"].status, rows["*", "US"].rate_pct) == ("tariff", 25.0)
        assert rows["*", "US"].since == date(2018, 3, 23), "the tariff stands for the others"
        for country in ("AR", "AU", "BR"):
            assert (rows[country, "US"].status, rows[country, "US"].since) == (
                "resuming",
                date(2018, 5, 1),
            ), country
        w.publish(
            "2022-02-08",
            "wire",
            "US and Japan agree deal to ease steel tariffs with tariff-rate quota from April 1",
        )
        w.publish(
            "2022-03-22",
            "paper",
            "US, UK strike deal lifting steel tariffs on British metal under quota",
        )
        w.publish("2022-06-01", "wire", "US quota on British steel takes effect")
        rows = w.rows("2022-06-05", "steel")
        assert (rows["JP", "US"].status, rows["JP", "US"].since) == ("quota", date(2022, 4, 1))
        assert rows["GB", "US"].status == "quota"


def test_counter_tariffs_dropped_except_on_steel_and_aluminium_stand(tmp_path: Path) -> None:
    """Canada's counter-tariffs of March 2025, then its removal of most of them with the
    levies on steel and aluminium kept: steel and aluminium still carry 25% since March 13."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel", "aluminium"))
        w.publish(
            "2025-03-12",
            "wire",
            "Canada slaps 25% counter-tariffs on US steel and aluminum",
            "The levies on C$29.8 billion of US goods take effect Thursday.",
        )
        w.publish(
            "2025-08-22",
            "paper",
            "Canada to drop many counter-tariffs on US goods but keep levies on steel, aluminum"
            " and autos",
        )
        for metal in ("steel", "aluminium"):
            row = w.row("2025-09-05", metal, "US", "CA")
            assert (row.status, row.rate_pct, row.since) == ("tariff", 25.0, date(2025, 3, 13))


def test_counter_tariffs_put_on_hold_before_their_day_never_start(tmp_path: Path) -> None:
    """The EU's counter-tariffs on US steel and aluminium approved for a day, then put on hold
    the day after: on their day nothing is in force, and the approval is called off."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish(
            "2025-04-09",
            "wire",
            "EU approves counter-tariffs on US steel and aluminium from April 15",
        )
        before = w.row("2025-04-09", "steel", "US", "EU")
        assert (before.coming, before.starts) == ("tariff", date(2025, 4, 15))
        w.publish(
            "2025-04-10",
            "paper",
            "EU puts counter-tariffs on US steel and aluminium on hold for 90 days",
        )
        row = w.row("2025-04-20", "steel", "US", "EU")
        assert row.status != "tariff" and row.coming is None
        assert [e.withdrawn for e in row.evidence if e.status == "tariff"] == [True]


def test_sanctions_on_russian_metals_fall_on_russia_once_per_event(tmp_path: Path) -> None:
    """The US and UK ban on Russian aluminium, copper and nickel (April 2024) told by two
    outlets under two titles: each metal is suspended from Russia to the US and to Britain,
    never the other way, and the event is one piece of evidence naming the other outlet."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("aluminium", "copper", "nickel"))
        w.publish(
            "2024-04-12", "wire", "US, UK ban Russian aluminium, copper and nickel from LME and CME"
        )
        w.publish(
            "2024-04-13",
            "paper",
            "US and Britain hit Russian metals with new sanctions, banning LME deliveries",
            "Metal produced by Russia on or after April 13 is banned from LME and CME warehouses;"
            " imports of Russian aluminium, copper and nickel into the US are also prohibited.",
        )
        for metal in ("aluminium", "copper", "nickel"):
            rows = w.rows("2024-04-20", metal)
            assert set(rows) == {("RU", "US"), ("RU", "GB")}, (metal, set(rows))
            row = rows["RU", "US"]
            assert (row.status, row.since) == ("suspended", date(2024, 4, 12))
            assert len(row.evidence) == 1, "one event, one piece of evidence"
            assert [source for source, _t, _u in row.evidence[0].also] == ["paper"]
        body = w.json_row("2024-04-20", "nickel", "RU", "US")
        (evidence,) = body["evidence"]  # type: ignore[misc]
        assert [a["source"] for a in evidence["also"]] == ["paper"]


def test_a_steel_ban_widened_to_russian_slabs_stays_on_russia(tmp_path: Path) -> None:
    """The EU's ban on Russian steel (March 2022), widened to slabs in its 11th package: one
    row, Russia to the EU, not a ban on every exporter's steel."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2022-03-15", "wire", "EU bans imports of Russian steel and iron products")
        w.publish(
            "2023-06-23",
            "paper",
            "EU's 11th sanctions package extends steel ban to Russian slabs, with phase-out"
            " until 2028",
        )
        rows = w.rows("2023-07-01", "steel")
        assert set(rows) == {("RU", "EU")}, set(rows)
        assert rows["RU", "EU"].since == date(2022, 3, 15)


def test_an_undated_story_does_not_overturn_a_dated_lift(tmp_path: Path) -> None:
    """China's ban on gallium exports to the US (December 2024), its suspension (November
    2025), then a story with no date saying the ban, first seen nine days after the
    suspension (a source added that day, its archive undated): the suspension stands, the row
    is flagged for a check while the story is fresh, and a month on the flag is gone."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("gallium"))
        w.publish("2024-12-03", "wire", "China bans exports of gallium to US")
        w.publish("2025-11-09", "wire", "China suspends ban on gallium exports to US")
        w.undated("2025-11-18", "paper", "China bans gallium exports to the United States")
        row = w.row("2025-11-20", "gallium", "CN", "US")
        assert (row.status, row.since, row.since_estimated) == (
            "resuming",
            date(2025, 11, 9),
            False,
        )
        assert row.conflict, "a story we cannot date says otherwise: check"
        assert any(e.date_estimated for e in row.evidence), "it stays in the trail"
        later = w.row("2025-12-20", "gallium", "CN", "US")
        assert (later.status, later.conflict) == ("resuming", False)


def test_a_disagreement_is_flagged_while_fresh(tmp_path: Path) -> None:
    """Two outlets disagreeing within days (a ban, then trade allowed): flagged that week;
    months later, with nothing newer, the newest report stands unflagged."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("gallium"))
        w.publish("2025-03-01", "wire", "China bans exports of gallium to US")
        w.publish("2025-03-04", "paper", "China lifts ban on gallium exports to US")
        assert w.row("2025-03-06", "gallium", "CN", "US").conflict
        assert w.json_row("2025-03-06", "gallium", "CN", "US")["conflict"] is True
        months_on = w.row("2025-09-01", "gallium", "CN", "US")
        assert (months_on.status, months_on.since, months_on.conflict) == (
            "resuming",
            date(2025, 3, 4),
            False,
        )


def test_two_outlets_one_ban_are_one_piece_of_evidence(tmp_path: Path) -> None:
    """China's ban on gallium, germanium and antimony exports to the US (December 3, 2024)
    from two outlets under titles the clustering keeps apart: one piece of evidence on each
    row, with the other outlet named."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("gallium", "germanium", "antimony"))
        w.publish("2024-12-03", "wire", "China bans exports of gallium, germanium, antimony to US")
        w.publish(
            "2024-12-03",
            "paper",
            "Beijing halts gallium, germanium and antimony shipments to the United States in"
            " chip war escalation",
        )
        for metal in ("gallium", "germanium", "antimony"):
            row = w.row("2024-12-10", metal, "CN", "US")
            assert (row.status, row.since) == ("suspended", date(2024, 12, 3))
            (evidence,) = row.evidence  # reported at the same time: either stands for both
            assert {evidence.source, *(s for s, _t, _u in evidence.also)} == {"wire", "paper"}
            shown = evidence_text(row).plain  # the evidence view names the other report
            assert "Evidence (1)" in shown and f"also {evidence.also[0][0]}: " in shown


def test_a_plan_struck_from_a_bill_leaves_nothing_proposed(tmp_path: Path) -> None:
    """The Philippine Senate's bill banning raw nickel ore exports (January 2025), then the
    ban dropped from the bill (June 2025): proposed until then, nothing on the board after."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("nickel"))
        w.publish(
            "2025-01-29",
            "wire",
            "Philippine Senate passes bill to ban raw nickel ore exports in five years",
        )
        row = w.row("2025-02-10", "nickel", "PH")
        assert (row.status, row.proposed) == ("suspended", True)
        w.publish(
            "2025-06-03", "paper", "Manila lawmakers drop nickel ore export ban from mining bill"
        )
        assert w.board("2025-06-10") == [], "the plan is dropped: nothing proposed"


def test_quota_deals_and_an_exemption_revoked_under_section_232(tmp_path: Path) -> None:
    """South Korea's steel quota deal (2018), Australia's aluminium exemption (2018) and its
    revocation effective March 12, 2025: the quota binds Korea's exports to the US, the
    exemption spares Australia's until the revocation's day, then the tariff is back."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel", "aluminium"))
        w.publish(
            "2018-03-23", "wire", "US tariffs of 25% on steel, 10% on aluminium come into force"
        )
        w.publish(
            "2018-05-01",
            "paper",
            "Seoul takes steel export quota in return for exemption from US tariffs",
        )
        w.publish(
            "2018-05-31", "wire", "US grants lasting exemption from aluminum tariffs to Australia"
        )
        assert set(w.rows("2018-06-05", "steel")) == {("*", "US"), ("KR", "US")}
        korea = w.row("2018-06-05", "steel", "KR", "US")
        assert (korea.status, korea.since) == ("quota", date(2018, 5, 1))
        w.publish(
            "2025-02-11",
            "wire",
            "Trump revokes Australia's exemption from aluminium tariffs, effective March 12",
        )
        before = w.row("2025-03-01", "aluminium", "AU", "US")
        assert (before.status, before.coming, before.starts) == (
            "resuming",
            "tariff",
            date(2025, 3, 12),
        )
        assert set(w.rows("2025-03-01", "aluminium")) == {("*", "US"), ("AU", "US")}
        after = w.row("2025-03-15", "aluminium", "AU", "US")
        assert (after.status, after.since) == ("tariff", date(2025, 3, 12))


def test_the_eu_steel_safeguard_extended_then_replaced_by_a_tighter_quota(
    tmp_path: Path,
) -> None:
    """The EU's steel safeguard quotas (2019), extended with cut quotas (2024), then a new
    regime with a 50% out-of-quota tariff from July 1, 2026: quota throughout, and from that
    day at 50% since July 1, never a 50% tariff on all steel."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish(
            "2019-02-01",
            "wire",
            "EU imposes definitive safeguard quotas on steel imports",
            "Imports above quota will face a 25% tariff.",
        )
        w.publish("2024-06-25", "wire", "EU extends steel safeguard for two years, cuts quotas")
        row = w.row("2024-07-05", "steel", "*", "EU")
        assert (row.status, row.since) == ("quota", date(2019, 2, 1))
        w.publish(
            "2026-06-20",
            "paper",
            "EU adopts new steel import regime with 50% out-of-quota tariff from July 1",
        )
        before = w.row("2026-06-25", "steel", "*", "EU")
        assert (before.status, before.coming, before.coming_rate_pct, before.starts) == (
            "quota",
            "quota",
            50.0,
            date(2026, 7, 1),
        )
        after = w.row("2026-07-05", "steel", "*", "EU")
        assert (after.status, after.rate_pct, after.since) == ("quota", 50.0, date(2026, 7, 1))
