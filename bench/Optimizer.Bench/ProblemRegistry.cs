using Optimizer.Core.Problems;

namespace Optimizer.Bench;

/// <summary>
/// The single-objective problems the bench runs, by name: the public suite (<c>references/reference.json</c>, section 2 of
/// its problems.md) first, then extra ones. A factory gets the run's seed; a noisy problem adds N(0, sd²) to every
/// observation, drawn in the order the points are evaluated from a generator seeded per run and distinct from the strategy's seed.
/// </summary>
public static class ProblemRegistry
{
    private static readonly Dictionary<string, Func<int, IProblem>> Factories = new()
    {
        ["branin"] = _ => new Branin(),
        ["hartmann6"] = _ => new Hartmann6(),
        ["ackley"] = _ => new Ackley(5),
        ["michalewicz"] = _ => new Michalewicz(),
        ["shekel"] = _ => new Shekel(),
        ["six_hump_camel"] = _ => new SixHumpCamel(),
        ["griewank"] = _ => new Griewank(),
        ["rastrigin"] = _ => new Rastrigin(),
        ["branin_noisy"] = seed => Noisy(new Branin(), 1.0, seed),
        ["ackley_noisy"] = seed => Noisy(new Ackley(5), 0.5, seed),
        ["rosenbrock4"] = _ => new Rosenbrock(4),
        ["hartmann6_noisy"] = seed => Noisy(new Hartmann6(), 0.1, seed),
        ["ackley20"] = _ => new Ackley(20),
        ["rosenbrock10"] = _ => new Rosenbrock(10),
        ["branin_sd10"] = seed => Noisy(new Branin(), 10.0, seed),
        ["hartmann6_sd0.02"] = seed => Noisy(new Hartmann6(), 0.02, seed),
        ["hartmann6_sd0.3"] = seed => Noisy(new Hartmann6(), 0.3, seed),
        ["ackley_sd2"] = seed => Noisy(new Ackley(5), 2.0, seed),
        ["michalewicz_sd0.015"] = seed => Noisy(new Michalewicz(), 0.015, seed),
        ["michalewicz_sd0.15"] = seed => Noisy(new Michalewicz(), 0.15, seed),
        ["six_hump_camel_sd0.5"] = seed => Noisy(new SixHumpCamel(), 0.5, seed),
        ["six_hump_camel_sd5"] = seed => Noisy(new SixHumpCamel(), 5.0, seed),
        ["hartmann6_sd0.05"] = seed => Noisy(new Hartmann6(), 0.05, seed),
        ["shekel_sd0.2"] = seed => Noisy(new Shekel(), 0.2, seed),
        ["rastrigin_sd0.2"] = seed => Noisy(new Rastrigin(), 0.2, seed),
        ["rastrigin_sd2"] = seed => Noisy(new Rastrigin(), 2.0, seed),
        ["griewank_sd2"] = seed => Noisy(new Griewank(), 2.0, seed),
        // Noise that grows 50-fold along the first input, reported by each evaluation as f_err (heteroscedastic).
        ["branin_err"] = seed => ReportedErrors(new Branin(), 0.2, 10.0, seed),
        ["hartmann6_err"] = seed => ReportedErrors(new Hartmann6(), 0.01, 0.5, seed),
        ["ackley_err"] = seed => ReportedErrors(new Ackley(5), 0.05, 2.5, seed),
        ["rastrigin_err"] = seed => ReportedErrors(new Rastrigin(), 0.1, 5.0, seed),
        ["six_hump_camel_err"] = seed => ReportedErrors(new SixHumpCamel(), 0.05, 2.5, seed),
        // Held out (chosen after the five above had been measured): 10-fold, falling along the last input.
        ["hartmann6_err_last"] = seed => ReportedErrorsAlongLast(new Hartmann6(), 0.3, 0.03, seed),
        ["michalewicz_err_last"] = seed => ReportedErrorsAlongLast(new Michalewicz(), 0.3, 0.03, seed),
        ["shekel_err_last"] = seed => ReportedErrorsAlongLast(new Shekel(), 1.0, 0.1, seed),
        ["griewank_err_last"] = seed => ReportedErrorsAlongLast(new Griewank(), 5.0, 0.5, seed),
        ["branin_err_last"] = seed => ReportedErrorsAlongLast(new Branin(), 5.0, 0.5, seed),
    };

    /// <summary>The single-objective problems of the public suite, in its order.</summary>
    public static IReadOnlyList<string> Suite { get; } =
        ["branin", "hartmann6", "ackley", "michalewicz", "shekel", "six_hump_camel", "griewank", "rastrigin", "branin_noisy", "ackley_noisy"];

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>A fresh instance of <paramref name="name"/> for the run with seed <paramref name="seed"/>.</summary>
    public static IProblem Create(string name, int seed) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(seed)
            : throw new BenchUsageException($"unknown problem '{name}'; known: {string.Join(", ", Names)}");

    // sd low at the first input's lower bound to high at its upper, geometrically.
    private static NoisyProblem ReportedErrors(IProblem inner, double low, double high, int seed) =>
        NoisyProblem.WithReportedErrors(inner, x => low * Math.Pow(high / low, inner.Space.Encode(x)[0]), NoiseStream(seed));

    // sd high at the last input's lower bound to low at its upper, geometrically.
    private static NoisyProblem ReportedErrorsAlongLast(IProblem inner, double high, double low, int seed) =>
        NoisyProblem.WithReportedErrors(inner, x => high * Math.Pow(low / high, inner.Space.Encode(x)[^1]), NoiseStream(seed));

    private static NoisyProblem Noisy(IProblem inner, double standardDeviation, int seed) => new(inner, standardDeviation, NoiseStream(seed));

    // The affine map keeps noise streams of different seeds apart from each other and from the strategy's Random(seed).
    private static Random NoiseStream(int seed) => new(unchecked(1_000_003 * seed + 12_345));
}
