using System.Text.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Tests;

public sealed class ExportAndStatusTests : IDisposable
{
    private readonly StudyDirectory _study = new();

    [Fact]
    public async Task Csv_export_has_a_column_per_parameter_and_metric_and_status_summarizes_the_study()
    {
        var (ran, _, stderr) = await OptimizerProcess.RunAsync(["run", _study.WriteStudy(trials: 4), "--workers", "2", "--quiet"]);
        Assert.True(ran == 0, stderr);

        var (csvExit, csv, _) = await OptimizerProcess.RunAsync(["export", _study.Database, "--format", "csv"]);
        var (jsonExit, json, _) = await OptimizerProcess.RunAsync(["export", _study.Database]);
        var (statusExit, status, _) = await OptimizerProcess.RunAsync(["status", _study.Database]);

        Assert.Equal((0, 0, 0), (csvExit, jsonExit, statusExit));
        var lines = csv.TrimEnd().Split('\n');
        Assert.Equal("number,state,attempt,worker,started_at,finished_at,params.x,params.n,values.y,recommended,last_step,error", lines[0]);
        Assert.Equal(5, lines.Length);
        using var trials = JsonDocument.Parse(json);
        Assert.Equal(4, trials.RootElement.GetArrayLength());
        Assert.Equal(["number", "state", "params", "values", "attempt", "worker", "started_at", "finished_at", "error",
                "proposal_seconds", "queue_wait_seconds", "evaluation_seconds", "recommended", "intermediate"],
            trials.RootElement[0].EnumerateObject().Select(p => p.Name));
        Assert.Contains("demo", status);
        Assert.Contains("best y (minimize)", status);
        Assert.Contains("worker utilization", status);
        var best = _study.ReadTrials().MinBy(t => t.Values["y"])!;
        Assert.Contains($"(trial {best.Number}: x={NumberText.Format(best.Parameters["x"].Number)}, n={best.Parameters["n"]})", status);
        var definition = StudyFiles.StudyFileLoader.Load(_study.StudyFile);
        var recommended = Recommendation.FromTrials(definition.Space, definition.Objectives[0], _study.ReadTrials())!;
        Assert.Contains("recommended y (posterior mean)", status);
        Assert.Contains($"{NumberText.Format(recommended.PredictedValue)} ± {NumberText.Format(recommended.PredictedStandardDeviation)} predicted (trial {recommended.Trial.Number}: ", status);
        Assert.Equal([recommended.Trial.Number],
            trials.RootElement.EnumerateArray().Where(t => t.GetProperty("recommended").GetBoolean()).Select(t => t.GetProperty("number").GetInt32()));
        Assert.Equal([$"{recommended.Trial.Number}"], lines.Skip(1).Select(l => l.Split(',')).Where(f => f[^3] == "true").Select(f => f[0]));
        Assert.All(lines.Skip(1).Select(l => l.Split(',')[^3]), field => Assert.Contains(field, new[] { "true", "false" }));
    }

    [Fact]
    public async Task Exports_of_a_two_objective_study_mark_the_trials_no_other_trial_dominates()
    {
        _study.WriteRaw($$"""
            name: demo
            parameters:
              - {name: x, type: float, low: 0, high: 1}
              - {name: n, type: int, low: 0, high: 4}
            objectives:
              - {name: y, direction: minimize}
              - {name: far, direction: maximize, expression: "x"}
            evaluator:
              command: [python3, "{{StudyDirectory.Script}}", --x, "{x}", --n, "{n}"]
            budget: {trials: 8}
            strategy: {kind: sobol}
            """);
        var (ran, _, stderr) = await OptimizerProcess.RunAsync(["run", _study.StudyFile, "--workers", "2", "--quiet"]);
        Assert.True(ran == 0, stderr);

        var (csvExit, csv, _) = await OptimizerProcess.RunAsync(["export", _study.Database, "--format", "csv"]);
        var (jsonExit, json, _) = await OptimizerProcess.RunAsync(["export", _study.Database]);

        Assert.Equal((0, 0), (csvExit, jsonExit));
        var stored = _study.ReadTrials();
        bool Dominates(Trial a, Trial b) =>
            a.Values["y"] <= b.Values["y"] && a.Values["far"] >= b.Values["far"] && (a.Values["y"] < b.Values["y"] || a.Values["far"] > b.Values["far"]);
        var front = stored.Where(t => !stored.Any(other => Dominates(other, t))).Select(t => t.Number).Order().ToArray();
        using var trials = JsonDocument.Parse(json);
        Assert.Equal(front, trials.RootElement.EnumerateArray().Where(t => t.GetProperty("pareto").GetBoolean()).Select(t => t.GetProperty("number").GetInt32()).Order());
        Assert.False(trials.RootElement[0].TryGetProperty("recommended", out _));
        var lines = csv.TrimEnd().Split('\n');
        Assert.Equal("number,state,attempt,worker,started_at,finished_at,params.x,params.n,values.y,values.far,pareto,last_step,error", lines[0]);
        Assert.Equal(front, lines.Skip(1).Select(l => l.Split(',')).Where(f => f[^3] == "true").Select(f => int.Parse(f[0])).Order());
    }

    [Fact]
    public async Task Export_of_a_missing_file_exits_2()
    {
        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["export", Path.Combine(_study.Path, "missing.db")]);

        Assert.Equal(2, exitCode);
        Assert.Contains("missing.db", stderr);
    }

    public void Dispose() => _study.Dispose();
}
