using MathNet.Numerics.Distributions;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Problems;

/// <summary>
/// A problem observed with additive Gaussian noise: every objective value gets an independent N(0, σ²) draw from
/// the given random source. The optimum is that of the noise-free problem. Not thread-safe: it draws from one <see cref="Random"/>.
/// </summary>
public sealed class NoisyProblem : IProblem
{
    private readonly IProblem _inner;
    private readonly double _noiseStandardDeviation;
    private readonly Random _random;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="noiseStandardDeviation"/> is σ, in the objectives' units.</summary>
    public NoisyProblem(IProblem inner, double noiseStandardDeviation, Random random)
    {
        if (!(noiseStandardDeviation >= 0) || double.IsPositiveInfinity(noiseStandardDeviation))
            throw new ArgumentOutOfRangeException(nameof(noiseStandardDeviation), noiseStandardDeviation, "must be finite and non-negative");
        _inner = inner;
        _noiseStandardDeviation = noiseStandardDeviation;
        _random = random;
    }

    public string Name => $"{_inner.Name}-noisy";

    public SearchSpace Space => _inner.Space;

    public IReadOnlyList<Objective> Objectives => _inner.Objectives;

    public KnownOptimum? Optimum => _inner.Optimum;

    /// <summary>σ, the noise's standard deviation in the objectives' units.</summary>
    public double NoiseStandardDeviation => _noiseStandardDeviation;

    /// <summary>The noise-free problem.</summary>
    public IProblem NoiseFree => _inner;

    public IReadOnlyDictionary<string, double> Evaluate(Assignment point)
    {
        var values = new Dictionary<string, double>(_inner.Evaluate(point));
        foreach (var objective in Objectives)
            values[objective.Name] += Normal.Sample(_random, 0.0, _noiseStandardDeviation);
        return values;
    }
}
