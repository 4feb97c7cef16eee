using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Coordination;

// Early stopping: every intermediate report from the trial's lease holder is stored before it is answered, then judged
// by the pruner on the learning curves as they stood when it arrived; a stop is recorded (state pruned) before the
// worker hears of it. A report of an attempt already pruned (a worker resending after a restart) is answered stop
// again, so a decision is neither lost nor taken twice.
public sealed partial class Coordinator
{
    private void OnIntermediate(IntermediateReported message)
    {
        var (number, attempt) = (message.TrialNumber, message.Attempt);
        if (!IsTrusted(Sender))
        {
            _log.Warning("dropped a report for trial {0} from {1}: its node was never admitted", number, Sender.Path.Address);
            return;
        }
        if (_book.TryGet(number, out var trial) && trial.Attempt == attempt && trial.State == TrialState.Pruned)
        {
            Sender.Tell(new IntermediateRecorded(number, attempt, message.Step, Stop: true));
            return;
        }
        if (_outcome is not null || LeaseRefusal(number, attempt) is { } refusal)
        {
            _log.Warning("dropped a report for trial {0} attempt {1} from {2}: {3}", number, attempt, Sender.Path,
                _outcome is null ? LeaseRefusal(number, attempt) : "the study is over");
            Sender.Tell(new IntermediateRecorded(number, attempt, message.Step, Stop: true));
            return;
        }
        var notFinite = message.Values.FirstOrDefault(v => !double.IsFinite(v.Value));
        if (message.Step < 1 || notFinite.Key is not null)
        {
            _log.Warning("dropped a report for trial {0} attempt {1} step {2}: {3}", number, attempt, message.Step,
                message.Step < 1 ? "steps count from 1" : $"its metric '{notFinite.Key}' is {notFinite.Value}");
            Sender.Tell(new IntermediateRecorded(number, attempt, message.Step, Stop: false));
            return;
        }
        ClaimLease(number);
        var report = new IntermediateReport(attempt, message.Step, message.Values, Now);
        if (!_store.Report(number, report))
        {
            Sender.Tell(new IntermediateRecorded(number, attempt, message.Step, Stop: true));
            return;
        }
        var stop = Judge(number, report);
        if (stop)
        {
            var pruned = _store.Prune(number, attempt, Now, trial.StartedAt is { } started ? (Now - started).TotalSeconds : null);
            _book.Mirror(pruned);
            _log.Info("trial {0} attempt {1} pruned at step {2}", number, attempt, message.Step);
            Publish(pruned);
        }
        Sender.Tell(new IntermediateRecorded(number, attempt, message.Step, stop));
        if (stop)
            Dispatch();
    }

    private bool Judge(int number, IntermediateReport report) =>
        _objective is { } objective && _curves.Add(number, report, objective) && _pruner.ShouldStop(_curves, number, report.Step);

    // A report or a heartbeat renews the lease, and hands a lease left by a previous coordinator to its sender.
    private void ClaimLease(int number)
    {
        var lease = _book.Leases[number];
        if (lease.Worker.Equals(ActorRefs.Nobody))
        {
            _log.Info("trial {0} attempt {1} reclaimed by {2} after the coordinator restarted", number, lease.Attempt, Sender.Path);
            Context.Watch(Sender);
            _book.Reclaim(number, Sender);
        }
        _book.Renew(number, Now + _settings.LeaseTimeout);
    }

    // BOHB's rule while early stopping leaves few complete trials, the same wherever a study runs (HighestFidelityHistory.For).
    private IReadOnlyList<Observation> ModelledHistory(IReadOnlyList<Observation> history) =>
        HighestFidelityHistory.For(_definition, history, _curves,
            number => _book.TryGet(number, out var trial) ? trial.Parameters : throw new KeyNotFoundException($"no trial {number}"));

    private void ResumeCurves()
    {
        if (_objective is not { } objective)
            return;
        var trials = _store.Trials().ToDictionary(t => t.Number);
        _curves = LearningCurves.From(_store.AllIntermediateReports(), trials, objective);
    }
}
