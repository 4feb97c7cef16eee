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
    // The largest noise variance of one observation in model units (output variance about 1).
    private const double MaxObservationNoise = 1e4;

    private readonly object _gate = new();

    // By prefix size: the fit in use and those started ahead of need, each with exactly the data it is made from.
    private readonly Dictionary<int, PrefixFit> _fits = [];

    // The model the last update conditioned, which the next one extends when its hyper-parameters still hold.
    private GaussianProcess? _conditioned;

    /// <summary>
    /// The model conditioned on <paramref name="inputs"/> (n x d, encoded) and the transformed <paramref name="values"/>
    /// (raw metric values, length n), with its output transform.
    /// </summary>
    /// <param name="errors">each value's standard error in raw units (non-negative, length n), held as that observation's
    /// noise instead of fitting one noise level; null: the noise is fitted, or held at <see cref="OutcomeModelSettings.NoiseSd"/>.</param>
    public OutcomeFit Update(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values, IReadOnlyList<double>? errors = null)
    {
        var n = inputs.Count;
        var fitSize = RefitSchedule.FitSize(n, settings.Refit);
        foreach (var ahead in RefitSchedule.Ahead(n, settings.Refit)) Fit(inputs, values, errors, ahead, inBackground: true);
        var fit = Fit(inputs, values, errors, fitSize, inBackground: false).GetAwaiter().GetResult();
        lock (_gate)
        {
            foreach (var size in _fits.Keys.Where(size => size < fitSize).ToArray()) _fits.Remove(size);
        }
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var noise = errors is null ? null : ObservationNoise(transform, values, errors);
        var model = Condition(fit.Map.Hyperparameters, inputs, standardized, Scales(noise, fit.Map.Hyperparameters));
        var samples = fit.Samples.Select(h => GaussianProcess.Condition(h, settings.Fit.Kernel, inputs, standardized, Scales(noise, h))).ToArray();
        return new OutcomeFit(model, transform, fit.Map.Status, fitSize, samples);
    }

    // Each observation's noise variance over the hyper-parameters' noise: the conditioned model's noise is then exactly the
    // stated one at every observation, whatever the prefix the hyper-parameters were fitted on.
    private static double[]? Scales(double[]? noise, GpHyperparameters hyperparameters) =>
        noise?.Select(v => v / hyperparameters.NoiseVariance).ToArray();

    // The model on these inputs, extending the last one made while the hyper-parameters stay (a history only grows):
    // O(k n^2) for k new observations instead of a fresh O(n^3) factorization, with the same result.
    private GaussianProcess Condition(GpHyperparameters hyperparameters, IReadOnlyList<double[]> inputs, double[] targets, double[]? noiseScales)
    {
        GaussianProcess? previous;
        lock (_gate) previous = _conditioned;
        var model = (ReferenceEquals(previous?.Hyperparameters, hyperparameters) ? previous!.Extend(inputs, targets, noiseScales) : null)
            ?? GaussianProcess.Condition(hyperparameters, settings.Fit.Kernel, inputs, targets, noiseScales);
        lock (_gate) _conditioned = model;
        return model;
    }

    // The fit on the first `size` observations: the one already made or running from the same data, or a new one, made
    // on the thread pool or in this call.
    private Task<PrefixResult> Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values, IReadOnlyList<double>? errors, int size, bool inBackground)
    {
        var prefixInputs = inputs.Take(size).ToList();
        var prefixValues = values.Take(size).ToArray();
        var prefixErrors = errors?.Take(size).ToArray();
        lock (_gate)
        {
            if (_fits.TryGetValue(size, out var known) && known.Matches(prefixInputs, prefixValues, prefixErrors)) return known.Result;
            if (inBackground)
            {
                var started = Task.Run(() => Compute(prefixInputs, prefixValues, prefixErrors));
                _fits[size] = new PrefixFit(prefixInputs, prefixValues, prefixErrors, started);
                return started;
            }
        }
        var made = Task.FromResult(Compute(prefixInputs, prefixValues, prefixErrors));
        lock (_gate) _fits[size] = new PrefixFit(prefixInputs, prefixValues, prefixErrors, made);
        return made;
    }

    private PrefixResult Compute(List<double[]> inputs, double[] values, double[]? errors)
    {
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var chosen = FitSubset(standardized, settings.Fit.MaxFitPoints);
        var fitInputs = chosen.Select(i => inputs[i]).ToList();
        var fitTargets = chosen.Select(i => standardized[i]).ToArray();
        var random = new Random(SeedMixer.Mix(seed, -inputs.Count));
        var fitOptions = settings.PriorMeanAt is { } raw ? settings.Fit with { FixedMean = transform.Forward(raw) } : settings.Fit;
        if (errors is not null)
        {
            var noise = ObservationNoise(transform, values, errors);
            var typical = Math.Exp(chosen.Average(i => Math.Log(noise[i])));
            fitOptions = fitOptions with { FixedNoise = typical, NoiseScales = chosen.Select(i => noise[i] / typical).ToArray() };
        }
        else if (settings.NoiseSd is { } sd)
        {
            fitOptions = fitOptions with { FixedNoise = StatedNoiseVariance(transform, values, sd) };
        }
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

    // Each observation's own standard error in model units by the delta method, as a variance between the noise floor and
    // MaxObservationNoise (an error far beyond the data's spread makes an observation count for nothing, never overflow).
    private double[] ObservationNoise(OutputTransform transform, IReadOnlyList<double> values, IReadOnlyList<double> errors) =>
        values.Select((v, i) => Math.Clamp(Math.Pow(errors[i] * transform.Slope(v), 2), settings.Fit.NoiseFloor, MaxObservationNoise)).ToArray();

    // The indices of at most maxPoints observations the hyper-parameters are fitted on: the best half and an even spread of the rest.
    private static int[] FitSubset(double[] targets, int maxPoints)
    {
        if (targets.Length <= maxPoints) return Enumerable.Range(0, targets.Length).ToArray();
        var byValue = Enumerable.Range(0, targets.Length).OrderByDescending(i => targets[i]).ToArray();
        var best = byValue.Take(maxPoints / 2);
        var rest = byValue.Skip(maxPoints / 2).ToArray();
        var stride = (double)rest.Length / (maxPoints - maxPoints / 2);
        var spread = Enumerable.Range(0, maxPoints - maxPoints / 2).Select(k => rest[(int)(k * stride)]);
        return best.Concat(spread).ToArray();
    }

    // A fit (done or running) and exactly the data it is made from.
    private sealed record PrefixFit(List<double[]> Inputs, double[] Values, double[]? Errors, Task<PrefixResult> Result)
    {
        public bool Matches(List<double[]> inputs, double[] values, double[]? errors) =>
            inputs.Count == Inputs.Count
            && values.AsSpan().SequenceEqual(Values)
            && (errors is null ? Errors is null : Errors is not null && errors.AsSpan().SequenceEqual(Errors))
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
