"""Start ``optimizer serve`` from a script or notebook on this machine, with a fresh secret, and drive it."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from typing import Iterator, List, Optional, Sequence

from .errors import ServiceUnavailable
from .study import Study

_SERVING = re.compile(r"serving study \S+ at (http://\S+?)/? ")
STARTUP_SECONDS = 180.0


def optimizer_command() -> List[str]:
    """``$OPTIMIZER_CLI`` (a command line such as ``dotnet /path/optimizer.dll``), else ``optimizer`` on the PATH."""
    if os.environ.get("OPTIMIZER_CLI"):
        import shlex
        return shlex.split(os.environ["OPTIMIZER_CLI"])
    if shutil.which("optimizer"):
        return ["optimizer"]
    raise ServiceUnavailable("no optimizer command: install it as a .NET tool, or set OPTIMIZER_CLI "
                             "(e.g. OPTIMIZER_CLI='dotnet src/Optimizer.Cli/bin/Release/net10.0/optimizer.dll')")


@contextlib.contextmanager
def local_service(study_file: str, *, optimizer: Optional[Sequence[str]] = None, storage: Optional[str] = None,
                  seed: Optional[int] = None, trials: Optional[int] = None,
                  lease_timeout: Optional[int] = None) -> Iterator[Study]:
    """Runs ``optimizer serve STUDY_FILE`` on 127.0.0.1 (a free port) with a new secret (mode 600, removed after) and
    yields a :class:`Study` connected to it; the service is stopped (SIGTERM) on leaving the block. Its log goes to
    stderr."""
    directory = tempfile.mkdtemp(prefix="optimizer-serve-")
    secret_file = os.path.join(directory, "secret")
    with open(os.open(secret_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as f:
        f.write(os.urandom(32).hex() + "\n")
    command = list(optimizer or optimizer_command()) + ["serve", study_file, "--listen", "127.0.0.1:0", "--secret-file", secret_file]
    for option, value in (("--storage", storage), ("--seed", seed), ("--trials", trials), ("--lease-timeout", lease_timeout)):
        if value is not None:
            command += [option, str(value)]
    process = subprocess.Popen(command, stdout=sys.stderr, stderr=subprocess.PIPE, text=True)
    try:
        url = _wait_for_url(process)
        with Study(url, secret_file=secret_file) as study:
            yield study
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=60)
        shutil.rmtree(directory, ignore_errors=True)


def _wait_for_url(process: subprocess.Popen) -> str:
    found: List[str] = []
    ready = threading.Event()

    def relay() -> None:   # the service's log to our stderr, noting the URL when it listens
        assert process.stderr is not None
        for line in process.stderr:
            sys.stderr.write(line)
            match = _SERVING.search(line)
            if match and not found:
                found.append(match.group(1))
                ready.set()
        ready.set()

    threading.Thread(target=relay, name="optimizer-serve-log", daemon=True).start()
    if not ready.wait(STARTUP_SECONDS) or not found:
        raise ServiceUnavailable(f"optimizer serve did not start (exit code {process.poll()}); see its messages above")
    return found[0]
