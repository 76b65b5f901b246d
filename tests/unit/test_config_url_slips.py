"""Slips a user makes writing a source's ``url`` by hand, met as a first-time user would.

A source's ``url`` is a web address or a local path. What reads as neither (a web address with a
slash missing, no scheme but ``www.``, a scheme metalwatch cannot fetch written without ``//``,
an environment variable metalwatch does not expand) was taken for a relative path: ``check``
said ``file not found: /home/me/.config/metalwatch/https:/example.org/feed`` and the dashboard
and ``snapshot`` ran with that source failing "file not found" for ever. Each is now one located
config error in every command, with the address it most likely meant; a file that is there by
that name is still read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from config_slips_helpers import _config, _problem

from tui.cli import main
from tui.core.config import load_config


@pytest.mark.parametrize(
    ("url", "meant"),
    [
        ("https:/example.org/feed", "https://example.org/feed"),
        ("http:www.mining.com/feed/", "http://www.mining.com/feed/"),
        ("HTTPS:/Example.org/Rss", "https://Example.org/Rss"),
        ("https//www.reuters.com/markets/rss", "https://www.reuters.com/markets/rss"),
        ("http//feeds.example.com/metals.xml", "http://feeds.example.com/metals.xml"),
        ("https:\\\\example.org\\feed", "https://example.org/feed"),
        ("www.mining.com/feed/", "https://www.mining.com/feed/"),
        ("WWW.Kitco.com/rss", "https://WWW.Kitco.com/rss"),
        ("www2.example.co.uk/metals.rss", "https://www2.example.co.uk/metals.rss"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_web_address_written_wrong_is_said_with_what_it_meant(
    tmp_path: Path, url: str, meant: str, strict: bool
) -> None:
    line = _problem(_config(tmp_path, url), strict=strict)
    assert line.startswith("7: sources[1].url: "), line
    assert f"did you mean {meant!r}?" in line, line
    assert "file not found" not in line, line


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        ("mailto:desk@example.org", "mailto"),
        ("feed:https://example.org/rss", "feed"),
        ("data:text/csv,date,price", "data"),
        ("sftp:/srv/prices.csv", "sftp"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_scheme_that_cannot_be_fetched_is_refused_without_slashes_too(
    tmp_path: Path, url: str, scheme: str, strict: bool
) -> None:
    line = _problem(_config(tmp_path, url, "csv"), strict=strict)
    assert line.startswith("7: sources[1].url: unsupported URL scheme"), line
    assert f"in {url!r} (use http, https or a path)" in line, line


@pytest.mark.parametrize(
    ("url", "variable"),
    [
        ("$HOME/data/copper.csv", "$HOME"),
        ("${METALWATCH_DATA}/copper.csv", "${METALWATCH_DATA}"),
        ("~/feeds/$DESK.xml", "$DESK"),
        ("%USERPROFILE%\\prices\\copper.csv", "%USERPROFILE%"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_an_environment_variable_in_a_path_is_said_not_expanded(
    tmp_path: Path, url: str, variable: str, strict: bool
) -> None:
    line = _problem(_config(tmp_path, url, "csv"), strict=strict)
    assert line.startswith("7: sources[1].url: "), line
    assert f"{variable!r}" in line and "not expanded" in line and "~" in line, line


@pytest.mark.parametrize(
    "name",
    ["later.csv", "data/prices.csv", "www/prices.csv", "prices:2024.csv", "C:/data/prices.csv"],
)
def test_a_path_that_is_only_a_path_is_still_tolerated_until_it_exists(
    tmp_path: Path, name: str
) -> None:
    """Not a web address: missing, it fails `check` as "file not found" and runs elsewhere."""
    path = _config(tmp_path, name, "csv")
    assert load_config(path).sources[0].is_local
    assert "file not found" in _problem(path, strict=True)


@pytest.mark.parametrize(
    "name", ["www.mining.com/feed.xml", "https:/example.org/feed", "$HOME/copper.csv"]
)
def test_a_file_that_is_there_by_such_a_name_is_read(tmp_path: Path, name: str) -> None:
    """A mirror (`wget -r` writes `www.mining.com/...`) or an odd file name: it exists, so it
    is the file meant."""
    target = tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("<rss/>", encoding="utf-8")
    cfg = load_config(_config(tmp_path, name), strict=True)
    assert cfg.sources[0].url == str(target)


@pytest.mark.parametrize("url", ["file:/ABS/feed.xml", "FILE:///ABS/feed.xml"])
def test_a_file_url_with_one_slash_or_in_capitals_is_a_local_file(tmp_path: Path, url: str) -> None:
    """RFC 8089 allows `file:/path`; it was read as the relative path `file:/...`."""
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>", encoding="utf-8")
    cfg = load_config(_config(tmp_path, url.replace("/ABS", str(tmp_path))), strict=True)
    assert cfg.sources[0].url == str(feed)


def test_snapshot_refuses_the_slip_before_fetching(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _config(tmp_path, "www.mining.com/feed/")
    assert main(["snapshot", "--offline", "--config", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"metalwatch: config error: {path}:7: sources[1].url: 'www.mining.com/feed/' is neither"
        " a web address nor a file (did you mean 'https://www.mining.com/feed/'?)"
    ]
