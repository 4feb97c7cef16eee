namespace Optimizer.Core.Problems;

/// <summary>
/// The Michalewicz function on [0, π]^5 with m = 10 (BoTorch <c>Michalewicz(dim=5)</c>):
/// f(x) = -Σ_i sin(x_i) sin(i x_i² / π)^20, minimum -4.687658179088148.
/// </summary>
public sealed class Michalewicz()
    : BoxProblem("michalewicz", new double[5], Enumerable.Repeat(Math.PI, 5).ToArray(), objectiveCount: 1)
{
    private const int Steepness = 10;

    public override KnownOptimum Optimum => OptimumAt(
        -4.687658179088148,
        [2.2029055, 1.5707963, 1.2849916, 1.9230585, 1.7204698]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
            sum += Math.Sin(x[i]) * Math.Pow(Math.Sin((i + 1) * x[i] * x[i] / Math.PI), 2 * Steepness);
        return [-sum];
    }
}
