"""No-shows on the drive day: a participant cancels one of their interviews (from their itinerary page, signed in,
or from the e-mailed itinerary's signed link), and the worker marks absent whoever is not checked in shortly before
an interview.

A cancellation is what a change to a published timetable is (timetables.py): the row stays, 'cancelled', with its
sequence raised, so that the itinerary job tells the participant (a calendar CANCEL) and the company (its booth
schedule) what changed; the caller enqueues that job once the change has committed. An absence raises nothing: the
itinerary's fingerprint does not count it as news. Both only ever move an interview from 'scheduled', in one
statement that locks the row, so two cancels at once cancel once and the second is told it already was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from jobsfez.db import fetch, fetchrow
from jobsfez.drives import itineraries
from jobsfez.errors import Conflict, NotFound
from jobsfez.i18n import lazy
from jobsfez.interviews import tokens

# a participant not checked in this long before an interview starts is absent from it (issue 14)
ABSENT_BEFORE = timedelta(minutes=10)
ALREADY = lazy("This interview is already cancelled.")
STARTED = lazy("This interview has already started, so it can no longer be cancelled.")
ABSENT = lazy("You were marked absent from this interview, so it can no longer be cancelled.")
REFUSALS = {"already": ALREADY, "started": STARTED, "absent": ABSENT}


@dataclass(frozen=True, slots=True)
class Cancellation:
    """What a cancel (or a look at a cancel link) came to: ready (the link's page, nothing changed yet), cancelled
    (by this call), already, absent, started, stale (the interview changed after the link was sent) or invalid."""

    outcome: str
    drive_id: int | None = None
    stop: itineraries.Stop | None = None
    language: str | None = None


# One statement: the interview's row is locked, then cancelled only if it is still scheduled and to come (on the
# database's clock); a second cancel waiting on the lock reads the first one's 'cancelled'. {condition} names whose
# interview it must be ($2 on); {sequence} is the signed link's version; {write} false only looks.
_CANCEL = """
    WITH found AS (
        SELECT i.id, i.drive_id, i.status, i.sequence, i.starts_at <= now() AS started,
               coalesce(u.locale, '') AS language
        FROM drive_interviews i
        JOIN drive_participants p ON p.id = i.participant_id AND p.status = 'registered'
        JOIN drive_timetables t ON t.drive_id = i.drive_id AND t.status = 'published'
        LEFT JOIN users u ON u.id = p.user_id
        WHERE i.id = $1 {condition}
        FOR UPDATE OF i
    ), done AS (
        UPDATE drive_interviews i SET status = 'cancelled', sequence = i.sequence + 1, updated_at = now()
        FROM found
        WHERE i.id = found.id AND i.status = 'scheduled' AND NOT found.started AND {write}::boolean {sequence}
        RETURNING i.id
    )
    SELECT found.*, EXISTS (SELECT 1 FROM done) AS cancelled_now FROM found"""


async def _cancel(interview_id: int, condition: str, sequence: str, args: list[object], write: bool) -> Cancellation:
    query = _CANCEL.format(condition=condition, sequence=sequence, write=f"${len(args) + 2}")
    row = await fetchrow(query, interview_id, *args, write)
    if row is None:
        return Cancellation("invalid")
    [stop] = await itineraries.stops_of(row["drive_id"], condition="AND i.id = $2", args=[interview_id])
    language = row["language"] or None
    if row["cancelled_now"]:
        outcome = "cancelled"
    elif row["status"] == "cancelled":
        outcome = "already"
    elif row["status"] == "absent":
        outcome = "absent"
    elif row["started"]:
        outcome = "started"
    elif sequence and row["sequence"] != args[0]:
        outcome = "stale"
    else:  # a look at the link's page, changing nothing
        outcome = "ready"
    return Cancellation(outcome, row["drive_id"], stop, language)


async def cancel_mine(user_id: int, drive_id: int, interview_id: int) -> Cancellation:
    """The signed-in participant cancels one of their interviews; another's, or one not published, is NotFound, and
    one already cancelled, marked absent or started is a Conflict that changes nothing."""
    found = await _cancel(interview_id, "AND i.drive_id = $2 AND p.user_id = $3", "", [drive_id, user_id], True)
    if found.outcome == "invalid":
        raise NotFound()
    if found.outcome != "cancelled":
        raise Conflict(REFUSALS[found.outcome])
    return found


async def look(secret: str, token: str) -> Cancellation:
    """What the e-mail's cancel link leads to, changing nothing: mail scanners open every link."""
    return await _by_link(secret, token, write=False)


async def cancel_by_link(secret: str, token: str) -> Cancellation:
    """The participant's click on the link's page: only the newest version's link works, until the interview starts."""
    return await _by_link(secret, token, write=True)


async def _by_link(secret: str, token: str, *, write: bool) -> Cancellation:
    claim = tokens.read(secret, token, purpose=itineraries.CANCEL_PURPOSE)
    if claim is None:
        return Cancellation("invalid")
    return await _cancel(claim.booking_id, "", "AND i.sequence = $2", [claim.sequence], write)


async def mark_absent(now: datetime) -> list[int]:
    """Mark absent every scheduled interview of a published timetable starting within ABSENT_BEFORE whose participant
    has not checked in; returns the interviews marked (none on a second run: only 'scheduled' ones move)."""
    rows = await fetch(
        """UPDATE drive_interviews i SET status = 'absent', updated_at = now()
           FROM drive_participants p, drive_timetables t, drives d
           WHERE p.id = i.participant_id AND t.drive_id = i.drive_id AND d.id = i.drive_id
             AND t.status = 'published' AND d.status <> 'archived'
             AND i.status = 'scheduled' AND p.checked_in_at IS NULL AND i.starts_at <= $1
           RETURNING i.id""",
        now + ABSENT_BEFORE,
    )
    return sorted(row["id"] for row in rows)
