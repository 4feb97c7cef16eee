namespace Ares.Compare;

/// <summary>Command-line settings of the comparison.</summary>
/// <param name="JsonPath">where to write the per-task results and the summary as JSON; null: table only.</param>
internal sealed record ComparisonOptions(int Tasks = 20, int Steps = 150, int Seed = 2024, double ThresholdMeters = 20e-6, int Parallelism = 2, string? JsonPath = null)
{
    public const string Usage =
        "usage: Ares.Compare [--tasks N (20)] [--steps N (150)] [--seed S (2024)] [--threshold-um X (20)] [--parallel N (cores)] [--json FILE]";

    public static ComparisonOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ComparisonOptions(Parallelism: Environment.ProcessorCount);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--tasks" => options with { Tasks = Positive(args[i], value) },
                "--steps" => options with { Steps = Positive(args[i], value) },
                "--seed" => options with { Seed = int.Parse(value) },
                "--threshold-um" => options with { ThresholdMeters = double.Parse(value) * 1e-6 },
                "--parallel" => options with { Parallelism = Positive(args[i], value) },
                "--json" => options with { JsonPath = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive integer, got '{value}'");
}
