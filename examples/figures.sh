#!/usr/bin/env bash
# Regenerates the figures in the examples' READMEs: runs each example briefly (12 trials, 4 workers, seed 0) into a
# temporary store and draws every `optimizer plot` kind at its default size into examples/NAME/figures/.
# Usage, from anywhere: examples/figures.sh [EXAMPLE...]   (default: every example with a study file)
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${TRIALS:-12}
dotnet build src/Optimizer.Cli -c Release -v q >/dev/null
optimizer() { dotnet src/Optimizer.Cli/bin/Release/net10.0/optimizer.dll "$@"; }
examples=("$@")
[ ${#examples[@]} -gt 0 ] || examples=(python-trainer bdt-trigger dnn-fpga accelerator)
for example in "${examples[@]}"; do
  [ ! -d "examples/$example/evaluator" ] || dotnet build "examples/$example/evaluator" -c Release -v q >/dev/null
  storage="$(mktemp -d)/$example.db"
  optimizer run "examples/$example/study.yaml" --workers 4 --trials "$trials" --seed 0 --storage "$storage" --quiet
  mkdir -p "examples/$example/figures"
  for kind in pareto history timeline parallel; do
    optimizer plot "$storage" --kind "$kind" -o "examples/$example/figures/$kind.png"
  done
done
