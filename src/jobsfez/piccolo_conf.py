"""Read by the ``piccolo`` command (release: ``piccolo migrations forwards all``); the app builds its own engine."""

import os

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine

DB = PostgresEngine(config={"dsn": os.environ["DATABASE_URL"]}, extensions=())
APP_REGISTRY = AppRegistry(apps=["jobsfez.piccolo_app"])
