using Optimizer.Core.Acquisition;
using Optimizer.Core.MultiObjective;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class HypervolumeBoxesTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 2)]
    [InlineData(3, 9)]
    public void Improvement_equals_the_difference_of_exact_hypervolumes(int m, int seed)
    {
        var random = new Random(seed);
        var front = Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, m).Select(_ => random.NextDouble()).ToArray()).ToList();
        var reference = Enumerable.Repeat(0.05, m).ToArray();
        var boxes = new HypervolumeBoxes(front, reference);
        var before = Hypervolume.Compute(front, reference);
        for (var k = 0; k < 50; k++)
        {
            var y = Enumerable.Range(0, m).Select(_ => 1.2 * random.NextDouble()).ToArray();

            var improvement = boxes.Improvement(y, []);

            Assert.Equal(Hypervolume.Compute([.. front, y], reference) - before, improvement, 12);
        }
    }

    [Fact]
    public void Improvement_of_a_point_against_one_point_is_hand_checkable()
    {
        // Front {(2, 1)} above reference (0, 0); y = (1, 3) adds [0,1] x [1,3] = 2.
        var boxes = new HypervolumeBoxes([[2.0, 1.0]], [0.0, 0.0]);
        var gradient = new double[2];

        var improvement = boxes.Improvement([1.0, 3.0], gradient);

        Assert.Equal(2.0, improvement, 12);
        Assert.Equal(2.0, gradient[0], 12); // widening y1 adds a strip of height 3 - 1
        Assert.Equal(1.0, gradient[1], 12); // raising y2 adds a strip of width 1
    }

    [Fact]
    public void Gradient_matches_central_finite_differences_in_three_objectives()
    {
        var random = new Random(4);
        var front = Enumerable.Range(0, 8).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToList();
        var boxes = new HypervolumeBoxes(front, [0.0, 0.0, 0.0]);
        double[] y = [0.71, 0.83, 0.64];
        var gradient = new double[3];

        boxes.Improvement(y, gradient);

        for (var j = 0; j < 3; j++)
        {
            const double h = 1e-7;
            var plus = (double[])y.Clone();
            var minus = (double[])y.Clone();
            plus[j] += h;
            minus[j] -= h;
            Assert.Equal((boxes.Improvement(plus, []) - boxes.Improvement(minus, [])) / (2 * h), gradient[j], 5);
        }
    }
}
