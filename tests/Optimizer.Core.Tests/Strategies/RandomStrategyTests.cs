using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public class RandomStrategyTests
{
    private static readonly SearchSpace MixedSpace = new(
    [
        new FloatParameter("lr", 1e-4, 1, Log: true),
        new IntParameter("trees", 10, 400),
        new CategoricalParameter("booster", ["gbdt", "dart"]),
    ]);

    private static readonly IReadOnlyList<Observation> NoHistory = [];
    private static readonly IReadOnlyList<Assignment> NoPending = [];

    [Fact]
    public void Proposals_are_valid_points_of_the_space()
    {
        var proposals = new RandomStrategy(MixedSpace, seed: 1).Propose(NoHistory, NoPending, 50);

        Assert.Equal(50, proposals.Count);
        foreach (var point in proposals)
            MixedSpace.Encode(point);
    }

    [Fact]
    public void Same_seed_and_same_number_of_handed_out_points_give_the_same_proposals()
    {
        var pending = new RandomStrategy(MixedSpace, seed: 4).Propose(NoHistory, NoPending, 3);
        var history = pending.Select(p => new Observation(p, new Dictionary<string, double> { ["f"] = 1 })).ToArray();

        var afterPending = new RandomStrategy(MixedSpace, seed: 4).Propose(NoHistory, pending, 2);
        var afterHistory = new RandomStrategy(MixedSpace, seed: 4).Propose(history, NoPending, 2);

        Assert.Equal(afterPending, afterHistory, new AssignmentComparer());
    }

    [Fact]
    public void Different_seeds_or_progress_give_different_proposals()
    {
        var a = new RandomStrategy(MixedSpace, seed: 1).Propose(NoHistory, NoPending, 1)[0];
        var b = new RandomStrategy(MixedSpace, seed: 2).Propose(NoHistory, NoPending, 1)[0];
        var later = new RandomStrategy(MixedSpace, seed: 1).Propose(NoHistory, [a], 1)[0];

        Assert.NotEqual(a["lr"], b["lr"]);
        Assert.NotEqual(a["lr"], later["lr"]);
    }
}
