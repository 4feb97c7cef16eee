using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Models;

/// <summary>
/// The observed point a noisy study should recommend: the one with the best posterior mean of a GP fitted to every
/// observation of the objective, rather than the best single (possibly lucky) value. What Ax reports as its
/// best point (Letham et al. 2019, "Constrained Bayesian optimization with noisy experiments", sec. 5).
/// </summary>
public static class PosteriorMeanRecommendation
{
    /// <summary>Below this many observations the model says little: the best observed value is recommended.</summary>
    public const int MinimumObservations = 3;

    /// <summary>
    /// The index into <paramref name="observations"/> of the recommended point and its posterior mean (in the
    /// objective's own units and direction), or null when there is no observation. With fewer than
    /// <see cref="MinimumObservations"/> the best observed one is returned with its own value.
    /// </summary>
    public static (int Index, double PosteriorMean, bool Modelled)? Select(
        SearchSpace space, Objective objective, IReadOnlyList<Observation> observations, int seed = 0)
    {
        if (observations.Count == 0)
            return null;
        var y = observations.Select(o => objective.ToMaximization(o.Values[objective.Name])).ToArray();
        if (observations.Count < MinimumObservations)
        {
            var best = Array.IndexOf(y, y.Max());
            return (best, observations[best].Values[objective.Name], false);
        }
        var x = observations.Select(o => space.Encode(o.Parameters)).ToList();
        var mean = y.Average();
        var scale = Math.Sqrt(y.Select(v => (v - mean) * (v - mean)).Sum() / y.Length);
        var standardized = y.Select(v => scale > 0 ? (v - mean) / scale : 0).ToArray();
        var options = new GpFitOptions();
        var hyperparameters = HyperparameterFit.Fit(x, standardized, options, warmStart: null, new Random(seed));
        var model = GaussianProcess.Condition(hyperparameters, options.Kernel, x, standardized);
        var means = x.Select(point => model.PredictMean(point)).ToArray();
        var chosen = Array.IndexOf(means, means.Max());
        var inObjectiveUnits = objective.ToMaximization(mean + (scale > 0 ? scale : 1) * means[chosen]);
        return (chosen, inObjectiveUnits, true);
    }
}
