namespace Optimizer.Core.Problems;

/// <summary>
/// The six-hump camel function on [-3, 3] x [-2, 2] (BoTorch <c>SixHumpCamel</c>):
/// f(x) = (4 - 2.1 x1² + x1⁴/3) x1² + x1 x2 + (-4 + 4 x2²) x2², minimum -1.0316284534898774 at ±(0.0898420, -0.7126564).
/// </summary>
public sealed class SixHumpCamel() : BoxProblem("six_hump_camel", [-3.0, -2.0], [3.0, 2.0], objectiveCount: 1)
{
    public override KnownOptimum Optimum => OptimumAt(
        -1.0316284534898774,
        [0.0898420, -0.7126564], [-0.0898420, 0.7126564]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        double x1 = x[0], x2 = x[1];
        return [(4 - 2.1 * x1 * x1 + x1 * x1 * x1 * x1 / 3) * x1 * x1 + x1 * x2 + (-4 + 4 * x2 * x2) * x2 * x2];
    }
}
