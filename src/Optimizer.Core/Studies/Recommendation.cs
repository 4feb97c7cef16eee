using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Studies;

/// <summary>
/// The trial a noisy study recommends: among the complete, feasible trials, the one whose posterior mean of the objective is
/// best, with that mean and its posterior standard deviation in the objective's units. On noisy data the best observed
/// value is biased by lucky draws; the posterior mean is what Ax reports as the best point (Letham et al., "Constrained
/// Bayesian Optimization with Noisy Experiments", Bayesian Analysis 2019, sec. 4). The GP's noise is held at the
/// objective's <see cref="Objective.NoiseSd"/>, or at each trial's reported error (<see cref="Objective.NoiseSdMetric"/>).
/// </summary>
public sealed record Recommendation(Trial Trial, double PredictedValue, double PredictedStandardDeviation)
{
    private const int MinimumTrials = 2;

    /// <summary>
    /// The recommendation for <paramref name="objective"/> from <paramref name="trials"/> (every state; only complete ones
    /// satisfying <paramref name="constraints"/> are candidates, all complete ones inform the model); null with fewer than two
    /// complete trials with a finite objective. Deterministic in <paramref name="seed"/> and the trials.
    /// </summary>
    public static Recommendation? FromTrials(
        SearchSpace space, Objective objective, IReadOnlyList<Trial> trials, IReadOnlyList<OutcomeConstraint>? constraints = null, int seed = 0)
    {
        var complete = trials
            .Where(t => t.State == TrialState.Complete && t.Values.TryGetValue(objective.Name, out var v) && double.IsFinite(v))
            .OrderBy(t => t.Number)
            .ToList();
        if (complete.Count < MinimumTrials) return null;
        var values = complete.Select(t => t.Values[objective.Name]).ToArray();
        var inputs = complete.Select(t => space.Encode(t.Parameters)).ToList();
        var settings = new OutcomeModelSettings(objective.Direction == ObjectiveDirection.Minimize, LogWarp: false, PowerTransform: false, new RefitSettings(Interval: 100, BackgroundFrom: int.MaxValue), new GpFitOptions(), NoiseSd: objective.NoiseSd);
        var errors = ReportedErrors.Of(objective, complete.Select(t => t.Values));
        var cache = new OutcomeModel(settings, seed, objective.Name, warn: null).Update(inputs, values, errors);
        var candidates = Enumerable.Range(0, complete.Count)
            .Where(i => constraints is null || Feasibility.IsFeasible(complete[i].Values, constraints))
            .ToList();
        if (candidates.Count == 0) return null;
        var best = candidates.MaxBy(i => cache.Model.PredictMean(inputs[i]));
        var (mean, variance) = cache.Model.Predict(inputs[best]);
        return new Recommendation(complete[best], cache.Transform.Inverse(mean), cache.Transform.InverseLength(Math.Sqrt(Math.Max(variance, 0.0))));
    }
}
