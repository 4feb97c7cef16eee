using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Independent uniform points of the unit cube, decoded to the search space (log parameters log-uniform,
/// integers and choices uniform). A proposal depends only on the seed and on how many points were already
/// handed out (finished plus pending), so the same study replays the same points.
/// </summary>
public sealed class RandomStrategy(SearchSpace space, int seed) : IStrategy
{
    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(SeedMixer.Mix(seed, history.Count + pending.Count));
        var proposals = new Assignment[count];
        var x = new double[space.Dimension];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < x.Length; j++)
                x[j] = random.NextDouble();
            proposals[i] = space.Decode(x);
        }
        return proposals;
    }
}
