"""Apply the migrations with Piccolo's own command, as the release process does."""

from __future__ import annotations

import os
import subprocess
import sys


def migrate(database_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "PICCOLO_CONF": "jobsfez.piccolo_conf"}
    result = subprocess.run(
        [sys.executable, "-m", "piccolo.main", "migrations", "forwards", "all"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or "error" in result.stdout.lower():
        raise RuntimeError(f"migrations failed:\n{result.stdout}\n{result.stderr}")
