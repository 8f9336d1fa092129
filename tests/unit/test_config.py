"""Settings read from the environment: the database pool's size, the proxies believed, the search result cache."""

import pytest

from jobsfez.config import Settings, default_pool_max

ENV = {"DATABASE_URL": "postgresql://db/jobsfez", "REDIS_URL": "redis://cache/0"}


@pytest.mark.parametrize(("cores", "pool"), [(None, 4), (1, 4), (2, 4), (3, 6), (4, 8), (5, 10), (64, 10)])
def test_the_pool_holds_twice_the_cores_from_4_to_10(cores: int | None, pool: int) -> None:
    assert default_pool_max(cores) == pool


def test_db_pool_max_sets_the_pool() -> None:
    assert Settings.from_env({**ENV, "DB_POOL_MAX": "16"}).db_pool_max == 16
    assert Settings.from_env(ENV).db_pool_max >= 4


@pytest.mark.parametrize("value", ["0", "-3", "ten", "4.5", "101"])
def test_a_pool_size_that_makes_no_sense_stops_the_start(value: str) -> None:
    with pytest.raises(RuntimeError, match="DB_POOL_MAX"):
        Settings.from_env({**ENV, "DB_POOL_MAX": value})


def test_no_proxy_is_trusted_unless_one_is_configured() -> None:
    assert Settings.from_env({**ENV, "JOBSFEZ_ENV": "production", "SECRET_KEY": "k" * 40}).trusted_proxies == ()
    configured = Settings.from_env({**ENV, "FORWARDED_ALLOW_IPS": "10.0.0.0/8, 192.0.2.7"})
    assert configured.trusted_proxies == ("10.0.0.0/8", "192.0.2.7")


@pytest.mark.parametrize(("value", "on"), [(None, True), ("on", True), ("off", False)])
def test_search_result_cache_is_on_unless_turned_off(value: str | None, on: bool) -> None:
    env = ENV if value is None else {**ENV, "SEARCH_RESULT_CACHE": value}
    assert Settings.from_env(env).search_result_cache is on


@pytest.mark.parametrize("value", ["0", "false", "OFF", "no"])
def test_a_search_result_cache_value_that_is_not_on_or_off_stops_the_start(value: str) -> None:
    with pytest.raises(RuntimeError, match="SEARCH_RESULT_CACHE"):
        Settings.from_env({**ENV, "SEARCH_RESULT_CACHE": value})
