using System.Text.Json;
using Microsoft.Playwright;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;
using Optimizer.StudyFiles;
using Optimizer.Viewer.Plots;

namespace Optimizer.Viewer.Tests;

/// <summary>Intermediate values in the API, the page's learning-curves panel and the curves figure; pruned trials shown as such.</summary>
public sealed class LearningCurvesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.OneObjective);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ViewerServer? _viewer;

    private static Dictionary<string, double> Loss(double loss) => new() { ["loss"] = loss };

    public async Task InitializeAsync()
    {
        foreach (var (x, final) in new[] { (0.2, 0.3), (0.4, 0.2) })
        {
            var running = _store.StartTrial(x);
            for (var step = 1; step <= 3; step++)
                _store.Report(running, step, Loss(final + 1.0 / step));
            _store.CompleteRunning(running, Loss(final), 4);
        }
        var stopped = _store.StartTrial(0.9, "local-2");
        _store.Report(stopped, 1, Loss(2.5));
        _store.Prune(stopped, 2);
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0), SqliteStudyOpener.Instance);
    }

    [Fact]
    public async Task Trials_carry_their_intermediate_values_by_step()
    {
        using var trials = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_viewer!.Url, "api/trials")));

        var curves = trials.RootElement.EnumerateArray().Select(t => (
            t.GetProperty("state").GetString(),
            t.GetProperty("intermediate").EnumerateArray().Select(p => (p.GetProperty("step").GetInt32(), p.GetProperty("loss").GetDouble())).ToArray()));
        Assert.Equal([("complete", 3), ("complete", 3), ("pruned", 1)], curves.Select(c => (c.Item1, c.Item2.Length)));
        Assert.Equal((1, 2.5), curves.Last().Item2.Single());
    }

    [Fact]
    public void The_curves_figure_is_written()
    {
        var output = System.IO.Path.ChangeExtension(_store.Path, "curves.png");
        var trials = _store.Trials();
        using var store = SqliteStudyStore.Open(_store.Path, readOnly: true);

        FigureWriter.Write(StudyFileLoader.Parse(StudyStoreFile.OneObjective, "study.yaml"), trials, new FigureRequest(FigureKind.Curves, output, 640, 480),
            CurrentAttemptReports.Of(store, trials));

        Assert.Equal((640, 480), ImageFile.PngSize(output));
    }

    [BrowserFact]
    public async Task The_page_draws_a_curve_per_trial_that_reported_and_lists_the_pruned_trial_by_its_state()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await page.GotoAsync(_viewer!.Url.ToString());

        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-curves", "3");
        await Assertions.Expect(page.Locator("#curves-chart canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#trial-table tr.pruned")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#trial-table tr.pruned")).ToContainTextAsync("pruned");
        var widths = await page.EvaluateAsync<double[]>(
            "() => echarts.getInstanceByDom(document.getElementById('curves-chart')).getOption().series.map(s => s.lineStyle.opacity)");
        Assert.Equal([0.9, 0.9, 0.5], widths);
    }

    public async Task DisposeAsync()
    {
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _http.Dispose();
        _store.Dispose();
    }
}
