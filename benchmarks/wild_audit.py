"""The wild audit: read every headline of a public RSS archive with the engine, and pick the rows a
person should label to see how often the engine is wrong on news nobody chose for it.

    python benchmarks/wild_audit.py REPO REV [REPO REV ...] [--out FILE]

``REPO`` is a local git copy of one of rumca-js's ``RSS-Link-Database-20NN`` archives (one JSON
file per feed and day, ``<year>/<month>/<day>/<feed>_entries.json``), ``REV`` the commit whose tree
holds the daily files (the archives' newest commits keep only zip files). Every title in English,
once (titles compared in lower case, runs of non-word characters as one space), is read by
:func:`tui.engine.classifier.classify` with its description (tags stripped, entities unescaped, the
first 600 characters), against the labelled sets' watch list; a title any labelled set under
``tests/data/`` holds is left out (but the wild audit's own, which these picks made). It prints, per archive and in all, how many titles were read,
how many the engine read as an event, and how many name a watched metal (the tagging's matcher,
title or description) beside a trade word (``TRADE``: "tariff", "duty", "ban", "quota", "export",
"import", "sanction", "licence", "curb", "restrict...", "levy", "embargo", "anti-dumping",
"safeguard", "countervailing", with some plurals) and were read as no event: the controls.

``--out FILE`` writes both kinds of row (JSON lines, the archive's title, description, link, date
and file, and ``pick``: ``event`` or ``control``), for a labeller who must not see ``pick``
before the labels are committed: ``tests/data/real_headlines_wild/`` was made so (session 43,
the 2020 to 2023 archives; its PROVENANCE.md).

Never run in the tests (the archives are hundreds of megabytes, not in the repository).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from real_headlines_set import ALL_SETS, DATA_WILD, load_items, watch_list  # noqa: E402

from tui.core.gazetteer import Gazetteer  # noqa: E402
from tui.engine.classifier import classify  # noqa: E402
from tui.engine.tagging import matcher_for  # noqa: E402

# the trade words the picks were made with (session 43): the singulars and the plurals listed,
# so a title with "tariffs", "quotas" or "licences" alone and no other of them was no control
TRADE = re.compile(
    r"\b(tariff|duty|duties|ban|bans|banned|banning|quota|export|exports|import|imports|sanction"
    r"|sanctions|licen[cs]e|curb|curbs|restrict\w*|levy|embargo|anti-dumping|safeguard"
    r"|countervailing)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"\W+")


def key(title: str) -> str:
    return _NON_WORD.sub(" ", title.lower()).strip()


def entries(repo: Path, rev: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every entry of the archive's daily files at ``rev``, with its file's path."""
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", rev],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    cat = subprocess.Popen(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert cat.stdin is not None and cat.stdout is not None
    for name in (n for n in names if n.endswith("_entries.json")):
        cat.stdin.write(f"{rev}:{name}\n".encode())
        cat.stdin.flush()
        head = cat.stdout.readline().split()
        if len(head) < 3:
            continue
        data = cat.stdout.read(int(head[2]))
        cat.stdout.read(1)
        try:
            parsed = json.loads(data)
        except ValueError:
            continue
        items = parsed.get("entries", []) if isinstance(parsed, dict) else parsed
        for item in items:
            if isinstance(item, dict):
                yield name, item
    cat.stdin.close()
    cat.wait()


def audit(repo: Path, rev: str, labelled: set[str], seen: set[str]) -> list[dict[str, Any]]:
    metals = watch_list()
    gazetteer = Gazetteer.default()
    matcher = matcher_for(metals)
    picked: list[dict[str, Any]] = []
    read = events = 0
    for name, item in entries(repo, rev):
        title = str(item.get("title") or "").strip()
        language = str(item.get("language") or "en").lower()
        if not title or not language.startswith("en") or key(title) in seen:
            continue
        seen.add(key(title))
        if key(title) in labelled:
            continue
        read += 1
        summary = html.unescape(_TAG.sub(" ", str(item.get("description") or "")))[:600]
        event = classify(title, summary, metals, gazetteer=gazetteer)
        if event is not None:
            pick = "event"
            events += 1
        elif (matcher.tag(title) or matcher.tag(summary)) and (
            TRADE.search(title) or TRADE.search(summary)
        ):
            pick = "control"
        else:
            continue
        picked.append(
            {
                "title": title,
                "summary": " ".join(summary.split()),
                "link": item.get("link"),
                "date": str(item.get("date_published") or "")[:10],
                "file": f"{name} @ {rev}",
                "pick": pick,
            }
        )
    controls = len(picked) - events
    print(f"{repo.name if repo.name != 'repo' else repo.parent.name} @ {rev[:8]}: {read:,} titles")
    print(
        f"  read as an event: {events}; controls (a metal and a trade word, no event): {controls}"
    )
    return picked


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archives", nargs="+", help="REPO REV pairs")
    parser.add_argument("--out", type=Path, help="write the picked rows here (JSON lines)")
    args = parser.parse_args(argv)
    if len(args.archives) % 2:
        parser.error("give each archive as REPO REV")
    # the wild audit's own rows are these archives' picks: not left out, so a run shows them again
    others = [path for path in ALL_SETS if path != DATA_WILD]
    labelled = {key(item["title"]) for path in others for item in load_items(path)}
    seen: set[str] = set()
    picked: list[dict[str, Any]] = []
    pairs = list(zip(args.archives[::2], args.archives[1::2], strict=True))
    for repo, rev in pairs:
        picked += audit(Path(repo), rev, labelled, seen)
    events = sum(row["pick"] == "event" for row in picked)
    print(f"in all: {events} read as events, {len(picked) - events} controls")
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for row in picked:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
