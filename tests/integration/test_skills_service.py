from litestar import Litestar

from jobsfez.skills import service as skills


async def test_the_shipped_taxonomy_is_in_the_database_and_canonicalises(app: Litestar, db: None) -> None:
    found = await skills.canonical(["파이선", "Phyton", "CNC선반", "지게차", "TIG welding", "용졉", "바리스타"])
    keys = [c.skill_id for c in found]
    assert keys[0] == keys[1] == "python"
    assert keys[3] is not None and keys[4] is not None and keys[5] is not None
    assert keys[6] is None and found[6].key.startswith("free:")


async def test_a_staff_edit_reaches_every_process_through_the_version(app: Litestar, db: None) -> None:
    before = await skills.vocabulary()
    await skills.save_skill(
        skill_id="test-reefer-lashing",
        name_ko="냉동 컨테이너 고박",
        name_en="Reefer container lashing",
        category="logistics_equipment",
        aliases="리퍼고박, reefer lashing",
        qualification=False,
        create=True,
    )
    after = await skills.vocabulary()
    assert after.version > before.version
    [match] = await skills.canonical(["리퍼 고박"])
    assert match.skill_id == "test-reefer-lashing"


async def test_a_taxonomy_change_re_keys_stored_skills_in_a_background_run(app: Litestar, db: None) -> None:
    """Issue 16: a staff alias added later re-scores the profiles written before it, through a versioned run."""
    from jobsfez.db import new_row
    from jobsfez.seekers.tables import SeekerSkill
    from jobsfez.skills.tables import RekeyRun
    from tests.helpers import make_seeker

    user = await make_seeker()
    [typed] = await skills.canonical(["zorbex qulmatic"])
    assert typed.skill_id is None
    await SeekerSkill.insert(new_row(SeekerSkill, user_id=user.id, position=0, text=typed.text, skill_key=typed.key))
    settled = await skills.rekey_step(budget_seconds=60)  # a first run keys everything to the version found
    assert settled is not None and settled.done and settled.seeker_skills_changed == 0
    assert await skills.rekey_step(budget_seconds=60) is None  # nothing more until the taxonomy moves
    for aliases, create in (("조르벡스", True), ("조르벡스, zorbex qulmatic", False)):
        await skills.save_skill(
            skill_id="test-zorbex-rekey",
            name_ko="조르벡스 장비 운전",
            name_en="Zorbex machine operation",
            category="logistics_equipment",
            aliases=aliases,
            qualification=False,
            create=create,
        )
    progress = await skills.rekey_step(budget_seconds=60)
    assert progress is not None and progress.done
    assert progress.taxonomy_version == (await skills.vocabulary()).version
    assert (progress.seeker_skills_changed, progress.posting_skills_changed) == (1, 0)
    assert await SeekerSkill.select(SeekerSkill.skill_key).output(as_list=True) == ["test-zorbex-rekey"]
    statuses = await RekeyRun.select(RekeyRun.status).order_by(RekeyRun.id).output(as_list=True)
    assert statuses == ["done", "done"]  # one run for both edits: it keys to the version it finds
    assert await skills.rekey_step(budget_seconds=60) is None


async def test_the_worker_re_keys_by_name_and_every_minute(app: Litestar, db: None) -> None:
    from jobsfez import queue
    from workers.main import rekey_skills, worker_settings

    settings = worker_settings(app.state.resources.settings)
    assert {queue.REKEY_SKILLS, queue.IMPORT_SKILLS} <= {f.name for f in settings["functions"]}
    assert {"cron:rekey_skills", "cron:import_skills"} <= {job.name for job in settings["cron_jobs"]}
    ctx = {"redis": app.state.resources.arq}
    assert (await rekey_skills(ctx)).endswith(": done")
    assert await rekey_skills(ctx) == "nothing pending"


async def test_search_follows_a_posting_re_keyed_to_a_new_skill(app: Litestar, db: None) -> None:
    """A skill filter finds a posting by the keys on its row: re-keying its skills re-keys the row too."""
    from jobsfez.postings.criteria import SearchInput
    from jobsfez.postings.search import service as search
    from jobsfez.postings.search.caches import SearchCaches
    from jobsfez.postings.tables import Posting
    from tests.helpers import make_employer, make_posting

    owner, employer_id = await make_employer()
    posting_id = await make_posting(employer_id, owner.id, must=(("CNC 선반", None), ("quorvane blintex", None)))
    assert await skills.rekey_step(budget_seconds=60) is not None  # the first run: nothing moves
    await skills.save_skill(
        skill_id="test-quorvane-search",
        name_ko="쿼베인 장비 운전",
        name_en="Quorvane machine operation",
        category="logistics_equipment",
        aliases="quorvane blintex",
        qualification=False,
        create=True,
    )
    caches = SearchCaches()
    before = await search.search(SearchInput(skill="쿼베인 장비 운전"), caches=caches)
    assert before.total == 0  # the row still holds the free key it was saved with
    progress = await skills.rekey_step(budget_seconds=60)
    assert progress is not None and progress.done and progress.posting_skills_changed == 1
    keys = await Posting.select(Posting.skill_keys).where(Posting.id == posting_id).output(as_list=True)
    assert keys == [["cnc-lathe", "test-quorvane-search", "qual-welding-craftsman"]]  # in the skills' order
    after = await search.search(SearchInput(skill="쿼베인 장비 운전"), caches=caches)
    assert [card.id for card in after.items] == [posting_id]
