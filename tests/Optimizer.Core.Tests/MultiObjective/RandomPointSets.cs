namespace Optimizer.Core.Tests.MultiObjective;

/// <summary>Seeded random point sets for hypervolume and sorting tests (maximization, reference at the origin).</summary>
internal static class RandomPointSets
{
    /// <summary>
    /// n points in [0, 1]^m; with <paramref name="onGrid"/> the coordinates are multiples of 0.1, so ties, duplicates and
    /// points on the reference's faces are common.
    /// </summary>
    public static List<double[]> Uniform(Random random, int n, int m, bool onGrid = false) =>
        Enumerable.Range(0, n)
            .Select(_ => Enumerable.Range(0, m).Select(_ => onGrid ? random.Next(0, 11) / 10.0 : random.NextDouble()).ToArray())
            .ToList();

    /// <summary>n mutually non-dominated points near the sphere ‖x‖ = 1 in the positive orthant (a front worth measuring).</summary>
    public static List<double[]> NearSphere(Random random, int n, int m) =>
        Enumerable.Range(0, n).Select(_ =>
        {
            var x = Enumerable.Range(0, m).Select(_ => Math.Abs(Gaussian(random)) + 1e-3).ToArray();
            var norm = Math.Sqrt(x.Sum(v => v * v));
            return x.Select(v => v / norm).ToArray();
        }).ToList();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
