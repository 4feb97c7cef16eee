using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Optimizer.Viewer.Tests;

/// <summary>
/// Clicking a trial shows its parameters, every metric, its intermediate reports and the last lines its evaluator wrote,
/// all as text: markup in the output never runs, a very long line wraps inside the dialog, invalid UTF-8 in the store
/// reads as replacement characters.
/// </summary>
public sealed class TrialOutputPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Markup = "<img src=x onerror=document.title='pwned'>";
    private static readonly string Stdout = $"epoch 1 {Markup}\n" + new string('w', 3000) + "\n{\"loss\": 0.25}";
    private const string Stderr = "<script>document.title = 'pwned'</script>warning: slow";

    private readonly StudyStoreFile _store = new(StudyStoreFile.OneObjective);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private ViewerServer? _viewer;
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var reported = _store.StartTrial(0.3);
        for (var step = 1; step <= 3; step++)
            _store.Report(reported, step, new Dictionary<string, double> { ["loss"] = 1.0 / step, ["accuracy"] = 0.5 + 0.1 * step });
        _store.RecordOutput(reported, Stdout, Stderr);
        _store.CompleteRunning(reported, new Dictionary<string, double> { ["loss"] = 0.25, ["train_seconds"] = 12.5 }, 4);

        var failed = _store.StartTrial(0.6, from: 5);
        _store.RecordOutput(failed, "placeholder", "");
        _store.CompleteRunning(failed, new Dictionary<string, double> { ["loss"] = 0.5 }, 6);
        WriteInvalidUtf8Stdout(failed.Number);

        _store.Complete(0.9, new Dictionary<string, double> { ["loss"] = 0.75 }, from: 7, to: 8);

        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0), SqliteStudyOpener.Instance);
        _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        await Page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));");
        await Page.GotoAsync(_viewer.Url.ToString());
        await Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-trials", "3");
    }

    [BrowserFact]
    public async Task A_trial_shows_its_values_reports_and_output_as_text_and_nothing_in_them_runs()
    {
        var title = await Page.TitleAsync();

        await OpenTrial(0);

        await Assertions.Expect(Page.Locator("#trial-stdout")).ToHaveTextAsync(Stdout);
        await Assertions.Expect(Page.Locator("#trial-stderr")).ToHaveTextAsync(Stderr);
        await Assertions.Expect(Page.Locator("#trial-details")).ToContainTextAsync("train_seconds");
        await Assertions.Expect(Page.Locator("#trial-intermediate tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(Page.Locator("#trial-intermediate thead th")).ToHaveTextAsync(["step", "accuracy", "loss"]);
        await Assertions.Expect(Page.Locator("#trial-intermediate tbody tr").Nth(1)).ToHaveTextAsync("20.70.5");

        Assert.Equal(title, await Page.TitleAsync());
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => document.querySelectorAll('#trial-details img, #trial-details script').length"));
        Assert.Empty(await Page.EvaluateAsync<string[]>("() => window.__violations"));
        // The 3000-character line wraps: the dialog stays within the window and the output block does not scroll sideways.
        var widths = await Page.EvaluateAsync<double[]>("""
            () => { const pre = document.getElementById('trial-stdout');
                    return [document.getElementById('trial-dialog').getBoundingClientRect().width, pre.scrollWidth, pre.clientWidth]; }
            """);
        Assert.True(widths[0] <= 1200, $"the dialog is {widths[0]} px wide");
        Assert.True(widths[1] <= widths[2] + 1, $"the output scrolls sideways: {widths[1]} > {widths[2]}");
        if (Environment.GetEnvironmentVariable("OPTIMIZER_SCREENSHOTS") is { } directory)
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, "viewer-trial-output.png") });
    }

    [BrowserFact]
    public async Task Invalid_utf8_in_the_store_reads_as_replacement_characters_and_a_trial_without_output_says_so()
    {
        await OpenTrial(1);
        await Assertions.Expect(Page.Locator("#trial-stdout")).ToHaveTextAsync("bad \uFFFD\uFFFD bytes <b>");
        await Page.Keyboard.PressAsync("Escape");

        await OpenTrial(2);
        await Assertions.Expect(Page.Locator("#trial-output")).ToContainTextAsync("no output recorded");
        await Assertions.Expect(Page.Locator("#trial-stdout")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_api_serves_a_trials_output_and_refuses_a_trial_that_does_not_exist()
    {
        using var output = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_viewer!.Url, "api/trials/0/output")));
        Assert.Equal((0, 1, Stdout, Stderr), (output.RootElement.GetProperty("trial").GetInt32(), output.RootElement.GetProperty("attempt").GetInt32(),
            output.RootElement.GetProperty("stdout").GetString(), output.RootElement.GetProperty("stderr").GetString()));

        using var none = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_viewer.Url, "api/trials/2/output")));
        Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("attempt").ValueKind);

        using var missing = await _http.GetAsync(new Uri(_viewer.Url, "api/trials/99/output"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
            await _page.CloseAsync();
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _http.Dispose();
        _store.Dispose();
    }

    private async Task OpenTrial(int number)
    {
        await Page.Locator($"#trial-table tbody tr[data-number='{number}'] td").First.ClickAsync();
        await Assertions.Expect(Page.Locator("#trial-details h3")).ToHaveTextAsync($"Trial {number}");
    }

    // Bytes that are not UTF-8, as a store written by another tool might hold them.
    private void WriteInvalidUtf8Stdout(int trial)
    {
        using var connection = new SqliteConnection($"Data Source={_store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE trial_output SET stdout = CAST(X'62616420FFFE206279746573203C623E' AS TEXT) WHERE trial = $trial";
        command.Parameters.AddWithValue("$trial", trial);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
