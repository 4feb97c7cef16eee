using Optimizer.Cluster.Evaluators;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>What a person reads in the logs of a cluster, from real processes: why a worker stopped, the fix for a wrong address, why a worker refuses a study.</summary>
public sealed class ClusterLogTests : ClusterStudyTests
{
    // No wall-clock margin: the worker is mid-evaluation (its trial sleeps far longer than the test) when the coordinator
    // is interrupted, and the coordinator waits for it to stop before exiting (bounded by WorkersStopTimeout).
    [Fact]
    public async Task A_worker_of_an_interrupted_coordinator_ends_saying_so_not_that_the_study_is_finished()
    {
        Study.WriteStudy(trials: 6, timeout: "30m");
        var coordinator = Cluster.StartCoordinator();
        var worker = Cluster.StartWorker("gpu-01", 600);
        await Study.RunningTrials(1, StudyTimeout);

        coordinator.Interrupt();

        Assert.Equal(130, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Equal("worker gpu-01: the coordinator was stopped (Ctrl-C or SIGTERM) and ended the study before its budget was spent",
            LastLine(worker.Stderr));
        Assert.DoesNotContain("lost the coordinator", worker.Stderr);
        Assert.Contains(Study.ReadTrials(), t => t.State == TrialState.Interrupted);
    }

    [Fact]
    public async Task A_worker_joining_another_name_of_the_coordinator_is_told_both_addresses_and_the_fix_once()
    {
        Study.WriteStudy(trials: 2);
        var coordinator = Cluster.StartCoordinator();
        await Eventually.True(() => coordinator.Stderr.Contains("listening on"), StudyTimeout, "the coordinator listening");
        var wrongName = $"localhost:{Cluster.Port}";

        using var worker = OptimizerProcess.Start(["worker", "--join", wrongName, "--secret-file", Cluster.SecretFile, "--name", "lost",
            "--workdir", Study.Path, "--give-up-after", "10s"]);

        Assert.Equal(1, await worker.WaitForExitAsync(StudyTimeout));
        var advice = coordinator.Stderr.Split('\n').Where(l => l.Contains("start the worker with --join")).ToArray();
        var line = Assert.Single(advice);
        Assert.Contains($"a worker joined this coordinator as {wrongName}, but it listens as {Cluster.Address}", line);
        Assert.Contains($"--join {Cluster.Address}", line);
        Assert.DoesNotContain("   at ", coordinator.Stderr);
        Assert.StartsWith($"error: no coordinator at {wrongName} admitted this worker", LastLine(worker.Stderr));
    }

    [Fact]
    public async Task A_worker_that_cannot_run_the_command_refuses_the_study_in_one_line_and_fails_no_trial()
    {
        Study.WriteRaw("""
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
        var coordinator = Cluster.StartCoordinator();

        var worker = Cluster.StartWorker("gpu-01", 0);

        Assert.Equal(3, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Equal($"error: cannot evaluate this study here: study.yaml (from the coordinator):7: evaluator.command[1]: 'not_built_yet.py' not found " +
                     $"(looked for {Path.Combine(Study.Path, "not_built_yet.py")})", LastLine(worker.Stderr));
        Assert.DoesNotContain(Study.ReadTrials(), t => t.State == TrialState.Failed);
        coordinator.Interrupt();
        Assert.Equal(130, await coordinator.WaitForExitAsync(StudyTimeout));
    }

    [Fact]
    public async Task A_study_file_without_a_name_is_named_after_the_coordinators_file_on_its_workers_and_in_their_errors()
    {
        // The command is relative to each worker's --workdir: the study's directory has the script, the bare node's has not.
        Study.WriteStudy(trials: 2, named: false, script: "evaluate.py", fileName: "ttbar-scan.yaml");
        File.Copy(StudyDirectory.Script, Path.Combine(Study.Path, "evaluate.py"));
        var bareWorkdir = Directory.CreateDirectory(Path.Combine(Study.Path, "bare-node")).FullName;
        var coordinator = Cluster.StartCoordinator();

        var bare = Cluster.StartWorker("bare-node", 0, workdir: bareWorkdir);
        Assert.Equal(3, await bare.WaitForExitAsync(StudyTimeout));
        var worker = Cluster.StartWorker("gpu-01", 0);

        Assert.Equal(0, await coordinator.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await worker.WaitForExitAsync(StudyTimeout));
        Assert.Equal("error: cannot evaluate this study here: ttbar-scan.yaml (from the coordinator):7: evaluator.command[1]: 'evaluate.py' not found " +
                     $"(looked for {Path.Combine(bareWorkdir, "evaluate.py")})", LastLine(bare.Stderr));
        // The coordinator names the study after its file (its store is ttbar-scan.db), and so do the worker's trial directories.
        using var store = SqliteStudyStore.Open(Path.Combine(Study.Path, "ttbar-scan.db"), readOnly: true);
        Assert.Equal(2, store.Trials().Count(t => t.State == TrialState.Complete));
        Assert.Equal([$"ttbar-scan-{store.StudyId![..StudyTrialsRoot.IdCharacters]}"],
            Directory.GetDirectories(Path.Combine(Study.Path, ".trials")).Select(Path.GetFileName));
    }

}
