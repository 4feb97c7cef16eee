using Optimizer.Core.Numerics;

namespace Optimizer.Core.Tests.Numerics;

public sealed class SliceSamplerTests
{
    private static double[] Draw(Func<double, double> logDensity, double lower, double upper, int count, int seed) =>
        SliceSampler.Sample(x => logDensity(x[0]), [Math.Clamp(0.5, lower, upper)], [lower], [upper], [1.0], count, burnIn: 20, thinning: 1, new Random(seed))
            .Select(s => s[0]).ToArray();

    private static (double Mean, double Variance) Moments(double[] samples)
    {
        var mean = samples.Average();
        return (mean, samples.Sum(s => (s - mean) * (s - mean)) / (samples.Length - 1));
    }

    [Fact]
    public void Samples_of_a_gaussian_have_its_mean_and_variance()
    {
        var samples = Draw(x => -0.5 * (x - 1.5) * (x - 1.5) / 0.49, -10, 10, 6000, seed: 3);

        var (mean, variance) = Moments(samples);

        Assert.InRange(mean, 1.5 - 0.05, 1.5 + 0.05);
        Assert.InRange(variance, 0.49 * 0.9, 0.49 * 1.1);
    }

    [Fact]
    public void Samples_of_a_gaussian_cut_at_the_box_follow_the_truncated_gaussian()
    {
        // Standard normal on [0, 10]: mean sqrt(2 / pi), variance 1 - 2 / pi.
        var samples = Draw(x => -0.5 * x * x, 0, 10, 6000, seed: 5);

        var (mean, variance) = Moments(samples);

        Assert.All(samples, s => Assert.InRange(s, 0, 10));
        Assert.InRange(mean, Math.Sqrt(2 / Math.PI) - 0.04, Math.Sqrt(2 / Math.PI) + 0.04);
        Assert.InRange(variance, (1 - 2 / Math.PI) * 0.9, (1 - 2 / Math.PI) * 1.1);
    }

    [Fact]
    public void Samples_of_a_correlated_gaussian_have_its_covariance()
    {
        // Unit variances, correlation 0.6: log p = -(x^2 - 2 rho x y + y^2) / (2 (1 - rho^2)).
        const double rho = 0.6;
        var samples = SliceSampler.Sample(
            p => -(p[0] * p[0] - 2 * rho * p[0] * p[1] + p[1] * p[1]) / (2 * (1 - rho * rho)),
            [0.0, 0.0], [-8.0, -8.0], [8.0, 8.0], [1.0, 1.0], 8000, burnIn: 20, thinning: 1, new Random(9));

        var covariance = samples.Average(s => s[0] * s[1]) - samples.Average(s => s[0]) * samples.Average(s => s[1]);

        Assert.InRange(covariance, rho - 0.07, rho + 0.07);
        Assert.InRange(Moments(samples.Select(s => s[1]).ToArray()).Variance, 0.88, 1.12);
    }

    [Fact]
    public void A_coordinate_of_width_zero_stays_at_its_start()
    {
        var samples = SliceSampler.Sample(p => -0.5 * (p[0] * p[0] + p[1] * p[1]), [0.25, 0.5], [-5.0, -5.0], [5.0, 5.0], [1.0, 0.0], 50, burnIn: 2, thinning: 1, new Random(8));

        Assert.All(samples, s => Assert.Equal(0.5, s[1]));
        Assert.True(samples.Select(s => s[0]).Distinct().Count() > 40);
    }

    [Fact]
    public void Same_seed_gives_the_same_samples_and_another_seed_others()
    {
        static double[] Run(int seed) => Draw(x => -0.5 * x * x, -5, 5, 20, seed);

        Assert.Equal(Run(1), Run(1));
        Assert.NotEqual(Run(1), Run(2));
    }

    [Fact]
    public void Thinning_keeps_every_kth_sweep_of_the_same_chain()
    {
        double LogDensity(double[] x) => -0.5 * x[0] * x[0];
        var every = SliceSampler.Sample(LogDensity, [0.0], [-5.0], [5.0], [1.0], 12, burnIn: 4, thinning: 1, new Random(4));
        var thinned = SliceSampler.Sample(LogDensity, [0.0], [-5.0], [5.0], [1.0], 4, burnIn: 4, thinning: 3, new Random(4));

        Assert.Equal([every[2][0], every[5][0], every[8][0], every[11][0]], thinned.Select(s => s[0]));
    }
}
