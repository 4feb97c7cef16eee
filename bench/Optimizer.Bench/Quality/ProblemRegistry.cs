using Optimizer.Core.Problems;

namespace Optimizer.Bench.Quality;

/// <summary>The single-objective problems the quality bench runs, by name; a factory gets the run's seed (for noise).</summary>
public static class ProblemRegistry
{
    private static readonly Dictionary<string, Func<int, IProblem>> Factories = new()
    {
        ["branin"] = _ => new Branin(),
        ["hartmann6"] = _ => new Hartmann6(),
        ["ackley5"] = _ => new Ackley(5),
        ["rosenbrock4"] = _ => new Rosenbrock(4),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>A fresh instance of <paramref name="name"/> for the run with seed <paramref name="seed"/>.</summary>
    public static IProblem Create(string name, int seed) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(seed)
            : throw new BenchUsageException($"unknown problem '{name}'; known: {string.Join(", ", Names)}");
}
