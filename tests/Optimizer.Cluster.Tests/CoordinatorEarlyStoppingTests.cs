using Akka.Actor;
using Akka.TestKit;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

/// <summary>The coordinator stores every report before it answers, decides on it, and never loses or repeats a decision.</summary>
public sealed class CoordinatorEarlyStoppingTests()
    : CoordinatorTestKit(new TemporaryStudy(trials: 5, earlyStopping: new EarlyStoppingDefinition("asha", 1, 9, 3)))
{
    [Fact]
    public void A_report_outside_the_top_third_of_its_rung_is_pruned_in_the_store_before_the_worker_is_told_to_stop()
    {
        var (coordinator, (first, second, third), (a, b, c)) = ThreeTrialsRunning();

        Assert.False(Report(coordinator, first, a, 1, 0.5).Stop);
        Assert.False(Report(coordinator, second, b, 1, 0.4).Stop);
        var stopped = Report(coordinator, third, c, 1, 0.6);

        Assert.Equal((c.TrialNumber, c.Attempt, 1, true), (stopped.TrialNumber, stopped.Attempt, stopped.Step, stopped.Stop));
        var trials = Study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal(TrialState.Pruned, trials[c.TrialNumber].State);
        Assert.Equal(TrialState.Running, trials[a.TrialNumber].State);
        coordinator.Tell(new TrialFailed(c.TrialNumber, c.Attempt, "stopped early", 1), third);
        third.ExpectMsg<ResultRecorded>();
        Assert.Equal(TrialState.Pruned, Study.ReadTrials().Single(t => t.Number == c.TrialNumber).State);
    }

    [Fact]
    public void A_restarted_coordinator_answers_resent_reports_as_the_one_before_it_did_and_records_nothing_twice()
    {
        var (coordinator, (first, second, third), (a, b, c)) = ThreeTrialsRunning();
        Report(coordinator, first, a, 1, 0.5);
        Report(coordinator, second, b, 1, 0.4);
        Assert.True(Report(coordinator, third, c, 1, 0.6).Stop);
        Watch(coordinator);
        Sys.Stop(coordinator);
        ExpectTerminated(coordinator);
        Study.Reopen();

        var restarted = StartCoordinator(reclaimGrace: TimeSpan.FromMinutes(1));

        Assert.True(Report(restarted, third, c, 1, 0.6).Stop);      // the decision stands
        Assert.False(Report(restarted, second, b, 1, 0.4).Stop);    // judged on what had arrived before it, as the first time
        Assert.False(Report(restarted, first, a, 3, 0.3).Stop);     // rung 3: the first to get there
        var trials = Study.ReadTrials();
        Assert.Equal(1, trials.Count(t => t.State == TrialState.Pruned));
        Assert.All(trials, t => Assert.Equal(1, t.Attempt));
        Assert.Equal([(c.TrialNumber, 1)], Study.Store.IntermediateReports(c.TrialNumber).Select(r => (c.TrialNumber, r.Step)));
    }

    [Fact]
    public void A_lost_workers_trial_runs_again_with_a_fresh_curve_and_a_pruned_trial_stays_pruned()
    {
        var (coordinator, (first, second, third), (a, b, c)) = ThreeTrialsRunning();
        Report(coordinator, first, a, 1, 0.5);
        Report(coordinator, second, b, 1, 0.4);
        Assert.True(Report(coordinator, third, c, 1, 0.6).Stop);
        var progress = CreateTestProbe();
        Sys.EventStream.Subscribe(progress.Ref, typeof(ProgressChanged));

        Sys.Stop(third.Ref);
        Sys.Stop(first.Ref);
        progress.FishForMessage<ProgressChanged>(p => p.Progress.Running == 1);

        var trials = Study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal((TrialState.Pruned, 1), (trials[c.TrialNumber].State, trials[c.TrialNumber].Attempt));
        Assert.Equal((TrialState.Queued, 2), (trials[a.TrialNumber].State, trials[a.TrialNumber].Attempt));
        var again = RequestWork(coordinator, RegisteredWorker(coordinator, "w4"));
        Assert.Equal((a.TrialNumber, 2), (again.TrialNumber, again.Attempt));
    }

    private IActorRef StartCoordinator(TimeSpan? reclaimGrace = null) =>
        StartCoordinator(new CoordinatorSettings(Study.Definition.Trials, 3) { ReclaimGrace = reclaimGrace });

    private static IntermediateRecorded Report(IActorRef coordinator, TestProbe worker, WorkAssigned work, int step, double y)
    {
        coordinator.Tell(new IntermediateReported(work.TrialNumber, work.Attempt, step, new Dictionary<string, double> { ["y"] = y }), worker);
        return worker.FishForMessage<IntermediateRecorded>(_ => true);
    }

    // A coordinator with three registered workers, each running one trial.
    private (IActorRef, (TestProbe, TestProbe, TestProbe), (WorkAssigned, WorkAssigned, WorkAssigned)) ThreeTrialsRunning()
    {
        var coordinator = StartCoordinator();
        var (first, second, third) = (RegisteredWorker(coordinator, "w1"), RegisteredWorker(coordinator, "w2"), RegisteredWorker(coordinator, "w3"));
        return (coordinator, (first, second, third), (RequestWork(coordinator, first), RequestWork(coordinator, second), RequestWork(coordinator, third)));
    }
}
