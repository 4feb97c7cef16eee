namespace Optimizer.Core.MultiObjective;

/// <summary>
/// Fast non-dominated sorting (Deb, Pratap, Agarwal and Meyarivan, "A fast and elitist multiobjective genetic algorithm:
/// NSGA-II", IEEE TEVC 6, 2002, sec. III-A): front 1 is the non-dominated points, front k+1 those dominated only by
/// points of fronts 1..k. O(m n²) comparisons.
/// </summary>
public static class NonDominatedSorting
{
    /// <summary>
    /// The fronts of <paramref name="points"/> (n vectors of length m, maximized), best first; each front lists point
    /// indices in increasing order, and every index appears in exactly one front.
    /// </summary>
    public static IReadOnlyList<int[]> Sort(IReadOnlyList<double[]> points) =>
        Sort(points.Count, (a, b) => Dominance.Dominates(points[a], points[b]));

    /// <summary>The fronts of <paramref name="count"/> items under any strict partial order <paramref name="dominates"/>.</summary>
    internal static IReadOnlyList<int[]> Sort(int count, Func<int, int, bool> dominates)
    {
        // Deb et al. 2002, sec. III-A: S_p (dominatedBy[p]) and n_p (dominationCount[p]).
        var dominatedBy = new List<int>[count];
        var dominationCount = new int[count];
        var current = new List<int>();
        for (var p = 0; p < count; p++)
        {
            dominatedBy[p] = [];
            for (var q = 0; q < count; q++)
            {
                if (p == q) continue;
                if (dominates(p, q)) dominatedBy[p].Add(q);
                else if (dominates(q, p)) dominationCount[p]++;
            }
            if (dominationCount[p] == 0) current.Add(p);
        }

        var fronts = new List<int[]>();
        while (current.Count > 0)
        {
            fronts.Add([.. current]);
            var next = new List<int>();
            foreach (var p in current)
                foreach (var q in dominatedBy[p])
                    if (--dominationCount[q] == 0) next.Add(q);
            next.Sort();
            current = next;
        }
        return fronts;
    }
}
