using Akka.Actor;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;
using Optimizer.Cluster.Workers;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests;

public sealed class WorkerTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly Dictionary<string, ParameterValue> Point = new() { ["x"] = ParameterValue.Of(0.5) };

    [Fact]
    public void Worker_registers_evaluates_reports_and_asks_again()
    {
        var coordinator = CreateTestProbe();
        var evaluator = new DelegateEvaluator((p, _) =>
            Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double> { ["y"] = 2 * p["x"].Number }), ["y"]);
        var worker = Sys.ActorOf(Worker.Props(coordinator.Ref, "local-1", evaluator, new WorkerSettings(), TimeProvider.System));

        Assert.Equal(new RegisterWorker("local-1", ProtocolVersion.Current), coordinator.ExpectMsg<RegisterWorker>());
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();
        worker.Tell(new WorkAssigned(4, 2, Point), coordinator.Ref);

        var result = coordinator.ExpectMsg<TrialSucceeded>();
        Assert.Equal((4, 2, 1.0), (result.TrialNumber, result.Attempt, result.Values["y"]));
        coordinator.ExpectMsg<RequestWork>();
    }

    [Fact]
    public void Worker_asks_again_after_no_work_yet()
    {
        var coordinator = CreateTestProbe();
        var settings = new WorkerSettings { RetryDelay = TimeSpan.FromMilliseconds(50) };
        var evaluator = new DelegateEvaluator((_, _) => Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double>()), []);
        var worker = Sys.ActorOf(Worker.Props(coordinator.Ref, "local-1", evaluator, settings, TimeProvider.System));
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();

        worker.Tell(NoWorkYet.Instance, coordinator.Ref);

        coordinator.ExpectMsg<RequestWork>();
    }

    [Fact]
    public void Study_finished_cancels_the_evaluation_and_stops_the_worker_without_a_report()
    {
        var coordinator = CreateTestProbe();
        var evaluator = new DelegateEvaluator(async (_, cancel) =>
        {
            await Task.Delay(Timeout.Infinite, cancel);
            return new Dictionary<string, double>();
        }, []);
        var worker = Sys.ActorOf(Worker.Props(coordinator.Ref, "local-1", evaluator, new WorkerSettings(), TimeProvider.System));
        Watch(worker);
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();
        worker.Tell(new WorkAssigned(1, 1, Point), coordinator.Ref);

        worker.Tell(new StudyFinished(StudyOutcome.Interrupted), coordinator.Ref);

        ExpectTerminated(worker);
        coordinator.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Worker_sends_heartbeats_while_evaluating()
    {
        var coordinator = CreateTestProbe();
        var release = new TaskCompletionSource<IReadOnlyDictionary<string, double>>();
        var evaluator = new DelegateEvaluator((_, _) => release.Task, ["y"]);
        var settings = new WorkerSettings { HeartbeatInterval = TimeSpan.FromMilliseconds(50) };
        var worker = Sys.ActorOf(Worker.Props(coordinator.Ref, "local-1", evaluator, settings, TimeProvider.System));
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();

        worker.Tell(new WorkAssigned(3, 1, Point), coordinator.Ref);

        Assert.Equal(new Heartbeat(3, 1), coordinator.ExpectMsg<Heartbeat>());
        release.SetResult(new Dictionary<string, double> { ["y"] = 1 });
        coordinator.FishForMessage<TrialSucceeded>(m => m.TrialNumber == 3);
    }
}
