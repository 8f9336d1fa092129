"""The database engine: built in a lifespan, bound to every table, closed on the way out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from asyncpg import Record  # type: ignore[import-untyped]
from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine.postgres import PostgresEngine
from piccolo.table import Table

from jobsfez.piccolo_app import APP_CONFIG


def make_engine(database_url: str) -> PostgresEngine:
    # extensions=() because migrations own the schema; Piccolo would otherwise CREATE EXTENSION at start.
    return PostgresEngine(config={"dsn": database_url}, extensions=())


def bind_tables(engine: PostgresEngine) -> None:
    for table in APP_CONFIG.table_classes:
        table._meta.db = engine


@asynccontextmanager
async def database(database_url: str, *, pool_max: int = 10) -> AsyncIterator[PostgresEngine]:
    """Open a pool for this process and point every table at it."""
    engine = make_engine(database_url)
    await engine.start_connection_pool(min_size=1, max_size=pool_max, reset=_keep_session)
    previous = {table: table._meta._db for table in APP_CONFIG.table_classes}
    bind_tables(engine)
    try:
        yield engine
    finally:
        await engine.close_connection_pool()
        for table, earlier in previous.items():  # a nested lifespan (a second app in tests) hands back
            table._meta._db = earlier


async def _keep_session(connection: object) -> None:
    """What a connection returned to the pool needs beyond asyncpg's own clean-up: nothing.

    asyncpg always rolls back a transaction left open; its default reset then sends "RESET ALL; UNLISTEN *;
    CLOSE ALL; pg_advisory_unlock_all()", one more round trip for every query. This code never changes session
    state (settings are local to a transaction, and there is no listening, advisory lock or cursor outside a
    transaction), so that round trip would undo nothing; tests/integration/test_db_pool.py checks the pool
    still cleans up, and that no such statement appears in the code.
    """


def sql_migration(migration_id: str, description: str, sql: str) -> MigrationManager:
    """A migration that runs one SQL script, which is what each schema change here is."""
    manager = MigrationManager(migration_id=migration_id, app_name="jobsfez", description=description)

    async def run() -> None:
        await execute_script(sql)

    manager.add_raw(run)
    return manager


def engine_of(table: type[Table] | None = None) -> PostgresEngine:
    engine = (table or APP_CONFIG.table_classes[0])._meta.db
    assert isinstance(engine, PostgresEngine)
    return engine


async def execute_script(sql: str, engine: PostgresEngine | None = None) -> None:
    """Run several SQL statements at once (migrations), inside the current transaction when there is one."""
    engine = engine or engine_of()
    transaction = engine.current_transaction.get()
    if transaction is not None:
        await transaction.connection.execute(sql)
        return
    connection = await engine.get_new_connection()
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def fetch(sql: str, *args: Any) -> list[dict[str, Any]]:
    """A query Piccolo cannot express (locks, upserts, search ranking): asyncpg $n parameters, dict rows."""
    return [dict(row) for row in await fetch_rows(sql, *args)]


async def fetch_rows(sql: str, *args: Any) -> list[Record]:
    """``fetch`` without the copy into dicts: asyncpg's read-only records, for the search page, where copying
    a page of 25-column rows was a measurable part of a request."""
    engine = engine_of()
    transaction = engine.current_transaction.get()
    if transaction is not None:
        rows: list[Record] = await transaction.connection.fetch(sql, *args)
        return rows
    assert engine.pool is not None, "the database lifespan is not running"
    async with engine.pool.acquire() as connection:
        rows = await connection.fetch(sql, *args)
    return rows


async def fetchrow(sql: str, *args: Any) -> dict[str, Any] | None:
    rows = await fetch(sql, *args)
    return rows[0] if rows else None
