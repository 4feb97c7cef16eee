using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

/// <summary>An evaluator that cannot run is refused before any trial; failures the environment caused can be run again.</summary>
public sealed class PreflightAndRetryTests : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly StudyDirectory _study = new();

    public void Dispose() => _study.Dispose();

    [Fact]
    public async Task A_missing_script_exits_2_naming_the_command_item_before_any_trial()
    {
        var study = _study.WriteRaw("""
            name: demo
            parameters:
              - {name: x, type: float, low: 0, high: 1}
            objectives:
              - {name: y, direction: minimize}
            evaluator:
              command: [python3,
                        trian.py, "{x}"]
            budget: {trials: 3}
            """);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: {study}:8: evaluator.command[1]: 'trian.py' not found (looked for {Path.Combine(_study.Path, "trian.py")})",
            stderr.Trim());
        Assert.Empty(stdout);
        Assert.False(File.Exists(_study.Database));
    }

    [Fact]
    public async Task A_study_with_no_complete_trial_exits_1_and_retry_failed_reruns_its_trials_without_new_budget()
    {
        var study = _study.WriteStudy(trials: 3);

        var (failedRun, _, failure) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2"],
            new Dictionary<string, string> { ["EVAL_MODE"] = "fail" }, RunLimit);

        Assert.Equal(1, failedRun);
        Assert.Contains("error: no trial completed", failure);
        Assert.Contains("--retry-failed", failure);
        Assert.All(_study.ReadTrials(), t => Assert.Equal((TrialState.Failed, 1), (t.State, t.Attempt)));

        var (retried, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2", "--retry-failed"], timeout: RunLimit);

        Assert.True(retried == 0, stderr);
        Assert.Contains("retry: 3 failed trial(s) queued again: 0, 1, 2", stderr);
        Assert.Contains("3 complete, 0 failed", stdout);
        var trials = _study.ReadTrials();
        Assert.Equal([0, 1, 2], trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal((TrialState.Complete, 2), (t.State, t.Attempt)));
    }
}
