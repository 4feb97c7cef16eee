namespace Optimizer.Core.Acquisition;

/// <summary>
/// The smoothed feasibility indicator of one sampled constraint value c: per bound, a fat-tailed sigmoid of the slack
/// over a temperature eta = 1e-3 (model units), fatmoid(t) = 2/3 / (1 + (t - m)^2) for t &lt; 0 and
/// 1 - 2/3 / (1 + (t + m)^2) otherwise, m = 1/sqrt(3); its tail decays as (eta / violation)^2, so a sample far from
/// feasible still has a gradient. Ament et al., "Unexpected Improvements to Expected Improvement", NeurIPS 2023 (fat
/// tails); BoTorch's compute_smoothed_feasibility_indicator with fat = true, as qLogNEHVI uses it.
/// </summary>
internal static class SmoothFeasibility
{
    public const double Temperature = 1e-3;

    private static readonly double Inflection = 1.0 / Math.Sqrt(3.0);

    /// <summary>log of the indicator that lower &lt;= c &lt;= upper (a missing bound holds), and its derivative in c.</summary>
    public static double LogIndicator(double value, double? lower, double? upper, out double dValue)
    {
        var total = 0.0;
        dValue = 0.0;
        if (upper is { } u)
        {
            total += LogFatmoid((u - value) / Temperature, out var dt);
            dValue -= dt / Temperature;
        }
        if (lower is { } l)
        {
            total += LogFatmoid((value - l) / Temperature, out var dt);
            dValue += dt / Temperature;
        }
        return total;
    }

    /// <summary>log fatmoid(t) and its derivative in t.</summary>
    internal static double LogFatmoid(double t, out double dt)
    {
        if (t < 0)
        {
            // log(2/3) - log(1 + (t - m)^2)
            var a = t - Inflection;
            dt = -2.0 * a / (1.0 + a * a);
            return Math.Log(2.0 / 3.0) - Math.Log(1.0 + a * a);
        }
        var b = t + Inflection;
        var tail = 2.0 / 3.0 / (1.0 + b * b);
        var value = 1.0 - tail;
        // d/dt (1 - tail) = tail * 2b / (1 + b^2)
        dt = tail * 2.0 * b / (1.0 + b * b) / value;
        return Math.Log(value);
    }
}
