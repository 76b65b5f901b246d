"""A feed in a legacy single-byte charset under a declaration that cannot read it (a Russian
outlet's windows-1251 or KOI8-R text under ``encoding="utf-8"``, a template's line kept).
Before, feedparser fell back to windows-1252 alone: every Cyrillic title became accented Latin
letters (``Ìåäü äîðîæàåò``), shown and classified so. Now the charset that reads the text
into words is taken (windows-1252 still for Western text), and the source's line says so.

In-process through ``tui.cli.main`` (``snapshot --json``) on a real feed file
(tests/fixtures/refresh/guardian_us.rss.xml) whose titles are rewritten and saved in the
charset, its declaration left saying UTF-8.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from snapshot_cli_helpers import run_cli

from tui.sources.legacy_charset import no_words

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "guardian_us.rss.xml"
RUSSIAN = ["Медь дорожает на фоне пошлин", "Норильский никель сократит экспорт палладия"]
WESTERN = ["Codelco’s São Paulo office: “record” copper", "Zürich café buys nickel à la carte"]


def _feed(tmp_path: Path, titles: list[str], charset: str, declared: str | None = "utf-8") -> Path:
    """The fixture feed with ``titles`` for its first items, saved in ``charset`` under an XML
    declaration of ``declared`` (None: no declaration)."""
    text = FEED.read_text(encoding="utf-8")
    items = re.findall(r"<item>.*?</item>", text, flags=re.S)[: len(titles)]
    body = text[: text.index("<item>")]
    for item, title in zip(items, titles, strict=True):
        body += re.sub(r"<title>.*?</title>", f"<title>{title}</title>", item, count=1, flags=re.S)
    body += "</channel></rss>\n"
    head = '<?xml version="1.0" encoding="utf-8"?>'
    assert body.startswith(head)
    body = body.replace(head, f'<?xml version="1.0" encoding="{declared}"?>' if declared else "", 1)
    path = tmp_path / "feed.xml"
    # every character the charset lacks (the fixture's own few) as a character reference
    path.write_bytes(body.encode(charset, errors="xmlcharrefreplace"))
    return path


def _snapshot(tmp_path: Path, capsys: pytest.CaptureFixture[str], feed: Path) -> dict:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "Wire"\nkind = "rss"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--all")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("titles", "charset"),
    [(RUSSIAN, "windows-1251"), (RUSSIAN, "koi8-r"), (WESTERN, "windows-1252")],
    ids=["windows-1251", "koi8-r", "windows-1252"],
)
def test_a_legacy_charset_declared_utf8_is_read_as_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], titles: list[str], charset: str
) -> None:
    doc = _snapshot(tmp_path, capsys, _feed(tmp_path, titles, charset))
    shown = {h["title"] for h in doc["headlines"]}
    assert set(titles) <= shown, shown
    (source,) = doc["sources"]
    assert f"says utf-8, but the text is not; read as {charset}" in (source["warning"] or "")


@pytest.mark.parametrize(
    ("titles", "charset", "declared", "said"),
    [
        (WESTERN, "windows-1252", "windows-1251", "says windows-1251, but the text is not"),
        (WESTERN, "windows-1252", "iso-8859-1", None),  # a Western charset: read as named
        (RUSSIAN, "windows-1251", "windows-1251", None),
        (RUSSIAN, "koi8-r", "koi8-r", None),
        (RUSSIAN, "windows-1251", "iso-8859-1", "says iso-8859-1, but the text is not"),
    ],
    ids=[
        "western as 1251",
        "western as latin-1",
        "1251 as itself",
        "koi8 as itself",
        "1251 as latin-1",
    ],
)
def test_a_single_byte_charset_named_is_kept_unless_another_reads_it_into_words(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    titles: list[str],
    charset: str,
    declared: str,
    said: str | None,
) -> None:
    doc = _snapshot(tmp_path, capsys, _feed(tmp_path, titles, charset, declared))
    shown = {h["title"] for h in doc["headlines"]}
    assert set(titles) <= shown, shown
    (source,) = doc["sources"]
    if said is None:
        assert "but the text is" not in (source["warning"] or "")
    else:
        assert f"{said}; read as {charset}" in (source["warning"] or ""), source["warning"]


def test_words_that_are_no_words() -> None:
    assert no_words("Ìåäü äîðîæàåò") == 2  # windows-1251 read as windows-1252
    assert no_words("мЕДШ ДПТПЦБЕФ") == 1  # windows-1251 read as KOI8-R: its case flips
    assert no_words("Codelco São Paulo Zürich Müller façade été") == 0
    assert no_words("Медь дорожает Норильский") == 0
    assert no_words("Sгo Paulo") == 1  # windows-1252 read as windows-1251
