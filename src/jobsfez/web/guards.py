"""Route guards: who may reach a handler. Tenant scoping itself lives in the services."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from jobsfez import i18n
from jobsfez.centres.service import CentreActor
from jobsfez.employers.service import Actor
from jobsfez.web.context import CurrentUser


def _user(connection: ASGIConnection[Any, Any, Any, Any]) -> CurrentUser:
    user = connection.scope.get("state", {}).get("user")
    if not isinstance(user, CurrentUser):
        raise NotAuthorizedException(detail=i18n.gettext("Please log in first."))
    return user


async def logged_in(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    _user(connection)


async def seeker(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    if not _user(connection).is_seeker:
        raise PermissionDeniedException(detail=i18n.gettext("This page is for job seekers."))


async def employer_member(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    if _user(connection).actor is None:
        raise PermissionDeniedException(detail=i18n.gettext("This page is for company members."))


async def centre_member(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    centre_actor_of(connection)


async def centre_manager(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Pages only a manager uses; the services check the role again on every change."""
    if not centre_actor_of(connection).is_manager:
        raise PermissionDeniedException(detail=i18n.gettext("This page is for the centre's managers."))


async def staff(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    if not _user(connection).is_staff:
        raise PermissionDeniedException(detail=i18n.gettext("This page is for platform staff."))


def actor_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Actor:
    """The acting member of a company; use behind the ``employer_member`` guard."""
    actor = _user(connection).actor
    if actor is None:
        raise PermissionDeniedException(detail=i18n.gettext("This page is for company members."))
    return actor


def centre_actor_of(connection: ASGIConnection[Any, Any, Any, Any]) -> CentreActor:
    """The acting member of a career centre; use behind the ``centre_member`` guard."""
    centre = _user(connection).centre
    if centre is None:
        raise PermissionDeniedException(detail=i18n.gettext("This page is for career centre members."))
    return centre


def user_of(connection: ASGIConnection[Any, Any, Any, Any]) -> CurrentUser:
    return _user(connection)
