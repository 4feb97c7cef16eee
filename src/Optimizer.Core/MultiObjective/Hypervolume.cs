namespace Optimizer.Core.MultiObjective;

/// <summary>
/// The exact hypervolume indicator: the Lebesgue measure of the region that a set of points dominates and that
/// dominates a reference point, all maximized. A point that does not strictly exceed the reference in every
/// objective bounds no box and adds nothing. Dispatches on the number of objectives m: 1 the best value,
/// 2 a sort-and-sweep, 3 a plane sweep (Beume et al. 2009), 4 or more WFG (While, Bradstreet and Barone 2012).
/// </summary>
public static class Hypervolume
{
    /// <summary>
    /// Hypervolume of <paramref name="points"/> (n vectors of length m, maximized) above <paramref name="reference"/> (length m).
    /// Every value must be finite; order and duplicates of points do not matter.
    /// </summary>
    public static double Compute(IReadOnlyList<double[]> points, double[] reference)
    {
        var m = reference.Length;
        if (m == 0)
            throw new ArgumentException("a reference point needs at least one objective", nameof(reference));
        if (!reference.All(double.IsFinite))
            throw new ArgumentException("every coordinate of the reference point must be finite", nameof(reference));
        var shifted = new List<double[]>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (p.Length != m)
                throw new ArgumentException($"point {i} has {p.Length} objectives, the reference point {m}", nameof(points));
            if (!p.All(double.IsFinite))
                throw new ArgumentException($"point {i} has a coordinate that is not a finite number", nameof(points));
            var q = new double[m];
            var counts = true;
            for (var j = 0; j < m && counts; j++)
            {
                q[j] = p[j] - reference[j];
                counts = q[j] > 0;
            }
            if (counts) shifted.Add(q);
        }
        return OfPositive(shifted, m);
    }

    /// <summary>Hypervolume above the origin of points whose first <paramref name="m"/> coordinates are all positive.</summary>
    internal static double OfPositive(List<double[]> points, int m) => points.Count == 0 ? 0.0 : m switch
    {
        1 => points.Max(p => p[0]),
        2 => Hypervolume2D.Compute(points),
        3 => Hypervolume3D.Compute(points),
        _ => WfgHypervolume.Compute(points, m),
    };
}
