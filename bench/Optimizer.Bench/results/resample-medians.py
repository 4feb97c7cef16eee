# How often the suite's count of "at least as good as BoTorch sequential" holds by seed luck alone.
# For each problem: the chance that the median of k seeds drawn (with replacement) from our per-seed values is at least
# as good as BoTorch's median (k = 5 single-objective, 3 multi-objective, as in the suite), and the chance against a
# median of k drawn from BoTorch's own per-seed values too; their sums are the expected counts.
# usage: python3 resample-medians.py REFERENCE_JSON RESULT_FILE... (bench quality tables, or mo-quality --json files)
import json, random, re, statistics, sys

suite = json.load(open(sys.argv[1]))
reference = suite['problems']
# Single-objective problems are the ones with a known optimum (regret, lower is better); the others score hypervolume.
single_objective = suite['protocol']['optimum']
rows = {}
for path in sys.argv[2:]:
    if path.endswith('.json'):
        for row in json.load(open(path)):
            if row['strategy'] in ('gp', 'nehvi') and row['workers'] == 4: rows[row['problem']] = row['perSeed']
        continue
    for line in open(path):
        match = re.match(r'^([a-z_0-9]+) +(gp|nehvi) +4 +\S+ +\S+ +\S+ +\S+ +\S+ +\S+ +(.*)$', line)
        if match:
            values = [float(v) for v in match.group(3).split()]
            if len(values) > len(rows.get(match.group(1), [])): rows[match.group(1)] = values
random.seed(1)
draws = 20000
expected_fixed = expected_both = 0.0
counted = 0
for problem, ours in rows.items():
    botorch = reference[problem]['botorch_seq']['per_seed']
    if not botorch: continue
    higher = problem not in single_objective
    k = 3 if higher else 5
    at_least = (lambda a, b: a >= b) if higher else (lambda a, b: a <= b)
    median = statistics.median(botorch)
    fixed = sum(at_least(statistics.median(random.choices(ours, k=k)), median) for _ in range(draws)) / draws
    both = sum(at_least(statistics.median(random.choices(ours, k=k)), statistics.median(random.choices(botorch, k=k))) for _ in range(draws)) / draws
    expected_fixed += fixed
    expected_both += both
    counted += 1
    print(f"{problem:16s} seeds={len(ours):2d} ours={statistics.median(ours):.4g} botorch={median:.4g} "
          f"P(>= botorch's median)={fixed:.2f} P(>= resampled botorch)={both:.2f}")
print(f"expected count: {expected_fixed:.1f} against BoTorch's medians, {expected_both:.1f} against resampled ones, of {counted}")
