using System.Globalization;
using System.Net;
using System.Text.Json;
using Optimizer.Core.Json;
using Optimizer.Core.Studies;
using Optimizer.Storage.Sqlite;

namespace Optimizer.Viewer.Tests;

public sealed class ApiTests : IAsyncLifetime
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.TwoObjectives);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ViewerServer? _viewer;

    private ViewerServer Viewer => _viewer ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _store.Complete(0.6, Values.Of(auc: 0.9, luts: 500), "local-1", 0, 2);
        _store.Complete(0.2, Values.Of(auc: 0.8, luts: 100), "local-2", 0, 3);
        _store.Complete(0.4, Values.Of(auc: 0.7, luts: 600), "local-1", 2, 4);
        _store.Complete(0.9, Values.Of(auc: 0.95, luts: 50, latency: 80), "local-2", 3, 5);
        _store.Fail(0.99, "exit code 1: diverged", "local-1", 4, 5);
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0), SqliteStudyOpener.Instance);
    }

    [Fact]
    public async Task Study_lists_parameters_objectives_with_directions_and_noise_constraints_and_budget()
    {
        using var study = await Get("api/study");
        var root = study.RootElement;

        Assert.Equal("trigger", root.GetProperty("name").GetString());
        Assert.Equal(["x", "lr", "booster"], root.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(root.GetProperty("parameters")[1].GetProperty("log").GetBoolean());
        Assert.Equal(["gbdt", "dart"], root.GetProperty("parameters")[2].GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["auc:maximize:0.01:", "luts:minimize:Null:"], root.GetProperty("objectives").EnumerateArray()
            .Select(o => $"{o.GetProperty("name").GetString()}:{o.GetProperty("direction").GetString()}:" +
                         (o.GetProperty("noise_sd") is { ValueKind: JsonValueKind.Number } sd ? sd.GetDouble().ToString(CultureInfo.InvariantCulture) : "Null") +
                         $":{o.GetProperty("noise_sd_metric").GetString()}"));
        var constraint = root.GetProperty("constraints")[0];
        Assert.Equal(("latency", JsonValueKind.Null, 50.0),
            (constraint.GetProperty("name").GetString(), constraint.GetProperty("min").ValueKind, constraint.GetProperty("max").GetDouble()));
        Assert.Equal(20, root.GetProperty("budget").GetProperty("trials").GetInt32());
    }

    [Fact]
    public async Task A_study_of_two_objectives_recommends_no_single_trial()
    {
        using var served = await Get("api/recommended");

        Assert.All(["objective", "trial", "predicted", "predicted_sd"], field => Assert.Equal(JsonValueKind.Null, served.RootElement.GetProperty(field).ValueKind));
    }

    [Fact]
    public async Task Trials_are_the_export_format()
    {
        var served = await _http.GetStringAsync(new Uri(Viewer.Url, "api/trials"));

        var trials = _store.Trials();
        using var store = SqliteStudyStore.Open(_store.Path, readOnly: true);
        var exported = TrialJson.Serialize(trials, indented: false, intermediate: CurrentAttemptReports.Of(store, trials));
        Assert.Equal(exported, served);
        using var parsed = JsonDocument.Parse(served);
        Assert.Equal("exit code 1: diverged", parsed.RootElement[4].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Pareto_is_the_feasible_non_dominated_trials()
    {
        using var pareto = await Get("api/pareto");

        // Trial 3 dominates every other but breaks the latency constraint; trial 2 is dominated by 0 and 1.
        Assert.Equal([0, 1], pareto.RootElement.EnumerateArray().Select(t => t.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Hypervolume_history_with_a_given_reference_point_matches_the_hand_computed_boxes()
    {
        using var history = await Get("api/hypervolume?reference=0.5,1000");
        var root = history.RootElement;

        Assert.Equal("hypervolume", root.GetProperty("kind").GetString());
        Assert.Equal([0.5, 1000.0], root.GetProperty("reference").EnumerateArray().Select(r => r.GetDouble()));
        // (0.9 - 0.5) x (1000 - 500) = 200; adding (0.8, 100): 200 + 0.3 x 900 - 0.3 x 500 = 320; then dominated, then infeasible.
        var byTrial = root.GetProperty("by_trial").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2, 3], byTrial.Select(p => p.GetProperty("trial").GetInt32()));
        Assert.Equal([200, 320, 320, 320], byTrial.Select(p => Math.Round(p.GetProperty("value").GetDouble(), 9)));
        Assert.Equal([2.0, 3, 4, 5], root.GetProperty("by_time").EnumerateArray().Select(p => p.GetProperty("elapsed_s").GetDouble()));
    }

    [Fact]
    public async Task Hypervolume_reference_is_inferred_below_the_front_when_not_given()
    {
        using var history = await Get("api/hypervolume");

        // Front auc 0.8..0.9, luts 100..500: 10 % of the range beyond the nadir, in each objective's own direction.
        var reference = history.RootElement.GetProperty("reference").EnumerateArray().Select(r => Math.Round(r.GetDouble(), 9));
        Assert.Equal([0.79, 540.0], reference);
    }

    [Fact]
    public async Task A_reference_point_of_the_wrong_length_is_a_bad_request()
    {
        using var response = await _http.GetAsync(new Uri(Viewer.Url, "api/hypervolume?reference=1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1 values for 2 objectives", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Event_feed_reports_a_trial_completed_in_the_store_while_it_is_followed()
    {
        using var response = await _http.GetAsync(new Uri(Viewer.Url, "api/events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"trials\":5", await NextData(reader));

        _store.Complete(0.5, Values.Of(auc: 0.85, luts: 300), to: 6);

        var change = await NextData(reader).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("\"version\":2", change);
        Assert.Contains("\"trials\":6", change);
    }

    public async Task DisposeAsync()
    {
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _http.Dispose();
        _store.Dispose();
    }

    private async Task<JsonDocument> Get(string path) =>
        JsonDocument.Parse(await _http.GetStringAsync(new Uri(Viewer.Url, path)));

    private static async Task<string> NextData(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                return line["data: ".Length..];
        }
        throw new EndOfStreamException("the event feed closed");
    }
}
