namespace Optimizer.Core.Numerics;

/// <summary>
/// Coordinate-wise slice sampling of an unnormalized log density inside a box: per coordinate, a level under the
/// density, an interval stepped out around the current point (cut at the box), then shrunk until a uniform draw from
/// it lies above the level. Neal, "Slice sampling", Annals of Statistics 2003, figs. 3 and 5.
/// </summary>
internal static class SliceSampler
{
    private const int MaxSteps = 8;
    private const int MaxShrinks = 60;

    /// <param name="logDensity">log of the unnormalized density at a point (length d); -infinity or NaN where it is zero; must not keep the array.</param>
    /// <param name="start">a point (length d) inside the box where the log density is finite.</param>
    /// <param name="lower">lower corner of the box (length d).</param>
    /// <param name="upper">upper corner of the box (length d).</param>
    /// <param name="width">initial interval width per coordinate (length d); 0: the coordinate stays at its start.</param>
    /// <param name="count">samples to return.</param>
    /// <param name="burnIn">sweeps over every coordinate discarded before the first sample.</param>
    /// <param name="thinning">sweeps from one kept sample to the next.</param>
    /// <returns><paramref name="count"/> points (each length d).</returns>
    public static double[][] Sample(
        Func<double[], double> logDensity, double[] start, double[] lower, double[] upper, double[] width, int count, int burnIn, int thinning, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(thinning, 1);
        var x = (double[])start.Clone();
        var logP = logDensity(x);
        if (!double.IsFinite(logP)) throw new ArgumentException("the log density is not finite at the start", nameof(start));
        var samples = new double[count][];
        for (var sweep = 0; sweep < burnIn + count * thinning; sweep++)
        {
            for (var i = 0; i < x.Length; i++)
                if (width[i] > 0) logP = UpdateCoordinate(logDensity, x, logP, i, lower[i], upper[i], width[i], random);
            var kept = sweep - burnIn + 1;
            if (kept > 0 && kept % thinning == 0) samples[kept / thinning - 1] = (double[])x.Clone();
        }
        return samples;
    }

    // One slice-sampling update of x[i]; returns the log density at the new x.
    private static double UpdateCoordinate(Func<double[], double> logDensity, double[] x, double logP, int i, double lower, double upper, double width, Random random)
    {
        var x0 = x[i];
        var level = logP + Math.Log(1.0 - random.NextDouble());
        double At(double value)
        {
            if (value < lower || value > upper) return double.NegativeInfinity;
            x[i] = value;
            var result = logDensity(x);
            x[i] = x0;
            return result;
        }

        // Stepping out (fig. 3) with at most MaxSteps widths, split at random between the two sides.
        var left = x0 - width * random.NextDouble();
        var right = left + width;
        var leftSteps = random.Next(MaxSteps);
        var rightSteps = MaxSteps - 1 - leftSteps;
        while (leftSteps-- > 0 && left > lower && At(left) > level) left -= width;
        while (rightSteps-- > 0 && right < upper && At(right) > level) right += width;
        left = Math.Max(left, lower);
        right = Math.Min(right, upper);

        // Shrinkage (fig. 5): x0 lies in every interval and above the level, so this ends; the cap guards rounding.
        for (var shrink = 0; shrink < MaxShrinks; shrink++)
        {
            var candidate = left + random.NextDouble() * (right - left);
            var logCandidate = At(candidate);
            if (logCandidate >= level)
            {
                x[i] = candidate;
                return logCandidate;
            }
            if (candidate < x0) left = candidate;
            else right = candidate;
        }
        return logP;
    }
}
