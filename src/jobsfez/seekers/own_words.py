"""Skills a seeker's summary and résumé name that their skill lines do not (issue 16), for their own page."""

from __future__ import annotations

from pathlib import Path

from jobsfez.seekers import privacy
from jobsfez.seekers.service import Profile
from jobsfez.skills.mentions import Mention, mentioned


async def skills_in_own_words(profile: Profile, *, folder: Path) -> tuple[Mention, ...]:
    """Offered on the seeker's own page with the words they came from, and added only by the seeker."""
    resume = await privacy.resume_text(profile.user_id, folder=folder)
    listed = {skill.skill_key for skill in profile.skills}
    return await mentioned((("summary", profile.summary), ("resume", resume)), listed=listed)
