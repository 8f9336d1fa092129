"""Back-fill on the drive day: the time of a freed interview (cancelled, or its participant absent) still to come is
offered to the best participants who are there, and the first to accept gets a new interview at that time.

Who is offered: a registered participant of the drive who is checked in, has no interview at that time, has none
with that company (on, cancelled or missed), is under the timetable's most interviews each, and has a match with
the company in the latest pre-matching or a mark from either side; mutual marks first, then either mark, then the
match score. OFFERED_AT_ONCE are offered together (topped up each minute while fewer are open), since the first to
accept wins: one at a time would wait on someone who may not read it before a 20-minute slot starts, and everyone at
once would leave most of them told "too late". An offer expires when the slot starts.

Accepting takes the freed interview's row lock, so accepts of one slot come one after the other: the first writes a
new 'scheduled' interview (which the itinerary job then sends to the participant and the company, as any change)
and turns the others' offers 'lost'; the partial unique index on accepted offers holds the same rule in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobsfez import i18n
from jobsfez.db import fetch, fetchrow, transaction
from jobsfez.drives.validation import SEOUL
from jobsfez.errors import NotFound
from jobsfez.interviews import tokens
from jobsfez.interviews.notices import format_when
from jobsfez.interviews.service import Links
from jobsfez.notifications import service as notifications

KIND = "drive_slot_offer"
PURPOSE = b"drive-slot-offer:"
OFFERED_AT_ONCE = 3


@dataclass(frozen=True, slots=True)
class Offer:
    """An offer as its page shows it, and what came of an accept: ready (open, nothing done yet), accepted (by this
    call), won (accepted before), lost, expired, taken (the participant is no longer free for it) or invalid."""

    outcome: str
    offer_id: int = 0
    drive_id: int = 0
    drive_title: str = ""
    company_ko: str = ""
    company_en: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    booth: str = ""
    language: str | None = None

    def company(self, language: str) -> str:
        return self.company_ko if language == "ko" or not self.company_en else self.company_en


def offer_url(links: Links, offer_id: int, expires_at: datetime) -> str:
    """The signed link of one offer; it stops working when the slot starts."""
    token = tokens.sign(links.secret, booking_id=offer_id, sequence=0, expires_at=expires_at, purpose=PURPOSE)
    return f"{links.base_url}/drives/offers/{token}"


# The freed interviews still to come of published timetables, with fewer than OFFERED_AT_ONCE open offers and none
# accepted, each with its best candidates not offered it yet (the module's docstring says who and in what order).
_CANDIDATES = """
    WITH freed AS (
        SELECT i.id, i.drive_id, i.participant_id, i.employer_id, i.starts_at, i.ends_at, t.max_interviews,
               (SELECT r.id FROM drive_match_runs r WHERE r.drive_id = i.drive_id AND r.status = 'done'
                ORDER BY r.id DESC LIMIT 1) AS run_id,
               $2 - (SELECT count(*) FROM drive_slot_offers o WHERE o.interview_id = i.id AND o.status = 'open') AS room
        FROM drive_interviews i
        JOIN drive_timetables t ON t.drive_id = i.drive_id AND t.status = 'published'
        WHERE i.status IN ('cancelled', 'absent') AND i.starts_at > $1
          AND NOT EXISTS (SELECT 1 FROM drive_slot_offers o WHERE o.interview_id = i.id AND o.status = 'accepted')
    ), ranked AS (
        SELECT f.id AS interview_id, f.drive_id, f.starts_at, f.room, p.id AS participant_id,
               row_number() OVER (
                   PARTITION BY f.id
                   ORDER BY (mine.id IS NOT NULL AND theirs.id IS NOT NULL) DESC,
                            (mine.id IS NOT NULL OR theirs.id IS NOT NULL) DESC,
                            m.score DESC NULLS LAST, p.id
               ) AS place
        FROM freed f
        JOIN drive_participants p ON p.drive_id = f.drive_id AND p.status = 'registered'
             AND p.checked_in_at IS NOT NULL AND p.erased_at IS NULL AND p.id <> f.participant_id
        LEFT JOIN drive_matches m ON m.run_id = f.run_id AND m.participant_id = p.id AND m.employer_id = f.employer_id
        LEFT JOIN drive_interest mine ON mine.drive_id = f.drive_id AND mine.participant_id = p.id
             AND mine.employer_id = f.employer_id AND mine.side = 'participant'
        LEFT JOIN drive_interest theirs ON theirs.drive_id = f.drive_id AND theirs.participant_id = p.id
             AND theirs.employer_id = f.employer_id AND theirs.side = 'company'
        WHERE f.room > 0
          AND (m.id IS NOT NULL OR mine.id IS NOT NULL OR theirs.id IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM drive_slot_offers o WHERE o.interview_id = f.id AND o.participant_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM drive_interviews x WHERE x.participant_id = p.id
                          AND (x.employer_id = f.employer_id
                               OR (x.status = 'scheduled' AND x.starts_at < f.ends_at AND x.ends_at > f.starts_at)))
          AND (SELECT count(*) FROM drive_interviews x WHERE x.participant_id = p.id AND x.status = 'scheduled')
              < f.max_interviews
    )
    INSERT INTO drive_slot_offers (drive_id, interview_id, participant_id, expires_at)
    SELECT drive_id, interview_id, participant_id, starts_at FROM ranked WHERE place <= room
    ON CONFLICT ON CONSTRAINT drive_slot_offers_once DO NOTHING
    RETURNING id"""


async def offer_freed(now: datetime, *, links: Links) -> int:
    """Offer each freed slot still to come to its best candidates (topping up to OFFERED_AT_ONCE open offers), with an
    inbox and e-mail message each, and expire the open offers whose slot has started; returns the offers made."""
    async with transaction():
        await fetch(
            """UPDATE drive_slot_offers SET status = 'expired', answered_at = now()
               WHERE status = 'open' AND expires_at <= $1""",
            now,
        )
        made = await fetch(_CANDIDATES, now, OFFERED_AT_ONCE)
        if made:
            await notifications.add_many(await _messages([row["id"] for row in made], links))
    return len(made)


_OFFERS = """
    SELECT o.id, o.status, o.expires_at, o.drive_id, d.title, i.starts_at, i.ends_at,
           coalesce(nullif(i.booth, ''), de.booth, '') AS booth, e.name_ko, e.name_en,
           p.id AS participant_id, p.name, p.email, p.user_id, u.email AS user_email, u.notify_email,
           coalesce(u.locale, $2) AS language, o.expires_at <= now() AS started
    FROM drive_slot_offers o
    JOIN drives d ON d.id = o.drive_id
    JOIN drive_interviews i ON i.id = o.interview_id
    JOIN employers e ON e.id = i.employer_id
    LEFT JOIN drive_employers de ON de.drive_id = i.drive_id AND de.employer_id = i.employer_id
    JOIN drive_participants p ON p.id = o.participant_id
    LEFT JOIN users u ON u.id = p.user_id
    WHERE o.id = ANY($1::bigint[])
    ORDER BY o.id"""


async def _messages(offer_ids: list[int], links: Links) -> list[notifications.NewRow]:
    rows: list[notifications.NewRow] = []
    for offer in await fetch(_OFFERS, offer_ids, i18n.DEFAULT_LANGUAGE):
        language = offer["language"]
        company = offer["name_ko"] if language == "ko" or not offer["name_en"] else offer["name_en"]
        minutes = int((offer["ends_at"] - offer["starts_at"]).total_seconds() // 60)
        when = format_when(offer["starts_at"], minutes, language)
        clock = offer["starts_at"].astimezone(SEOUL).strftime("%H:%M")
        payload = {
            "clock": clock,  # the subject's, which the inbox renders in the reader's language
            "drive": offer["title"],
            "name": offer["name"],
            "company": company,
            "when": when,
            "booth": offer["booth"],
            "url": offer_url(links, offer["id"], offer["expires_at"]),
        }
        cause = f"drive-offer:{offer['id']}"
        if offer["user_id"] is None or offer["notify_email"]:
            email = offer["user_email"] or offer["email"]
            rows.append(notifications.NewRow(cause, 1, KIND, "email", email, language, payload, offer["user_id"]))
        if offer["user_id"] is not None:
            user = str(offer["user_id"])
            rows.append(notifications.NewRow(cause, 1, KIND, "inbox", user, language, payload, offer["user_id"]))
    return rows


async def look(secret: str, token: str) -> Offer:
    """The offer a link names, changing nothing (mail scanners open every link)."""
    claim = tokens.read(secret, token, purpose=PURPOSE)
    if claim is None:
        return Offer("invalid")
    return await _view(claim.booking_id, None)


async def _view(offer_id: int, outcome: str | None) -> Offer:
    rows = await fetch(_OFFERS, [offer_id], i18n.DEFAULT_LANGUAGE)
    return _offer(rows[0], outcome) if rows else Offer("invalid")


async def open_offers(participant_id: int) -> list[Offer]:
    """A participant's offers still open, the soonest first: their itinerary page shows each with its button."""
    rows = await fetch(
        """SELECT id FROM drive_slot_offers WHERE participant_id = $1 AND status = 'open' AND expires_at > now()""",
        participant_id,
    )
    if not rows:
        return []
    found = await fetch(_OFFERS, [row["id"] for row in rows], i18n.DEFAULT_LANGUAGE)
    return sorted((_offer(row, None) for row in found), key=lambda offer: (offer.starts_at, offer.offer_id))


def _offer(row: dict[str, Any], outcome: str | None) -> Offer:
    if outcome is None:
        outcome = {"open": "expired" if row["started"] else "ready", "accepted": "won"}.get(
            row["status"], row["status"]
        )
    return Offer(
        outcome,
        offer_id=row["id"],
        drive_id=row["drive_id"],
        drive_title=row["title"],
        company_ko=row["name_ko"],
        company_en=row["name_en"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        booth=row["booth"],
        language=row["language"],
    )


async def accept(secret: str, token: str) -> Offer:
    """The participant's click on the offer's page: the first accept of a slot gets a new interview at its time and
    the other offers of that slot are lost; an offer past its slot's start is expired and changes nothing."""
    claim = tokens.read(secret, token, purpose=PURPOSE)
    if claim is None:
        return Offer("invalid")
    return await _accept(claim.booking_id)


async def accept_mine(user_id: int, drive_id: int, offer_id: int) -> Offer:
    """The same accept from the participant's signed-in itinerary page; an offer not theirs on this drive is
    NotFound."""
    owned = await fetchrow(
        """SELECT 1 FROM drive_slot_offers o JOIN drive_participants p ON p.id = o.participant_id
           WHERE o.id = $1 AND o.drive_id = $2 AND p.user_id = $3""",
        offer_id,
        drive_id,
        user_id,
    )
    if owned is None:
        raise NotFound()
    return await _accept(offer_id)


async def _accept(offer_id: int) -> Offer:
    async with transaction():
        offer = await fetchrow("SELECT interview_id, participant_id FROM drive_slot_offers WHERE id = $1", offer_id)
        if offer is None:
            return Offer("invalid")
        # the freed interview's row first: every accept of this slot waits here for the one before it
        freed = await fetchrow("SELECT * FROM drive_interviews WHERE id = $1 FOR UPDATE", offer["interview_id"])
        person = await fetchrow(
            """SELECT p.id, p.status, t.max_interviews FROM drive_participants p
               JOIN drive_timetables t ON t.drive_id = p.drive_id WHERE p.id = $1 FOR UPDATE OF p""",
            offer["participant_id"],
        )
        mine = await fetchrow(
            "SELECT status, expires_at <= now() AS started FROM drive_slot_offers WHERE id = $1 FOR UPDATE",
            offer_id,
        )
        assert freed is not None and person is not None and mine is not None
        outcome = await _decide(freed, person, mine)
        if outcome == "accepted":
            await _fill(offer_id, freed, person["id"])
        elif outcome in ("expired", "lost"):
            await fetch(
                """UPDATE drive_slot_offers SET status = $2, answered_at = coalesce(answered_at, now())
                   WHERE id = $1 AND status = 'open'""",
                offer_id,
                outcome,
            )
    return await _view(offer_id, outcome)


async def _decide(freed: dict[str, Any], person: dict[str, Any], mine: dict[str, Any]) -> str:
    if mine["status"] == "accepted":
        return "won"
    if mine["status"] != "open":
        return str(mine["status"])
    if mine["started"]:
        return "expired"
    taken = await fetchrow(
        "SELECT 1 FROM drive_slot_offers WHERE interview_id = $1 AND status = 'accepted'", freed["id"]
    )
    if taken is not None or freed["status"] not in ("cancelled", "absent"):
        return "lost"
    busy = await fetchrow(
        """SELECT count(*) FILTER (WHERE status = 'scheduled') AS scheduled,
                  count(*) FILTER (WHERE employer_id = $2
                                   OR (status = 'scheduled' AND starts_at < $4 AND ends_at > $3)) AS clash
           FROM drive_interviews WHERE participant_id = $1""",
        person["id"],
        freed["employer_id"],
        freed["starts_at"],
        freed["ends_at"],
    )
    assert busy is not None
    if person["status"] != "registered" or busy["clash"] or busy["scheduled"] >= person["max_interviews"]:
        return "taken"
    return "accepted"


async def _fill(offer_id: int, freed: dict[str, Any], participant_id: int) -> None:
    row = await fetchrow(
        """INSERT INTO drive_interviews (drive_id, participant_id, employer_id, starts_at, ends_at, booth,
                                         interviewer_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id""",
        freed["drive_id"],
        participant_id,
        freed["employer_id"],
        freed["starts_at"],
        freed["ends_at"],
        freed["booth"],
        freed["interviewer_id"],
    )
    assert row is not None
    await fetch(
        """UPDATE drive_slot_offers
           SET status = CASE WHEN id = $1 THEN 'accepted' ELSE 'lost' END, answered_at = now(),
               filled_by = CASE WHEN id = $1 THEN $3::bigint END
           WHERE interview_id = $2 AND (id = $1 OR status = 'open')""",
        offer_id,
        freed["id"],
        row["id"],
    )
