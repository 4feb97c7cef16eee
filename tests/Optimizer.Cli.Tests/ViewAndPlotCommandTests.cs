using System.Buffers.Binary;
using System.Text.Json;
using Optimizer.Core.Space;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Cli.Tests;

public sealed class ViewAndPlotCommandTests : IDisposable
{
    private readonly StudyDirectory _study = new();

    public ViewAndPlotCommandTests()
    {
        _study.WriteStudy(trials: 3);
        using var store = SqliteStudyStore.Create(_study.Database, File.ReadAllText(_study.StudyFile));
        var start = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        foreach (var (x, y) in new[] { (0.2, 1.5), (0.7, 0.5) })
        {
            var trial = store.Enqueue(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(x), ["n"] = ParameterValue.Of(1) });
            store.Start(trial.Number, "local-1", start);
            store.Complete(trial.Number, 1, new Dictionary<string, double> { ["y"] = y }, start.AddSeconds(2));
            start = start.AddSeconds(2);
        }
    }

    [Fact]
    public async Task View_prints_its_url_and_serves_the_study_read_only()
    {
        using var viewer = OptimizerProcess.Start(["view", _study.Database, "--port", "0", "--no-browser"]);
        await viewer.WaitForLineAsync(line => line.StartsWith("Viewing study 'demo' at http://127.0.0.1:", StringComparison.Ordinal), OptimizerProcess.HangBound);
        var url = viewer.Stdout.Split(' ').Single(word => word.StartsWith("http://", StringComparison.Ordinal));

        using var http = new HttpClient();
        using var pareto = JsonDocument.Parse(await http.GetStringAsync(new Uri(new Uri(url), "api/pareto")));
        var page = await http.GetStringAsync(url);

        Assert.Equal([1], pareto.RootElement.EnumerateArray().Select(t => t.GetProperty("number").GetInt32()));
        Assert.Contains("<script src=\"lib/echarts.min.js\">", page);
        viewer.Interrupt();
        Assert.Equal(0, await viewer.WaitForExitAsync(OptimizerProcess.HangBound));
    }

    [Fact]
    public async Task Plot_writes_a_png_of_the_requested_size()
    {
        var figure = Path.Combine(_study.Path, "history.png");

        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(
            ["plot", _study.Database, "--kind", "history", "-o", figure, "--width", "500", "--height", "300"]);

        Assert.True(exitCode == 0, stderr);
        var bytes = File.ReadAllBytes(figure);
        Assert.Equal("\x89PNG", System.Text.Encoding.Latin1.GetString(bytes, 0, 4));
        Assert.Equal((500, 300), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
    }

    [Fact]
    public async Task Plot_of_an_unknown_kind_exits_2_naming_the_kinds()
    {
        var (exitCode, _, stderr) = await OptimizerProcess.RunAsync(["plot", _study.Database, "--kind", "heatmap", "-o", "x.png"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("pareto, history, timeline, parallel or curves", stderr);
    }

    public void Dispose() => _study.Dispose();
}
