namespace Optimizer.Core.Problems;

/// <summary>
/// The Shekel function with ten wells on [0, 10]^4 (BoTorch <c>Shekel(m=10)</c>):
/// f(x) = -Σ_i 1 / (Σ_j (x_j - C_ij)² + β_i), minimum -10.536443153483532 near (4, 4, 4, 4).
/// </summary>
public sealed class Shekel()
    : BoxProblem("shekel", new double[4], Enumerable.Repeat(10.0, 4).ToArray(), objectiveCount: 1)
{
    private static readonly double[] Beta = [0.1, 0.2, 0.2, 0.4, 0.4, 0.6, 0.3, 0.7, 0.5, 0.5];

    private static readonly double[,] C =
    {
        { 4, 4, 4, 4 }, { 1, 1, 1, 1 }, { 8, 8, 8, 8 }, { 6, 6, 6, 6 }, { 3, 7, 3, 7 },
        { 2, 9, 2, 9 }, { 5, 3, 5, 3 }, { 8, 1, 8, 1 }, { 6, 2, 6, 2 }, { 7, 3.6, 7, 3.6 },
    };

    public override KnownOptimum Optimum => OptimumAt(
        -10.536443153483532,
        [4.0007469, 3.9995095, 4.0007469, 3.9995095]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i < Beta.Length; i++)
        {
            var distance = Beta[i];
            for (var j = 0; j < 4; j++)
                distance += (x[j] - C[i, j]) * (x[j] - C[i, j]);
            sum += 1 / distance;
        }
        return [-sum];
    }
}
