using Optimizer.Core.Numerics;

namespace Optimizer.Core.Models;

/// <summary>
/// Log marginal likelihood of a zero-noise-mean GP with constant mean and its analytic gradient
/// with respect to [log l_1..log l_d, log s, log noise, mean]:
/// log p(y) = -1/2 r^T K^-1 r - 1/2 log|K| - n/2 log 2pi with r = y - c,
/// d log p / d theta = 1/2 tr((alpha alpha^T - K^-1) dK/dtheta), alpha = K^-1 r.
/// Rasmussen &amp; Williams 2006, eqs. 2.30 and 5.9.
/// </summary>
internal static class MarginalLikelihood
{
    private const double LogTwoPi = 1.8378770664093453;

    /// <param name="x">n x d training inputs.</param>
    /// <param name="y">n standardized targets.</param>
    /// <param name="theta">hyper-parameter vector (length d + 3).</param>
    /// <param name="gradient">receives the gradient (length d + 3); empty: the value alone, without the O(n^3) inverse.</param>
    public static double Evaluate(KernelKind kind, IReadOnlyList<double[]> x, ReadOnlySpan<double> y, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var n = x.Count;
        var d = theta.Length - 3;
        var h = GpHyperparameters.FromVector(theta);
        var kernel = new StationaryKernel(kind, h.Lengthscales, h.Outputscale);
        var distance = new double[n][];
        for (var i = 0; i < n; i++)
        {
            distance[i] = new double[i + 1];
            for (var j = 0; j <= i; j++) distance[i][j] = kernel.ScaledDistance(x[i], x[j]);
        }
        var chol = CholeskyFactor.Factorize(n, (i, j) => kernel.Outputscale * kernel.Profile(distance[i][j]) + (i == j ? h.NoiseVariance : 0.0));
        var alpha = new double[n];
        for (var i = 0; i < n; i++) alpha[i] = y[i] - h.Mean;
        var residual = (double[])alpha.Clone();
        chol.SolveLower(alpha);
        chol.SolveUpper(alpha);
        var logLikelihood = -0.5 * DenseKernels.Dot(residual, alpha) - 0.5 * chol.LogDeterminant() - 0.5 * n * LogTwoPi;
        if (gradient.IsEmpty) return logLikelihood;

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
                var xi = x[i];
                var xj = x[j];
                for (var k = 0; k < d; k++)
                {
                    var delta = xi[k] - xj[k];
                    gradient[k] += g * delta * delta * inverseSquared[k];
                }
            }
            gradient[d + 1] += 0.5 * w[i][i] * h.NoiseVariance;
        }
        var alphaSum = 0.0;
        for (var i = 0; i < n; i++) alphaSum += alpha[i];
        gradient[d + 2] = alphaSum;
        return logLikelihood;
    }
}
