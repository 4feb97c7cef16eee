namespace Optimizer.Bench.Scaling;

/// <summary>
/// What the <c>scaling</c> command simulates: each problem with W workers for every W in <paramref name="Workers"/>,
/// asynchronous and in synchronous batches, <paramref name="Seeds"/> runs each, at most <paramref name="Budget"/> trials
/// (0: the problem's default), evaluation times log-normal with median 1 and log-standard-deviation <paramref name="Sigma"/>.
/// </summary>
public sealed record ScalingOptions(IReadOnlyList<string> Problems, IReadOnlyList<int> Workers, int Seeds, int Budget, double Sigma)
{
    /// <summary>Score that ends a run instead of the problem's own target (hartmann6: -best value; branin-currin: hypervolume).</summary>
    public double? Target { get; init; }

    /// <summary>The bench strategy (<see cref="StrategyRegistry"/>) that proposes for hartmann6; branin-currin keeps NSGA-II.</summary>
    public string Strategy { get; init; } = "gp";

    public const string Usage =
        "usage: bench scaling [--problems hartmann6,branin-currin] [--workers 1,2,4,8,16,32] [--seeds 3] [--budget N] [--sigma 1] [--target SCORE] [--strategy gp]";

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static ScalingOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScalingOptions(ScalingProblem.Names.ToArray(), [1, 2, 4, 8, 16, 32], Seeds: 3, Budget: 0, Sigma: 1.0);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--problems" => options with { Problems = CommaSeparated.Names(Value(), ScalingProblem.Names, "problem") },
                "--workers" => options with { Workers = CommaSeparated.Integers("--workers", Value(), minimum: 1) },
                "--seeds" => options with { Seeds = CommaSeparated.Integers("--seeds", Value(), minimum: 1).Single() },
                "--budget" => options with { Budget = CommaSeparated.Integers("--budget", Value(), minimum: 2).Single() },
                "--sigma" => options with { Sigma = Number("--sigma", Value(), minimum: 0) },
                "--target" => options with { Target = Number("--target", Value(), minimum: double.NegativeInfinity) },
                "--strategy" => options with { Strategy = CommaSeparated.Names(Value(), StrategyRegistry.Names, "strategy") is [var one] ? one : throw new BenchUsageException("--strategy takes one name") },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }

    private static double Number(string option, string text, double minimum) =>
        double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new BenchUsageException($"{option} needs a number >= {minimum}");
}
