using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

public sealed class EvaluatorFailureTests : IDisposable
{
    private readonly StudyDirectory _study = new();

    [Fact]
    public async Task Flaky_evaluator_failures_are_recorded_with_their_reasons_and_the_study_finishes()
    {
        var study = _study.WriteStudy(trials: 7, timeout: "1s");

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "4"],
            new Dictionary<string, string> { ["EVAL_MODE"] = "flaky" });

        Assert.True(exitCode == 0, stderr);
        var trials = _study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal(7, trials.Count);
        Assert.Contains("exit code 3", trials[1].Error);
        Assert.Contains("segmentation fault (pretend)", trials[1].Error);
        Assert.Contains("no JSON object on stdout", trials[2].Error);
        Assert.Contains("NaN", trials[3].Error);
        Assert.Contains("timed out after 1s", trials[4].Error);
        Assert.All(trials.Values, t => Assert.Equal(t.Number is >= 1 and <= 4 ? TrialState.Failed : TrialState.Complete, t.State));
        Assert.Contains("trial 4 failed", stdout);
    }

    [Fact]
    public async Task Ten_consecutive_failures_stop_the_study_with_exit_code_1_naming_the_command()
    {
        var study = _study.WriteStudy(trials: 30);

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2"],
            new Dictionary<string, string> { ["EVAL_MODE"] = "fail" });

        Assert.Equal(1, exitCode);
        Assert.Contains("10 consecutive failed trials", stderr);
        Assert.Contains("python3", stderr);
        Assert.Contains("evaluate.py", stderr);
        Assert.True(_study.ReadTrials().Count(t => t.State == TrialState.Failed) >= 10);
    }

    public void Dispose() => _study.Dispose();
}
