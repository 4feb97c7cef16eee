using System.Globalization;

namespace Optimizer.Bench;

/// <summary>Parses comma-separated option values (<c>--n 50,100</c>); errors name the option and the bad value.</summary>
public static class CommaSeparated
{
    /// <summary>The names in <paramref name="list"/>, each one of <paramref name="known"/>.</summary>
    public static string[] Names(string list, IReadOnlyCollection<string> known, string kind)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(n => !known.Contains(n));
        if (names.Length == 0 || unknown is not null)
            throw new BenchUsageException($"unknown {kind} '{unknown}'; known: {string.Join(", ", known)}");
        return names;
    }

    /// <summary>The integers in <paramref name="list"/> (at least one), each at least <paramref name="minimum"/>.</summary>
    public static int[] Integers(string option, string list, int minimum)
    {
        var values = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
            if (!int.TryParse(values[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed[i]) || parsed[i] < minimum)
                throw new BenchUsageException($"{option}: '{values[i]}' is not an integer >= {minimum}");
        if (parsed.Length == 0)
            throw new BenchUsageException($"{option} needs at least one value");
        return parsed;
    }
}
