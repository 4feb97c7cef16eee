using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Coordination;

// The coordinator's answers to lost workers: heartbeats and leases, DeathWatch and cluster membership, re-queueing.
public sealed partial class Coordinator
{
    // A lease left by a previous coordinator (held by Nobody) passes to the first worker heartbeating its attempt.
    private void OnHeartbeat(Heartbeat message)
    {
        if (!IsTrusted(Sender) || LeaseRefusal(message.TrialNumber, message.Attempt) is { } refusal)
        {
            _log.Warning("dropped a heartbeat for trial {0} attempt {1} from {2}: {3}", message.TrialNumber, message.Attempt, Sender.Path,
                IsTrusted(Sender) ? LeaseRefusal(message.TrialNumber, message.Attempt) : "its node was never admitted");
            return;
        }
        var lease = _book.Leases[message.TrialNumber];
        if (lease.Worker.Equals(ActorRefs.Nobody))
        {
            _log.Info("trial {0} attempt {1} reclaimed by {2} after the coordinator restarted", message.TrialNumber, message.Attempt, Sender.Path);
            Context.Watch(Sender);
            _book.Reclaim(message.TrialNumber, Sender);
        }
        _book.Renew(message.TrialNumber, Now + _settings.LeaseTimeout);
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
    }

    private void Requeue(int number, string why)
    {
        var trial = _store.Requeue(number);
        _book.Queue(trial);
        _log.Warning("trial {0} queued again as attempt {1}: {2}", number, trial.Attempt, why);
        Publish(null);
    }
}
