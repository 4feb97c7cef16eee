namespace Optimizer.Bench.Dispatch;

/// <summary>
/// What the <c>dispatch</c> command measures: <paramref name="Trials"/> trivial trials pulled by <paramref name="Workers"/>
/// worker processes, over mutually authenticated TLS (the default) or plain TCP (<paramref name="Insecure"/>).
/// </summary>
public sealed record DispatchOptions(int Trials, int Workers, bool Insecure = false)
{
    public const string Usage = "usage: bench dispatch [--trials 5000] [--workers 3] [--insecure]";

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static DispatchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DispatchOptions(Trials: 5000, Workers: 3);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            if (args[i] == "--insecure")
            {
                options = options with { Insecure = true };
                continue;
            }
            options = args[i] switch
            {
                "--trials" => options with { Trials = CommaSeparated.Integers("--trials", Value(), minimum: 1).Single() },
                "--workers" => options with { Workers = CommaSeparated.Integers("--workers", Value(), minimum: 1).Single() },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }
}
