"""Domain errors: services raise them, the web layer turns them into pages, fragments or JSON."""

from __future__ import annotations

from jobsfez.i18n import lazy


class DomainError(Exception):
    """Base: carries an English msgid that the web layer translates, and optional field errors."""

    status_code = 400

    def __init__(self, message: str, *, fields: dict[str, str] | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}
        self.params = params


class ValidationFailed(DomainError):
    status_code = 400


class NotFound(DomainError):
    status_code = 404

    def __init__(self, message: str = lazy("We could not find this page.")) -> None:
        super().__init__(message)


class Forbidden(DomainError):
    status_code = 403


class Conflict(DomainError):
    status_code = 409


class Throttled(DomainError):
    status_code = 429
