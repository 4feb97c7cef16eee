using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Problems;

/// <summary>
/// A benchmark problem: a search space, the objectives it reports (metric name and direction) and, where known,
/// its optimum. Evaluation is pure unless the problem says otherwise (a noisy problem draws from the random source it was given).
/// </summary>
public interface IProblem
{
    /// <summary>Short identifier, e.g. <c>branin</c>, <c>hartmann6</c>.</summary>
    string Name { get; }

    SearchSpace Space { get; }

    /// <summary>The metrics <see cref="Evaluate"/> reports, with the direction each is optimized in.</summary>
    IReadOnlyList<Objective> Objectives { get; }

    /// <summary>The optimal value and its locations for a single-objective problem; null where unknown or multi-objective.</summary>
    KnownOptimum? Optimum { get; }

    /// <summary>The value of every objective at <paramref name="point"/> (a complete, valid assignment of <see cref="Space"/>).</summary>
    IReadOnlyDictionary<string, double> Evaluate(Assignment point);
}
