"""Alerts delivered: the command hook with real child processes (the alert's JSON on stdin, a
timeout, a failure reported, the rule's command else the global one), and a JSON line that stays
one line for a line reader.
"""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

from alerts_data import COPPER_CSV, config_from, price_source, refresh, sample_alert

from tui.flow.alerts import AlertEngine
from tui.flow.deliver import deliver_command, run_hooks
from tui.flow.snapshot import build_snapshot
from tui.flow.watch import deliver
from tui.store import Store


def test_command_receives_the_alert_json_on_stdin(tmp_path: Path) -> None:
    got = tmp_path / "got.json"
    argv = [
        sys.executable,
        "-c",
        "import sys; open(sys.argv[1], 'w', encoding='utf-8').write(sys.stdin.read()); "
        "open(sys.argv[1] + '.args', 'w', encoding='utf-8').write('\\n'.join(sys.argv[2:]))",
        str(got),
        "{title}",
        "metal={metal}",
    ]
    alert = sample_alert()
    assert deliver_command(alert, argv, timeout=20) is None
    doc = json.loads(got.read_text(encoding="utf-8"))
    assert doc == alert.to_json()
    assert doc["schema"] == "metalwatch.alert/1" and doc["fired_at"] == "2026-05-01T12:00:00Z"
    assert doc["data"]["value"] == 13483.75153846154
    args = Path(f"{got}.args").read_text(encoding="utf-8").splitlines()
    assert args == ["Copper above 10k", "metal=copper"]


def test_command_timeout_stops_the_child(tmp_path: Path) -> None:
    started = time.monotonic()
    problem = deliver_command(
        sample_alert(), [sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5
    )
    assert time.monotonic() - started < 10
    assert problem is not None and "did not finish within 0.5 s" in problem


def test_command_failure_is_reported_not_raised(tmp_path: Path) -> None:
    failing = [
        sys.executable,
        "-c",
        "import sys; sys.stderr.write('no route to chat\\n'); sys.exit(3)",
    ]
    problem = deliver_command(sample_alert(), failing, timeout=20)
    assert problem is not None
    assert problem.endswith("exited with status 3: no route to chat")
    missing = deliver_command(sample_alert(), [str(tmp_path / "no-such-program")], timeout=5)
    assert missing == f"command not found: {tmp_path / 'no-such-program'}"


def test_hooks_use_the_rule_command_else_the_global_one_and_failures_are_logged(
    tmp_path: Path,
) -> None:
    out_global = tmp_path / "global.jsonl"
    writer = "import sys; f = open(sys.argv[1], 'a', encoding='utf-8'); f.write(sys.stdin.read())"
    app = f"alert_command = {json.dumps([sys.executable, '-c', writer, str(out_global)])}\n"
    body = (
        price_source("FRED copper", "copper", "PCOPPUSDM", COPPER_CSV)
        + '[[alerts]]\nname = "global hook"\nwhen = "price"\nmetal = "copper"\nabove = 10000\n'
        + '[[alerts]]\nname = "own hook"\nwhen = "price"\nmetal = "copper"\nabove = 11000\n'
        + f"command = {json.dumps([sys.executable, '-c', 'import sys; sys.exit(7)'])}\n"
        + '[[alerts]]\nname = "no hook"\nwhen = "price"\nmetal = "copper"\nabove = 12000\n'
        + "command = []\n"
    )
    config = config_from(tmp_path, body, app)
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        engine = AlertEngine(config, store)
        fired = engine.evaluate(build_snapshot(config, store))
        assert [a.rule for a in fired] == ["global hook", "own hook", "no hook"]
        err = io.StringIO()
        failed = deliver(fired, config, engine, out=io.StringIO(), err=err)
        assert [(a.rule, p.endswith("exited with status 7")) for a, p in failed] == [
            ("own hook", True)
        ]
        assert "metalwatch: alert 'own hook': command failed:" in err.getvalue()
        (doc,) = [json.loads(ln) for ln in out_global.read_text(encoding="utf-8").splitlines()]
        assert doc["rule"] == "global hook" and doc["data"]["threshold"] == 10000.0
        log = {e["rule"]: e for e in store.load_alerts()}
        assert log["own hook"]["delivery"].startswith("command failed: python")
        assert log["global hook"]["delivery"] is None


def test_run_hooks_skips_alerts_without_a_command() -> None:
    assert run_hooks([sample_alert()]) == []


def test_a_json_line_stays_one_line_for_a_line_reader() -> None:
    """Noticed by the life audit: `watch --json` (and the JSON a command reads on stdin) kept
    U+2028 raw, and `str.splitlines` (as JavaScript before ES2019) split the record there."""
    import json

    from tui.core.fmt import json_line

    value = {"title": "Copper\u2028falls\u2029again\x85 — café", "n": 1}
    line = json_line(value)
    assert len(line.splitlines()) == 1 and json.loads(line) == value
    assert "café" in line and "—" in line, "the rest stays as it is, not ASCII-escaped"
