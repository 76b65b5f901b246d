"""``metalwatch check`` says what ``[keys]`` changed, screen by screen, and where a clash is.

Asked for in session 17: a config that remapped keys passed ``check`` with not a word on them,
so the only way to learn which action a key now did on the chart was to press it there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

METALS = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def _check(
    tmp_path: Path, keys: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str], str]:
    path = tmp_path / "config.toml"
    path.write_text(METALS + "\n[keys]\n" + keys, encoding="utf-8")
    code = main(["check", "--config", str(path)])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def _screens(lines: list[str]) -> dict[str, str]:
    """The ``keys:`` block: screen -> its changes, continuation lines joined."""
    start = next(i for i, line in enumerate(lines) if line.startswith("  keys:"))
    out: dict[str, str] = {}
    last = ""
    for line in lines[start + 1 :]:
        if not line.startswith("    "):
            break
        if line.startswith("      "):
            out[last] += " " + line.strip()
        else:
            last, _, changes = line.strip().partition(": ")
            out[last] = changes
    return out


def test_check_lists_each_screen_s_remapped_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An app key (works on every screen), a dashboard key, a chart key and a detail key, each
    named on the screens where it works and nowhere else, with the key it replaced."""
    code, lines, err = _check(
        tmp_path,
        'refresh = "F5"\nfilter = "F"\nframe-1m = "m"\ndetail-down = "J"\n',
        capsys,
    )
    assert code == 0, err
    assert "  keys: 4 bindings remapped, no clashes; on each screen:" in lines
    screens = _screens(lines)
    assert list(screens) == ["dashboard", "chart", "story, evidence, sources, alerts, help"]
    assert screens["dashboard"] == "Refresh [refresh]: F5 (was r); Filter [filter]: F (was /)"
    chart = screens["chart"]
    assert "Refresh [refresh]: F5 (was r)" in chart and "1 month [frame-1m]: m (was 1)" in chart
    assert "Down [detail-down]: J (was j)" in chart and "filter" not in chart
    detail = screens["story, evidence, sources, alerts, help"]
    assert "Down [detail-down]: J (was j)" in detail and "frame-1m" not in detail
    assert all(len(line) <= 100 for line in lines if not line.startswith("  local"))


def test_check_says_the_keys_are_the_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, err = _check(tmp_path, 'refresh = "r"\n', capsys)  # remapped to its own key
    assert code == 0, err
    assert "  keys: the defaults (none remapped)" in lines


def test_a_clash_says_on_which_screens_both_keys_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _check(tmp_path, 'frame-1m = "a"\nfilter = "m"\nquit = "s"\n', capsys)
    assert code == 2
    assert "keys.frame-1m: key 'a' is already bound to 'alerts' (both at work on the chart)" in err
    assert (
        "keys.filter: key 'm' is already bound to 'pick-metal' (both at work on the dashboard)"
        in err
    )
    assert "keys.quit: key 's' is already bound to 'sources' (both at work on every screen)" in err
