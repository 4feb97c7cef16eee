using Akka.Actor;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Coordination;

/// <summary>
/// The coordinator's in-memory mirror of the store: every trial by number as the store last returned it,
/// the queued ones in number order, and the lease of each running one. Owned by one actor; not thread-safe.
/// </summary>
internal sealed class TrialBook
{
    private readonly Dictionary<int, Trial> _trials = [];
    private readonly PriorityQueue<int, int> _queued = new();
    private readonly Dictionary<int, TrialLease> _leases = [];

    /// <summary>Trials of the study in every state: what the budget is spent on.</summary>
    public int Count => _trials.Count;

    public int QueuedCount => _queued.Count;

    public int RunningCount => _leases.Count;

    public IReadOnlyDictionary<int, TrialLease> Leases => _leases;

    public bool TryGet(int number, out Trial trial) => _trials.TryGetValue(number, out trial!);

    /// <summary>Mirrors a trial the store holds in state Queued (new, or queued again).</summary>
    public void Queue(Trial trial)
    {
        Mirror(trial);
        _queued.Enqueue(trial.Number, trial.Number);
    }

    /// <summary>Takes the lowest-numbered queued trial.</summary>
    public int Dequeue() => _queued.Dequeue();

    public void Start(Trial trial, TrialLease lease)
    {
        _trials[trial.Number] = trial;
        _leases[trial.Number] = lease;
    }

    /// <summary>Mirrors the store's answer; a trial no longer running loses its lease.</summary>
    public void Mirror(Trial trial)
    {
        _trials[trial.Number] = trial;
        if (trial.State != TrialState.Running)
            _leases.Remove(trial.Number);
    }

    /// <summary>Hands the lease of a running trial to <paramref name="worker"/> (a worker back after a coordinator restart).</summary>
    public void Reclaim(int number, IActorRef worker) => _leases[number] = _leases[number] with { Worker = worker };

    public void Renew(int number, DateTimeOffset expires) => _leases[number] = _leases[number] with { Expires = expires };

    /// <summary>What a strategy needs: complete trials as observations, queued and running points as pending, by number.</summary>
    public (IReadOnlyList<Observation> History, IReadOnlyList<IReadOnlyDictionary<string, ParameterValue>> Pending) Snapshot()
    {
        var ordered = _trials.Values.OrderBy(t => t.Number).ToArray();
        return (
            ordered.Where(t => t.State == TrialState.Complete).Select(t => new Observation(t.Parameters, t.Values)).ToArray(),
            ordered.Where(t => t.State is TrialState.Queued or TrialState.Running).Select(t => t.Parameters).ToArray());
    }

    public StudyProgress Progress(StudyDefinition definition, int budget) => StudyProgress.Of(_trials.Values, definition, budget);
}
