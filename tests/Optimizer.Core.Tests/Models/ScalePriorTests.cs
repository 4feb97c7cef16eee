using MathNet.Numerics.Distributions;
using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class ScalePriorTests
{
    private const int Dimension = 4;

    public static TheoryData<string> Priors => ["lengthscale-default", "lengthscale-hvarfner", "lengthscale-botorch", "outputscale-default", "outputscale-botorch"];

    [Theory]
    [MemberData(nameof(Priors))]
    public void Gradient_matches_central_finite_differences(string name)
    {
        var density = Named(name);
        foreach (var theta in new[] { -6.0, -2.0, 0.0, 1.5, 4.0 })
        {
            var gradient = 0.0;
            density(theta, ref gradient);
            const double h = 1e-5;
            var scratch = 0.0;
            var numeric = (density(theta + h, ref scratch) - density(theta - h, ref scratch)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient) < 1e-6 * (1 + Math.Abs(numeric)), $"{name} at {theta}: analytic {gradient}, numeric {numeric}");
        }
    }

    [Fact]
    public void BoTorch_lengthscale_prior_peaks_at_one_third_in_every_dimension()
    {
        foreach (var dimension in new[] { 1, 4, 20 })
        {
            var gradient = 0.0;
            LengthscalePrior.BoTorch011.LogDensity(Math.Log(1.0 / 3.0), dimension, ref gradient);

            Assert.Equal(0.0, gradient, 12);
            Assert.Equal(1.0 / 3.0, LengthscalePrior.BoTorch011.Mode(dimension), 12);
        }
    }

    [Fact]
    public void BoTorch_outputscale_prior_starts_at_its_mode()
    {
        var gradient = 0.0;
        OutputscalePrior.BoTorch011.LogDensity(Math.Log(OutputscalePrior.BoTorch011.Start), ref gradient);

        Assert.Equal(1.0 / 0.15, OutputscalePrior.BoTorch011.Start, 12);
        Assert.Equal(0.0, gradient, 12);
    }

    [Fact]
    public void Gamma_log_densities_differ_from_the_distribution_by_a_constant()
    {
        var lengthscale = new Gamma(3.0, 6.0);
        var outputscale = new Gamma(2.0, 0.15);
        var scratch = 0.0;
        var values = new[] { 1e-3, 0.1, 0.5, 3.0, 40.0 };
        var lengthscaleOffsets = values.Select(v => lengthscale.DensityLn(v) - LengthscalePrior.BoTorch011.LogDensity(Math.Log(v), Dimension, ref scratch)).ToArray();
        var outputscaleOffsets = values.Select(v => outputscale.DensityLn(v) - OutputscalePrior.BoTorch011.LogDensity(Math.Log(v), ref scratch)).ToArray();

        Assert.All(lengthscaleOffsets, offset => Assert.Equal(lengthscaleOffsets[0], offset, 9));
        Assert.All(outputscaleOffsets, offset => Assert.Equal(outputscaleOffsets[0], offset, 9));
    }

    [Fact]
    public void Default_lengthscale_prior_is_centred_on_shift_plus_half_log_dimension()
    {
        var gradient = 0.0;
        LengthscalePrior.Default.LogDensity(-1.4 + 0.5 * Math.Log(Dimension), Dimension, ref gradient);

        Assert.Equal(0.0, gradient, 12);
        Assert.Equal(Math.Exp(-1.4 + 0.5 * Math.Log(Dimension) - 1.0), LengthscalePrior.Default.Mode(Dimension), 12);
    }

    private delegate double Density(double theta, ref double gradient);

    private static Density Named(string name) => name switch
    {
        "lengthscale-default" => (double theta, ref double g) => LengthscalePrior.Default.LogDensity(theta, Dimension, ref g),
        "lengthscale-hvarfner" => (double theta, ref double g) => LengthscalePrior.Hvarfner2024.LogDensity(theta, Dimension, ref g),
        "lengthscale-botorch" => (double theta, ref double g) => LengthscalePrior.BoTorch011.LogDensity(theta, Dimension, ref g),
        "outputscale-default" => (double theta, ref double g) => OutputscalePrior.Default.LogDensity(theta, ref g),
        _ => (double theta, ref double g) => OutputscalePrior.BoTorch011.LogDensity(theta, ref g),
    };
}
