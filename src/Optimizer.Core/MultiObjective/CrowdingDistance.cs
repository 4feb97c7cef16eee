namespace Optimizer.Core.MultiObjective;

/// <summary>
/// Crowding distance of the points of one front (Deb et al. 2002, sec. III-B): per objective, the gap between a point's
/// two neighbours normalized by the front's range, summed; the extremes of each objective get +∞ so they are kept.
/// </summary>
internal static class CrowdingDistance
{
    /// <summary>Distance of each member of <paramref name="front"/> (indices into <paramref name="points"/>, n vectors of length m), in front order.</summary>
    public static double[] Compute(IReadOnlyList<double[]> points, IReadOnlyList<int> front)
    {
        var distance = new double[front.Count];
        if (front.Count == 0) return distance;
        var m = points[front[0]].Length;
        var order = new int[front.Count];
        for (var objective = 0; objective < m; objective++)
        {
            for (var k = 0; k < order.Length; k++) order[k] = k;
            // Ties broken by position so the result does not depend on the sort's stability.
            Array.Sort(order, (a, b) =>
            {
                var byValue = points[front[a]][objective].CompareTo(points[front[b]][objective]);
                return byValue != 0 ? byValue : a.CompareTo(b);
            });
            var low = points[front[order[0]]][objective];
            var high = points[front[order[^1]]][objective];
            distance[order[0]] = double.PositiveInfinity;
            distance[order[^1]] = double.PositiveInfinity;
            if (high == low) continue;
            for (var k = 1; k < order.Length - 1; k++)
                distance[order[k]] += (points[front[order[k + 1]]][objective] - points[front[order[k - 1]]][objective]) / (high - low);
        }
        return distance;
    }
}
