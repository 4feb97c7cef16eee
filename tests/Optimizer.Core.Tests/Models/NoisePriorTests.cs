using MathNet.Numerics.Distributions;
using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class NoisePriorTests
{
    public static TheoryData<string> Priors => ["default", "lognormal4", "lognormal"];

    [Theory]
    [MemberData(nameof(Priors))]
    public void Gradient_matches_central_finite_differences(string name)
    {
        var prior = Named(name);
        foreach (var logNoise in new[] { -12.0, -6.0, -2.0, 0.5 })
        {
            var gradient = 0.0;
            prior.LogDensity(logNoise, ref gradient);
            const double h = 1e-5;
            var scratch = 0.0;
            var numeric = (prior.LogDensity(logNoise + h, ref scratch) - prior.LogDensity(logNoise - h, ref scratch)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient) < 1e-6 * (1 + Math.Abs(numeric)), $"{name} at {logNoise}: analytic {gradient}, numeric {numeric}");
        }
    }

    [Fact]
    public void Gamma_density_on_the_variance_peaks_at_concentration_minus_one_over_rate()
    {
        var gradient = 0.0;
        NoisePrior.Gamma(1.1, 0.05).LogDensity(Math.Log(0.1 / 0.05), ref gradient);

        Assert.Equal(0.0, gradient, 12);
    }

    [Fact]
    public void Gamma_log_density_differs_from_the_distribution_by_a_constant()
    {
        var prior = NoisePrior.Gamma(1.1, 0.05);
        var gamma = new Gamma(1.1, 0.05);
        var scratch = 0.0;
        var offsets = new[] { 1e-4, 0.01, 0.5, 3.0 }.Select(v => gamma.DensityLn(v) - prior.LogDensity(Math.Log(v), ref scratch)).ToArray();

        Assert.All(offsets, offset => Assert.Equal(offsets[0], offset, 9));
    }

    [Fact]
    public void Log_normal_pulls_toward_its_location()
    {
        var below = 0.0;
        var above = 0.0;
        NoisePrior.LogNormal(-4.0, 1.0).LogDensity(-6.0, ref below);
        NoisePrior.LogNormal(-4.0, 1.0).LogDensity(-1.0, ref above);

        Assert.Equal(2.0, below, 12);
        Assert.Equal(-3.0, above, 12);
    }

    private static NoisePrior Named(string name) => name switch
    {
        "default" => NoisePrior.Default,
        "lognormal4" => NoisePrior.LogNormalAtMinus4,
        _ => NoisePrior.LogNormal(-6.0, 1.5),
    };
}
