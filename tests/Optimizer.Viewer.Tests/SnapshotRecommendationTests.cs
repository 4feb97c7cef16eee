using Optimizer.Core.Studies;
using Optimizer.Viewer.Live;

namespace Optimizer.Viewer.Tests;

public sealed class SnapshotRecommendationTests : IDisposable
{
    private readonly StudyStoreFile _store = new(StudyStoreFile.OneObjective);

    private StudySnapshot Snapshot(long version)
    {
        using var store = SqliteStudyOpener.Instance.OpenReadOnly(_store.Path);
        var definition = SqliteStudyOpener.Instance.Definition(store, _store.Path);
        return new StudySnapshot(version, definition, _store.Trials(), new Dictionary<int, IReadOnlyList<IntermediateReport>>());
    }

    [Fact]
    public void A_trial_that_starts_or_fails_keeps_the_fit_and_one_that_completes_refits()
    {
        _store.Complete(0.2, new Dictionary<string, double> { ["loss"] = 2.0 });
        _store.Complete(0.8, new Dictionary<string, double> { ["loss"] = 3.0 });
        var recommendation = new SnapshotRecommendation();
        var first = recommendation.Of(Snapshot(1));
        var running = _store.StartTrial(0.5);
        _store.Fail(0.9, "exit code 1");

        Assert.Same(first, recommendation.Of(Snapshot(3)));
        _store.CompleteRunning(running, new Dictionary<string, double> { ["loss"] = 0.1 }, 2);
        var after = recommendation.Of(Snapshot(4));
        Assert.NotSame(first, after);
        Assert.Equal(running.Number, after!.Trial.Number);
    }

    public void Dispose() => _store.Dispose();
}
