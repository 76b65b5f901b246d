"""``metalwatch check`` reads the local files a config names (never the network) with the
refresh's own parsers: what each holds is said, and a source that would deliver nothing fails
the check (exit 2, as a config error does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

METALS = (
    '[[metals]]\nid = "copper"\nname = "Copper"\n[[metals]]\nid = "gallium"\nname = "Gallium"\n'
)


def _config(tmp_path: Path, *sources: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(METALS + "".join(sources), encoding="utf-8")
    return path


def _policy_source(file: str) -> str:
    return f'[[sources]]\nname = "register"\nkind = "policy-file"\nurl = "{file}"\n'


def _csv_source(file: str) -> str:
    return f'[[sources]]\nname = "mine"\nkind = "csv"\nmetal = "copper"\nurl = "{file}"\n'


def _entry(metal: str, status: str, since: str) -> str:
    return f'[[policy]]\nmetal = "{metal}"\norigin = "CN"\ndestination = "US"\nstatus = "{status}"\nsince = "{since}"\n'


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    code = main(["check", "--config", str(path)])
    out, err = capsys.readouterr()
    return code, out, err.strip().splitlines()


def test_a_policy_file_whose_entries_are_all_skipped_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "policy.toml").write_text(
        _entry("gallium", "banned", "2024-12-03") + _entry("copper", "tariff", "soon"),
        encoding="utf-8",
    )
    code, out, err = _check(_config(tmp_path, _policy_source("policy.toml")), capsys)
    assert code == 2
    assert "OK" not in out
    assert len(err) == 3
    assert err[0].startswith("metalwatch: config error: source policy-file 'register' (")
    assert "policy.toml): nothing usable: policy[0]: status 'banned'" in err[0]
    assert err[0].endswith("(and 1 more: each below)")
    # every skipped entry, each with its place and reason, not "and 1 more"
    assert err[1].startswith("metalwatch:   - policy[0]: status 'banned' is not one of")
    assert err[2] == "metalwatch:   - policy[1]: since must be a date like 2025-11-09 (got 'soon')"


def test_a_policy_file_with_some_entries_skipped_passes_and_says_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = "".join(_entry("gallium", "licensing", f"2024-12-{d:02d}") for d in range(1, 11))
    bad = _entry("copper", "tariff", "soon") + _entry("copper", "closed", "2025-01-01")
    (tmp_path / "policy.toml").write_text(good + bad, encoding="utf-8")
    code, out, err = _check(_config(tmp_path, _policy_source("policy.toml")), capsys)
    assert (code, err) == (0, [])
    assert "OK" in out
    lines = out.splitlines()
    at = next(n for n, ln in enumerate(lines) if "'register'" in ln)
    line = lines[at]
    assert line.strip().startswith("policy-file 'register' (")
    assert line.endswith(
        "policy.toml): 10 entries; 2 of 12 entries skipped: policy[10]: since must be a date "
        "like 2025-11-09 (got 'soon'); and 1 more (each below)"
    )
    assert lines[at + 1 : at + 3] == [
        "      - policy[10]: since must be a date like 2025-11-09 (got 'soon')",
        "      - policy[11]: status 'closed' is not one of open, tariff, licensing, quota, "
        "suspended, resuming (for 'closed' use 'suspended')",
    ]


def test_check_lists_every_entry_a_policy_file_skips_or_doubts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Entries of several kinds (an unknown status, a bad date, an unknown place, a field not
    known, entries that say otherwise than a kept one, dates years ahead): ``check`` names each
    with its place and reason; the short line (the health line's words) says they follow."""
    body = (
        _entry("gallium", "licensing", "2024-12-01")
        + _entry("copper", "embargo", "2025-01-01")  # 1: unknown status
        + _entry("copper", "tariff", "next week")  # 2: not a date
        + '[[policy]]\nmetal = "tin"\norigin = "Atlantis"\nstatus = "open"\n'  # 3: no place
        + '[[policy]]\nmetal = "tin"\nstatus = "open"\nrate = 5\n'  # 4: a field not known
        + _entry("gallium", "open", "2024-12-01")  # 5: says otherwise than 0
        + _entry("gallium", "quota", "2024-12-01")  # 6: says otherwise than 0
        + _entry("gallium", "tariff", "2024-12-01")  # 7: says otherwise than 0
        + '[[policy]]\nmetal = "copper"\norigin = "CL"\nstatus = "open"\nsince = "2093-01-01"\n'
        + '[[policy]]\nmetal = "copper"\norigin = "PE"\nstatus = "open"\nsince = "2094-01-01"\n'
    )
    (tmp_path / "policy.toml").write_text(body, encoding="utf-8")
    code, out, err = _check(_config(tmp_path, _policy_source("policy.toml")), capsys)
    assert (code, err) == (0, [])
    lines = out.splitlines()
    at = next(n for n, ln in enumerate(lines) if "'register'" in ln)
    assert "and 3 more (each below)" in lines[at] and "more" in lines[at]
    listed = [ln.strip() for ln in lines[at + 1 :] if ln.strip().startswith("- policy[")]
    assert [ln.split()[1].rstrip(":") for ln in listed] == [f"policy[{i}]" for i in range(1, 10)]
    assert "'embargo'" in listed[0] and "'next week'" in listed[1] and "Atlantis" in listed[2]
    assert "rate" in listed[3]
    assert all("says otherwise than policy[0]" in ln for ln in listed[4:7])
    assert "2093" in listed[7] and "2094" in listed[8]


def test_a_policy_file_naming_only_metals_not_watched_is_said_not_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refresh stores such entries and says so (a register shared by several desks; a typo
    gets its likely metal): ``check`` says the same, and does not fail the config for it."""
    (tmp_path / "policy.json").write_text(
        '[{"metal": "Gallium", "origin": "CN", "status": "suspended", "since": "2024-12-03"}]',
        encoding="utf-8",
    )
    code, out, err = _check(_config(tmp_path, _policy_source("policy.json")), capsys)
    assert (code, err) == (0, [])
    line = next(ln for ln in out.splitlines() if "'register'" in ln)
    assert line.endswith(
        "policy.json): 1 entry; 1 of 1 entries name a metal not watched, not on the board: "
        "'Gallium' (did you mean 'gallium'?)"
    )


def test_an_empty_policy_list_is_said_not_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "policy.json").write_text("[]", encoding="utf-8")
    code, out, _ = _check(_config(tmp_path, _policy_source("policy.json")), capsys)
    assert code == 0
    assert "policy.json): no entries" in out


def test_a_price_csv_that_cannot_be_read_fails_and_a_good_one_is_described(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.csv").write_text("Date,Close\nsoon,n/a\nlater,-\n", encoding="utf-8")
    (tmp_path / "good.csv").write_text(
        "Date,Close\n2026-01-02,4.1\n2026-01-05,4.2\nfootnote,x\n", encoding="utf-8"
    )
    path = _config(tmp_path, _csv_source("bad.csv"))
    code, out, err = _check(path, capsys)
    assert code == 2 and out == ""
    assert "csv 'mine' (" in err[0] and "bad.csv): nothing usable: " in err[0]

    code, out, err = _check(_config(tmp_path, _csv_source("good.csv")), capsys)
    assert (code, err) == (0, [])
    line = next(ln for ln in out.splitlines() if "'mine'" in ln)
    assert "good.csv): 2 points, 2026-01-02 to 2026-01-05 (" in line
    assert "()" not in line  # no unit named anywhere: said so, not an empty pair of brackets
    assert line.endswith("2026-01-05 (no unit: the source's unit option names it)")


def test_a_price_csv_whose_every_point_is_ahead_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The refresh's own screening: every point dated after today is nothing usable."""
    (tmp_path / "ahead.csv").write_text(
        "Date,Close\n2999-01-02,4.1\n2999-01-05,4.2\n", encoding="utf-8"
    )
    code, _, err = _check(_config(tmp_path, _csv_source("ahead.csv")), capsys)
    assert code == 2
    assert "nothing usable: every point is dated after the day of the fetch" in err[0]


def test_a_local_source_that_is_a_folder_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "prices.csv").mkdir()
    code, _, err = _check(_config(tmp_path, _csv_source("prices.csv")), capsys)
    assert code == 2
    assert err and "prices.csv" in err[-1]


def test_a_file_over_the_body_limit_is_not_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "big.csv").write_bytes(b"Date,Close\n" + b"2026-01-02,4.1\n" * 80_000)
    path = _config(tmp_path, _csv_source("big.csv"))
    path.write_text("[app]\nmax_body_mb = 1\n" + path.read_text(encoding="utf-8"))
    code, _, err = _check(path, capsys)
    assert code == 2
    assert "nothing usable:" in err[0] and "1 MB" in err[0]


def test_web_sources_are_not_fetched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A remote source is left to the refresh: check says nothing of it, and passes."""
    path = _config(tmp_path, _policy_source("http://127.0.0.1:9/policy.toml"))
    code, out, err = _check(path, capsys)
    assert (code, err) == (0, [])
    assert "local files" not in out
