namespace Optimizer.Core.Problems;

/// <summary>
/// The Ackley function on [-32.768, 32.768]^d (D. H. Ackley, "A connectionist machine for genetic hillclimbing", 1987):
/// f(x) = -20 exp(-0.2 sqrt(Σ x_i² / d)) - exp(Σ cos(2π x_i) / d) + 20 + e, minimum 0 at the origin.
/// </summary>
public sealed class Ackley(int dimension = 5)
    : BoxProblem($"ackley{dimension}", Enumerable.Repeat(-32.768, dimension).ToArray(), Enumerable.Repeat(32.768, dimension).ToArray(), objectiveCount: 1)
{
    public override KnownOptimum Optimum => OptimumAt(0.0, new double[Space.Dimension]);

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        double squares = 0, cosines = 0;
        foreach (var xi in x)
        {
            squares += xi * xi;
            cosines += Math.Cos(2 * Math.PI * xi);
        }
        var d = x.Length;
        return [-20 * Math.Exp(-0.2 * Math.Sqrt(squares / d)) - Math.Exp(cosines / d) + 20 + Math.E];
    }
}
