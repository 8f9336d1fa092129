"""Lifespans shared by the web and the worker process: database pool, Redis, arq pool."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings
from piccolo.engine.postgres import PostgresEngine
from redis.asyncio import Redis

from jobsfez.config import Settings
from jobsfez.db import database
from jobsfez.piccolo_app import APP_CONFIG


@dataclass(frozen=True, slots=True)
class Resources:
    settings: Settings
    db: PostgresEngine
    redis: Redis
    arq: ArqRedis


def arq_redis_settings(url: str) -> RedisSettings:
    # a worker checks its connection every 30 s, and exits (to be restarted) when Redis goes away
    settings = RedisSettings.from_dsn(url)
    settings.conn_timeout = 5
    settings.conn_retries = 3
    return settings


def open_database(database_url: str, *, pool_max: int = 10) -> AbstractAsyncContextManager[PostgresEngine]:
    """The database pool alone (commands, benchmarks), with every domain's tables on it."""
    return database(database_url, tables=APP_CONFIG.table_classes, pool_max=pool_max)


@asynccontextmanager
async def open_resources(settings: Settings) -> AsyncIterator[Resources]:
    async with open_database(settings.database_url, pool_max=settings.db_pool_max) as db:
        redis = Redis.from_url(settings.redis_url, decode_responses=False, health_check_interval=30)
        arq = await create_pool(arq_redis_settings(settings.redis_url))
        try:
            yield Resources(settings=settings, db=db, redis=redis, arq=arq)
        finally:
            await arq.aclose()
            await redis.aclose()
