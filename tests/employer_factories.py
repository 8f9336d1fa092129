"""Companies on drives for the tests, brought in through the drives' services as a centre and a company would."""

from __future__ import annotations

from jobsfez.drives import company as drive_company
from jobsfez.drives import employers as drive_employers
from jobsfez.employers import service as employers
from jobsfez.employers.service import Actor
from tests.drive_factories import actor_of


async def company_actor(user_id: int) -> Actor:
    actor = await employers.actor_for(user_id)
    assert actor is not None
    return actor


async def join_drive(centre_user_id: int, drive_id: int, company_user_id: int) -> None:
    """The drive's lead invites the company and the company takes the invitation up."""
    company = await company_actor(company_user_id)
    await drive_employers.invite(await actor_of(centre_user_id), drive_id, employer_id=company.employer_id)
    await drive_company.answer(company, drive_id, accept=True)
