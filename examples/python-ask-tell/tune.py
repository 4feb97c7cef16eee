#!/usr/bin/env python3
"""Tune the MAGIC gamma/hadron classifier of examples/python-trainer from a plain Python loop, asking and telling
`optimizer serve` (see README.md). Standard library only.

    python3 examples/python-ask-tell/tune.py                      # starts its own `optimizer serve`
    python3 examples/python-ask-tell/tune.py --url http://127.0.0.1:8765 --secret-file ~/.optimizer-secret
"""
import argparse
import os
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPOSITORY, "clients", "python"))        # or: pip install ./clients/python
sys.path.insert(0, os.path.join(REPOSITORY, "examples", "python-trainer"))

import train  # noqa: E402  (the python-trainer example's data loading, model and metrics)
from optimizer_client import Study, StudyFinished, local_service  # noqa: E402


def evaluate(study: Study, trial, data: str, rows: int) -> dict:
    """Trains with the trial's parameters, reporting the validation AUC after each epoch; the final metrics."""
    p = trial.params
    x, y = train.load(data, rows, seed=1)
    split = int(0.6 * len(x))
    train_x, valid_x = train.standardize(train.expand(x[:split], p["features"]), train.expand(x[split:], p["features"]))
    auc = efficiency = 0.0
    for epoch in range(1, p["epochs"] + 1):
        # train.train has no warm start, so each epoch's model is trained afresh; a real trainer reports as it goes.
        w, b = train.train(train_x, y[:split], p["learning_rate"], p["l2"], epoch, int(p["batch_size"]), seed=2)
        scores = [b + sum(wj * xj for wj, xj in zip(w, row)) for row in valid_x]
        auc, efficiency = train.auc_and_efficiency(scores, y[split:], 0.01)
        if study.report(trial, step=epoch, values={"auc": auc}):
            break                                                            # the study's early-stopping rule says stop
    return {"auc": auc, "signal_efficiency": efficiency}


def work(study: Study, data: str, rows: int) -> None:
    while True:
        try:
            trial = study.ask()
        except StudyFinished:
            return
        try:
            metrics = evaluate(study, trial, data, rows)
        except Exception as e:   # a broken trial is failed with its reason, and the loop goes on
            study.fail(trial, f"{type(e).__name__}: {e}")
            continue
        study.tell(trial, metrics)
        print(f"trial {trial.number}: auc {metrics['auc']:.4f} {trial.params}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running `optimizer serve`; default: start one for study.yaml")
    parser.add_argument("--secret-file", default="~/.optimizer-secret")
    parser.add_argument("--data", default=train.DEFAULT_DATA)
    parser.add_argument("--rows", type=int, default=4000, help="events used (train.py's default is 12000)")
    parser.add_argument("--threads", type=int, default=2, help="trainings at once, each asking for its own trial")
    parser.add_argument("--trials", type=int, help="budget instead of study.yaml's (when starting the service)")
    parser.add_argument("--storage", help="study database (when starting the service); default python-ask-tell.db here")
    a = parser.parse_args()

    def run(study: Study) -> None:
        threads = [threading.Thread(target=work, args=(study, a.data, a.rows)) for _ in range(a.threads)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        best = study.best()[0]
        print(f"best auc {best.values['auc']:.4f} at trial {best.number}: {best.params}")
        print(f"recommended: trial {study.recommend().trials[0].number}")

    if a.url:
        run(Study(a.url, secret_file=a.secret_file))
        return
    with local_service(os.path.join(HERE, "study.yaml"), optimizer=optimizer(), trials=a.trials, storage=a.storage) as study:
        run(study)


def optimizer() -> list:
    """$OPTIMIZER_CLI, else the CLI built in this repository (`dotnet build src/Optimizer.Cli`), else `dotnet run` it."""
    if os.environ.get("OPTIMIZER_CLI"):
        return os.environ["OPTIMIZER_CLI"].split()
    for configuration in ("Release", "Debug"):
        dll = os.path.join(REPOSITORY, "src", "Optimizer.Cli", "bin", configuration, "net10.0", "optimizer.dll")
        if os.path.exists(dll):
            return ["dotnet", dll]
    return ["dotnet", "run", "--project", os.path.join(REPOSITORY, "src", "Optimizer.Cli"), "--"]


if __name__ == "__main__":
    main()
