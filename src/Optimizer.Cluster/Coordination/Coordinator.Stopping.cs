using Akka.Actor;
using Optimizer.Cluster.Protocol;

namespace Optimizer.Cluster.Coordination;

// A study that has ended told its workers why (StudyFinished); those on other nodes stop on hearing it, and the result is
// held until they have (DeathWatch), or for WorkersStopTimeout at most: a coordinator process exiting at once would take
// the message down with it, and its workers would see it vanish and rejoin instead of saying why they stopped.
public sealed partial class Coordinator
{
    private StudyResult? _heldResult;

    private void CompleteOnceRemoteWorkersStopped(StudyResult result)
    {
        _heldResult = result;
        if (_workers.Keys.Any(IsRemote))
            Timers.StartSingleTimer(nameof(WorkersStopLapsed), WorkersStopLapsed.Instance, _settings.WorkersStopTimeout);
        ReleaseHeldResult(force: false);
    }

    private void ReleaseHeldResult(bool force)
    {
        if (_heldResult is not { } result || (!force && _workers.Keys.Any(IsRemote)))
            return;
        _heldResult = null;
        Timers.Cancel(nameof(WorkersStopLapsed));
        _result.TrySetResult(result);
    }

    private static bool IsRemote(IActorRef worker) => !worker.Path.Address.HasLocalScope;

    private sealed record WorkersStopLapsed
    {
        public static readonly WorkersStopLapsed Instance = new();
    }
}
