namespace Optimizer.Bench.Latency;

/// <summary>What the <c>latency</c> command measures: one strategy's proposal time at each history size in <paramref name="Observations"/>.</summary>
/// <param name="Observations">history sizes n; each must exceed <paramref name="Repeats"/>.</param>
/// <param name="Pending">points being evaluated while a proposal is made.</param>
/// <param name="Repeats">consecutive measured proposals per n (the history growing by one before each).</param>
/// <param name="GapMs">wall time between consecutive proposals, as between two trials finishing in a study (the evaluation
/// time over the workers); 0: back to back, which leaves background refits no time at all.</param>
public sealed record LatencyOptions(IReadOnlyList<int> Observations, int Pending, int Repeats, string Strategy, bool Json, int GapMs = 0)
{
    public const string Usage =
        "usage: bench latency [--n 50,100,250,500,1000] [--pending 8] [--repeats 5] [--gap-ms 0] [--strategy gp] [--json]";

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static LatencyOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LatencyOptions([50, 100, 250, 500, 1000], Pending: 8, Repeats: 5, Strategy: "gp", Json: false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--n" => options with { Observations = CommaSeparated.Integers("--n", Value(), minimum: 2) },
                "--pending" => options with { Pending = CommaSeparated.Integers("--pending", Value(), minimum: 0).Single() },
                "--repeats" => options with { Repeats = CommaSeparated.Integers("--repeats", Value(), minimum: 1).Single() },
                "--gap-ms" => options with { GapMs = CommaSeparated.Integers("--gap-ms", Value(), minimum: 0).Single() },
                "--strategy" => options with { Strategy = CommaSeparated.Names(Value(), StrategyRegistry.Names, "strategy").Single() },
                "--json" => options with { Json = true },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        var tooSmall = options.Observations.FirstOrDefault(n => n <= options.Repeats);
        if (tooSmall != 0)
            throw new BenchUsageException($"--n: {tooSmall} leaves no warm-up history before {options.Repeats} measured proposals; use n > --repeats");
        return options;
    }
}
