namespace Optimizer.Bench.Soak;

/// <summary>
/// What the <c>soak</c> command runs: <paramref name="Trials"/> trials on <paramref name="Workers"/> worker
/// processes of <paramref name="Slots"/> slots over the authenticated transport, one worker SIGKILLed and restarted every
/// <paramref name="KillEverySeconds"/>, the coordinator killed and restarted <paramref name="CoordinatorRestarts"/> times.
/// <paramref name="Optimizer"/> is the built <c>optimizer.dll</c>. Trials are instant (<c>echo</c>) unless
/// <see cref="EvaluationMilliseconds"/> makes each sleep first, so that a small soak lasts long enough to kill things in.
/// </summary>
public sealed record SoakOptions(int Trials, int Workers, int Slots, int KillEverySeconds, int CoordinatorRestarts, string Optimizer)
{
    public const string Usage =
        "usage: bench soak [--trials 5000] [--workers 8] [--slots 4] [--kill-every 20] [--coordinator-restarts 2] [--eval-ms 0] [--optimizer PATH/optimizer.dll]";

    /// <summary>How long each evaluation sleeps before it prints its result; 0: instant.</summary>
    public int EvaluationMilliseconds { get; init; }

    /// <summary>Parses the arguments after the command name; throws <see cref="BenchUsageException"/> naming the bad option.</summary>
    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SoakOptions(5000, 8, 4, 20, 2, BuiltOptimizer.DefaultPath());
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            int Number(int minimum) => CommaSeparated.Integers(args[i], Value(), minimum).Single();
            options = args[i] switch
            {
                "--trials" => options with { Trials = Number(1) },
                "--workers" => options with { Workers = Number(1) },
                "--slots" => options with { Slots = Number(1) },
                "--kill-every" => options with { KillEverySeconds = Number(1) },
                "--coordinator-restarts" => options with { CoordinatorRestarts = Number(0) },
                "--eval-ms" => options with { EvaluationMilliseconds = Number(0) },
                "--optimizer" => options with { Optimizer = Value() },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options with { Optimizer = BuiltOptimizer.Existing(options.Optimizer) };
    }
}
