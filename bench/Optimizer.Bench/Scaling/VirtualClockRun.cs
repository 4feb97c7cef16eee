using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Bench.Scaling;

/// <summary>
/// One simulated study on a virtual clock: W workers, evaluation times exp(sigma Z) (log-normal, median 1), proposals free
/// (not charged to the clock). Asynchronous: a worker that finishes gets a new point at once, proposed with the running
/// points as pending. Synchronous: W points proposed together, the next batch only after the slowest of them finished.
/// Stops when the score reaches the target or the budget is spent.
/// </summary>
internal static class VirtualClockRun
{
    /// <summary>Virtual time at which the target was reached (null: never within the budget), and worker utilization up to then.</summary>
    public readonly record struct Outcome(double? TimeToTarget, double Utilization, int Trials);

    public static Outcome Run(ScalingProblem problem, int workers, bool asynchronous, int budget, double sigma, int seed)
    {
        var strategy = problem.Strategy(seed);
        var durations = new Random(unchecked(seed * 7919 + workers));
        var history = new List<Observation>();
        var running = new PriorityQueue<(Assignment Point, double Start), double>();
        var started = new List<(double Start, double End)>();
        var now = 0.0;

        void Dispatch(IReadOnlyList<Assignment> points)
        {
            foreach (var point in points)
            {
                var end = now + Math.Exp(sigma * Normal(durations));
                running.Enqueue((point, now), end);
                started.Add((now, end));
            }
        }

        IReadOnlyList<Assignment> Pending() => running.UnorderedItems.Select(r => r.Element.Point).ToArray();

        Dispatch(strategy.Propose(history, [], Math.Min(workers, budget)));
        while (running.TryDequeue(out var finished, out var end))
        {
            now = end;
            history.Add(new Observation(finished.Point, problem.Problem.Evaluate(finished.Point)));
            if (problem.Score(history) >= problem.Target)
                return new Outcome(now, Utilization(started, workers, now), history.Count);
            var left = budget - started.Count;
            if (left <= 0)
                continue;
            if (asynchronous)
                Dispatch(strategy.Propose(history, Pending(), 1));
            else if (running.Count == 0)
                Dispatch(strategy.Propose(history, [], Math.Min(workers, left)));
        }
        return new Outcome(null, Utilization(started, workers, now), history.Count);
    }

    // Busy worker-time within [0, until] over the worker-time available in it.
    private static double Utilization(IReadOnlyList<(double Start, double End)> trials, int workers, double until) =>
        until <= 0 ? 1 : trials.Sum(t => Math.Max(0, Math.Min(t.End, until) - t.Start)) / (workers * until);

    // Box-Muller: one standard normal draw.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
