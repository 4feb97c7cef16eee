using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public sealed class StudyAskTellTests
{
    [Fact]
    public void Ask_tell_loop_minimizes_branin()
    {
        var branin = new Branin();
        var study = Study.Create(branin.Space, branin.Objectives[0], seed: 2);

        for (var i = 0; i < 25; i++)
        {
            var trial = study.Ask();
            study.Tell(trial, branin.Evaluate(trial.Parameters));
        }

        Assert.Equal(25, study.Trials.Count);
        Assert.All(study.Trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.True(study.BestTrial!.Values[branin.Objectives[0].Name] < 1.0);
    }

    [Fact]
    public void Running_trials_are_pending_so_concurrent_asks_differ()
    {
        var branin = new Branin();
        var study = Study.Create(branin.Space, branin.Objectives[0]);

        var first = study.Ask();
        var second = study.Ask();

        Assert.NotEqual(first.Parameters["x1"], second.Parameters["x1"]);
        Assert.Equal([0, 1], study.Trials.Select(t => t.Number));
    }

    [Fact]
    public void Telling_a_nan_names_the_trial_and_the_objective()
    {
        var branin = new Branin();
        var study = Study.Create(branin.Space, branin.Objectives[0]);
        var trial = study.Ask();

        var error = Assert.Throws<ArgumentException>(() => study.Tell(trial, new Dictionary<string, double> { [branin.Objectives[0].Name] = double.NaN }));

        Assert.Contains("trial 0", error.Message);
        Assert.Equal(TrialState.Running, study.Trials[0].State);
    }

    [Fact]
    public void A_trial_cannot_be_told_twice()
    {
        var branin = new Branin();
        var study = Study.Create(branin.Space, branin.Objectives[0]);
        var trial = study.Ask();
        study.Tell(trial, branin.Evaluate(trial.Parameters));

        Assert.Throws<InvalidOperationException>(() => study.Fail(trial, "late"));
    }

    [Fact]
    public void Enqueued_points_are_asked_first_and_then_the_strategy_takes_over()
    {
        var branin = new Branin();
        var study = Study.Create(branin.Space, branin.Objectives[0]);
        var known = new Dictionary<string, ParameterValue> { ["x1"] = ParameterValue.Of(Math.PI), ["x2"] = ParameterValue.Of(2.275) };
        study.Enqueue(known);

        var first = study.Ask();
        var second = study.Ask();

        Assert.Equal(Math.PI, first.Parameters["x1"].Number);
        Assert.NotEqual(Math.PI, second.Parameters["x1"].Number);
    }

    [Fact]
    public void A_point_outside_the_space_cannot_be_enqueued()
    {
        var branin = new Branin();
        var study = Study.Create(branin.Space, branin.Objectives[0]);

        Assert.Throws<Optimizer.Core.Space.SearchSpaceException>(() =>
            study.Enqueue(new Dictionary<string, ParameterValue> { ["x1"] = ParameterValue.Of(99.0), ["x2"] = ParameterValue.Of(2.0) }));
    }
}
