using System.Globalization;
using System.Text.RegularExpressions;

namespace Optimizer.Core.Studies;

/// <summary>
/// Parses the durations of a study file: a number of seconds (<c>90</c>, <c>1.5</c>) or hours, minutes and seconds
/// in that order, each optional but at least one present (<c>2h</c>, <c>30m</c>, <c>90s</c>, <c>1h30m</c>, <c>1h0m30s</c>).
/// </summary>
public static partial class Duration
{
    /// <summary>
    /// The longest duration a .NET timer can wait, 2^32 - 2 ms (49.7 days): a longer timeout or grace period is refused
    /// where it is read (<see cref="Problem"/>), never left to fail at run time.
    /// </summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    /// <summary>
    /// Why <paramref name="text"/> is not a usable timeout (not a duration, zero, or longer than <see cref="Longest"/>),
    /// or null when it is, with the value in <paramref name="duration"/>.
    /// </summary>
    public static string? Problem(string text, out TimeSpan duration)
    {
        if (!TryParse(text, out duration) || duration <= TimeSpan.Zero)
            return $"'{text}' is not a positive duration; write e.g. 90s, 30m, 2h, 1h30m or a number of seconds";
        return duration > Longest ? $"'{text}' is longer than the longest supported, {LongestText}" : null;
    }

    /// <summary><see cref="Longest"/> as a user reads it: <c>1193h (49.7 days)</c>.</summary>
    public static string LongestText { get; } =
        $"{Math.Floor(Longest.TotalHours).ToString(CultureInfo.InvariantCulture)}h ({Longest.TotalDays.ToString("0.0", CultureInfo.InvariantCulture)} days)";

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
