namespace Optimizer.Core.Problems;

/// <summary>
/// Vehicle crash safety on [1, 3]^5, three minimized objectives: mass, acceleration in a full frontal crash and toe-board
/// intrusion in an offset crash (Liao et al., "Multiobjective optimization for crash safety design of vehicles using
/// stepwise regression model", Struct. Multidisc. Optim. 35, 2008; BoTorch <c>VehicleSafety</c>).
/// </summary>
public sealed class VehicleSafety()
    : BoxProblem("vehicle_safety", Enumerable.Repeat(1.0, 5).ToArray(), Enumerable.Repeat(3.0, 5).ToArray(), objectiveCount: 3)
{
    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        double x1 = x[0], x2 = x[1], x3 = x[2], x4 = x[3], x5 = x[4];
        var mass = 1640.2823 + 2.3573285 * x1 + 2.3220035 * x2 + 4.5688768 * x3 + 7.7213633 * x4 + 4.4559504 * x5;
        var acceleration = 6.5856 + 1.15 * x1 - 1.0427 * x2 + 0.9738 * x3 + 0.8364 * x4 - 0.3695 * x1 * x4 + 0.0861 * x1 * x5
            + 0.3628 * x2 * x4 - 0.1106 * x1 * x1 - 0.3437 * x3 * x3 + 0.1764 * x4 * x4;
        var intrusion = -0.0551 + 0.0181 * x1 + 0.1024 * x2 + 0.0421 * x3 - 0.0073 * x1 * x2 + 0.024 * x2 * x3 - 0.0118 * x2 * x4
            - 0.0204 * x3 * x4 - 0.008 * x3 * x5 - 0.0241 * x2 * x2 + 0.0109 * x4 * x4;
        return [mass, acceleration, intrusion];
    }
}
