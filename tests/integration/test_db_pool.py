"""The pool's reset skips asyncpg's RESET ALL round trip: prove a returned connection is still clean."""

from litestar import Litestar

from jobsfez.db import engine, fetchrow


async def test_a_connection_returned_inside_a_transaction_comes_back_rolled_back(app: Litestar, db: None) -> None:
    pool = engine().pool
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
