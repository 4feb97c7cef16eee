namespace Optimizer.Core.Problems;

/// <summary>
/// The Rosenbrock function on [-5, 10]^d (H. H. Rosenbrock, The Computer Journal 3, 1960):
/// f(x) = Σ_{i&lt;d} 100 (x_{i+1} - x_i²)² + (x_i - 1)², minimum 0 at (1, ..., 1).
/// </summary>
public sealed class Rosenbrock(int dimension = 4)
    : BoxProblem($"rosenbrock{dimension}", Enumerable.Repeat(-5.0, dimension).ToArray(), Enumerable.Repeat(10.0, dimension).ToArray(), objectiveCount: 1)
{
    public override KnownOptimum Optimum => OptimumAt(0.0, Enumerable.Repeat(1.0, Space.Dimension).ToArray());

    protected override double[] Compute(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < x.Length; i++)
        {
            var valley = x[i + 1] - x[i] * x[i];
            var offset = x[i] - 1;
            sum += 100 * valley * valley + offset * offset;
        }
        return [sum];
    }
}
