using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public class SobolStrategyTests
{
    private static readonly IReadOnlyList<Observation> NoHistory = [];
    private static readonly IReadOnlyList<Assignment> NoPending = [];

    private static Observation Finished(Assignment point) =>
        new(point, new Dictionary<string, double> { ["f"] = 0 });

    [Fact]
    public void Proposals_are_the_seeded_scrambled_sequence_from_the_number_of_handed_out_points()
    {
        var space = new SearchSpace([new FloatParameter("a", -1, 1), new FloatParameter("b", 1e-3, 1e3, Log: true)]);
        var strategy = new SobolStrategy(space, seed: 8);
        var sequence = new ScrambledSobol(space.Dimension, seed: 8);
        var first = strategy.Propose(NoHistory, NoPending, 3);

        var next = strategy.Propose([Finished(first[0])], [first[1], first[2]], 2);

        Assert.Equal(Enumerable.Range(0, 3).Select(i => space.Decode(sequence.PointAt(i))), first, new AssignmentComparer());
        Assert.Equal(Enumerable.Range(3, 2).Select(i => space.Decode(sequence.PointAt(i))), next, new AssignmentComparer());
    }

    [Fact]
    public void One_at_a_time_proposals_of_a_real_parameter_fill_every_interval_of_width_one_sixteenth()
    {
        var space = new SearchSpace([new FloatParameter("a", 0, 1)]);
        var strategy = new SobolStrategy(space, seed: 3);
        var history = new List<Observation>();

        for (var i = 0; i < 16; i++)
            history.Add(Finished(strategy.Propose(history, NoPending, 1)[0]));

        var intervals = history.Select(o => (int)(o.Parameters["a"].Number * 16)).Order();
        Assert.Equal(Enumerable.Range(0, 16), intervals);
    }

    [Fact]
    public void A_categorical_of_200_choices_beyond_the_sobol_table_gets_proposals_across_its_choices()
    {
        var choices = Enumerable.Range(0, 200).Select(i => $"c{i}").ToArray();
        var space = new SearchSpace([new CategoricalParameter("channel", choices), new FloatParameter("a", 0, 1)]);
        var strategy = new SobolStrategy(space, seed: 4);

        var proposals = strategy.Propose(NoHistory, NoPending, 256);

        Assert.Equal(201, space.Dimension);
        // Independent draws of 256 among 200 choices reach 200 (1 - e^(-1.28)) = 145 distinct ones on average.
        Assert.True(proposals.Select(p => p["channel"].Choice).Distinct().Count() >= 140);
        Assert.Equal(Enumerable.Range(0, 16), proposals.Take(16).Select(p => (int)(p["a"].Number * 16)).Order());
    }

    [Fact]
    public void Discrete_collisions_are_skipped_until_the_space_is_exhausted()
    {
        var space = new SearchSpace([new IntParameter("n", 0, 3), new CategoricalParameter("c", ["x", "y"])]);
        var strategy = new SobolStrategy(space, seed: 5);
        var comparer = new AssignmentComparer();

        var all = strategy.Propose(NoHistory, NoPending, 8);
        var afterSome = strategy.Propose(all.Take(3).Select(Finished).ToArray(), all.Skip(3).Take(2).ToArray(), 3);

        Assert.Equal(8, all.Distinct(comparer).Count());
        static string Key(Assignment p) => $"{p["n"]}{p["c"]}";
        Assert.Equal(all.Skip(5).Select(Key).Order(), afterSome.Select(Key).Order());
    }

    [Fact]
    public void An_exhausted_discrete_space_repeats_assignments_instead_of_failing()
    {
        var space = new SearchSpace([new CategoricalParameter("c", ["x", "y"])]);
        var strategy = new SobolStrategy(space, seed: 1);
        var first = strategy.Propose(NoHistory, NoPending, 2);

        var more = strategy.Propose(first.Select(Finished).ToArray(), NoPending, 3);

        Assert.Equal(3, more.Count);
        Assert.All(more, p => space.Encode(p));
    }

    [Fact]
    public void Same_seed_same_proposals_and_different_seed_different_proposals()
    {
        var space = new SearchSpace([new FloatParameter("a", 0, 1), new IntParameter("n", 1, 1000, Log: true)]);

        var a = new SobolStrategy(space, seed: 2).Propose(NoHistory, NoPending, 5);
        var b = new SobolStrategy(space, seed: 2).Propose(NoHistory, NoPending, 5);
        var c = new SobolStrategy(space, seed: 3).Propose(NoHistory, NoPending, 5);

        Assert.Equal(a, b, new AssignmentComparer());
        Assert.NotEqual(a, c, new AssignmentComparer());
    }
}
