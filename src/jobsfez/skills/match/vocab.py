"""The skill vocabulary: skills, their normalised names and their relations."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NoReturn

from jobsfez.skills.match.normalise import normalise


@dataclass(frozen=True, slots=True)
class Skill:
    """One skill of the taxonomy, named in both languages."""

    id: str
    name_ko: str
    name_en: str
    category: str
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    qualification: bool = False


class Vocabulary:
    """Immutable lookup structures over a set of skills, built once per taxonomy version."""

    __slots__ = (
        "by_id",
        "choice_ids",
        "choice_lengths",
        "choices",
        "column",
        "exact",
        "related",
        "skill_ids",
        "version",
    )

    version: int
    by_id: Mapping[str, Skill]
    skill_ids: tuple[str, ...]
    column: Mapping[str, int]
    exact: Mapping[str, str]
    choices: tuple[str, ...]  # distinct normalised forms, shortest first (ties in vocabulary order)
    choice_ids: tuple[str, ...]
    choice_lengths: tuple[int, ...]
    related: Mapping[str, frozenset[str]]

    def __init__(self, skills: Iterable[Skill], version: int) -> None:
        by_id: dict[str, Skill] = {}
        for skill in skills:
            if skill.id in by_id:
                raise ValueError(f"duplicate skill id {skill.id!r}")
            by_id[skill.id] = skill
        exact = _exact_forms(by_id.values())
        self._set("version", version)
        self._set("by_id", MappingProxyType(by_id))
        self._set("skill_ids", tuple(by_id))
        self._set("column", MappingProxyType({skill_id: i for i, skill_id in enumerate(by_id)}))
        self._set("exact", MappingProxyType(exact))
        by_length = sorted(exact.items(), key=lambda item: len(item[0]))
        self._set("choices", tuple(form for form, _ in by_length))
        self._set("choice_ids", tuple(skill_id for _, skill_id in by_length))
        self._set("choice_lengths", tuple(len(form) for form, _ in by_length))
        self._set("related", MappingProxyType(_symmetric_related(by_id)))

    def _set(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"Vocabulary is immutable; cannot set {name!r}")

    def choice_range(self, shortest: int, longest: int | None) -> range:
        """Positions in `choices` of the forms whose length is within [shortest, longest] (None: no upper bound)."""
        start = bisect_left(self.choice_lengths, shortest)
        stop = len(self.choices) if longest is None else bisect_right(self.choice_lengths, longest)
        return range(start, max(start, stop))

    def __len__(self) -> int:
        return len(self.skill_ids)

    def __repr__(self) -> str:
        return f"Vocabulary(version={self.version}, skills={len(self.skill_ids)}, forms={len(self.choices)})"


def _exact_forms(skills: Iterable[Skill]) -> dict[str, str]:
    """Names win over aliases, and earlier skills over later ones, when two forms normalise alike."""
    listed = list(skills)
    exact: dict[str, str] = {}
    for skill in listed:
        for name in (skill.name_ko, skill.name_en):
            form = normalise(name)
            if form:
                exact.setdefault(form, skill.id)
    for skill in listed:
        for alias in skill.aliases:
            form = normalise(alias)
            if form:
                exact.setdefault(form, skill.id)
    return exact


def _symmetric_related(by_id: Mapping[str, Skill]) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {skill_id: set() for skill_id in by_id}
    for skill in by_id.values():
        for other in skill.related:
            if other in by_id and other != skill.id:
                pairs[skill.id].add(other)
                pairs[other].add(skill.id)
    return {skill_id: frozenset(others) for skill_id, others in pairs.items() if others}
