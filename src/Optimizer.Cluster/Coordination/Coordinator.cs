using System.Diagnostics;
using Akka.Actor;
using Akka.Event;
using Optimizer.Cluster.Protocol;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Cluster.Coordination;

/// <summary>
/// The one owner of a study's mutable state. Workers pull trials; the coordinator hands out queued trials,
/// asks the strategy for new ones off its own thread (piped back), records every transition in the store
/// before acting on it, and completes <c>result</c> when the study ends.
/// A result, failure or heartbeat counts only from the worker holding the trial's lease for that attempt; anything else
/// (unknown or queued trial, wrong attempt, duplicate, NaN, another sender) is dropped with a warning and never ends
/// the study. <see cref="StopStudy"/> and the node messages are taken only from this process.
/// Closed-form metrics of the study are computed here, so every mode stores them the same, and so is early stopping
/// (<see cref="IntermediateReported"/>), whichever worker runs the trial.
/// </summary>
public sealed partial class Coordinator : ReceiveActor, IWithTimers
{
    private readonly IStudyStore _store;
    private readonly StudyDefinition _definition;
    private readonly IStrategy _strategy;
    private readonly CoordinatorSettings _settings;
    private readonly TimeProvider _clock;
    private readonly TaskCompletionSource<StudyResult> _result;
    private readonly ILoggingAdapter _log = Context.GetLogger();

    private readonly ClosedFormMetrics _closedForms;
    private readonly TrialBook _book;
    private readonly Dictionary<IActorRef, string> _workers = [];
    private readonly List<WaitingRequest> _waiting = [];
    private readonly HashSet<Address> _admittedNodes = [];
    private readonly IPruner _pruner;
    private readonly Objective? _objective;
    private LearningCurves _curves = new();
    private bool _proposing;
    private bool _proposalPaused;
    private int _consecutiveProposalFailures;
    private int _consecutiveFailures;
    private string? _lastFailure;
    private StudyOutcome? _outcome;

    public Coordinator(
        IStudyStore store,
        StudyDefinition definition,
        IStrategy strategy,
        CoordinatorSettings settings,
        TimeProvider clock,
        TaskCompletionSource<StudyResult> result)
    {
        _store = store;
        _definition = definition;
        _strategy = strategy;
        _settings = settings;
        _clock = clock;
        _result = result;
        _book = new TrialBook(definition, settings.Budget);
        _closedForms = ClosedFormMetrics.Of(definition.ClosedForms);
        _pruner = Pruners.For(definition.Stopping);
        _objective = definition.Stopping.IsEnabled ? definition.Objectives[0] : null;

        Receive<RegisterWorker>(Guarded<RegisterWorker>(OnRegister));
        Receive<RequestWork>(Guarded<RequestWork>(OnRequestWork));
        Receive<TrialSucceeded>(Guarded<TrialSucceeded>(OnSucceeded));
        Receive<TrialFailed>(Guarded<TrialFailed>(m =>
            OnResult(m, m.TrialNumber, m.Attempt, _ => _store.Fail(m.TrialNumber, m.Attempt, m.Reason, Now, m.EvaluationSeconds))));
        Receive<Heartbeat>(OnHeartbeat);
        Receive<IntermediateReported>(Guarded<IntermediateReported>(OnIntermediate));
        Receive<ProposalReady>(Guarded<ProposalReady>(OnProposalReady));
        Receive<ProposalFailed>(Guarded<ProposalFailed>(OnProposalFailed));
        Receive<RetryProposal>(Guarded<RetryProposal>(_ => { _proposalPaused = false; Dispatch(); }));
        Receive<CheckLeases>(Guarded<CheckLeases>(_ => OnCheckLeases()));
        Receive<Terminated>(Guarded<Terminated>(m => OnWorkersLost(w => w.Equals(m.ActorRef), "its worker stopped")));
        Receive<NodeAdmitted>(m => { _admittedNodes.Add(m.Address); }, _ => FromThisProcess());
        Receive<NodeLost>(Guarded<NodeLost>(m =>
        {
            _admittedNodes.Remove(m.Address);
            OnWorkersLost(w => w.Path.Address.Equals(m.Address), $"its node {m.Address} left the cluster");
        }), _ => FromThisProcess());
        Receive<StopStudy>(_ => Finish(new StudyResult(StudyOutcome.Interrupted, "stopped before the budget was spent")), _ => FromThisProcess());
        ReceiveAny(m => _log.Warning("dropped a {0} from {1}: not a message the coordinator takes from there", m.GetType().Name, Sender.Path));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props for a coordinator; <paramref name="result"/> completes when the study ends, however it ends.</summary>
    public static Props Props(
        IStudyStore store,
        StudyDefinition definition,
        IStrategy strategy,
        CoordinatorSettings settings,
        TimeProvider clock,
        TaskCompletionSource<StudyResult> result) =>
        Akka.Actor.Props.Create(() => new Coordinator(store, definition, strategy, settings, clock, result));

    private DateTimeOffset Now => _clock.GetUtcNow();

    private int BudgetLeft => _settings.Budget - _book.Count;

    protected override void PreStart() => Guard(Resume);

    // A previous run that crashed left trials Running; one stopped cleanly left them Interrupted.
    private void Resume()
    {
        foreach (var trial in _store.Trials())
        {
            if (trial.State == TrialState.Running && _settings.ReclaimGrace is { } grace)
            {
                // Nobody holds the lease yet: the worker that ran it may reconnect and claim it (OnHeartbeat, OnResult).
                _book.Start(trial, new TrialLease(trial.Attempt, ActorRefs.Nobody, Now + grace));
                continue;
            }
            var resumed = trial.State is TrialState.Running or TrialState.Interrupted ? _store.Requeue(trial.Number) : trial;
            if (resumed.State == TrialState.Queued)
                _book.Queue(resumed);
            else
                _book.Mirror(resumed);
        }
        ResumeCurves();
        Timers.StartPeriodicTimer(nameof(CheckLeases), CheckLeases.Instance, _settings.LeaseTimeout / 2);
        Publish(null);
        Dispatch();
    }

    private void OnRegister(RegisterWorker message)
    {
        if (message.Version != ProtocolVersion.Current)
        {
            _log.Warning("worker {0} speaks protocol {1}, not {2}: refused", message.Name, message.Version, ProtocolVersion.Current);
            Sender.Tell(new RegistrationRefused($"protocol version {message.Version} is not {ProtocolVersion.Current}"));
            return;
        }
        if (_settings.RequireAdmission && !Sender.Path.Address.HasLocalScope && !_admittedNodes.Contains(Sender.Path.Address))
        {
            _log.Warning("worker {0} on {1} registered without being admitted: refused", message.Name, Sender.Path.Address);
            Sender.Tell(new RegistrationRefused("admission refused: the node was not admitted (no proof of the study's secret)"));
            return;
        }
        if (_outcome is { } outcome)
        {
            Sender.Tell(new StudyFinished(outcome));
            return;
        }
        _workers[Sender] = message.Name;
        Context.Watch(Sender);
        Sender.Tell(WorkerRegistered.Instance);
    }

    private void OnRequestWork(RequestWork message)
    {
        if (_outcome is { } outcome)
        {
            Sender.Tell(new StudyFinished(outcome));
            return;
        }
        if (!_workers.TryGetValue(Sender, out var name))
        {
            _log.Warning("work requested by unregistered worker {0}: ignored", message.Worker);
            return;
        }
        _waiting.Add(new WaitingRequest(Sender, name, Now));
        Dispatch();
    }

    private void OnSucceeded(TrialSucceeded message)
    {
        var notFinite = message.Values.FirstOrDefault(v => !double.IsFinite(v.Value));
        if (notFinite.Key is not null)
        {
            DropResult(message.TrialNumber, message.Attempt, $"its metric '{notFinite.Key}' is {notFinite.Value}");
            return;
        }
        OnResult(message, message.TrialNumber, message.Attempt, trial =>
            _store.Complete(message.TrialNumber, message.Attempt, _closedForms.Fill(trial.Parameters, message.Values), Now, message.EvaluationSeconds));
    }

    // Only the lease holder's report of the running attempt is written; any other is acknowledged (so an honest worker's
    // outbox forgets a stale result) but changes nothing. A sender from a node never admitted gets no answer at all.
    private void OnResult(IProtocolMessage report, int number, int attempt, Func<Trial, Trial> record)
    {
        if (!IsTrusted(Sender))
        {
            _log.Warning("dropped {0} for trial {1} from {2}: its node was never admitted", report.GetType().Name, number, Sender.Path.Address);
            return;
        }
        if (_outcome is not null)
        {
            Sender.Tell(new ResultRecorded(number, attempt));
            return;
        }
        if (_book.TryGet(number, out var stopped) && stopped.State == TrialState.Pruned && stopped.Attempt == attempt)
        {
            Sender.Tell(new ResultRecorded(number, attempt)); // the end of an evaluation it stopped: nothing to record
            return;
        }
        if (LeaseRefusal(number, attempt) is { } refusal)
        {
            DropResult(number, attempt, refusal);
            return;
        }
        _book.TryGet(number, out var before);
        var after = record(before);
        Sender.Tell(new ResultRecorded(number, attempt));
        _book.Mirror(after);
        if (!after.IsTerminal)
        {
            _log.Warning("result of trial {0} attempt {1} left it {2}", number, attempt, after.State);
            return;
        }
        if (after.State == TrialState.Complete)
            _consecutiveFailures = 0;
        else
        {
            _curves.Remove(number);
            _consecutiveFailures++;
            _lastFailure = after.Error;
        }
        Publish(after);
        if (_consecutiveFailures >= _settings.MaxConsecutiveFailures)
            Finish(new StudyResult(StudyOutcome.TooManyFailures,
                $"stopped after {_consecutiveFailures} consecutive failed trials: the evaluator command " +
                $"`{string.Join(' ', _definition.Evaluator.Command)}` keeps failing (last error: {_lastFailure})"));
        else
            Dispatch();
    }

    private void DropResult(int number, int attempt, string why)
    {
        _log.Warning("dropped a result for trial {0} attempt {1} from {2}: {3}", number, attempt, Sender.Path, why);
        Sender.Tell(new ResultRecorded(number, attempt));
    }

    // Why (number, attempt) is not the sender's to report, or null when it is: the sender holds the lease of that running
    // attempt, or nobody does yet (a coordinator restarted) and the sender is an admitted worker reclaiming it.
    private string? LeaseRefusal(int number, int attempt)
    {
        if (!_book.TryGet(number, out var trial))
            return "there is no such trial";
        if (!_book.Leases.TryGetValue(number, out var lease))
            return $"the trial is {trial.State.ToString().ToLowerInvariant()}, not running";
        if (lease.Attempt != attempt)
            return $"the trial runs attempt {lease.Attempt}";
        return lease.Worker.Equals(Sender) || lease.Worker.Equals(ActorRefs.Nobody) ? null : "another worker holds its lease";
    }

    // Local actors (embedded workers, this node's own) and workers on admitted nodes; in embedded mode every sender.
    private bool IsTrusted(IActorRef sender) =>
        !_settings.RequireAdmission || sender.Path.Address.HasLocalScope || _admittedNodes.Contains(sender.Path.Address);

    private bool FromThisProcess() => Sender.Path.Address.HasLocalScope;

    private void OnProposalReady(ProposalReady message)
    {
        _proposing = false;
        _consecutiveProposalFailures = 0;
        if (_outcome is not null)
            return;
        var share = message.Seconds / Math.Max(1, message.Points.Count);
        foreach (var point in message.Points.Take(Math.Max(0, BudgetLeft)))
            _book.Queue(_store.Enqueue(point, share));
        Dispatch();
    }

    private void OnProposalFailed(ProposalFailed message)
    {
        _proposing = false;
        if (_outcome is not null)
            return;
        _consecutiveProposalFailures++;
        _log.Warning("the strategy failed to propose ({0} in a row): {1}", _consecutiveProposalFailures, message.Cause.Message);
        if (_consecutiveProposalFailures >= _settings.MaxConsecutiveProposalFailures)
        {
            Finish(new StudyResult(StudyOutcome.Faulted,
                $"the strategy failed {_consecutiveProposalFailures} times in a row: {message.Cause.Message}"));
            return;
        }
        _proposalPaused = true;
        Timers.StartSingleTimer(nameof(RetryProposal), RetryProposal.Instance, _settings.ProposalRetryDelay);
    }

    private void Dispatch()
    {
        if (_outcome is not null)
            return;
        while (_waiting.Count > 0 && _book.QueuedCount > 0)
        {
            var request = _waiting[0];
            _waiting.RemoveAt(0);
            Assign(request, _book.Dequeue());
        }
        var wanted = Math.Min(BudgetLeft, _waiting.Count + _settings.Prefetch - _book.QueuedCount);
        if (wanted > 0 && !_proposing && !_proposalPaused)
            Propose(wanted);
        if (BudgetLeft > 0 || _book.QueuedCount > 0 || _proposing)
            return;
        foreach (var request in _waiting)
            request.Worker.Tell(NoWorkYet.Instance);
        _waiting.Clear();
        if (_book.RunningCount == 0)
            Finish(new StudyResult(StudyOutcome.Finished, "the budget is spent"));
    }

    private void Assign(WaitingRequest request, int number)
    {
        var now = Now;
        var trial = _store.Start(number, request.WorkerName, now, (now - request.Since).TotalSeconds);
        _book.Start(trial, new TrialLease(trial.Attempt, request.Worker, now + _settings.LeaseTimeout));
        request.Worker.Tell(new WorkAssigned(number, trial.Attempt, trial.Parameters));
        if (_log.IsDebugEnabled)
            _log.Debug("trial {0} attempt {1} to {2}, who waited {3:F3} s", number, trial.Attempt, request.WorkerName, (now - request.Since).TotalSeconds);
        Publish(null);
    }

    // The snapshot is taken here, on the actor's thread; only the strategy runs on the thread pool.
    private void Propose(int count)
    {
        _proposing = true;
        var (history, pending) = _book.Snapshot();
        history = ModelledHistory(history);
        var (strategy, space) = (_strategy, _definition.Space);
        Task.Run(() =>
            {
                var started = Stopwatch.GetTimestamp();
                var points = CheckedProposal.Propose(strategy, space, history, pending, count);
                return new ProposalReady(points, Stopwatch.GetElapsedTime(started).TotalSeconds);
            })
            .PipeTo(Self, failure: cause => new ProposalFailed(cause.GetBaseException()));
    }

    private void Finish(StudyResult result)
    {
        if (_outcome is not null)
            return;
        _outcome = result.Outcome;
        Timers.CancelAll();
        var message = result.Message;
        try
        {
            var now = Now;
            foreach (var (number, lease) in _book.Leases.ToArray())
                _book.Mirror(_store.Interrupt(number, lease.Attempt, now));
        }
        catch (Exception e)
        {
            _log.Error(e, "could not mark the running trials interrupted");
            message += $"; running trials could not be marked interrupted: {e.Message}";
        }
        _waiting.Clear();
        foreach (var worker in _workers.Keys)
            worker.Tell(new StudyFinished(result.Outcome));
        Publish(null);
        _result.TrySetResult(result with { Message = message });
    }

    private void Publish(Trial? finished) =>
        Context.System.EventStream.Publish(new ProgressChanged(_book.Progress(), finished));

    // Any exception while handling a message comes from the store (or a bug): the study cannot go on safely.
    private void Guard(Action handle)
    {
        try
        {
            handle();
        }
        catch (Exception e)
        {
            _log.Error(e, "the study cannot go on");
            Finish(new StudyResult(StudyOutcome.Faulted, $"the study store failed: {e.Message}"));
        }
    }

    private Action<T> Guarded<T>(Action<T> handle) => message => Guard(() => handle(message));

    private sealed record ProposalReady(IReadOnlyList<Assignment> Points, double Seconds);

    private sealed record ProposalFailed(Exception Cause);

    private sealed record RetryProposal
    {
        public static readonly RetryProposal Instance = new();
    }

    private sealed record CheckLeases
    {
        public static readonly CheckLeases Instance = new();
    }
}
