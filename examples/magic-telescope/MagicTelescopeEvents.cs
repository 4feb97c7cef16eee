using System.Globalization;

namespace MagicTelescope;

/// <summary>
/// The MAGIC Gamma Telescope events (R. K. Bock, UCI Machine Learning Repository, 2004, DOI 10.24432/C52C8B,
/// CC BY 4.0): 10 image features per event, gamma (signal) or hadron (background).
/// </summary>
/// <param name="Features">One row of 10 features per event.</param>
/// <param name="IsSignal">True for gamma events.</param>
public sealed record MagicTelescopeEvents(IReadOnlyList<double[]> Features, IReadOnlyList<bool> IsSignal)
{
    /// <summary>Features per event: fLength, fWidth, fSize, fConc, fConc1, fAsym, fM3Long, fM3Trans, fAlpha, fDist.</summary>
    public const int FeatureCount = 10;

    /// <summary>Events in the set.</summary>
    public int Count => Features.Count;

    /// <summary>Reads <c>magic04.data</c>: CSV without header, 10 numbers then <c>g</c> or <c>h</c>.</summary>
    public static MagicTelescopeEvents Load(string path)
    {
        var features = new List<double[]>();
        var isSignal = new List<bool>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != FeatureCount + 1)
            {
                throw new InvalidDataException($"{path}: expected {FeatureCount + 1} comma-separated fields, found {fields.Length}: '{line}'.");
            }

            features.Add([.. fields.Take(FeatureCount).Select(f => double.Parse(f, CultureInfo.InvariantCulture))]);
            isSignal.Add(fields[FeatureCount].Trim() == "g");
        }

        return new MagicTelescopeEvents(features, isSignal);
    }

    /// <summary>
    /// Shuffles the events with <paramref name="seed"/>, keeps at most <paramref name="maxEvents"/>, and splits them
    /// into a training part (<paramref name="trainFraction"/>) and a held-out part.
    /// </summary>
    public (MagicTelescopeEvents Train, MagicTelescopeEvents HeldOut) Split(double trainFraction, int maxEvents, int seed)
    {
        var order = Enumerable.Range(0, Count).ToArray();
        new Random(seed).Shuffle(order);
        var kept = order.Take(Math.Min(maxEvents, Count)).ToArray();
        var trainCount = (int)(trainFraction * kept.Length);
        return (Select(kept[..trainCount]), Select(kept[trainCount..]));
    }

    private MagicTelescopeEvents Select(int[] rows) => new([.. rows.Select(r => Features[r])], [.. rows.Select(r => IsSignal[r])]);
}
