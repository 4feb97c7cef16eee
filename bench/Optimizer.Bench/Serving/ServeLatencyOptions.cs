namespace Optimizer.Bench.Serving;

/// <summary>What <c>serve-latency</c> measures: <paramref name="Asks"/> asks (each told at once) after a history of <paramref name="Observations"/> trials.</summary>
public sealed record ServeLatencyOptions(int Observations, int Asks, int Seed)
{
    public const string Usage = "usage: bench serve-latency [--n 200] [--asks 20] [--seed 1]";

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static ServeLatencyOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ServeLatencyOptions(200, 20, 1);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--n" => options with { Observations = CommaSeparated.Integers("--n", Value(), minimum: 1).Single() },
                "--asks" => options with { Asks = CommaSeparated.Integers("--asks", Value(), minimum: 2).Single() },
                "--seed" => options with { Seed = CommaSeparated.Integers("--seed", Value(), minimum: 0).Single() },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }
}
