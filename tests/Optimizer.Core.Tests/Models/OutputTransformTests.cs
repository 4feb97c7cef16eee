using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class OutputTransformTests
{
    private static double[] Images(OutputTransform transform, IEnumerable<double> values) => values.Select(transform.Forward).ToArray();

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Values_up_to_the_largest_double_standardize_to_zero_mean_and_unit_variance_in_their_order(bool powerTransform)
    {
        double[] values = [1e308, -1e308, 1.0, 2.0, 1.7e308, -3e307];

        var images = Images(OutputTransform.Fit(values, logWarp: false, negate: false, powerTransform), values);

        Assert.All(images, v => Assert.True(double.IsFinite(v), $"{v}"));
        Assert.Equal(0.0, images.Average(), 12);
        Assert.Equal(1.0, StandardDeviation(images), 12);
        Assert.Equal(Enumerable.Range(0, values.Length).OrderBy(i => values[i]), Enumerable.Range(0, values.Length).OrderBy(i => images[i]));
    }

    [Theory]
    [InlineData(1023, false, false)]
    [InlineData(1000, true, true)]
    [InlineData(600, false, true)]
    public void Values_scaled_by_a_huge_power_of_two_have_the_images_of_the_unscaled_values_bit_for_bit(int exponent, bool negate, bool powerTransform)
    {
        double[] values = [0.25, -1.5, 1.0, 1.75, 0.5, -0.125];
        var scaled = values.Select(v => Math.ScaleB(v, exponent)).ToArray();

        var expected = Images(OutputTransform.Fit(values, logWarp: false, negate, powerTransform), values);
        var images = Images(OutputTransform.Fit(scaled, logWarp: false, negate, powerTransform), scaled);

        Assert.Equal(expected, images);
    }

    [Fact]
    public void Equal_values_near_the_largest_double_map_to_zero_on_a_scale_of_their_magnitude()
    {
        var value = Math.ScaleB(-1.5, 1023);
        var transform = OutputTransform.Fit([value, value, value], logWarp: false, negate: true);

        Assert.Equal([0.0, 0.0, 0.0], Images(transform, [value, value, value]));
        Assert.Equal(-1.0, transform.Forward(Math.ScaleB(-0.5, 1023)));
        Assert.Equal(Math.ScaleB(1.0, 1023), transform.InverseLength(1.0));
    }

    [Fact]
    public void Values_beside_a_huge_one_are_recovered_from_their_images_to_the_precision_of_its_magnitude()
    {
        double[] values = [1.5e308, -1e308, 4.0];
        var transform = OutputTransform.Fit(values, logWarp: false, negate: true);

        Assert.All(values, v => Assert.Equal(v, transform.Inverse(transform.Forward(v)), 1.5e308 * 1e-14));
    }
}
