namespace Optimizer.Core.Tests.MultiObjective;

/// <summary>
/// Brute-force hypervolume estimate: the fraction of uniform samples of the bounding box [reference, max] that some point
/// dominates, times the box volume, with its standard error.
/// </summary>
internal static class MonteCarloHypervolume
{
    public static (double Estimate, double StandardError) Estimate(IReadOnlyList<double[]> points, double[] reference, int samples, int seed)
    {
        var m = reference.Length;
        var upper = Enumerable.Range(0, m).Select(j => points.Max(p => p[j])).ToArray();
        var boxVolume = Enumerable.Range(0, m).Aggregate(1.0, (v, j) => v * Math.Max(0.0, upper[j] - reference[j]));
        var random = new Random(seed);
        var sample = new double[m];
        var hits = 0;
        for (var s = 0; s < samples; s++)
        {
            for (var j = 0; j < m; j++) sample[j] = reference[j] + random.NextDouble() * (upper[j] - reference[j]);
            if (points.Any(p => Covers(p, sample))) hits++;
        }
        var fraction = (double)hits / samples;
        return (fraction * boxVolume, boxVolume * Math.Sqrt(fraction * (1 - fraction) / samples));
    }

    private static bool Covers(double[] point, double[] sample)
    {
        for (var j = 0; j < sample.Length; j++)
            if (point[j] < sample[j]) return false;
        return true;
    }
}
