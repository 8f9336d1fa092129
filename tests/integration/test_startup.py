"""What a production process does once it has started, beyond what a test process does."""

import dataclasses
import gc

from litestar import Litestar

from jobsfez.app import YOUNG_OBJECTS_BEFORE_A_COLLECTION, create_app
from jobsfez.config import Settings


async def test_a_production_app_tunes_garbage_collection_and_a_test_app_does_not(
    app: Litestar, settings: Settings
) -> None:
    assert gc.get_freeze_count() == 0  # the test app: tests start many apps, and frozen objects are never freed
    before = gc.get_threshold()
    assert before[0] < YOUNG_OBJECTS_BEFORE_A_COLLECTION
    production = create_app(dataclasses.replace(settings, environment="production"))
    try:
        async with production.lifespan():
            assert gc.get_freeze_count() > 10_000  # modules, routes, compiled code: walked by no collection now
            assert gc.get_threshold() == (YOUNG_OBJECTS_BEFORE_A_COLLECTION, *before[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
