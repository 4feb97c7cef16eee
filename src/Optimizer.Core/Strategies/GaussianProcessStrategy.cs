using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Bayesian optimization of one objective with a Gaussian process: a space-filling initial design, then each proposal
/// picks a point from the posterior over joint samples of the pending trials (by default maximizing LogNEI integrated
/// over them), so a free worker never gets a point next to one still running. Snoek et al., "Practical Bayesian
/// Optimization of Machine Learning Algorithms", NeurIPS 2012 (asynchronous proposals by fantasies); Ament et al. 2023
/// (LogEI). The model and the candidate generator are passed in (<see cref="GaussianProcessParts"/>). When no untaken
/// point can be found (a small discrete space used up) the initial design's continuation is proposed, which repeats
/// assignments in sequence order. With <see cref="GaussianProcessOptions.TrustRegion"/> every candidate is searched for
/// in a box around the incumbent (<see cref="TrustRegion"/>, Eriksson et al. NeurIPS 2019).
/// </summary>
public sealed class GaussianProcessStrategy : IStrategy
{
    private const int BaselineSize = 16;
    private const int IncumbentStarts = 5;

    private readonly SearchSpace _space;
    private readonly Objective _objective;
    private readonly GpStrategyOptions _options;
    private readonly GaussianProcessParts _parts;
    private readonly int _seed;
    private readonly IReadOnlyList<OutcomeConstraint> _constraintList;
    private readonly ConstraintModels _constraints;
    private readonly FailureModel _failures;

    public GaussianProcessStrategy(SearchSpace space, Objective objective, GaussianProcessOptions options, int seed)
        : this(space, objective, [], ClosedFormMetrics.None, options, seed)
    {
    }

    /// <summary>
    /// A strategy whose acquisition is weighted by the probability that <paramref name="constraints"/> hold (a GP per
    /// constraint metric; those in <paramref name="closedForms"/> computed exactly), Gardner et al. ICML 2014.
    /// </summary>
    public GaussianProcessStrategy(
        SearchSpace space, Objective objective, IReadOnlyList<OutcomeConstraint> constraints, ClosedFormMetrics closedForms, GaussianProcessOptions options, int seed)
        : this(space, objective, constraints, closedForms, options, GaussianProcessParts.From(space, objective, options, seed), seed)
    {
    }

    internal GaussianProcessStrategy(
        SearchSpace space, Objective objective, IReadOnlyList<OutcomeConstraint> constraints, ClosedFormMetrics closedForms,
        GpStrategyOptions options, GaussianProcessParts parts, int seed)
    {
        if (closedForms.TryGet(objective.Name, out _))
            throw new ArgumentException($"objective '{objective.Name}' is a closed form of the parameters: there is nothing to optimize by experiment", nameof(closedForms));
        _constraintList = constraints;
        _constraints = new ConstraintModels(space, constraints, closedForms, options.FitOptions, options.Refit, seed, options.Warn, options.ConstraintMeanAtBound);
        _failures = new FailureModel(space, options.FitOptions, options.Refit, seed, options.Warn);
        _space = space;
        _objective = objective;
        _options = options;
        _parts = parts;
        _seed = seed;
        InitialTrials = options.InitialTrialsFor(space.Dimension);
    }

    /// <summary>Trials proposed by the space-filling design before the model takes over.</summary>
    public int InitialTrials { get; }

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        var finished = history;
        var succeeded = finished.Where(o => !o.Failed).ToList();
        var values = new double[succeeded.Count];
        for (var i = 0; i < succeeded.Count; i++)
        {
            if (!succeeded[i].Values.TryGetValue(_objective.Name, out values[i]))
                throw new ArgumentException($"observation {i}: objective '{_objective.Name}' is missing", nameof(history));
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"observation {i}: objective '{_objective.Name}' is {values[i]}, not a finite number", nameof(history));
        }
        if (_parts.DesignRule.IsDesignPoint(finished.Count, succeeded.Count, pending.Count))
            return _parts.InitialDesign.Propose(history, pending, count);

        var inputs = succeeded.Select(o => _space.Encode(o.Parameters)).ToList();
        var failedInputs = finished.Where(o => o.Failed).Select(o => _space.Encode(o.Parameters)).ToList();
        var pendingInputs = pending.Select(_space.Encode).ToList();
        // A failed trial enters the objective's model at the worst observed value, so the model itself, not only the
        // failure model, sees the crashing region as poor (worst-value imputation); the incumbents stay among the successes.
        var worst = values.MinBy(_objective.ToMaximization);
        var errors = _parts.HoldReportedErrors ? ReportedErrors.Of(_objective, succeeded.Select(o => o.Values)) : null;
        var largestError = errors?.Max() ?? 0.0;
        var fit = _parts.Model.Update([.. inputs, .. failedInputs], [.. values, .. failedInputs.Select(_ => worst)],
            errors is null ? null : [.. errors, .. failedInputs.Select(_ => largestError)]);
        var model = fit.Model;
        var feasible = succeeded.Select(o => Feasibility.IsFeasible(o.Values, _constraintList)).ToArray();
        var feasibility = _constraints.Fit(inputs, succeeded);
        var success = _failures.Fit(finished.Select(o => _space.Encode(o.Parameters)).ToList(), finished);
        var region = _parts.TrustRegion is { } trust ? Region(trust, model, finished, inputs, feasible) : null;
        var taken = new TakenPoints(_space);
        taken.AddRange(finished.Select(o => o.Parameters));
        taken.AddRange(pending);
        var proposals = new List<Assignment>(count);
        for (var c = 0; c < count; c++)
        {
            var callSeed = SeedMixer.Mix(_seed, ((long)finished.Count << 24) + ((long)pendingInputs.Count << 8) + c);
            var term = feasibility.Term(pendingInputs).And(success?.Term(pendingInputs));
            var x = ProposeOne(model, fit.Samples, inputs, values, feasible, term, taken, pendingInputs, region, callSeed) ?? taken.RandomUntaken(callSeed);
            var point = x is null ? _parts.InitialDesign.Propose(history, [.. pending, .. proposals], 1)[0] : _space.Decode(x);
            pendingInputs.Add(x ?? _space.Encode(point));
            taken.Add(point);
            proposals.Add(point);
        }
        return proposals;
    }

    private double[]? ProposeOne(
        GaussianProcess model, IReadOnlyList<GaussianProcess> samples, List<double[]> inputs, double[] values, bool[] feasible, FeasibilityTerm feasibility, TakenPoints taken,
        List<double[]> pendingInputs, EncodedBox? region, int seed)
    {
        // The incumbent is sampled among the best feasible observations (Letham et al. 2019); with none, feasibility alone leads.
        var baseline = Enumerable.Range(0, inputs.Count).Where(i => feasible[i])
            .OrderByDescending(i => model.PredictMean(inputs[i])).Take(BaselineSize).Select(i => inputs[i]).ToList();
        if (baseline.Count == 0)
        {
            return new AcquisitionOptimizer(_space, _options.OptimizerOptions.ScaledFor(model.Count))
                .Maximize(new FeasibilityWeighted(null, feasibility), [], taken, seed);
        }
        var normals = QuasiNormalSamples.Draw(_options.Worlds, baseline.Count + 2 * pendingInputs.Count, seed);
        // Integrated over hyper-parameter samples, sample k takes its share of the worlds (a mixture over models).
        var posteriors = samples.Count == 0
            ? [Fantasies(model, baseline, pendingInputs, normals)]
            : samples.Select((m, k) => Fantasies(m, baseline, pendingInputs, Share(normals, k, samples.Count))).ToArray();
        var incumbents = Enumerable.Range(0, inputs.Count).Where(i => feasible[i] && (region?.Contains(inputs[i]) ?? true))
            .OrderByDescending(i => _objective.ToMaximization(values[i]))
            .Take(IncumbentStarts)
            .Select(i => inputs[i])
            .ToList();
        return _parts.Generator.Generate(new CandidateRequest(posteriors, feasibility, incumbents, taken, model.Count, seed, region));
    }

    // TuRBO-1's box: centred at the best observed point by posterior mean (robust to noise; feasible ones first), its side
    // replayed from the history, where a failed or infeasible trial counts as a failure.
    private EncodedBox Region(TrustRegionOptions trust, GaussianProcess model, IReadOnlyList<Observation> finished, List<double[]> inputs, bool[] feasible)
    {
        var outcomes = finished
            .Select(o => o.Failed || !Feasibility.IsFeasible(o.Values, _constraintList) ? (double?)null : _objective.ToMaximization(o.Values[_objective.Name]))
            .ToList();
        var length = TrustRegion.Length(outcomes, InitialTrials, trust, trust.FailureToleranceFor(_space.Dimension));
        var candidates = Enumerable.Range(0, inputs.Count).Where(i => feasible[i]).ToList();
        if (candidates.Count == 0) candidates = Enumerable.Range(0, inputs.Count).ToList();
        var centre = inputs[candidates.MaxBy(i => model.PredictMean(inputs[i]))];
        return EncodedBox.TrustRegion(_space, centre, model.Hyperparameters.Lengthscales, length);
    }

    private FantasyPosterior Fantasies(GaussianProcess model, List<double[]> baseline, List<double[]> pending, double[][] normals) =>
        FantasyPosterior.Create(model, baseline, pending, normals, _parts.Pending);

    // Rows [k W / K, (k + 1) W / K) of the W worlds' base samples: the k-th of K shares.
    private static double[][] Share(double[][] normals, int k, int shares) =>
        normals[(k * normals.Length / shares)..((k + 1) * normals.Length / shares)];
}
