namespace Optimizer.Bench.Scaling;

/// <summary>Runs every (problem, W, asynchronous or synchronous, seed) on the virtual clock and summarizes them per (problem, W, mode).</summary>
public static class ScalingBenchmark
{
    public static IReadOnlyList<ScalingRow> Run(ScalingOptions options, TextWriter progress)
    {
        var rows = new List<ScalingRow>();
        foreach (var name in options.Problems)
        {
            var problem = ScalingProblem.Create(name, options.Strategy);
            if (options.Target is { } target)
                problem = problem with { Target = target };
            var budget = options.Budget > 0 ? options.Budget : problem.DefaultBudget;
            double? single = null;
            foreach (var workers in options.Workers)
            {
                foreach (var asynchronous in workers == 1 ? [true] : new[] { true, false })
                {
                    var outcomes = Enumerable.Range(1, options.Seeds)
                        .Select(seed => VirtualClockRun.Run(problem, workers, asynchronous, budget, options.Sigma, seed))
                        .ToArray();
                    var times = outcomes.Select(o => o.TimeToTarget ?? double.PositiveInfinity).Order().ToArray();
                    var middle = times.Length / 2;
                    var median = times.Length % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
                    double? time = double.IsFinite(median) ? median : null;
                    if (workers == 1)
                        single = time;
                    var row = new ScalingRow(name, workers, workers == 1 ? "async = sync" : asynchronous ? "async" : "sync batch",
                        time, outcomes.Count(o => o.TimeToTarget is not null), options.Seeds,
                        outcomes.Average(o => o.Utilization), outcomes.Average(o => o.Trials), single / time);
                    rows.Add(row);
                    progress.WriteLine($"{name} W={workers} {row.Mode}: {(time is { } t ? t.ToString("F2") : "not reached")}");
                }
            }
        }
        return rows;
    }
}
