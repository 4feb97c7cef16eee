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
    public NehviFactory(SearchSpace space, IReadOnlyList<Objective> objectives, ClosedFormMetrics closedForms, OutcomeModel?[] models, int worlds)
    {
        _space = space;
        _objectives = objectives;
        _closedForms = closedForms;
        _models = models;
        _worlds = worlds;
    }

    public Func<IReadOnlyList<double[]>, int, IAcquisition> Fit(MultiObjectiveEvidence evidence)
    {
        var fitted = FitObjectives(evidence.Inputs, evidence.Observations);
        return (pending, seed) => Build(fitted, evidence, pending, seed);
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

    private NoisyExpectedHypervolumeImprovement Build(FittedObjective[] models, MultiObjectiveEvidence evidence, IReadOnlyList<double[]> pending, int seed)
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
                var posterior = FantasyPosterior.Create(model, baseline, pending, normals, believer: false);
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
        var boxes = new HypervolumeBoxes[_worlds];
        for (var s = 0; s < _worlds; s++)
        {
            var front = joint.Select((_, i) => Enumerable.Range(0, m).Select(j => samples[j][s][i]).ToArray()).ToList();
            boxes[s] = new HypervolumeBoxes(front, modelReference);
        }
        var baseSamples = QuasiNormalSamples.Draw(_worlds, m, SeedMixer.Mix(seed, 7));
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

    // One objective in model units: a GP, or a closed form; with the transform from raw values.
    private sealed record FittedObjective(GaussianProcess? Model, ClosedFormOutcome? Exact, OutputTransform Transform);
}
