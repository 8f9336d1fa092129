"""The database: the engine a lifespan opens, what queries share, and SQL for what Piccolo cannot say.

Queries are Piccolo's query builder on the tables of each domain (``tables.py``); ``fetch`` runs SQL for the
few statements it cannot express readably (see docs/DESIGN.md). Both run on the one engine ``database()``
opened, and inside the transaction ``transaction()`` started, when there is one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from asyncpg import Record  # type: ignore[import-untyped]
from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import JSON
from piccolo.engine.finder import engine_finder
from piccolo.engine.postgres import PostgresEngine, PostgresTransaction
from piccolo.querystring import QueryString
from piccolo.table import Table

TableT = TypeVar("TableT", bound=Table)

# PostgreSQL's clock in a statement: now() is the time the transaction began, the same for all its rows;
# clock_timestamp() moves on within it. Stored times and the comparisons with them use the database's clock,
# never the app's, as the schema's defaults do.
NOW = QueryString("now()")
CLOCK = QueryString("clock_timestamp()")
DEFAULT = QueryString("DEFAULT")

_engine: PostgresEngine | None = None  # set by database() while it runs


def make_engine(database_url: str) -> PostgresEngine:
    # extensions=() because migrations own the schema; Piccolo would otherwise CREATE EXTENSION at start.
    return PostgresEngine(config={"dsn": database_url}, extensions=())


@asynccontextmanager
async def database(
    database_url: str, *, tables: Sequence[type[Table]], pool_max: int = 10
) -> AsyncIterator[PostgresEngine]:
    """Open a pool for this process, point the given tables at it, and make it the engine of every query."""
    global _engine
    engine = make_engine(database_url)
    await engine.start_connection_pool(min_size=1, max_size=pool_max, reset=_keep_session)
    earlier_tables = {table: table._meta._db for table in tables}
    earlier_engine = _engine
    for table in tables:
        table._meta.db = engine
    _engine = engine
    try:
        yield engine
    finally:
        await engine.close_connection_pool()
        # a nested lifespan (a second app in tests) hands back what the outer one set
        _engine = earlier_engine
        for table, earlier in earlier_tables.items():
            table._meta._db = earlier


def engine() -> PostgresEngine:
    """The engine of the running ``database()``; in Piccolo's own command (migrations), piccolo_conf's."""
    found = _engine if _engine is not None else engine_finder()
    if not isinstance(found, PostgresEngine):
        raise RuntimeError("no database: open one with jobsfez.db.database()")
    return found


def transaction(*, allow_nested: bool = True) -> PostgresTransaction:
    """A transaction that every query inside ``async with`` joins; nested, it is the outer one (no savepoint)."""
    return engine().transaction(allow_nested=allow_nested)


def new_row(table: type[TableT], **given: Any) -> TableT:
    """A row to insert: the columns given, and the schema's DEFAULT for every other one.

    Piccolo writes every column of an insert and fills the ones not given from Python; DEFAULT leaves them to
    PostgreSQL, as an INSERT naming only some columns does: its clock for the times, its generated columns.
    A JSON column must be given, since Piccolo would serialise the DEFAULT standing in it.
    """
    names = {column._meta.name for column in table._meta.columns}
    if unknown := given.keys() - names:
        raise ValueError(f"{table.__name__} has no column {', '.join(sorted(unknown))}")
    if missing := [c._meta.name for c in table._meta.columns if isinstance(c, JSON) and c._meta.name not in given]:
        raise ValueError(f"{table.__name__}: give the JSON column {', '.join(missing)}")
    return table({column: given.get(column._meta.name, DEFAULT) for column in table._meta.columns})


async def _keep_session(connection: object) -> None:
    """What a connection returned to the pool needs beyond asyncpg's own clean-up: nothing.

    asyncpg always rolls back a transaction left open; its default reset then sends "RESET ALL; UNLISTEN *;
    CLOSE ALL; pg_advisory_unlock_all()", one more round trip for every query. This code never changes session
    state (settings are local to a transaction, and there is no listening, advisory lock or cursor outside a
    transaction), so that round trip would undo nothing; tests/integration/test_db_pool.py checks the pool
    still cleans up what asyncpg does.
    """


def sql_migration(migration_id: str, description: str, sql: str) -> MigrationManager:
    """A migration that runs one SQL script, which is what each schema change here is."""
    manager = MigrationManager(migration_id=migration_id, app_name="jobsfez", description=description)

    async def run() -> None:
        await execute_script(sql)

    manager.add_raw(run)
    return manager


async def execute_script(sql: str) -> None:
    """Run several SQL statements at once (migrations), inside the current transaction when there is one."""
    current = engine()
    transaction = current.current_transaction.get()
    if transaction is not None:
        await transaction.connection.execute(sql)
        return
    connection = await current.get_new_connection()
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def copy_records(table: str, columns: Sequence[str], records: Iterable[tuple[Any, ...]]) -> None:
    """Many rows at once by COPY, inside the current transaction (which must be open): an INSERT per row, even
    batched by executemany, costs a round of parsing and planning per row."""
    transaction = engine().current_transaction.get()
    if transaction is None:
        raise RuntimeError("copy_records runs inside a transaction")
    await transaction.connection.copy_records_to_table(table, records=records, columns=list(columns))


async def ping() -> None:
    """Raise unless PostgreSQL answers (the health check)."""
    await fetch("SELECT 1")


async def fetch(sql: str, *args: Any) -> list[dict[str, Any]]:
    """A statement Piccolo cannot express readably (see docs/DESIGN.md): asyncpg $n parameters, dict rows."""
    return [dict(row) for row in await fetch_rows(sql, *args)]


async def fetch_rows(sql: str, *args: Any) -> list[Record]:
    """``fetch`` without the copy into dicts: asyncpg's read-only records, for the search page, where copying
    a page of 25-column rows was a measurable part of a request."""
    current = engine()
    transaction = current.current_transaction.get()
    if transaction is not None:
        rows: list[Record] = await transaction.connection.fetch(sql, *args)
        return rows
    assert current.pool is not None, "the database lifespan is not running"
    async with current.pool.acquire() as connection:
        rows = await connection.fetch(sql, *args)
    return rows


async def fetchrow(sql: str, *args: Any) -> dict[str, Any] | None:
    rows = await fetch(sql, *args)
    return rows[0] if rows else None
