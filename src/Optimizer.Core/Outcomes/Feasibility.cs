

namespace Optimizer.Core.Outcomes;

/// <summary>
/// Whether an evaluation satisfies its outcome constraints, and by how much it misses them
/// (the total violation of Deb's constraint-domination rule, Deb et al. 2002, sec. IV).
/// </summary>
public static class Feasibility
{
    /// <summary>Every constraint metric is present, is a number and lies within its bounds.</summary>
    public static bool IsFeasible(IReadOnlyDictionary<string, double> values, IReadOnlyList<OutcomeConstraint> constraints) =>
        TotalViolation(values, constraints) == 0;

    /// <summary>
    /// Σ over constraints of the distance to the violated bound, in the metrics' own units (0 when feasible);
    /// +∞ when a constraint metric is missing or NaN, so such a point ranks below every measured violation.
    /// </summary>
    public static double TotalViolation(IReadOnlyDictionary<string, double> values, IReadOnlyList<OutcomeConstraint> constraints)
    {
        var total = 0.0;
        foreach (var constraint in constraints)
        {
            if (!values.TryGetValue(constraint.Name, out var value) || double.IsNaN(value))
                return double.PositiveInfinity;
            if (constraint.Min is { } low && value < low) total += low - value;
            if (constraint.Max is { } high && value > high) total += value - high;
        }
        return total;
    }
}
