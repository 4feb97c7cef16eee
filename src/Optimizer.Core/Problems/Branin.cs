namespace Optimizer.Core.Problems;

/// <summary>
/// The Branin(-Hoo) function on [-5, 10] x [0, 15] (F. H. Branin, IBM J. Res. Dev. 16, 1972; L. C. W. Dixon and G. P. Szegő, 1978):
/// f(x) = (x2 - 5.1 x1²/(4π²) + 5 x1/π - 6)² + 10 (1 - 1/(8π)) cos x1 + 10,
/// minimum 0.397887 at (-π, 12.275), (π, 2.275) and (9.42478, 2.475).
/// </summary>
public sealed class Branin() : BoxProblem("branin", [-5.0, 0.0], [10.0, 15.0], objectiveCount: 1)
{
    public override KnownOptimum Optimum => OptimumAt(
        0.39788735772973816, // 5 / (4 pi) to double precision, as the public suite gives it
        [-Math.PI, 12.275], [Math.PI, 2.275], [3 * Math.PI, 2.475]);

    protected override double[] Compute(ReadOnlySpan<double> x) => [Value(x[0], x[1])];

    internal static double Value(double x1, double x2)
    {
        const double b = 5.1 / (4 * Math.PI * Math.PI);
        const double c = 5 / Math.PI;
        const double t = 1 / (8 * Math.PI);
        var u = x2 - b * x1 * x1 + c * x1 - 6;
        return u * u + 10 * (1 - t) * Math.Cos(x1) + 10;
    }
}
