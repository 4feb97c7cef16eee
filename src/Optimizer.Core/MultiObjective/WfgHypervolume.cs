namespace Optimizer.Core.MultiObjective;

/// <summary>
/// Hypervolume in m ≥ 4 objectives by WFG (While, Bradstreet and Barone, "A fast way of calculating exact hypervolumes",
/// IEEE TEVC 16, 2012): the sum over points of their exclusive hypervolume, each being the point's box minus the
/// hypervolume of its limit set (the later points, each clipped to the box). With the points sorted by increasing last
/// objective every clipped point shares the box's last coordinate, so each term is a slab of depth p_m times an
/// (m − 1)-objective hypervolume, which recurses down to the 3-objective sweep.
/// </summary>
internal static class WfgHypervolume
{
    /// <summary>Points whose first <paramref name="m"/> coordinates are positive (hypervolume above the origin).</summary>
    public static double Compute(List<double[]> points, int m)
    {
        var last = m - 1;
        var order = points.ToArray();
        Array.Sort(order, (a, b) => a[last].CompareTo(b[last]));
        var volume = 0.0;
        for (var k = 0; k < order.Length; k++)
        {
            var box = 1.0;
            for (var i = 0; i < last; i++) box *= order[k][i];
            var limitSet = NonDominated(LimitSet(order, k, last), last);
            // While et al. 2012, eq. (2): exclhv(p_k) = inclhv(p_k) − hv(nds(limitset(p_k))), here slab by slab in objective m.
            volume += order[k][last] * (box - Hypervolume.OfPositive(limitSet, last));
        }
        return volume;
    }

    // While et al. 2012, def. of limitset: worse(p_k, p_j) for j > k, i.e. the coordinate-wise minimum (maximization).
    private static List<double[]> LimitSet(double[][] order, int k, int m)
    {
        var limit = new List<double[]>(order.Length - k - 1);
        for (var j = k + 1; j < order.Length; j++)
        {
            var clipped = new double[m];
            for (var i = 0; i < m; i++) clipped[i] = Math.Min(order[k][i], order[j][i]);
            limit.Add(clipped);
        }
        return limit;
    }

    // Keeps one copy of each point that no other dominates in the first m coordinates; dominated points add no volume.
    private static List<double[]> NonDominated(List<double[]> points, int m)
    {
        var kept = new List<double[]>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var redundant = false;
            for (var j = 0; j < points.Count && !redundant; j++)
            {
                if (j == i) continue;
                var weaklyDominates = true;
                var equal = true;
                for (var d = 0; d < m && weaklyDominates; d++)
                {
                    weaklyDominates = points[j][d] >= points[i][d];
                    equal &= points[j][d] == points[i][d];
                }
                // An equal copy is redundant only if it comes earlier, so exactly one of a set of copies survives.
                redundant = weaklyDominates && (!equal || j < i);
            }
            if (!redundant) kept.Add(points[i]);
        }
        return kept;
    }
}
