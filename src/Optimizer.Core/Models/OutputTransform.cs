namespace Optimizer.Core.Models;

/// <summary>
/// Maps a raw metric to the model's scale, where larger is better: optional log warping (positive, heavy-tailed metrics
/// such as LUT counts), negation for a metric to minimize, division by <paramref name="Magnitude"/>, standardization,
/// then optionally a fitted Yeo-Johnson power transform and a second standardization (so the model's outputs have zero
/// mean and unit variance).
/// </summary>
/// <param name="Magnitude">
/// a power of two the oriented values are divided by first: 1, unless they are so large that the squares of their spread
/// would overflow (a trainer reporting a loss of 1e308), and then the one that takes the largest of them into [1, 2).
/// Exact, so the values standardized are those of the data brought into an ordinary range, bit for bit.
/// </param>
public sealed record OutputTransform(double Magnitude, double Shift, double Scale, bool LogWarp, bool Negate, double Lambda, double PowerShift, double PowerScale)
{
    // Below this the squared deviations of up to 1e7 oriented values (each under 4 x 1e300) sum to a finite number.
    private const double LargestUnscaled = 1e150;

    /// <summary>Fits the transform to <paramref name="values"/>; log warping is used only when asked and every value is positive.</summary>
    public static OutputTransform Fit(IReadOnlyList<double> values, bool logWarp, bool negate, bool powerTransform = false)
    {
        var warp = logWarp && values.All(v => v > 0);
        var oriented = values.Select(v => Orient(v, warp, negate)).ToArray();
        var magnitude = MagnitudeOf(oriented);
        var scaled = oriented.Select(v => v / magnitude).ToArray();
        var (shift, scale) = MeanAndScale(scaled);
        var standardized = scaled.Select(v => (v - shift) / scale).ToArray();
        var lambda = powerTransform ? YeoJohnson.FitLambda(standardized) : 1.0;
        var (powerShift, powerScale) = MeanAndScale(standardized.Select(s => YeoJohnson.Apply(s, lambda)).ToArray());
        return new OutputTransform(magnitude, shift, scale, warp, negate, lambda, powerShift, powerScale);
    }

    /// <summary>True when <paramref name="value"/> has an image (positive where log warping is on).</summary>
    public bool Accepts(double value) => double.IsFinite(value) && (!LogWarp || value > 0);

    public double Forward(double value) =>
        (YeoJohnson.Apply((Orient(value, LogWarp, Negate) / Magnitude - Shift) / Scale, Lambda) - PowerShift) / PowerScale;

    /// <summary>|d Forward / d value| at <paramref name="value"/>: how a small raw-units error scales into model units.</summary>
    public double Slope(double value)
    {
        var oriented = Orient(value, LogWarp, Negate) / Magnitude;
        var warpSlope = LogWarp ? 1.0 / value : 1.0;
        return Math.Abs(warpSlope) / (Magnitude * Scale) * YeoJohnson.Slope((oriented - Shift) / Scale, Lambda) / PowerScale;
    }

    /// <summary>The raw metric value whose image is <paramref name="modelValue"/>; only for transforms without a power step (Lambda = 1).</summary>
    public double Inverse(double modelValue)
    {
        if (Lambda != 1.0)
            throw new InvalidOperationException("a Yeo-Johnson transform is not inverted here; fit the transform without the power step");
        var oriented = ((modelValue * PowerScale + PowerShift) * Scale + Shift) * Magnitude;
        var warped = Negate ? -oriented : oriented;
        return LogWarp ? Math.Exp(warped) : warped;
    }

    /// <summary>The raw-units length of a model-units interval <paramref name="modelLength"/> (no log warp, no power step).</summary>
    public double InverseLength(double modelLength) => modelLength * PowerScale * Scale * Magnitude;

    private static double MagnitudeOf(double[] values)
    {
        var largest = values.Max(Math.Abs);
        return largest > LargestUnscaled ? Math.ScaleB(1.0, Math.ILogB(largest)) : 1.0;
    }

    private static (double Mean, double Scale) MeanAndScale(double[] values)
    {
        var mean = values.Average();
        var variance = values.Length > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) : 0.0;
        return (mean, variance > 1e-300 ? Math.Sqrt(variance) : 1.0);
    }

    private static double Orient(double value, bool warp, bool negate)
    {
        var warped = warp ? Math.Log(value) : value;
        return negate ? -warped : warped;
    }
}
