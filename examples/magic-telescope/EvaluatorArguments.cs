using System.Globalization;

namespace MagicTelescope;

/// <summary>An evaluator's <c>--name value</c> command-line pairs, read by name with a clear error when one is missing or malformed.</summary>
public sealed class EvaluatorArguments
{
    private readonly Dictionary<string, string> _values = [];

    /// <summary>Reads <c>--name value</c> pairs.</summary>
    public EvaluatorArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' pairs, found '{args[i]}' at position {i}.");
            }

            _values[args[i][2..]] = args[i + 1];
        }
    }

    /// <summary>The value of <c>--name</c>, or <paramref name="fallback"/> when absent (null: required).</summary>
    public string Text(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var value) ? value
        : fallback ?? throw new ArgumentException($"Missing required argument --{name}.");

    /// <summary>The number given as <c>--name</c>.</summary>
    public double Number(string name, double? fallback = null)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback ?? throw new ArgumentException($"Missing required argument --{name}.");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"--{name} must be a number, got '{text}'.");
    }

    /// <summary>The integer given as <c>--name</c> (the optimizer may write it as <c>12.0</c>).</summary>
    public int Integer(string name, int? fallback = null) => (int)Math.Round(Number(name, fallback));
}
