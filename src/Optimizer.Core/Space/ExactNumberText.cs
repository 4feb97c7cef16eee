using System.Globalization;

namespace Optimizer.Core.Space;

/// <summary>
/// The shortest text that reads back as the same double, in the notation of Python's <c>repr</c> (<c>0.0001</c>,
/// <c>1e-05</c>, <c>2.5e+16</c>, never .NET's <c>1E-05</c>; integral values without <c>.0</c>), except that a negative
/// number is always positional (<c>-0.00001</c>): argparse takes <c>-1e-05</c> for an option, not for a number.
/// </summary>
public static class ExactNumberText
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        if (value == 0) return "0";
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var positional = value < 0 || exponent is >= -4 and < 16;
        var text = positional ? Positional(digits, exponent) : Scientific(digits, exponent);
        return value < 0 ? "-" + text : text;
    }

    // magnitude = d1.d2d3... x 10^exponent, d1d2d3... the round-trip digits without leading or trailing zeros.
    private static (string Digits, int Exponent) ShortestDigits(double magnitude)
    {
        var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var point = mantissa.IndexOf('.');
        var integerDigits = point < 0 ? mantissa.Length : point;
        var all = mantissa.Replace(".", "");
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        return (all.Trim('0'), exponent + integerDigits - 1 - leadingZeros);
    }

    private static string Positional(string digits, int exponent)
    {
        if (exponent < 0) return "0." + new string('0', -exponent - 1) + digits;
        if (digits.Length <= exponent + 1) return digits + new string('0', exponent + 1 - digits.Length);
        return digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
    }

    private static string Scientific(string digits, int exponent) =>
        (digits.Length == 1 ? digits : digits[0] + "." + digits[1..])
        + (exponent < 0 ? "e-" : "e+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
}
