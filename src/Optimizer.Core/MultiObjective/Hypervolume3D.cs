namespace Optimizer.Core.MultiObjective;

/// <summary>
/// Three-objective hypervolume above the origin by a sweep along z (Beume, Fonseca, López-Ibáñez, Paquete and Vahrenhold,
/// "On the complexity of computing the hypervolume indicator", IEEE TEVC 13, 2009): points enter in order of decreasing z,
/// the dominated area of the (x, y) staircase seen so far is updated at each insertion, and each slab between consecutive
/// z values adds area × thickness. The staircase is a sorted array rather than a balanced tree, so an insertion costs a
/// binary search plus an array shift: O(n log n) comparisons, O(n²) element moves in the worst case.
/// </summary>
internal static class Hypervolume3D
{
    /// <summary>Points with positive coordinates; only the first three are read.</summary>
    public static double Compute(List<double[]> points)
    {
        var order = points.ToArray();
        Array.Sort(order, static (a, b) => b[2].CompareTo(a[2]));
        var staircase = new Staircase();
        var volume = 0.0;
        for (var k = 0; k < order.Length; k++)
        {
            staircase.Insert(order[k][0], order[k][1]);
            var nextZ = k + 1 < order.Length ? order[k + 1][2] : 0.0;
            volume += staircase.Area * (order[k][2] - nextZ);
        }
        return volume;
    }

    /// <summary>
    /// Mutually non-dominated (x, y) points sorted by increasing x (so decreasing y) and the area of the union of their
    /// boxes [0, x] × [0, y]: Σ_k (x_k − x_{k−1}) y_k with x_{−1} = 0.
    /// </summary>
    private sealed class Staircase
    {
        private readonly List<double> _x = [];
        private readonly List<double> _y = [];

        public double Area { get; private set; }

        public void Insert(double x, double y)
        {
            var at = LowerBound(x);
            if (at < _x.Count && _y[at] >= y) return; // a step at or right of x is at least as high: dominated
            // Steps dominated by (x, y): those left of it (or at the same x) that are not higher, contiguous before `end`.
            var end = at < _x.Count && _x[at] == x ? at + 1 : at;
            var start = end;
            while (start > 0 && _y[start - 1] <= y) start--;

            var left = start > 0 ? _x[start - 1] : 0.0;
            var removed = 0.0;
            var previous = left;
            for (var k = start; k < end; k++)
            {
                removed += (_x[k] - previous) * _y[k];
                previous = _x[k];
            }
            // The first step right of the removed range keeps its height but now starts at x instead of `previous`.
            var rightStart = end < _x.Count ? (_x[end] - previous) * _y[end] - (_x[end] - x) * _y[end] : 0.0;
            Area += (x - left) * y - removed - rightStart;

            _x.RemoveRange(start, end - start);
            _y.RemoveRange(start, end - start);
            _x.Insert(start, x);
            _y.Insert(start, y);
        }

        private int LowerBound(double x)
        {
            int low = 0, high = _x.Count;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_x[mid] < x) low = mid + 1;
                else high = mid;
            }
            return low;
        }
    }
}
