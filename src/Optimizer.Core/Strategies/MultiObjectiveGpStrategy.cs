using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
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
/// observation it maximizes the probability of feasibility alone.
/// </summary>
public sealed class MultiObjectiveGpStrategy : IStrategy
{
    private const int MaxBaseline = 48;
    private const int IncumbentStarts = 5;
    private const int MinimumSuccesses = 2;

    private readonly SearchSpace _space;
    private readonly IReadOnlyList<Objective> _objectives;
    private readonly MultiObjectiveOptions _options;
    private readonly int _seed;
    private readonly SobolStrategy _initialDesign;
    private readonly OutcomeModel?[] _objectiveModels;
    private readonly OutcomeModel _scalarizedModel;
    private readonly ConstraintModels _constraints;
    private readonly FailureModel _failures;
    private readonly IReadOnlyList<OutcomeConstraint> _constraintList;
    private double[]? _referencePoint;

    public MultiObjectiveGpStrategy(
        SearchSpace space, IReadOnlyList<Objective> objectives, IReadOnlyList<OutcomeConstraint> constraints, MultiObjectiveOptions options, int seed)
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
        InitialTrials = options.InitialTrials ?? space.Dimension + 2;
        Acquisition = options.Acquisition ?? (objectives.Count <= 3 ? MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement : MultiObjectiveAcquisition.Parego);
        _objectiveModels = objectives
            .Select((o, j) => options.Metrics.TryGet(o.Name, out _)
                ? null
                : new OutcomeModel(Settings(o.Direction == ObjectiveDirection.Minimize, powerTransform: false), SeedMixer.Mix(seed, 100 + j)))
            .ToArray();
        _scalarizedModel = new OutcomeModel(Settings(negate: false, powerTransform: true), SeedMixer.Mix(seed, 99));
        _constraints = new ConstraintModels(space, constraints, options.Metrics, options.FitOptions, options.RefitInterval, seed);
        _failures = new FailureModel(space, options.FitOptions, options.RefitInterval, seed);
    }

    /// <summary>Trials proposed by the space-filling design before the models take over.</summary>
    public int InitialTrials { get; }

    /// <summary>The acquisition in use (NEHVI or ParEGO).</summary>
    public MultiObjectiveAcquisition Acquisition { get; }

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
        var finished = history.Select(o => o.Failed ? o : _options.Metrics.Fill(o)).ToList();
        var observations = finished.Where(o => !o.Failed).ToList();
        var vectors = observations.Select((o, i) => ObjectiveVector.TryToMaximization(o.Values, _objectives, out var v)
            ? v
            : throw new ArgumentException($"observation {i}: an objective is missing or not a finite number", nameof(history))).ToList();
        // Failed trials count toward the design (never re-issued); the models need at least two successes.
        if (finished.Count < Math.Max(InitialTrials, 1) || observations.Count < MinimumSuccesses)
            return _initialDesign.Propose(history, pending, count);

        var inputs = observations.Select(o => _space.Encode(o.Parameters)).ToList();
        var failedInputs = finished.Where(o => o.Failed).Select(o => _space.Encode(o.Parameters)).ToList();
        var success = _failures.Fit(finished.Select(o => _space.Encode(o.Parameters)).ToList(), finished);
        var pendingInputs = pending.Select(_space.Encode).ToList();
        var feasible = observations.Select(o => Feasibility.IsFeasible(o.Values, _constraintList)).ToArray();
        var reference = Reference(vectors, feasible);
        _referencePoint = reference;
        // Constraint and objective models refit independently, side by side.
        var constraintFit = Task.Run(() => _constraints.Fit(inputs, observations));
        var models = Acquisition == MultiObjectiveAcquisition.Parego ? null : FitObjectives(inputs, observations);
        var feasibility = constraintFit.GetAwaiter().GetResult();
        var proposals = new List<Assignment>(count);
        for (var c = 0; c < count; c++)
        {
            var callSeed = SeedMixer.Mix(_seed, ((long)finished.Count << 24) + ((long)pendingInputs.Count << 8) + c);
            var term = feasibility(pendingInputs).And(success?.Invoke(pendingInputs));
            IAcquisition? objective = !feasible.Any(f => f) ? null
                : models is null ? Parego(inputs, vectors, feasible, pendingInputs, callSeed)
                : Nehvi(models, inputs, feasible, reference, pendingInputs, callSeed);
            IAcquisition acquisition = term.IsEmpty ? objective! : new FeasibilityWeighted(objective, term);
            var incumbents = Incumbents(inputs, vectors, feasible);
            List<double[]> excluded = [.. inputs, .. failedInputs, .. pendingInputs];
            var optimizer = new AcquisitionOptimizer(_space, _options.OptimizerOptions);
            var x = optimizer.Maximize(acquisition, incumbents, excluded, callSeed) ?? UnexcludedPoint(excluded, callSeed);
            pendingInputs.Add(x);
            proposals.Add(_space.Decode(x));
        }
        return proposals;
    }

    private OutcomeModelSettings Settings(bool negate, bool powerTransform) =>
        new(negate, LogWarp: false, powerTransform, _options.RefitInterval, _options.FitOptions);

    private double[] Reference(List<double[]> vectors, bool[] feasible)
    {
        if (_options.ReferencePoint is { } given) return MultiObjective.ReferencePoint.ToMaximization(given, _objectives);
        var feasibleVectors = vectors.Where((_, i) => feasible[i]).ToList();
        return MultiObjective.ReferencePoint.Infer(feasibleVectors.Count > 0 ? feasibleVectors : vectors);
    }

    // Per objective: a GP (its cache extended or refitted) or, for a closed form, the linear transform of its values.
    private (ModelCache? Cache, ClosedFormOutcome? Exact, OutputTransform Transform)[] FitObjectives(List<double[]> inputs, List<Observation> observations)
    {
        var fitted = new (ModelCache?, ClosedFormOutcome?, OutputTransform)[_objectives.Count];
        // Outcomes are independent: their refits (warm-started, one L-BFGS-B run each) share the cores.
        Parallel.For(0, fitted.Length, j =>
        {
            var objective = _objectives[j];
            var values = observations.Select(o => o.Values[objective.Name]).ToArray();
            if (_objectiveModels[j] is { } model)
            {
                var cache = model.Update(inputs, values);
                fitted[j] = (cache, null, cache.Transform);
                return;
            }
            _options.Metrics.TryGet(objective.Name, out var function);
            var transform = OutputTransform.Fit(values, logWarp: false, negate: objective.Direction == ObjectiveDirection.Minimize);
            fitted[j] = (null, new ClosedFormOutcome(_space, function, transform), transform);
        });
        return fitted;
    }

    private NoisyExpectedHypervolumeImprovement Nehvi(
        (ModelCache? Cache, ClosedFormOutcome? Exact, OutputTransform Transform)[] models,
        List<double[]> inputs, bool[] feasible, double[] reference, List<double[]> pending, int seed)
    {
        var m = _objectives.Count;
        var worlds = _options.Worlds;
        // Model-unit value of objective j at point x: the GP's posterior mean, or the closed form exactly.
        double Mean(int j, double[] x) => models[j].Cache is { } cache ? cache.Model.PredictMean(x) : models[j].Exact!.Evaluate(x, []);
        var baseline = Baseline(inputs, feasible, m, Mean);
        var joint = baseline.Concat(pending).ToList();
        var outcomes = new ObjectiveOutcome[m];
        var samples = new double[m][][];
        for (var j = 0; j < m; j++)
        {
            if (models[j].Cache is { } cache)
            {
                var normals = QuasiNormalSamples.Draw(worlds, joint.Count + pending.Count, SeedMixer.Mix(seed, 10 + j));
                var posterior = FantasyPosterior.Create(cache.Model, baseline, pending, normals, believer: false);
                outcomes[j] = ObjectiveOutcome.Modelled(posterior);
                samples[j] = posterior.JointSamples;
            }
            else
            {
                outcomes[j] = ObjectiveOutcome.Exact(models[j].Exact!);
                var exact = joint.Select(x => Mean(j, x)).ToArray();
                samples[j] = Enumerable.Repeat(exact, worlds).ToArray();
            }
        }
        // The reference in model units: each transform is linear and increasing in the maximized value.
        var modelReference = reference.Select((r, j) => models[j].Transform.Forward(_objectives[j].ToMaximization(r))).ToArray();
        var boxes = new HypervolumeBoxes[worlds];
        for (var s = 0; s < worlds; s++)
        {
            var front = joint.Select((_, i) => Enumerable.Range(0, m).Select(j => samples[j][s][i]).ToArray()).ToList();
            boxes[s] = new HypervolumeBoxes(front, modelReference);
        }
        var baseSamples = QuasiNormalSamples.Draw(worlds, m, SeedMixer.Mix(seed, 7));
        return new NoisyExpectedHypervolumeImprovement(outcomes, boxes, baseSamples);
    }

    // Daulton et al. 2021, sec. 4 (pruning the baseline): the feasible observations on the best fronts of the posterior means.
    private static List<double[]> Baseline(List<double[]> inputs, bool[] feasible, int m, Func<int, double[], double> mean)
    {
        var candidates = Enumerable.Range(0, inputs.Count).Where(i => feasible[i]).ToArray();
        var means = candidates.Select(i => Enumerable.Range(0, m).Select(j => mean(j, inputs[i])).ToArray()).ToList();
        var chosen = new List<double[]>();
        foreach (var front in NonDominatedSorting.Sort(means))
        {
            if (chosen.Count >= MaxBaseline) break;
            chosen.AddRange(front.Select(k => inputs[candidates[k]]));
        }
        return chosen.Take(2 * MaxBaseline).ToList();
    }

    private LogNoisyExpectedImprovement Parego(List<double[]> inputs, List<double[]> vectors, bool[] feasible, List<double[]> pending, int seed)
    {
        var weights = ChebyshevScalarization.RandomWeights(_objectives.Count, new Random(seed));
        var normalized = ChebyshevScalarization.Normalize(vectors);
        var scalar = normalized.Select(f => ChebyshevScalarization.Apply(f, weights)).ToArray();
        // An infeasible observation scores no better than the worst one, so it is never the incumbent.
        var worst = scalar.Min();
        for (var i = 0; i < scalar.Length; i++) if (!feasible[i]) scalar[i] = worst;
        var model = _scalarizedModel.Update(inputs, scalar).Model;
        var baseline = Enumerable.Range(0, inputs.Count).Where(i => feasible[i]).OrderByDescending(i => scalar[i]).Take(16).Select(i => inputs[i]).ToList();
        var normals = QuasiNormalSamples.Draw(_options.Worlds, baseline.Count + 2 * pending.Count, seed);
        return new LogNoisyExpectedImprovement(FantasyPosterior.Create(model, baseline, pending, normals, believer: false));
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

    private double[] UnexcludedPoint(List<double[]> excluded, int seed)
    {
        var random = new Random(seed);
        double[] x;
        var tries = 0;
        do x = _space.Canonicalize(Enumerable.Range(0, _space.Dimension).Select(_ => random.NextDouble()).ToArray());
        while (++tries < 1000 && excluded.Any(e => e.AsSpan().SequenceEqual(x)));
        return x;
    }
}
