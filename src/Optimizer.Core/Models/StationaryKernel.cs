namespace Optimizer.Core.Models;

/// <summary>
/// k(x, x') = s * kappa(r) with r^2 = sum_i ((x_i - x'_i) / l_i)^2 (ARD length-scales l, output scale s).
/// Besides kappa it gives g(r) = kappa'(r) / r, finite at r = 0, from which every gradient follows:
/// dk/dlog l_i = -s g(r) (dx_i / l_i)^2 and dk/dx_i = s g(r) dx_i / l_i^2.
/// Rasmussen &amp; Williams, "Gaussian Processes for Machine Learning", 2006, eqs. 4.9 and 4.17.
/// </summary>
internal sealed class StationaryKernel
{
    private const double Sqrt3 = 1.7320508075688772;
    private const double Sqrt5 = 2.23606797749979;

    public StationaryKernel(KernelKind kind, double[] lengthscales, double outputscale)
    {
        Kind = kind;
        Lengthscales = lengthscales;
        Outputscale = outputscale;
        InverseSquaredLengthscales = lengthscales.Select(l => 1.0 / (l * l)).ToArray();
    }

    public KernelKind Kind { get; }

    public double[] Lengthscales { get; }

    public double[] InverseSquaredLengthscales { get; }

    public double Outputscale { get; }

    public double ScaledDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var r2 = 0.0;
        var w = InverseSquaredLengthscales;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            r2 += d * d * w[i];
        }
        return Math.Sqrt(r2);
    }

    public double Covariance(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Outputscale * Profile(ScaledDistance(a, b));

    /// <summary>kappa(r), with kappa(0) = 1.</summary>
    public double Profile(double r) => Kind switch
    {
        KernelKind.Matern52 => (1.0 + Sqrt5 * r + 5.0 / 3.0 * r * r) * Math.Exp(-Sqrt5 * r),
        KernelKind.Matern32 => (1.0 + Sqrt3 * r) * Math.Exp(-Sqrt3 * r),
        _ => Math.Exp(-0.5 * r * r),
    };

    /// <summary>g(r) = kappa'(r) / r (negative).</summary>
    public double ProfileSlopeOverR(double r) => Kind switch
    {
        KernelKind.Matern52 => -5.0 / 3.0 * (1.0 + Sqrt5 * r) * Math.Exp(-Sqrt5 * r),
        KernelKind.Matern32 => -3.0 * Math.Exp(-Sqrt3 * r),
        _ => -Math.Exp(-0.5 * r * r),
    };

    /// <summary>Adds dk(x, b)/dx scaled by <paramref name="weight"/> into <paramref name="gradient"/>.</summary>
    public void AddCovarianceGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> b, double weight, Span<double> gradient)
    {
        var g = Outputscale * ProfileSlopeOverR(ScaledDistance(x, b)) * weight;
        var w = InverseSquaredLengthscales;
        for (var i = 0; i < x.Length; i++)
            gradient[i] += g * (x[i] - b[i]) * w[i];
    }
}
