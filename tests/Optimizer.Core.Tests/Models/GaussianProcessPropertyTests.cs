using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Core.Models;
using Optimizer.Core.Numerics;

namespace Optimizer.Core.Tests.Models;

public sealed class GaussianProcessPropertyTests
{
    private static (double[][] X, double[] Y, GpHyperparameters H) RandomData(int seed, int n, int d)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var y = x.Select(p => Math.Sin(5 * p.Sum()) + 0.1 * random.NextDouble()).ToArray();
        var h = new GpHyperparameters(Enumerable.Range(0, d).Select(_ => 0.1 + random.NextDouble()).ToArray(), 0.5 + random.NextDouble(), 1e-6 + 0.01 * random.NextDouble(), random.NextDouble() - 0.5);
        return (x, y, h);
    }

    [Property(MaxTest = 50)]
    public Property Rank_one_update_equals_a_fresh_factorization(PositiveInt seed, PositiveInt size)
    {
        var n = 2 + size.Get % 30;
        var (x, y, h) = RandomData(seed.Get, n, 3);
        var fresh = GaussianProcess.Condition(h, KernelKind.Matern52, x, y);
        var updated = GaussianProcess.Condition(h, KernelKind.Matern52, x[..^1], y[..^1]).WithObservations([x[^1]], [y[^1]]);

        var maxDifference = 0.0;
        for (var i = 0; i < n; i++)
        {
            var a = fresh.Factor.Row(i);
            var b = updated.Factor.Row(i);
            for (var j = 0; j <= i; j++) maxDifference = Math.Max(maxDifference, Math.Abs(a[j] - b[j]));
        }
        for (var i = 0; i < n; i++) maxDifference = Math.Max(maxDifference, Math.Abs(fresh.Alpha[i] - updated.Alpha[i]) / (1 + Math.Abs(fresh.Alpha[i])));
        return (maxDifference < 1e-8).Label($"max difference {maxDifference}");
    }

    [Property(MaxTest = 50)]
    public Property Posterior_variance_is_nonnegative_and_shrinks_at_observed_points(PositiveInt seed, PositiveInt size)
    {
        var n = 1 + size.Get % 20;
        var (x, y, h) = RandomData(seed.Get, n, 2);
        var gp = GaussianProcess.Condition(h, KernelKind.Matern52, x, y);
        var random = new Random(seed.Get + 1);

        var anywhere = Enumerable.Range(0, 20).All(_ => gp.Predict([random.NextDouble(), random.NextDouble()]).Variance >= 0.0);
        // At an observed point the latent variance is at most s noise / (s + noise) < noise: data never adds uncertainty.
        var atData = x.All(p => gp.Predict(p).Variance <= h.NoiseVariance * (1 + 1e-6) + 1e-12);
        return (anywhere && atData).ToProperty();
    }

    [Property(MaxTest = 30)]
    public Property Inverse_from_the_factor_times_the_matrix_is_the_identity(PositiveInt seed, PositiveInt size)
    {
        var n = 1 + size.Get % 25;
        var (x, _, h) = RandomData(seed.Get, n, 2);
        var kernel = new StationaryKernel(KernelKind.Matern52, h.Lengthscales, h.Outputscale);
        double Entry(int i, int j) => kernel.Covariance(x[i], x[j]) + (i == j ? h.NoiseVariance + 0.1 : 0.0);

        var inverse = CholeskyFactor.Factorize(n, Entry).Inverse();

        var maxError = 0.0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var product = 0.0;
                for (var k = 0; k < n; k++) product += inverse[i][k] * Entry(k, j);
                maxError = Math.Max(maxError, Math.Abs(product - (i == j ? 1.0 : 0.0)));
            }
        return (maxError < 1e-8).Label($"max |A^-1 A - I| = {maxError}");
    }
}
