using Optimizer.Core.Problems;

namespace Optimizer.Bench;

/// <summary>
/// The single-objective problems the bench runs, by name; a factory gets the run's seed. A noisy problem adds N(0, 0.1²)
/// to every value, drawn from a generator seeded per run and distinct from the strategy's seed.
/// </summary>
public static class ProblemRegistry
{
    private const double NoiseStandardDeviation = 0.1;

    private static readonly Dictionary<string, Func<int, IProblem>> Factories = new()
    {
        ["branin"] = _ => new Branin(),
        ["hartmann6"] = _ => new Hartmann6(),
        ["ackley5"] = _ => new Ackley(5),
        ["rosenbrock4"] = _ => new Rosenbrock(4),
        ["branin-noisy"] = seed => Noisy(new Branin(), seed),
        ["hartmann6-noisy"] = seed => Noisy(new Hartmann6(), seed),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>A fresh instance of <paramref name="name"/> for the run with seed <paramref name="seed"/>.</summary>
    public static IProblem Create(string name, int seed) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(seed)
            : throw new BenchUsageException($"unknown problem '{name}'; known: {string.Join(", ", Names)}");

    // The affine map keeps noise streams of different seeds apart from each other and from the strategy's Random(seed).
    private static NoisyProblem Noisy(IProblem inner, int seed) =>
        new(inner, NoiseStandardDeviation, new Random(unchecked(1_000_003 * seed + 12_345)));
}
