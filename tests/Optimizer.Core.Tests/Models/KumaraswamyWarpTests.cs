using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class KumaraswamyWarpTests
{
    private static readonly KumaraswamyWarp Warp = new([2.0, 0.5], [3.0, 1.0]);

    [Fact]
    public void Value_slope_and_shape_derivatives_match_hand_computed_numbers()
    {
        // a = 2, b = 3 at x = 1/2: u = x^a = 1/4, v = 1 - u = 3/4.
        Assert.Equal(1.0 - 0.421875, Warp.Value(0, 0.5), 15);
        Assert.Equal(2.0 * 3.0 * 0.5 * 0.5625, Warp.Slope(0, 0.5), 14);
        var (logA, logB) = Warp.ShapeDerivatives(0, 0.5);
        Assert.Equal(2.0 * 3.0 * 0.5625 * 0.25 * Math.Log(0.5), logA, 14);
        Assert.Equal(-3.0 * 0.421875 * Math.Log(0.75), logB, 14);

        // a = 1/2, b = 1 is the square root: w(0.25) = 0.5, w'(0.25) = 1 / (2 sqrt 0.25) = 1.
        Assert.Equal(0.5, Warp.Value(1, 0.25), 15);
        Assert.Equal(1.0, Warp.Slope(1, 0.25), 14);
    }

    [Theory]
    [InlineData(0.03)]
    [InlineData(0.5)]
    [InlineData(0.97)]
    public void Slope_and_shape_derivatives_match_central_finite_differences(double x)
    {
        const double h = 1e-6;
        for (var i = 0; i < 2; i++)
        {
            var numericSlope = (Warp.Value(i, x + h) - Warp.Value(i, x - h)) / (2 * h);
            Assert.Equal(numericSlope, Warp.Slope(i, x), 6);

            var (logA, logB) = Warp.ShapeDerivatives(i, x);
            Assert.Equal(ShapeDifference(i, x, h, 0.0), logA, 6);
            Assert.Equal(ShapeDifference(i, x, 0.0, h), logB, 6);
        }
    }

    [Fact]
    public void Identity_leaves_every_input_in_place_and_clamps_only_within_eps_of_the_bounds()
    {
        var identity = KumaraswamyWarp.Identity(1);

        foreach (var x in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
        {
            Assert.Equal(x, identity.Value(0, x), 15);
            Assert.Equal(1.0, identity.Slope(0, x));
        }
        Assert.Equal(KumaraswamyWarp.Epsilon, identity.Value(0, 0.0), 15);
        Assert.Equal(1.0 - KumaraswamyWarp.Epsilon, identity.Value(0, 1.0), 15);
    }

    [Fact]
    public void Derivatives_stay_finite_on_the_bounds_and_the_slope_stays_positive_there()
    {
        var steep = new KumaraswamyWarp([0.1], [0.1]);

        foreach (var x in new[] { 0.0, 1.0 })
        {
            var (logA, logB) = steep.ShapeDerivatives(0, x);
            Assert.True(double.IsFinite(logA) && double.IsFinite(logB), $"x = {x}: {logA}, {logB}");
            var slope = steep.Slope(0, x);
            Assert.True(double.IsFinite(slope) && slope > 0.0, $"x = {x}: slope {slope}");
        }
    }

    // d w_i(x) / d(log a_i, log b_i) along (da, db) by central differences.
    private static double ShapeDifference(int i, double x, double da, double db)
    {
        var step = Math.Max(da, db);
        KumaraswamyWarp Shifted(double sign)
        {
            var a = (double[])Warp.A.Clone();
            var b = (double[])Warp.B.Clone();
            a[i] *= Math.Exp(sign * da);
            b[i] *= Math.Exp(sign * db);
            return new KumaraswamyWarp(a, b);
        }
        return (Shifted(1.0).Value(i, x) - Shifted(-1.0).Value(i, x)) / (2 * step);
    }
}
