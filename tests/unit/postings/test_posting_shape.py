"""A posting's fields are declared once (``PostingContent``): every other shape that carries one of them carries it
under the same name and type, the form's input has the same fields, and every field the history names has a label."""

import functools
import operator
import types
import typing

import pytest

from jobsfez.postings.api import OwnPostingOut, PostingOut, PostingSummaryOut, SkillOut
from jobsfez.postings.search import FeedItem
from jobsfez.postings.service import HISTORY_FIELDS
from jobsfez.postings.validation import PostingInput
from jobsfez.postings.views import (
    CONTENT_FIELDS,
    FIELD_LABELS,
    OwnPosting,
    PostingCard,
    PostingSkillView,
    PostingView,
)

POSTING = typing.get_type_hints(PostingView)


def published(kind: object) -> object:
    """A field's type without None: a list of published postings knows when each was published."""
    kept = [arg for arg in typing.get_args(kind) if arg is not types.NoneType]
    return functools.reduce(operator.or_, kept) if isinstance(kind, types.UnionType) else kind


@pytest.mark.parametrize("shape", [PostingCard, FeedItem, OwnPosting])
def test_a_list_of_postings_carries_posting_fields_under_their_names_and_types(shape: type) -> None:
    for name, kind in typing.get_type_hints(shape).items():
        assert name in POSTING, name
        assert kind in (POSTING[name], published(POSTING[name])), name


@pytest.mark.parametrize("shape", [PostingOut, PostingSummaryOut, OwnPostingOut])
def test_the_api_answers_with_the_posting_fields_types(shape: type) -> None:
    shared = {name: kind for name, kind in typing.get_type_hints(shape).items() if name in POSTING}
    assert shared
    for name, kind in shared.items():
        assert kind in (POSTING[name], published(POSTING[name])), name


def test_the_skills_of_the_api_are_the_posting_skills() -> None:
    skill = typing.get_type_hints(PostingSkillView)
    assert {name: skill[name] for name in SkillOut.__struct_fields__} == typing.get_type_hints(SkillOut)


def test_the_form_input_is_the_content_and_its_skills() -> None:
    assert set(PostingInput.__dataclass_fields__) == {*CONTENT_FIELDS, "must", "nice"}


def test_every_field_the_history_names_has_a_label() -> None:
    assert set(FIELD_LABELS) == set(HISTORY_FIELDS)
