"""The last built snapshot, kept as JSON Lines beside the store, so a start paints at once.

Building a snapshot (clustering, classifying, the board) takes time that grows with the store;
at start the app paints the cached one first and rebuilds only when the store's fingerprint
(or the config, or metalwatch's version) changed. The file is only a cache: anything wrong
with it (missing, corrupt, foreign, written by other models) means "build it again", never an
error.

Two files: the whole snapshot, and its head (the newest ``HEAD_STORIES`` stories, every price
row, the first ``HEAD_POLICY`` policy rows with one piece of evidence each): the first paint
decodes only the head, in milliseconds whatever the store holds, and the whole file is read
after it. Stories and headlines are written as rows (lists in field order, the field names once
in the header), price points as two columns (day ordinals, values) (``tui.store.snapshot_rows``;
the models as JSON: ``tui.store.snapshot_codec``), the board's rows, evidence and other sides
as rows too (``tui.store.board_rows``); reading shares equal strings and datetimes, so a story
and its entry hold one title, one URL, one outlet name.

Each file's first line names the format and holds the size and CRC-32 of every byte after it:
a file whose bytes do not match (a byte flipped on disk, a file cut short or run on) is a miss
and is built again, never read as data (a flipped digit was a price changed on screen). The
check runs before anything is decoded, on the whole file's and the head's bytes each on its
own. CRC-32 catches every change within 32 bits in a row (a flipped byte, always) and the size
every cut; it costs ~1.2 M instructions for a 325 KB head, where BLAKE2b cost ~4.4 M and
``hashlib``'s import ~11 M more at every start (the head is read before the first paint).
"""

from __future__ import annotations

import dataclasses
import io
import json
import zlib
from pathlib import Path
from typing import Any

from tui import __version__
from tui.core import atomic_file, models
from tui.core.code_stamp import code_stamp
from tui.store import cache_stamp as stamp
from tui.store.board_rows import board_row, read_board
from tui.store.snapshot_codec import decode, encode, hook
from tui.store.snapshot_rows import STORY, Reader, encode_series, fields, header, row

FORMAT = "metalwatch.snapshot-cache/4"
HEAD_STORIES = 400  # a first screen, even when most stories are filtered out
HEAD_POLICY = 80  # board rows in the head: a first screen of the tallest policy panel (200 cost


# ~15 ms more to decode at start, for rows no first screen shows)
def cache_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".snapshot.json")


def config_key(config: Any) -> str:
    """What the cached snapshot depends on besides the store's data."""
    path = getattr(config, "path", None)
    text = ""
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            text = ""
    # the code that clusters, tags, classifies and builds the board: a snapshot an older engine
    # built is rebuilt, never shown as this one's reading (the version alone may not change)
    code = code_stamp("engine", "core", "flow")
    return json.dumps([__version__, code, str(path), text, bool(getattr(config, "demo", False))])


def head_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".json") + ".head.json")


def _write(f: Any, snapshot: models.Snapshot, *, key: str, fingerprint: str) -> None:
    """A header line, then one line per price series, then one line per story (JSON Lines):
    reading builds one row at a time, never the whole document as a tree."""
    rest = dataclasses.replace(snapshot, stories=[], prices=[], policy=[])
    top = {
        "key": key,
        "fingerprint": fingerprint,
        "fields": header(),
        "prices": len(snapshot.prices),
        "stories": len(snapshot.stories),
        "board": [board_row(status) for status in snapshot.policy],
        "snapshot": encode(rest),
    }
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    f.write(dump(top) + "\n")
    for series in snapshot.prices:
        f.write(dump(encode_series(series)) + "\n")
    story_names = fields(models.Story)
    for story in snapshot.stories:
        f.write(dump(row(story, story_names, STORY)) + "\n")


def _digest(body: bytes) -> str:
    return f"{zlib.crc32(body):08x}"


def _file_bytes(snapshot: models.Snapshot, *, key: str, fingerprint: str) -> bytes:
    """A file's bytes: the line naming the format, the body's size and CRC-32, then the body."""
    buf = io.StringIO()
    _write(buf, snapshot, key=key, fingerprint=fingerprint)
    body = buf.getvalue().encode("utf-8")
    first = {"format": FORMAT, "size": len(body), "crc32": _digest(body)}
    return json.dumps(first, separators=(",", ":")).encode("ascii") + b"\n" + body


def _body(f: Any) -> bytes | None:
    """The body of the open file ``f`` (binary), when its first line names this format and its
    bytes are those that line's size and CRC-32 say; else None (another format, damage)."""
    first = json.loads(f.readline(256))  # ~100 bytes: a damaged one is not read on and on
    if not isinstance(first, dict) or first.get("format") != FORMAT:
        return None
    size = first.get("size")
    if type(size) is not int or size < 0:
        return None
    body: bytes = f.read(size + 1)
    if len(body) != size or _digest(body) != first.get("crc32"):
        return None  # cut short, longer, or a byte changed: never decoded
    return body


def head(snapshot: models.Snapshot) -> models.Snapshot:
    """What the first paint needs: the newest stories, the board's first rows, each with all
    its evidence (the panel counts it: one piece of it said "1" over a row of two), and the
    whole snapshot's counts for the panels' titles."""
    return dataclasses.replace(
        snapshot,
        stories=snapshot.stories[:HEAD_STORIES],
        head_of=(len(snapshot.stories), sum(1 for s in snapshot.stories if s.relevant)),
        policy=snapshot.policy[:HEAD_POLICY],
        policy_of=len(snapshot.policy) if len(snapshot.policy) > HEAD_POLICY else None,
    )


def dumps(snapshot: models.Snapshot, *, key: str, fingerprint: str) -> tuple[str, str]:
    """The texts of the two files ``save`` writes (the whole snapshot, its head), for a file
    written elsewhere than a cache (the bundled demo's)."""
    whole, first = (
        _file_bytes(snap, key=key, fingerprint=fingerprint).decode("utf-8")
        for snap in (snapshot, head(snapshot))
    )
    return whole, first


def save(path: Path, snapshot: models.Snapshot, *, key: str, fingerprint: str) -> None:
    """Write ``snapshot`` (built from the store's data at ``fingerprint``) as the cache.

    When the last snapshot this process wrote there shows the same (stories, prices, board,
    metals, notes; only the build time, the source health and ``data_as_of`` differ, which a
    load takes from the store anyway: a refresh that brought nothing new), the files stay as
    they are and only a small stamp says that ``fingerprint`` builds what they hold."""
    last = stamp.LAST.get(path)
    content = stamp.content(snapshot)
    files = (path, head_path(path))
    if (
        last is not None
        and last.key == key
        and last.content == content
        and last.files == stamp.file_stats(files)
        and stamp.write(
            path, key, last.fingerprint, fingerprint, snapshot.data_as_of, encode(snapshot.sources)
        )
    ):
        stamp.LAST[path] = dataclasses.replace(last, content=content)
        return
    stamp.remove(stamp.stamp_path(path))
    for target, snap in ((head_path(path), head(snapshot)), (path, snapshot)):
        atomic_file.write(target, _file_bytes(snap, key=key, fingerprint=fingerprint))
        stamp.remove_orphans(target)
    stamp.LAST.clear()  # one cache per process; the newest write only
    stamp.LAST[path] = stamp.Written(key, fingerprint, content, stamp.file_stats(files))


def load(
    path: Path, *, key: str, relevant: int | None = None
) -> tuple[models.Snapshot, str] | None:
    """(snapshot, fingerprint it was built from), or None when there is no usable cache.
    ``relevant``: stop reading stories once that many relevant ones are read (a first screen)."""
    return _load(path, path, key=key, relevant=relevant)


def _load(
    path: Path, main: Path, *, key: str, relevant: int | None
) -> tuple[models.Snapshot, str] | None:
    files = (main, head_path(main))
    before = stamp.file_stats(files)  # before reading: a write meanwhile shows as a change
    try:
        with path.open("rb") as raw:
            body = _body(raw)
        if body is None:
            return None
        with io.BytesIO(body) as f:  # the body's buffer shared, read one line at a time
            data = json.loads(f.readline(), object_hook=hook)
            if not isinstance(data, dict):
                return None
            if data.get("key") != key or data.get("fields") != header():  # other models
                return None
            snap = data["snapshot"]
            if not isinstance(snap, models.Snapshot):
                return None
            snap.policy = read_board(data["board"])
            reader = Reader()
            story_names, series_names = data["fields"]["Story"], data["fields"]["PriceSeries"]
            loads = json.loads
            snap.prices = [
                reader.series(loads(f.readline()), series_names) for _ in range(data["prices"])
            ]
            snap.stories = stories = []
            for _ in range(data["stories"]):
                story = reader.story(loads(f.readline()), story_names)
                stories.append(story)
                if relevant is not None and story.relevant:
                    relevant -= 1
                    if relevant <= 0:
                        break
        fingerprint = str(data.get("fingerprint"))
        if path == main and relevant is None:  # all of it: what a later ``save`` compares with
            stamp.LAST.clear()
            stamp.LAST[main] = stamp.Written(key, fingerprint, stamp.content(snap), before)
        later = stamp.read(main, key, fingerprint)
        if later is not None:  # a later store state builds the same snapshot
            fingerprint = str(later["fingerprint"])
            snap.data_as_of = reader.when(later.get("data_as_of"))
            snap.sources = _stamped_sources(later.get("sources"), snap.sources)
        return snap, fingerprint
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _stamped_sources(stamped: Any, written: list[models.SourceHealth]) -> list[models.SourceHealth]:
    """The source health of the stamp's build, else that of the files' (an older stamp)."""
    try:
        health = decode(stamped) if isinstance(stamped, list) else None
    except (ValueError, KeyError, TypeError):
        return written
    if health and all(isinstance(h, models.SourceHealth) for h in health):
        return list(health)
    return written


def load_head(
    path: Path, *, key: str, relevant: int | None = None
) -> tuple[models.Snapshot, str] | None:
    """The head of the cached snapshot (see ``head``), or None; ``relevant`` as for ``load``."""
    return _load(head_path(path), path, key=key, relevant=relevant)
