"""What a production process does once it has started, beyond what a test process does."""

import dataclasses
import gc

from litestar import Litestar

from jobsfez.app import create_app
from jobsfez.config import Settings


async def test_a_production_app_keeps_its_startup_objects_out_of_garbage_collections(
    app: Litestar, settings: Settings
) -> None:
    assert gc.get_freeze_count() == 0  # the test app: tests start many apps, and frozen objects are never freed
    production = create_app(dataclasses.replace(settings, environment="production"))
    try:
        async with production.lifespan():
            assert gc.get_freeze_count() > 10_000  # modules, routes, compiled code: walked by no collection now
    finally:
        gc.unfreeze()
