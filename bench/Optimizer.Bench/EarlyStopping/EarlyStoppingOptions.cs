using System.Globalization;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>
/// What the <c>early-stopping</c> command simulates: the same study of <paramref name="Trials"/> trials on
/// <paramref name="Workers"/> asynchronous workers, once without early stopping and once with <paramref name="Kind"/>,
/// for each of <paramref name="Seeds"/> seeds, on learning curves of <paramref name="MaxStep"/> epochs: synthetic ones
/// (<paramref name="Noise"/>) or, with <see cref="Trainer"/> <c>magic</c>, the MLP trainer on <see cref="Events"/> MAGIC events.
/// <see cref="CompleteOnly"/> models only complete trials, without BOHB's highest-fidelity rule (to measure what it brings).
/// </summary>
public sealed record EarlyStoppingOptions(
    int Seeds, int Trials, int Workers, string Kind, int MinStep, int MaxStep, int ReductionFactor, string Strategy, double Noise)
{
    public const string Synthetic = "synthetic";
    public const string Magic = "magic";

    public bool CompleteOnly { get; init; }

    public string Trainer { get; init; } = Synthetic;

    public int Events { get; init; } = 19_020;

    public const string Usage =
        "usage: bench early-stopping [--trainer synthetic|magic] [--seeds 5] [--trials 40] [--workers 4] [--kind asha|median] [--min-step 1] " +
        "[--max-step 27] [--reduction-factor 3] [--strategy gp|sobol] [--noise 0.005 (synthetic)] [--events 19020 (magic)] [--complete-only]";

    /// <summary>The early stopping of the runs with it.</summary>
    public EarlyStoppingDefinition Definition => new(Kind, MinStep, MaxStep, ReductionFactor);

    public static EarlyStoppingOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EarlyStoppingOptions(5, 40, 4, EarlyStoppingDefinition.Asha, 1, 27, 3, "gp", 0.005);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            int Integer(int minimum) => CommaSeparated.Integers(args[i], Value(), minimum).Single();
            options = args[i] switch
            {
                "--seeds" => options with { Seeds = Integer(1) },
                "--trials" => options with { Trials = Integer(2) },
                "--workers" => options with { Workers = Integer(1) },
                "--kind" => options with { Kind = OneOf(Value(), "--kind", EarlyStoppingDefinition.Asha, EarlyStoppingDefinition.Median) },
                "--min-step" => options with { MinStep = Integer(1) },
                "--max-step" => options with { MaxStep = Integer(2) },
                "--reduction-factor" => options with { ReductionFactor = Integer(2) },
                "--strategy" => options with { Strategy = OneOf(Value(), "--strategy", "gp", "sobol") },
                "--noise" => options with
                {
                    Noise = double.TryParse(Value(), CultureInfo.InvariantCulture, out var noise) && noise >= 0
                        ? noise
                        : throw new BenchUsageException("--noise needs a number >= 0"),
                },
                "--trainer" => options with { Trainer = OneOf(Value(), "--trainer", Synthetic, Magic) },
                "--events" => options with { Events = Integer(100) },
                "--complete-only" => options with { CompleteOnly = true },
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options.MinStep >= options.MaxStep ? throw new BenchUsageException("--min-step must be below --max-step") : options;
    }

    private static string OneOf(string value, string option, params string[] known) =>
        known.Contains(value) ? value : throw new BenchUsageException($"{option} is one of {string.Join(", ", known)}, not '{value}'");
}
