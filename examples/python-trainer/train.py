#!/usr/bin/env python3
"""Logistic-regression gamma/hadron classifier for the MAGIC telescope data, standard library only.

The shape an Optimizer evaluator takes: hyper-parameters arrive as command-line arguments (and as JSON in
OPTIMIZER_PARAMS), metrics leave as a JSON object written to OPTIMIZER_RESULT_FILE (or printed as the last
line of stdout). Replace the body of train() by your xgboost/Keras training and keep the two ends.

Early stopping: after each epoch it prints {"step": epoch, "auc": ...} (flushed), the learning curve the study's
early_stopping rule reads. A trial the study stops gets SIGTERM: the handler below lets the epoch in progress end,
saves a checkpoint in OPTIMIZER_TRIAL_DIR and exits; after the grace period SIGKILL would end it anyway.
"""
import argparse
import json
import math
import os
import random
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "data", "magic04.data")


def load(path, rows, seed):
    with open(path) as f:
        lines = [l.strip().split(",") for l in f if l.strip()]
    random.Random(seed).shuffle(lines)
    lines = lines[:rows]
    x = [[float(v) for v in l[:10]] for l in lines]
    y = [1 if l[10] == "g" else 0 for l in lines]
    return x, y


def expand(x, features):
    if features == "quadratic":
        return [row + [v * v for v in row] for row in x]
    return x


def standardize(train, other):
    d = len(train[0])
    mean = [sum(r[j] for r in train) / len(train) for j in range(d)]
    sd = [math.sqrt(sum((r[j] - mean[j]) ** 2 for r in train) / len(train)) or 1.0 for j in range(d)]
    scale = lambda rows: [[(r[j] - mean[j]) / sd[j] for j in range(d)] for r in rows]
    return scale(train), scale(other)


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


class Stop:
    """Set by SIGTERM: the study stopped this trial (early stopping) and wants it to end soon."""
    requested = False

    @classmethod
    def install(cls):
        signal.signal(signal.SIGTERM, lambda signum, frame: setattr(cls, "requested", True))


def train(x, y, lr, l2, epochs, batch, seed, after_epoch=None):
    """Mini-batch gradient descent; after_epoch(epoch, w, b) after each epoch, which may return True to stop."""
    d = len(x[0])
    w = [0.0] * d
    b = 0.0
    order = list(range(len(x)))
    rng = random.Random(seed)
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            gw = [0.0] * d
            gb = 0.0
            for i in idx:
                row = x[i]
                err = sigmoid(b + sum(wj * xj for wj, xj in zip(w, row))) - y[i]
                for j in range(d):
                    gw[j] += err * row[j]
                gb += err
            n = len(idx)
            for j in range(d):
                w[j] -= lr * (gw[j] / n + l2 * w[j])
            b -= lr * gb / n
        if after_epoch is not None and after_epoch(epoch, w, b):
            break
    return w, b


def auc_and_efficiency(scores, labels, background_acceptance):
    ranked = sorted(zip(scores, labels), key=lambda p: -p[0])
    positives = sum(labels)
    negatives = len(labels) - positives
    tp = fp = 0
    area = 0.0
    efficiency = 0.0
    for _, label in ranked:
        if label:
            tp += 1
        else:
            fp += 1
            area += tp
            if fp <= background_acceptance * negatives:
                efficiency = tp / positives
    return area / (positives * negatives), efficiency


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lr", type=float, required=True)
    p.add_argument("--l2", type=float, required=True)
    p.add_argument("--epochs", type=int, required=True)
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--features", choices=["linear", "quadratic"], required=True)
    p.add_argument("--rows", type=int, default=12000)
    p.add_argument("--data", default=DEFAULT_DATA)
    a = p.parse_args()

    started = time.time()
    Stop.install()
    x, y = load(a.data, a.rows, seed=1)
    split = int(0.6 * len(x))
    train_x, valid_x = standardize(expand(x[:split], a.features), expand(x[split:], a.features))
    epochs = min(a.epochs, int(os.environ.get("OPTIMIZER_MAX_STEP", a.epochs)))

    def validate(w, b):
        scores = [b + sum(wj * xj for wj, xj in zip(w, row)) for row in valid_x]
        return auc_and_efficiency(scores, y[split:], 0.01)

    def after_epoch(epoch, w, b):
        print(json.dumps({"step": epoch, "auc": validate(w, b)[0]}), flush=True)
        if Stop.requested:
            checkpoint = os.path.join(os.environ.get("OPTIMIZER_TRIAL_DIR", "."), "checkpoint.json")
            with open(checkpoint, "w") as f:
                json.dump({"epoch": epoch, "w": w, "b": b}, f)
            print(f"stopped by the study after epoch {epoch}; checkpoint in {checkpoint}", file=sys.stderr)
            sys.exit(143)
        return False

    w, b = train(train_x, y[:split], a.lr, a.l2, epochs, a.batch, seed=2, after_epoch=after_epoch)
    auc, efficiency = validate(w, b)

    metrics = {"auc": auc, "signal_efficiency": efficiency, "train_seconds": time.time() - started}
    result_file = os.environ.get("OPTIMIZER_RESULT_FILE")
    if result_file:
        with open(result_file, "w") as f:
            json.dump(metrics, f)
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
