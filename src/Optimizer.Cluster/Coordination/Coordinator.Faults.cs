using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Coordination;

// The coordinator's answers to lost workers: heartbeats and leases, DeathWatch and cluster membership, re-queueing.
public sealed partial class Coordinator
{
    // A lease left by a previous coordinator (held by Nobody) passes to the first worker heartbeating its attempt.
    // A pruned attempt beats on while its evaluator ends (the grace period): nothing to renew, nothing to warn about.
    private void OnHeartbeat(Heartbeat message)
    {
        if (IsTrusted(Sender) && _book.TryGet(message.TrialNumber, out var trial) && trial.State == TrialState.Pruned && trial.Attempt == message.Attempt)
            return;
        if (!IsTrusted(Sender) || LeaseRefusal(message.TrialNumber, message.Attempt) is { } refusal)
        {
            _log.Warning("dropped a heartbeat for trial {0} attempt {1} from {2}: {3}", message.TrialNumber, message.Attempt, Sender.Path,
                IsTrusted(Sender) ? LeaseRefusal(message.TrialNumber, message.Attempt) : "its node was never admitted");
            return;
        }
        ClaimLease(message.TrialNumber);
    }

    private void OnCheckLeases()
    {
        var now = Now;
        foreach (var (number, _) in _book.Leases.Where(r => r.Value.Expires < now).ToArray())
            Requeue(number, "its lease lapsed (no heartbeat)");
        Dispatch();
    }

    // DeathWatch (one worker) or cluster membership (a whole node): their running trials are queued again.
    private void OnWorkersLost(Func<IActorRef, bool> lost, string why)
    {
        foreach (var worker in _workers.Keys.Where(lost).ToArray())
            _workers.Remove(worker);
        _waiting.RemoveAll(w => lost(w.Worker));
        foreach (var (number, _) in _book.Leases.Where(r => lost(r.Value.Worker)).ToArray())
            Requeue(number, why);
        Dispatch();
        ReleaseHeldResult(force: false);
    }

    private void Requeue(int number, string why)
    {
        var trial = _store.Requeue(number);
        _book.Queue(trial);
        _curves.Remove(number);
        _log.Warning("trial {0} queued again as attempt {1}: {2}", number, trial.Attempt, why);
        Publish(null);
    }
}
