using Akka.Actor;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;
using Optimizer.Cluster.Workers;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests;

/// <summary>What a worker node keeps across rejoining a cluster: evaluations in progress and unacknowledged results.</summary>
public sealed class ResultOutboxTests : Akka.TestKit.Xunit2.TestKit
{
    [Fact]
    public void Results_of_an_earlier_generation_are_orphaned_until_acknowledged()
    {
        var outbox = new ResultOutbox();
        outbox.BeginGeneration();
        outbox.Begin(3, 1, new CancellationTokenSource());
        outbox.Begin(4, 1, new CancellationTokenSource());
        outbox.End(3, 1, new TrialFailed(3, 1, "exit code 1", 1.0));

        outbox.BeginGeneration();

        Assert.Equal([new TrialFailed(3, 1, "exit code 1", 1.0)], outbox.OrphanedReports());
        Assert.Equal([(4, 1)], outbox.OrphanedEvaluations());
        outbox.Acknowledge(3, 1);
        Assert.Empty(outbox.OrphanedReports());
    }

    [Fact]
    public void A_worker_with_an_outbox_stopped_mid_evaluation_leaves_its_result_there()
    {
        var outbox = new ResultOutbox();
        outbox.BeginGeneration();
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var evaluator = new DelegateEvaluator(async (_, _) =>
        {
            started.TrySetResult();
            await release.Task;
            return new Dictionary<string, double> { ["y"] = 1.0 };
        }, ["y"]);
        var coordinator = CreateTestProbe();
        var worker = Sys.ActorOf(Worker.Props(coordinator.Ref, "gpu-01", evaluator, new WorkerSettings(), TimeProvider.System, outbox));
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();
        worker.Tell(new WorkAssigned(7, 1, new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) }), coordinator.Ref);
        // Stopping is a system message and may overtake the assignment: stop only once the evaluation runs.
        AwaitCondition(() => started.Task.IsCompleted, TimeSpan.FromSeconds(30));

        Watch(worker);
        Sys.Stop(worker);
        ExpectTerminated(worker);
        outbox.BeginGeneration();
        Assert.Equal([(7, 1)], outbox.OrphanedEvaluations());
        release.SetResult();

        AwaitAssert(() => Assert.Equal(7, Assert.IsType<TrialSucceeded>(Assert.Single(outbox.OrphanedReports())).TrialNumber));
    }

    [Fact]
    public void An_acknowledged_result_is_forgotten()
    {
        var outbox = new ResultOutbox();
        outbox.BeginGeneration();
        var evaluator = new DelegateEvaluator((_, _) =>
            Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double> { ["y"] = 1.0 }), ["y"]);
        var coordinator = CreateTestProbe();
        var worker = Sys.ActorOf(Worker.Props(coordinator.Ref, "gpu-01", evaluator, new WorkerSettings(), TimeProvider.System, outbox));
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();
        worker.Tell(new WorkAssigned(7, 1, new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(0.5) }), coordinator.Ref);
        coordinator.ExpectMsg<TrialSucceeded>();

        worker.Tell(new ResultRecorded(7, 1), coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();

        outbox.BeginGeneration();
        AwaitAssert(() => Assert.Empty(outbox.OrphanedReports()));
    }
}
