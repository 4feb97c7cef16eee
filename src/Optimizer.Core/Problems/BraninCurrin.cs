namespace Optimizer.Core.Problems;

/// <summary>
/// Two objectives on [0, 1]^2, both minimized (S. Belakaria et al., "Max-value entropy search for multi-objective
/// Bayesian optimization", NeurIPS 2019; S. Daulton et al., "Differentiable expected hypervolume improvement", NeurIPS 2020):
/// f1 = Branin(15 x1 - 5, 15 x2) and f2 = Currin(x) = (1 - exp(-1/(2 x2))) (2300 x1³ + 1900 x1² + 2092 x1 + 60) / (100 x1³ + 500 x1² + 4 x1 + 20)
/// (C. Currin et al., J. Am. Stat. Assoc. 86, 1991).
/// </summary>
public sealed class BraninCurrin() : BoxProblem("branin-currin", [0.0, 0.0], [1.0, 1.0], objectiveCount: 2)
{
    protected override double[] Compute(ReadOnlySpan<double> x) =>
        [Branin.Value(15 * x[0] - 5, 15 * x[1]), Currin(x[0], x[1])];

    private static double Currin(double x1, double x2)
    {
        // At x2 = 0 the factor is 1 - exp(-inf) = 1, the limit from above.
        var factor = 1 - Math.Exp(-1 / (2 * x2));
        var numerator = ((2300 * x1 + 1900) * x1 + 2092) * x1 + 60;
        var denominator = ((100 * x1 + 500) * x1 + 4) * x1 + 20;
        return factor * numerator / denominator;
    }
}
