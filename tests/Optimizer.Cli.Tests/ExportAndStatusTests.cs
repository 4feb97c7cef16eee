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
        Assert.Equal("number,state,attempt,worker,started_at,finished_at,params.x,params.n,values.y,last_step,error", lines[0]);
        Assert.Equal(5, lines.Length);
        using var trials = JsonDocument.Parse(json);
        Assert.Equal(4, trials.RootElement.GetArrayLength());
        Assert.Equal(["number", "state", "params", "values", "attempt", "worker", "started_at", "finished_at", "error",
                "proposal_seconds", "queue_wait_seconds", "evaluation_seconds", "intermediate"],
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
