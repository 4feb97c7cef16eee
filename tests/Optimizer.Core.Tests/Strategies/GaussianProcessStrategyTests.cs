using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class GaussianProcessStrategyTests
{
    private static readonly SearchSpace MixedSpace = new(
    [
        new FloatParameter("lr", 1e-4, 1e-1, Log: true),
        new FloatParameter("dropout", 0.0, 0.5),
        new IntParameter("depth", 2, 8),
        new CategoricalParameter("booster", ["gbdt", "dart", "goss"]),
    ]);

    private static readonly Objective Loss = new("loss", ObjectiveDirection.Minimize);

    private static readonly GaussianProcessOptions Fast = new()
    {
        InitialTrials = 4,
        Optimizer = new Optimizer.Core.Optimization.AcquisitionOptimizerOptions(RawSamples: 128, Restarts: 2, MaxIterations: 20),
    };

    private static double LossOf(Assignment p) =>
        Math.Pow(Math.Log10(p["lr"].Number) + 2, 2) + p["dropout"].Number + 0.1 * Math.Abs(p["depth"].Number - 5) + (p["booster"].Choice == "dart" ? 0 : 0.3);

    private static List<Observation> History(IStrategy strategy, int n)
    {
        var history = new List<Observation>();
        for (var i = 0; i < n; i++)
        {
            var point = strategy.Propose(history, [], 1)[0];
            history.Add(new Observation(point, new Dictionary<string, double> { ["loss"] = LossOf(point) }));
        }
        return history;
    }

    [Property(MaxTest = 8)]
    public Property Proposals_are_valid_points_that_duplicate_no_pending_or_observed_point(PositiveInt seed)
    {
        var strategy = new GaussianProcessStrategy(MixedSpace, Loss, Fast, seed.Get);
        var history = History(strategy, 8);
        var pending = strategy.Propose(history, [], 3);

        var proposals = strategy.Propose(history, pending, 2);

        var keys = history.Select(o => Key(o.Parameters)).Concat(pending.Select(Key)).ToHashSet();
        var allValid = proposals.All(p => MixedSpace.Parameters.All(parameter => Valid(parameter, p[parameter.Name])));
        var noDuplicates = proposals.All(p => !keys.Contains(Key(p))) && Key(proposals[0]) != Key(proposals[1]);
        return (allValid && noDuplicates).ToProperty();
    }

    [Fact]
    public void Same_seed_gives_the_same_proposals()
    {
        var first = History(new GaussianProcessStrategy(MixedSpace, Loss, Fast, 11), 9);
        var second = History(new GaussianProcessStrategy(MixedSpace, Loss, Fast, 11), 9);

        Assert.Equal(first.Select(o => Key(o.Parameters)), second.Select(o => Key(o.Parameters)));
    }

    [Fact]
    public void Input_warping_gives_valid_proposals_that_the_same_seed_repeats()
    {
        var warped = Fast with { Fit = new Optimizer.Core.Models.GpFitOptions(InputWarping: true) };

        var first = History(new GaussianProcessStrategy(MixedSpace, Loss, warped, 11), 9);
        var second = History(new GaussianProcessStrategy(MixedSpace, Loss, warped, 11), 9);

        Assert.Equal(first.Select(o => Key(o.Parameters)), second.Select(o => Key(o.Parameters)));
        Assert.All(first, o => Assert.All(MixedSpace.Parameters, parameter => Assert.True(Valid(parameter, o.Parameters[parameter.Name]))));
    }

    [Fact]
    public void All_equal_outputs_and_duplicate_points_still_give_a_new_point()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1), new FloatParameter("y", 0, 1)]);
        var point = new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5), ["y"] = ParameterValue.Of(0.5) };
        var other = new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.1), ["y"] = ParameterValue.Of(0.9) };
        var flat = new Dictionary<string, double> { ["loss"] = 3.0 };
        var history = new List<Observation> { new(point, flat), new(point, flat), new(other, flat) };
        var strategy = new GaussianProcessStrategy(space, Loss, Fast with { InitialTrials = 1 }, 0);

        var proposal = strategy.Propose(history, [], 1)[0];

        Assert.False(proposal["x"].Number == 0.5 && proposal["y"].Number == 0.5);
        Assert.InRange(proposal["x"].Number, 0, 1);
    }

    [Fact]
    public void A_used_up_discrete_space_gets_the_designs_repeat_instead_of_an_error()
    {
        var space = new SearchSpace([new CategoricalParameter("c", ["x", "y"])]);
        Observation Seen(string choice, double loss) =>
            new(new Dictionary<string, ParameterValue> { ["c"] = ParameterValue.Of(choice) }, new Dictionary<string, double> { ["loss"] = loss });
        var history = new List<Observation> { Seen("x", 1.0), Seen("y", 2.0) };
        var strategy = new GaussianProcessStrategy(space, Loss, Fast with { InitialTrials = 1 }, 0);

        var proposals = strategy.Propose(history, [], 2);

        Assert.Equal(new SobolStrategy(space, 0).Propose(history, [], 2).Select(p => p["c"].Choice), proposals.Select(p => p["c"].Choice));
    }

    [Fact]
    public void A_single_observation_is_enough_for_a_model()
    {
        var space = new SearchSpace([new FloatParameter("x", -1, 1)]);
        var history = new List<Observation> { new(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.2) }, new Dictionary<string, double> { ["loss"] = 1.0 }) };
        var strategy = new GaussianProcessStrategy(space, Loss, Fast with { InitialTrials = 1 }, 0);

        var proposal = strategy.Propose(history, [], 1)[0];

        Assert.NotEqual(0.2, proposal["x"].Number);
    }

    [Fact]
    public void A_non_finite_objective_is_rejected_with_an_error_naming_it()
    {
        var history = History(new SobolStrategy(MixedSpace, 0), 5).ToList();
        history[3] = history[3] with { Values = new Dictionary<string, double> { ["loss"] = double.NaN } };
        var strategy = new GaussianProcessStrategy(MixedSpace, Loss, Fast, 0);

        var error = Assert.Throws<ArgumentException>(() => strategy.Propose(history, [], 1));

        Assert.Contains("observation 3", error.Message);
        Assert.Contains("'loss'", error.Message);
    }

    [Fact]
    public void Finds_the_branin_basin_in_thirty_evaluations()
    {
        var branin = new Branin();
        var strategy = new GaussianProcessStrategy(branin.Space, branin.Objectives[0], new GaussianProcessOptions(), 1);
        var history = new List<Observation>();
        for (var i = 0; i < 30; i++)
        {
            var point = strategy.Propose(history, [], 1)[0];
            history.Add(new Observation(point, branin.Evaluate(point)));
        }

        var best = history.Min(o => o.Values[branin.Objectives[0].Name]);
        Assert.True(best < 0.45, $"best {best} after 30 evaluations (optimum 0.3979)");
    }

    [Fact]
    public void Hyperparameter_samples_change_the_proposals_and_keep_them_valid()
    {
        var history = History(new GaussianProcessStrategy(MixedSpace, Loss, Fast, 3), 8);
        var pending = new GaussianProcessStrategy(MixedSpace, Loss, Fast, 3).Propose(history, [], 2);

        var map = new GaussianProcessStrategy(MixedSpace, Loss, Fast, 5).Propose(history, pending, 2);
        var integrated = new GaussianProcessStrategy(MixedSpace, Loss, Fast with { HyperparameterSamples = 8 }, 5).Propose(history, pending, 2);

        Assert.All(integrated, p => Assert.True(MixedSpace.Parameters.All(parameter => Valid(parameter, p[parameter.Name])), Key(p)));
        Assert.NotEqual(map.Select(Key), integrated.Select(Key));
        Assert.DoesNotContain(Key(integrated[0]), history.Select(o => Key(o.Parameters)).Concat(pending.Select(Key)));
    }

    [Fact]
    public void Hyperparameter_samples_below_the_history_size_leave_the_map_proposals()
    {
        var history = History(new GaussianProcessStrategy(MixedSpace, Loss, Fast, 3), 8);

        var map = new GaussianProcessStrategy(MixedSpace, Loss, Fast, 5).Propose(history, [], 2);
        var late = new GaussianProcessStrategy(MixedSpace, Loss, Fast with { HyperparameterSamples = 8, HyperparameterSamplesBelow = 8 }, 5).Propose(history, [], 2);

        Assert.Equal(map.Select(Key), late.Select(Key));
    }

    [Theory]
    [InlineData(-1, AcquisitionKind.LogNoisyExpectedImprovement, "HyperparameterSamples is -1")]
    [InlineData(4, AcquisitionKind.UpperConfidenceBound, "LogNoisyExpectedImprovement only")]
    [InlineData(4, AcquisitionKind.ThompsonSampling, "LogNoisyExpectedImprovement only")]
    [InlineData(33, AcquisitionKind.LogNoisyExpectedImprovement, "at most Worlds")]
    public void Hyperparameter_samples_that_cannot_integrate_the_acquisition_are_rejected(int samples, AcquisitionKind acquisition, string message)
    {
        var options = new GaussianProcessOptions(Acquisition: acquisition) { HyperparameterSamples = samples };

        var error = Assert.Throws<ArgumentException>(() => new GaussianProcessStrategy(MixedSpace, Loss, options, 0));

        Assert.Contains(message, error.Message);
    }

    private static bool Valid(Parameter parameter, ParameterValue value)
    {
        try
        {
            parameter.Check(value);
            return true;
        }
        catch (SearchSpaceException)
        {
            return false;
        }
    }

    private static string Key(Assignment p) => string.Join(";", p.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}"));
}
