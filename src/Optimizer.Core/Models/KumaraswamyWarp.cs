namespace Optimizer.Core.Models;

/// <summary>
/// Input warping by the Kumaraswamy CDF per encoded coordinate, w_i(x) = 1 - (1 - x^a_i)^b_i with a_i, b_i &gt; 0, applied
/// before a stationary kernel so that the GP is stationary in w(x) rather than in x; a = b = 1 is the identity.
/// x is clamped into [eps, 1 - eps] first so that every derivative stays finite.
/// Snoek, Swersky, Zemel &amp; Adams, "Input Warping for Bayesian Optimization of Non-stationary Functions", ICML 2014.
/// </summary>
/// <param name="A">a_1..a_d, the first shape of each coordinate's warp.</param>
/// <param name="B">b_1..b_d, the second shape of each coordinate's warp.</param>
public sealed record KumaraswamyWarp(double[] A, double[] B)
{
    /// <summary>Clamp margin of x, as BoTorch's Warp input transform.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>The identity warp (a = b = 1) in <paramref name="dimension"/> dimensions.</summary>
    public static KumaraswamyWarp Identity(int dimension) =>
        new(Enumerable.Repeat(1.0, dimension).ToArray(), Enumerable.Repeat(1.0, dimension).ToArray());

    /// <summary>w_i(x).</summary>
    public double Value(int i, double x)
    {
        var u = Math.Pow(Clamp(x), A[i]);
        return 1.0 - Math.Pow(1.0 - u, B[i]);
    }

    /// <summary>
    /// dw_i/dx = a b x^(a-1) (1 - x^a)^(b-1), taken at the clamped x: within eps of a bound it is the slope from inside,
    /// not zero, so that an acquisition optimizer started on a bound can leave it.
    /// </summary>
    public double Slope(int i, double x)
    {
        var c = Clamp(x);
        var a = A[i];
        var b = B[i];
        return a * b * Math.Pow(c, a - 1.0) * Math.Pow(1.0 - Math.Pow(c, a), b - 1.0);
    }

    /// <summary>(dw_i/d log a_i, dw_i/d log b_i) = (a b (1 - x^a)^(b-1) x^a log x, -b (1 - x^a)^b log(1 - x^a)).</summary>
    public (double LogA, double LogB) ShapeDerivatives(int i, double x)
    {
        var c = Clamp(x);
        var a = A[i];
        var b = B[i];
        var u = Math.Pow(c, a);
        var v = 1.0 - u;
        return (a * b * Math.Pow(v, b - 1.0) * u * Math.Log(c), -b * Math.Pow(v, b) * Math.Log(v));
    }

    /// <summary>Writes w(x) into <paramref name="warped"/> (length d) and returns it.</summary>
    public Span<double> Apply(ReadOnlySpan<double> x, Span<double> warped)
    {
        for (var i = 0; i < x.Length; i++) warped[i] = Value(i, x[i]);
        return warped;
    }

    /// <summary>w(x) as a new array.</summary>
    public double[] Apply(ReadOnlySpan<double> x)
    {
        var warped = new double[x.Length];
        Apply(x, warped);
        return warped;
    }

    private static double Clamp(double x) => Math.Clamp(x, Epsilon, 1.0 - Epsilon);
}
