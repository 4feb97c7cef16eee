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
    /// <summary>
    /// After each evaluation, in finishing order (length <paramref name="budget"/>): the first objective's noise-free value
    /// at the incumbent, the point with the best observed value. On a <see cref="NoisyProblem"/> the incumbent is chosen by
    /// its noisy observation (no model's recommendation), then scored by its true value; otherwise this is the best value seen.
    /// </summary>
    public static double[] IncumbentValueTrace(IProblem problem, IStrategy strategy, int pending, int budget)
    {
        var objective = problem.Objectives[0];
        var noiseFree = problem is NoisyProblem noisy ? noisy.NoiseFree : null;
        var inFlight = Math.Max(pending, 1);
        var history = new List<Observation>(budget);
        var running = new List<IReadOnlyDictionary<string, ParameterValue>>(inFlight);
        var trace = new double[budget];
        var incumbentObserved = double.NaN;
        var incumbentTrue = double.NaN;
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
            var values = problem.Evaluate(finished);
            history.Add(new Observation(finished, values));
            var observed = values[objective.Name];
            if (IsBetter(objective, observed, incumbentObserved))
            {
                incumbentObserved = observed;
                incumbentTrue = noiseFree is null ? observed : noiseFree.Evaluate(finished)[objective.Name];
            }
            trace[history.Count - 1] = incumbentTrue;
        }
        return trace;
    }

    private static bool IsBetter(Objective objective, double value, double incumbent) =>
        double.IsNaN(incumbent) || objective.ToMaximization(value) > objective.ToMaximization(incumbent);
}
