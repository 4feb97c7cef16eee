using Optimizer.Core.Outcomes;


namespace Optimizer.Core.MultiObjective;

/// <summary>
/// The reported Pareto front of a study: the feasible observations that no other feasible observation dominates.
/// An infeasible observation (a constraint metric missing or out of bounds) is never on it and never removes a feasible
/// one; with no feasible observation the front is empty.
/// </summary>
public static class ParetoFront
{
    /// <summary>
    /// Indices into <paramref name="observations"/> of the front, increasing. Observations without a finite value of
    /// every objective cannot be placed in objective space and are left out.
    /// </summary>
    public static IReadOnlyList<int> Select(
        IReadOnlyList<Observation> observations,
        IReadOnlyList<Objective> objectives,
        IReadOnlyList<OutcomeConstraint> constraints)
    {
        var candidates = new List<int>();
        var vectors = new List<double[]>();
        for (var i = 0; i < observations.Count; i++)
        {
            var values = observations[i].Values;
            if (Feasibility.IsFeasible(values, constraints) && ObjectiveVector.TryToMaximization(values, objectives, out var vector))
            {
                candidates.Add(i);
                vectors.Add(vector);
            }
        }
        return Select(vectors).Select(k => candidates[k]).ToArray();
    }

    /// <summary>Indices of the non-dominated vectors among <paramref name="points"/> (maximized), increasing.</summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<double[]> points)
    {
        var front = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            var dominated = false;
            for (var j = 0; j < points.Count && !dominated; j++)
                dominated = j != i && Dominance.Dominates(points[j], points[i]);
            if (!dominated) front.Add(i);
        }
        return front;
    }
}
