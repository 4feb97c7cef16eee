using System.Text.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly StudyDirectory _study = new();

    [Fact]
    public async Task Four_workers_complete_exactly_the_budget()
    {
        var study = _study.WriteStudy(trials: 12);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "4"],
            new Dictionary<string, string> { ["EVAL_SLEEP"] = "0.2" });

        Assert.True(exitCode == 0, stderr);
        var trials = _study.ReadTrials();
        Assert.Equal(Enumerable.Range(trials[0].Number, 12), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.Equal(12, stdout.Split('\n').Count(l => l.StartsWith("trial ") && l.Contains(" complete ")));
        Assert.Contains("best y (minimize)", stdout);
        Assert.Contains(_study.Database, stdout);
    }

    [Fact]
    public async Task Killed_run_resumes_without_losing_or_duplicating_trials()
    {
        var study = _study.WriteStudy(trials: 16);
        var slow = new Dictionary<string, string> { ["EVAL_SLEEP"] = "0.3" };
        using (var killed = OptimizerProcess.Start(["run", study, "--workers", "4"], slow))
        {
            var complete = 0;
            await killed.WaitForLineAsync(line => line.Contains(" complete ") && ++complete == 5, Timeout);
            killed.Kill();
            await killed.WaitForExitAsync(Timeout);
        }
        Assert.Contains(_study.ReadTrials(), t => t.State == TrialState.Running);

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "4"], slow);

        Assert.True(exitCode == 0, stderr);
        var trials = _study.ReadTrials();
        Assert.Equal(Enumerable.Range(trials[0].Number, 16), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.Contains(trials, t => t.Attempt == 2);
    }

    [Fact]
    public async Task Export_while_a_run_writes_returns_valid_json()
    {
        var study = _study.WriteStudy(trials: 6);
        using var run = OptimizerProcess.Start(["run", study, "--workers", "2"], new Dictionary<string, string> { ["EVAL_SLEEP"] = "0.5" });
        await run.WaitForLineAsync(line => line.Contains(" complete "), Timeout);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["export", _study.Database, "--format", "json"]);

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement.EnumerateArray().First(t => t.GetProperty("state").GetString() == "complete");
        Assert.True(first.GetProperty("values").GetProperty("y").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Number, first.GetProperty("params").GetProperty("x").ValueKind);
        Assert.EndsWith("Z", first.GetProperty("finished_at").GetString());
        Assert.Equal(0, await run.WaitForExitAsync(Timeout));
    }

    [Fact]
    public async Task Ctrl_c_records_running_trials_as_interrupted_and_a_later_run_resumes_them()
    {
        var study = _study.WriteStudy(trials: 4);
        using (var run = await _study.StartRunWithRunningTrials(workers: 2, evalSleep: 60, running: 2, Timeout))
        {
            run.Interrupt();

            var interruptedExit = await run.WaitForExitAsync(Timeout);
            Assert.True(interruptedExit == 130, $"exit code {interruptedExit}, stderr: {run.Stderr}");
        }
        var interrupted = _study.ReadTrials().Where(t => t.State == TrialState.Interrupted).ToArray();
        Assert.Equal(2, interrupted.Length);
        Assert.All(interrupted, t => Assert.Null(t.Error));

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2"]);

        Assert.True(exitCode == 0, stderr);
        var trials = _study.ReadTrials();
        Assert.Equal(4, trials.Count);
        Assert.All(trials, t => Assert.Equal(TrialState.Complete, t.State));
        Assert.All(interrupted, i => Assert.Equal(2, trials.Single(t => t.Number == i.Number).Attempt));
    }

    public void Dispose() => _study.Dispose();
}
