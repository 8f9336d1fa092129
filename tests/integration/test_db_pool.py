"""The pool's reset skips asyncpg's RESET ALL round trip: prove a returned connection is still clean."""

import re
from pathlib import Path

from litestar import Litestar

from jobsfez.db import engine_of, fetchrow

ROOT = Path(__file__).resolve().parents[2]
# statements that would leave state on a pooled connection for the next request to inherit
SESSION_STATE = re.compile(
    r"\bSET\s+(SESSION\s+)?(ROLE|TIME\s+ZONE|search_path|\w+_timeout|work_mem|jit|enable_\w+|default_\w+)\b|"
    r"set_config\([^)]*false\s*\)|\bLISTEN\b|pg_advisory_lock|\bDECLARE\b|\bPREPARE\b",
)  # SQL keywords are written in capitals here


async def test_a_connection_returned_inside_a_transaction_comes_back_rolled_back(app: Litestar, db: None) -> None:
    pool = engine_of().pool
    assert pool is not None
    async with pool.acquire() as connection:
        await connection.execute("BEGIN")
        await connection.execute("CREATE TEMP TABLE left_behind (n int) ON COMMIT DROP")
        backend = await connection.fetchval("SELECT pg_backend_pid()")
    async with pool.acquire() as connection:
        assert not connection.is_in_transaction()
        assert await connection.fetchval("SELECT pg_backend_pid()") == backend  # the same connection, reused
        assert await connection.fetchval("SELECT to_regclass('pg_temp.left_behind')") is None


async def test_queries_still_run_after_many_returns(app: Litestar, db: None) -> None:
    for n in range(50):
        row = await fetchrow("SELECT $1::int AS n", n)
        assert row == {"n": n}


def test_no_code_leaves_session_state_on_a_pooled_connection() -> None:
    offenders = []
    for path in [*(ROOT / "src" / "jobsfez").rglob("*.py"), *(ROOT / "workers").rglob("*.py")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SESSION_STATE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "reset=_keep_session in jobsfez/db.py relies on none of these:\n" + "\n".join(offenders)
