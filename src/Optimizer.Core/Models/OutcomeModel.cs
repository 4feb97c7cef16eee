using Optimizer.Core.Sampling;

namespace Optimizer.Core.Models;

/// <summary>
/// The Gaussian process of one outcome (an objective or a constraint metric) of a strategy. Its hyper-parameters are a
/// pure function of the seed and the observations: fitted from fixed and seeded starts (no warm start from an earlier
/// call) on the leading observations <see cref="RefitSchedule"/> names, then the model is conditioned on all of them.
/// Fits the schedule will name next are started in the background as soon as their observations exist; a proposal
/// whose fit is still running waits for it, so timing never changes a result. A fit that leaves the prior's mode
/// standing is reported to <paramref name="warn"/> when it completes. With <see cref="OutcomeModelSettings.Sampling"/>,
/// a fit also draws samples of the hyper-parameters from their posterior (<see cref="HyperparameterSamples"/>, seeded
/// like the fit), and the model is conditioned at each of them too. Thread-safe.
/// </summary>
/// <param name="outcome">the outcome's name, for the report.</param>
internal sealed class OutcomeModel(OutcomeModelSettings settings, int seed, string outcome, Action<string>? warn)
{
    private readonly object _gate = new();

    // By prefix size: the fit in use and those started ahead of need, each with exactly the data it is made from.
    private readonly Dictionary<int, PrefixFit> _fits = [];

    // The model the last update conditioned, which the next one extends when its hyper-parameters still hold.
    private GaussianProcess? _conditioned;

    /// <summary>
    /// The model conditioned on <paramref name="inputs"/> (n x d, encoded) and the transformed <paramref name="values"/>
    /// (raw metric values, length n), with its output transform.
    /// </summary>
    public OutcomeFit Update(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values)
    {
        var n = inputs.Count;
        var fitSize = RefitSchedule.FitSize(n, settings.Refit);
        foreach (var ahead in RefitSchedule.Ahead(n, settings.Refit)) Fit(inputs, values, ahead, inBackground: true);
        var fit = Fit(inputs, values, fitSize, inBackground: false).GetAwaiter().GetResult();
        lock (_gate)
        {
            foreach (var size in _fits.Keys.Where(size => size < fitSize).ToArray()) _fits.Remove(size);
        }
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var model = Condition(fit.Map.Hyperparameters, inputs, standardized);
        var samples = fit.Samples.Select(h => GaussianProcess.Condition(h, settings.Fit.Kernel, inputs, standardized)).ToArray();
        return new OutcomeFit(model, transform, fit.Map.Status, fitSize, samples);
    }

    // The model on these inputs, extending the last one made while the hyper-parameters stay (a history only grows):
    // O(k n^2) for k new observations instead of a fresh O(n^3) factorization, with the same result.
    private GaussianProcess Condition(GpHyperparameters hyperparameters, IReadOnlyList<double[]> inputs, double[] targets)
    {
        GaussianProcess? previous;
        lock (_gate) previous = _conditioned;
        var model = (ReferenceEquals(previous?.Hyperparameters, hyperparameters) ? previous!.Extend(inputs, targets) : null)
            ?? GaussianProcess.Condition(hyperparameters, settings.Fit.Kernel, inputs, targets);
        lock (_gate) _conditioned = model;
        return model;
    }

    // The fit on the first `size` observations: the one already made or running from the same data, or a new one, made
    // on the thread pool or in this call.
    private Task<PrefixResult> Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values, int size, bool inBackground)
    {
        var prefixInputs = inputs.Take(size).ToList();
        var prefixValues = values.Take(size).ToArray();
        lock (_gate)
        {
            if (_fits.TryGetValue(size, out var known) && known.Matches(prefixInputs, prefixValues)) return known.Result;
            if (inBackground)
            {
                var started = Task.Run(() => Compute(prefixInputs, prefixValues));
                _fits[size] = new PrefixFit(prefixInputs, prefixValues, started);
                return started;
            }
        }
        var made = Task.FromResult(Compute(prefixInputs, prefixValues));
        lock (_gate) _fits[size] = new PrefixFit(prefixInputs, prefixValues, made);
        return made;
    }

    private PrefixResult Compute(List<double[]> inputs, double[] values)
    {
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var (fitInputs, fitTargets) = FitSubset(inputs, standardized, settings.Fit.MaxFitPoints);
        var random = new Random(SeedMixer.Mix(seed, -inputs.Count));
        var fitOptions = settings.PriorMeanAt is { } raw ? settings.Fit with { FixedMean = transform.Forward(raw) } : settings.Fit;
        if (settings.NoiseSd is { } sd) fitOptions = fitOptions with { FixedNoise = StatedNoiseVariance(transform, values, sd) };
        var fit = HyperparameterFit.Fit(fitInputs, fitTargets, fitOptions, random);
        if (fit.Status == HyperparameterFitStatus.PriorMode)
            warn?.Invoke($"{outcome}: the hyper-parameter fit on {inputs.Count} observations found no point where the likelihood is defined; the prior's mode stands in");
        if (fit.Status != HyperparameterFitStatus.Fitted || settings.Sampling?.AppliesTo(inputs.Count) != true) return new PrefixResult(fit, []);
        var chain = new Random(SeedMixer.Mix(seed, -(1L << 40) - inputs.Count));
        return new PrefixResult(fit, HyperparameterSamples.Draw(fitInputs, fitTargets, fitOptions, fit.Hyperparameters, settings.Sampling.Count, settings.Sampling.KernelOnly, chain));
    }

    // The stated raw-units noise sd in model units, by the delta method at each observation (the power step makes it vary
    // with the value), averaged as a variance: the one noise level of the homoscedastic GP closest to what was stated.
    private double StatedNoiseVariance(OutputTransform transform, double[] values, double sd)
    {
        var variance = values.Average(v => Math.Pow(sd * transform.Slope(v), 2));
        return Math.Max(variance, settings.Fit.NoiseFloor);
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

    // A fit (done or running) and exactly the data it is made from.
    private sealed record PrefixFit(List<double[]> Inputs, double[] Values, Task<PrefixResult> Result)
    {
        public bool Matches(List<double[]> inputs, double[] values) =>
            inputs.Count == Inputs.Count
            && values.AsSpan().SequenceEqual(Values)
            && inputs.Zip(Inputs).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));
    }

    // The MAP fit on a prefix and the posterior samples drawn around it (none without sampling).
    private sealed record PrefixResult(HyperparameterFitResult Map, IReadOnlyList<GpHyperparameters> Samples);
}

/// <summary>How an <see cref="OutcomeModel"/> transforms its outcome and how often it refits.</summary>
/// <param name="Negate">model the negated metric (a metric to minimize, so that larger is better).</param>
/// <param name="LogWarp">model log(y) when every value is positive.</param>
/// <param name="PowerTransform">fit a Yeo-Johnson transform (monotone but not linear: off where hypervolumes are computed in model units).</param>
/// <param name="Refit">which leading observations the hyper-parameters at n are fitted on (<see cref="RefitSchedule"/>).</param>
/// <param name="Fit">GP fit settings.</param>
/// <param name="Sampling">hyper-parameter samples drawn besides the MAP fit; null: none.</param>
/// <param name="PriorMeanAt">a raw metric value the GP's constant mean is held at instead of fitted; null: fitted.</param>
/// <param name="NoiseSd">the metric's measurement noise sd in raw units (<see cref="Outcomes.Objective.NoiseSd"/>), held instead of fitted; null: fitted.</param>
internal sealed record OutcomeModelSettings(
    bool Negate, bool LogWarp, bool PowerTransform, RefitSettings Refit, GpFitOptions Fit, HyperparameterSampling? Sampling = null, double? PriorMeanAt = null, double? NoiseSd = null);
