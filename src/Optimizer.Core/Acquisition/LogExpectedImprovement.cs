namespace Optimizer.Core.Acquisition;

/// <summary>
/// Analytic expected improvement in log space for a Gaussian N(mean, sigma^2) over an incumbent:
/// log EI = log h(z) + log sigma, z = (mean - incumbent) / sigma.
/// Ament et al., "Unexpected Improvements to Expected Improvement for Bayesian Optimization", NeurIPS 2023, eq. 8.
/// </summary>
public static class LogExpectedImprovement
{
    /// <summary>log EI of N(<paramref name="mean"/>, <paramref name="sigma"/>^2) over <paramref name="incumbent"/> (maximization).</summary>
    public static double Value(double mean, double sigma, double incumbent) =>
        LogExpectedImprovementMath.LogH((mean - incumbent) / sigma) + Math.Log(sigma);

    /// <summary>log EI and its partial derivatives with respect to the mean and sigma.</summary>
    public static (double Value, double DMean, double DSigma) ValueAndDerivatives(double mean, double sigma, double incumbent)
    {
        var z = (mean - incumbent) / sigma;
        var slope = LogExpectedImprovementMath.DLogH(z);
        return (LogExpectedImprovementMath.LogH(z) + Math.Log(sigma), slope / sigma, (1.0 - slope * z) / sigma);
    }
}
