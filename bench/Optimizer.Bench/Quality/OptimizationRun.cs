using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.Quality;

/// <summary>One strategy on one problem with a fixed number of points in flight (see <see cref="AsynchronousLoop"/>).</summary>
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
        var trace = new double[budget];
        var incumbentObserved = double.NaN;
        var incumbentTrue = double.NaN;
        AsynchronousLoop.Run(strategy, pending, budget, problem.Evaluate, history =>
        {
            var last = history[^1];
            var observed = last.Values[objective.Name];
            if (IsBetter(objective, observed, incumbentObserved))
            {
                incumbentObserved = observed;
                incumbentTrue = noiseFree is null ? observed : noiseFree.Evaluate(last.Parameters)[objective.Name];
            }
            trace[history.Count - 1] = incumbentTrue;
        });
        return trace;
    }

    /// <summary>
    /// At each of <paramref name="budgets"/> evaluations (NaN elsewhere, length the largest): the noise-free value of the
    /// complete trial <see cref="Recommendation"/> picks by the posterior mean of the first objective, which is
    /// <paramref name="objective"/> (the problem's own, or with its noise sd stated).
    /// </summary>
    public static double[] RecommendedValueTrace(IProblem problem, IStrategy strategy, Objective objective, int pending, IReadOnlyList<int> budgets)
    {
        var noiseFree = problem is NoisyProblem noisy ? noisy.NoiseFree : problem;
        var trace = Enumerable.Repeat(double.NaN, budgets.Max()).ToArray();
        AsynchronousLoop.Run(strategy, pending, budgets.Max(), problem.Evaluate, history =>
        {
            if (!budgets.Contains(history.Count)) return;
            var trials = history.Select((o, i) => new Trial(i, TrialState.Complete, o.Parameters, o.Values, 1, null, null, null, null)).ToList();
            var recommended = Recommendation.FromTrials(problem.Space, objective, trials)
                ?? throw new InvalidOperationException($"no recommendation from {history.Count} complete trials of {problem.Name}");
            trace[history.Count - 1] = noiseFree.Evaluate(recommended.Trial.Parameters)[objective.Name];
        });
        return trace;
    }

    private static bool IsBetter(Objective objective, double value, double incumbent) =>
        double.IsNaN(incumbent) || objective.ToMaximization(value) > objective.ToMaximization(incumbent);
}
