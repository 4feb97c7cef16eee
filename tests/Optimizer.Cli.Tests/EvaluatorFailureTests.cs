using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

public sealed class EvaluatorFailureTests : IDisposable
{
    // Generous for a loaded 2-core machine, where python3 alone may take a second to start: the hanging trial sleeps
    // far past the timeout, every other trial ends well within it.
    private const string TrialTimeout = "10s";
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly StudyDirectory _study = new();

    [Fact]
    public async Task Flaky_evaluator_failures_are_recorded_with_their_reasons_and_the_study_finishes()
    {
        var study = _study.WriteStudy(trials: 7, timeout: TrialTimeout);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "4"],
            new Dictionary<string, string> { ["EVAL_MODE"] = "flaky" }, RunLimit);

        Assert.True(exitCode == 0, stderr);
        var trials = _study.ReadTrials().ToDictionary(t => t.Number);
        Assert.Equal(7, trials.Count);
        Assert.Contains("exit code 3", trials[1].Error);
        Assert.Contains("segmentation fault (pretend)", trials[1].Error);
        Assert.Contains("no JSON object on stdout", trials[2].Error);
        Assert.Contains("NaN", trials[3].Error);
        Assert.Contains($"timed out after {TrialTimeout}", trials[4].Error);
        Assert.All(trials.Values, t => Assert.Equal(t.Number is >= 1 and <= 4 ? TrialState.Failed : TrialState.Complete, t.State));
        Assert.Contains("trial 4 failed", stdout);
    }

    [Fact]
    public async Task Ten_consecutive_failures_stop_the_study_with_exit_code_1_naming_the_command()
    {
        var study = _study.WriteStudy(trials: 30);

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2"],
            new Dictionary<string, string> { ["EVAL_MODE"] = "fail" }, RunLimit);

        Assert.Equal(1, exitCode);
        Assert.Contains("10 consecutive failed trials", stderr);
        Assert.Contains("python3", stderr);
        Assert.Contains("evaluate.py", stderr);
        Assert.True(_study.ReadTrials().Count(t => t.State == TrialState.Failed) >= 10);
    }

    public void Dispose() => _study.Dispose();
}
