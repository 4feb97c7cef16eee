using Optimizer.Core.Outcomes;


namespace Optimizer.Core.MultiObjective;

/// <summary>
/// Pareto dominance: a dominates b when a is at least as good in every objective and strictly better in one.
/// Vectors without objectives are in "larger is better" orientation (<see cref="Objective.ToMaximization"/>).
/// </summary>
public static class Dominance
{
    /// <summary>Whether <paramref name="a"/> dominates <paramref name="b"/>, both maximized and of the same length m.</summary>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"cannot compare {a.Length} objectives with {b.Length}", nameof(b));
        var strictlyBetter = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] < b[i]) return false;
            if (a[i] > b[i]) strictlyBetter = true;
        }
        return strictlyBetter;
    }

    /// <summary>
    /// Whether <paramref name="a"/> dominates <paramref name="b"/>, given as raw metric values in the order of
    /// <paramref name="objectives"/>, each compared in its own direction.
    /// </summary>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b, IReadOnlyList<Objective> objectives)
    {
        if (a.Length != objectives.Count || b.Length != objectives.Count)
            throw new ArgumentException($"expected {objectives.Count} values per point, got {a.Length} and {b.Length}");
        var strictlyBetter = false;
        for (var i = 0; i < objectives.Count; i++)
        {
            var ai = objectives[i].ToMaximization(a[i]);
            var bi = objectives[i].ToMaximization(b[i]);
            if (ai < bi) return false;
            if (ai > bi) strictlyBetter = true;
        }
        return strictlyBetter;
    }
}
