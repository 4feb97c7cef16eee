using Akka.Actor;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>A coordinator restarted on a store whose trials were left running holds them for their workers (cluster mode).</summary>
public sealed class ReclaimTests : Akka.TestKit.Xunit2.TestKit
{
    private readonly TemporaryStudy _study = new(trials: 3, maxConsecutiveFailures: 3);
    private readonly TaskCompletionSource<StudyResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public void A_result_of_a_trial_left_running_is_accepted_from_a_reconnected_worker_and_acknowledged()
    {
        var running = LeaveOneTrialRunning();
        var coordinator = StartCoordinator(grace: TimeSpan.FromMinutes(1), lease: TimeSpan.FromMinutes(1));
        var node = CreateTestProbe();

        coordinator.Tell(new TrialSucceeded(running.Number, 1, new Dictionary<string, double> { ["y"] = 0.5 }, 3.0), node.Ref);

        node.ExpectMsg(new ResultRecorded(running.Number, 1));
        var trial = _study.ReadTrials().Single(t => t.Number == running.Number);
        Assert.Equal((TrialState.Complete, 1, "gpu-01"), (trial.State, trial.Attempt, trial.Worker));
    }

    [Fact]
    public void A_heartbeat_reclaims_the_lease_for_the_worker_that_sent_it()
    {
        var running = LeaveOneTrialRunning();
        var coordinator = StartCoordinator(grace: TimeSpan.FromSeconds(30), lease: TimeSpan.FromSeconds(30));
        var node = CreateTestProbe();

        coordinator.Tell(new Heartbeat(running.Number, 1), node.Ref);
        var worker = RegisteredWorker(coordinator);
        coordinator.Tell(new RequestWork("w1"), worker.Ref);
        Assert.NotEqual(running.Number, worker.ExpectMsg<WorkAssigned>().TrialNumber);

        // The coordinator now watches the reclaiming worker: its death queues the trial again, long before any lease lapses.
        Sys.Stop(node.Ref);
        AwaitAssert(() => Assert.Equal((TrialState.Queued, 2), State(running.Number)), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_trial_nobody_reclaims_within_the_grace_is_queued_again_with_the_next_attempt()
    {
        var running = LeaveOneTrialRunning();

        StartCoordinator(grace: TimeSpan.FromMilliseconds(200));

        AwaitAssert(() => Assert.Equal((TrialState.Queued, 2), State(running.Number)), TimeSpan.FromSeconds(30));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _study.Dispose();
    }

    private Trial LeaveOneTrialRunning()
    {
        var point = new SobolStrategy(_study.Definition.Space, 3).Propose([], [], 1)[0];
        var trial = _study.Store.Enqueue(point);
        _study.Store.Start(trial.Number, "gpu-01", DateTimeOffset.UtcNow);
        _study.Reopen();
        return trial;
    }

    private (TrialState, int) State(int number)
    {
        var trial = _study.ReadTrials().Single(t => t.Number == number);
        return (trial.State, trial.Attempt);
    }

    private IActorRef StartCoordinator(TimeSpan grace, TimeSpan? lease = null)
    {
        var settings = new CoordinatorSettings(_study.Definition.Trials, _study.Definition.MaxConsecutiveFailures)
        {
            ReclaimGrace = grace,
            LeaseTimeout = lease ?? TimeSpan.FromMilliseconds(200),
        };
        return Sys.ActorOf(Coordinator.Props(_study.Store, _study.Definition, new SobolStrategy(_study.Definition.Space, 1),
            settings, TimeProvider.System, _result));
    }

    private Akka.TestKit.TestProbe RegisteredWorker(IActorRef coordinator)
    {
        var worker = CreateTestProbe();
        coordinator.Tell(new RegisterWorker("w1", ProtocolVersion.Current), worker.Ref);
        worker.ExpectMsg<WorkerRegistered>();
        return worker;
    }
}
