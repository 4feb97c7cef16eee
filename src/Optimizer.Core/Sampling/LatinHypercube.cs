namespace Optimizer.Core.Sampling;

/// <summary>
/// Latin hypercube sampling in [0, 1)^d (M. D. McKay, R. J. Beckman and W. J. Conover, Technometrics 21, 1979):
/// for n points, each coordinate has exactly one point in each of the n intervals [i/n, (i+1)/n),
/// at a uniform position inside it; the intervals are matched across coordinates by independent random permutations.
/// </summary>
public sealed class LatinHypercube
{
    private readonly Random _random;

    /// <summary>A sampler in <paramref name="dimension"/> dimensions; the same seed gives the same sequence of designs.</summary>
    public LatinHypercube(int dimension, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Dimension = dimension;
        _random = new Random(seed);
    }

    /// <summary>Number of coordinates of each point.</summary>
    public int Dimension { get; }

    /// <summary>A fresh design of <paramref name="n"/> points (n x d).</summary>
    public double[][] Sample(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var points = new double[n][];
        for (var i = 0; i < n; i++)
            points[i] = new double[Dimension];
        var strata = new int[n];
        for (var j = 0; j < Dimension; j++)
        {
            for (var i = 0; i < n; i++)
                strata[i] = i;
            _random.Shuffle(strata);
            for (var i = 0; i < n; i++)
                points[i][j] = Math.Min((strata[i] + _random.NextDouble()) / n, Math.BitDecrement((strata[i] + 1.0) / n));
        }
        return points;
    }
}
