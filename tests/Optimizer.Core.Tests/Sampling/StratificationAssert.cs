namespace Optimizer.Core.Tests.Sampling;

/// <summary>Checks that every coordinate of n points puts exactly one point in each interval [i/n, (i+1)/n).</summary>
internal static class StratificationAssert
{
    public static void OnePointPerInterval(double[][] points, int intervals)
    {
        Assert.Equal(intervals, points.Length);
        for (var j = 0; j < points[0].Length; j++)
        {
            var hits = new int[intervals];
            foreach (var point in points)
            {
                Assert.InRange(point[j], 0.0, Math.BitDecrement(1.0));
                hits[(int)Math.Floor(point[j] * intervals)]++;
            }
            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }
}
