using Akka.Actor;
using Akka.TestKit;
using Optimizer.Cluster.Coordination;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Tests;

public sealed class CoordinatorTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly TimeSpan ResultTimeout = TimeSpan.FromSeconds(10);

    private readonly TemporaryStudy _study = new(trials: 5, maxConsecutiveFailures: 3);
    private readonly TaskCompletionSource<StudyResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public void Requested_work_gets_a_trial_recorded_as_running_on_that_worker()
    {
        var coordinator = StartCoordinator();
        var worker = RegisteredWorker(coordinator, "w1");

        var work = RequestWork(coordinator, worker);

        Assert.Equal(1, work.Attempt);
        var trial = _study.ReadTrials().Single(t => t.Number == work.TrialNumber);
        Assert.Equal(TrialState.Running, trial.State);
        Assert.Equal("w1", trial.Worker);
        Assert.Equal(trial.Parameters, work.Parameters);
    }

    [Fact]
    public void Worker_speaking_another_protocol_version_is_refused()
    {
        var coordinator = StartCoordinator();
        var worker = CreateTestProbe();

        coordinator.Tell(new RegisterWorker("old", ProtocolVersion.Current + 1), worker);

        worker.ExpectMsg<RegistrationRefused>();
    }

    [Fact]
    public void Stale_attempt_and_duplicate_results_are_recorded_once()
    {
        var coordinator = StartCoordinator();
        var lost = RegisteredWorker(coordinator, "lost");
        var first = RequestWork(coordinator, lost);
        var progress = CreateTestProbe();
        Sys.EventStream.Subscribe(progress.Ref, typeof(ProgressChanged));
        Sys.Stop(lost.Ref);
        progress.FishForMessage<ProgressChanged>(c => c.Progress.Running == 0);
        var second = RegisteredWorker(coordinator, "second");
        var retry = RequestWork(coordinator, second);
        Assert.Equal((first.TrialNumber, first.Attempt + 1), (retry.TrialNumber, retry.Attempt));

        coordinator.Tell(new TrialSucceeded(first.TrialNumber, first.Attempt, Values(1.0), 0.1), second);
        coordinator.Tell(new TrialSucceeded(retry.TrialNumber, retry.Attempt, Values(2.0), 0.1), second);
        coordinator.Tell(new TrialSucceeded(retry.TrialNumber, retry.Attempt, Values(3.0), 0.1), second);
        // Every copy is acknowledged, so the worker forgets it; only the current attempt's first one counts.
        for (var i = 0; i < 3; i++)
            second.ExpectMsg<ResultRecorded>();
        RequestWork(coordinator, second);

        var trial = _study.ReadTrials().Single(t => t.Number == retry.TrialNumber);
        Assert.Equal((TrialState.Complete, 2.0, 2), (trial.State, trial.Values["y"], trial.Attempt));
        var recorded = progress.ReceiveWhile(TimeSpan.FromMilliseconds(100), m => (ProgressChanged)m)
            .Count(c => c.Finished?.Number == retry.TrialNumber);
        Assert.Equal(1, recorded);
    }

    [Fact]
    public void Resume_queues_running_and_interrupted_trials_again_with_the_next_attempt()
    {
        var space = _study.Definition.Space;
        var points = new SobolStrategy(space, 3).Propose([], [], 3);
        var crashed = _study.Store.Enqueue(points[0]);
        var interrupted = _study.Store.Enqueue(points[1]);
        var failed = _study.Store.Enqueue(points[2]);
        var now = DateTimeOffset.UtcNow;
        _study.Store.Start(crashed.Number, "old", now);
        _study.Store.Start(interrupted.Number, "old", now);
        _study.Store.Start(failed.Number, "old", now);
        _study.Store.Interrupt(interrupted.Number, 1, now);
        _study.Store.Fail(failed.Number, 1, "exit code 1", now);
        _study.Reopen();

        var coordinator = StartCoordinator();
        var worker = RegisteredWorker(coordinator, "w1");
        var work = RequestWork(coordinator, worker);

        Assert.Equal((crashed.Number, 2), (work.TrialNumber, work.Attempt));
        var trials = _study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal((TrialState.Queued, 2), (trials[interrupted.Number].State, trials[interrupted.Number].Attempt));
        Assert.Equal((TrialState.Failed, 1), (trials[failed.Number].State, trials[failed.Number].Attempt));
    }

    [Fact]
    public async Task Consecutive_failures_stop_the_study_naming_the_command()
    {
        var coordinator = StartCoordinator();
        var worker = RegisteredWorker(coordinator, "w1");
        var work = RequestWork(coordinator, worker);

        for (var i = 0; i < 3; i++)
        {
            coordinator.Tell(new TrialFailed(work.TrialNumber, work.Attempt, "exit code 1", 0.1), worker);
            if (i < 2)
                work = RequestWork(coordinator, worker);
        }

        var result = await _result.Task.WaitAsync(ResultTimeout);
        Assert.Equal(StudyOutcome.TooManyFailures, result.Outcome);
        Assert.Contains(TemporaryStudy.Command, result.Message);
        worker.FishForMessage<StudyFinished>(f => f.Outcome == StudyOutcome.TooManyFailures);
    }

    [Fact]
    public void A_running_trial_is_passed_to_the_strategy_as_pending()
    {
        var strategy = new RecordingStrategy(new SobolStrategy(_study.Definition.Space, 1));
        var coordinator = StartCoordinator(strategy);
        var worker = RegisteredWorker(coordinator, "w1");

        var work = RequestWork(coordinator, worker);

        AwaitAssert(() => Assert.Contains(strategy.Calls, call => call.Pending.Any(p => p.SequenceEqual(work.Parameters))));
    }

    [Fact]
    public void A_failed_trial_is_passed_to_the_strategy_as_a_failure_and_never_reissued()
    {
        var strategy = new RecordingStrategy(new SobolStrategy(_study.Definition.Space, 1));
        var coordinator = StartCoordinator(strategy);
        var worker = RegisteredWorker(coordinator, "w1");
        var failed = RequestWork(coordinator, worker);

        coordinator.Tell(new TrialFailed(failed.TrialNumber, failed.Attempt, "exit code 1", 0.1), worker);
        var next = RequestWork(coordinator, worker);

        AwaitAssert(() => Assert.Contains(strategy.Calls, call => call.History.Any(o => o.Failed && o.Parameters.SequenceEqual(failed.Parameters))));
        Assert.False(next.Parameters.SequenceEqual(failed.Parameters));
    }

    [Fact]
    public void A_proposal_that_throws_is_retried_and_the_study_goes_on()
    {
        var strategy = new RecordingStrategy(new SobolStrategy(_study.Definition.Space, 1), failures: 2);
        var settings = Settings() with { ProposalRetryDelay = TimeSpan.FromMilliseconds(20) };
        var coordinator = StartCoordinator(strategy, settings);
        var worker = RegisteredWorker(coordinator, "w1");

        RequestWork(coordinator, worker);

        Assert.True(strategy.Calls.Count >= 3);
        Assert.False(_result.Task.IsCompleted);
    }

    [Fact]
    public async Task Budget_spent_and_every_trial_terminal_finishes_the_study()
    {
        var coordinator = StartCoordinator(settings: Settings() with { Budget = 2 });
        var worker = RegisteredWorker(coordinator, "w1");

        var first = RequestWork(coordinator, worker);
        coordinator.Tell(new TrialSucceeded(first.TrialNumber, first.Attempt, Values(1.0), 0.1), worker);
        var second = RequestWork(coordinator, worker);
        coordinator.Tell(new TrialFailed(second.TrialNumber, second.Attempt, "exit code 1", 0.1), worker);

        var result = await _result.Task.WaitAsync(ResultTimeout);
        Assert.Equal(StudyOutcome.Finished, result.Outcome);
        Assert.Equal(2, _study.ReadTrials().Count);
    }

    [Fact]
    public async Task Stop_records_running_trials_as_interrupted_and_tells_workers()
    {
        var coordinator = StartCoordinator();
        var worker = RegisteredWorker(coordinator, "w1");
        var work = RequestWork(coordinator, worker);

        coordinator.Tell(StopStudy.Instance);

        var result = await _result.Task.WaitAsync(ResultTimeout);
        Assert.Equal(StudyOutcome.Interrupted, result.Outcome);
        worker.ExpectMsg<StudyFinished>();
        var trial = _study.ReadTrials().Single(t => t.Number == work.TrialNumber);
        Assert.Equal((TrialState.Interrupted, null), (trial.State, trial.Error));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _study.Dispose();
    }

    private CoordinatorSettings Settings() => new(_study.Definition.Trials, _study.Definition.MaxConsecutiveFailures);

    private IActorRef StartCoordinator(IStrategy? strategy = null, CoordinatorSettings? settings = null) =>
        Sys.ActorOf(Coordinator.Props(_study.Store, _study.Definition, strategy ?? new SobolStrategy(_study.Definition.Space, 1),
            settings ?? Settings(), TimeProvider.System, _result));

    private TestProbe RegisteredWorker(IActorRef coordinator, string name)
    {
        var worker = CreateTestProbe(name);
        coordinator.Tell(new RegisterWorker(name, ProtocolVersion.Current), worker);
        worker.ExpectMsg<WorkerRegistered>();
        return worker;
    }

    private static WorkAssigned RequestWork(IActorRef coordinator, TestProbe worker)
    {
        coordinator.Tell(new RequestWork(worker.Ref.Path.Name), worker);
        return worker.FishForMessage<WorkAssigned>(_ => true);
    }

    private static Dictionary<string, double> Values(double y) => new() { ["y"] = y };
}
