using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// A fixed Latin hypercube design of <c>designSize</c> points (McKay et al. 1979), handed out in order: a proposal with
/// n points already handed out (finished plus pending) takes design point n. Past the design it continues with the
/// scrambled Sobol sequence, so it never runs dry.
/// </summary>
public sealed class LatinHypercubeStrategy(SearchSpace space, int seed, int designSize) : IStrategy
{
    private readonly double[][] _design = new LatinHypercube(space.Dimension, seed).Sample(designSize);
    private readonly SobolStrategy _continuation = new(space, seed);

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        var start = history.Count + pending.Count;
        var fromDesign = Math.Clamp(_design.Length - start, 0, count);
        var proposals = Enumerable.Range(start, fromDesign).Select(i => space.Decode(_design[i])).ToList();
        if (proposals.Count < count)
            proposals.AddRange(_continuation.Propose(history, [.. pending, .. proposals], count - proposals.Count));
        return proposals;
    }
}
