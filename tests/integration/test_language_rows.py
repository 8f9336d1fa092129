"""Issue 16: a seeker's languages as seeker_skills rows: migration 97 moves the old arrays into rows, and the
re-keying run keys them, after the migration as after any taxonomy change, as it keys the other skills."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime

import pytest
from litestar import Litestar

from jobsfez.config import MIGRATIONS_DIR
from jobsfez.db import execute_script, fetch, new_row, transaction
from jobsfez.seekers import service as seekers
from jobsfez.seekers.tables import SeekerSkill
from jobsfez.skills import service as skills
from tests.helpers import make_seeker, make_skill


def _migration_sql() -> str:
    spec = importlib.util.spec_from_file_location("migration_97", MIGRATIONS_DIR / "jobsfez_2026_12_05t00_00_97.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.SQL)


# The tables the migration changes as migration 96 left them, in a schema of their own that the test rolls back.
BEFORE = """
CREATE SCHEMA before_97;
SET LOCAL search_path = before_97;
CREATE TABLE seeker_profiles (user_id bigint PRIMARY KEY, languages text[] NOT NULL DEFAULT '{}');
CREATE TABLE seeker_skills (
    id bigserial PRIMARY KEY, user_id bigint NOT NULL, position integer NOT NULL, text varchar(120) NOT NULL,
    skill_key text NOT NULL, level smallint, years numeric(4, 1), qualification boolean NOT NULL DEFAULT false);
CREATE TABLE taxonomy_state (id integer PRIMARY KEY, version integer NOT NULL);
INSERT INTO taxonomy_state VALUES (1, 7);
INSERT INTO seeker_profiles VALUES (1, ARRAY['영어 (비즈니스)', '  Tiếng  Việt ', '']), (2, ARRAY['日本語']), (3, '{}');
INSERT INTO seeker_skills (user_id, position, text, skill_key, level, qualification) VALUES
    (1, 0, '파이썬', 'python', 3, false), (1, 1, '용접기능사', 'qual-welding-craftsman', NULL, true);
"""


class _Undone(Exception):
    """Raised to roll the test's schema back."""


async def test_the_migration_moves_each_profiles_languages_into_rows_of_their_own_kind(app: Litestar, db: None) -> None:
    with pytest.raises(_Undone):
        async with transaction():
            await execute_script(BEFORE)
            await execute_script(_migration_sql())
            rows = await fetch("SELECT user_id, position, text, skill_key, level, kind FROM seeker_skills ORDER BY id")
            assert [tuple(r.values()) for r in rows] == [
                (1, 0, "파이썬", "python", 3, "skill"),
                (1, 1, "용접기능사", "qual-welding-craftsman", None, "qualification"),
                (1, 2, "영어 (비즈니스)", "", None, "language"),  # after the profile's rows, keyed by the re-keying run
                (1, 3, "Tiếng  Việt", "", None, "language"),
                (2, 0, "日本語", "", None, "language"),
            ]
            columns = await fetch(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'before_97'"
                " AND column_name IN ('languages', 'qualification')"
            )
            assert columns == []
            assert await fetch("SELECT version FROM taxonomy_state") == [{"version": 8}]  # a re-keying run is due
            raise _Undone


async def test_rows_the_migration_left_unkeyed_are_keyed_by_the_re_keying_run(app: Litestar, db: None) -> None:
    user = await make_seeker()
    for position, text in enumerate(["English (business)", "Klingon"]):
        await SeekerSkill.insert(
            new_row(SeekerSkill, user_id=user.id, position=position, text=text, skill_key="", kind="language")
        )
    await fetch("UPDATE taxonomy_state SET version = version + 1 WHERE id = 1")  # as the migration does
    progress = await skills.rekey_step(budget_seconds=60)
    assert progress is not None and progress.done and progress.seeker_skills_changed == 2
    profile = await seekers.get_profile(user.id)
    assert [(s.text, s.skill_key, s.kind) for s in profile.skills] == [
        ("English (business)", "english", "language"),
        ("Klingon", "free:klingon", "language"),
    ]


async def test_a_taxonomy_change_re_keys_language_rows(app: Litestar, db: None) -> None:
    user = await make_seeker()
    data = seekers.ProfileInput(languages="조르벡스어 (일상회화), English")
    await seekers.save_profile(user.id, data, this_year=datetime.now(UTC).year)
    settled = await skills.rekey_step(budget_seconds=60)  # keys everything to the version found: nothing moves
    assert settled is not None and settled.seeker_skills_changed == 0
    await make_skill("test-zorbexish", "조르벡스어", "Zorbexish", category="languages")
    progress = await skills.rekey_step(budget_seconds=60)
    assert progress is not None and progress.done and progress.seeker_skills_changed == 1
    rows = await SeekerSkill.select(SeekerSkill.text, SeekerSkill.skill_key, SeekerSkill.kind).order_by(
        SeekerSkill.position
    )
    assert [tuple(r.values()) for r in rows] == [
        ("조르벡스어 (일상회화)", "test-zorbexish", "language"),
        ("English", "english", "language"),
    ]
