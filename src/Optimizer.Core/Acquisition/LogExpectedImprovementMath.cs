using Optimizer.Core.Numerics;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// log h(z) with h(z) = phi(z) + z Phi(z), the expected improvement of a unit Gaussian over z standard deviations,
/// and its derivative, computed without underflow for z far below zero.
/// Ament et al., "Unexpected Improvements to Expected Improvement for Bayesian Optimization", NeurIPS 2023, eq. 9.
/// </summary>
internal static class LogExpectedImprovementMath
{
    private const double LogSqrt2Pi = 0.91893853320467274178;
    private const double HalfLogPiOver2 = 0.22579135264472743236;
    private const double InvSqrt2 = 0.70710678118654752440;
    // Below -1/sqrt(machine epsilon) the asymptotic expansion log h(z) ~ log phi(z) - 2 log|z| is exact in double precision.
    private const double AsymptoticThreshold = -6.7108864e7;

    /// <summary>log h(z).</summary>
    public static double LogH(double z)
    {
        if (z > -1.0)
            return Math.Log(NormalDistribution.Pdf(z) + z * NormalDistribution.Cdf(z));
        if (z > AsymptoticThreshold)
        {
            // h(z) = phi(z) (1 - |z| erfcx(|z|/sqrt2) sqrt(pi/2)) for z < 0.
            var logTerm = Math.Log(NormalDistribution.Erfcx(-z * InvSqrt2) * -z) + HalfLogPiOver2;
            return -0.5 * z * z - LogSqrt2Pi + Log1MinusExp(logTerm);
        }
        return -0.5 * z * z - LogSqrt2Pi - 2.0 * Math.Log(-z);
    }

    /// <summary>d/dz log h(z) = Phi(z) / h(z) = 1 / (z + phi(z)/Phi(z)).</summary>
    public static double DLogH(double z)
    {
        if (z > -1.0)
            return NormalDistribution.Cdf(z) / (NormalDistribution.Pdf(z) + z * NormalDistribution.Cdf(z));
        if (z > AsymptoticThreshold)
        {
            var inverseMills = Math.Sqrt(2.0 / Math.PI) / NormalDistribution.Erfcx(-z * InvSqrt2);
            return 1.0 / (z + inverseMills);
        }
        return -z - 2.0 / z;
    }

    // log(1 - exp(a)) for a < 0 (Maechler 2012).
    private static double Log1MinusExp(double a) =>
        a > -0.6931471805599453 ? Math.Log(-ExpM1(a)) : Math.Log(1.0 - Math.Exp(a));

    // exp(a) - 1 without cancellation for small |a|: 2 tanh(a/2) / (1 - tanh(a/2)).
    private static double ExpM1(double a)
    {
        var t = Math.Tanh(0.5 * a);
        return 2.0 * t / (1.0 - t);
    }
}
