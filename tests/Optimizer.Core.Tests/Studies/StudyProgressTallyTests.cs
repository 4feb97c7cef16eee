using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public sealed class StudyProgressTallyTests
{
    private static readonly StudyDefinition Definition = new(
        "tally",
        new SearchSpace([new FloatParameter("x", 0, 1)]),
        [new Objective("y", ObjectiveDirection.Minimize)],
        [],
        new EvaluatorDefinition(["true"], null, null, new Dictionary<string, string>()),
        4,
        new StrategyDefinition());

    private static Trial Queued(int number) => new(number, TrialState.Queued,
        new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) }, new Dictionary<string, double>(), 1, null, null, null, null);

    [Fact]
    public void Tally_moved_trial_by_trial_equals_a_count_of_the_final_trials()
    {
        var tally = new StudyProgressTally(Definition, 4);
        Trial[] trials = [Queued(0), Queued(1), Queued(2)];
        foreach (var trial in trials)
            tally.Replace(null, trial);
        var running = trials.Select(t => t with { State = TrialState.Running, Worker = "w" }).ToArray();
        for (var i = 0; i < trials.Length; i++)
            tally.Replace(trials[i], running[i]);
        Trial[] final =
        [
            running[0] with { State = TrialState.Complete, Values = new Dictionary<string, double> { ["y"] = 2.0 } },
            running[1] with { State = TrialState.Complete, Values = new Dictionary<string, double> { ["y"] = 1.0 } },
            running[2] with { State = TrialState.Failed, Error = "boom" },
        ];
        for (var i = 0; i < final.Length; i++)
            tally.Replace(running[i], final[i]);
        tally.Replace(final[0], final[0]); // a late duplicate result mirrors the same complete trial again

        var progress = tally.Progress();

        var counted = StudyProgress.Of(final, Definition, 4);
        Assert.Equal((counted.Queued, counted.Running, counted.Complete, counted.Failed), (progress.Queued, progress.Running, progress.Complete, progress.Failed));
        Assert.Equal((0, 0, 2, 1), (progress.Queued, progress.Running, progress.Complete, progress.Failed));
        Assert.Equal(counted.Best, progress.Best);
        Assert.Equal(1, Assert.Single(progress.Best).TrialNumber);
    }
}
