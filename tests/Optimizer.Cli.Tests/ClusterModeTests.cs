using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

/// <summary>Cluster mode with real processes on 127.0.0.1: a coordinator, workers that join it, and the faults of real clusters.</summary>
public sealed class ClusterModeTests : ClusterStudyTests
{
    [Fact]
    public async Task Workers_run_the_study_and_a_worker_with_another_credential_never_gets_in()
    {
        Study.WriteStudy(trials: 8);
        var marker = Path.Combine(Study.Path, "intruder-evaluated");
        var otherCredential = ClusterProcesses.NewCredential(Study.Path, "other-credential");
        var coordinator = Cluster.StartCoordinator();
        // The intruder knocks while the study waits for workers, so the study cannot end before it gives up.
        var intruder = Cluster.StartWorker("intruder", 0, secretFile: otherCredential, marker: marker, extra: ["--give-up-after", "5s"]);
        Assert.Equal(1, await intruder.WaitForExitAsync(StudyTimeout));
        Assert.Contains("giving up", intruder.Stderr);

        var first = Cluster.StartWorker("gpu-01", 0.1, slots: 2);
        var second = Cluster.StartWorker("gpu-02", 0.1);

        Assert.Equal(0, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await first.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await second.WaitForExitAsync(StudyTimeout));

        var trials = AssertExactlyTerminal(8);
        Assert.All(trials, t => Assert.Contains(t.Worker, new[] { "gpu-01/1", "gpu-01/2", "gpu-02" }));
        Assert.False(File.Exists(marker), "the refused worker evaluated a trial");
    }

    [Fact]
    public async Task Coordinator_retry_failed_queues_the_failed_trials_again_for_its_workers_without_new_budget()
    {
        Study.WriteStudy(trials: 3);
        var coordinator = Cluster.StartCoordinator();
        var broken = Cluster.StartWorker("broken-node", 0, evaluation: new Dictionary<string, string> { ["EVAL_MODE"] = "fail" });
        Assert.Equal(1, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await broken.WaitForExitAsync(StudyTimeout));
        Assert.All(Study.ReadTrials(), t => Assert.Equal((TrialState.Failed, 1), (t.State, t.Attempt)));

        var retrying = Cluster.StartCoordinator("--retry-failed");
        var healthy = Cluster.StartWorker("healthy-node", 0);

        Assert.Equal(0, await retrying.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await healthy.WaitForExitAsync(StudyTimeout));
        Assert.Contains("retry: 3 failed trial(s) queued again: 0, 1, 2", retrying.Stderr);
        var trials = Study.ReadTrials();
        Assert.Equal([0, 1, 2], trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal((TrialState.Complete, 2, "healthy-node"), (t.State, t.Attempt, t.Worker)));
    }

    [Fact]
    public async Task Two_coordinators_of_one_study_file_with_their_own_stores_and_workers_keep_their_own_values()
    {
        Study.WriteStudy(trials: 3);
        using var other = new ClusterProcesses(Study, "other-credential");
        var (a, b) = (Path.Combine(Study.Path, "a.db"), Path.Combine(Study.Path, "b.db"));
        // Each evaluation writes its result file, then waits: the other study's evaluation of the same trial number writes
        // in between, so workers sharing a trial directory (both in --workdir, named by the study) would mix the values.
        Dictionary<string, string> Evaluation(int offset) => new() { ["EVAL_MODE"] = "file", ["EVAL_OFFSET"] = $"{offset}" };
        var coordinatorA = Cluster.StartCoordinator("--storage", a);
        var coordinatorB = other.StartCoordinator("--storage", b);
        var workerA = Cluster.StartWorker("worker-a", 1, evaluation: Evaluation(0));
        var workerB = other.StartWorker("worker-b", 1, evaluation: Evaluation(1000));

        Assert.Equal(0, await coordinatorA.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await coordinatorB.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await workerA.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await workerB.WaitForExitAsync(StudyTimeout));

        var (trialsA, trialsB) = (StudyDirectory.ReadTrials(a), StudyDirectory.ReadTrials(b));
        Assert.Equal(3, trialsA.Count(t => t.State == TrialState.Complete));
        Assert.Equal(3, trialsB.Count(t => t.State == TrialState.Complete));
        Assert.All(trialsA, t => Assert.InRange(t.Values["y"], 0, 2));
        Assert.All(trialsB, t => Assert.InRange(t.Values["y"], 1000, 1002));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(Study.Path, ".trials")).Length);
    }

    [Fact]
    public async Task A_worker_with_no_coordinator_gives_up_after_its_limit()
    {
        Study.WriteStudy(trials: 2);

        var orphan = Cluster.StartWorker("orphan", 0, extra: ["--give-up-after", "3s"]);

        Assert.Equal(1, await orphan.WaitForExitAsync(StudyTimeout));
        Assert.Contains("giving up", orphan.Stderr);
    }

    [Fact]
    public async Task Killed_worker_trial_is_rerun_once_as_attempt_2_and_the_study_completes()
    {
        Study.WriteStudy(trials: 6);
        var coordinator = Cluster.StartCoordinator();
        var victim = Cluster.StartWorker("victim", 60);
        await Eventually.True(() => RunningOn("victim") is not null, StudyTimeout, "a trial running on the victim");
        var lost = RunningOn("victim")!.Number;
        var survivor = Cluster.StartWorker("survivor", 0.1);

        victim.Kill();

        Assert.Equal(0, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await survivor.WaitForExitAsync(StudyTimeout));
        var trials = AssertExactlyTerminal(6);
        var rerun = trials.Single(t => t.Number == lost);
        Assert.Equal((TrialState.Complete, 2, "survivor"), (rerun.State, rerun.Attempt, rerun.Worker));
        Assert.All(trials.Where(t => t.Number != lost), t => Assert.Equal(1, t.Attempt));
    }

    [Fact]
    public async Task Killed_coordinator_restarted_on_the_same_store_is_rejoined_by_its_workers_and_the_study_completes()
    {
        Study.WriteStudy(trials: 10);
        var killed = Cluster.StartCoordinator();
        var first = Cluster.StartWorker("gpu-01", 0.7);
        var second = Cluster.StartWorker("gpu-02", 0.7);
        await Eventually.True(() => Study.TrialsSoFar().Count(t => t.State == TrialState.Complete) >= 2, StudyTimeout, "two complete trials");

        killed.Kill();
        await killed.WaitForExitAsync(StudyTimeout);
        var restarted = Cluster.StartCoordinator();

        Assert.Equal(0, await restarted.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await first.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await second.WaitForExitAsync(StudyTimeout));
        Assert.Contains("lost the coordinator", first.Stderr + second.Stderr);
        AssertExactlyTerminal(10);
    }

    private Trial? RunningOn(string worker) => Study.TrialsSoFar().FirstOrDefault(t => t.State == TrialState.Running && t.Worker == worker);

    // Exactly `trials` trials, numbered 0 .. trials - 1, every one terminal: none lost, none duplicated, none left running.
    private IReadOnlyList<Trial> AssertExactlyTerminal(int trials)
    {
        var stored = Study.ReadTrials();
        Assert.Equal(Enumerable.Range(0, trials), stored.Select(t => t.Number).Order());
        Assert.All(stored, t => Assert.True(t.State == TrialState.Complete, $"trial {t.Number} is {t.State}: {t.Error}"));
        return stored;
    }
}
