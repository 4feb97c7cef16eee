using System.Diagnostics;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Service.Serving;

/// <summary>
/// A study asked and told by clients over the network instead of by workers: the one owner of its mutable state
/// while <c>optimizer serve</c> runs. Every transition goes through the study store (the same transitions as the
/// coordinator: Enqueue, Start, Complete, Fail, Requeue, all idempotent by trial and attempt) before it is answered, so a
/// restarted service resumes from the file: trials left running are held for their clients for one lease, queued ones
/// are handed out first. Thread-safe: state under one lock, proposals one at a time under another, so two clients
/// asking at once never get the same point (the second proposal sees the first as pending).
/// </summary>
public sealed class ServedStudy : IDisposable
{
    private readonly Lock _state = new();
    private readonly Lock _proposal = new();
    private readonly IStudyStore _store;
    private readonly IStrategy _strategy;
    private readonly ServeSettings _settings;
    private readonly TimeProvider _clock;
    private readonly IStopRule _stopRule;
    private readonly ClosedFormMetrics _closedForms;
    private readonly string[] _requiredMetrics;
    private readonly List<Trial> _trials;
    private readonly TrialLeases _leases;
    private readonly Dictionary<string, int> _askedBy = new(StringComparer.Ordinal);
    private readonly ITimer _leaseCheck;
    private readonly Lock _recommendation = new();
    private (int Complete, RecommendedTrials? Answer) _recommended = (-1, null);

    public ServedStudy(IStudyStore store, StudyDefinition definition, IStrategy strategy, ServeSettings settings, TimeProvider clock,
        IStopRule? stopRule = null)
    {
        _store = store;
        Definition = definition;
        _strategy = strategy;
        _settings = settings;
        _clock = clock;
        _stopRule = stopRule ?? NeverStop.Instance;
        _closedForms = ClosedFormMetrics.Of(definition.ClosedForms);
        _requiredMetrics = definition.RequiredMetrics.ToArray();
        _leases = new TrialLeases(settings.LeaseTimeout);
        _trials = Resume();
        _leaseCheck = clock.CreateTimer(_ => RequeueLapsed(), null, settings.LeaseTimeout / 4, settings.LeaseTimeout / 4);
    }

    public StudyDefinition Definition { get; }

    public TimeSpan LeaseTimeout => _settings.LeaseTimeout;

    public int Budget => _settings.Budget;

    /// <summary>A snapshot of every trial, by number.</summary>
    public IReadOnlyList<Trial> Trials
    {
        get
        {
            lock (_state) return _trials.ToArray();
        }
    }

    /// <summary>True once the budget is spent and no trial is queued or running.</summary>
    public bool IsFinished
    {
        get
        {
            lock (_state) return _trials.Count >= _settings.Budget && _trials.All(t => t.IsTerminal);
        }
    }

    /// <summary>
    /// A trial for <paramref name="client"/>: a queued one (re-queued after a lapsed lease) first, otherwise the
    /// strategy's next proposal given every finished and every pending trial. The same <paramref name="requestId"/>
    /// asked again (a retry after the answer was lost) gets the same trial while it runs.
    /// </summary>
    /// <exception cref="ServiceRequestException">Finished (410), or Wait (503) while the budget is spent but trials still run.</exception>
    public Trial Ask(string client, string? requestId)
    {
        lock (_state)
        {
            if (TakeQueued(client, requestId) is { } queued)
                return queued;
        }
        lock (_proposal)
        {
            IReadOnlyList<Observation> history;
            IReadOnlyList<Assignment> pending;
            lock (_state)
            {
                if (TakeQueued(client, requestId) is { } queued)
                    return queued;
                history = ModelledHistory(_trials.Where(t => t.State == TrialState.Complete).Select(t => new Observation(t.Parameters, t.Values)).ToArray());
                // A pruned trial's final value is unknown: pending, as for the coordinator (TrialBook).
                pending = _trials.Where(t => t.State is TrialState.Queued or TrialState.Running or TrialState.Pruned).Select(t => t.Parameters).ToArray();
            }
            var started = Stopwatch.GetTimestamp();
            var point = _strategy.Propose(history, pending, 1).FirstOrDefault()
                        ?? throw new InvalidOperationException("the strategy proposed no point");
            Definition.Space.Encode(point);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            lock (_state)
            {
                var trial = _store.Enqueue(point, seconds);
                _trials.Add(trial);
                return StartLocked(trial.Number, client, requestId);
            }
        }
    }

    /// <summary>Moves the deadline of the client's lease on the trial; the trial as it stands.</summary>
    /// <exception cref="ServiceRequestException">NotFound, or LeaseLost when that attempt no longer runs.</exception>
    public Trial Heartbeat(int number, int attempt)
    {
        lock (_state)
        {
            var trial = Existing(number);
            if (!_leases.Renew(number, attempt, _clock.GetUtcNow()))
                throw LeaseLost(trial, attempt);
            return trial;
        }
    }

    /// <summary>
    /// Stores the trial's intermediate values at <paramref name="step"/> (renewing its lease) and returns whether the
    /// stop rule says it should stop; a stopped trial is recorded pruned at once, and the same report again answers stop
    /// again. A tell or fail of a pruned attempt afterwards is answered as a duplicate and changes nothing.
    /// </summary>
    public bool Report(int number, int attempt, int step, IReadOnlyDictionary<string, double> values)
    {
        if (step < 1)
            throw ServiceRequestException.BadRequest($"trial {number}: step: {step} is not a step; steps count from 1");
        CheckFinite(number, values);
        lock (_state)
        {
            var trial = Existing(number);
            if (trial.State == TrialState.Pruned && trial.Attempt == attempt)
                return true;
            var now = _clock.GetUtcNow();
            if (!_leases.Renew(number, attempt, now) || !_store.Report(number, new IntermediateReport(attempt, step, values, now)))
                throw LeaseLost(trial, attempt);
            if (!_stopRule.ShouldStop(trial, step, _trials, _store))
                return false;
            _trials[number] = _store.Prune(number, attempt, now, EvaluationSeconds(trial));
            _leases.Release(number);
            return true;
        }
    }

    /// <summary>
    /// Records the trial's result (closed-form metrics filled in). A tell repeated for an attempt already complete (a
    /// retry after a lost answer) changes nothing and answers the same trial, with <c>Duplicate</c> true.
    /// </summary>
    public (Trial Trial, bool Duplicate) Tell(int number, int attempt, IReadOnlyDictionary<string, double> values)
    {
        var missing = _requiredMetrics.Where(name => !values.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
            throw ServiceRequestException.BadRequest(
                $"trial {number}: values: missing metric{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(n => $"'{n}'"))}" +
                $" (told: {(values.Count == 0 ? "none" : string.Join(", ", values.Keys))})");
        CheckFinite(number, values);
        return Finish(number, attempt, TrialState.Complete, trial =>
            _store.Complete(number, attempt, _closedForms.Fill(trial.Parameters, values), _clock.GetUtcNow(), EvaluationSeconds(trial)));
    }

    /// <summary>Records that the trial failed (a crash, out of memory); repeated like <see cref="Tell"/>.</summary>
    public (Trial Trial, bool Duplicate) Fail(int number, int attempt, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw ServiceRequestException.BadRequest($"trial {number}: reason: required, the reason the trial failed");
        var kept = reason.Length > _settings.MaxReasonLength ? reason[.._settings.MaxReasonLength] : reason;
        return Finish(number, attempt, TrialState.Failed, trial =>
            _store.Fail(number, attempt, kept, _clock.GetUtcNow(), EvaluationSeconds(trial)));
    }

    /// <summary>
    /// See <see cref="BestTrials.Recommend"/>; fitted again only once another trial has completed (it reads complete
    /// trials alone, and a complete trial never changes), so clients polling <c>recommend</c> do not refit a GP each time.
    /// </summary>
    public RecommendedTrials? Recommend()
    {
        var trials = Trials;
        var complete = trials.Count(t => t.State == TrialState.Complete);
        lock (_recommendation)
        {
            if (_recommended.Complete != complete)
                _recommended = (complete, BestTrials.Recommend(trials, Definition, _settings.Seed));
            return _recommended.Answer;
        }
    }

    /// <summary>Queues again every trial whose lease lapsed (attempt + 1); called by a timer and before each ask.</summary>
    public void RequeueLapsed()
    {
        lock (_state) RequeueLapsedLocked();
    }

    public void Dispose() => _leaseCheck.Dispose();

    // BOHB's rule while early stopping leaves few complete trials, as the coordinator applies it (HighestFidelityHistory.For);
    // the curves are read back from the store, as the stop rule reads them.
    private IReadOnlyList<Observation> ModelledHistory(IReadOnlyList<Observation> complete)
    {
        if (!Definition.Stopping.IsEnabled)
            return complete;
        var curves = LearningCurves.From(_store.AllIntermediateReports(), _trials.ToDictionary(t => t.Number), Definition.Objectives[0]);
        return HighestFidelityHistory.For(Definition, complete, curves, number => _trials[number].Parameters);
    }

    private List<Trial> Resume()
    {
        var trials = new List<Trial>();
        var now = _clock.GetUtcNow();
        foreach (var stored in _store.Trials())
        {
            if (stored.Number != trials.Count)
                throw new InvalidDataException($"the study store has trial {stored.Number} where trial {trials.Count} was expected");
            var trial = stored.State == TrialState.Interrupted ? _store.Requeue(stored.Number) : stored;
            // Its client may still be training: it keeps the trial if it heartbeats or tells within one lease.
            if (trial.State == TrialState.Running)
                _leases.Grant(trial.Number, trial.Attempt, trial.Worker ?? "", now);
            trials.Add(trial);
        }
        return trials;
    }

    private Trial? TakeQueued(string client, string? requestId)
    {
        RequeueLapsedLocked();
        if (requestId is not null && _askedBy.TryGetValue(requestId, out var asked) && _trials[asked].State == TrialState.Running)
            return _trials[asked];
        var queued = _trials.FirstOrDefault(t => t.State == TrialState.Queued);
        if (queued is not null)
            return StartLocked(queued.Number, client, requestId);
        if (_trials.Count < _settings.Budget)
            return null;
        var running = _trials.Count(t => t.State == TrialState.Running);
        if (running == 0)
            throw ServiceRequestException.Finished($"the study is finished: its budget of {_settings.Budget} trials is spent");
        throw ServiceRequestException.Wait(
            $"no trial to hand out: the budget of {_settings.Budget} trials is spent and {running} still run; " +
            "one comes back if its lease lapses, ask again later");
    }

    private Trial StartLocked(int number, string client, string? requestId)
    {
        var now = _clock.GetUtcNow();
        var trial = _store.Start(number, client, now);
        _trials[number] = trial;
        _leases.Grant(number, trial.Attempt, client, now);
        if (requestId is not null)
            _askedBy[requestId] = number;
        return trial;
    }

    private (Trial, bool) Finish(int number, int attempt, TrialState state, Func<Trial, Trial> record)
    {
        lock (_state)
        {
            var before = Existing(number);
            if (before.Attempt == attempt && (before.State == state || before.State == TrialState.Pruned))
                return (before, true);
            if (before.Attempt != attempt || before.State != TrialState.Running)
                throw LeaseLost(before, attempt);
            var after = record(before);
            _trials[number] = after;
            _leases.Release(number);
            return (after, false);
        }
    }

    private void RequeueLapsedLocked()
    {
        foreach (var number in _leases.Lapsed(_clock.GetUtcNow()))
        {
            _leases.Release(number);
            _trials[number] = _store.Requeue(number);
        }
    }

    private Trial Existing(int number) =>
        number >= 0 && number < _trials.Count
            ? _trials[number]
            : throw ServiceRequestException.NotFound($"trial {number}: no such trial (the study has {_trials.Count})");

    private double? EvaluationSeconds(Trial trial) => trial.StartedAt is { } started ? (_clock.GetUtcNow() - started).TotalSeconds : null;

    private static ServiceRequestException LeaseLost(Trial trial, int attempt) =>
        ServiceRequestException.LeaseLost(trial.Attempt == attempt
            ? $"trial {trial.Number} attempt {attempt} is {Lower(trial.State)}, not running"
            : $"trial {trial.Number} attempt {attempt} is no longer yours: its lease lapsed and the trial was queued again " +
              $"(now attempt {trial.Attempt}, {Lower(trial.State)}); the result is not recorded");

    private static string Lower(TrialState state) => state.ToString().ToLowerInvariant();

    private static void CheckFinite(int number, IReadOnlyDictionary<string, double> values)
    {
        foreach (var (name, value) in values)
        {
            if (name.Length == 0)
                throw ServiceRequestException.BadRequest($"trial {number}: values: a metric needs a name");
            if (!double.IsFinite(value))
                throw ServiceRequestException.BadRequest($"trial {number}: values.{name}: {value} is not a finite number; fail the trial instead");
        }
    }
}
