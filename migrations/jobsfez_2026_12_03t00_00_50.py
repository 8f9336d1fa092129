"""A drive's participants and the consent ledger their registration writes."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:50:000000"
VERSION = "1.38.0"
DESCRIPTION = "drive participants and consents"

# A participant is a person on one drive: a seeker who registered from the drive's page (user_id set, source
# 'self') or a row of a centre's roster (source 'roster'), whose user_id stays NULL until they claim it with the
# link we e-mailed (only the link token's SHA-256 is kept). Emails are stored lower-cased, and one email is on a
# drive once: importing the same file twice adds nobody twice. registered_by_centre_id is the host that brought
# the person (the lead for a registration from the public page): each host sees its own participants in full and
# only the drive's totals of the others.
# consents is a ledger: a row per consent given, never edited but to stamp its withdrawal once; erasing an account
# takes its participations and their consents with it (ON DELETE CASCADE), as it takes its other data.
SQL = """
CREATE TABLE drive_participants (
    id bigserial PRIMARY KEY,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    name varchar(100) NOT NULL,
    email varchar(254) NOT NULL CHECK (email = lower(email)),
    phone varchar(20) NOT NULL DEFAULT '',
    birth_year smallint,
    skills text[] NOT NULL DEFAULT '{}',
    skill_keys text[] NOT NULL DEFAULT '{}',
    sectors text[] NOT NULL DEFAULT '{}',
    registered_by_centre_id bigint NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    source varchar(8) NOT NULL CHECK (source IN ('self', 'roster')),
    status varchar(12) NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'withdrawn')),
    claim_token_hash varchar(64),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT drive_participants_once UNIQUE (drive_id, email),
    CONSTRAINT drive_participants_claimed CHECK (user_id IS NULL OR claim_token_hash IS NULL)
);
CREATE UNIQUE INDEX drive_participants_user_once ON drive_participants (drive_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX drive_participants_user ON drive_participants (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX drive_participants_centre ON drive_participants (drive_id, registered_by_centre_id);
CREATE UNIQUE INDEX drive_participants_claim ON drive_participants (claim_token_hash)
    WHERE claim_token_hash IS NOT NULL;

CREATE TABLE consents (
    id bigserial PRIMARY KEY,
    participant_id bigint NOT NULL REFERENCES drive_participants (id) ON DELETE CASCADE,
    drive_id bigint NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    shares varchar(32) NOT NULL CHECK (shares IN ('profile_and_resume')),
    shared_with varchar(32) NOT NULL CHECK (shared_with IN ('drive_employers')),
    given_via varchar(8) NOT NULL CHECK (given_via IN ('self', 'roster')),
    wording text NOT NULL,
    valid_until timestamptz NOT NULL,
    given_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    withdrawn_at timestamptz,
    CONSTRAINT consents_in_order CHECK (given_at < valid_until AND (withdrawn_at IS NULL OR given_at <= withdrawn_at))
);
CREATE INDEX consents_participant ON consents (participant_id, id);
CREATE UNIQUE INDEX consents_one_standing ON consents (participant_id) WHERE withdrawn_at IS NULL;

CREATE FUNCTION consents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL
       OR (NEW.id, NEW.participant_id, NEW.drive_id, NEW.shares, NEW.shared_with, NEW.given_via, NEW.wording,
           NEW.valid_until, NEW.given_at)
          IS DISTINCT FROM
          (OLD.id, OLD.participant_id, OLD.drive_id, OLD.shares, OLD.shared_with, OLD.given_via, OLD.wording,
           OLD.valid_until, OLD.given_at) THEN
        RAISE EXCEPTION 'consents are append-only: a consent is only ever stamped withdrawn, once';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION consents_append_only();
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
