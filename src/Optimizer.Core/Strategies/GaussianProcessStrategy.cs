using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Optimization;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

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

    private readonly SearchSpace _space;
    private readonly Objective _objective;
    private readonly GaussianProcessOptions _options;
    private readonly int _seed;
    private readonly IStrategy _initialDesign;
    private readonly object _gate = new();
    private ModelCache? _cache;

    public GaussianProcessStrategy(SearchSpace space, Objective objective, GaussianProcessOptions options, int seed)
    {
        _space = space;
        _objective = objective;
        _options = options;
        _seed = seed;
        InitialTrials = options.InitialTrials ?? space.Dimension + 2;
        _initialDesign = options.InitialDesign == InitialDesignKind.LatinHypercube
            ? new LatinHypercubeStrategy(space, seed, InitialTrials)
            : new SobolStrategy(space, seed);
    }

    /// <summary>Trials proposed by the space-filling design before the model takes over.</summary>
    public int InitialTrials { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, ParameterValue>> Propose(
        IReadOnlyList<Observation> history,
        IReadOnlyList<IReadOnlyDictionary<string, ParameterValue>> pending,
        int count)
    {
        var values = new double[history.Count];
        for (var i = 0; i < history.Count; i++)
        {
            if (!history[i].Values.TryGetValue(_objective.Name, out values[i]))
                throw new ArgumentException($"observation {i}: objective '{_objective.Name}' is missing", nameof(history));
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"observation {i}: objective '{_objective.Name}' is {values[i]}, not a finite number", nameof(history));
        }
        if (history.Count < Math.Max(InitialTrials, 1))
            return _initialDesign.Propose(history, pending, count);

        var inputs = history.Select(o => _space.Encode(o.Parameters)).ToList();
        var pendingInputs = pending.Select(_space.Encode).ToList();
        GaussianProcess model;
        lock (_gate)
        {
            _cache = UpdateModel(inputs, values);
            model = _cache.Model;
        }
        var proposals = new List<IReadOnlyDictionary<string, ParameterValue>>(count);
        for (var c = 0; c < count; c++)
        {
            var callSeed = SeedMixer.Mix(_seed, ((long)history.Count << 24) + ((long)pendingInputs.Count << 8) + c);
            var x = ProposeOne(model, inputs, values, pendingInputs, callSeed);
            pendingInputs.Add(x);
            proposals.Add(_space.Decode(x));
        }
        return proposals;
    }

    private ModelCache UpdateModel(List<double[]> inputs, double[] values)
    {
        var n = inputs.Count;
        var fit = _options.FitOptions;
        var cache = _cache;
        var refitDue = cache is null
            || n - cache.FittedAt >= Math.Max(1, n / _options.RefitInterval)
            || cache.Model.Count > n
            || !values.Skip(cache.Model.Count).All(cache.Transform.Accepts)
            || !IsPrefix(cache.Model.Inputs, inputs);
        if (!refitDue)
        {
            var added = inputs.Skip(cache!.Model.Count).ToList();
            var targets = values.Skip(cache.Model.Count).Select(cache.Transform.Forward).ToList();
            return cache with { Model = cache.Model.WithObservations(added, targets) };
        }
        var transform = OutputTransform.Fit(values, _options.LogWarp, _objective.Direction == ObjectiveDirection.Minimize, _options.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var (fitInputs, fitTargets) = FitSubset(inputs, standardized, fit.MaxFitPoints);
        var random = new Random(SeedMixer.Mix(_seed, -n));
        var hyperparameters = HyperparameterFit.Fit(fitInputs, fitTargets, fit, cache?.Model.Hyperparameters, random);
        return new ModelCache(GaussianProcess.Condition(hyperparameters, fit.Kernel, inputs, standardized), transform, n);
    }

    private double[] ProposeOne(GaussianProcess model, List<double[]> inputs, double[] values, List<double[]> pendingInputs, int seed)
    {
        var excluded = inputs.Concat(pendingInputs).ToList();
        var believer = _options.Pending == PendingHandling.KrigingBeliever;
        var baseline = Math.Min(BaselineSize, model.Count);
        var normals = QuasiNormalSamples.Draw(_options.Worlds, baseline + 2 * pendingInputs.Count, seed);
        var posterior = FantasyPosterior.Create(model, pendingInputs, normals, baseline, believer);
        if (_options.Acquisition == AcquisitionKind.ThompsonSampling)
            return ThompsonSample(posterior, excluded, seed) ?? RandomUnexcluded(excluded, seed);
        IAcquisition acquisition = _options.Acquisition == AcquisitionKind.UpperConfidenceBound
            ? new UpperConfidenceBound(posterior, _options.UcbBeta)
            : new LogNoisyExpectedImprovement(posterior);
        var incumbents = Enumerable.Range(0, inputs.Count)
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

    private static bool IsPrefix(IReadOnlyList<double[]> cached, List<double[]> inputs)
    {
        for (var i = 0; i < cached.Count; i++)
            if (!cached[i].AsSpan().SequenceEqual(inputs[i])) return false;
        return true;
    }

    // Hyper-parameters from at most maxPoints observations: the best half and an even spread of the rest.
    private static (IReadOnlyList<double[]>, double[]) FitSubset(List<double[]> inputs, double[] targets, int maxPoints)
    {
        if (inputs.Count <= maxPoints) return (inputs, targets);
        var byValue = Enumerable.Range(0, inputs.Count).OrderByDescending(i => targets[i]).ToArray();
        var best = byValue.Take(maxPoints / 2);
        var rest = byValue.Skip(maxPoints / 2).ToArray();
        var stride = (double)rest.Length / (maxPoints - maxPoints / 2);
        var spread = Enumerable.Range(0, maxPoints - maxPoints / 2).Select(k => rest[(int)(k * stride)]);
        var chosen = best.Concat(spread).ToArray();
        return (chosen.Select(i => inputs[i]).ToList(), chosen.Select(i => targets[i]).ToArray());
    }
}
