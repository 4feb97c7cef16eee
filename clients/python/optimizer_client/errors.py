"""Exceptions of the client: one per way a request can fail that a script may want to handle."""

from __future__ import annotations

from typing import Optional


class OptimizerError(Exception):
    """A request the service refused or could not answer; ``status`` is the HTTP status (None: no answer)."""

    def __init__(self, message: str, status: Optional[int] = None, code: Optional[str] = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class CredentialError(OptimizerError):
    """The secret is wrong, missing or readable by others, or the service refused the token (401)."""


class StudyFinished(OptimizerError):
    """The study's budget is spent and every trial is finished: there is nothing more to ask (410)."""


class NoTrialAvailable(OptimizerError):
    """``ask(wait=False)``: the budget is spent but trials still run; one may come back if its lease lapses (503)."""


class LeaseLost(OptimizerError):
    """The trial is no longer this client's: its lease lapsed and it was handed out again, or it is finished (409)."""


class RequestError(OptimizerError):
    """The request itself is wrong: a missing objective, a value that is not a finite number, an unknown trial (400, 404)."""


class ServiceUnavailable(OptimizerError):
    """The service could not be reached, or kept failing, for as long as the client retries (``retry_for``)."""
