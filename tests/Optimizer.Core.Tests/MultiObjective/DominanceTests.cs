using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;

namespace Optimizer.Core.Tests.MultiObjective;

public sealed class DominanceTests
{
    private static readonly Objective[] AucUpLutsDown =
        [new("auc", ObjectiveDirection.Maximize), new("luts", ObjectiveDirection.Minimize)];

    [Fact]
    public void Dominance_needs_no_worse_everywhere_and_better_somewhere()
    {
        Assert.True(Dominance.Dominates([2.0, 1.0], [1.0, 1.0]));
        Assert.False(Dominance.Dominates([1.0, 1.0], [1.0, 1.0]));
        Assert.False(Dominance.Dominates([2.0, 0.0], [1.0, 1.0]));
        Assert.False(Dominance.Dominates([1.0, 1.0], [2.0, 1.0]));
    }

    [Fact]
    public void Raw_values_are_compared_in_each_objective_direction()
    {
        Assert.True(Dominance.Dominates([0.9, 100.0], [0.8, 200.0], AucUpLutsDown));
        Assert.False(Dominance.Dominates([0.9, 300.0], [0.8, 200.0], AucUpLutsDown));
        Assert.True(Dominance.Dominates([0.8, 100.0], [0.8, 200.0], AucUpLutsDown));
    }

    [Fact]
    public void Vectors_of_different_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Dominance.Dominates([1.0, 2.0], [1.0]));
        Assert.Throws<ArgumentException>(() => Dominance.Dominates([1.0], [1.0], AucUpLutsDown));
    }

    [Fact]
    public void Sorting_puts_each_point_in_the_front_after_its_best_dominator()
    {
        double[][] points = [[1, 1], [3, 3], [2, 2], [3, 0], [0, 3], [2, 2]];

        var fronts = NonDominatedSorting.Sort(points);

        Assert.Equal([[1], [2, 3, 4, 5], [0]], fronts);
    }
}
