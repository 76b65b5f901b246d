"""Alert commands given by a relative path with a slash run the script beside the config file,
however the config path was given (issue: ``./id`` with ``--config cfg.toml`` ran ``/usr/bin/id``).

Real processes: ``python -m tui snapshot`` on a local policy file whose entry fires a policy alert,
run from different working folders; the hook writes the alert JSON it reads on stdin to a file.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="shell scripts as hooks")

CONFIG = """
[[metals]]
id = "gallium"
name = "Gallium"

[[sources]]
name = "Declared"
kind = "policy-file"
url = "policy.toml"

[[alerts]]
name = "gallium halted"
when = "policy"
metal = "gallium"
status = "suspended"
command = ["./{script}"]
"""
POLICY = '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\nstatus = "suspended"\n'


def setup(folder: Path, script: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "cfg.toml").write_text(CONFIG.format(script=script), encoding="utf-8")
    (folder / "policy.toml").write_text(POLICY, encoding="utf-8")
    hook = folder / script
    # the alert's JSON comes on stdin: the safe way to hand headline text to a script
    hook.write_text('#!/bin/sh\ncat > "$(dirname "$0")/ran.json"\n', encoding="utf-8")
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR)
    return folder / "ran.json"


def snapshot(cwd: Path, config: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--config", config],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


@pytest.mark.parametrize(
    ("where", "config", "script"),
    [
        ("conf", "cfg.toml", "id"),  # the config in the working folder; a name PATH also has
        (".", "conf/cfg.toml", "hook.sh"),  # the config below the working folder
        ("elsewhere", "../conf/cfg.toml", "hook.sh"),  # a sibling folder
    ],
)
def test_a_relative_hook_runs_the_script_beside_the_config(
    tmp_path: Path, where: str, config: str, script: str
) -> None:
    ran = setup(tmp_path / "conf", script)
    cwd = (tmp_path / where).resolve()
    cwd.mkdir(exist_ok=True)
    proc = snapshot(cwd, config)
    assert proc.returncode == 0, proc.stderr
    assert "command not found" not in proc.stderr and "Traceback" not in proc.stderr
    alert = json.loads(ran.read_text(encoding="utf-8"))
    assert alert["rule"] == "gallium halted" and alert["metal"] == "gallium"
