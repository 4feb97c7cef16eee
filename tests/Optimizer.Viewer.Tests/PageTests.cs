using System.Text.Json;
using Microsoft.Playwright;

namespace Optimizer.Viewer.Tests;

/// <summary>
/// The page in a real browser over a store that the test keeps writing, as a running study would. Set
/// <c>OPTIMIZER_SCREENSHOTS</c> to a directory to keep screenshots of what the tests saw.
/// </summary>
public sealed class PageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string FrontSeries = "(id) => echarts.getInstanceByDom(document.getElementById(id)).getOption().series.find(s => s.name === 'Pareto front')";
    private static readonly string? ScreenshotDirectory = Environment.GetEnvironmentVariable("OPTIMIZER_SCREENSHOTS");

    private readonly StudyStoreFile _store = new(StudyStoreFile.TwoObjectives);
    private ViewerServer? _viewer;
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        // 24 trials on 3 workers: a front, dominated and infeasible trials (latency over 50) and one failure.
        var random = new Random(7);
        for (var i = 0; i < 24; i++)
        {
            var x = random.NextDouble();
            var (worker, from) = ($"local-{i % 3 + 1}", i / 3 * 2.0 + random.NextDouble() * 0.3);
            if (i == 10)
                _store.Fail(x, "exit code 1: CUDA out of memory", worker, from, from + 0.8);
            else
                _store.Complete(x, Values.Of(auc: 0.8 + 0.15 * Math.Sqrt(x) - 0.03 * random.NextDouble(), luts: 50 + 1000 * x * x,
                    latency: 20 + 45 * x), worker, from, from + 1 + random.NextDouble());
        }
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0) { PollInterval = TimeSpan.FromMilliseconds(100) }, SqliteStudyOpener.Instance);
        _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await Page.GotoAsync(_viewer.Url.ToString());
        await Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-trials", "24");
    }

    [BrowserFact]
    public async Task Page_shows_the_study_every_panel_and_the_failure_reason()
    {
        await Assertions.Expect(Page.Locator("#study-name")).ToHaveTextAsync("trigger");
        await Assertions.Expect(Page.Locator("#live-status")).ToHaveTextAsync("live");
        foreach (var chart in new[] { "#pareto-chart", "#history-chart", "#timeline-chart", "#parallel-chart" })
            await Assertions.Expect(Page.Locator($"{chart} canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#trial-table tbody tr")).ToHaveCountAsync(24);
        await Assertions.Expect(Page.Locator("#trial-table tr.failed")).ToContainTextAsync("CUDA out of memory");
        await Screenshot("viewer-page.png", fullPage: true);
    }

    [BrowserFact]
    public async Task Pareto_chart_shows_as_many_front_points_as_the_api()
    {
        var api = await FrontFromApi();

        var shown = await Page.EvaluateAsync<int>($"id => ({FrontSeries})(id).data.length", "pareto-chart");

        Assert.True(api > 1, "the test study should have a front of several trials");
        Assert.Equal(api, shown);
    }

    [BrowserFact]
    public async Task Hovering_a_front_point_shows_the_trials_parameters_and_clicking_opens_it()
    {
        var (x, y, number) = await FrontPointPosition(0);

        await Page.Mouse.MoveAsync(x, y);

        var tooltip = Page.Locator("#pareto-chart").GetByText($"trial {number} (complete)");
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#pareto-chart")).ToContainTextAsync("booster = gbdt");
        await Assertions.Expect(Page.Locator("#pareto-chart")).ToContainTextAsync("lr = 0.01");
        await Screenshot("viewer-hover.png", fullPage: false);

        await Page.Mouse.ClickAsync(x, y);

        await Assertions.Expect(Page.Locator("#trial-dialog")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#trial-details h3")).ToHaveTextAsync($"Trial {number}");
        await Screenshot("viewer-trial.png", fullPage: false);
    }

    [BrowserFact]
    public async Task Trial_completed_in_the_store_while_the_page_is_open_appears_without_reload()
    {
        var frontBefore = await FrontFromApi();

        // Better than every trial in both objectives and feasible: it must join the front and dominate the rest.
        _store.Complete(0.3, Values.Of(auc: 0.99, luts: 10), "local-4", 60, 61);

        await Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-trials", "25");
        await Assertions.Expect(Page.Locator("#trial-table tbody tr")).ToHaveCountAsync(25);
        Assert.Equal(1, await FrontFromApi());
        Assert.NotEqual(1, frontBefore);
        Assert.Equal(1, await Page.EvaluateAsync<int>($"id => ({FrontSeries})(id).data.length", "pareto-chart"));
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
            await _page.CloseAsync();
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _store.Dispose();
    }

    private async Task<int> FrontFromApi()
    {
        using var http = new HttpClient();
        using var pareto = JsonDocument.Parse(await http.GetStringAsync(new Uri(_viewer!.Url, "api/pareto")));
        return pareto.RootElement.GetArrayLength();
    }

    // Page coordinates of the index-th front point and its trial number, from ECharts' own coordinate system.
    private async Task<(float X, float Y, int Number)> FrontPointPosition(int index)
    {
        var point = await Page.EvaluateAsync<double[]>($$"""
            ([id, index]) => {
              const chart = echarts.getInstanceByDom(document.getElementById(id));
              const item = ({{FrontSeries}})(id).data[index];
              const [x, y] = chart.convertToPixel({ seriesName: 'Pareto front' }, item.value);
              const box = document.getElementById(id).getBoundingClientRect();
              return [box.x + x, box.y + y, item.trial.number];
            }
            """, new object[] { "pareto-chart", index });
        return ((float)point[0], (float)point[1], (int)point[2]);
    }

    private async Task Screenshot(string name, bool fullPage)
    {
        if (ScreenshotDirectory is not null)
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name), FullPage = fullPage });
    }
}
