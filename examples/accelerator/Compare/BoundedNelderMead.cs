namespace Ares.Compare;

/// <summary>
/// Nelder-Mead simplex minimization in the unit cube with a fixed evaluation budget; every trial point is clipped to
/// [0, 1]^d. Coefficients of Lagarias et al., SIAM J. Optim. 9 (1998) 112: reflection 1, expansion 2, contraction 1/2,
/// shrink 1/2 (Nelder and Mead, Comput. J. 7 (1965) 308).
/// </summary>
internal sealed class BoundedNelderMead(Func<double[], double> objective, int budget)
{
    private const double Reflection = 1, Expansion = 2, Contraction = 0.5, Shrink = 0.5;
    private int _evaluations;

    /// <summary>Runs from <paramref name="start"/> with an initial simplex of edge <paramref name="step"/> until the budget is spent.</summary>
    public void Minimize(double[] start, double step)
    {
        var d = start.Length;
        var points = new double[d + 1][];
        var values = new double[d + 1];
        points[0] = Clip(start);
        for (var i = 0; i < d; i++)
        {
            var vertex = (double[])points[0].Clone();
            vertex[i] += vertex[i] + step <= 1 ? step : -step;  // stay inside the cube
            points[i + 1] = vertex;
        }
        for (var i = 0; i <= d; i++)
        {
            if (!TryEvaluate(points[i], out values[i])) return;
        }
        while (true)
        {
            Array.Sort(values, points);
            var centroid = Centroid(points, d);
            var worst = points[d];
            var reflected = Toward(centroid, worst, -Reflection);
            if (!TryEvaluate(reflected, out var fr)) return;
            if (fr < values[0])
            {
                var expanded = Toward(centroid, worst, -Expansion);
                if (!TryEvaluate(expanded, out var fe)) return;
                (points[d], values[d]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[d - 1])
            {
                (points[d], values[d]) = (reflected, fr);
            }
            else
            {
                // outside contraction toward the reflected point, inside contraction toward the worst
                var outside = fr < values[d];
                var contracted = outside ? Toward(centroid, worst, -Reflection * Contraction) : Toward(centroid, worst, Contraction);
                if (!TryEvaluate(contracted, out var fc)) return;
                if (fc < (outside ? fr : values[d]))
                {
                    (points[d], values[d]) = (contracted, fc);
                }
                else
                {
                    for (var i = 1; i <= d; i++)
                    {
                        points[i] = Toward(points[0], points[i], Shrink);
                        if (!TryEvaluate(points[i], out values[i])) return;
                    }
                }
            }
        }
    }

    private bool TryEvaluate(double[] x, out double value)
    {
        value = double.NaN;
        if (_evaluations >= budget) return false;
        _evaluations++;
        value = objective(x);
        return true;
    }

    private static double[] Centroid(double[][] points, int d)
    {
        var centroid = new double[d];
        for (var i = 0; i < d; i++)
            for (var j = 0; j < d; j++)
                centroid[j] += points[i][j] / d;
        return centroid;
    }

    // from + t (to - from), clipped to the unit cube
    private static double[] Toward(double[] from, double[] to, double t) =>
        Clip(from.Select((f, j) => f + t * (to[j] - f)).ToArray());

    private static double[] Clip(double[] x) => x.Select(v => Math.Clamp(v, 0, 1)).ToArray();
}
