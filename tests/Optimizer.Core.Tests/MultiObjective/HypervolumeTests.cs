using Optimizer.Core.MultiObjective;

namespace Optimizer.Core.Tests.MultiObjective;

public sealed class HypervolumeTests
{
    [Theory]
    [InlineData(new[] { 3.0 }, new[] { 1.0 }, 2.0)]
    [InlineData(new[] { 3.0, 2.0 }, new[] { 1.0, -1.0 }, 6.0)]
    [InlineData(new[] { 3.0, 2.0, 0.5 }, new[] { 1.0, -1.0, 0.0 }, 3.0)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 4.0 }, new[] { 0.0, 0.0, 0.0, 0.0 }, 24.0)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 4.0, 0.5 }, new[] { 0.0, 1.0, 2.0, 3.0, 0.0 }, 0.5)]
    public void Hypervolume_of_single_point_is_box_volume(double[] point, double[] reference, double expected)
    {
        Assert.Equal(expected, Hypervolume.Compute([point], reference), 12);
    }

    [Fact]
    public void Hypervolume_of_two_dimensional_L_shape_is_sum_of_boxes_minus_overlap()
    {
        // Boxes [0,3]x[0,1] and [0,1]x[0,2]: 3 + 2 − 1 = 4.
        Assert.Equal(4.0, Hypervolume.Compute([[3.0, 1.0], [1.0, 2.0]], [0.0, 0.0]), 12);
    }

    [Fact]
    public void Hypervolume_of_three_dimensional_L_shape_is_sum_of_boxes_minus_overlaps()
    {
        // Boxes 2x1x1, 1x2x1, 1x1x2 pairwise overlap in the unit cube, which all three share: 6 − 3 + 1 = 4.
        Assert.Equal(4.0, Hypervolume.Compute([[2.0, 1.0, 1.0], [1.0, 2.0, 1.0], [1.0, 1.0, 2.0]], [0.0, 0.0, 0.0]), 12);
        // A staircase in z: [0,2]x[0,2]x[0,1] plus [0,1]x[0,1]x[1,3] = 4 + 2.
        Assert.Equal(6.0, Hypervolume.Compute([[2.0, 2.0, 1.0], [1.0, 1.0, 3.0]], [0.0, 0.0, 0.0]), 12);
    }

    [Fact]
    public void Hypervolume_of_four_dimensional_pair_is_sum_of_boxes_minus_overlap()
    {
        // 2·1·1·1 + 1·1·1·3 − 1·1·1·1 = 4.
        Assert.Equal(4.0, Hypervolume.Compute([[2.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 3.0]], [0.0, 0.0, 0.0, 0.0]), 12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Points_that_do_not_strictly_dominate_the_reference_contribute_nothing(int m)
    {
        var reference = new double[m];
        var inside = Enumerable.Repeat(1.0, m).ToArray();
        var onFace = Enumerable.Repeat(5.0, m).ToArray();
        onFace[0] = 0.0;
        var below = Enumerable.Repeat(5.0, m).ToArray();
        below[m - 1] = -1.0;

        Assert.Equal(1.0, Hypervolume.Compute([inside, onFace, below], reference), 12);
        Assert.Equal(0.0, Hypervolume.Compute([onFace, below], reference));
        Assert.Equal(0.0, Hypervolume.Compute([], reference));
    }

    [Fact]
    public void Non_finite_values_and_mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Hypervolume.Compute([[1.0, double.NaN]], [0.0, 0.0]));
        Assert.Throws<ArgumentException>(() => Hypervolume.Compute([[1.0, 2.0, 3.0]], [0.0, 0.0]));
        Assert.Throws<ArgumentException>(() => Hypervolume.Compute([[1.0, 2.0]], [0.0, double.NegativeInfinity]));
    }

    [Theory]
    [InlineData(2, 40, 1)]
    [InlineData(3, 30, 2)]
    [InlineData(4, 20, 3)]
    [InlineData(5, 12, 4)]
    public void Hypervolume_agrees_with_monte_carlo_within_four_standard_errors(int m, int n, int seed)
    {
        var random = new Random(seed);
        var points = RandomPointSets.NearSphere(random, n, m);
        var reference = new double[m];

        var exact = Hypervolume.Compute(points, reference);
        var (estimate, standardError) = MonteCarloHypervolume.Estimate(points, reference, samples: 200_000, seed: seed + 100);

        Assert.InRange(exact, estimate - 4 * standardError, estimate + 4 * standardError);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Hypervolume_equals_inclusion_exclusion_on_small_sets(int m)
    {
        var random = new Random(17 * m);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(1, 9);
            var points = RandomPointSets.Uniform(random, n, m, onGrid: trial % 2 == 0);
            var reference = Enumerable.Range(0, m).Select(_ => random.NextDouble() * 0.3 - 0.1).ToArray();

            var exact = Hypervolume.Compute(points, reference);
            var expected = InclusionExclusionHypervolume.Compute(points, reference);

            Assert.True(Math.Abs(exact - expected) <= 1e-9 * Math.Max(1.0, expected), $"trial {trial}: {exact} vs {expected}");
        }
    }
}
