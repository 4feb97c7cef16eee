using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.Quality;

/// <summary>
/// One strategy on one problem with a fixed number of points in flight. With <c>pending</c> = P &gt; 0, P points are
/// always being evaluated: the oldest finishes, then the strategy proposes one point given the history and the other
/// P - 1 pending. With P = 0 each point is evaluated before the next is proposed.
/// </summary>
public static class OptimizationRun
{
    /// <summary>Best value of the first objective after each evaluation, in finishing order (length <paramref name="budget"/>).</summary>
    public static double[] BestValueTrace(IProblem problem, IStrategy strategy, int pending, int budget)
    {
        var objective = problem.Objectives[0];
        var inFlight = Math.Max(pending, 1);
        var history = new List<Observation>(budget);
        var running = new List<IReadOnlyDictionary<string, ParameterValue>>(inFlight);
        var trace = new double[budget];
        var proposed = 0;
        while (history.Count < budget)
        {
            while (running.Count < inFlight && proposed < budget)
            {
                running.Add(strategy.Propose(history, running, 1)[0]);
                proposed++;
            }
            var finished = running[0];
            running.RemoveAt(0);
            history.Add(new Observation(finished, problem.Evaluate(finished)));
            trace[history.Count - 1] = Better(objective, history.Count > 1 ? trace[history.Count - 2] : double.NaN, history[^1].Values[objective.Name]);
        }
        return trace;
    }

    private static double Better(Objective objective, double best, double value) =>
        double.IsNaN(best) || objective.ToMaximization(value) > objective.ToMaximization(best) ? value : best;
}
