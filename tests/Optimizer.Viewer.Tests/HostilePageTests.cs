using Microsoft.Playwright;
using Optimizer.Core.Space;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Viewer.Tests;

/// <summary>
/// A study whose every name is markup that would run script if the page parsed it: the page shows it as text, its
/// tooltips too, and nothing runs (the title stays, no image element appears, the CSP reports no violation).
/// </summary>
public sealed class HostilePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Markup = "<img src=x onerror=document.title='pwned'>";
    private static readonly string Objective1 = Markup + "auc", Objective2 = Markup + "luts", Parameter = Markup + "x",
        Category = Markup + "kind", Choice = Markup + "choice", Worker = Markup + "worker", Error = Markup + "error",
        MetricKey = Markup + "metric";

    private static readonly string Definition = $$"""
        name: hostile
        parameters:
          - {name: "{{Parameter}}", type: float, low: 0, high: 1}
          - {name: "{{Category}}", type: categorical, choices: ["{{Choice}}", plain]}
        objectives:
          - {name: "{{Objective1}}", direction: maximize}
          - {name: "{{Objective2}}", direction: minimize}
        evaluator:
          command: [python3, train.py]
        budget: {trials: 20}
        strategy: {kind: sobol}

        """;

    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("optimizer-viewer-hostile-").FullName;
    private ViewerServer? _viewer;
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var path = Path.Combine(_directory, "hostile.db");
        using (var store = SqliteStudyStore.Create(path, Definition))
        {
            for (var i = 0; i < 6; i++)
            {
                var x = (i + 1) / 7.0;
                var trial = store.Start(store.Enqueue(Parameters(x)).Number, Worker, Start.AddSeconds(i));
                var values = new Dictionary<string, double> { [Objective1] = x, [Objective2] = x * x * (i % 2 + 1), [MetricKey] = i };
                store.Complete(trial.Number, trial.Attempt, values, Start.AddSeconds(i + 1));
            }
            var failed = store.Start(store.Enqueue(Parameters(0.5)).Number, Worker, Start.AddSeconds(7));
            store.Fail(failed.Number, failed.Attempt, Error, Start.AddSeconds(8));
        }
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(path, Port: 0), SqliteStudyOpener.Instance);
        _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await Page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));");
        await Page.GotoAsync(_viewer.Url.ToString());
        await Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-trials", "7");
    }

    [BrowserFact]
    public async Task Markup_in_every_name_is_shown_as_text_and_never_runs()
    {
        Assert.Equal([Objective1, Objective2], await Page.EvaluateAsync<string[]>("() => [...document.getElementById('pareto-x').options].map(o => o.text)"));
        var header = await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#trial-table th')].map(th => th.textContent)");
        Assert.Contains(Parameter, header);
        Assert.Contains(Category, header);
        await Assertions.Expect(Page.Locator("#trial-table tr.failed")).ToContainTextAsync(Error);
        await Assertions.Expect(Page.Locator("#trial-table tr.failed")).ToContainTextAsync(Worker);
        await Assertions.Expect(Page.Locator("#trial-table tbody")).ToContainTextAsync(Choice);

        await HoverAndExpect("pareto-chart", "({ seriesName: 'Pareto front' })", "chart.getOption().series.find(s => s.name === 'Pareto front').data[0].value", MetricKey);
        await Assertions.Expect(Page.Locator("#pareto-chart")).ToContainTextAsync($"{Parameter} = ");
        await Assertions.Expect(Page.Locator("#pareto-chart")).ToContainTextAsync($"{Category} = ");
        await HoverAndExpect("history-chart", "({ seriesIndex: 0 })", "chart.getOption().series[0].data[2]", "hypervolume = ");
        await HoverAndExpect("timeline-chart", "({ gridIndex: 0 })",
            "(v => [(v[1] + v[2]) / 2, v[0]])(chart.getOption().series[0].data[0].value)", $"on {Worker}");

        await HoverAndExpect("slice-0", "({ seriesIndex: 0 })", "chart.getOption().series[0].data[0].value", $"{Parameter} = ");
        await HoverAndExpect("importance-chart", "({ seriesIndex: 0 })", "(d => [d[d.length - 1] / 2, d.length - 1])(chart.getOption().series[0].data)", Markup);

        await Page.Locator("#trial-table tr.failed td").First.ClickAsync();
        await Assertions.Expect(Page.Locator("#trial-details pre")).ToHaveTextAsync(Error);
        await Page.Keyboard.PressAsync("Escape");
        await Page.Locator("#trial-table tr.complete td").First.ClickAsync();
        await Assertions.Expect(Page.Locator("#trial-details")).ToContainTextAsync($"{MetricKey}");
        await Assertions.Expect(Page.Locator("#trial-details")).ToContainTextAsync(Choice);

        Assert.Equal("hostile: Optimizer viewer", await Page.TitleAsync());
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => document.querySelectorAll('img').length"));
        Assert.Empty(await Page.EvaluateAsync<string[]>("() => window.__violations"));
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
            await _page.CloseAsync();
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static Dictionary<string, ParameterValue> Parameters(double x) => new()
    {
        [Parameter] = ParameterValue.Of(x),
        [Category] = ParameterValue.Of(Choice),
    };

    // Scrolls the chart into view, moves the mouse onto a data point (found through ECharts' own coordinates) and waits for the tooltip's text.
    private async Task HoverAndExpect(string id, string finder, string valueExpression, string text)
    {
        var point = await Page.EvaluateAsync<double[]>($$"""
            id => {
              document.getElementById(id).scrollIntoView({ block: 'center' });
              const chart = echarts.getInstanceByDom(document.getElementById(id));
              const value = {{valueExpression}};
              const [x, y] = chart.convertToPixel({{finder}}, value);
              const box = document.getElementById(id).getBoundingClientRect();
              return [box.x + x, box.y + y];
            }
            """, id);
        await Page.Mouse.MoveAsync((float)point[0], (float)point[1]);
        await Assertions.Expect(Page.Locator($"#{id}")).ToContainTextAsync(text);
    }
}
