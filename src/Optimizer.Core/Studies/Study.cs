using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Studies;

/// <summary>
/// The ask/tell entry point for .NET users: <see cref="Ask"/> hands out the next trial (accounting for every trial
/// asked and not yet told), <see cref="Tell"/> records its metrics. Thread-safe; trials are kept in memory.
/// </summary>
public sealed class Study
{
    private readonly object _gate = new();
    private readonly List<Trial> _trials = [];
    private readonly Queue<Assignment> _enqueued = new();
    private readonly IStrategy _strategy;
    private readonly TimeProvider _clock;

    public Study(SearchSpace space, IReadOnlyList<Objective> objectives, IStrategy strategy, TimeProvider? clock = null)
    {
        if (objectives.Count == 0)
            throw new ArgumentException("a study needs at least one objective", nameof(objectives));
        Space = space;
        Objectives = objectives;
        _strategy = strategy;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>A study of one objective with the default strategy (GP-BO after a Sobol design).</summary>
    public static Study Create(SearchSpace space, Objective objective, int seed = 0) =>
        new(space, [objective], new GaussianProcessStrategy(space, objective, new GaussianProcessOptions(), seed));

    public SearchSpace Space { get; }

    public IReadOnlyList<Objective> Objectives { get; }

    /// <summary>A snapshot of every trial, by number.</summary>
    public IReadOnlyList<Trial> Trials
    {
        get
        {
            lock (_gate) return _trials.ToArray();
        }
    }

    /// <summary>The complete trial with the best value of the first objective, or null before any.</summary>
    public Trial? BestTrial
    {
        get
        {
            var objective = Objectives[0];
            return Trials.Where(t => t.State == TrialState.Complete)
                .OrderByDescending(t => objective.ToMaximization(t.Values[objective.Name]))
                .FirstOrDefault();
        }
    }

    /// <summary>
    /// The complete trial with the best posterior mean of the first objective (see <see cref="Recommendation"/>): for noisy
    /// objectives, report it beside <see cref="BestTrial"/>. Null before two complete trials.
    /// </summary>
    public Recommendation? Recommend(int seed = 0) => Recommendation.FromTrials(Space, Objectives[0], Trials, seed: seed);

    /// <summary>
    /// Queues a point of the user's (a known good setting, the machine's current one) to be handed out by the next
    /// <see cref="Ask"/> before any proposal. Throws <see cref="SearchSpaceException"/> for a point outside the space.
    /// </summary>
    public void Enqueue(Assignment parameters)
    {
        Space.Encode(parameters);
        lock (_gate) _enqueued.Enqueue(new Dictionary<string, ParameterValue>(parameters));
    }

    /// <summary>Returns the next enqueued point, or else the strategy's proposal, as a running trial.</summary>
    public Trial Ask()
    {
        lock (_gate)
        {
            var history = _trials.Where(t => t.State is TrialState.Complete or TrialState.Failed)
                .Select(t => t.State == TrialState.Failed ? Observation.Failure(t.Parameters) : new Observation(t.Parameters, t.Values))
                .ToList();
            var pending = _trials.Where(t => t.State == TrialState.Running).Select(t => t.Parameters).ToList();
            var point = _enqueued.Count > 0 ? _enqueued.Dequeue() : _strategy.Propose(history, pending, 1)[0];
            var trial = new Trial(_trials.Count, TrialState.Running, point, new Dictionary<string, double>(), 1, null, _clock.GetUtcNow(), null, null);
            _trials.Add(trial);
            return trial;
        }
    }

    /// <summary>Records the metrics of a running trial; every objective must be present and finite.</summary>
    public Trial Tell(Trial trial, IReadOnlyDictionary<string, double> values)
    {
        foreach (var objective in Objectives)
        {
            if (!values.TryGetValue(objective.Name, out var value))
                throw new ArgumentException($"trial {trial.Number}: missing objective '{objective.Name}'", nameof(values));
            if (!double.IsFinite(value))
                throw new ArgumentException($"trial {trial.Number}: objective '{objective.Name}' is {value}, not a finite number", nameof(values));
        }
        return Finish(trial, t => t with { State = TrialState.Complete, Values = new Dictionary<string, double>(values) });
    }

    /// <summary>Marks a running trial failed; it no longer counts as pending, is never proposed again, and tells the strategy where trials fail.</summary>
    public Trial Fail(Trial trial, string reason) => Finish(trial, t => t with { State = TrialState.Failed, Error = reason });

    private Trial Finish(Trial trial, Func<Trial, Trial> change)
    {
        lock (_gate)
        {
            if (trial.Number < 0 || trial.Number >= _trials.Count)
                throw new ArgumentException($"trial {trial.Number} does not belong to this study", nameof(trial));
            var current = _trials[trial.Number];
            if (current.State != TrialState.Running)
                throw new InvalidOperationException($"trial {trial.Number} is already {current.State.ToString().ToLowerInvariant()}");
            var finished = change(current) with { FinishedAt = _clock.GetUtcNow() };
            _trials[trial.Number] = finished;
            return finished;
        }
    }
}
