namespace Optimizer.Bench.Quality;

/// <summary>
/// What the <c>quality</c> command runs: every problem x strategy x pending count, over seeds 0..Seeds-1. The defaults are
/// the public suite's protocol: its 10 single-objective problems, 40 evaluations, 4 asynchronous workers, seeds 0-4, regret.
/// </summary>
public sealed record QualityOptions(
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Strategies,
    int Seeds,
    IReadOnlyList<int> Budgets,
    IReadOnlyList<int> Pending,
    bool Regret,
    bool Json,
    IncumbentScore Score = IncumbentScore.BestObserved)
{
    public const string Usage =
        "usage: bench quality [--problems branin,hartmann6] [--strategies gp,random] [--seeds 5]\n" +
        "                     [--budgets 40] [--pending 4] [--score observed|recommended|recommended-stated] [--json]\n" +
        "                     (defaults: the public suite's 10 problems, its protocol, the best observed point scored)";

    /// <summary>The largest budget: how many evaluations each run makes.</summary>
    public int MaxBudget => Budgets.Max();

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static QualityOptions Parse(IReadOnlyList<string> args)
    {
        var options = new QualityOptions(ProblemRegistry.Suite, ["gp"], Seeds: 5, [QualityBenchmark.SuiteBudget], [4], Regret: true, Json: false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--problems" => options with { Problems = CommaSeparated.Names(Value(), ProblemRegistry.Names, "problem") },
                "--strategies" => options with { Strategies = CommaSeparated.Names(Value(), StrategyRegistry.Names, "strategy") },
                "--seeds" => options with { Seeds = CommaSeparated.Integers("--seeds", Value(), minimum: 1).Single() },
                "--budgets" => options with { Budgets = CommaSeparated.Integers("--budgets", Value(), minimum: 1) },
                "--pending" => options with { Pending = CommaSeparated.Integers("--pending", Value(), minimum: 0) },
                "--regret" => options with { Regret = true },
                "--json" => options with { Json = true },
                "--score" => options with { Score = ParseScore(Value()) },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }

    private static IncumbentScore ParseScore(string text) => text switch
    {
        "observed" => IncumbentScore.BestObserved,
        "recommended" => IncumbentScore.Recommended,
        "recommended-stated" => IncumbentScore.RecommendedWithStatedNoise,
        _ => throw new BenchUsageException($"--score: unknown '{text}'; use observed, recommended or recommended-stated"),
    };
}

/// <summary>Which point of a run is scored by its noise-free value.</summary>
public enum IncumbentScore
{
    /// <summary>The point with the best observed value (the public suite's protocol).</summary>
    BestObserved,

    /// <summary>The complete trial <c>Study.Recommend()</c> picks by the posterior mean, with the noise fitted.</summary>
    Recommended,

    /// <summary>The same with the problem's noise stated on the objective: its sd (<c>noise_sd</c>) or, where each evaluation reports its error, that metric (<c>noise_sd_metric</c>).</summary>
    RecommendedWithStatedNoise,
}
