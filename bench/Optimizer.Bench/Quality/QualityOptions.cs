using System.Globalization;

namespace Optimizer.Bench.Quality;

/// <summary>What the <c>quality</c> command runs: every problem x strategy x pending count, over seeds 0..Seeds-1.</summary>
public sealed record QualityOptions(
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Strategies,
    int Seeds,
    IReadOnlyList<int> Budgets,
    IReadOnlyList<int> Pending,
    bool Json)
{
    public const string Usage =
        "usage: bench quality [--problems branin,hartmann6] [--strategies random,sobol] [--seeds 10]\n" +
        "                     [--budgets 25,60] [--pending 0,4] [--json]";

    /// <summary>The largest budget: how many evaluations each run makes.</summary>
    public int MaxBudget => Budgets.Max();

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static QualityOptions Parse(IReadOnlyList<string> args)
    {
        var options = new QualityOptions(["branin", "hartmann6"], ["random", "sobol"], 10, [25, 60], [0, 4], Json: false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--problems" => options with { Problems = Names(Value(), ProblemRegistry.Names, "problem") },
                "--strategies" => options with { Strategies = Names(Value(), StrategyRegistry.Names, "strategy") },
                "--seeds" => options with { Seeds = Integers("--seeds", Value(), minimum: 1).Single() },
                "--budgets" => options with { Budgets = Integers("--budgets", Value(), minimum: 1) },
                "--pending" => options with { Pending = Integers("--pending", Value(), minimum: 0) },
                "--json" => options with { Json = true },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }

    private static string[] Names(string list, IReadOnlyCollection<string> known, string kind)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(n => !known.Contains(n));
        if (names.Length == 0 || unknown is not null)
            throw new BenchUsageException($"unknown {kind} '{unknown}'; known: {string.Join(", ", known)}");
        return names;
    }

    private static int[] Integers(string option, string list, int minimum)
    {
        var values = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
            if (!int.TryParse(values[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed[i]) || parsed[i] < minimum)
                throw new BenchUsageException($"{option}: '{values[i]}' is not an integer >= {minimum}");
        if (parsed.Length == 0)
            throw new BenchUsageException($"{option} needs at least one value");
        return parsed;
    }
}
