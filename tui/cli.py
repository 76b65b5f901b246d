"""The ``metalwatch`` command: run (default), snapshot, check, init, watch, serve."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from tui.core import paths

if TYPE_CHECKING:
    import argparse

    from tui.core.config_types import Config

EXIT_OK, EXIT_ALL_FAILED, EXIT_CONFIG = 0, 3, 2
EXIT_LOCKED = 4  # the cache was locked by another program past the busy timeout
_ENDED: set[str] = set()  # "dashboard" once the app has run (``entry`` leaves at once then)


def _load(args: argparse.Namespace) -> Config:
    # `check` also refuses a local source file that is not there yet; the other commands run
    # and report that source as failing until it is
    from tui.core.config import load_config

    strict = (args.command or "run") == "check"
    return load_config(args.config, demo=bool(args.demo), strict=strict)


def _config_error(exc: Exception) -> str:
    """A :class:`ConfigError` as printed: one ``metalwatch: config error:`` line per problem."""
    return f"metalwatch: config error: {exc}".replace("\n", "\nmetalwatch: config error: ")


def _check_files(config: Config, described: str) -> int:
    """``check``'s look at the config's local files; one that delivers nothing: exit 2."""
    from tui.flow.local_check import check_report

    said, local, failing = check_report(config)
    for line in said:  # warnings and notes, then the failing sources
        print(f"metalwatch: {line}", file=sys.stderr)
    if failing:
        return EXIT_CONFIG
    print(described)
    if local:
        print("  local files:\n" + "\n".join(f"    {line}" for line in local))
    return EXIT_OK


def cmd_snapshot(args: argparse.Namespace, config: Config) -> int:
    from datetime import datetime, timezone

    from tui.core.fmt import write_json_indented
    from tui.flow.config_warnings import say_warnings
    from tui.flow.health import on_demo_clock
    from tui.flow.oneshot import Stopped, fetch_all, report, run_stoppable
    from tui.flow.snapshot import build_snapshot, to_json, to_text
    from tui.flow.snapshot_command import (
        alerts_of,
        drop_damaged,
        note_cache,
        note_failures,
        run_alert_hooks,
    )
    from tui.flow.store_open import CacheWatch, cached_snapshot, open_store
    from tui.flow.text_width import fit_text, text_width

    warnings = say_warnings(config, None if args.json else sys.stderr)  # in the JSON, else here
    store = open_store(config)  # StoreError: see main()
    cache = CacheWatch(store)
    try:
        outcomes = []
        if not args.offline:
            try:
                outcomes = run_stoppable(fetch_all(config, store, force=bool(args.force)))
            except Stopped as stop:
                print(f"metalwatch: stopped ({stop})", file=sys.stderr)
                return 128 + stop.signum
            report(outcomes, sys.stderr)
        snap = build_snapshot(config, store, reuse=cached_snapshot(config, store))
        if config.demo:  # generated_at is the demo's clock: the sources' times with it
            now = datetime.now(timezone.utc)
            snap.notes.append(on_demo_clock(list(snap.sources), snap.generated_at, now))
        alerts = alerts_of(config, store, snap, sys.stderr)
        failed_all = note_failures(snap, config, outcomes, offline=bool(args.offline))
        if notice := cache.new_notice():
            print(f"metalwatch: {notice}", file=sys.stderr)
        note_cache(snap, store, outcomes)
        drop_damaged(snap, store, outcomes)
        if args.json:
            write_json_indented(to_json(snap, warnings), sys.stdout)
        else:  # fitted to COLUMNS (or the terminal's width), as command-line tools are
            text = to_text(snap, show_all=bool(args.all_stories))
            if alerts:
                text += f"\nALERTS ({len(alerts)})\n" + "".join(f"  {a.line()}\n" for a in alerts)
            sys.stdout.write(fit_text(text, text_width(os.environ, sys.stdout)))
        run_alert_hooks(config, store, alerts, sys.stderr)
        if store.locked:
            return EXIT_LOCKED
        if not config.sources:
            return EXIT_OK
        return EXIT_ALL_FAILED if failed_all else EXIT_OK
    finally:
        store.close()


def cmd_watch(args: argparse.Namespace, config: Config) -> int:
    from tui.flow.config_reload import ConfigReload
    from tui.flow.watch import run_watch

    reload = None if args.once or config.demo else ConfigReload(config)  # an edit: read again
    return run_watch(
        config,
        once=bool(args.once),
        as_json=bool(args.json),
        force=bool(args.force),
        reload=reload,
    )


def cmd_init(args: argparse.Namespace) -> int:
    target: Path = args.path or paths.config_file()
    if target.exists() and not args.force:
        print(f"metalwatch: {target} exists; use --force to overwrite it", file=sys.stderr)
        return EXIT_CONFIG
    try:
        if target.exists() and not target.is_file():
            raise OSError(0, "not a regular file (a folder, a pipe, a device)")
        if blocker := next((p for p in target.parents if p.exists()), None):
            if not blocker.is_dir():
                raise OSError(0, f"{blocker} is a file, not a folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.default_config_file(), target)
    except OSError as exc:  # shutil.SpecialFileError (a named pipe) is one too
        why = exc.strerror or str(exc)
        print(f"metalwatch: cannot write {target}: {why}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"wrote {target}; check it with: metalwatch check --config {target}")
    return EXIT_OK


def cmd_run(args: argparse.Namespace, config: Config, *, recheck: bool = False) -> int:
    """The dashboard. ``recheck``: ``config`` came from the config cache unvalidated; the app
    validates the file right after its first paint and ends, as a start with a broken config
    does, if it is not valid after all."""
    from tui.ui.app import MetalwatchApp

    app = MetalwatchApp(config, recheck=(lambda: _recheck(args, config)) if recheck else None)
    app.run()
    for note in app.exit_notes:  # what the quit could not save (the screen is gone)
        print(f"metalwatch: {note}", file=sys.stderr)
    if app.config_error is not None:
        print(_config_error(app.config_error), file=sys.stderr)
        return EXIT_CONFIG
    return app.return_code or 0


def _recheck(args: argparse.Namespace, cached: Config) -> Config:
    """The config file validated again (the app calls it after its first paint, in a thread);
    the cache follows: forgotten when the file is broken after all, renewed when it differs."""
    from tui.core import config_cache
    from tui.core.config import ConfigError

    try:
        fresh = _load(args)
    except ConfigError:
        config_cache.forget(demo=bool(args.demo))
        raise
    if fresh != cached:
        config_cache.save(fresh, args.config, demo=bool(args.demo))
    return fresh


def _start(args: argparse.Namespace) -> int:
    """``metalwatch`` (run): a config byte for byte as validated last time paints first and is
    validated after the paint (``tui.core.config_cache``); any other is validated before."""
    from tui.core import config_cache

    cached = config_cache.load(args.config, demo=bool(args.demo))
    if cached is not None:
        return cmd_run(args, cached, recheck=True)
    from tui.core.config import ConfigError

    try:
        config = _load(args)
    except ConfigError as exc:
        config_cache.forget(demo=bool(args.demo))
        print(_config_error(exc), file=sys.stderr)
        return EXIT_CONFIG
    config_cache.save(config, args.config, demo=bool(args.demo))
    return cmd_run(args, config)


def _parse(argv: list[str]) -> argparse.Namespace:
    from tui.cli_parser import build_parser

    args = build_parser().parse_args(argv)
    args.config = getattr(args, "config", None)
    args.demo = getattr(args, "demo", False)
    return args


def _json_error(args: argparse.Namespace, code: int, error: str, problems: list[str]) -> None:
    """``snapshot --json`` or ``watch --json`` that ends before it has data: stdout still holds
    one JSON document (on one line for ``watch``, whose stdout is one JSON object a line)."""
    if args.command in ("snapshot", "watch") and getattr(args, "json", False):
        from tui.flow.exit_words import error_document

        one_line = args.command == "watch"
        sys.stdout.write(error_document(code, error, problems, one_line=one_line))


def _plain_start(argv: list[str]) -> argparse.Namespace | None:
    """``metalwatch`` and ``metalwatch --demo`` as ``_parse`` reads them, without building the
    parser (importing argparse and building every command's parser: ~7 ms of every start);
    None for any other command line."""
    if argv and argv != ["--demo"]:
        return None
    return SimpleNamespace(command=None, config=None, demo=bool(argv))  # type: ignore[return-value]


def _kept_code() -> None:
    """The app's modules given their code kept from an earlier start (``module_code``)."""
    from tui.core import module_code

    with contextlib.suppress(Exception):  # a start does not fail for want of it
        module_code.install(str(paths.cache_dir()))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _plain_start(argv) or _parse(argv)
    command = args.command or "run"
    if args.demo and args.config is not None:  # the demo's config would run, this one unread
        said = "--demo runs the bundled demo config: leave out --config or --demo"
        print(f"metalwatch: {said}", file=sys.stderr)
        _json_error(args, EXIT_CONFIG, "config", [said])
        return EXIT_CONFIG
    if command == "init":
        return cmd_init(args)
    if command == "run":
        from tui.ui import start_gc

        start_gc.hold()  # until the app's first paint (the app takes the hold over)
        _kept_code()
        try:
            return _start(args)
        finally:
            start_gc.release()
            _ENDED.add("dashboard")  # its heap is not freed object by object (``entry``)
    from tui.core.config import ConfigError, describe

    try:
        config = _load(args)
    except ConfigError as exc:
        print(_config_error(exc), file=sys.stderr)
        _json_error(args, EXIT_CONFIG, "config", str(exc).splitlines())
        return EXIT_CONFIG
    if command == "check":
        from tui.ui.themes import load_themes  # the theme files the app would skip, said here

        theme_problems = load_themes()[1]
        for problem in theme_problems:
            print(f"metalwatch: config error: {problem}", file=sys.stderr)
        if theme_problems:
            return EXIT_CONFIG
        return _check_files(config, describe(config))
    from tui.store import StoreError

    try:
        if command == "snapshot":
            return cmd_snapshot(args, config)
        if command == "watch":
            return cmd_watch(args, config)
    except StoreError as exc:  # another program held the cache locked past the busy timeout
        from tui.flow.cache_words import command_locked

        print(f"metalwatch: {command_locked(exc)}", file=sys.stderr)
        _json_error(args, EXIT_LOCKED, "cache-locked", [command_locked(exc)])
        return EXIT_LOCKED
    except KeyboardInterrupt:  # Ctrl+C outside the fetch (opening the store, printing)
        print("metalwatch: stopped (SIGINT)", file=sys.stderr)
        return 130
    from tui.serve import run_serve  # the last command: serve

    sessions = args.max_sessions if args.max_sessions is not None else config.app.max_sessions
    return run_serve(args.host, args.port, args.config, bool(args.demo), sessions)


def entry() -> None:
    """The console command: ``main``; a reader that closed the pipe early is no error."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        code = EXIT_OK
    if "dashboard" in _ENDED:  # all it saves at the quit is saved: leave at once
        from tui.core.quick_exit import end

        end(code)
    sys.exit(code)
