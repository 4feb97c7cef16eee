namespace Optimizer.Core.Models;

/// <summary>
/// Maps a raw metric to the model's scale, where larger is better: optional log warping (positive, heavy-tailed metrics
/// such as LUT counts), negation for a metric to minimize, then standardization to zero mean and unit variance.
/// </summary>
public sealed record OutputTransform(double Shift, double Scale, bool LogWarp, bool Negate)
{
    /// <summary>Fits the transform to <paramref name="values"/>; log warping is used only when asked and every value is positive.</summary>
    public static OutputTransform Fit(IReadOnlyList<double> values, bool logWarp, bool negate)
    {
        var warp = logWarp && values.All(v => v > 0);
        var oriented = values.Select(v => Orient(v, warp, negate)).ToArray();
        var mean = oriented.Average();
        var variance = oriented.Length > 1 ? oriented.Sum(v => (v - mean) * (v - mean)) / (oriented.Length - 1) : 0.0;
        var scale = variance > 1e-300 ? Math.Sqrt(variance) : 1.0;
        return new OutputTransform(mean, scale, warp, negate);
    }

    /// <summary>True when <paramref name="value"/> has an image (positive where log warping is on).</summary>
    public bool Accepts(double value) => double.IsFinite(value) && (!LogWarp || value > 0);

    public double Forward(double value) => (Orient(value, LogWarp, Negate) - Shift) / Scale;

    private static double Orient(double value, bool warp, bool negate)
    {
        var warped = warp ? Math.Log(value) : value;
        return negate ? -warped : warped;
    }
}
