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
