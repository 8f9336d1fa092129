"""A company's reusable rejection and offer messages: named, in Korean and/or English, with {name} and {posting}."""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.applications.tables import MessageTemplate
from jobsfez.db import new_row
from jobsfez.employers.service import Actor
from jobsfez.errors import NotFound, ValidationFailed
from jobsfez.i18n import lazy

KINDS = {"rejection": lazy("Rejection"), "offer": lazy("Offer")}
# the stage a message goes with: a rejection message with "Not selected", an offer message with "Offer"
KIND_OF_STAGE = {"rejected": "rejection", "offer": "offer"}
MAX_NAME = 80
MAX_BODY = 2000
FIX_FIELDS = lazy("Please correct the marked fields.")


@dataclass(frozen=True, slots=True)
class Template:
    id: int
    kind: str
    name: str
    body_ko: str
    body_en: str


def _fill(body: str, *, name: str, posting: str) -> str:
    # plain replacement, not str.format: a company's braces elsewhere in the text are just text
    return body.replace("{name}", name).replace("{posting}", posting)


def filled(template: Template, *, name: str, posting: str) -> dict[str, str]:
    """The message in each language the company wrote, ready for the seeker's mail (the mail picks the language)."""
    return {
        "message_ko": _fill(template.body_ko, name=name, posting=posting),
        "message_en": _fill(template.body_en, name=name, posting=posting),
    }


async def of_company(actor: Actor) -> list[Template]:
    """The company's messages, by kind then name, for its page and the move forms."""
    rows = (
        await MessageTemplate.select(
            MessageTemplate.id,
            MessageTemplate.kind,
            MessageTemplate.name,
            MessageTemplate.body_ko,
            MessageTemplate.body_en,
        )
        .where(MessageTemplate.employer_id == actor.employer_id)
        .order_by(MessageTemplate.kind)
        .order_by(MessageTemplate.name)
    )
    return [Template(**r) for r in rows]


async def for_stage(actor: Actor, template_id: int | None, to_stage: str) -> Template | None:
    """The company's message chosen for a move: none, or one of its own whose kind goes with the stage."""
    if template_id is None:
        return None
    found = [t for t in await of_company(actor) if t.id == template_id]
    if not found:
        raise NotFound()
    if KIND_OF_STAGE.get(to_stage) != found[0].kind:
        raise ValidationFailed("This message goes with another stage.")
    return found[0]


async def create(actor: Actor, *, kind: str, name: str, body_ko: str, body_en: str) -> int:
    """Keep a named message; a name used twice for one kind is refused by field, like any other mistake."""
    name, body_ko, body_en = name.strip(), body_ko.strip(), body_en.strip()
    fields: dict[str, str] = {}
    if kind not in KINDS:
        fields["kind"] = lazy("Choose rejection or offer.")
    if not name or len(name) > MAX_NAME:
        fields["name"] = lazy("Give the message a name of at most 80 characters.")
    if not body_ko and not body_en:
        fields["body_ko"] = lazy("Write the message in Korean, English or both.")
    for field, body in (("body_ko", body_ko), ("body_en", body_en)):
        if len(body) > MAX_BODY:
            fields[field] = lazy("Use at most 2,000 characters.")
    if not fields and await MessageTemplate.exists().where(
        (MessageTemplate.employer_id == actor.employer_id)
        & (MessageTemplate.kind == kind)
        & (MessageTemplate.name == name)
    ):
        fields["name"] = lazy("Your company already has a message with this name.")
    if fields:
        raise ValidationFailed(FIX_FIELDS, fields=fields)
    row = new_row(
        MessageTemplate, employer_id=actor.employer_id, kind=kind, name=name, body_ko=body_ko, body_en=body_en
    )
    await row.save()
    return int(row.id)


async def delete(actor: Actor, template_id: int) -> None:
    """Forget a message; moves already sent keep the words they carried."""
    deleted = (
        await MessageTemplate.delete()
        .where((MessageTemplate.id == template_id) & (MessageTemplate.employer_id == actor.employer_id))
        .returning(MessageTemplate.id)
    )
    if not deleted:
        raise NotFound()
