using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;
using Optimizer.Viewer.Analysis;

namespace Optimizer.Viewer.Tests;

public sealed class ParameterImportanceTests
{
    private static readonly SearchSpace Space = new([
        new FloatParameter("x", 0, 1),
        new CategoricalParameter("booster", ["gbdt", "dart"]),
    ]);

    private static readonly Objective Loss = new("loss", ObjectiveDirection.Minimize);

    // Ten trials, one in each tenth of x; the loss is x itself; the booster alternates, so it has nothing to do with it.
    private static readonly Trial[] Trials = Enumerable.Range(0, 10).Select(i => Trial(i, 0.05 + 0.1 * i, i % 2 == 0 ? "gbdt" : "dart", 0.05 + 0.1 * i)).ToArray();

    [Fact]
    public void Divergence_of_a_parameter_whose_best_trials_crowd_two_bins_is_computed_by_hand()
    {
        // Top 10% of 10 trials, at least 2: trials 0 and 1, in x's bins 0 and 1. p_top = 1/2 there, p_all = 1/10 in
        // every bin: D = 2 · (1/2)² / (1/10) − 1 = 4. The booster: p_top = p_all = (1/2, 1/2), D = 0.
        var divergences = ParameterImportance.Divergences(Space, Loss, Trials);

        Assert.Equal(4, divergences.Single(d => d.Parameter == "x").Divergence, 12);
        Assert.Equal(0, divergences.Single(d => d.Parameter == "booster").Divergence, 12);
    }

    [Fact]
    public void Importances_are_shares_largest_first()
    {
        var importances = ParameterImportance.Of(Space, Loss, Trials);

        Assert.Equal([("x", 1.0), ("booster", 0.0)], importances);
    }

    [Fact]
    public void Maximizing_takes_the_largest_values_as_the_best()
    {
        var trials = Trials.Select(t => t with { Values = new Dictionary<string, double> { ["loss"] = -t.Values["loss"] } }).ToArray();

        var divergences = ParameterImportance.Divergences(Space, new Objective("loss", ObjectiveDirection.Maximize), trials);

        Assert.Equal(4, divergences.Single(d => d.Parameter == "x").Divergence, 12);
    }

    [Fact]
    public void Fewer_than_four_complete_trials_tell_nothing_and_failed_ones_do_not_count()
    {
        var trials = Trials.Take(3).Concat(Trials.Skip(3).Select(t => t with { State = TrialState.Failed })).ToArray();

        Assert.Empty(ParameterImportance.Of(Space, Loss, trials));
    }

    private static Trial Trial(int number, double x, string booster, double loss) => new(number, TrialState.Complete,
        new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(x), ["booster"] = ParameterValue.Of(booster) },
        new Dictionary<string, double> { ["loss"] = loss }, 1, "local-1", null, null, null);
}
