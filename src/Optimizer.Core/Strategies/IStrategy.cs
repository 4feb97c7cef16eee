using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Proposes the next points of a study. Pure: no I/O, no clock, no shared randomness; the same seed,
/// history and pending points give the same proposals.
/// </summary>
public interface IStrategy
{
    /// <summary>
    /// Returns <paramref name="count"/> new points given the finished trials (<paramref name="history"/>, each with every
    /// metric it was stored with, closed forms included: see <see cref="ClosedFormMetrics.Fill"/>)
    /// and the points still being evaluated (<paramref name="pending"/>), which a proposal must account for.
    /// </summary>
    IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count);
}
