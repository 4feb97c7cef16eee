using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;

namespace Optimizer.Core.Tests.MultiObjective;

public sealed class ReferencePointTests
{
    [Fact]
    public void Inferred_reference_is_front_nadir_minus_a_tenth_of_the_front_range()
    {
        // Front (1, 5), (3, 2), (4, 1); (0, 0) is dominated and must not pull the nadir down.
        double[][] values = [[1, 5], [3, 2], [4, 1], [0, 0]];

        var reference = ReferencePoint.Infer(values);

        Assert.Equal(1 - 0.1 * 3, reference[0], 12);
        Assert.Equal(1 - 0.1 * 4, reference[1], 12);
    }

    [Fact]
    public void Single_point_uses_its_magnitude_as_range_and_zero_uses_one()
    {
        var reference = ReferencePoint.Infer([[-20.0, 0.0, 5.0]]);

        Assert.Equal([-22.0, -0.1, 4.5], reference.Select(r => Math.Round(r, 12)));
    }

    [Fact]
    public void A_front_wider_than_the_largest_double_gets_a_finite_reference_a_tenth_of_its_range_below_its_nadir()
    {
        var reference = ReferencePoint.Infer([[-1e308, 1e308], [1e308, -1e308]]);

        Assert.Equal([-1.2e308, -1.2e308], reference);
    }

    [Fact]
    public void A_reference_below_the_most_negative_double_is_that_double()
    {
        var reference = ReferencePoint.Infer([[-1.7e308, -1.7e308]]);

        Assert.Equal([-double.MaxValue, -double.MaxValue], reference);
    }

    [Fact]
    public void Every_front_point_strictly_dominates_the_inferred_reference()
    {
        var random = new Random(5);
        var values = RandomPointSets.Uniform(random, 30, 3);

        var reference = ReferencePoint.Infer(values);

        Assert.All(ParetoFront.Select(values), i => Assert.True(values[i].Zip(reference).All(p => p.First > p.Second)));
    }

    [Fact]
    public void User_reference_in_metric_directions_is_turned_to_maximization()
    {
        Objective[] objectives = [new("auc", ObjectiveDirection.Maximize), new("luts", ObjectiveDirection.Minimize)];

        Assert.Equal([0.5, -1000.0], ReferencePoint.ToMaximization([0.5, 1000.0], objectives));
        Assert.Throws<ArgumentException>(() => ReferencePoint.ToMaximization([0.5], objectives));
    }

    [Fact]
    public void No_values_cannot_give_a_reference()
    {
        Assert.Throws<ArgumentException>(() => ReferencePoint.Infer([]));
    }
}
