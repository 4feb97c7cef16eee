using System.Diagnostics;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench.Latency;

/// <summary>
/// Proposal latency on Hartmann6 (d = 6) with a scrambled-Sobol history. For each n with k repeats: one strategy instance
/// gets n - k observations and proposes once (unmeasured warm-up: its first model fit), then the history grows by one
/// observation before each of k timed proposals (each after --gap-ms of wall time, as trials finishing in a study), so the timings carry the strategy's own cache and refit schedule as a
/// study would. Separately, a fresh instance's first proposal at n is timed: the cost of a full hyper-parameter refit.
/// The points in flight at history size m are design points m .. m + P - 1 (the next to finish).
/// </summary>
public static class LatencyBenchmark
{
    public const int Seed = 0;

    public static IReadOnlyList<LatencyRow> Run(LatencyOptions options)
    {
        var problem = new Hartmann6();
        var design = SobolHistory.Create(problem, options.Observations.Max() + options.Pending, Seed);
        // Unmeasured pass at the smallest n so that JIT compilation is not timed.
        Measure(problem, design, options, options.Observations.Min());
        return options.Observations.Select(n => Measure(problem, design, options, n)).ToArray();
    }

    private static LatencyRow Measure(IProblem problem, IReadOnlyList<Observation> design, LatencyOptions options, int n)
    {
        var strategy = StrategyRegistry.Create(options.Strategy, problem, Seed);
        var warmUp = n - options.Repeats;
        strategy.Propose(History(design, warmUp), Pending(design, warmUp, options.Pending), 1);
        var milliseconds = new double[options.Repeats];
        for (var r = 0; r < options.Repeats; r++)
        {
            Thread.Sleep(options.GapMs);
            milliseconds[r] = TimeProposal(strategy, design, warmUp + 1 + r, options.Pending);
        }
        var refit = TimeProposal(StrategyRegistry.Create(options.Strategy, problem, Seed), design, n, options.Pending);
        return new LatencyRow(
            options.Strategy, n, problem.Space.Dimension, options.Pending, options.Repeats, options.GapMs,
            Quantiles.Of(milliseconds, 0.5), Quantiles.Of(milliseconds, 0.9), milliseconds.Average(), refit);
    }

    private static double TimeProposal(IStrategy strategy, IReadOnlyList<Observation> design, int count, int pendingCount)
    {
        var history = History(design, count);
        var pending = Pending(design, count, pendingCount);
        var start = Stopwatch.GetTimestamp();
        strategy.Propose(history, pending, 1);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static List<Observation> History(IReadOnlyList<Observation> design, int count) => design.Take(count).ToList();

    private static List<Assignment> Pending(IReadOnlyList<Observation> design, int start, int count) =>
        design.Skip(start).Take(count).Select(o => o.Parameters).ToList();
}
