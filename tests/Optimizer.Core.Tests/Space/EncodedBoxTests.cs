using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

public sealed class EncodedBoxTests
{
    private static readonly SearchSpace Space = new(
    [
        new FloatParameter("x", 0, 1),
        new FloatParameter("y", 0, 1),
        new CategoricalParameter("c", ["a", "b"]),
    ]);

    [Fact]
    public void Trust_region_sides_are_weighted_by_length_scale_over_their_geometric_mean_and_clipped()
    {
        // Geometric mean of 0.2 and 0.8 is 0.4: weights 0.5 and 2, sides 0.2 and 0.8 at L = 0.4, so x in
        // [0.5 - 0.1, 0.5 + 0.1] and y in [0.1 - 0.4, 0.1 + 0.4] clipped below at 0; the one-hot choice spans [0, 1].
        var box = EncodedBox.TrustRegion(Space, centre: [0.5, 0.1, 1.0, 0.0], lengthscales: [0.2, 0.8, 0.05, 7.0], length: 0.4);

        Assert.Equal(new[] { 0.4, 0.0, 0.0, 0.0 }, box.Lower, new ToleranceComparer(1e-12));
        Assert.Equal(new[] { 0.6, 0.5, 1.0, 1.0 }, box.Upper, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Equal_length_scales_give_a_cube_of_side_L()
    {
        var box = EncodedBox.TrustRegion(Space, centre: [0.3, 0.9, 0.0, 1.0], lengthscales: [0.5, 0.5, 1.0, 1.0], length: 0.4);

        Assert.Equal(new[] { 0.1, 0.7, 0.0, 0.0 }, box.Lower, new ToleranceComparer(1e-12));
        Assert.Equal(new[] { 0.5, 1.0, 1.0, 1.0 }, box.Upper, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Unit_cube_maps_every_point_to_itself_exactly()
    {
        double[] u = [0.123456789, 0.987654321, 0.0, 1.0];

        Assert.Equal(u, EncodedBox.UnitCube(4).Map(u));
    }

    [Fact]
    public void Map_spreads_the_unit_cube_over_the_box()
    {
        var box = new EncodedBox([0.2, 0.0], [0.6, 0.5]);

        Assert.Equal(new[] { 0.4, 0.5 }, box.Map([0.5, 1.0]), new ToleranceComparer(1e-12));
        Assert.True(box.Contains([0.2, 0.5]));
        Assert.False(box.Contains([0.61, 0.1]));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;

        public int GetHashCode(double value) => 0;
    }
}
