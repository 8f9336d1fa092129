"""Career centres as tenants: centres, their members and invitations, and the account role 'centre'."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-12-03T00:00:45:000000"
VERSION = "1.38.0"
DESCRIPTION = "career centres"

# A centre is a tenant as a company is: the same status and approval columns, members with a role, invitations
# whose token is stored as its hash. An account belongs to one organisation (user_id is unique among members).
SQL = """
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('seeker', 'employer', 'staff', 'centre'));

CREATE TABLE centres (
    id bigserial PRIMARY KEY,
    name_ko varchar(120) NOT NULL,
    name_en varchar(120) NOT NULL,
    kind varchar(32) NOT NULL,
    district varchar(32) NOT NULL,
    address text NOT NULL,
    phone varchar(20) NOT NULL,
    status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    approved_at timestamptz,
    approved_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE centre_members (
    id bigserial PRIMARY KEY,
    centre_id bigint NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    role varchar(16) NOT NULL CHECK (role IN ('manager', 'counsellor')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX centre_members_centre ON centre_members (centre_id);

CREATE TABLE centre_invitations (
    id bigserial PRIMARY KEY,
    centre_id bigint NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    email varchar(254) NOT NULL,
    role varchar(16) NOT NULL CHECK (role IN ('manager', 'counsellor')),
    token_hash varchar(64) NOT NULL UNIQUE,
    invited_by bigint NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz
);
CREATE INDEX centre_invitations_centre ON centre_invitations (centre_id);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
