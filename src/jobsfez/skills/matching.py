"""The pure matching core: normalise and canonicalise skill text, score seekers against postings, rank many.

Plain data in, scores and explanations out: no I/O, no database, no logging. The implementation lives in
jobsfez.skills.match; this module is the public import.
"""

from __future__ import annotations

from jobsfez.skills.match.batch import GroupBest, batch_best_by_group, batch_top_k
from jobsfez.skills.match.canonical import (
    FREE_PREFIX,
    Canonical,
    Named,
    canonicalise,
    canonicalise_many,
    free_key,
    skill_claim,
    skills_named,
)
from jobsfez.skills.match.extract import Extracted, Reading, extract
from jobsfez.skills.match.index import PostingIndex, SeekerIndex, rank_postings, rank_seekers
from jobsfez.skills.match.model import (
    PREFERENCE_NAMES,
    Adjustment,
    MatchedSkill,
    MatchKind,
    PostingProfile,
    PreferenceName,
    PreferenceNote,
    Score,
    SeekerProfile,
    SkillClaim,
)
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.scoring import (
    CLAMPED,
    EXPERIENCE_PREFERRED,
    MUST_HAVE_MISSING,
    NO_EXPERIENCE_WELCOME,
    NO_SKILLS_LISTED,
    YOUTH_AGE_UNKNOWN,
    YOUTH_OUT_OF_RANGE,
    score,
)
from jobsfez.skills.match.spelling import EXACT_ONLY_MAX_LEN
from jobsfez.skills.match.suggest import did_you_mean, offered, typeahead
from jobsfez.skills.match.vocab import Skill, Vocabulary, name_words, narrower
from jobsfez.skills.match.weights import (
    EXPERIENCE_PREFERRED_PENALTY,
    LEVEL_BELOW_MIN_CREDIT,
    LEVEL_STEP_PENALTY,
    MAX_LEVEL,
    MIN_LEVEL,
    MUST_WEIGHT,
    NICE_WEIGHT,
    NO_EXPERIENCE_BONUS,
    NO_SKILLS_CREDIT,
    PREFERENCE_POINTS,
    RELATED_CREDIT,
    SKILLS_MAX_POINTS,
    UNKNOWN_LEVEL,
)

__all__ = [
    "CLAMPED",
    "EXACT_ONLY_MAX_LEN",
    "EXPERIENCE_PREFERRED",
    "EXPERIENCE_PREFERRED_PENALTY",
    "FREE_PREFIX",
    "LEVEL_BELOW_MIN_CREDIT",
    "LEVEL_STEP_PENALTY",
    "MAX_LEVEL",
    "MIN_LEVEL",
    "MUST_HAVE_MISSING",
    "MUST_WEIGHT",
    "NICE_WEIGHT",
    "NO_EXPERIENCE_BONUS",
    "NO_EXPERIENCE_WELCOME",
    "NO_SKILLS_CREDIT",
    "NO_SKILLS_LISTED",
    "PREFERENCE_NAMES",
    "PREFERENCE_POINTS",
    "RELATED_CREDIT",
    "SKILLS_MAX_POINTS",
    "UNKNOWN_LEVEL",
    "YOUTH_AGE_UNKNOWN",
    "YOUTH_OUT_OF_RANGE",
    "Adjustment",
    "Canonical",
    "Extracted",
    "GroupBest",
    "MatchKind",
    "MatchedSkill",
    "Named",
    "PostingIndex",
    "PostingProfile",
    "PreferenceName",
    "PreferenceNote",
    "Reading",
    "Score",
    "SeekerIndex",
    "SeekerProfile",
    "Skill",
    "SkillClaim",
    "Vocabulary",
    "batch_best_by_group",
    "batch_top_k",
    "canonicalise",
    "canonicalise_many",
    "did_you_mean",
    "extract",
    "free_key",
    "name_words",
    "narrower",
    "normalise",
    "offered",
    "rank_postings",
    "rank_seekers",
    "score",
    "skill_claim",
    "skills_named",
    "typeahead",
]
