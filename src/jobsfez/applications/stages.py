"""The stages of an application, as msgids: shared by the applications pages and the messages about them."""

from jobsfez.i18n import lazy

STAGES = {
    "applied": lazy("Applied"),
    "screening": lazy("Screening"),
    "interview": lazy("Interview"),
    "offer": lazy("Offer"),
    "hired": lazy("Hired"),
    "rejected": lazy("Not selected"),
    "withdrawn": lazy("Withdrawn"),
}
