using Optimizer.Core.MultiObjective;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// The region above a reference point r that no point of a front P dominates, as disjoint axis-aligned boxes, so that
/// the hypervolume improvement of a new point y is HVI(y) = sum_k prod_j [min(u_kj, y_j) - l_kj]_+
/// (Daulton, Balandat and Bakshy, "Differentiable Expected Hypervolume Improvement for Parallel Multi-Objective Bayesian
/// Optimization", NeurIPS 2020, eq. 3). Decomposition: the grid of the front's coordinates in the first m - 1
/// objectives; over each grid cell the non-dominated part is a column from the largest last coordinate of the points
/// dominating the cell's upper corner upward, (k + 1)^(m - 1) boxes for k front points (k + 1 for two objectives).
/// Everything is maximized; an upper bound may be +infinity.
/// </summary>
internal sealed class HypervolumeBoxes
{
    private readonly double[] _lower;
    private readonly double[] _upper;

    /// <param name="front">points (n x m, maximized, any order; dominated ones and those not above the reference add nothing).</param>
    /// <param name="reference">reference point (length m).</param>
    public HypervolumeBoxes(IReadOnlyList<double[]> front, double[] reference)
    {
        var m = reference.Length;
        Objectives = m;
        var above = front.Where(p => Enumerable.Range(0, m).All(j => p[j] > reference[j])).ToList();
        var points = ParetoFront.Select(above).Select(i => above[i]).ToArray();
        // Per leading objective: cell lower bounds r_j, then the distinct coordinates; upper bounds the next one, or +inf.
        var grid = new double[m - 1][];
        for (var j = 0; j < m - 1; j++)
            grid[j] = points.Select(p => p[j]).Append(reference[j]).Distinct().Order().ToArray();
        var lower = new List<double>();
        var upper = new List<double>();
        var cell = new int[Math.Max(m - 1, 0)];
        var corner = new double[m - 1];
        while (true)
        {
            for (var j = 0; j < m - 1; j++)
                corner[j] = cell[j] + 1 < grid[j].Length ? grid[j][cell[j] + 1] : double.PositiveInfinity;
            var floor = reference[m - 1];
            foreach (var p in points)
            {
                var dominatesCorner = true;
                for (var j = 0; j < m - 1 && dominatesCorner; j++) dominatesCorner = p[j] >= corner[j];
                if (dominatesCorner) floor = Math.Max(floor, p[m - 1]);
            }
            for (var j = 0; j < m - 1; j++)
            {
                lower.Add(grid[j][cell[j]]);
                upper.Add(corner[j]);
            }
            lower.Add(floor);
            upper.Add(double.PositiveInfinity);
            var axis = 0;
            while (axis < m - 1 && ++cell[axis] == grid[axis].Length) cell[axis++] = 0;
            if (axis == m - 1) break;
        }
        _lower = lower.ToArray();
        _upper = upper.ToArray();
    }

    public int Objectives { get; }

    public int Count => _lower.Length / Objectives;

    /// <summary>HVI of <paramref name="y"/> (length m); d HVI / dy into <paramref name="gradient"/> (length m, overwritten) unless empty.</summary>
    public double Improvement(ReadOnlySpan<double> y, Span<double> gradient)
    {
        var m = Objectives;
        Span<double> side = stackalloc double[m];
        if (!gradient.IsEmpty) gradient.Clear();
        var total = 0.0;
        for (var k = 0; k < _lower.Length; k += m)
        {
            var volume = 1.0;
            for (var j = 0; j < m && volume > 0; j++)
            {
                side[j] = Math.Min(_upper[k + j], y[j]) - _lower[k + j];
                volume = side[j] > 0 ? volume * side[j] : 0.0;
            }
            if (volume <= 0) continue;
            total += volume;
            if (gradient.IsEmpty) continue;
            // d/dy_j of the box volume: the other sides' product while y_j lies below the box's upper bound.
            for (var j = 0; j < m; j++)
                if (y[j] < _upper[k + j]) gradient[j] += volume / side[j];
        }
        return total;
    }
}
