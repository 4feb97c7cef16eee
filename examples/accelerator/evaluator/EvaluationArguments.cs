using System.Globalization;
using Ares.Tuning;

namespace Ares.Evaluator;

/// <summary>
/// The evaluator's command line: <c>--task-seed S</c>, the five settings by their study names (<c>--k1_Q1 V</c> ...),
/// and optionally <c>--step N</c> (default: the trial number from OPTIMIZER_TRIAL_ID, else 0).
/// </summary>
internal sealed record EvaluationArguments(int TaskSeed, MagnetSettings Settings, int Step, int Attempt)
{
    public const string Usage =
        "usage: accelerator-evaluator --task-seed S --k1_Q1 K --k1_Q2 K --theta_CV RAD --k1_Q3 K --theta_CH RAD [--step N]";

    public static EvaluationArguments Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var named = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
                throw new ArgumentException($"expected '--name value' pairs, got '{args[i]}'");
            named[args[i][2..]] = args[i + 1];
        }
        var settings = MagnetSettings.FromValues(MagnetSettings.Names.Select(n => Number(named, n)).ToArray());
        var step = named.TryGetValue("step", out var s) ? Integer("step", s) : Integer("OPTIMIZER_TRIAL_ID", environment("OPTIMIZER_TRIAL_ID") ?? "0");
        var attempt = Integer("OPTIMIZER_ATTEMPT", environment("OPTIMIZER_ATTEMPT") ?? "1");
        var unknown = named.Keys.Except(MagnetSettings.Names.Append("task-seed").Append("step")).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException($"unknown option --{unknown[0]}");
        return new EvaluationArguments((int)Number(named, "task-seed"), settings, step, attempt);
    }

    private static double Number(Dictionary<string, string> named, string name)
    {
        if (!named.TryGetValue(name, out var text))
            throw new ArgumentException($"missing --{name}");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"--{name}: '{text}' is not a finite number");
    }

    private static int Integer(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"{name}: '{text}' is not a non-negative integer");
}
