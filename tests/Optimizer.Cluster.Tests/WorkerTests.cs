using Akka.Actor;
using Akka.TestKit;
using Akka.TestKit.Configs;
using Optimizer.Cluster.Evaluators;
using Optimizer.Cluster.Protocol;
using Optimizer.Cluster.Workers;
using Optimizer.Core.Space;

namespace Optimizer.Cluster.Tests;

/// <summary>
/// One evaluation slot on virtual time: Akka's <see cref="TestScheduler"/> drives its timers and, through the clock the
/// slot is given (<see cref="VirtualClock"/>), the evaluation times it reports, so time passes only when a test advances it.
/// </summary>
public sealed class WorkerTests() : Akka.TestKit.Xunit2.TestKit(TestConfigs.TestSchedulerConfig)
{
    private static readonly Dictionary<string, ParameterValue> Point = new() { ["x"] = ParameterValue.Of(0.5) };

    private TestScheduler Scheduler => (TestScheduler)Sys.Scheduler;

    [Fact]
    public void Worker_registers_evaluates_reports_and_asks_again()
    {
        var coordinator = CreateTestProbe();
        var evaluator = new DelegateEvaluator((p, _) =>
            Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double> { ["y"] = 2 * p["x"].Number }), ["y"]);
        var worker = StartWorker(coordinator, evaluator, new WorkerSettings());

        Assert.Equal(new RegisterWorker("local-1", ProtocolVersion.Current), coordinator.ExpectMsg<RegisterWorker>());
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();
        worker.Tell(new WorkAssigned(4, 2, Point), coordinator.Ref);

        var result = coordinator.ExpectMsg<TrialSucceeded>();
        Assert.Equal((4, 2, 1.0, 0.0), (result.TrialNumber, result.Attempt, result.Values["y"], result.EvaluationSeconds));
        coordinator.ExpectMsg<RequestWork>();
    }

    [Fact]
    public void Worker_asks_again_once_the_retry_delay_has_passed_after_no_work_yet()
    {
        var coordinator = CreateTestProbe();
        var settings = new WorkerSettings { RetryDelay = TimeSpan.FromSeconds(2) };
        var evaluator = new DelegateEvaluator((_, _) => Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double>()), []);
        var worker = StartWorker(coordinator, evaluator, settings);
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();

        worker.Tell(NoWorkYet.Instance, coordinator.Ref);
        HandledSoFar(worker);
        Scheduler.Advance(settings.RetryDelay - TimeSpan.FromMilliseconds(1));
        HandledSoFar(worker);

        Assert.False(coordinator.HasMessages, "the worker asked again before its retry delay");
        Scheduler.Advance(TimeSpan.FromMilliseconds(1));
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
        var worker = StartWorker(coordinator, evaluator, new WorkerSettings());
        Watch(worker);
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();
        worker.Tell(new WorkAssigned(1, 1, Point), coordinator.Ref);

        worker.Tell(new StudyFinished(StudyOutcome.Interrupted), coordinator.Ref);

        // The worker stops only once the cancelled evaluation has ended: a report of it would already have reached the probe.
        ExpectTerminated(worker);
        Assert.False(coordinator.HasMessages, "the worker reported the evaluation the study's end cancelled");
    }

    [Fact]
    public void Worker_heartbeats_every_interval_while_evaluating_and_reports_the_evaluation_time_on_its_clock()
    {
        var coordinator = CreateTestProbe();
        var release = new TaskCompletionSource<IReadOnlyDictionary<string, double>>();
        var evaluator = new DelegateEvaluator((_, _) => release.Task, ["y"]);
        var settings = new WorkerSettings { HeartbeatInterval = TimeSpan.FromSeconds(5) };
        var worker = StartWorker(coordinator, evaluator, settings);
        coordinator.ExpectMsg<RegisterWorker>();
        worker.Tell(WorkerRegistered.Instance, coordinator.Ref);
        coordinator.ExpectMsg<RequestWork>();

        worker.Tell(new WorkAssigned(3, 1, Point), coordinator.Ref);
        HandledSoFar(worker);
        Scheduler.Advance(settings.HeartbeatInterval);
        Assert.Equal(new Heartbeat(3, 1), coordinator.ExpectMsg<Heartbeat>());
        Scheduler.Advance(settings.HeartbeatInterval);
        Assert.Equal(new Heartbeat(3, 1), coordinator.ExpectMsg<Heartbeat>());
        release.SetResult(new Dictionary<string, double> { ["y"] = 1 });

        var result = coordinator.ExpectMsg<TrialSucceeded>();
        Assert.Equal((3, 10.0), (result.TrialNumber, result.EvaluationSeconds));
    }

    private IActorRef StartWorker(TestProbe coordinator, IEvaluator evaluator, WorkerSettings settings) =>
        Sys.ActorOf(Worker.Props(coordinator.Ref, "local-1", evaluator, settings, new VirtualClock(Scheduler)));

    // An actor answers Identify in the order of its mailbox: once it has, every message told it before is handled (its timers started).
    private void HandledSoFar(IActorRef actor)
    {
        var witness = CreateTestProbe();
        actor.Tell(new Identify(null), witness.Ref);
        witness.ExpectMsg<ActorIdentity>();
    }
}
