using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Numerics;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Bayesian optimization of one objective with a Gaussian process: a scrambled-Sobol initial design, then each proposal
/// maximizes LogNEI (or UCB, or a Thompson sample) integrated over joint posterior samples of the pending trials, so a
/// free worker never gets a point next to one still running. Snoek et al., "Practical Bayesian Optimization of Machine
/// Learning Algorithms", NeurIPS 2012 (asynchronous proposals by fantasies); Ament et al. 2023 (LogEI).
/// </summary>
public sealed class GaussianProcessStrategy : IStrategy
{
    private const int BaselineSize = 16;
    private const int IncumbentStarts = 5;
    private const int ThompsonCandidates = 512;
    private const int MinimumSuccesses = 2;

    private readonly SearchSpace _space;
    private readonly Objective _objective;
    private readonly GaussianProcessOptions _options;
    private readonly int _seed;
    private readonly IStrategy _initialDesign;
    private readonly OutcomeModel _model;
    private readonly IReadOnlyList<OutcomeConstraint> _constraintList;
    private readonly ConstraintModels _constraints;
    private readonly ClosedFormMetrics _closedForms;
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
    {
        if (closedForms.TryGet(objective.Name, out _))
            throw new ArgumentException($"objective '{objective.Name}' is a closed form of the parameters: there is nothing to optimize by experiment", nameof(closedForms));
        _constraintList = constraints;
        _closedForms = closedForms;
        _constraints = new ConstraintModels(space, constraints, closedForms, options.FitOptions, options.RefitInterval, seed);
        _failures = new FailureModel(space, options.FitOptions, options.RefitInterval, seed);
        _space = space;
        _objective = objective;
        _options = options;
        _seed = seed;
        InitialTrials = options.InitialTrials ?? space.Dimension + 2;
        _initialDesign = options.InitialDesign == InitialDesignKind.LatinHypercube
            ? new LatinHypercubeStrategy(space, seed, InitialTrials)
            : new SobolStrategy(space, seed);
        _model = new OutcomeModel(
            new OutcomeModelSettings(objective.Direction == ObjectiveDirection.Minimize, options.LogWarp, options.PowerTransform, options.RefitInterval, options.FitOptions),
            seed);
    }

    /// <summary>Trials proposed by the space-filling design before the model takes over.</summary>
    public int InitialTrials { get; }

    public IReadOnlyList<Assignment> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<Assignment> pending,
        int count)
    {
        var finished = history.Select(o => o.Failed ? o : _closedForms.Fill(o)).ToList();
        var succeeded = finished.Where(o => !o.Failed).ToList();
        var values = new double[succeeded.Count];
        for (var i = 0; i < succeeded.Count; i++)
        {
            if (!succeeded[i].Values.TryGetValue(_objective.Name, out values[i]))
                throw new ArgumentException($"observation {i}: objective '{_objective.Name}' is missing", nameof(history));
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"observation {i}: objective '{_objective.Name}' is {values[i]}, not a finite number", nameof(history));
        }
        // Failed trials count toward the design (never re-issued); the model needs at least two successes.
        if (finished.Count < Math.Max(InitialTrials, 1) || succeeded.Count < MinimumSuccesses)
            return _initialDesign.Propose(history, pending, count);

        var inputs = succeeded.Select(o => _space.Encode(o.Parameters)).ToList();
        var failedInputs = finished.Where(o => o.Failed).Select(o => _space.Encode(o.Parameters)).ToList();
        var pendingInputs = pending.Select(_space.Encode).ToList();
        // A failed trial enters the objective's model at the worst observed value, so the model itself, not only the
        // failure model, sees the crashing region as poor (worst-value imputation); the incumbents stay among the successes.
        var worst = values.MinBy(_objective.ToMaximization);
        var model = _model.Update([.. inputs, .. failedInputs], [.. values, .. failedInputs.Select(_ => worst)]).Model;
        var feasible = succeeded.Select(o => Feasibility.IsFeasible(o.Values, _constraintList)).ToArray();
        var feasibility = _constraints.Fit(inputs, succeeded);
        var success = _failures.Fit(finished.Select(o => _space.Encode(o.Parameters)).ToList(), finished);
        var proposals = new List<Assignment>(count);
        for (var c = 0; c < count; c++)
        {
            var callSeed = SeedMixer.Mix(_seed, ((long)finished.Count << 24) + ((long)pendingInputs.Count << 8) + c);
            var term = feasibility(pendingInputs).And(success?.Invoke(pendingInputs));
            var x = ProposeOne(model, inputs, values, feasible, term, [.. inputs, .. failedInputs, .. pendingInputs], pendingInputs, callSeed);
            pendingInputs.Add(x);
            proposals.Add(_space.Decode(x));
        }
        return proposals;
    }

    private double[] ProposeOne(
        GaussianProcess model, List<double[]> inputs, double[] values, bool[] feasible, FeasibilityTerm feasibility, List<double[]> excluded,
        List<double[]> pendingInputs, int seed)
    {
        var believer = _options.Pending == PendingHandling.KrigingBeliever;
        // The incumbent is sampled among the best feasible observations (Letham et al. 2019); with none, feasibility alone leads.
        var baseline = Enumerable.Range(0, inputs.Count).Where(i => feasible[i])
            .OrderByDescending(i => model.PredictMean(inputs[i])).Take(BaselineSize).Select(i => inputs[i]).ToList();
        if (baseline.Count == 0)
        {
            return new AcquisitionOptimizer(_space, ScaledOptimizerOptions(model.Count))
                .Maximize(new FeasibilityWeighted(null, feasibility), [], excluded, seed) ?? RandomUnexcluded(excluded, seed);
        }
        var normals = QuasiNormalSamples.Draw(_options.Worlds, baseline.Count + 2 * pendingInputs.Count, seed);
        var posterior = FantasyPosterior.Create(model, baseline, pendingInputs, normals, believer);
        if (_options.Acquisition == AcquisitionKind.ThompsonSampling)
            return ThompsonSample(posterior, excluded, seed) ?? RandomUnexcluded(excluded, seed);
        IAcquisition acquisition = _options.Acquisition == AcquisitionKind.UpperConfidenceBound
            ? new UpperConfidenceBound(posterior, _options.UcbBeta)
            : new LogNoisyExpectedImprovement(posterior);
        if (!feasibility.IsEmpty) acquisition = new FeasibilityWeighted(acquisition, feasibility);
        var incumbents = Enumerable.Range(0, inputs.Count).Where(i => feasible[i])
            .OrderByDescending(i => _objective.ToMaximization(values[i]))
            .Take(IncumbentStarts)
            .Select(i => inputs[i])
            .ToList();
        var optimizer = new AcquisitionOptimizer(_space, ScaledOptimizerOptions(model.Count));
        return optimizer.Maximize(acquisition, incumbents, excluded, seed) ?? RandomUnexcluded(excluded, seed);
    }

    // Scoring a candidate costs O(n^2); past a few hundred observations fewer raw samples keep a proposal well under a second.
    private AcquisitionOptimizerOptions ScaledOptimizerOptions(int n)
    {
        var options = _options.OptimizerOptions;
        if (n <= 250) return options;
        var factor = 250.0 * 250.0 / ((double)n * n);
        return options with
        {
            RawSamples = Math.Max(128, (int)(options.RawSamples * factor)),
            Restarts = Math.Max(2, (int)Math.Ceiling(options.Restarts * Math.Sqrt(factor))),
        };
    }

    private double[]? ThompsonSample(FantasyPosterior posterior, List<double[]> excluded, int seed)
    {
        var candidates = new ScrambledSobol(_space.Dimension, seed).Sample(ThompsonCandidates)
            .Select(x => _space.Canonicalize(x))
            .Where(x => !excluded.Any(e => e.AsSpan().SequenceEqual(x)))
            .ToList();
        if (candidates.Count == 0) return null;
        var (mean, covariance) = posterior.Model.PredictJoint(candidates);
        var root = CholeskyFactor.Factorize(candidates.Count, (i, j) => covariance[i][j] + (i == j ? 1e-8 : 0.0));
        var z = QuasiNormalSamples.Draw(1, candidates.Count, seed)[0];
        var best = 0;
        var bestValue = double.NegativeInfinity;
        for (var i = 0; i < candidates.Count; i++)
        {
            var sample = mean[i] + DenseKernels.Dot(root.Row(i), z.AsSpan(0, i + 1));
            if (sample > bestValue) (best, bestValue) = (i, sample);
        }
        return candidates[best];
    }

    private double[] RandomUnexcluded(List<double[]> excluded, int seed)
    {
        var random = new Random(seed);
        double[] x;
        var tries = 0;
        do
        {
            x = _space.Canonicalize(Enumerable.Range(0, _space.Dimension).Select(_ => random.NextDouble()).ToArray());
        }
        while (++tries < 1000 && excluded.Any(e => e.AsSpan().SequenceEqual(x)));
        return x;
    }
}
