using System.Globalization;

namespace Optimizer.Viewer.Plots;

/// <summary>Numbers as a paper prints them: <c>173,900</c>, <c>0.05</c>, <c>12.5</c>; never <c>1.739E+05</c>.</summary>
internal static class PlainNumber
{
    private const int SignificantDigits = 4;
    private const int MaxDecimals = 12;

    /// <summary>Four significant digits below 1000 (trailing zeros dropped), whole numbers with thousands separators above.</summary>
    public static string Format(double value)
    {
        if (value == 0 || !double.IsFinite(value))
            return value.ToString(CultureInfo.InvariantCulture);
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(SignificantDigits - 1 - magnitude, 0, MaxDecimals);
        var rounded = Math.Round(value, decimals);
        return rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
