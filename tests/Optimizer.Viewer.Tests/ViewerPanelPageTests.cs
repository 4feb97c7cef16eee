using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Optimizer.Viewer.Tests;

/// <summary>
/// The page of a single-objective study without constraints, whose evaluator reports more metrics than the study
/// asks for: words that fit it, every metric in the table, log toggles, importance, slices, the favicon. Set
/// <c>OPTIMIZER_SCREENSHOTS</c> to a directory to keep screenshots of what the tests saw.
/// </summary>
public sealed class ViewerPanelPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly string? ScreenshotDirectory = Environment.GetEnvironmentVariable("OPTIMIZER_SCREENSHOTS");
    private readonly StudyStoreFile _store = new(StudyStoreFile.OneObjective);
    private ViewerServer? _viewer;
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        // The loss falls by four decades towards x = 0; the evaluator also reports its epochs and memory.
        for (var i = 0; i < 12; i++)
        {
            var x = (i + 0.5) / 12;
            _store.Complete(x, new Dictionary<string, double> { ["loss"] = Math.Pow(10, 4 * x - 3), ["epochs"] = 10 + i, ["peak_memory_mb"] = 900 + i },
                $"local-{i % 2 + 1}", i, i + 1.5);
        }
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0) { PollInterval = TimeSpan.FromMilliseconds(100) }, SqliteStudyOpener.Instance);
        _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await Page.GotoAsync(_viewer.Url.ToString());
        await Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-trials", "12");
    }

    [BrowserFact]
    public async Task A_single_objective_study_without_constraints_never_speaks_of_fronts_or_feasibility()
    {
        var text = await Page.EvaluateAsync<string>("() => document.querySelector('main').innerText");
        var legends = await Page.EvaluateAsync<string[]>("""
            () => ['pareto-chart', 'parallel-chart'].flatMap(id => echarts.getInstanceByDom(document.getElementById(id)).getOption().series.map(s => s.name))
            """);

        Assert.DoesNotContain("Pareto", text);
        Assert.DoesNotContain("front", text);
        Assert.DoesNotContain("infeasible", text);
        Assert.Contains("loss per trial (best marked)", text);
        Assert.Equal(["trials", "best", "other trials", "best"], legends);
        await Screenshot("viewer-single-objective.png");
    }

    [BrowserFact]
    public async Task The_header_names_the_recommended_trial_and_its_row_is_marked()
    {
        // The loss grows with x: the posterior mean is lowest at the first trial (x = 1/24).
        // The sd to two significant digits, the value to the same decimal place.
        await Assertions.Expect(Page.Locator("#study-summary")).ToContainTextAsync(
            new Regex(@"recommended #0: loss -?\d+(\.\d+)? ± (0\.0*[1-9]\d|[1-9]\.\d|[1-9]\d(0*)) \(posterior mean\)"));
        var summary = await Page.Locator("#study-summary").TextContentAsync();
        var (value, sd) = (summary!.Split("recommended #0: loss ")[1].Split(" ± ")[0], summary.Split(" ± ")[1].Split(' ')[0]);
        Assert.Equal(sd.Contains('.') ? sd.Split('.')[1].Length : 0, value.Contains('.') ? value.Split('.')[1].Length : 0);

        var marked = await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#trial-table tr.recommended')].map(tr => tr.dataset.number)");

        Assert.Equal(["0"], marked);
    }

    [BrowserFact]
    public async Task Every_reported_metric_has_a_column_and_a_narrow_window_scrolls_the_table_sideways()
    {
        var header = await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#trial-table th')].map(th => th.textContent)");
        Assert.Equal(["loss", "epochs", "peak_memory_mb"], header.SkipWhile(h => h != "loss").TakeWhile(h => h != "error"));
        await Assertions.Expect(Page.Locator("#trial-table tbody tr").First).ToContainTextAsync("900");

        await Page.SetViewportSizeAsync(500, 900);
        // The charts follow the window on its resize event; once they have, the page itself must fit the window.
        await Page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        var scroll = await Page.EvaluateAsync<double[]>("""
            () => {
              const box = document.querySelector('#table-panel .table-scroll');
              box.scrollLeft = box.scrollWidth;
              return [box.scrollWidth, box.clientWidth, box.scrollLeft, document.documentElement.scrollWidth, window.innerWidth];
            }
            """);

        Assert.True(scroll[0] > scroll[1], "the table should be wider than its box at 500 px");
        Assert.True(scroll[2] > 0, "the table box should scroll sideways");
        Assert.True(scroll[3] <= scroll[4] + 1, "the page itself should not overflow: the table scrolls inside its box");
    }

    [BrowserFact]
    public async Task Log_toggles_switch_their_axis_and_wait_for_positive_values()
    {
        const string axisTypes = "id => (o => [o.xAxis[0].type, o.yAxis[0].type])(echarts.getInstanceByDom(document.getElementById(id)).getOption())";
        Assert.Equal(["value", "value"], await Page.EvaluateAsync<string[]>(axisTypes, "pareto-chart"));

        await Page.Locator("#pareto-log-y").CheckAsync();
        await Page.Locator("#history-log-y").CheckAsync();

        Assert.Equal(["value", "log"], await Page.EvaluateAsync<string[]>(axisTypes, "pareto-chart"));
        Assert.Equal(["value", "log"], await Page.EvaluateAsync<string[]>(axisTypes, "history-chart"));
        await Assertions.Expect(Page.Locator("#pareto-log-x-label")).ToBeHiddenAsync();
        await Screenshot("viewer-log-axis.png");
    }

    [BrowserFact]
    public async Task Importance_shows_the_servers_shares_and_slices_one_chart_per_parameter()
    {
        using var http = new HttpClient();
        using var api = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(_viewer!.Url, "api/importance")));
        var shares = api.RootElement.GetProperty("objectives")[0].GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("importance").GetDouble()).ToArray();

        var bars = await Page.EvaluateAsync<double[]>("() => echarts.getInstanceByDom(document.getElementById('importance-chart')).getOption().series[0].data");
        var slicePoints = await Page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('#slices-panel .slice')].map(n => echarts.getInstanceByDom(n).getOption().series[0].data.length)");

        Assert.Equal("PED-ANOVA", api.RootElement.GetProperty("method").GetString());
        Assert.Equal([1.0], shares);
        Assert.Equal(shares.Reverse(), bars);
        Assert.Equal([12], slicePoints);
        await Screenshot("viewer-importance.png", "#importance-panel");
    }

    [BrowserFact]
    public async Task The_page_has_a_favicon_of_its_own()
    {
        var href = await Page.EvaluateAsync<string>("() => document.querySelector('link[rel=icon]').href");
        var icon = await Page.APIRequest.GetAsync(href);

        Assert.Equal(200, icon.Status);
        Assert.StartsWith("image/svg+xml", icon.Headers["content-type"]);
        Assert.Contains("<svg", await icon.TextAsync());
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
            await _page.CloseAsync();
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _store.Dispose();
    }

    private async Task Screenshot(string name, string? selector = null)
    {
        if (ScreenshotDirectory is null)
            return;
        var path = Path.Combine(ScreenshotDirectory, name);
        if (selector is null)
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        else
            await Page.Locator(selector).ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
    }
}
