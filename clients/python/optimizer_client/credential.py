"""The bearer token of ``optimizer serve``: a fresh HMAC-SHA256 signature per request, so the secret never travels.

Token: ``v1.SECONDS.NONCE.MAC`` with SECONDS the Unix time, NONCE 32 random hex digits and
MAC = hex(HMAC-SHA256(secret, "optimizer-serve\\nSECONDS\\nNONCE")). The service accepts a token once, within 60 s of
its clock.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
import time
from typing import Optional

from .errors import CredentialError


def read_secret(path: str) -> bytes:
    """The secret in ``path`` (surrounding white space removed), refusing a file that group or others may access."""
    expanded = os.path.expanduser(path)
    try:
        mode = os.stat(expanded).st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise CredentialError(
                f"secret file {expanded}: group or others may access it (mode {stat.S_IMODE(mode):03o}); "
                f"restrict it with: chmod 600 {expanded}")
        with open(expanded, encoding="utf-8") as f:
            text = f.read().strip()
    except OSError as e:
        raise CredentialError(f"secret file {expanded}: {e.strerror}") from e
    if not text:
        raise CredentialError(f"secret file {expanded} is empty; create one with: openssl rand -hex 32 > {expanded}")
    return text.encode("utf-8")


def token(secret: bytes, now: Optional[float] = None) -> str:
    """A token for one request sent at ``now`` (default: the current time)."""
    seconds = str(int(time.time() if now is None else now))
    nonce = secrets.token_hex(16)
    mac = hmac.new(secret, f"optimizer-serve\n{seconds}\n{nonce}".encode("utf-8"), hashlib.sha256).hexdigest()
    return f"v1.{seconds}.{nonce}.{mac}"
