namespace Optimizer.Core.Tests.MultiObjective;

/// <summary>
/// An independent exact hypervolume for small sets (n ≤ ~15): the union of boxes by inclusion–exclusion,
/// Σ over non-empty subsets S of (−1)^(|S|+1) × volume of the box of the coordinate-wise minimum of S (maximization).
/// </summary>
internal static class InclusionExclusionHypervolume
{
    public static double Compute(IReadOnlyList<double[]> points, double[] reference)
    {
        var n = points.Count;
        var m = reference.Length;
        var total = 0.0;
        var corner = new double[m];
        for (var subset = 1; subset < 1 << n; subset++)
        {
            Array.Fill(corner, double.PositiveInfinity);
            for (var i = 0; i < n; i++)
                if ((subset & (1 << i)) != 0)
                    for (var j = 0; j < m; j++) corner[j] = Math.Min(corner[j], points[i][j]);
            var volume = 1.0;
            for (var j = 0; j < m; j++) volume *= Math.Max(0.0, corner[j] - reference[j]);
            total += int.PopCount(subset) % 2 == 1 ? volume : -volume;
        }
        return total;
    }
}
