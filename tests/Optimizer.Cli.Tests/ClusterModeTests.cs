using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>Cluster mode with real processes on 127.0.0.1: a coordinator, workers that join it, and the faults of real clusters.</summary>
public sealed class ClusterModeTests : IDisposable
{
    private static readonly TimeSpan StudyTimeout = TimeSpan.FromSeconds(90);

    private readonly StudyDirectory _study = new();
    private readonly ClusterProcesses _cluster;

    public ClusterModeTests() => _cluster = new ClusterProcesses(_study);

    [Fact]
    public async Task Workers_run_the_study_and_a_worker_with_another_credential_never_gets_in()
    {
        _study.WriteStudy(trials: 8);
        var marker = Path.Combine(_study.Path, "intruder-evaluated");
        var otherCredential = ClusterProcesses.NewCredential(_study.Path, "other-credential");
        var coordinator = _cluster.StartCoordinator();
        // The intruder knocks while the study waits for workers, so the study cannot end before it gives up.
        var intruder = _cluster.StartWorker("intruder", 0, secretFile: otherCredential, marker: marker, extra: ["--give-up-after", "5s"]);
        Assert.Equal(1, await intruder.WaitForExitAsync(StudyTimeout));
        Assert.Contains("giving up", intruder.Stderr);

        var first = _cluster.StartWorker("gpu-01", 0.1, slots: 2);
        var second = _cluster.StartWorker("gpu-02", 0.1);

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
        _study.WriteStudy(trials: 3);
        var coordinator = _cluster.StartCoordinator();
        var broken = _cluster.StartWorker("broken-node", 0, evaluation: new Dictionary<string, string> { ["EVAL_MODE"] = "fail" });
        Assert.Equal(1, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await broken.WaitForExitAsync(StudyTimeout));
        Assert.All(_study.ReadTrials(), t => Assert.Equal((TrialState.Failed, 1), (t.State, t.Attempt)));

        var retrying = _cluster.StartCoordinator("--retry-failed");
        var healthy = _cluster.StartWorker("healthy-node", 0);

        Assert.Equal(0, await retrying.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await healthy.WaitForExitAsync(StudyTimeout));
        Assert.Contains("retry: 3 failed trial(s) queued again: 0, 1, 2", retrying.Stderr);
        var trials = _study.ReadTrials();
        Assert.Equal([0, 1, 2], trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal((TrialState.Complete, 2, "healthy-node"), (t.State, t.Attempt, t.Worker)));
    }

    [Fact]
    public async Task Two_coordinators_of_one_study_file_with_their_own_stores_and_workers_keep_their_own_values()
    {
        _study.WriteStudy(trials: 3);
        using var other = new ClusterProcesses(_study, "other-credential");
        var (a, b) = (Path.Combine(_study.Path, "a.db"), Path.Combine(_study.Path, "b.db"));
        // Each evaluation writes its result file, then waits: the other study's evaluation of the same trial number writes
        // in between, so workers sharing a trial directory (both in --workdir, named by the study) would mix the values.
        Dictionary<string, string> Evaluation(int offset) => new() { ["EVAL_MODE"] = "file", ["EVAL_OFFSET"] = $"{offset}" };
        var coordinatorA = _cluster.StartCoordinator("--storage", a);
        var coordinatorB = other.StartCoordinator("--storage", b);
        var workerA = _cluster.StartWorker("worker-a", 1, evaluation: Evaluation(0));
        var workerB = other.StartWorker("worker-b", 1, evaluation: Evaluation(1000));

        Assert.Equal(0, await coordinatorA.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await coordinatorB.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await workerA.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await workerB.WaitForExitAsync(StudyTimeout));

        var (trialsA, trialsB) = (StoredTrials(a), StoredTrials(b));
        Assert.Equal(3, trialsA.Count(t => t.State == TrialState.Complete));
        Assert.Equal(3, trialsB.Count(t => t.State == TrialState.Complete));
        Assert.All(trialsA, t => Assert.InRange(t.Values["y"], 0, 2));
        Assert.All(trialsB, t => Assert.InRange(t.Values["y"], 1000, 1002));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(_study.Path, ".trials")).Length);
    }

    [Fact]
    public async Task A_worker_with_no_coordinator_gives_up_after_its_limit()
    {
        _study.WriteStudy(trials: 2);

        var orphan = _cluster.StartWorker("orphan", 0, extra: ["--give-up-after", "3s"]);

        Assert.Equal(1, await orphan.WaitForExitAsync(StudyTimeout));
        Assert.Contains("giving up", orphan.Stderr);
    }

    [Fact]
    public async Task Killed_worker_trial_is_rerun_once_as_attempt_2_and_the_study_completes()
    {
        _study.WriteStudy(trials: 6);
        var coordinator = _cluster.StartCoordinator();
        var victim = _cluster.StartWorker("victim", 60);
        await Eventually.True(() => RunningOn("victim") is not null, StudyTimeout, "a trial running on the victim");
        var lost = RunningOn("victim")!.Number;
        var survivor = _cluster.StartWorker("survivor", 0.1);

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
        _study.WriteStudy(trials: 10);
        var killed = _cluster.StartCoordinator();
        var first = _cluster.StartWorker("gpu-01", 0.7);
        var second = _cluster.StartWorker("gpu-02", 0.7);
        await Eventually.True(() => Trials().Count(t => t.State == TrialState.Complete) >= 2, StudyTimeout, "two complete trials");

        killed.Kill();
        await killed.WaitForExitAsync(StudyTimeout);
        var restarted = _cluster.StartCoordinator();

        Assert.Equal(0, await restarted.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await first.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await second.WaitForExitAsync(StudyTimeout));
        Assert.Contains("lost the coordinator", first.Stderr + second.Stderr);
        AssertExactlyTerminal(10);
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _study.Dispose();
    }

    private static IReadOnlyList<Trial> StoredTrials(string path)
    {
        using var store = SqliteStudyStore.Open(path, readOnly: true);
        return store.Trials();
    }

    private Trial? RunningOn(string worker) => Trials().FirstOrDefault(t => t.State == TrialState.Running && t.Worker == worker);

    // The coordinator may still be creating the file: until it holds a study store, there are no trials.
    private IReadOnlyList<Trial> Trials()
    {
        try
        {
            return File.Exists(_study.Database) ? _study.ReadTrials() : [];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    // Exactly `trials` trials, numbered 0 .. trials - 1, every one terminal: none lost, none duplicated, none left running.
    private IReadOnlyList<Trial> AssertExactlyTerminal(int trials)
    {
        var stored = _study.ReadTrials();
        Assert.Equal(Enumerable.Range(0, trials), stored.Select(t => t.Number).Order());
        Assert.All(stored, t => Assert.True(t.State == TrialState.Complete, $"trial {t.Number} is {t.State}: {t.Error}"));
        return stored;
    }
}
