
namespace Optimizer.Core.Space;

/// <summary>
/// A box inside the encoded unit cube where an acquisition is maximized: the whole cube, or a trust region. Categorical
/// one-hot coordinates always span [0, 1] (a choice has no neighbourhood).
/// </summary>
/// <param name="Lower">lower bound per encoded coordinate (length d).</param>
/// <param name="Upper">upper bound per encoded coordinate (length d).</param>
internal sealed record EncodedBox(double[] Lower, double[] Upper)
{
    public static EncodedBox UnitCube(int dimension) => new(new double[dimension], Enumerable.Repeat(1.0, dimension).ToArray());

    /// <summary>
    /// The trust region of side <paramref name="length"/> L around <paramref name="centre"/>: side L w_i in coordinate i
    /// with w_i = l_i / (geometric mean of the l), clipped to [0, 1]. Eriksson et al. NeurIPS 2019 (TuRBO-1's weighting).
    /// </summary>
    /// <param name="centre">encoded incumbent (length d).</param>
    /// <param name="lengthscales">the GP's ARD length-scales (length d); the geometric mean is over the non-categorical ones.</param>
    public static EncodedBox TrustRegion(SearchSpace space, double[] centre, IReadOnlyList<double> lengthscales, double length)
    {
        var bounded = new bool[space.Dimension];
        for (var p = 0; p < space.Parameters.Count; p++)
            if (space.Parameters[p] is not CategoricalParameter)
                bounded[space.OffsetOf(p)] = true;
        var logMean = Enumerable.Range(0, bounded.Length).Where(i => bounded[i]).Select(i => Math.Log(lengthscales[i])).DefaultIfEmpty(0.0).Average();
        var box = UnitCube(space.Dimension);
        for (var i = 0; i < bounded.Length; i++)
        {
            if (!bounded[i]) continue;
            var half = length * lengthscales[i] / Math.Exp(logMean) / 2;
            box.Lower[i] = Math.Clamp(centre[i] - half, 0.0, 1.0);
            box.Upper[i] = Math.Clamp(centre[i] + half, 0.0, 1.0);
        }
        return box;
    }

    /// <summary>The point of the box at unit-cube coordinates <paramref name="u"/> (the cube itself maps to itself exactly).</summary>
    public double[] Map(ReadOnlySpan<double> u)
    {
        var x = new double[u.Length];
        for (var i = 0; i < x.Length; i++) x[i] = Lower[i] + u[i] * (Upper[i] - Lower[i]);
        return x;
    }

    public double Clamp(int coordinate, double value) => Math.Clamp(value, Lower[coordinate], Upper[coordinate]);

    /// <summary>Whether an encoded point (length d) lies in the box.</summary>
    public bool Contains(ReadOnlySpan<double> x)
    {
        for (var i = 0; i < x.Length; i++)
            if (x[i] < Lower[i] || x[i] > Upper[i]) return false;
        return true;
    }
}
