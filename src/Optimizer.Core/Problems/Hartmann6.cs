namespace Optimizer.Core.Problems;

/// <summary>
/// The six-dimensional Hartmann function on [0, 1]^6 (Dixon and Szegő 1978; constants from Surjanovic and Bingham,
/// Virtual Library of Simulation Experiments): f(x) = -Σ_i α_i exp(-Σ_j A_ij (x_j - P_ij)²),
/// minimum -3.32237 at (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573).
/// </summary>
public sealed class Hartmann6() : BoxProblem("hartmann6", [0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1], objectiveCount: 1)
{
    private static readonly double[] Alpha = [1.0, 1.2, 3.0, 3.2];

    private static readonly double[,] A =
    {
        { 10, 3, 17, 3.5, 1.7, 8 },
        { 0.05, 10, 17, 0.1, 8, 14 },
        { 3, 3.5, 1.7, 10, 17, 8 },
        { 17, 8, 0.05, 10, 0.1, 14 },
    };

    private static readonly double[,] P =
    {
        { 0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886 },
        { 0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991 },
        { 0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650 },
        { 0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381 },
    };

    public override KnownOptimum Optimum => OptimumAt(
        -3.322368011415515,
        [0.2016895, 0.1500107, 0.476874, 0.2753324, 0.3116516, 0.6573005]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i < Alpha.Length; i++)
        {
            var exponent = 0.0;
            for (var j = 0; j < 6; j++)
            {
                var d = x[j] - P[i, j];
                exponent += A[i, j] * d * d;
            }
            sum += Alpha[i] * Math.Exp(-exponent);
        }
        return [-sum];
    }
}
