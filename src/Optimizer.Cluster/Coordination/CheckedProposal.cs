using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Cluster.Coordination;

/// <summary>Asks a strategy for points and checks each one against the search space before it reaches the store.</summary>
internal static class CheckedProposal
{
    /// <summary>Throws when the strategy throws, proposes nothing, or proposes a point outside the space.</summary>
    public static IReadOnlyList<Assignment> Propose(
        IStrategy strategy,
        SearchSpace space,
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        var points = strategy.Propose(history, pending, count);
        if (points.Count == 0)
            throw new InvalidOperationException($"the strategy proposed no point (asked for {count})");
        foreach (var point in points)
            space.Encode(point);
        return points;
    }
}
