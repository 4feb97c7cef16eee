namespace Optimizer.Core.Models;

/// <summary>
/// The Yeo-Johnson power transform with its exponent fitted by maximum likelihood, which makes skewed outcomes closer to
/// Gaussian before a GP models them. Yeo &amp; Johnson, Biometrika 87, 2000; used for BO outputs by HEBO
/// (Cowen-Rivers et al., JAIR 2022).
/// </summary>
internal static class YeoJohnson
{
    private const double MinLambda = -2.0;
    private const double MaxLambda = 4.0;

    public static double Apply(double y, double lambda)
    {
        if (y >= 0)
            return Math.Abs(lambda) < 1e-12 ? Math.Log(1.0 + y) : (Math.Pow(y + 1.0, lambda) - 1.0) / lambda;
        return Math.Abs(lambda - 2.0) < 1e-12 ? -Math.Log(1.0 - y) : -(Math.Pow(1.0 - y, 2.0 - lambda) - 1.0) / (2.0 - lambda);
    }

    /// <summary>d Apply(y, lambda) / dy: (y + 1)^(lambda - 1) for y >= 0, (1 - y)^(1 - lambda) below.</summary>
    public static double Slope(double y, double lambda) => y >= 0 ? Math.Pow(y + 1.0, lambda - 1.0) : Math.Pow(1.0 - y, 1.0 - lambda);

    /// <summary>The exponent maximizing the profile log-likelihood of <paramref name="values"/> (golden-section search).</summary>
    public static double FitLambda(IReadOnlyList<double> values)
    {
        if (values.Count < 3) return 1.0;
        const double ratio = 0.6180339887498949;
        double a = MinLambda, b = MaxLambda;
        var c = b - ratio * (b - a);
        var d = a + ratio * (b - a);
        for (var i = 0; i < 60; i++)
        {
            if (LogLikelihood(values, c) > LogLikelihood(values, d)) b = d;
            else a = c;
            c = b - ratio * (b - a);
            d = a + ratio * (b - a);
        }
        return 0.5 * (a + b);
    }

    // Profile log-likelihood: -n/2 log(var of transformed) + (lambda - 1) sum sign(y) log(|y| + 1).
    private static double LogLikelihood(IReadOnlyList<double> values, double lambda)
    {
        var n = values.Count;
        var transformed = new double[n];
        var jacobian = 0.0;
        for (var i = 0; i < n; i++)
        {
            transformed[i] = Apply(values[i], lambda);
            jacobian += Math.Sign(values[i]) * Math.Log(1.0 + Math.Abs(values[i]));
        }
        var mean = transformed.Average();
        var variance = transformed.Sum(t => (t - mean) * (t - mean)) / n;
        return variance <= 1e-300 ? double.NegativeInfinity : -0.5 * n * Math.Log(variance) + (lambda - 1.0) * jacobian;
    }
}
