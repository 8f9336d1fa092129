"""What a posting's page says of its skills: the skill lines that name no skill we know, the skills its title and
description name that its lists lack, and the row that adds one of those to a list (issue 16)."""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.errors import ValidationFailed
from jobsfez.postings.validation import SKILL_KINDS, SKILLS_MAX, PostingSkillInput
from jobsfez.postings.views import PostingView
from jobsfez.skills import service as skills
from jobsfez.skills.mentions import Mention, mentioned


@dataclass(frozen=True, slots=True)
class UnknownSkill:
    """A skill line of a posting that names no skill we know, and the skills it may have meant."""

    text: str
    must: bool
    suggestions: tuple[skills.SkillName, ...]


async def unknown_skills(posting: PostingView) -> tuple[UnknownSkill, ...]:
    """The posting's skill lines that name no skill of the taxonomy: matching finds only seekers who typed the same
    words, so such a must-have counts as missing for nearly everyone (issue 16). The employer's page says so."""
    vocab = await skills.vocabulary()
    return tuple(
        UnknownSkill(item.text, must, skills.read_line(vocab, item.text).suggestions)
        for must, items in ((True, posting.must), (False, posting.nice))
        for item in items
        if item.skill_id is None
    )


async def unlisted_skills(posting: PostingView) -> tuple[Mention, ...]:
    """Skills the posting's title and description name that its skill lists do not: matching reads only the lists,
    so nobody is matched on them (issue 16). The employer's page suggests adding them."""
    listed = {item.key for item in (*posting.must, *posting.nice)}
    return await mentioned((("title", posting.title), ("description", posting.description)), listed=listed)


async def unlisted_row(posting: PostingView, skill_id: str, kind: str) -> PostingSkillInput:
    """The row to add to list ``kind`` (must or nice) for a skill the posting's title or description names and its
    lists do not (the posting page offers them); the form keeps it only when saved."""
    if kind not in SKILL_KINDS:
        raise ValidationFailed("Choose the must-have or the nice-to-have list.")
    mention = next((m for m in await unlisted_skills(posting) if m.skill.skill_id == skill_id), None)
    if mention is None:
        raise ValidationFailed("The posting's text does not name that skill, or a list has it already.")
    if len(getattr(posting, kind)) >= SKILLS_MAX:
        raise ValidationFailed("A skill list holds at most {limit} skills.", limit=SKILLS_MAX)
    return PostingSkillInput(mention.line, mention.level)
