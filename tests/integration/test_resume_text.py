"""The résumé's text is kept while the résumé is, for the skills its owner is offered; and what is offered."""

from datetime import UTC, datetime
from pathlib import Path

from litestar import Litestar

from jobsfez.seekers import own_words, privacy
from jobsfez.seekers import service as seekers
from jobsfez.seekers.tables import SeekerProfile
from tests.helpers import make_seeker, make_skill
from tests.pdf_factories import surrogate_pdf, text_pdf

RESUME = text_pdf("Welding craftsman certificate, AutoCAD drafting")


def _folder(app: Litestar) -> Path:
    return Path(app.state.resources.settings.resume_dir)


async def test_the_text_goes_with_the_resume_when_it_is_deleted(app: Litestar, db: None) -> None:
    seeker = await make_seeker()
    await privacy.store_resume(seeker.id, filename="cv.pdf", content=RESUME, folder=_folder(app))
    assert "AutoCAD" in await privacy.resume_text(seeker.id, folder=_folder(app))
    assert "AutoCAD" in (await privacy.export(seeker.id))["profile"]["resume_text"]  # the seeker's data to take
    await privacy.delete_resume(seeker.id, folder=_folder(app))
    assert await privacy.resume_text(seeker.id, folder=_folder(app)) == ""
    assert await SeekerProfile.select(SeekerProfile.resume_text).first() == {"resume_text": ""}


async def test_a_resume_file_that_is_gone_gives_no_text_once_and_no_error(app: Litestar, db: None) -> None:
    seeker = await make_seeker()
    await privacy.store_resume(seeker.id, filename="cv.pdf", content=RESUME, folder=_folder(app))
    await SeekerProfile.update({SeekerProfile.resume_text: None}, force=True)
    for path in _folder(app).glob("*.pdf"):
        path.unlink()
    assert await privacy.resume_text(seeker.id, folder=_folder(app)) == ""
    assert await SeekerProfile.select(SeekerProfile.resume_text).first() == {"resume_text": ""}


async def test_skills_listed_as_qualifications_or_lines_are_not_offered_and_a_new_skill_is(
    app: Litestar, db: None
) -> None:
    seeker = await make_seeker()
    await privacy.store_resume(seeker.id, filename="cv.pdf", content=RESUME, folder=_folder(app))
    profile = await seekers.save_profile(
        seeker.id,
        seekers.ProfileInput(summary="오토캐드 도면, 해치 커버 고박 2년", qualifications="용접기능사"),
        this_year=datetime.now(UTC).year,
    )
    offered = {m.skill.skill_id: m for m in await own_words.skills_in_own_words(profile, folder=_folder(app))}
    assert "qual-welding-craftsman" not in offered  # a qualification already listed
    assert offered["autocad"].words == "오토캐드" and offered["autocad"].source == "summary"  # the summary's first
    assert offered["drafting"].source == "resume"

    await make_skill("test-hatch-cover-lashing", "해치 커버 고박", "Hatch cover lashing")  # staff add a skill
    offered = {m.skill.skill_id: m for m in await own_words.skills_in_own_words(profile, folder=_folder(app))}
    assert (
        offered["test-hatch-cover-lashing"].years == 2.0
        and offered["test-hatch-cover-lashing"].line == "해치 커버 고박"
    )


async def test_a_resume_whose_text_holds_a_lone_surrogate_is_stored_and_read(app: Litestar, db: None) -> None:
    seeker = await make_seeker()
    await privacy.store_resume(seeker.id, filename="cv.pdf", content=surrogate_pdf(), folder=_folder(app))
    assert "TIG welding" in await privacy.resume_text(seeker.id, folder=_folder(app))
