#!/usr/bin/env python3
"""Evaluator of the command-line tests: prints {"y": (x - 0.3)^2 + (n - 2)^2 / 10} as its last stdout line.

Environment: EVAL_SLEEP (seconds to take, default 0), EVAL_MARKER (a file to which each evaluation appends its trial
number, so a test can tell that a process evaluated something), EVAL_SCALE (y is multiplied by it), EVAL_OFFSET
(then added to y) and EVAL_MODE:
  ok     always succeeds (default)
  fail   always exits 1
  flaky  by trial number (OPTIMIZER_TRIAL_ID): 1 crashes, 2 prints garbage, 3 reports NaN, 4 hangs past any timeout
  file   writes the result to OPTIMIZER_RESULT_FILE first, then sleeps EVAL_SLEEP, then exits
With OPTIMIZER_MAX_STEP set (early stopping) it first reports {"step": t, "y": y + 1/t} for t = 1 .. max, spreading
EVAL_SLEEP over the steps. EVAL_RANKED=1 sets y to the trial number (a lower-numbered trial is better at every step);
EVAL_HANG_TRIAL=N makes trial N hang after its step 2 until its worker is gone (its parent process changes).
"""
import json
import os
import sys
import time

args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
x = float(args["--x"])
n = int(args["--n"])
mode = os.environ.get("EVAL_MODE", "ok")
trial = int(os.environ["OPTIMIZER_TRIAL_ID"])
if os.environ.get("EVAL_MARKER"):
    with open(os.environ["EVAL_MARKER"], "a") as marker:
        marker.write(f"{trial}\n")
y = ((x - 0.3) ** 2 + (n - 2) ** 2 / 10) * float(os.environ.get("EVAL_SCALE", "1")) + float(os.environ.get("EVAL_OFFSET", "0"))
if os.environ.get("EVAL_RANKED") == "1":
    y = float(trial)
if mode == "file":
    with open(os.environ["OPTIMIZER_RESULT_FILE"], "w") as result:
        json.dump({"y": y}, result)
if "OPTIMIZER_MAX_STEP" in os.environ:
    steps = int(os.environ["OPTIMIZER_MAX_STEP"])
    for step in range(1, steps + 1):
        time.sleep(float(os.environ.get("EVAL_SLEEP", "0")) / steps)
        print(json.dumps({"step": step, "y": y + 1 / step}), flush=True)
        if step == 2 and os.environ.get("EVAL_HANG_TRIAL") == str(trial):
            parent = os.getppid()
            while os.getppid() == parent:
                time.sleep(0.2)
            sys.exit(1)
else:
    time.sleep(float(os.environ.get("EVAL_SLEEP", "0")))
if mode == "file":
    sys.exit(0)

if mode == "fail":
    print("detector offline", file=sys.stderr)
    sys.exit(1)
if mode == "flaky":
    if trial == 1:
        print("segmentation fault (pretend)", file=sys.stderr)
        sys.exit(3)
    if trial == 2:
        print("this is not json {")
        sys.exit(0)
    if trial == 3:
        print(json.dumps({"y": float("nan")}))
        sys.exit(0)
    if trial == 4:
        time.sleep(600)

print("training...")
print(json.dumps({"y": y}))
