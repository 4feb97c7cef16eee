using Akka.Actor;
using Akka.TestKit;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Expressions;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>The coordinator counts a report only from the worker holding that attempt's lease; nothing else ends the study.</summary>
public sealed class CoordinatorAuthorizationTests() : CoordinatorTestKit(new TemporaryStudy(trials: 3, maxConsecutiveFailures: 1))
{
    [Fact]
    public void A_result_from_a_worker_not_holding_the_lease_is_dropped_and_the_holder_still_completes_the_trial()
    {
        var coordinator = StartCoordinator(Study.Definition);
        var holder = RegisteredWorker(coordinator, "holder");
        var forger = RegisteredWorker(coordinator, "forger");
        var work = RequestWork(coordinator, holder);

        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(-999), 0), forger);
        coordinator.Tell(new TrialFailed(work.TrialNumber, work.Attempt, "forged", 0), forger);
        forger.ExpectMsg<ResultRecorded>();
        forger.ExpectMsg<ResultRecorded>();
        Assert.Equal(TrialState.Running, Stored(work.TrialNumber).State);

        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(0.5), 0), holder);
        holder.ExpectMsg<ResultRecorded>();
        var trial = Stored(work.TrialNumber);
        Assert.Equal((TrialState.Complete, 0.5, "holder"), (trial.State, trial.Values["y"], trial.Worker));
    }

    [Fact]
    public void Results_for_unknown_queued_or_other_attempts_and_NaN_are_dropped_without_ending_the_study()
    {
        var coordinator = StartCoordinator(Study.Definition);
        var worker = RegisteredWorker(coordinator, "w1");
        var work = RequestWork(coordinator, worker);
        var queued = Study.ReadTrials().First(t => t.State == TrialState.Queued).Number;

        // One failure in a row ends this study (max_consecutive_failures: 1): none of these may count as one.
        coordinator.Tell(new TrialFailed(999, 1, "no such trial", 0), worker);
        coordinator.Tell(new TrialFailed(queued, 1, "a queued trial", 0), worker);
        coordinator.Tell(new TrialFailed(work.TrialNumber, work.Attempt + 1, "a future attempt", 0), worker);
        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(double.NaN), 0), worker);
        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(double.PositiveInfinity), 0), worker);
        for (var i = 0; i < 5; i++)
            worker.ExpectMsg<ResultRecorded>();

        Assert.False(Result.Task.IsCompleted);
        Assert.Equal(TrialState.Running, Stored(work.TrialNumber).State);
        Assert.Equal(TrialState.Queued, Stored(queued).State);
        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(0.25), 0), worker);
        worker.ExpectMsg<ResultRecorded>();
        Assert.Equal((TrialState.Complete, 0.25), (Stored(work.TrialNumber).State, Stored(work.TrialNumber).Values["y"]));
    }

    [Fact]
    public void A_duplicate_result_is_recorded_once()
    {
        var coordinator = StartCoordinator(Study.Definition);
        var worker = RegisteredWorker(coordinator, "w1");
        var work = RequestWork(coordinator, worker);

        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(0.5), 0), worker);
        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(0.75), 0), worker);
        worker.ExpectMsg<ResultRecorded>();
        worker.ExpectMsg<ResultRecorded>();

        Assert.Equal(0.5, Stored(work.TrialNumber).Values["y"]);
    }

    [Fact]
    public void Closed_form_metrics_are_computed_and_stored_by_the_coordinator()
    {
        var names = new HashSet<string> { "x" };
        var definition = Study.Definition with { Expressions = new Dictionary<string, MetricExpression> { ["cost"] = MetricExpression.Parse("10 * x + 1", names) } };
        var coordinator = StartCoordinator(definition);
        var worker = RegisteredWorker(coordinator, "w1");
        var work = RequestWork(coordinator, worker);

        coordinator.Tell(new TrialSucceeded(work.TrialNumber, work.Attempt, Values(0.5), 0), worker);
        worker.ExpectMsg<ResultRecorded>();

        var trial = Stored(work.TrialNumber);
        Assert.Equal(10 * trial.Parameters["x"].Number + 1, trial.Values["cost"], 12);
        Assert.Equal(0.5, trial.Values["y"]);
    }

    private Trial Stored(int number) => Study.ReadTrials().Single(t => t.Number == number);

    private IActorRef StartCoordinator(StudyDefinition definition) =>
        StartCoordinator(new CoordinatorSettings(definition.Trials, definition.MaxConsecutiveFailures) { Prefetch = 2 }, definition: definition);

    // Nothing else may follow the assignment (a second trial, a stop). Once the whole budget is proposed no proposal is
    // still under way; once the coordinator has answered a later message, all it sent the worker is there.
    private new WorkAssigned RequestWork(IActorRef coordinator, TestProbe worker)
    {
        var work = CoordinatorTestKit.RequestWork(coordinator, worker);
        // The proposals run off the coordinator's thread: on a loaded machine the last may still be being stored.
        AwaitAssert(() => Assert.Equal(Study.Definition.Trials, Study.ReadTrials().Count), TimeSpan.FromSeconds(20));
        coordinator.Tell(new Identify(null), worker);
        worker.ExpectMsg<ActorIdentity>();
        return work;
    }
}
