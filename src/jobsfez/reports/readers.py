"""Who may read the zone's reports: staff; the zone authority (the platform report); any approved centre (skills).

The platform report shows every company's activity together, which is the zone authority's business and not a
school's; the skill-gap report is what every career centre steers its courses and drives by. A centre waiting for
approval reads neither. Employers and seekers never reach these (the pages' guards), and the services check again.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.centres.service import CentreActor, own_centre
from jobsfez.errors import Forbidden
from jobsfez.i18n import lazy

ZONE_AUTHORITY = "zone_authority"  # choices.CENTRE_KINDS
NOT_FOR_CENTRE = lazy("This report is for platform staff and the Free Economic Zone Authority.")
NOT_APPROVED = lazy("Our staff have not approved your centre yet: reports open once they have.")
NOT_A_READER = lazy("This report is for platform staff and career centres.")


@dataclass(frozen=True, slots=True)
class Reader:
    """The person asking: staff, or a career centre's member (None for anyone else)."""

    staff: bool
    centre: CentreActor | None


async def check_platform(reader: Reader) -> None:
    """Let staff and the zone authority's members through; refuse everyone else."""
    if reader.staff:
        return
    if reader.centre is None:
        raise Forbidden(NOT_A_READER)
    if not reader.centre.approved:
        raise Forbidden(NOT_APPROVED)
    if (await own_centre(reader.centre)).kind != ZONE_AUTHORITY:
        raise Forbidden(NOT_FOR_CENTRE)


async def check_skills(reader: Reader) -> None:
    """Let staff and every approved centre's members through; refuse everyone else."""
    if reader.staff:
        return
    if reader.centre is None:
        raise Forbidden(NOT_A_READER)
    if not reader.centre.approved:
        raise Forbidden(NOT_APPROVED)
