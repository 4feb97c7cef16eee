using System.Text.Json;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>
/// Early stopping with real processes: the evaluator (Scripts/evaluate.py) reports y + 1/t at each step; ASHA at steps
/// 1 and 3 of 9 stops the trials outside the top third of their rung.
/// </summary>
public sealed class EarlyStoppingTests : IDisposable
{
    private const string Asha = "{kind: asha, min_step: 1, max_step: 9, reduction_factor: 3, grace: 2s}";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly StudyDirectory _study = new();
    private readonly ClusterProcesses _cluster;

    public EarlyStoppingTests() => _cluster = new ClusterProcesses(_study);

    [Fact]
    public async Task A_run_prunes_trials_keeps_their_curves_and_export_and_status_show_them()
    {
        var study = _study.WriteStudy(trials: 9, earlyStopping: Asha);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "3"],
            new Dictionary<string, string> { ["EVAL_SLEEP"] = "0.5" });

        Assert.True(exitCode == 0, stderr);
        var trials = _study.ReadTrials();
        Assert.Equal(9, trials.Count);
        Assert.All(trials, t => Assert.True(t.State is TrialState.Complete or TrialState.Pruned, $"trial {t.Number} is {t.State}"));
        var pruned = trials.Where(t => t.State == TrialState.Pruned).ToArray();
        Assert.NotEmpty(pruned);
        Assert.Contains(" pruned, ", stdout);
        var (_, json, _) = await OptimizerProcess.RunAsync(["export", _study.Database]);
        using var exported = JsonDocument.Parse(json);
        foreach (var trial in exported.RootElement.EnumerateArray())
        {
            var steps = trial.GetProperty("intermediate").EnumerateArray().Select(p => p.GetProperty("step").GetInt32()).ToArray();
            Assert.Equal(Enumerable.Range(1, steps.Length), steps);
            if (trial.GetProperty("state").GetString() == "pruned")
                Assert.Contains(steps.Length, new[] { 1, 3 });   // stopped at a rung, where ASHA judges
            else
                Assert.Equal(9, steps.Length);
        }
        var (_, status, _) = await OptimizerProcess.RunAsync(["status", _study.Database]);
        Assert.Matches($@"pruned\s*│\s*{pruned.Length}\b", status);
        var (_, csv, _) = await OptimizerProcess.RunAsync(["export", _study.Database, "--format", "csv"]);
        Assert.Contains(",last_step,intermediate.y,", csv.Split('\n')[0]);
    }

    [Fact]
    public async Task A_killed_coordinator_keeps_every_pruning_decision_and_its_restart_takes_none_twice()
    {
        _study.WriteStudy(trials: 10, earlyStopping: Asha);
        var killed = _cluster.StartCoordinator();
        var worker = _cluster.StartWorker("gpu-01", 2.0, slots: 3);
        await Eventually.True(() => Trials().Any(t => t.State == TrialState.Pruned), Timeout, "a pruned trial");
        var prunedBefore = Trials().Where(t => t.State == TrialState.Pruned).Select(t => t.Number).ToArray();

        killed.Kill();
        await killed.WaitForExitAsync(Timeout);
        var restarted = _cluster.StartCoordinator();

        Assert.Equal(0, await restarted.WaitForExitAsync(Timeout));
        Assert.Equal(0, await worker.WaitForExitAsync(Timeout));
        var trials = _study.ReadTrials();
        Assert.Equal(Enumerable.Range(0, 10), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.True(t.IsTerminal, $"trial {t.Number} is {t.State}"));
        Assert.All(prunedBefore, n => Assert.Equal((TrialState.Pruned, 1), (trials[n].State, trials[n].Attempt)));
        using var store = SqliteStudyStore.Open(_study.Database, readOnly: true);
        foreach (var trial in trials.Where(t => t.State == TrialState.Pruned))
        {
            var steps = store.IntermediateReports(trial.Number).Where(r => r.Attempt == trial.Attempt).Select(r => r.Step).ToArray();
            Assert.Contains(steps.Max(), new[] { 1, 3 });  // pruned once, at a rung: no report after its decision was stored
        }
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _study.Dispose();
    }

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
}
