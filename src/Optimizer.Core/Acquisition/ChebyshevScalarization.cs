namespace Optimizer.Core.Acquisition;

/// <summary>
/// ParEGO's augmented Chebyshev scalarization (Knowles, "ParEGO: a hybrid algorithm with on-line landscape approximation
/// for expensive multiobjective optimization problems", IEEE TEVC 10, 2006, eq. 2), in "larger is better" form on
/// objectives normalized to [0, 1]: s(f) = min_j w_j f_j + rho sum_j w_j f_j, with weights w drawn uniformly from the simplex.
/// </summary>
internal static class ChebyshevScalarization
{
    /// <summary>Knowles 2006, sec. III: rho = 0.05.</summary>
    public const double Rho = 0.05;

    /// <summary>Weights uniform on the simplex (normalized exponentials), length m.</summary>
    public static double[] RandomWeights(int m, Random random)
    {
        var w = new double[m];
        for (var j = 0; j < m; j++) w[j] = -Math.Log(1.0 - random.NextDouble());
        var sum = w.Sum();
        for (var j = 0; j < m; j++) w[j] /= sum;
        return w;
    }

    /// <summary>s(f) for normalized objectives <paramref name="f"/> (larger is better) and weights <paramref name="w"/>.</summary>
    public static double Apply(ReadOnlySpan<double> f, ReadOnlySpan<double> w)
    {
        var min = double.PositiveInfinity;
        var sum = 0.0;
        for (var j = 0; j < f.Length; j++)
        {
            min = Math.Min(min, w[j] * f[j]);
            sum += w[j] * f[j];
        }
        return min + Rho * sum;
    }

    /// <summary>Each column of <paramref name="values"/> (n x m, larger is better) mapped linearly onto [0, 1] by its observed range.</summary>
    public static double[][] Normalize(IReadOnlyList<double[]> values)
    {
        var m = values[0].Length;
        var normalized = values.Select(v => new double[m]).ToArray();
        for (var j = 0; j < m; j++)
        {
            var low = values.Min(v => v[j]);
            var high = values.Max(v => v[j]);
            // A column wider than the largest double (-1e308 to 1e308) is normalized in halves, exactly.
            var half = double.IsFinite(high - low) ? 1.0 : 0.5;
            var range = high * half - low * half;
            for (var i = 0; i < values.Count; i++) normalized[i][j] = range > 0 ? (values[i][j] * half - low * half) / range : 0.5;
        }
        return normalized;
    }
}
