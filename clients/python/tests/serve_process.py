"""A real ``optimizer serve`` on 127.0.0.1 for the client's tests: started, killed and restarted like a user would."""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import tempfile
import time
from typing import List, Optional

REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
STARTUP_SECONDS = 60


def optimizer_command() -> List[str]:
    """``$OPTIMIZER_CLI`` (a command line), else the CLI built by ``dotnet build``/``dotnet test`` in this repository."""
    if "OPTIMIZER_CLI" in os.environ:
        return shlex.split(os.environ["OPTIMIZER_CLI"])
    for configuration in ("Debug", "Release"):
        dll = os.path.join(REPOSITORY, "src", "Optimizer.Cli", "bin", configuration, "net10.0", "optimizer.dll")
        if os.path.exists(dll):
            return ["dotnet", dll]
    raise RuntimeError("no optimizer built: run `dotnet build src/Optimizer.Cli` or set OPTIMIZER_CLI")


STUDY = """\
name: {name}
parameters:
  - {{name: x, type: float, low: -2, high: 2}}
  - {{name: layers, type: int, low: 1, high: 4}}
  - {{name: activation, type: categorical, choices: [relu, tanh]}}
objectives:
  - {{name: loss, direction: minimize}}
budget: {{trials: {trials}}}
strategy: {{kind: {strategy}}}
"""


class ServeProcess:
    """``optimizer serve`` of a fresh study in a temporary directory; ``url`` once started."""

    def __init__(self, trials: int = 10, lease_timeout: int = 60, strategy: str = "auto", name: str = "client-test") -> None:
        self.directory = tempfile.mkdtemp(prefix="optimizer-client-test-")
        self.study = os.path.join(self.directory, "study.yaml")
        with open(self.study, "w", encoding="utf-8") as f:
            f.write(STUDY.format(name=name, trials=trials, strategy=strategy))
        self.secret_file = os.path.join(self.directory, "secret")
        with open(os.open(self.secret_file, os.O_WRONLY | os.O_CREAT, 0o600), "w", encoding="utf-8") as f:
            f.write(os.urandom(32).hex() + "\n")
        self.storage = os.path.join(self.directory, "study.db")
        self.lease_timeout = lease_timeout
        self.port = 0
        self.url = ""
        self.process: Optional[subprocess.Popen] = None
        self.stderr_path = os.path.join(self.directory, "serve.log")

    def arguments(self) -> List[str]:
        return optimizer_command() + ["serve", self.study, "--listen", f"127.0.0.1:{self.port}", "--secret-file",
                                      self.secret_file, "--storage", self.storage, "--lease-timeout", str(self.lease_timeout)]

    def start(self) -> "ServeProcess":
        """Starts the service (on the port of the previous start, if any) and waits until it listens."""
        with open(self.stderr_path, "a", encoding="utf-8") as log:
            log.write("--- start\n")
        log = open(self.stderr_path, "a", encoding="utf-8")
        self.process = subprocess.Popen(self.arguments(), stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            with open(self.stderr_path, encoding="utf-8") as f:
                matches = re.findall(r"serving study \S+ at (http://127\.0\.0\.1:(\d+))/", f.read())
            if len(matches) == self.starts():
                self.url, port = matches[-1]
                self.port = int(port)
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"optimizer serve exited with {self.process.returncode}:\n{self.log()}")
            time.sleep(0.1)
        raise RuntimeError(f"optimizer serve did not start in {STARTUP_SECONDS} s:\n{self.log()}")

    def starts(self) -> int:
        with open(self.stderr_path, encoding="utf-8") as f:
            return f.read().count("--- start\n")

    def kill(self) -> None:
        """SIGKILL: nothing is flushed or recorded on the way out."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def stop(self) -> int:
        """SIGTERM, as Ctrl-C: the exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)

    def log(self) -> str:
        with open(self.stderr_path, encoding="utf-8") as f:
            return f.read()

    def __enter__(self) -> "ServeProcess":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.stop()
