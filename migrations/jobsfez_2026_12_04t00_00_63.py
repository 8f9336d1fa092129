"""A seeker's answer to an offer (accepted or declined, once per offer, in the application's history), and an
invited applicant's "none of these times works" with an optional note."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-04T00:00:63:000000"
VERSION = "1.38.0"
DESCRIPTION = "offer answers and unavailable interview times"

# applications.offer_answer is the answer to the offer standing now ('' until answered; a new move to 'offer' clears
# it), which the service checks under the row lock so that an offer is answered once. The history keeps every answer
# as an event whose offer_answer says what the seeker did (an accept leaves the stage at 'offer' for the company to
# hire; a decline ends the application as 'withdrawn'). An invitation's unavailable_at is when the applicant said none
# of the times offered works; inviting again (with new times) clears it.
SQL = """
ALTER TABLE applications ADD COLUMN offer_answer varchar(8) NOT NULL DEFAULT ''
    CONSTRAINT applications_offer_answer_known CHECK (offer_answer IN ('', 'accepted', 'declined'));
ALTER TABLE application_events ADD COLUMN offer_answer varchar(8) NOT NULL DEFAULT ''
    CONSTRAINT application_events_offer_answer_known CHECK (offer_answer IN ('', 'accepted', 'declined'));
ALTER TABLE interview_invitations ADD COLUMN unavailable_at timestamptz;
ALTER TABLE interview_invitations ADD COLUMN unavailable_note text NOT NULL DEFAULT ''
    CONSTRAINT interview_invitations_unavailable_note_length CHECK (length(unavailable_note) <= 1000);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
