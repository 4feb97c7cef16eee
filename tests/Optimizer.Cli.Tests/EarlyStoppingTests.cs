using System.Text.Json;
using Microsoft.Data.Sqlite;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

/// <summary>
/// Early stopping with real processes: the evaluator (Scripts/evaluate.py) reports y + 1/t at each step; ASHA at steps
/// 1 and 3 of 9 stops the trials outside the top third of their rung.
/// </summary>
public sealed class EarlyStoppingTests : ClusterStudyTests
{
    private const string Asha = "{kind: asha, min_step: 1, max_step: 9, reduction_factor: 3, grace: 2s}";

    [Fact]
    public async Task A_run_prunes_trials_keeps_their_curves_and_export_and_status_show_them()
    {
        var study = Study.WriteStudy(trials: 9, earlyStopping: Asha);

        var (exitCode, stdout, stderr) = await OptimizerProcess.RunAsync(["run", study, "--workers", "3"],
            new Dictionary<string, string> { ["EVAL_SLEEP"] = "0.5" });

        Assert.True(exitCode == 0, stderr);
        var trials = Study.ReadTrials();
        Assert.Equal(9, trials.Count);
        Assert.All(trials, t => Assert.True(t.State is TrialState.Complete or TrialState.Pruned, $"trial {t.Number} is {t.State}"));
        var pruned = trials.Where(t => t.State == TrialState.Pruned).ToArray();
        Assert.NotEmpty(pruned);
        Assert.Contains(" pruned, ", stdout);
        var (_, json, _) = await OptimizerProcess.RunAsync(["export", Study.Database]);
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
        var (_, status, _) = await OptimizerProcess.RunAsync(["status", Study.Database]);
        Assert.Matches($@"pruned\s*│\s*{pruned.Length}\b", status);
        var (_, csv, _) = await OptimizerProcess.RunAsync(["export", Study.Database, "--format", "csv"]);
        Assert.Contains(",last_step,intermediate.y,", csv.Split('\n')[0]);
    }

    [Fact]
    public async Task A_killed_coordinator_keeps_every_pruning_decision_and_its_restart_takes_none_twice()
    {
        Study.WriteStudy(trials: 10, earlyStopping: Asha);
        var killed = Cluster.StartCoordinator();
        var worker = Cluster.StartWorker("gpu-01", 2.0, slots: 3);
        await Eventually.True(() => Study.TrialsSoFar().Any(t => t.State == TrialState.Pruned), StudyTimeout, "a pruned trial");
        var prunedBefore = Study.TrialsSoFar().Where(t => t.State == TrialState.Pruned).Select(t => t.Number).ToArray();

        killed.Kill();
        await killed.WaitForExitAsync(StudyTimeout);
        var restarted = Cluster.StartCoordinator();

        Assert.Equal(0, await restarted.WaitForExitAsync(StudyTimeout));
        Assert.Equal(0, await worker.WaitForExitAsync(StudyTimeout));
        var trials = Study.ReadTrials();
        Assert.Equal(Enumerable.Range(0, 10), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.True(t.IsTerminal, $"trial {t.Number} is {t.State}"));
        Assert.All(prunedBefore, n => Assert.Equal((TrialState.Pruned, 1), (trials[n].State, trials[n].Attempt)));
        using var store = SqliteStudyStore.Open(Study.Database, readOnly: true);
        foreach (var trial in trials.Where(t => t.State == TrialState.Pruned))
        {
            var steps = store.IntermediateReports(trial.Number).Where(r => r.Attempt == trial.Attempt).Select(r => r.Step).ToArray();
            Assert.Contains(steps.Max(), new[] { 1, 3 });  // pruned once, at a rung: no report after its decision was stored
        }
    }

    [Fact]
    public async Task A_killed_workers_pruning_decisions_stand_its_lost_trial_runs_again_once_and_no_report_is_stored_twice()
    {
        // Ranked values (trial 0 best at every step): trial 0 is never pruned and hangs after step 2 on the victim, whose
        // other slot runs the rest, so trial 2 at the latest is pruned at rung 1 (two better trials before it).
        Study.WriteStudy(trials: 6, timeout: "10m", earlyStopping: Asha);
        var coordinator = Cluster.StartCoordinator();
        var victim = Cluster.StartWorker("victim", 0.9, slots: 2,
            evaluation: new Dictionary<string, string> { ["EVAL_RANKED"] = "1", ["EVAL_HANG_TRIAL"] = "0" });
        await Eventually.True(() => Study.TrialsSoFar() is var t && t.Any(p => p.State == TrialState.Pruned) && StoredSteps(0, attempt: 1).Length == 2
            && t[0].State == TrialState.Running, OptimizerProcess.HangBound, "trial 0 hanging at step 2 beside a pruned trial");

        victim.Kill();
        await victim.WaitForExitAsync(OptimizerProcess.HangBound);
        // Only the victim has worked so far: what it left pruned, and what it left running (queued again if already noticed).
        var atKill = Study.TrialsSoFar();
        var prunedAtKill = atKill.Where(t => t.State == TrialState.Pruned).Select(t => t.Number).ToArray();
        var lost = atKill.Where(t => t.State == TrialState.Running || t is { State: TrialState.Queued, Attempt: 2 }).Select(t => t.Number).ToArray();
        var survivor = Cluster.StartWorker("survivor", 0.9, evaluation: new Dictionary<string, string> { ["EVAL_RANKED"] = "1" });

        Assert.Equal(0, await coordinator.WaitForExitAsync(OptimizerProcess.HangBound));
        Assert.Equal(0, await survivor.WaitForExitAsync(OptimizerProcess.HangBound));
        var trials = Study.ReadTrials();
        Assert.Equal(Enumerable.Range(0, 6), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.True(t.State is TrialState.Complete or TrialState.Pruned, $"trial {t.Number} is {t.State}"));
        Assert.NotEmpty(prunedAtKill);
        Assert.All(prunedAtKill, n => Assert.Equal((TrialState.Pruned, 1, "1"), (trials[n].State, trials[n].Attempt, string.Join(',', StoredSteps(n, 1)))));
        Assert.Contains(0, lost);
        Assert.Equal((TrialState.Complete, 2, "survivor"), (trials[0].State, trials[0].Attempt, trials[0].Worker));
        Assert.Equal([1, 2], StoredSteps(0, attempt: 1));
        Assert.Equal(Enumerable.Range(1, 9), StoredSteps(0, attempt: 2));
        // A lost trial runs again once, on the survivor; one whose last report was still on its way when the victim died may
        // have been pruned by it instead. No other trial runs twice.
        Assert.All(lost, n => Assert.True(trials[n] is { Attempt: 2, Worker: "survivor" } or { Attempt: 1, State: TrialState.Pruned },
            $"lost trial {n} ended {trials[n].State} at attempt {trials[n].Attempt} on {trials[n].Worker}"));
        Assert.All(trials.Where(t => !lost.Contains(t.Number)), t => Assert.Equal(1, t.Attempt));
        foreach (var trial in trials)
            for (var attempt = 1; attempt <= trial.Attempt; attempt++)
                Assert.Equal(Enumerable.Range(1, StoredSteps(trial.Number, attempt).Length), StoredSteps(trial.Number, attempt));
        Assert.Empty(DuplicatedReportRows());
    }

    // The steps the store holds for one attempt of a trial, in order (empty while the store does not exist yet).
    private int[] StoredSteps(int number, int attempt)
    {
        if (!File.Exists(Study.Database))
            return [];
        using var store = SqliteStudyStore.Open(Study.Database, readOnly: true);
        return [.. store.IntermediateReports(number).Where(r => r.Attempt == attempt).Select(r => r.Step)];
    }

    // Rows of intermediate_values stored more than once for one (trial, attempt, step, metric): the reader would merge them.
    private List<string> DuplicatedReportRows()
    {
        using var connection = new SqliteConnection($"Data Source={Study.Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT trial, attempt, step, name, count(*) FROM intermediate_values GROUP BY trial, attempt, step, name HAVING count(*) > 1";
        using var reader = select.ExecuteReader();
        var duplicates = new List<string>();
        while (reader.Read())
            duplicates.Add($"trial {reader.GetInt32(0)} attempt {reader.GetInt32(1)} step {reader.GetInt32(2)} {reader.GetString(3)}: {reader.GetInt64(4)} rows");
        return duplicates;
    }
}
