using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>What a person reads in the logs of a cluster, from real processes: why a worker stopped, the fix for a wrong address, why a worker refuses a study.</summary>
public sealed class ClusterLogTests : IDisposable
{
    private static readonly TimeSpan StudyTimeout = TimeSpan.FromSeconds(90);

    private readonly StudyDirectory _study = new();
    private readonly ClusterProcesses _cluster;

    public ClusterLogTests() => _cluster = new ClusterProcesses(_study);

    // No wall-clock margin: the worker is mid-evaluation (its trial sleeps far longer than the test) when the coordinator
    // is interrupted, and the coordinator waits for it to stop before exiting (bounded by WorkersStopTimeout).
    [Fact]
    public async Task A_worker_of_an_interrupted_coordinator_ends_saying_so_not_that_the_study_is_finished()
    {
        _study.WriteStudy(trials: 6, timeout: "30m");
        var coordinator = _cluster.StartCoordinator();
        var worker = _cluster.StartWorker("gpu-01", 600);
        await Eventually.True(() => File.Exists(_study.Database) && _study.ReadTrials().Any(t => t.State == TrialState.Running),
            StudyTimeout, "a running trial");

        coordinator.Interrupt();

        Assert.Equal(130, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Equal("worker gpu-01: the coordinator was stopped (Ctrl-C or SIGTERM) and ended the study before its budget was spent",
            LastLine(worker.Stderr));
        Assert.DoesNotContain("lost the coordinator", worker.Stderr);
        Assert.Contains(_study.ReadTrials(), t => t.State == TrialState.Interrupted);
    }

    [Fact]
    public async Task A_worker_joining_another_name_of_the_coordinator_is_told_both_addresses_and_the_fix_once()
    {
        _study.WriteStudy(trials: 2);
        var coordinator = _cluster.StartCoordinator();
        await Eventually.True(() => coordinator.Stderr.Contains("listening on"), StudyTimeout, "the coordinator listening");
        var wrongName = $"localhost:{_cluster.Port}";

        using var worker = OptimizerProcess.Start(["worker", "--join", wrongName, "--secret-file", _cluster.SecretFile, "--name", "lost",
            "--workdir", _study.Path, "--give-up-after", "10s"]);

        Assert.Equal(1, await worker.WaitForExitAsync(StudyTimeout));
        var advice = coordinator.Stderr.Split('\n').Where(l => l.Contains("start the worker with --join")).ToArray();
        var line = Assert.Single(advice);
        Assert.Contains($"a worker joined this coordinator as {wrongName}, but it listens as {_cluster.Address}", line);
        Assert.Contains($"--join {_cluster.Address}", line);
        Assert.DoesNotContain("   at ", coordinator.Stderr);
        Assert.StartsWith($"error: no coordinator at {wrongName} admitted this worker", LastLine(worker.Stderr));
    }

    [Fact]
    public async Task A_worker_that_cannot_run_the_command_refuses_the_study_in_one_line_and_fails_no_trial()
    {
        _study.WriteRaw("""
            name: demo
            parameters:
              - {name: x, type: float, low: 0, high: 1}
            objectives:
              - {name: y, direction: minimize}
            evaluator:
              command: [python3, not_built_yet.py, --x, "{x}"]
            budget: {trials: 2}
            strategy: {kind: sobol}

            """);
        var coordinator = _cluster.StartCoordinator();

        var worker = _cluster.StartWorker("gpu-01", 0);

        Assert.Equal(3, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Equal($"error: cannot evaluate this study here: study.yaml (from the coordinator):7: evaluator.command[1]: 'not_built_yet.py' not found " +
                     $"(looked for {Path.Combine(_study.Path, "not_built_yet.py")})", LastLine(worker.Stderr));
        Assert.DoesNotContain(_study.ReadTrials(), t => t.State == TrialState.Failed);
        coordinator.Interrupt();
        Assert.Equal(130, await coordinator.WaitForExitAsync(StudyTimeout));
    }

    [Fact]
    public async Task A_study_file_without_a_name_is_named_after_the_coordinators_file_on_its_workers_and_in_their_errors()
    {
        // The command is relative to each worker's --workdir: the study's directory has the script, the bare node's has not.
        _study.WriteRaw("""
            parameters:
              - {name: x, type: float, low: 0, high: 1}
              - {name: n, type: int, low: 0, high: 4}
            objectives:
              - {name: y, direction: minimize}
            evaluator:
              command: [python3, evaluate.py, --x, "{x}", --n, "{n}"]
            budget: {trials: 2}
            strategy: {kind: sobol}

            """, "ttbar-scan.yaml");
        File.Copy(StudyDirectory.Script, Path.Combine(_study.Path, "evaluate.py"));
        var bareWorkdir = Directory.CreateDirectory(Path.Combine(_study.Path, "bare-node")).FullName;
        var coordinator = _cluster.StartCoordinator();

        var bare = _cluster.StartWorker("bare-node", 0, workdir: bareWorkdir);
        Assert.Equal(3, await bare.WaitForExitAsync(StudyTimeout));
        var worker = _cluster.StartWorker("gpu-01", 0);

        Assert.Equal(0, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Equal("error: cannot evaluate this study here: ttbar-scan.yaml (from the coordinator):7: evaluator.command[1]: 'evaluate.py' not found " +
                     $"(looked for {Path.Combine(bareWorkdir, "evaluate.py")})", LastLine(bare.Stderr));
        // The coordinator names the study after its file (its store is ttbar-scan.db), and so do the worker's trial directories.
        using var store = SqliteStudyStore.Open(Path.Combine(_study.Path, "ttbar-scan.db"), readOnly: true);
        Assert.Equal(2, store.Trials().Count(t => t.State == TrialState.Complete));
        Assert.Equal([$"ttbar-scan-{store.StudyId![..StudyTrialsRoot.IdCharacters]}"],
            Directory.GetDirectories(Path.Combine(_study.Path, ".trials")).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _study.Dispose();
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].TrimEnd('\r');
}
