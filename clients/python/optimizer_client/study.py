"""The ask/tell client of ``optimizer serve``: :class:`Study`, the trials it hands out and what it answers."""

from __future__ import annotations

import json
import math
import os
import socket
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Union

from .credential import read_secret, token
from .errors import (CredentialError, LeaseLost, NoTrialAvailable, OptimizerError, RequestError,
                     ServiceUnavailable, StudyFinished)

ParamValue = Union[int, float, str]

# HTTP statuses worth retrying: the service restarting behind a proxy, or overloaded.
_TRANSIENT_STATUSES = {502, 504}
_FIRST_RETRY_DELAY = 0.25
_LONGEST_RETRY_DELAY = 2.0


@dataclass(frozen=True)
class Trial:
    """A trial asked by this client: ``number`` (unique in the study), ``attempt`` (grows when a trial whose client
    vanished is handed out again) and ``params`` (parameter name -> int, float or str)."""

    number: int
    attempt: int
    params: Dict[str, ParamValue]
    lease_seconds: float


@dataclass(frozen=True)
class TrialResult:
    """A finished trial as the service stores it: ``state`` is ``complete`` or ``failed``; ``values`` its metrics."""

    number: int
    state: str
    params: Dict[str, ParamValue]
    values: Dict[str, float]
    attempt: int
    worker: Optional[str] = None
    error: Optional[str] = None


@dataclass(frozen=True)
class Recommendation:
    """What ``recommend`` answers: ``trials`` (one for one objective, the Pareto front for several), the ``method``
    (``posterior-mean``, ``best-observed`` below 3 trials, ``pareto-front``) and the model's ``posterior_mean``."""

    trials: List[TrialResult]
    method: Optional[str]
    posterior_mean: Optional[float]


@dataclass
class _Heartbeats:
    """Trials this client holds, renewed by one daemon thread every third of their lease while they train."""

    trials: Dict[int, Trial] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    wake: threading.Event = field(default_factory=threading.Event)
    thread: Optional[threading.Thread] = None


class Study:
    """A study run by ``optimizer serve``, driven from this process by ask and tell.

    ``Study("http://127.0.0.1:8765", secret_file="~/.optimizer-secret")``. Thread-safe: several threads (or
    processes, each with its own ``Study``) may ask at once; every trial asked and not yet told is a pending point.
    A trial asked is kept alive by heartbeats from a background thread until it is told or failed; if this process
    dies, the service hands the trial to another client after its lease (``--lease-timeout``).
    Requests that cannot reach the service (a restart) are retried for ``retry_for`` seconds; retries are safe: an
    ask retried returns the same trial, a tell retried is recorded once.
    """

    def __init__(self, url: str, secret_file: Optional[str] = None, *, secret: Optional[str] = None,
                 client: Optional[str] = None, timeout: float = 30.0, retry_for: float = 60.0,
                 heartbeat: bool = True) -> None:
        if (secret_file is None) == (secret is None):
            raise CredentialError("give exactly one of secret_file= and secret=")
        self.url = url.rstrip("/")
        self._secret = read_secret(secret_file) if secret_file is not None else secret.strip().encode("utf-8")  # type: ignore[union-attr]
        self.client = client or f"{socket.gethostname()}/{os.getpid()}"
        self.timeout = timeout
        self.retry_for = retry_for
        self._heartbeat = heartbeat
        self._heartbeats = _Heartbeats()
        self._parameter_types: Optional[Dict[str, str]] = None

    def info(self) -> Dict[str, Any]:
        """The study: ``name``, ``parameters`` (name and type), ``objectives``, ``required_metrics``, ``budget``,
        ``lease_seconds``, ``trials`` (count by state) and ``finished``."""
        return self._request("GET", "/v1/study")

    def ask(self, wait: bool = True, poll: float = 1.0) -> Trial:
        """The next trial to evaluate. When the budget is spent but trials still run (one may come back if its client
        vanished), waits and asks again every ``poll`` seconds, or raises :class:`NoTrialAvailable` with
        ``wait=False``. Raises :class:`StudyFinished` once every trial is finished."""
        request_id = uuid.uuid4().hex
        while True:
            try:
                answer = self._request("POST", "/v1/ask", {"client": self.client, "request_id": request_id})
                break
            except NoTrialAvailable:
                if not wait:
                    raise
                time.sleep(poll)
        trial = self._trial(answer)
        if self._heartbeat:
            self._hold(trial)
        return trial

    def report(self, trial: Trial, step: int, values: Mapping[str, float]) -> bool:
        """Stores intermediate ``values`` at ``step`` (an epoch, from 1) and renews the lease; True when the study's
        early-stopping rule says the trial should stop (then end it with ``tell`` or ``fail``)."""
        return bool(self._request("POST", f"/v1/trials/{trial.number}/report",
                                  {"attempt": trial.attempt, "step": step, "values": _metrics(values)})["should_stop"])

    def tell(self, trial: Trial, values: Mapping[str, float]) -> TrialResult:
        """Records the trial's result: every objective and constraint metric the study names (extra ones are kept).
        Raises :class:`LeaseLost` when the trial was handed to another client meanwhile."""
        try:
            answer = self._request("POST", f"/v1/trials/{trial.number}/tell",
                                   {"attempt": trial.attempt, "values": _metrics(values)})
        except LeaseLost:
            self._release(trial)
            raise
        self._release(trial)
        return self._result(answer["trial"])

    def fail(self, trial: Trial, reason: str) -> TrialResult:
        """Records that the trial failed (``reason``: what went wrong); the study goes on without its point."""
        try:
            answer = self._request("POST", f"/v1/trials/{trial.number}/fail", {"attempt": trial.attempt, "reason": reason})
        finally:
            self._release(trial)
        return self._result(answer["trial"])

    def best(self) -> List[TrialResult]:
        """The best feasible complete trial (a list of one, or of every trial tied with it) for one objective; the
        Pareto front for several. Empty before any."""
        return [self._result(t) for t in self._request("GET", "/v1/best")["trials"]]

    def recommend(self) -> Recommendation:
        """For noisy studies: the complete trial with the best posterior mean of a GP on every complete trial."""
        answer = self._request("GET", "/v1/recommend")
        return Recommendation([self._result(t) for t in answer["trials"]], answer["method"], answer["posterior_mean"])

    def trials(self) -> List[TrialResult]:
        """Every trial of the study, in the ``optimizer export`` format."""
        return [self._result(t) for t in self._request("GET", "/v1/trials")["trials"]]

    def close(self) -> None:
        """Stops the heartbeats (the trials still held lapse after their lease)."""
        with self._heartbeats.lock:
            self._heartbeats.trials.clear()
        self._heartbeats.wake.set()

    def __enter__(self) -> "Study":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- heartbeats ---------------------------------------------------------------------------------------------

    def _hold(self, trial: Trial) -> None:
        beats = self._heartbeats
        with beats.lock:
            beats.trials[trial.number] = trial
            if beats.thread is None or not beats.thread.is_alive():
                beats.thread = threading.Thread(target=self._beat, name="optimizer-heartbeat", daemon=True)
                beats.thread.start()

    def _release(self, trial: Trial) -> None:
        with self._heartbeats.lock:
            self._heartbeats.trials.pop(trial.number, None)

    def _beat(self) -> None:
        beats = self._heartbeats
        while True:
            with beats.lock:   # one acquisition: a trial held meanwhile sees this thread gone and starts another
                held = list(beats.trials.values())
                if not held:
                    beats.thread = None
                    return
            beats.wake.wait(min(t.lease_seconds for t in held) / 3)
            beats.wake.clear()
            for trial in held:
                try:
                    self._request("POST", f"/v1/trials/{trial.number}/heartbeat", {"attempt": trial.attempt}, retry=False)
                except LeaseLost:
                    self._release(trial)   # tell will say so to the script
                except (OptimizerError, OSError):
                    pass                   # the service is restarting: the next beat tries again

    # -- transport ------------------------------------------------------------------------------------------------

    def _request(self, method: str, path: str, body: Optional[Dict[str, Any]] = None, retry: bool = True) -> Dict[str, Any]:
        data = None if body is None else json.dumps(body, allow_nan=False).encode("utf-8")
        deadline = time.monotonic() + (self.retry_for if retry else 0)
        delay = _FIRST_RETRY_DELAY
        while True:
            request = urllib.request.Request(self.url + path, data=data, method=method, headers={
                "Authorization": "Bearer " + token(self._secret),
                "Content-Type": "application/json",
                "Accept": "application/json",
            })
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read().decode("utf-8"))
            except urllib.error.HTTPError as e:
                if e.code not in _TRANSIENT_STATUSES or time.monotonic() >= deadline:
                    raise _error(e) from None
            except (urllib.error.URLError, ConnectionError, socket.timeout) as e:
                if time.monotonic() >= deadline:
                    raise ServiceUnavailable(f"{method} {self.url}{path}: the service does not answer ({_why(e)})") from e
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(2 * delay, _LONGEST_RETRY_DELAY)

    def _types(self) -> Dict[str, str]:
        if self._parameter_types is None:
            self._parameter_types = {p["name"]: p["type"] for p in self.info()["parameters"]}
        return self._parameter_types

    def _params(self, params: Dict[str, Any]) -> Dict[str, ParamValue]:
        types = self._types()
        return {name: int(round(v)) if types.get(name) == "int" else float(v) if types.get(name) == "float" else v
                for name, v in params.items()}

    def _trial(self, answer: Dict[str, Any]) -> Trial:
        t = answer["trial"]
        return Trial(t["number"], t["attempt"], self._params(t["params"]), float(answer["lease_seconds"]))

    def _result(self, t: Dict[str, Any]) -> TrialResult:
        return TrialResult(t["number"], t["state"], self._params(t["params"]), dict(t["values"]), t["attempt"],
                           t.get("worker"), t.get("error"))


def _metrics(values: Mapping[str, float]) -> Dict[str, float]:
    checked = {}
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise RequestError(f"values[{name!r}]: {value!r} is not a finite number; use fail() for a broken trial")
        checked[str(name)] = float(value)
    return checked


def _why(e: BaseException) -> str:
    reason = getattr(e, "reason", None)
    return str(reason if reason is not None else e)


def _error(e: urllib.error.HTTPError) -> OptimizerError:
    try:
        answer = json.loads(e.read().decode("utf-8"))
        message, code = str(answer.get("error", e.reason)), answer.get("code")
    except (ValueError, AttributeError):
        message, code = f"HTTP {e.code} {e.reason}", None
    kind = {401: CredentialError, 410: StudyFinished, 404: RequestError, 400: RequestError}.get(e.code)
    if e.code == 409:
        kind = LeaseLost
    if e.code == 503 and code == "wait":
        kind = NoTrialAvailable
    return (kind or OptimizerError)(message, e.code, code)
