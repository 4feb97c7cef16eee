using System.Text.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Tests;

public sealed class SingleObjectiveApiTests : IAsyncLifetime
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.OneObjective);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ViewerServer? _viewer;

    public async Task InitializeAsync()
    {
        foreach (var (x, loss) in new[] { (0.1, 3.0), (0.2, 1.0), (0.3, 2.0) })
            _store.Complete(x, new Dictionary<string, double> { ["loss"] = loss });
        _viewer = await ViewerServer.StartAsync(new ViewerOptions(_store.Path, Port: 0), SqliteStudyOpener.Instance);
    }

    [Fact]
    public async Task Pareto_of_one_objective_is_the_best_trial()
    {
        using var pareto = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_viewer!.Url, "api/pareto")));

        Assert.Equal([1], pareto.RootElement.EnumerateArray().Select(t => t.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task History_of_one_objective_is_the_best_value_so_far()
    {
        using var history = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_viewer!.Url, "api/hypervolume")));

        Assert.Equal("best", history.RootElement.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, history.RootElement.GetProperty("reference").ValueKind);
        Assert.Equal([3.0, 1, 1], history.RootElement.GetProperty("by_trial").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Recommended_is_the_trial_the_posterior_mean_picks_with_its_prediction_in_the_objective_units()
    {
        using var served = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_viewer!.Url, "api/recommended")));

        var root = served.RootElement;
        using var store = SqliteStudyOpener.Instance.OpenReadOnly(_store.Path);
        var definition = SqliteStudyOpener.Instance.Definition(store, _store.Path);
        var expected = Recommendation.FromTrials(definition.Space, definition.Objectives[0], _store.Trials())!;
        // Three points, the noise fitted: the smooth trend through losses 3, 1, 2 is lowest at the last, not at the best observed.
        Assert.Equal(2, expected.Trial.Number);
        Assert.Equal(("loss", 2), (root.GetProperty("objective").GetString(), root.GetProperty("trial").GetInt32()));
        Assert.Equal(expected.PredictedValue, root.GetProperty("predicted").GetDouble(), 12);
        Assert.Equal(expected.PredictedStandardDeviation, root.GetProperty("predicted_sd").GetDouble(), 12);
        Assert.InRange(expected.PredictedValue, 1.0, 2.0);
        Assert.True(expected.PredictedStandardDeviation > 0, $"sd {expected.PredictedStandardDeviation}");
    }

    public async Task DisposeAsync()
    {
        if (_viewer is not null)
            await _viewer.DisposeAsync();
        _http.Dispose();
        _store.Dispose();
    }
}
