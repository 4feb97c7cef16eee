using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Noisy expected hypervolume improvement (Daulton et al., NeurIPS 2021) over joint posterior worlds of the baseline and
/// pending outcomes: one GP per objective (refitted once per proposal call), closed-form objectives computed exactly.
/// With <c>integrateConstraints</c> the black-box constraints are sampled in the same worlds, as BoTorch's qLogNEHVI
/// does: each world's front holds the baseline and pending points feasible in that world, and each world's improvement
/// at the candidate is weighted by the smoothed feasibility of its constraint samples there.
/// </summary>
internal sealed class NehviFactory : IMultiObjectiveAcquisitionFactory
{
    private const int MaxBaseline = 48;

    private readonly SearchSpace _space;
    private readonly IReadOnlyList<Objective> _objectives;
    private readonly ClosedFormMetrics _closedForms;
    private readonly OutcomeModel?[] _models;
    private readonly int _worlds;

    /// <param name="models">per objective, its GP, or null for a closed form in <paramref name="closedForms"/>.</param>
    /// <param name="integrateConstraints">sample the black-box constraints in the worlds instead of leaving them to the strategy.</param>
    public NehviFactory(
        SearchSpace space, IReadOnlyList<Objective> objectives, ClosedFormMetrics closedForms, OutcomeModel?[] models, int worlds, bool integrateConstraints = false)
    {
        _space = space;
        _objectives = objectives;
        _closedForms = closedForms;
        _models = models;
        _worlds = worlds;
        IntegratesConstraints = integrateConstraints;
    }

    public bool IntegratesConstraints { get; }

    public Func<AcquisitionRequest, IAcquisition> Fit(MultiObjectiveEvidence evidence)
    {
        var fitted = FitObjectives(evidence.Inputs, evidence.Observations);
        return request => Build(fitted, evidence, request.Pending, request.Constraints, request.Seed);
    }

    // Per objective: a GP conditioned on the observations or, for a closed form, the linear transform of its values.
    private FittedObjective[] FitObjectives(List<double[]> inputs, IReadOnlyList<Observation> observations)
    {
        var fitted = new FittedObjective[_objectives.Count];
        // Outcomes are independent: their refits share the cores.
        Parallel.For(0, fitted.Length, j =>
        {
            var objective = _objectives[j];
            var values = observations.Select(o => o.Values[objective.Name]).ToArray();
            if (_models[j] is { } model)
            {
                var conditioned = model.Update(inputs, values);
                fitted[j] = new FittedObjective(conditioned.Model, null, conditioned.Transform);
                return;
            }
            _closedForms.TryGet(objective.Name, out var function);
            var transform = OutputTransform.Fit(values, logWarp: false, negate: objective.Direction == ObjectiveDirection.Minimize);
            fitted[j] = new FittedObjective(null, new ClosedFormOutcome(_space, function, transform), transform);
        });
        return fitted;
    }

    private NoisyExpectedHypervolumeImprovement Build(
        FittedObjective[] models, MultiObjectiveEvidence evidence, IReadOnlyList<double[]> pending, IReadOnlyList<FittedConstraint> constraints, int seed)
    {
        var m = _objectives.Count;
        // Model-unit value of objective j at point x: the GP's posterior mean, or the closed form exactly.
        double Mean(int j, double[] x) => models[j].Model is { } model ? model.PredictMean(x) : models[j].Exact!.Evaluate(x, []);
        var baseline = Baseline(evidence.Inputs, evidence.Feasible, m, Mean);
        var joint = baseline.Concat(pending).ToList();
        var outcomes = new ObjectiveOutcome[m];
        var samples = new double[m][][];
        for (var j = 0; j < m; j++)
        {
            if (models[j].Model is { } model)
            {
                var normals = QuasiNormalSamples.Draw(_worlds, joint.Count + pending.Count, SeedMixer.Mix(seed, 10 + j));
                var posterior = FantasyPosterior.Create(model, baseline, pending, normals, PendingOutcomes.NoisySamples);
                outcomes[j] = ObjectiveOutcome.Modelled(posterior);
                samples[j] = posterior.JointSamples;
            }
            else
            {
                outcomes[j] = ObjectiveOutcome.Exact(models[j].Exact!);
                var exact = joint.Select(x => Mean(j, x)).ToArray();
                samples[j] = Enumerable.Repeat(exact, _worlds).ToArray();
            }
        }
        // The reference in model units: each transform is linear and increasing in the maximized value.
        var modelReference = evidence.Reference.Select((r, j) => models[j].Transform.Forward(_objectives[j].ToMaximization(r))).ToArray();
        var sampled = constraints
            .Select((c, k) => new ModelledConstraint(
                FantasyPosterior.Create(c.Model, baseline, pending, QuasiNormalSamples.Draw(_worlds, joint.Count + pending.Count, SeedMixer.Mix(seed, 20 + k)), PendingOutcomes.NoisySamples),
                c.Lower, c.Upper))
            .ToArray();
        var boxes = new HypervolumeBoxes[_worlds];
        for (var s = 0; s < _worlds; s++) boxes[s] = new HypervolumeBoxes(WorldFront(samples, sampled, s), modelReference);
        // One quasi-random draw for objectives and constraints, so their base samples are jointly space-filling.
        var baseSamples = QuasiNormalSamples.Draw(_worlds, m + sampled.Length, SeedMixer.Mix(seed, 7));
        if (sampled.Length == 0) return new NoisyExpectedHypervolumeImprovement(outcomes, boxes, baseSamples);
        return new NoisyExpectedHypervolumeImprovement(
            outcomes, boxes, baseSamples.Select(z => z[..m]).ToArray(), new SampledConstraints(sampled, baseSamples.Select(z => z[m..]).ToArray()));
    }

    /// <summary>
    /// The outcome vectors of world <paramref name="world"/> at the joint (baseline then pending) points that satisfy every
    /// constraint's joint sample in that world (BoTorch's hard feasibility indicator for the incumbent fronts).
    /// </summary>
    /// <param name="samples">per objective, per world, the samples at the n joint points (m x S x n).</param>
    /// <param name="constraints">constraints whose posteriors were sampled at the same joint points.</param>
    internal static List<double[]> WorldFront(double[][][] samples, IReadOnlyList<ModelledConstraint> constraints, int world) =>
        Enumerable.Range(0, samples[0][world].Length)
            .Where(i => constraints.All(c => Within(c.Posterior.JointSamples[world][i], c.Lower, c.Upper)))
            .Select(i => samples.Select(objective => objective[world][i]).ToArray())
            .ToList();

    private static bool Within(double value, double? lower, double? upper) => (lower is not { } l || value >= l) && (upper is not { } u || value <= u);

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

    // One objective in model units: a GP, or a closed form; with the transform from raw values.
    private sealed record FittedObjective(GaussianProcess? Model, ClosedFormOutcome? Exact, OutputTransform Transform);
}
