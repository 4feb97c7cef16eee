using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Workers;

/// <summary>
/// A worker node's evaluations in progress and its results the coordinator has not yet acknowledged
/// (<see cref="ResultRecorded"/>). It lives outside any actor system, so when the node loses the coordinator and
/// joins a fresh cluster (a new <see cref="Generation"/>), evaluations go on and their results are sent again.
/// Thread-safe: evaluations end on the thread pool.
/// </summary>
public sealed class ResultOutbox
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(int Trial, int Attempt), (CancellationTokenSource Cancel, int Generation)> _running = [];
    private readonly Dictionary<(int Trial, int Attempt), (IProtocolMessage Report, int Generation)> _unacknowledged = [];

    /// <summary>Which actor system of the node is current; evaluations started under an older one are orphans.</summary>
    public int Generation { get; private set; }

    /// <summary>Starts a new generation: the node is joining a cluster afresh.</summary>
    public void BeginGeneration()
    {
        lock (_gate)
            Generation++;
    }

    /// <summary>An evaluation of (trial, attempt) starts; <paramref name="cancel"/> stops it if the node shuts down.</summary>
    public void Begin(int trial, int attempt, CancellationTokenSource cancel)
    {
        lock (_gate)
            _running[(trial, attempt)] = (cancel, Generation);
    }

    /// <summary>The evaluation ended with <paramref name="report"/> (a <see cref="TrialSucceeded"/> or <see cref="TrialFailed"/>).</summary>
    public void End(int trial, int attempt, IProtocolMessage report)
    {
        lock (_gate)
        {
            var generation = _running.Remove((trial, attempt), out var running) ? running.Generation : Generation;
            _unacknowledged[(trial, attempt)] = (report, generation);
        }
    }

    /// <summary>The coordinator holds the result: forget it.</summary>
    public void Acknowledge(int trial, int attempt)
    {
        lock (_gate)
            _unacknowledged.Remove((trial, attempt));
    }

    /// <summary>Evaluations still running that were started under an older generation: nobody heartbeats them.</summary>
    public IReadOnlyList<(int Trial, int Attempt)> OrphanedEvaluations()
    {
        lock (_gate)
            return _running.Where(r => r.Value.Generation < Generation).Select(r => r.Key).ToArray();
    }

    /// <summary>Unacknowledged results of evaluations started under an older generation: nobody else sends them.</summary>
    public IReadOnlyList<IProtocolMessage> OrphanedReports()
    {
        lock (_gate)
            return _unacknowledged.Values.Where(u => u.Generation < Generation).Select(u => u.Report).ToArray();
    }

    /// <summary>Cancels every evaluation in progress (the node is stopping for good).</summary>
    public void CancelAll()
    {
        lock (_gate)
            foreach (var (cancel, _) in _running.Values)
                cancel.Cancel();
    }
}
