using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Pruning;

/// <summary>BOHB's rule as every study layer applies it: one float parameter, so a fidelity needs d + 3 = 4 trials.</summary>
public sealed class HighestFidelityHistoryTests
{
    private static readonly Objective Loss = new("loss", ObjectiveDirection.Minimize);
    private static readonly OutcomeConstraint Latency = new("latency", null, 10);
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly LearningCurves _curves = new();
    private readonly IReadOnlyList<Observation> _complete = [new(Point(9), new Dictionary<string, double> { ["loss"] = 0.1, ["latency"] = 4 })];

    public HighestFidelityHistoryTests()
    {
        // Trials 0-3 reach step 3 with their latency; trial 4 reports no latency; only trial 0 gets to step 5.
        for (var trial = 0; trial <= 4; trial++)
            for (var step = 1; step <= (trial == 0 ? 5 : 3); step++)
                _curves.Add(trial, new IntermediateReport(1, step, trial == 4
                    ? new Dictionary<string, double> { ["loss"] = 1.0 / step }
                    : new Dictionary<string, double> { ["loss"] = trial + 1.0 / step, ["latency"] = 10 * trial + step }, At), Loss);
    }

    [Fact]
    public void Without_early_stopping_the_complete_trials_are_modelled_as_they_are()
    {
        var history = HighestFidelityHistory.For(Definition([], stopping: false), _complete, _curves, Point);

        Assert.Same(_complete, history);
    }

    [Fact]
    public void With_few_complete_trials_each_trial_is_modelled_at_the_first_step_it_reached_of_the_highest_step_four_reached()
    {
        var history = HighestFidelityHistory.For(Definition([], stopping: true), _complete, _curves, Point);

        Assert.Equal([0.0, 0.1, 0.2, 0.3, 0.4], history.Select(o => o.Parameters["x"].Number));
        Assert.Equal([1 / 3.0, 1 + 1 / 3.0, 2 + 1 / 3.0, 3 + 1 / 3.0, 1 / 3.0], history.Select(o => o.Values["loss"]));
    }

    [Fact]
    public void A_constraint_metric_comes_from_the_same_report_and_a_trial_whose_report_lacks_it_is_no_observation_of_that_step()
    {
        var history = HighestFidelityHistory.For(Definition([Latency], stopping: true), _complete, _curves, Point);

        Assert.Equal([0.0, 0.1, 0.2, 0.3], history.Select(o => o.Parameters["x"].Number));
        Assert.Equal([3.0, 13, 23, 33], history.Select(o => o.Values["latency"]));
        Assert.Equal([1 / 3.0, 1 + 1 / 3.0, 2 + 1 / 3.0, 3 + 1 / 3.0], history.Select(o => o.Values["loss"]));
    }

    [Fact]
    public void Once_enough_trials_are_complete_their_final_values_are_the_history_with_constraints_or_not()
    {
        IReadOnlyList<Observation> complete = [.. Enumerable.Range(5, 4).Select(t => new Observation(Point(t), new Dictionary<string, double> { ["loss"] = t, ["latency"] = 1 }))];

        Assert.Same(complete, HighestFidelityHistory.For(Definition([], stopping: true), complete, _curves, Point));
        Assert.Same(complete, HighestFidelityHistory.For(Definition([Latency], stopping: true), complete, _curves, Point));
    }

    private static Assignment Point(int trial) =>
        new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(trial / 10.0) };

    private static StudyDefinition Definition(IReadOnlyList<OutcomeConstraint> constraints, bool stopping) => new(
        "fidelity",
        new SearchSpace([new FloatParameter("x", 0, 1)]),
        [Loss],
        constraints,
        new EvaluatorDefinition(["true"], null, null, new Dictionary<string, string>()),
        20,
        new StrategyDefinition(StrategyDefinition.Sobol),
        EarlyStopping: stopping ? new EarlyStoppingDefinition(EarlyStoppingDefinition.Asha, 1, 9, 3) : null);
}
