using Optimizer.Core.Acquisition;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class SmoothFeasibilityTests
{
    // BoTorch's fatmoid, written out: 2/3 Cauchy(t - m) below zero, 1 - 2/3 Cauchy(t + m) above, m = 1/sqrt(3).
    internal static double Fatmoid(double t)
    {
        var m = 1.0 / Math.Sqrt(3.0);
        return t < 0 ? 2.0 / 3.0 / (1.0 + (t - m) * (t - m)) : 1.0 - 2.0 / 3.0 / (1.0 + (t + m) * (t + m));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.7)]
    [InlineData(2.5)]
    [InlineData(-1000.0)]
    [InlineData(1000.0)]
    public void Log_fatmoid_is_the_log_of_the_fat_tailed_sigmoid(double t)
    {
        var value = SmoothFeasibility.LogFatmoid(t, out _);

        Assert.Equal(Math.Log(Fatmoid(t)), value, 10);
    }

    [Fact]
    public void Fatmoid_is_one_half_at_the_bound_and_its_tail_decays_as_the_inverse_square()
    {
        Assert.Equal(0.5, Math.Exp(SmoothFeasibility.LogFatmoid(0.0, out _)), 12);
        var near = Math.Exp(SmoothFeasibility.LogFatmoid(-1e3, out _));
        var far = Math.Exp(SmoothFeasibility.LogFatmoid(-1e4, out _));
        Assert.Equal(100.0, near / far, 0);
    }

    [Theory]
    [InlineData(0.3, null, 0.3005)]
    [InlineData(0.3, 0.2995, null)]
    [InlineData(0.3, 0.299, 0.302)]
    [InlineData(0.31, 0.299, 0.302)]
    [InlineData(-0.2, 0.0, 1.0)]
    public void Indicator_is_the_product_of_one_fatmoid_per_bound_and_its_derivative_matches_finite_differences(double value, double? lower, double? upper)
    {
        var logIndicator = SmoothFeasibility.LogIndicator(value, lower, upper, out var derivative);

        var eta = SmoothFeasibility.Temperature;
        var expected = (upper is { } u ? Fatmoid((u - value) / eta) : 1.0) * (lower is { } l ? Fatmoid((value - l) / eta) : 1.0);
        Assert.Equal(Math.Log(expected), logIndicator, 10);
        const double h = 1e-8;
        var numeric = (SmoothFeasibility.LogIndicator(value + h, lower, upper, out _) - SmoothFeasibility.LogIndicator(value - h, lower, upper, out _)) / (2 * h);
        Assert.Equal(numeric, derivative, Math.Max(1e-4, 1e-6 * Math.Abs(numeric)));
    }
}
