"""Operator commands: `jobsfez create-staff EMAIL NAME` (the password is read from the terminal)."""

from __future__ import annotations

import asyncio
import getpass
import sys

from jobsfez.accounts import service as accounts
from jobsfez.config import Settings
from jobsfez.errors import DomainError
from jobsfez.resources import open_database


async def create_staff(email: str, name: str, password: str) -> None:
    async with open_database(Settings.from_env().database_url):
        await accounts.create_user(email=email, password=password, role="staff", display_name=name)


def main() -> None:
    args = sys.argv[1:]
    if len(args) != 3 or args[0] != "create-staff":
        sys.exit("usage: jobsfez create-staff EMAIL NAME")
    password = getpass.getpass("password for the new staff account: ")
    try:
        asyncio.run(create_staff(args[1], args[2], password))
    except DomainError as exc:
        sys.exit(f"{exc.message} {exc.fields}")
    print("staff account created")
