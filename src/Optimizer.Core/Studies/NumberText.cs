using System.Globalization;

namespace Optimizer.Core.Studies;

/// <summary>
/// Numbers as logs and summaries print them: six significant digits, <c>0.0123</c>, <c>173900</c>; far from 1 in
/// scientific notation as C and Python write it, <c>5.25699e-06</c>, never .NET's <c>5.25699E-06</c>.
/// </summary>
public static class NumberText
{
    /// <summary>Six significant digits, invariant culture; below 1e-4 or from 1e6 on (in magnitude) as <c>d.ddddde±XX</c>.</summary>
    public static string Format(double value)
    {
        var magnitude = Math.Abs(value);
        return value == 0 || !double.IsFinite(value) || magnitude is >= 1e-4 and < 1e6
            ? value.ToString("G6", CultureInfo.InvariantCulture)
            : value.ToString("0.#####e+00", CultureInfo.InvariantCulture);
    }
}
