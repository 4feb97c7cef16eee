using System.Globalization;

namespace Optimizer.Viewer.Api;

/// <summary>Parses <c>?reference=0.9,300</c>: one number per objective, in the objectives' own directions.</summary>
internal static class ReferenceQuery
{
    /// <summary>The values, or an error message naming what is wrong.</summary>
    public static (IReadOnlyList<double>? Values, string? Error) Parse(string? text, int objectives)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, null);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                return (null, $"reference value '{parts[i]}' is not a finite number");
        }
        return values.Length == objectives ? (values, null)
            : (null, $"the reference point has {values.Length} values for {objectives} objectives");
    }
}
