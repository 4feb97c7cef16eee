namespace Optimizer.Core.Problems;

/// <summary>
/// The Griewank function on [-600, 600]^5 (BoTorch <c>Griewank(dim=5)</c>):
/// f(x) = Σ x_i² / 4000 - Π cos(x_i / √i) + 1, minimum 0 at the origin.
/// </summary>
public sealed class Griewank()
    : BoxProblem("griewank", Enumerable.Repeat(-600.0, 5).ToArray(), Enumerable.Repeat(600.0, 5).ToArray(), objectiveCount: 1)
{
    private const double QuadraticScale = 4000;

    public override KnownOptimum Optimum => OptimumAt(0.0, new double[5]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        double squares = 0, product = 1;
        for (var i = 0; i < x.Length; i++)
        {
            squares += x[i] * x[i];
            product *= Math.Cos(x[i] / Math.Sqrt(i + 1));
        }
        return [squares / QuadraticScale - product + 1];
    }
}
