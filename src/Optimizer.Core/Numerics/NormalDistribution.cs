using MathNet.Numerics;

namespace Optimizer.Core.Numerics;

/// <summary>Standard normal density, distribution and the scaled complementary error function, stable in the tails.</summary>
internal static class NormalDistribution
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double LogSqrt2Pi = 0.91893853320467274178;

    public static double Pdf(double z) => Math.Exp(-0.5 * z * z - LogSqrt2Pi);

    public static double LogPdf(double z) => -0.5 * z * z - LogSqrt2Pi;

    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z * InvSqrt2);

    /// <summary>log Phi(z), through erfcx below zero so that it stays finite far into the lower tail.</summary>
    public static double LogCdf(double z) =>
        z >= 0 ? Math.Log(Cdf(z)) : Math.Log(0.5 * Erfcx(-z * InvSqrt2)) - 0.5 * z * z;

    /// <summary>d log Phi(z) / dz = phi(z) / Phi(z) (the inverse Mills ratio of -z).</summary>
    public static double DLogCdf(double z) =>
        z >= 0 ? Pdf(z) / Cdf(z) : Math.Sqrt(2.0 / Math.PI) / Erfcx(-z * InvSqrt2);

    /// <summary>erfcx(x) = exp(x^2) erfc(x), finite for large x where erfc underflows.</summary>
    public static double Erfcx(double x)
    {
        if (x < 2.0)
            return Math.Exp(x * x) * SpecialFunctions.Erfc(x);
        // Continued fraction of erfc (Abramowitz & Stegun 7.1.14), evaluated bottom-up: exact to machine precision for x >= 2.
        var tail = x;
        for (var k = 60; k >= 1; k--)
            tail = x + k * 0.5 / tail;
        return 1.0 / (Math.Sqrt(Math.PI) * tail);
    }
}
