namespace Optimizer.Core.Space;

/// <summary>
/// The one rule for "is this point already taken": the points a study has handed out (finished, pending, just
/// proposed), where two points are the same when their encodings agree within <see cref="Tolerance"/> in every
/// unit-cube coordinate (integers and choices exactly; numbers to one part in a billion of their range), whether they
/// come as assignments or as encoded points.
/// </summary>
internal sealed class TakenPoints(SearchSpace space)
{
    /// <summary>Largest difference in a unit-cube coordinate between two points that count as one.</summary>
    public const double Tolerance = 1e-9;

    private const int RandomDraws = 1000;

    private readonly List<double[]> _points = [];

    /// <summary>Marks assignments taken (duplicates among them are harmless).</summary>
    public void AddRange(IEnumerable<Assignment> points)
    {
        foreach (var point in points) _points.Add(space.Encode(point));
    }

    /// <summary>Marks the assignment taken; false when it already was.</summary>
    public bool Add(Assignment point) => Add(space.Encode(point));

    /// <summary>Marks an encoded point (length d) taken; false when it already was.</summary>
    public bool Add(ReadOnlySpan<double> encoded)
    {
        if (Contains(encoded)) return false;
        _points.Add(encoded.ToArray());
        return true;
    }

    public bool Contains(Assignment point) => Contains(space.Encode(point));

    /// <summary>Whether an encoded point (length d) is taken.</summary>
    public bool Contains(ReadOnlySpan<double> encoded)
    {
        foreach (var taken in _points)
            if (Same(taken, encoded)) return true;
        return false;
    }

    /// <summary>
    /// A uniformly random canonical encoded point that is not taken, or null when <see cref="RandomDraws"/> draws found
    /// none (a small discrete space used up).
    /// </summary>
    public double[]? RandomUntaken(int seed)
    {
        var random = new Random(seed);
        for (var draw = 0; draw < RandomDraws; draw++)
        {
            var x = space.Canonicalize(Enumerable.Range(0, space.Dimension).Select(_ => random.NextDouble()).ToArray());
            if (!Contains(x)) return x;
        }
        return null;
    }

    private static bool Same(double[] a, ReadOnlySpan<double> b)
    {
        for (var i = 0; i < a.Length; i++)
            if (Math.Abs(a[i] - b[i]) > Tolerance) return false;
        return true;
    }
}
