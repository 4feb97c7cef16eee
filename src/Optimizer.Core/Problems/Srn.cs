namespace Optimizer.Core.Problems;

/// <summary>
/// SRN as BoTorch 0.11.3 codes it (<c>SRN</c>; Srinivas and Deb, Evol. Comput. 2, 1994, with (x2 - 2)² in f1 and fourth
/// powers in c1): minimize f1 = 2 + (x1 - 2)² + (x2 - 2)² and f2 = 9 x1 - (x2 - 1)² on [-20, 20]², subject to the slacks
/// c1 = 225 - x1⁴ - x2⁴ ≥ 0 and c2 = -10 - x1 + 3 x2 ≥ 0; about 0.25% of the box is feasible.
/// </summary>
public sealed class Srn() : BoxProblem("srn", [-20.0, -20.0], [20.0, 20.0], objectiveCount: 2, constraintCount: 2)
{
    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        double x1 = x[0], x2 = x[1];
        return
        [
            2 + (x1 - 2) * (x1 - 2) + (x2 - 2) * (x2 - 2),
            9 * x1 - (x2 - 1) * (x2 - 1),
            225 - x1 * x1 * x1 * x1 - x2 * x2 * x2 * x2,
            -10 - x1 + 3 * x2,
        ];
    }
}
