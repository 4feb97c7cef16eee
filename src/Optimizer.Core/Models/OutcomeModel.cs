using Optimizer.Core.Sampling;

namespace Optimizer.Core.Models;

/// <summary>
/// The Gaussian process of one outcome (an objective or a constraint metric) of a strategy, kept between proposals:
/// new observations extend the last model with fixed hyper-parameters (O(n^2) per point) and the hyper-parameters are
/// refitted, warm-started, every max(1, n / refitInterval) observations or whenever the history is not an extension
/// of what the model has seen. Thread-safe.
/// </summary>
internal sealed class OutcomeModel(OutcomeModelSettings settings, int seed)
{
    private readonly object _gate = new();
    private ModelCache? _cache;

    /// <summary>
    /// The model conditioned on <paramref name="inputs"/> (n x d, encoded) and the transformed <paramref name="values"/>
    /// (raw metric values, length n), with its output transform.
    /// </summary>
    public ModelCache Update(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values)
    {
        lock (_gate)
        {
            _cache = Extend(_cache, inputs, values);
            return _cache;
        }
    }

    /// <summary>Like <see cref="Update"/> but always refits (warm-started): for targets that change between calls, such as a new scalarization.</summary>
    public ModelCache Refit(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values)
    {
        lock (_gate)
        {
            _cache = Extend(_cache is null ? null : _cache with { FittedAt = int.MinValue / 2 }, inputs, values);
            return _cache;
        }
    }

    private ModelCache Extend(ModelCache? cache, IReadOnlyList<double[]> inputs, IReadOnlyList<double> values)
    {
        var n = inputs.Count;
        var fit = settings.Fit;
        var refitDue = cache is null
            || n - cache.FittedAt >= Math.Max(1, n / settings.RefitInterval)
            || cache.Model.Count > n
            || !values.Skip(cache.Model.Count).All(cache.Transform.Accepts)
            || !IsPrefix(cache.Model.Inputs, inputs);
        if (!refitDue)
        {
            var added = inputs.Skip(cache!.Model.Count).ToList();
            var targets = values.Skip(cache.Model.Count).Select(cache.Transform.Forward).ToList();
            return cache with { Model = cache.Model.WithObservations(added, targets) };
        }
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var (fitInputs, fitTargets) = FitSubset(inputs, standardized, fit.MaxFitPoints);
        var random = new Random(SeedMixer.Mix(seed, -n));
        var hyperparameters = HyperparameterFit.Fit(fitInputs, fitTargets, fit, cache?.Model.Hyperparameters, random);
        return new ModelCache(GaussianProcess.Condition(hyperparameters, fit.Kernel, inputs, standardized), transform, n);
    }

    private static bool IsPrefix(IReadOnlyList<double[]> cached, IReadOnlyList<double[]> inputs)
    {
        for (var i = 0; i < cached.Count; i++)
            if (!cached[i].AsSpan().SequenceEqual(inputs[i])) return false;
        return true;
    }

    // Hyper-parameters from at most maxPoints observations: the best half and an even spread of the rest.
    private static (IReadOnlyList<double[]>, double[]) FitSubset(IReadOnlyList<double[]> inputs, double[] targets, int maxPoints)
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

/// <summary>How an <see cref="OutcomeModel"/> transforms its outcome and how often it refits.</summary>
/// <param name="Negate">model the negated metric (a metric to minimize, so that larger is better).</param>
/// <param name="LogWarp">model log(y) when every value is positive.</param>
/// <param name="PowerTransform">fit a Yeo-Johnson transform (monotone but not linear: off where hypervolumes are computed in model units).</param>
/// <param name="RefitInterval">refit every max(1, n / RefitInterval) observations.</param>
/// <param name="Fit">GP fit settings.</param>
internal sealed record OutcomeModelSettings(bool Negate, bool LogWarp, bool PowerTransform, int RefitInterval, GpFitOptions Fit);
