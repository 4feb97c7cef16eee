namespace Optimizer.Bench;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman and Fan 1996, definition 7; numpy's default).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantile (0 &lt;= p &lt;= 1) of <paramref name="values"/> (not empty; left unchanged).</summary>
    public static double Of(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
            throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
