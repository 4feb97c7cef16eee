using Akka.Actor;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Coordination;

/// <summary>
/// The coordinator's in-memory mirror of the store: every trial by number as the store last returned it,
/// the queued ones in number order, and the lease of each running one. Owned by one actor; not thread-safe.
/// The strategy's view (observations, pending points) and the progress are kept up to date trial by trial,
/// so no message costs a pass over every trial of the study.
/// </summary>
internal sealed class TrialBook(StudyDefinition definition, int budget)
{
    private readonly Dictionary<int, Trial> _trials = [];
    private readonly PriorityQueue<int, int> _queued = new();
    private readonly Dictionary<int, TrialLease> _leases = [];
    private readonly SortedList<int, Observation> _observations = [];
    private readonly SortedList<int, Assignment> _pending = [];
    private readonly StudyProgressTally _tally = new(definition, budget);

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
        Keep(trial);
        _leases[trial.Number] = lease;
    }

    /// <summary>Mirrors the store's answer; a trial no longer running loses its lease.</summary>
    public void Mirror(Trial trial)
    {
        Keep(trial);
        if (trial.State != TrialState.Running)
            _leases.Remove(trial.Number);
    }

    /// <summary>Hands the lease of a running trial to <paramref name="worker"/> (a worker back after a coordinator restart).</summary>
    public void Reclaim(int number, IActorRef worker) => _leases[number] = _leases[number] with { Worker = worker };

    public void Renew(int number, DateTimeOffset expires) => _leases[number] = _leases[number] with { Expires = expires };

    /// <summary>
    /// What a strategy needs: complete and failed trials as observations, queued, running and pruned points as pending,
    /// by number. A pruned trial's final value is unknown: pending, it is never proposed again and its early value
    /// never stands for a final one. An interrupted trial is queued again, not a failure of its point.
    /// </summary>
    public (IReadOnlyList<Observation> History, IReadOnlyList<Assignment> Pending) Snapshot() =>
        (_observations.Values.ToArray(), _pending.Values.ToArray());

    public StudyProgress Progress() => _tally.Progress();

    private void Keep(Trial trial)
    {
        var number = trial.Number;
        _tally.Replace(_trials.GetValueOrDefault(number), trial);
        _trials[number] = trial;
        if (trial.State == TrialState.Complete)
            _observations[number] = new Observation(trial.Parameters, trial.Values);
        else if (trial.State == TrialState.Failed)
            _observations[number] = Observation.Failure(trial.Parameters);
        else
            _observations.Remove(number);
        if (trial.State is TrialState.Queued or TrialState.Running or TrialState.Pruned)
            _pending[number] = trial.Parameters;
        else
            _pending.Remove(number);
    }
}
