"""Accounts and employers (tenants)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from jobsfez.db import sql_migration

ID = "2026-11-24T00:00:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "accounts and employers"

SQL = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(254) NOT NULL,
    password_hash text NOT NULL,
    role varchar(16) NOT NULL CHECK (role IN ('seeker', 'employer', 'staff')),
    display_name varchar(100) NOT NULL DEFAULT '',
    locale varchar(8) NOT NULL DEFAULT 'ko',
    timezone varchar(64) NOT NULL DEFAULT 'Asia/Seoul',
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE login_events (
    id bigserial PRIMARY KEY,
    user_id varchar(32),
    email varchar(254) NOT NULL,
    address varchar(64) NOT NULL,
    outcome varchar(16) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE employers (
    id bigserial PRIMARY KEY,
    name_ko varchar(120) NOT NULL,
    name_en varchar(120) NOT NULL,
    sector varchar(32) NOT NULL,
    brn varchar(10) NOT NULL UNIQUE CHECK (brn ~ '^[0-9]{10}$'),
    address text NOT NULL,
    district varchar(32) NOT NULL,
    status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    approved_at timestamptz,
    approved_by bigint REFERENCES users (id),
    webhook_url text NOT NULL DEFAULT '',
    webhook_secret varchar(64) NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE employer_members (
    id bigserial PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    role varchar(16) NOT NULL CHECK (role IN ('owner', 'recruiter')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_members_employer ON employer_members (employer_id);

CREATE TABLE employer_invitations (
    id bigserial PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
    email varchar(254) NOT NULL,
    role varchar(16) NOT NULL CHECK (role IN ('owner', 'recruiter')),
    token_hash varchar(64) NOT NULL UNIQUE,
    invited_by bigint NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz
);
"""


async def forwards() -> MigrationManager:
    return sql_migration(ID, DESCRIPTION, SQL)
