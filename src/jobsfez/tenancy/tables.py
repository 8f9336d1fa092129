"""The columns both kinds of tenant declare alike, companies and career centres: staff's decision on the tenant,
and an invitation by email to join it. Each tenant's ``tables.py`` mixes them into its own tables.
"""

from typing import TYPE_CHECKING

from piccolo.columns import BigSerial, ForeignKey, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete

from jobsfez.accounts.tables import User

if TYPE_CHECKING:
    # mypy sees the mixins as tables, so the queries tenancy/service.py runs on either tenant's tables are checked
    # against these columns; at run time they are plain classes, Piccolo's mixins, whose columns each table copies
    from piccolo.table import Table as Mixin
else:
    Mixin = object


class TenantColumns(Mixin):
    """A company or a career centre: it registers, and staff approve or reject it once."""

    id = BigSerial(primary_key=True)
    status = Varchar(length=16, default="pending")  # pending | approved | rejected
    approved_at = Timestamptz(null=True, default=None)
    approved_by = ForeignKey(User, on_delete=OnDelete.no_action)  # the staff member who decided
    created_at = Timestamptz()
    decision_reason = Text(default="")  # why staff rejected it, as told to its owner


class InvitationColumns(Mixin):
    """An invitation by email into a tenant, with a role there; the link's token is stored only as its hash."""

    id = BigSerial(primary_key=True)
    email = Varchar(length=254)
    role = Varchar(length=16)
    token_hash = Varchar(length=64, unique=True)
    invited_by = ForeignKey(User, null=False, on_delete=OnDelete.no_action)
    created_at = Timestamptz()
    expires_at = Timestamptz()
    accepted_at = Timestamptz(null=True, default=None)
