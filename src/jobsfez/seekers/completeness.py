"""How complete a seeker's profile is: the parts matching and companies use, and which are filled in."""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.i18n import lazy
from jobsfez.seekers.service import Profile, get_profile


@dataclass(frozen=True, slots=True)
class ProfilePart:
    """One part of a profile that matching or companies use, and whether the seeker has filled it in."""

    anchor: str  # the id of its section or field on the profile page
    label: str  # a msgid
    done: bool


@dataclass(frozen=True, slots=True)
class Completeness:
    parts: tuple[ProfilePart, ...]

    @property
    def percent(self) -> int:
        return round(100 * sum(part.done for part in self.parts) / len(self.parts))

    @property
    def missing(self) -> tuple[ProfilePart, ...]:
        return tuple(part for part in self.parts if not part.done)


def completeness(profile: Profile) -> Completeness:
    """Which parts of a profile are filled in, in the order they matter to matching: what the seeker can do first,
    then what they look for and when they can start (an empty start date scores nothing), then the rest."""
    return Completeness(
        parts=(
            ProfilePart("skills", lazy("Your skills"), bool(profile.skills)),
            ProfilePart(
                "preferences", lazy("Sectors and districts you look for"), bool(profile.sectors and profile.districts)
            ),
            ProfilePart("f-earliest_start", lazy("When you can start"), profile.earliest_start is not None),
            ProfilePart("resume", lazy("Your résumé (PDF)"), bool(profile.resume_name)),
            ProfilePart("f-summary", lazy("A few words about yourself"), bool(profile.summary.strip())),
            ProfilePart("f-phone", lazy("Your phone number"), bool(profile.phone)),
        )
    )


async def completeness_of(user_id: int) -> Completeness:
    """How complete a seeker's profile is, for their home page."""
    return completeness(await get_profile(user_id))
