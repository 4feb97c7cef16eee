using System.Net;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

/// <summary>One store, one writer: a second process is refused at once; a dead one's lease is taken over; two stores never mix.</summary>
public sealed class StoreLeaseTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly StudyDirectory _study = new();

    [Fact]
    public async Task Two_stores_of_one_study_file_run_at_once_keep_their_own_values()
    {
        var study = _study.WriteStudy(trials: 3);
        var (a, b) = (Path.Combine(_study.Path, "a.db"), Path.Combine(_study.Path, "b.db"));
        // Each evaluation writes its result file, then waits: the other run's evaluation of the same trial number
        // writes in between, so a shared trial directory would hand one run the other's value.
        Dictionary<string, string> Evaluation(int offset) => new() { ["EVAL_MODE"] = "file", ["EVAL_SLEEP"] = "1", ["EVAL_OFFSET"] = $"{offset}" };

        var runA = OptimizerProcess.RunAsync(["run", study, "--storage", a, "--workers", "1"], Evaluation(0));
        var runB = OptimizerProcess.RunAsync(["run", study, "--storage", b, "--workers", "1"], Evaluation(1000));
        var results = await Task.WhenAll(runA, runB);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
        var (trialsA, trialsB) = (StudyDirectory.ReadTrials(a), StudyDirectory.ReadTrials(b));
        Assert.All(trialsA, t => Assert.InRange(t.Values["y"], 0, 2));
        Assert.All(trialsB, t => Assert.InRange(t.Values["y"], 1000, 1002));
        Assert.Equal(3, trialsA.Count(t => t.State == TrialState.Complete));
        Assert.Equal(3, trialsB.Count(t => t.State == TrialState.Complete));
    }

    [Fact]
    public async Task Second_run_on_a_store_in_use_is_refused_at_once_naming_the_holder()
    {
        var study = _study.WriteStudy(trials: 4);
        using var first = await _study.StartRunWithRunningTrials(workers: 2, evalSleep: 30, running: 2, Timeout);
        var before = States();

        var started = DateTime.UtcNow;
        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2"]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"is in use by pid {first.Id} on host {Dns.GetHostName()}", stderr);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "refused at once, not after the first run's trials");
        Assert.Equal(before, States());
        first.Interrupt();
        var firstExit = await first.WaitForExitAsync(Timeout);
        Assert.True(firstExit == 130, $"exit code {firstExit}, stderr: {first.Stderr}");
    }

    [Fact]
    public async Task Lease_of_a_killed_run_is_taken_over()
    {
        var study = _study.WriteStudy(trials: 2);
        int killedPid;
        using (var killed = await _study.StartRunWithRunningTrials(workers: 2, evalSleep: 30, running: 1, Timeout))
        {
            killedPid = killed.Id;
            killed.Kill();
            await killed.WaitForExitAsync(Timeout);
        }

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "2"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"took over the lease of pid {killedPid} on host", stderr);
        Assert.All(_study.ReadTrials(), t => Assert.Equal(TrialState.Complete, t.State));
    }

    [Fact]
    public async Task Run_that_ends_releases_its_lease_for_the_next()
    {
        var study = _study.WriteStudy(trials: 1);
        Assert.Equal(0, (await OptimizerProcess.RunAsync(["run", study, "--quiet"])).ExitCode);

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["run", study, "--trials", "2", "--quiet"]);

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("took over", stderr);
        Assert.Equal(2, _study.ReadTrials().Count);
    }

    public void Dispose() => _study.Dispose();

    private (int, TrialState, int)[] States() => _study.ReadTrials().Select(t => (t.Number, t.State, t.Attempt)).ToArray();
}
