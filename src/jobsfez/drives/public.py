"""Drives anyone can see: the list of coming drives, a drive's page with its Event JSON-LD, and the Atom feed."""

from __future__ import annotations

from datetime import UTC, datetime

from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Response, Template

from jobsfez import i18n, syndication
from jobsfez.choices import DISTRICTS, DRIVE_REGIONS
from jobsfez.config import Settings
from jobsfez.drives import feeds, service
from jobsfez.drives.validation import local_value
from jobsfez.drives.views import DriveView

FEED_SUMMARY_CHARS = 400


def _lead_name(drive: DriveView) -> str:
    return drive.lead.name_ko if i18n.current_language() == "ko" else drive.lead.name_en


def _place(drive: DriveView) -> str:
    return i18n.gettext(DISTRICTS.get(drive.venue_district, ""))


class PublicDriveController(Controller):
    include_in_schema = False

    @get("/drives")
    async def index(self) -> Template:
        return Template(
            template_name="drives/index.html",
            context={"drives": await service.upcoming(), "now": datetime.now(UTC), "districts": DISTRICTS},
        )

    @get("/drives/{drive_id:int}")
    async def show(self, drive_id: FromPath[int], settings: NamedDependency[Settings]) -> Template:
        drive = await service.public_drive(drive_id)
        now = datetime.now(UTC)
        json_ld = syndication.script_json(feeds.event(drive, base_url=settings.base_url, place_name=_place(drive)))
        return Template(
            template_name="drives/show.html",
            context={
                "drive": drive,
                "now": now,
                "registration": drive.registration(now),
                "json_ld": json_ld,
                "canonical": f"{settings.base_url}/drives/{drive.id}",
                "regions": DRIVE_REGIONS,
            },
        )

    # not cached: Litestar's response cache keys by the address alone, so one reader's language would serve all; the
    # feed is a few queries on a few dozen drives
    @get("/drives/feed.atom")
    async def feed(self, settings: NamedDependency[Settings]) -> Response[bytes]:
        def summary(drive: DriveView) -> str:
            when = local_value(drive.starts_at).replace("T", " ")
            return f"{when} · {_place(drive)} · {_lead_name(drive)}\n\n{drive.description[:FEED_SUMMARY_CHARS]}"

        body = feeds.atom_feed(
            await service.upcoming(),
            base_url=settings.base_url,
            title=i18n.gettext("Placement drives on jobsfez"),
            author_of=_lead_name,
            summary_of=summary,
        )
        return Response(body, media_type="application/atom+xml; charset=utf-8")
