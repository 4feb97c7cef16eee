using Optimizer.Core.Space;

namespace Optimizer.Core.Tests.Space;

public sealed class TakenPointsTests
{
    private static readonly SearchSpace Mixed = new([new FloatParameter("x", 0, 10), new IntParameter("n", 1, 4), new CategoricalParameter("c", ["a", "b"])]);

    private static Dictionary<string, ParameterValue> Point(double x, int n, string c) =>
        new() { ["x"] = ParameterValue.Of(x), ["n"] = ParameterValue.Of(n), ["c"] = ParameterValue.Of(c) };

    [Fact]
    public void An_assignment_and_its_encoding_are_one_point()
    {
        var taken = new TakenPoints(Mixed);
        taken.AddRange([Point(2.5, 3, "b")]);

        Assert.True(taken.Contains(Point(2.5, 3, "b")));
        Assert.True(taken.Contains(Mixed.Encode(Point(2.5, 3, "b"))));
        Assert.False(taken.Add(Mixed.Encode(Point(2.5, 3, "b"))));
    }

    [Fact]
    public void Points_apart_by_more_than_the_tolerance_or_by_a_choice_are_different()
    {
        var taken = new TakenPoints(Mixed);
        taken.AddRange([Point(2.5, 3, "b")]);

        // x spans 10 units: 1e-7 of a unit is 1e-8 of the range, above the 1e-9 tolerance.
        Assert.False(taken.Contains(Point(2.5 + 1e-7, 3, "b")));
        Assert.True(taken.Contains(Point(2.5 + 1e-9, 3, "b")));
        Assert.False(taken.Contains(Point(2.5, 3, "a")));
        Assert.False(taken.Contains(Point(2.5, 4, "b")));
    }

    [Fact]
    public void A_random_untaken_point_is_new_until_a_discrete_space_is_used_up()
    {
        var space = new SearchSpace([new IntParameter("n", 1, 2), new CategoricalParameter("c", ["a", "b"])]);
        var taken = new TakenPoints(space);

        for (var i = 0; i < 4; i++)
        {
            var x = taken.RandomUntaken(seed: i);
            Assert.NotNull(x);
            Assert.True(taken.Add(x));
        }

        Assert.Null(taken.RandomUntaken(seed: 9));
    }
}
