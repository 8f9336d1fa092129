"""Every template compiles, and every interface text has its Korean translation."""

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from jobsfez import i18n
from jobsfez.config import TEMPLATES_DIR
from jobsfez.dev.messages import extract
from jobsfez.web.templating import configure_environment

TEMPLATES = sorted(p.relative_to(TEMPLATES_DIR).as_posix() for p in TEMPLATES_DIR.rglob("*.*"))


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_compiles(name: str) -> None:
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True)
    configure_environment(env)
    env.get_template(name)


@pytest.mark.parametrize("name", [n for n in TEMPLATES if Path(n).name.startswith("_") and n.endswith(".html")])
def test_fragments_never_extend_a_layout(name: str) -> None:
    assert "{% extends" not in (TEMPLATES_DIR / name).read_text("utf-8"), name


def test_every_msgid_has_a_korean_translation() -> None:
    korean = i18n.catalog("ko")
    missing = [str(m.id) for m in extract() if m.id and str(m.id) not in korean]
    assert missing == [], f"{len(missing)} msgids without Korean: run python -m jobsfez.dev.messages"
