using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Expressions;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>A closed-form metric is filled once, where the coordinator stores a result: the store holds it, and the strategy reads it from there.</summary>
public sealed class CoordinatorClosedFormTests() : CoordinatorTestKit(new TemporaryStudy(trials: 4))
{
    [Fact]
    public void A_closed_form_objective_is_stored_with_each_result_and_the_strategy_models_it_from_the_stored_values()
    {
        // y is flat, so only the closed form cost = 10 x + 1 tells the strategy where the front improves: towards x = 0.
        var definition = Study.Definition with
        {
            Objectives = [new Objective("y", ObjectiveDirection.Minimize), new Objective("cost", ObjectiveDirection.Minimize)],
            Expressions = new Dictionary<string, MetricExpression> { ["cost"] = MetricExpression.Parse("10 * x + 1", new HashSet<string> { "x" }) },
            Strategy = new StrategyDefinition(StrategyDefinition.Auto, InitialTrials: 3),
        };
        var strategy = new RecordingStrategy(StrategyFactory.Create(definition, seed: 3));
        var coordinator = StartCoordinator(new CoordinatorSettings(definition.Trials, 3) { Prefetch = 0 }, strategy, definition);
        var worker = RegisteredWorker(coordinator, "w1");

        for (var i = 0; i < 3; i++)
        {
            var work = RequestWork(coordinator, worker);
            coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(0.5), 0), worker);
            worker.ExpectMsg<ResultRecorded>();
        }
        var proposed = RequestWork(coordinator, worker);

        var stored = Study.ReadTrials().Where(t => t.State == TrialState.Complete).ToList();
        Assert.Equal(3, stored.Count);
        Assert.All(stored, t => Assert.Equal(10 * t.Parameters["x"].Number + 1, t.Values["cost"], 12));
        var (history, _, _) = strategy.Calls.Last();
        Assert.Equal(stored.Select(t => t.Values["cost"]), history.Select(o => o.Values["cost"]));
        Assert.True(proposed.Parameters["x"].Number < stored.Min(t => t.Parameters["x"].Number),
            $"proposed x = {proposed.Parameters["x"].Number}, observed {string.Join(", ", stored.Select(t => t.Parameters["x"].Number))}");
    }
}
