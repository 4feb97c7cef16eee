using Optimizer.Core.Numerics;

namespace Optimizer.Core.Models;

/// <summary>
/// Log marginal likelihood of a zero-noise-mean GP with constant mean (noise variance noise r_i at observation i, r_i = 1
/// unless the observations carry errors of their own) and its analytic gradient with respect to [log l_1..log l_d, log s, log noise, mean] (and, with an input warp z = w(x), [log a, log b]):
/// log p(y) = -1/2 r^T K^-1 r - 1/2 log|K| - n/2 log 2pi with r = y - c,
/// d log p / d theta = 1/2 tr((alpha alpha^T - K^-1) dK/dtheta), alpha = K^-1 r.
/// Rasmussen &amp; Williams 2006, eqs. 2.30 and 5.9; the warp's entries by the chain rule through z
/// (dk/dz_ik = s g(r) (z_ik - z_jk) / l_k^2 times dz_ik/dtheta, Snoek et al. 2014).
/// </summary>
internal static class MarginalLikelihood
{
    private const double LogTwoPi = 1.8378770664093453;

    /// <param name="x">n x d training inputs.</param>
    /// <param name="y">n standardized targets.</param>
    /// <param name="theta">hyper-parameter vector (length d + 3, or 3d + 3 with an input warp; <see cref="GpHyperparameters.ToVector"/>).</param>
    /// <param name="gradient">receives the gradient (length of theta); empty: the value alone, without the O(n^3) inverse.</param>
    /// <param name="noiseScales">r_i of each observation (length n); null: all 1.</param>
    public static double Evaluate(KernelKind kind, IReadOnlyList<double[]> x, ReadOnlySpan<double> y, ReadOnlySpan<double> theta, Span<double> gradient,
        IReadOnlyList<double>? noiseScales = null)
    {
        var n = x.Count;
        var d = x[0].Length;
        var h = GpHyperparameters.FromVector(theta, d);
        var kernel = new StationaryKernel(kind, h.Lengthscales, h.Outputscale);
        var warp = h.Warp;
        var z = warp is null ? x : x.Select(p => warp.Apply(p)).ToArray();
        var distance = new double[n][];
        for (var i = 0; i < n; i++)
        {
            distance[i] = new double[i + 1];
            for (var j = 0; j <= i; j++) distance[i][j] = kernel.ScaledDistance(z[i], z[j]);
        }
        var chol = CholeskyFactor.Factorize(n, (i, j) => kernel.Outputscale * kernel.Profile(distance[i][j]) + (i == j ? h.NoiseVariance * (noiseScales?[i] ?? 1.0) : 0.0));
        var alpha = new double[n];
        for (var i = 0; i < n; i++) alpha[i] = y[i] - h.Mean;
        var residual = (double[])alpha.Clone();
        chol.SolveLower(alpha);
        chol.SolveUpper(alpha);
        var logLikelihood = -0.5 * DenseKernels.Dot(residual, alpha) - 0.5 * chol.LogDeterminant() - 0.5 * n * LogTwoPi;
        if (gradient.IsEmpty) return logLikelihood;
        var shapes = warp is null ? null : x.Select(p => ShapeDerivatives(warp, p)).ToArray();

        // W = alpha alpha^T - K^-1.
        var w = chol.Inverse();
        for (var i = 0; i < n; i++)
        {
            var row = w[i];
            for (var j = 0; j < n; j++) row[j] = alpha[i] * alpha[j] - row[j];
        }

        gradient.Clear();
        var inverseSquared = kernel.InverseSquaredLengthscales;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var pairWeight = i == j ? 0.5 * w[i][j] : w[i][j];
                var r = distance[i][j];
                gradient[d] += pairWeight * kernel.Outputscale * kernel.Profile(r);
                if (i == j) continue;
                var g = -kernel.Outputscale * kernel.ProfileSlopeOverR(r) * pairWeight;
                var zi = z[i];
                var zj = z[j];
                for (var k = 0; k < d; k++)
                {
                    var delta = zi[k] - zj[k];
                    gradient[k] += g * delta * delta * inverseSquared[k];
                }
                if (shapes is not null) AddWarpGradient(shapes[i], shapes[j], zi, zj, -g, inverseSquared, gradient);
            }
            gradient[d + 1] += 0.5 * w[i][i] * h.NoiseVariance * (noiseScales?[i] ?? 1.0);
        }
        var alphaSum = 0.0;
        for (var i = 0; i < n; i++) alphaSum += alpha[i];
        gradient[d + 2] = alphaSum;
        return logLikelihood;
    }

    // dz_k/d log a_k at k and dz_k/d log b_k at d + k.
    private static double[] ShapeDerivatives(KumaraswamyWarp warp, double[] x)
    {
        var d = x.Length;
        var shapes = new double[2 * d];
        for (var k = 0; k < d; k++) (shapes[k], shapes[d + k]) = warp.ShapeDerivatives(k, x[k]);
        return shapes;
    }

    // The pair's W_ij s g(r) (z_ik - z_jk) / l_k^2 (dz_ik/dtheta - dz_jk/dtheta) for theta = log a_k and log b_k.
    private static void AddWarpGradient(double[] shapesI, double[] shapesJ, double[] zi, double[] zj, double weight, double[] inverseSquared, Span<double> gradient)
    {
        var d = zi.Length;
        for (var k = 0; k < d; k++)
        {
            var t = weight * (zi[k] - zj[k]) * inverseSquared[k];
            gradient[d + 3 + k] += t * (shapesI[k] - shapesJ[k]);
            gradient[2 * d + 3 + k] += t * (shapesI[d + k] - shapesJ[d + k]);
        }
    }
}
