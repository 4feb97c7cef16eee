using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Strategies;

/// <summary>Failed trials are information: never proposed again, and the region where they fail is avoided.</summary>
public sealed class FailureHandlingTests
{
    private static readonly Branin Problem = new();

    // Trials crash on the right half of Branin's box (x1 > 2.5), which holds two of its three minima.
    private static bool Crashes(Assignment point) => point["x1"].Number > 2.5;

    private static Observation Run(Assignment point) =>
        Crashes(point) ? Observation.Failure(point) : new Observation(point, Problem.Evaluate(point));

    [Fact]
    public void Initial_design_does_not_reissue_a_failed_point()
    {
        var study = new Study(Problem.Space, Problem.Objectives, new GaussianProcessStrategy(Problem.Space, Problem.Objectives[0], new GaussianProcessOptions { InitialTrials = 12 }, 0));
        var trials = new List<Trial>();
        for (var i = 0; i < 10; i++)
        {
            var trial = study.Ask();
            trials.Add(trial);
            if (i == 5) study.Fail(trial, "exit code 1");
            else study.Tell(trial, Problem.Evaluate(trial.Parameters));
        }

        var keys = trials.Select(t => string.Join(",", t.Parameters.OrderBy(p => p.Key).Select(p => p.Value.Number))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Model_based_proposals_never_repeat_a_failed_point()
    {
        var strategy = new GaussianProcessStrategy(Problem.Space, Problem.Objectives[0], new GaussianProcessOptions { InitialTrials = 4 }, 3);
        var history = new List<Observation>();
        for (var i = 0; i < 16; i++)
            history.Add(Run(strategy.Propose(history, [], 1)[0]));

        var failed = history.Where(o => o.Failed).Select(o => Problem.Space.Encode(o.Parameters)).ToList();
        var next = Problem.Space.Encode(strategy.Propose(history, [], 1)[0]);
        Assert.DoesNotContain(failed, f => f.AsSpan().SequenceEqual(next));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Crashing_region_is_avoided_after_a_few_failures(int seed)
    {
        var strategy = new GaussianProcessStrategy(Problem.Space, Problem.Objectives[0], new GaussianProcessOptions(), seed);
        var history = new List<Observation>();
        var modelBasedCrashes = 0;
        var modelBased = 0;
        for (var i = 0; i < 30; i++)
        {
            var observation = Run(strategy.Propose(history, [], 1)[0]);
            if (i >= strategy.InitialTrials && history.Count(o => o.Failed) >= 2)
            {
                modelBased++;
                if (observation.Failed) modelBasedCrashes++;
            }
            history.Add(observation);
        }

        Assert.True(modelBased >= 15, $"only {modelBased} model-based proposals after two failures");
        Assert.True(modelBasedCrashes <= 3, $"{modelBasedCrashes} of {modelBased} model-based proposals after two failures went into the crashing region");
        var best = history.Where(o => !o.Failed).Min(o => o.Values["f"]);
        Assert.True(best < 0.5, $"best {best} outside the crashing region (optimum 0.398)");
    }

    [Fact]
    public void Multi_objective_strategy_learns_where_trials_fail()
    {
        var problem = new BraninCurrin();
        var strategy = new MultiObjectiveGpStrategy(problem.Space, problem.Objectives, [], new MultiObjectiveOptions { InitialTrials = 6 }, 0);
        var history = new List<Observation>();
        var crashes = 0;
        for (var i = 0; i < 24; i++)
        {
            var point = strategy.Propose(history, [], 1)[0];
            var failed = point["x1"].Number > 0.6;
            if (failed && i >= 12) crashes++;
            history.Add(failed ? Observation.Failure(point) : new Observation(point, problem.Evaluate(point)));
        }

        Assert.True(crashes <= 2, $"{crashes} of the last 12 proposals went into the crashing region");
    }
}
