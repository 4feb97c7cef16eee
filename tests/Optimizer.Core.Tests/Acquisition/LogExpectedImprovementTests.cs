using MathNet.Numerics.Distributions;
using Optimizer.Core.Acquisition;
using Optimizer.Core.Numerics;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class LogExpectedImprovementTests
{
    [Theory]
    [InlineData(1.0, 2.0, 0.5)]
    [InlineData(0.0, 1.0, 0.0)]
    [InlineData(-3.0, 0.5, 1.0)]
    [InlineData(2.0, 0.1, 1.0)]
    public void Equals_log_of_the_textbook_expected_improvement(double mean, double sigma, double incumbent)
    {
        // EI = sigma (z Phi(z) + phi(z)), z = (mean - incumbent) / sigma (Jones et al. 1998).
        var z = (mean - incumbent) / sigma;
        var expected = Math.Log(sigma * (z * Normal.CDF(0, 1, z) + Normal.PDF(0, 1, z)));

        Assert.Equal(expected, LogExpectedImprovement.Value(mean, sigma, incumbent), 9);
    }

    [Fact]
    public void Is_finite_with_a_finite_gradient_forty_sigmas_below_the_incumbent()
    {
        var (value, dMean, dSigma) = LogExpectedImprovement.ValueAndDerivatives(-40.0, 1.0, 0.0);

        // log h(z) ~ -z^2/2 - log sqrt(2 pi) - 2 log|z| for z -> -inf; d/dz ~ -z.
        Assert.Equal(-800.0 - 0.5 * Math.Log(2 * Math.PI) - 2 * Math.Log(40.0), value, 2);
        Assert.Equal(40.0, dMean, 1);
        Assert.True(double.IsFinite(dSigma));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(-2.0)]
    [InlineData(-7.0)]
    [InlineData(-40.0)]
    [InlineData(3.0)]
    public void Derivative_matches_finite_differences(double z)
    {
        const double h = 1e-6;
        var numeric = (LogExpectedImprovementMath.LogH(z + h) - LogExpectedImprovementMath.LogH(z - h)) / (2 * h);

        Assert.Equal(numeric, LogExpectedImprovementMath.DLogH(z), 4);
    }

    [Fact]
    public void Is_continuous_across_the_branch_at_minus_one()
    {
        Assert.Equal(LogExpectedImprovementMath.LogH(-1.0 - 1e-12), LogExpectedImprovementMath.LogH(-1.0 + 1e-12), 9);
    }

    [Theory]
    [InlineData(2.0, 0.25539567631050574)]
    [InlineData(10.0, 0.056140992743822585)]
    [InlineData(30.0, 0.018795888861416751)]
    public void Scaled_complementary_error_function_matches_reference_values(double x, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Erfcx(x), 14);
    }
}
