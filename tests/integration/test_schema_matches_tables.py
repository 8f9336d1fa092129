"""The Piccolo tables say what the migrated schema holds, column by column, so that no tables.py can lie.

Migrations are hand-written SQL and the tables are written again by hand; this holds the two together. Each
column is compared by its type as PostgreSQL spells it (length and precision included), whether it takes NULL,
whether it is the primary key, and where its foreign key points (and what deleting the target does).
"""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from piccolo.columns import (
    JSON,
    JSONB,
    UUID,
    Array,
    BigInt,
    BigSerial,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    Real,
    Serial,
    SmallInt,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table

from jobsfez.db import fetch
from jobsfez.piccolo_app import APP_CONFIG
from jobsfez.postings.tables import TSVector

BOOKKEEPING = {"migration"}  # Piccolo's record of the migrations run: no table of ours

# Piccolo's column classes as PostgreSQL's format_type() names them (a subclass before its base class).
TYPES: list[tuple[type[Column], str]] = [
    (BigSerial, "bigint"),
    (Serial, "integer"),
    (BigInt, "bigint"),
    (SmallInt, "smallint"),
    (Integer, "integer"),
    (Text, "text"),
    (Boolean, "boolean"),
    (Real, "real"),
    (UUID, "uuid"),
    (Timestamptz, "timestamp with time zone"),
    (Date, "date"),
    (JSONB, "jsonb"),
    (JSON, "json"),
    (TSVector, "tsvector"),
]
ON_DELETE = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

COLUMNS_SQL = """
    SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable, coalesce(p.contype = 'p', false) AS primary_key,
           f.relname AS target_table, fa.attname AS target_column, k.confdeltype::text AS on_delete
    FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_constraint p ON p.conrelid = c.oid AND p.contype = 'p' AND p.conkey = ARRAY[a.attnum]
    LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f' AND k.conkey = ARRAY[a.attnum]
    LEFT JOIN pg_class f ON f.oid = k.confrelid
    LEFT JOIN pg_attribute fa ON fa.attrelid = k.confrelid AND ARRAY[fa.attnum] = k.confkey
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
    ORDER BY c.relname, a.attnum"""


def spelled(column: Column) -> str:
    """The column's type as format_type() spells it."""
    if isinstance(column, ForeignKey):
        return spelled(column._foreign_key_meta.resolved_target_column)
    if isinstance(column, Varchar):
        return f"character varying({column.length})"
    if isinstance(column, Numeric):
        return f"numeric({column.precision},{column.scale})" if column.digits else "numeric"
    if isinstance(column, Array):
        return f"{spelled(column.base_column)}[]"
    return next(name for kind, name in TYPES if isinstance(column, kind))


def said_by_piccolo(table: type[Table]) -> dict[str, dict[str, Any]]:
    described = {}
    for column in table._meta.columns:
        target = None
        if isinstance(column, ForeignKey):
            meta = column._foreign_key_meta
            target = (
                meta.resolved_references._meta.tablename,
                meta.resolved_target_column._meta.db_column_name,
                meta.on_delete.value,
            )
        described[column._meta.db_column_name] = {
            "type": spelled(column),
            "nullable": column._meta.null,
            "primary_key": column._meta.primary_key,
            "foreign_key": target,
        }
    return described


@pytest.fixture(scope="module")
async def schema(app: Litestar) -> dict[str, dict[str, dict[str, Any]]]:
    """Every table of the migrated schema, as said_by_piccolo describes a table."""
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for row in await fetch(COLUMNS_SQL):
        target = None
        if row["target_table"] is not None:
            target = (row["target_table"], row["target_column"], ON_DELETE[row["on_delete"]])
        tables.setdefault(row["table_name"], {})[row["column_name"]] = {
            "type": row["type"],
            "nullable": row["nullable"],
            "primary_key": row["primary_key"],
            "foreign_key": target,
        }
    return tables


async def test_every_table_of_the_schema_has_a_piccolo_table(schema: dict[str, Any]) -> None:
    declared = {table._meta.tablename for table in APP_CONFIG.table_classes}
    assert declared == schema.keys() - BOOKKEEPING


@pytest.mark.parametrize("table", APP_CONFIG.table_classes, ids=lambda table: table._meta.tablename)
async def test_a_piccolo_table_has_its_tables_columns(table: type[Table], schema: dict[str, Any]) -> None:
    assert said_by_piccolo(table) == schema.get(table._meta.tablename)
