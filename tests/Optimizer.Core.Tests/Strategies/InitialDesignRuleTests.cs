using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class InitialDesignRuleTests
{
    // Hartmann6's design: 8 trials; with a hand-out factor of 2 the design also ends at 16 handed out and 2 finished.
    private static readonly InitialDesignRule Finished = new(Size: 8, HandOutLimit: null, MinimumFinished: 2, MinimumSuccesses: 2);
    private static readonly InitialDesignRule HandedOut = Finished with { HandOutLimit = 16 };

    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(7, 7, 15, true)]
    [InlineData(8, 8, 15, false)]
    [InlineData(8, 1, 0, true)]
    public void Without_a_hand_out_limit_the_design_ends_when_its_size_has_finished(int finished, int succeeded, int pending, bool design) =>
        Assert.Equal(design, Finished.IsDesignPoint(finished, succeeded, pending));

    [Theory]
    [InlineData(1, 1, 15, true)]   // 16 handed out, but one finished
    [InlineData(2, 2, 13, true)]   // two finished, 15 handed out
    [InlineData(2, 2, 14, false)]  // two finished, 16 handed out: the model takes over
    [InlineData(2, 1, 15, true)]   // one success is too few for a model
    [InlineData(7, 7, 3, true)]    // four workers: at most 11 handed out before 8 finish
    [InlineData(8, 8, 3, false)]
    public void With_a_hand_out_limit_many_running_trials_also_end_it(int finished, int succeeded, int pending, bool design) =>
        Assert.Equal(design, HandedOut.IsDesignPoint(finished, succeeded, pending));

    [Fact]
    public void Four_workers_never_reach_the_hand_out_limit_before_the_design_finishes()
    {
        // Ask 4, then complete one and ask one: every ask after the first sees 3 pending.
        for (var finished = 0; finished < 8; finished++)
            Assert.Equal(Finished.IsDesignPoint(finished, finished, 3), HandedOut.IsDesignPoint(finished, finished, 3));
    }

    [Fact]
    public void By_default_sixteen_workers_get_a_model_point_once_two_trials_have_finished()
    {
        var problem = new Hartmann6();
        var design = new SobolStrategy(problem.Space, 3);
        var points = design.Propose([], [], 16);
        var history = points.Take(2).Select(p => new Observation(p, problem.Evaluate(p))).ToList();
        var pending = points.Skip(2).ToList();
        var nextDesignPoint = design.Propose(history, pending, 1)[0];

        var byDefault = new GaussianProcessStrategy(problem.Space, problem.Objectives[0], new GaussianProcessOptions(), 3).Propose(history, pending, 1)[0];
        var finishedOnly = new GaussianProcessStrategy(problem.Space, problem.Objectives[0], new GaussianProcessOptions { DesignHandOutFactor = null }, 3)
            .Propose(history, pending, 1)[0];

        Assert.NotEqual(Key(nextDesignPoint), Key(byDefault));
        Assert.Equal(Key(nextDesignPoint), Key(finishedOnly));
    }

    private static string Key(Optimizer.Core.Space.Assignment point) =>
        string.Join(",", point.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
