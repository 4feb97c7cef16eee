using Akka.Actor;
using Akka.TestKit;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>The coordinator stores every report before it answers, decides on it, and never loses or repeats a decision.</summary>
public sealed class CoordinatorEarlyStoppingTests : Akka.TestKit.Xunit2.TestKit
{
    private readonly TemporaryStudy _study = new(trials: 5, earlyStopping: new EarlyStoppingDefinition("asha", 1, 9, 3));
    private readonly TaskCompletionSource<StudyResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public void A_report_outside_the_top_third_of_its_rung_is_pruned_in_the_store_before_the_worker_is_told_to_stop()
    {
        var coordinator = StartCoordinator();
        var (first, second, third) = (Worker(coordinator, "w1"), Worker(coordinator, "w2"), Worker(coordinator, "w3"));
        var (a, b, c) = (Work(coordinator, first), Work(coordinator, second), Work(coordinator, third));

        Assert.False(Report(coordinator, first, a, 1, 0.5).Stop);
        Assert.False(Report(coordinator, second, b, 1, 0.4).Stop);
        var stopped = Report(coordinator, third, c, 1, 0.6);

        Assert.Equal((c.TrialNumber, c.Attempt, 1, true), (stopped.TrialNumber, stopped.Attempt, stopped.Step, stopped.Stop));
        var trials = _study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal(TrialState.Pruned, trials[c.TrialNumber].State);
        Assert.Equal(TrialState.Running, trials[a.TrialNumber].State);
        coordinator.Tell(new TrialFailed(c.TrialNumber, c.Attempt, "stopped early", 1), third);
        third.ExpectMsg<ResultRecorded>();
        Assert.Equal(TrialState.Pruned, _study.ReadTrials().Single(t => t.Number == c.TrialNumber).State);
    }

    [Fact]
    public void A_restarted_coordinator_answers_resent_reports_as_the_one_before_it_did_and_records_nothing_twice()
    {
        var coordinator = StartCoordinator();
        var (first, second, third) = (Worker(coordinator, "w1"), Worker(coordinator, "w2"), Worker(coordinator, "w3"));
        var (a, b, c) = (Work(coordinator, first), Work(coordinator, second), Work(coordinator, third));
        Report(coordinator, first, a, 1, 0.5);
        Report(coordinator, second, b, 1, 0.4);
        Assert.True(Report(coordinator, third, c, 1, 0.6).Stop);
        Watch(coordinator);
        Sys.Stop(coordinator);
        ExpectTerminated(coordinator);
        _study.Reopen();

        var restarted = StartCoordinator(reclaimGrace: TimeSpan.FromMinutes(1));

        Assert.True(Report(restarted, third, c, 1, 0.6).Stop);      // the decision stands
        Assert.False(Report(restarted, second, b, 1, 0.4).Stop);    // judged on what had arrived before it, as the first time
        Assert.False(Report(restarted, first, a, 3, 0.3).Stop);     // rung 3: the first to get there
        var trials = _study.ReadTrials();
        Assert.Equal(1, trials.Count(t => t.State == TrialState.Pruned));
        Assert.All(trials, t => Assert.Equal(1, t.Attempt));
        Assert.Equal([(c.TrialNumber, 1)], _study.Store.IntermediateReports(c.TrialNumber).Select(r => (c.TrialNumber, r.Step)));
    }

    [Fact]
    public void A_lost_workers_trial_runs_again_with_a_fresh_curve_and_a_pruned_trial_stays_pruned()
    {
        var coordinator = StartCoordinator();
        var (first, second, third) = (Worker(coordinator, "w1"), Worker(coordinator, "w2"), Worker(coordinator, "w3"));
        var (a, b, c) = (Work(coordinator, first), Work(coordinator, second), Work(coordinator, third));
        Report(coordinator, first, a, 1, 0.5);
        Report(coordinator, second, b, 1, 0.4);
        Assert.True(Report(coordinator, third, c, 1, 0.6).Stop);
        var progress = CreateTestProbe();
        Sys.EventStream.Subscribe(progress.Ref, typeof(ProgressChanged));

        Sys.Stop(third.Ref);
        Sys.Stop(first.Ref);
        progress.FishForMessage<ProgressChanged>(p => p.Progress.Running == 1);

        var trials = _study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal((TrialState.Pruned, 1), (trials[c.TrialNumber].State, trials[c.TrialNumber].Attempt));
        Assert.Equal((TrialState.Queued, 2), (trials[a.TrialNumber].State, trials[a.TrialNumber].Attempt));
        var again = Work(coordinator, Worker(coordinator, "w4"));
        Assert.Equal((a.TrialNumber, 2), (again.TrialNumber, again.Attempt));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _study.Dispose();
    }

    private IActorRef StartCoordinator(TimeSpan? reclaimGrace = null) =>
        Sys.ActorOf(Coordinator.Props(_study.Store, _study.Definition, new SobolStrategy(_study.Definition.Space, 1),
            new CoordinatorSettings(_study.Definition.Trials, 3) { ReclaimGrace = reclaimGrace }, TimeProvider.System, _result));

    private TestProbe Worker(IActorRef coordinator, string name)
    {
        var worker = CreateTestProbe(name);
        coordinator.Tell(new RegisterWorker(name, ProtocolVersion.Current), worker);
        worker.ExpectMsg<WorkerRegistered>();
        return worker;
    }

    private static WorkAssigned Work(IActorRef coordinator, TestProbe worker)
    {
        coordinator.Tell(new RequestWork(worker.Ref.Path.Name), worker);
        return worker.FishForMessage<WorkAssigned>(_ => true);
    }

    private static IntermediateRecorded Report(IActorRef coordinator, TestProbe worker, WorkAssigned work, int step, double y)
    {
        coordinator.Tell(new IntermediateReported(work.TrialNumber, work.Attempt, step, new Dictionary<string, double> { ["y"] = y }), worker);
        return worker.FishForMessage<IntermediateRecorded>(_ => true);
    }
}
