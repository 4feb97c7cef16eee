using Optimizer.Core.Acquisition;
using Optimizer.Core.MultiObjective;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Multi-objective Bayesian optimization with one GP per outcome (each objective and each black-box constraint; closed
/// forms computed exactly): after a scrambled-Sobol design, each proposal maximizes NEHVI (Daulton et al. NeurIPS 2021)
/// over joint posterior worlds of the baseline and pending outcomes, or ParEGO's LogNEI of a random Chebyshev
/// scalarization (Knowles 2006), weighted by the probability of feasibility (Gardner et al. 2014). Before any feasible
/// observation it maximizes the probability of feasibility alone. An acquisition that integrates the black-box
/// constraints itself (NEHVI with <see cref="MultiObjectiveOptions.SampledFeasibility"/>) is weighted only by the
/// closed-form constraints and the failure model, and is maximized before the first feasible observation too. The acquisition is passed in
/// (<see cref="IMultiObjectiveAcquisitionFactory"/>; the options' choice made in <see cref="MultiObjectiveAcquisitions"/>). When no untaken point can be found (a small discrete space used
/// up) the initial design's continuation is proposed, which repeats assignments in sequence order.
/// </summary>
public sealed class MultiObjectiveGpStrategy : IStrategy
{
    private const int IncumbentStarts = 5;
    private const int MinimumSuccesses = 2;

    private readonly SearchSpace _space;
    private readonly IReadOnlyList<Objective> _objectives;
    private readonly MultiObjectiveOptions _options;
    private readonly int _seed;
    private readonly SobolStrategy _initialDesign;
    private readonly IMultiObjectiveAcquisitionFactory _acquisition;
    private readonly ConstraintModels _constraints;
    private readonly FailureModel _failures;
    private readonly IReadOnlyList<OutcomeConstraint> _constraintList;
    private double[]? _referencePoint;

    public MultiObjectiveGpStrategy(
        SearchSpace space, IReadOnlyList<Objective> objectives, IReadOnlyList<OutcomeConstraint> constraints, MultiObjectiveOptions options, int seed)
        : this(space, objectives, constraints, options, MultiObjectiveAcquisitions.From(space, objectives, options, seed), seed)
    {
    }

    /// <summary>A strategy maximizing the acquisition <paramref name="acquisition"/> builds.</summary>
    internal MultiObjectiveGpStrategy(
        SearchSpace space, IReadOnlyList<Objective> objectives, IReadOnlyList<OutcomeConstraint> constraints, MultiObjectiveOptions options,
        IMultiObjectiveAcquisitionFactory acquisition, int seed)
    {
        if (objectives.Count < 2)
            throw new ArgumentException("multi-objective optimization needs at least two objectives; use GaussianProcessStrategy for one", nameof(objectives));
        if (options.ReferencePoint is { } given && given.Count != objectives.Count)
            throw new ArgumentException($"the reference point has {given.Count} values for {objectives.Count} objectives", nameof(options));
        _space = space;
        _objectives = objectives;
        _options = options;
        _seed = seed;
        _constraintList = constraints;
        _initialDesign = new SobolStrategy(space, seed);
        InitialTrials = options.InitialTrialsFor(space.Dimension);
        _acquisition = acquisition;
        _constraints = new ConstraintModels(space, constraints, options.Metrics, options.FitOptions, options.Refit, seed, options.Warn, options.ConstraintMeanAtBound);
        _failures = new FailureModel(space, options.FitOptions, options.Refit, seed, options.Warn);
    }

    /// <summary>Trials proposed by the space-filling design before the models take over.</summary>
    public int InitialTrials { get; }

    /// <summary>
    /// The hypervolume reference point of the last model-based proposal, one value per objective in that objective's own
    /// direction (the user's, or inferred from the feasible observations); null before the first one.
    /// </summary>
    public IReadOnlyList<double>? ReferencePoint => _referencePoint is { } r ? _objectives.Select((o, j) => o.ToMaximization(r[j])).ToArray() : null;

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        var finished = history;
        var observations = finished.Where(o => !o.Failed).ToList();
        var vectors = observations.Select((o, i) => ObjectiveVector.TryToMaximization(o.Values, _objectives, out var v)
            ? v
            : throw new ArgumentException($"observation {i}: an objective is missing or not a finite number", nameof(history))).ToList();
        // Failed trials count toward the design (never re-issued); the models need at least two successes.
        if (finished.Count < Math.Max(InitialTrials, 1) || observations.Count < MinimumSuccesses)
            return _initialDesign.Propose(history, pending, count);

        var inputs = observations.Select(o => _space.Encode(o.Parameters)).ToList();
        var success = _failures.Fit(finished.Select(o => _space.Encode(o.Parameters)).ToList(), finished);
        var pendingInputs = pending.Select(_space.Encode).ToList();
        var feasible = observations.Select(o => Feasibility.IsFeasible(o.Values, _constraintList)).ToArray();
        var reference = Reference(vectors, feasible);
        _referencePoint = reference;
        // Constraint and objective models refit independently, side by side.
        var constraintFit = Task.Run(() => _constraints.Fit(inputs, observations));
        var build = _acquisition.Fit(new MultiObjectiveEvidence(inputs, observations, vectors, feasible, reference));
        var feasibility = constraintFit.GetAwaiter().GetResult();
        var anyFeasible = feasible.Any(f => f);
        var incumbents = Incumbents(inputs, vectors, feasible);
        var taken = new TakenPoints(_space);
        taken.AddRange(finished.Select(o => o.Parameters));
        taken.AddRange(pending);
        var proposals = new List<Assignment>(count);
        // An acquisition that integrates the modelled constraints is weighted only by the closed forms and the failure model.
        var integrated = _acquisition.IntegratesConstraints;
        for (var c = 0; c < count; c++)
        {
            var callSeed = SeedMixer.Mix(_seed, ((long)finished.Count << 24) + ((long)pendingInputs.Count << 8) + c);
            var term = (integrated ? feasibility.ClosedFormTerm() : feasibility.Term(pendingInputs)).And(success?.Term(pendingInputs));
            var objective = anyFeasible || integrated
                ? build(new AcquisitionRequest(pendingInputs, callSeed, integrated ? feasibility.Modelled : []))
                : null;
            IAcquisition acquisition = term.IsEmpty ? objective! : new FeasibilityWeighted(objective, term);
            var optimizer = new AcquisitionOptimizer(_space, _options.OptimizerOptions);
            var x = optimizer.Maximize(acquisition, incumbents, taken, callSeed) ?? taken.RandomUntaken(callSeed);
            var point = x is null ? _initialDesign.Propose(history, [.. pending, .. proposals], 1)[0] : _space.Decode(x);
            pendingInputs.Add(x ?? _space.Encode(point));
            taken.Add(point);
            proposals.Add(point);
        }
        return proposals;
    }

    private double[] Reference(List<double[]> vectors, bool[] feasible)
    {
        if (_options.ReferencePoint is { } given) return MultiObjective.ReferencePoint.ToMaximization(given, _objectives);
        var feasibleVectors = vectors.Where((_, i) => feasible[i]).ToList();
        return MultiObjective.ReferencePoint.Infer(feasibleVectors.Count > 0 ? feasibleVectors : vectors);
    }

    // Starts for local search: a spread of the observed feasible front (or the least infeasible points).
    private static List<double[]> Incumbents(List<double[]> inputs, List<double[]> vectors, bool[] feasible)
    {
        var feasibleIndices = Enumerable.Range(0, inputs.Count).Where(i => feasible[i]).ToArray();
        if (feasibleIndices.Length == 0) return [];
        var front = ParetoFront.Select(feasibleIndices.Select(i => vectors[i]).ToList()).Select(k => feasibleIndices[k]).ToArray();
        var stride = Math.Max(1, front.Length / IncumbentStarts);
        return front.Where((_, k) => k % stride == 0).Take(IncumbentStarts).Select(i => inputs[i]).ToList();
    }
}
