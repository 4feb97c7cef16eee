using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Space-filling design: the points of a seeded <see cref="ScrambledSobol"/> sequence, decoded to the search space.
/// A proposal with n points already handed out (finished plus pending) starts at sequence index n and skips any point
/// already taken (<see cref="TakenPoints"/>: finished, pending or proposed; integers and choices can collide).
/// When a small discrete space has no new point left, assignments repeat rather than the study stopping.
/// </summary>
public sealed class SobolStrategy : IStrategy
{
    // How far past the starting index a proposal looks for new assignments before it accepts repeats.
    private const int SearchLengthPerPoint = 256;

    private readonly SearchSpace _space;
    private readonly ScrambledSobol _sequence;

    public SobolStrategy(SearchSpace space, int seed)
    {
        _space = space;
        _sequence = new ScrambledSobol(space.Dimension, seed);
    }

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var taken = new TakenPoints(_space);
        taken.AddRange(history.Select(o => o.Parameters));
        taken.AddRange(pending);

        var start = (long)history.Count + pending.Count;
        var end = Math.Min(start + (long)SearchLengthPerPoint * Math.Max(count, 1), SobolSequence.Length);
        var proposals = new List<Assignment>(count);
        for (var index = start; index < end && proposals.Count < count; index++)
        {
            var point = _space.Decode(_sequence.PointAt(index));
            if (taken.Add(point))
                proposals.Add(point);
        }
        // Discrete space exhausted: repeat assignments in sequence order.
        for (var index = start; proposals.Count < count; index++)
            proposals.Add(_space.Decode(_sequence.PointAt(index % SobolSequence.Length)));
        return proposals;
    }
}
