using System.Globalization;
using System.Text.RegularExpressions;

namespace Optimizer.Core.Studies;

/// <summary>
/// Parses the durations of a study file: a number of seconds (<c>90</c>, <c>1.5</c>) or hours, minutes and seconds
/// in that order, each optional but at least one present (<c>2h</c>, <c>30m</c>, <c>90s</c>, <c>1h30m</c>, <c>1h0m30s</c>).
/// </summary>
public static partial class Duration
{
    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m)?(?:(?<s>\d+(?:\.\d+)?)s)?$")]
    private static partial Regex UnitsPattern();

    /// <summary>Reads <paramref name="text"/> as a duration; false for anything else (negative numbers included).</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        text = text.Trim();
        if (text.Length == 0)
            return false;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plainSeconds))
            return TryFromSeconds(plainSeconds, out duration);
        var match = UnitsPattern().Match(text);
        if (!match.Success)
            return false;
        var seconds = 3600 * Component(match, "h") + 60 * Component(match, "m") + Component(match, "s");
        return TryFromSeconds(seconds, out duration);
    }

    private static double Component(Match match, string unit) =>
        match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0.0;

    private static bool TryFromSeconds(double seconds, out TimeSpan duration)
    {
        duration = default;
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds)
            return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
