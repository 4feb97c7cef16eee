using MathNet.Numerics.Distributions;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Problems;

/// <summary>
/// A problem observed with additive Gaussian noise: every objective value gets an independent N(0, σ²) draw from
/// the given random source, σ one level everywhere or, with <see cref="WithReportedErrors"/>, a function of the point that
/// each evaluation reports beside its value (a statistical error that differs from trial to trial). The optimum is that of
/// the noise-free problem. Not thread-safe: it draws from one <see cref="Random"/>.
/// </summary>
public sealed class NoisyProblem : IProblem
{
    private readonly IProblem _inner;
    private readonly Func<Assignment, double> _standardDeviationAt;
    private readonly Random _random;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="noiseStandardDeviation"/> is σ, in the objectives' units.</summary>
    public NoisyProblem(IProblem inner, double noiseStandardDeviation, Random random)
        : this(inner, _ => noiseStandardDeviation, random, errorSuffix: null)
    {
        if (!(noiseStandardDeviation >= 0) || double.IsPositiveInfinity(noiseStandardDeviation))
            throw new ArgumentOutOfRangeException(nameof(noiseStandardDeviation), noiseStandardDeviation, "must be finite and non-negative");
        NoiseStandardDeviation = noiseStandardDeviation;
    }

    private NoisyProblem(IProblem inner, Func<Assignment, double> standardDeviationAt, Random random, string? errorSuffix)
    {
        _inner = inner;
        _standardDeviationAt = standardDeviationAt;
        _random = random;
        ErrorSuffix = errorSuffix;
    }

    /// <summary>
    /// <paramref name="inner"/> observed with noise of sd <paramref name="standardDeviationAt"/>(x) at x (finite, non-negative),
    /// which each evaluation reports as metric NAME + <paramref name="errorSuffix"/> beside each objective NAME.
    /// </summary>
    public static NoisyProblem WithReportedErrors(IProblem inner, Func<Assignment, double> standardDeviationAt, Random random, string errorSuffix = "_err") =>
        new(inner, standardDeviationAt, random, errorSuffix);

    public string Name => $"{_inner.Name}-noisy";

    public SearchSpace Space => _inner.Space;

    public IReadOnlyList<Objective> Objectives => _inner.Objectives;

    public KnownOptimum? Optimum => _inner.Optimum;

    /// <summary>σ, the noise's standard deviation in the objectives' units, where it is one level; null where it varies.</summary>
    public double? NoiseStandardDeviation { get; }

    /// <summary>What each error metric's name adds to its objective's; null: no errors reported.</summary>
    public string? ErrorSuffix { get; }

    /// <summary>The noise-free problem.</summary>
    public IProblem NoiseFree => _inner;

    /// <summary>The first objective as a user who knows the noise states it: its sd (<c>noise_sd</c>) or its error metric (<c>noise_sd_metric</c>).</summary>
    public Objective StatedObjective => ErrorSuffix is { } suffix
        ? Objectives[0] with { NoiseSdMetric = Objectives[0].Name + suffix }
        : Objectives[0] with { NoiseSd = NoiseStandardDeviation };

    public IReadOnlyDictionary<string, double> Evaluate(Assignment point)
    {
        var values = new Dictionary<string, double>(_inner.Evaluate(point));
        var sd = _standardDeviationAt(point);
        if (!(sd >= 0) || double.IsPositiveInfinity(sd))
            throw new InvalidOperationException($"{Name}: the noise sd at the point is {sd}; it must be finite and non-negative");
        foreach (var objective in Objectives)
        {
            values[objective.Name] += Normal.Sample(_random, 0.0, sd);
            if (ErrorSuffix is { } suffix) values[objective.Name + suffix] = sd;
        }
        return values;
    }
}
