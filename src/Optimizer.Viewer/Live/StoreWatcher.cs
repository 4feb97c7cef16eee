using Microsoft.Extensions.Hosting;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Live;

/// <summary>
/// Owns the read-only store and the latest <see cref="StudySnapshot"/>. Polls the store's change stamp (microseconds a
/// poll) and re-reads the trials only when a running study committed something, then wakes every waiting client.
/// </summary>
internal sealed class StoreWatcher : BackgroundService
{
    private readonly IReadOnlyStudyStore _store;
    private readonly TimeSpan _interval;
    private readonly Lock _gate = new();
    private StudySnapshot _current;
    private TaskCompletionSource<StudySnapshot> _next = NewSignal();
    private long _stamp;

    public StoreWatcher(IReadOnlyStudyStore store, StudyDefinition definition, TimeSpan interval)
    {
        _store = store;
        _interval = interval;
        _stamp = store.ChangeStamp();
        var trials = store.Trials();
        _current = new StudySnapshot(1, definition, trials, CurrentAttemptReports.Of(store, trials));
    }

    public StudySnapshot Current
    {
        get { lock (_gate) return _current; }
    }

    /// <summary>What the trial's latest attempt with a record wrote to stdout and stderr, read from the store now (see <see cref="IReadOnlyStudyStore.Output"/>).</summary>
    public TrialOutput? Output(int number) => _store.Output(number);

    /// <summary>The first snapshot newer than <paramref name="version"/>: at once if there is one, else when the store next changes.</summary>
    public Task<StudySnapshot> NextAfterAsync(long version, CancellationToken cancellationToken)
    {
        lock (_gate)
            return _current.Version > version ? Task.FromResult(_current) : _next.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(_interval);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
            Refresh();
    }

    private void Refresh()
    {
        var stamp = _store.ChangeStamp();
        if (stamp == _stamp)
            return;
        _stamp = stamp;
        var trials = _store.Trials();
        var intermediate = CurrentAttemptReports.Of(_store, trials);
        TaskCompletionSource<StudySnapshot> woken;
        StudySnapshot snapshot;
        lock (_gate)
        {
            snapshot = _current = _current with { Version = _current.Version + 1, Trials = trials, Intermediate = intermediate };
            woken = _next;
            _next = NewSignal();
        }
        woken.SetResult(snapshot);
    }

    private static TaskCompletionSource<StudySnapshot> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
