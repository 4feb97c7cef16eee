namespace Optimizer.Core.MultiObjective;

/// <summary>
/// Two-objective hypervolume above the origin by one sort and one sweep, O(n log n): in order of decreasing x, a point
/// higher than every one before it adds the strip between the previous best y and its own, of width x.
/// </summary>
internal static class Hypervolume2D
{
    /// <summary>Points with positive coordinates; only the first two are read.</summary>
    public static double Compute(List<double[]> points)
    {
        var order = points.ToArray();
        Array.Sort(order, static (a, b) => a[0] != b[0] ? b[0].CompareTo(a[0]) : b[1].CompareTo(a[1]));
        var volume = 0.0;
        var bestY = 0.0;
        foreach (var p in order)
        {
            if (p[1] <= bestY) continue;
            volume += p[0] * (p[1] - bestY);
            bestY = p[1];
        }
        return volume;
    }
}
