using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench.Quality;

/// <summary>The strategies the bench knows, by name: a new one is one line here.</summary>
public static class StrategyRegistry
{
    private static readonly Dictionary<string, Func<SearchSpace, int, IStrategy>> Factories = new()
    {
        ["random"] = (space, seed) => new RandomStrategy(space, seed),
        ["sobol"] = (space, seed) => new SobolStrategy(space, seed),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>The strategy called <paramref name="name"/> over <paramref name="space"/>, seeded with <paramref name="seed"/>.</summary>
    public static readonly Func<string, SearchSpace, int, IStrategy> Create = (name, space, seed) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(space, seed)
            : throw new BenchUsageException($"unknown strategy '{name}'; known: {string.Join(", ", Names)}");
}
