using Optimizer.Core.Sampling;

namespace Optimizer.Core.Models;

/// <summary>
/// The Gaussian process of one outcome (an objective or a constraint metric) of a strategy. Its hyper-parameters are a
/// pure function of the seed and the observations: fitted from fixed and seeded starts (no warm start from an earlier
/// call) on the leading observations <see cref="RefitSchedule"/> names, then the model is conditioned on all of them.
/// The last fit is remembered only to skip recomputing an identical one. A fit that leaves the prior's mode standing is
/// reported to <paramref name="warn"/> when it is computed. Thread-safe.
/// </summary>
/// <param name="outcome">the outcome's name, for the report.</param>
internal sealed class OutcomeModel(OutcomeModelSettings settings, int seed, string outcome, Action<string>? warn)
{
    private readonly object _gate = new();
    private FitRecord? _last;

    /// <summary>
    /// The model conditioned on <paramref name="inputs"/> (n x d, encoded) and the transformed <paramref name="values"/>
    /// (raw metric values, length n), with its output transform.
    /// </summary>
    public OutcomeFit Update(IReadOnlyList<double[]> inputs, IReadOnlyList<double> values)
    {
        var n = inputs.Count;
        var fitSize = RefitSchedule.FitSize(n, settings.RefitInterval);
        var fit = Hyperparameters(inputs.Take(fitSize).ToList(), values.Take(fitSize).ToArray());
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var model = GaussianProcess.Condition(fit.Hyperparameters, settings.Fit.Kernel, inputs, standardized);
        return new OutcomeFit(model, transform, fit.Status, fitSize);
    }

    private HyperparameterFitResult Hyperparameters(List<double[]> inputs, double[] values)
    {
        lock (_gate)
        {
            if (_last is { } last && last.Matches(inputs, values)) return last.Fit;
        }
        var transform = OutputTransform.Fit(values, settings.LogWarp, settings.Negate, settings.PowerTransform);
        var standardized = values.Select(transform.Forward).ToArray();
        var (fitInputs, fitTargets) = FitSubset(inputs, standardized, settings.Fit.MaxFitPoints);
        var random = new Random(SeedMixer.Mix(seed, -inputs.Count));
        var fit = HyperparameterFit.Fit(fitInputs, fitTargets, settings.Fit, random);
        if (fit.Status == HyperparameterFitStatus.PriorMode)
            warn?.Invoke($"{outcome}: the hyper-parameter fit on {inputs.Count} observations found no point where the likelihood is defined; the prior's mode stands in");
        lock (_gate) _last = new FitRecord(inputs, values, fit);
        return fit;
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

    // A fit and exactly the data it was made from.
    private sealed record FitRecord(List<double[]> Inputs, double[] Values, HyperparameterFitResult Fit)
    {
        public bool Matches(List<double[]> inputs, double[] values) =>
            inputs.Count == Inputs.Count
            && values.AsSpan().SequenceEqual(Values)
            && inputs.Zip(Inputs).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));
    }
}

/// <summary>How an <see cref="OutcomeModel"/> transforms its outcome and how often it refits.</summary>
/// <param name="Negate">model the negated metric (a metric to minimize, so that larger is better).</param>
/// <param name="LogWarp">model log(y) when every value is positive.</param>
/// <param name="PowerTransform">fit a Yeo-Johnson transform (monotone but not linear: off where hypervolumes are computed in model units).</param>
/// <param name="RefitInterval">hyper-parameters at n are fitted on the leading observations of <see cref="RefitSchedule"/> with this interval.</param>
/// <param name="Fit">GP fit settings.</param>
internal sealed record OutcomeModelSettings(bool Negate, bool LogWarp, bool PowerTransform, int RefitInterval, GpFitOptions Fit);
