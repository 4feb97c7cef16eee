#!/usr/bin/env python3
"""An operator's control loop for the ARES transverse tuning task: one machine, one setting at a time, the optimizer
asked from the script (Optuna/Xopt style) through `optimizer serve`. Standard library only.

`set_magnets_and_measure` is the one function that talks to the machine; here it runs the tested linear-optics
simulator of this example (../evaluator), in a control room it would write the magnets and read the screen through
EPICS or DOOCS. Start: python3 examples/accelerator/python/control_loop.py  (it starts its own `optimizer serve`).
"""
import argparse
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(REPOSITORY, "clients", "python"))   # or: pip install ./clients/python
sys.path.insert(0, os.path.join(REPOSITORY, "examples", "python-ask-tell"))

from optimizer_client import Study, StudyFinished, local_service  # noqa: E402
from tune import optimizer  # noqa: E402  (the repository's optimizer command)

SIMULATOR = os.path.join(HERE, "..", "evaluator", "bin", "Release", "net10.0", "accelerator-evaluator.dll")
MAGNETS = ["k1_Q1", "k1_Q2", "theta_CV", "k1_Q3", "theta_CH"]


def set_magnets_and_measure(settings: dict, step: int, task_seed: int) -> float:
    """Sets the five magnets, measures the beam on the screen and returns its MAE to the target in metres."""
    arguments = ["dotnet", SIMULATOR, "--task-seed", str(task_seed), "--step", str(step)]
    for name in MAGNETS:
        arguments += [f"--{name}", repr(float(settings[name]))]
    measured = json.loads(subprocess.run(arguments, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
    return measured["mae_um"] * 1e-6


def tune(study: Study, task_seed: int) -> None:
    while True:
        try:
            trial = study.ask()                       # the next magnet settings; its number is the machine step
        except StudyFinished:
            break
        mae = set_magnets_and_measure(trial.params, trial.number, task_seed)
        study.tell(trial, {"log_mae": math.log(mae), "mae_um": mae * 1e6})
        print(f"step {trial.number}: MAE {mae * 1e6:8.1f} um", flush=True)
    best = study.best()[0]
    print(f"best MAE {best.values['mae_um']:.1f} um at step {best.number}: "
          + ", ".join(f"{name}={best.params[name]:.5g}" for name in MAGNETS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running `optimizer serve`; default: start one for study.yaml")
    parser.add_argument("--secret-file", default="~/.optimizer-secret")
    parser.add_argument("--task-seed", type=int, default=7)
    parser.add_argument("--trials", type=int, help="budget instead of study.yaml's (when starting the service)")
    parser.add_argument("--storage", help="study database (when starting the service)")
    a = parser.parse_args()
    if not os.path.exists(SIMULATOR):
        sys.exit(f"error: {SIMULATOR} not found; build it with: dotnet build -c Release examples/accelerator/evaluator")
    if a.url:
        tune(Study(a.url, secret_file=a.secret_file), a.task_seed)
        return
    with local_service(os.path.join(HERE, "study.yaml"), optimizer=optimizer(), trials=a.trials, storage=a.storage) as study:
        tune(study, a.task_seed)


if __name__ == "__main__":
    main()
