"""Staff's overview: what waits for their decision, and how the platform is used this week, in one statement."""

from __future__ import annotations

from dataclasses import dataclass

from jobsfez.db import fetchrow

# Each figure is a scalar subquery over an index the page's other queries use already; the page reads them together.
SQL = """
SELECT
  (SELECT count(*) FROM employers WHERE status = 'pending') AS companies_pending,
  (SELECT count(*) FROM centres WHERE status = 'pending') AS centres_pending,
  (SELECT count(DISTINCT posting_id) FROM posting_reports WHERE status = 'open') AS postings_reported,
  (SELECT count(*) FROM notifications WHERE status = 'failed' AND created_at > now() - interval '7 days')
    AS deliveries_failed,
  (SELECT count(*) FROM users WHERE role = 'seeker' AND is_active) AS seekers,
  (SELECT count(*) FROM users WHERE role = 'employer' AND is_active) AS company_members,
  (SELECT count(*) FROM users WHERE role = 'centre' AND is_active) AS centre_members,
  (SELECT count(*) FROM users WHERE created_at > now() - interval '7 days') AS new_accounts,
  (SELECT count(*) FROM employers WHERE status = 'approved') AS companies,
  (SELECT count(*) FROM postings WHERE status = 'published' AND closes_at > now()) AS open_postings,
  (SELECT count(*) FROM applications WHERE created_at > now() - interval '7 days') AS applications,
  (SELECT count(*) FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
    WHERE b.status = 'booked' AND s.starts_at > now()) AS interviews_ahead,
  (SELECT count(DISTINCT application_id) FROM application_events
    WHERE to_stage = 'hired' AND created_at > now() - interval '30 days') AS hires
"""


@dataclass(frozen=True, slots=True)
class Overview:
    companies_pending: int
    centres_pending: int
    postings_reported: int  # postings with an open report
    deliveries_failed: int  # in the last 7 days
    seekers: int  # active accounts by role
    company_members: int
    centre_members: int
    new_accounts: int  # in the last 7 days
    companies: int  # approved
    open_postings: int
    applications: int  # in the last 7 days
    interviews_ahead: int  # booked, still to come
    hires: int  # applications moved to hired in the last 30 days

    @property
    def waiting(self) -> int:
        """How many decisions wait for staff: the figure the page leads with."""
        return self.companies_pending + self.centres_pending + self.postings_reported


async def overview() -> Overview:
    row = await fetchrow(SQL)
    assert row is not None  # one row, always
    return Overview(**row)
