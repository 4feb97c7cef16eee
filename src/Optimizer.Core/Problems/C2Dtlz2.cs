namespace Optimizer.Core.Problems;

/// <summary>
/// C2-DTLZ2 with 4 inputs and 2 objectives (Jain and Deb, IEEE TEVC 18, 2014; BoTorch <c>C2DTLZ2</c>, whose constraint
/// subtracts 2 r² in the middle term): DTLZ2's quarter circle, feasible only near its ends and its middle (r = 0.2).
/// </summary>
public sealed class C2Dtlz2() : BoxProblem("c2dtlz2", new double[4], Enumerable.Repeat(1.0, 4).ToArray(), objectiveCount: 2, constraintCount: 1)
{
    private const double Radius = 0.2;

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        var g = 0.0;
        for (var i = 1; i < x.Length; i++)
            g += (x[i] - 0.5) * (x[i] - 0.5);
        var f1 = (1 + g) * Math.Cos(Math.PI * x[0] / 2);
        var f2 = (1 + g) * Math.Sin(Math.PI * x[0] / 2);
        var r2 = Radius * Radius;
        var nearEnds = Math.Min((f1 - 1) * (f1 - 1) + f2 * f2 - r2, (f2 - 1) * (f2 - 1) + f1 * f1 - r2);
        var middle = 1 / Math.Sqrt(2);
        var nearMiddle = (f1 - middle) * (f1 - middle) + (f2 - middle) * (f2 - middle) - 2 * r2;
        return [f1, f2, -Math.Min(nearEnds, nearMiddle)];
    }
}
