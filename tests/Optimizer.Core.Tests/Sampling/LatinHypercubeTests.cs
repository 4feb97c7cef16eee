using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Sampling;

public class LatinHypercubeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 10)]
    [InlineData(8, 37)]
    public void Each_dimension_has_one_point_per_stratum(int dimension, int n)
    {
        StratificationAssert.OnePointPerInterval(new LatinHypercube(dimension, seed: 5).Sample(n), n);
    }

    [Fact]
    public void Same_seed_gives_the_same_designs()
    {
        var a = new LatinHypercube(4, seed: 9);
        var b = new LatinHypercube(4, seed: 9);

        Assert.Equal(a.Sample(20), b.Sample(20));
        Assert.Equal(a.Sample(5), b.Sample(5));
    }

    [Fact]
    public void Different_seeds_give_different_designs()
    {
        Assert.NotEqual(new LatinHypercube(4, seed: 1).Sample(20), new LatinHypercube(4, seed: 2).Sample(20));
    }
}
