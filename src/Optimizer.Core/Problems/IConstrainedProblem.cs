using Optimizer.Core.Outcomes;


namespace Optimizer.Core.Problems;

/// <summary>A problem whose evaluations also report constraint metrics, feasible where every <see cref="Constraints"/> bound holds.</summary>
public interface IConstrainedProblem : IProblem
{
    /// <summary>The constraint metrics <see cref="IProblem.Evaluate"/> reports besides the objectives; empty when unconstrained.</summary>
    IReadOnlyList<OutcomeConstraint> Constraints { get; }
}
