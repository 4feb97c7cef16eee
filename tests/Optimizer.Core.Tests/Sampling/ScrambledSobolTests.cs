using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Sampling;

public class ScrambledSobolTests
{
    [Fact]
    public void Same_seed_gives_the_same_sequence()
    {
        Assert.Equal(new ScrambledSobol(6, seed: 42).Sample(100), new ScrambledSobol(6, seed: 42).Sample(100));
    }

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        var a = new ScrambledSobol(6, seed: 1).Sample(8);
        var b = new ScrambledSobol(6, seed: 2).Sample(8);

        for (var i = 0; i < a.Length; i++)
            Assert.NotEqual(a[i], b[i]);
    }

    [Fact]
    public void Scrambled_points_are_not_the_plain_Sobol_points()
    {
        Assert.NotEqual(new SobolSequence(3).Sample(4), new ScrambledSobol(3, seed: 7).Sample(4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(123)]
    [InlineData(-5)]
    public void Scrambling_keeps_one_point_per_interval_of_width_2_to_the_minus_k(int seed)
    {
        StratificationAssert.OnePointPerInterval(new ScrambledSobol(SobolSequence.MaxDimension, seed).Sample(512), 512);
    }

    [Fact]
    public void Point_at_an_index_equals_the_point_reached_by_stepping()
    {
        var stepped = new ScrambledSobol(4, seed: 3).Sample(70);
        var direct = new ScrambledSobol(4, seed: 3);

        for (var i = 0; i < stepped.Length; i++)
            Assert.Equal(stepped[i], direct.PointAt(i));
    }

    [Fact]
    public void Coordinates_average_one_half()
    {
        var points = new ScrambledSobol(10, seed: 11).Sample(4096);

        for (var j = 0; j < 10; j++)
            Assert.InRange(points.Average(p => p[j]), 0.499, 0.501);
    }
}
